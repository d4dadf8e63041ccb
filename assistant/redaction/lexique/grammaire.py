"""Les mots-outils : possessifs, copules, prépositions, articles, ruptures de
proposition, nombres et durées. Données seules, utilisées par le contexte
et le cadre professionnel.
"""

from __future__ import annotations

POSSESSIFS = frozenset(
    {
        "son",
        "sa",
        "ses",
        "votre",
        "vos",
        "mon",
        "ma",
        "mes",
        "leur",
        "leurs",
        "notre",
        "nos",
    }
)


COPULES = frozenset(
    {
        "est",
        "etait",
        "sera",
        "soit",
        "sont",
        "etre",
        "reste",
        "restee",
        "va",
        "vont",
        "passe",
        "passee",
        "ete",
    }
)
"""Verbes d'état : personnels seulement si rien ne dit « métier » plus loin."""


CADRE_PREPOSITIONS = frozenset(
    {
        "a",
        "au",
        "aux",
        "en",
        "dans",
        "chez",
        "de",
        "du",
        "des",
        "d'",
        "pour",
        "aupres",
        "sein",
        "sur",
        "par",
        "pres",
        "avec",
        "contre",
        "entre",
    }
)


CADRE_ARTICLES = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "ce",
        "cet",
        "cette",
        "ces",
    }
)


A_VERBE = frozenset(
    {
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "ete",
        "eu",
        "fait",
        "pas",
        "plus",
        "deja",
        "toujours",
        "souvent",
        "aussi",
        "encore",
        "bien",
        "beaucoup",
        "peu",
        "trop",
        "subi",
        "perdu",
        "recu",
        "pris",
        "ses",
        "son",
        "sa",
        "leur",
        "leurs",
        "besoin",
        "peur",
    }
)
"""« a » verbe (« l'agent a un cancer ») et non préposition (« agent à la CAF »)."""


CADRE_RUPTURES = frozenset(
    {
        "car",
        "parce",
        "depuis",
        "suite",
        "cause",
        "raison",
        "raisons",
        "motif",
        "motifs",
        "malgre",
        "sans",
        "apres",
        "pendant",
        "lors",
        "et",
        "mais",
        "ou",
        "donc",
        "puis",
        "sous",
        "avec",
        "interrompu",
        "interrompue",
        "arret",
        "arrete",
        "arretee",
        "accident",
        "inapte",
        "inaptitude",
        "amenagement",
        "amenage",
        "adapte",
        "adaptee",
        "compatible",
        "medecin",
        "medecine",
        "reprise",
        "therapeutique",
        "quand",
        "lorsque",
        "si",
        "comme",
        "ne",
        "pas",
        "jamais",
        "plus",
    }
)
"""Ce qui coupe le lien entre le mot de travail et le mot sensible (« arrêt de travail
pour dépression », « poste adapté à son handicap », « formation interrompue par une
hospitalisation »)."""


NOMBRE = (
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|"
    r"quelques|plusieurs|dix huit|dix \w+)"
)


DUREE = NOMBRE + r" (?:ans?|mois|annees?|semaines?|jours?)"
"""« 18 mois », « deux ans », « quelques semaines »."""


APPOSITIONS = frozenset({"option", "mention", "specialite", "parcours", "section", "filiere"})


COORDONNES = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "des",
        "de",
        "du",
        "d'",
        "aux",
        "au",
        "un",
        "une",
    }
)


A_PREPOSITION = frozenset(
    {
        "domicile",
        "distance",
        "temps",
        "plein",
        "mi",
        "partir",
        "cote",
        "proximite",
        "la",
        "le",
        "les",
        "l'",
        "une",
        "un",
        "cette",
        "ce",
        "son",
        "sa",
        "votre",
    }
)
