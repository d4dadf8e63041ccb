"""Les règles de l'origine raciale ou ethnique (RGPD, art. 9) : pays, peuples,
nationalités dites d'une personne ; leurs listes de mots sont dans
`lexique.origine`.
"""

from __future__ import annotations

from assistant.redaction.lexique.origine import MARQUEURS_ORIGINE, ORIGINES, PAYS, PEUPLES
from assistant.redaction.lexique.reformulations import SUGGESTIONS
from assistant.redaction.modele import Categorie, Regle, regle

C = Categorie


def _origine() -> tuple[Regle, ...]:
    return (
        regle(
            C.origine,
            r"couleur de (?:votre|leur|ma|ta|sa|notre|la) peau",
            r"(?:deuxieme|seconde|2e|2eme|2nde|troisieme|3e|3eme) generation",
            r"basanee?s?",
            r"facies",
            r"teint (?:mat|fonce|basane)",
            r"(?:personnes?|hommes?|femmes?|gens|jeunes?|gars|fille) de couleur",
            suggestion=SUGGESTIONS[C.origine],
        ),
        regle(
            C.origine,
            r"(?:parents?|pere|mere|famille|grands? parents?|grand (?:pere|mere)|"
            r"ancetres|aieux|freres?|soeurs?|mari|epouse) (?:\w+ )?(?:sont|est|etaient|etait|"
            r"viennent|vient|venaient|venait) (?:(?:tous|toutes|deux|d'origine|du|de|des) )*"
            + PEUPLES,
            suggestion=SUGGESTIONS[C.origine],
        ),
        regle(
            C.origine,
            r"typee?s?",
            exige_avant=r"\b(?:tres|physique|un peu|etes|est|assez|"
            r"plutot|fortement|visage)\s*",
            sauf_apres=r"(?:de|d'|par)\b",
            sauf_phrase=r"\b(?:poste|profil|contrat|document|"
            r"donnees?|format|variable|fichier|vin|produit|style|logement)\b",
            suggestion=SUGGESTIONS[C.origine],
        ),
    )


REGLES: tuple[Regle, ...] = (
    regle(
        C.origine,
        r"origines?",
        exige_avant=r"(?:d'|de|ses|son|sa|leurs?|mes|vos|votre|tes|ton|ta|par ses|des|ces)",
        sauf_apres=r"(?::|de la demande|du (?:projet|besoin|retard|probleme)|controlee)",
        suggestion=SUGGESTIONS[C.origine],
    ),
    regle(
        C.origine,
        r"originaires? (?:du |de |d'|des )?(?:la |l')?" + PAYS,
        r"nee?s? (?:au|en|a|aux) " + PAYS,
        r"nee?s? (?:a l'etranger|hors de france)",
        r"arrivee?s? (?:du|de|d'|des) ?" + PAYS,
        r"(?:de |d'une )?nationalites? (?:" + PEUPLES + r"|etrangere|hors ue|extra \w+)",
        r"(?:d'origine|d'origines|de nationalite|de nationalites) etrangere\w*",
        r"(?:d'|de par (?:ses|son|sa|leurs?) |ses |son |sa |des |aux )?origines? "
        r"(?:\w+ )?(?:" + PEUPLES + r"|etrangere\w*|immigree\w*)",
        suggestion=SUGGESTIONS[C.origine],
    ),
    regle(
        C.origine,
        PEUPLES,
        exige_avant=r"(?:" + MARQUEURS_ORIGINE + r"|d'origine|de type|un|une|des|les|"
        r"cette|ce|femme|homme|personne|jeune|fille|garcon|gars|mec|nana|monsieur|madame|"
        r"couple|est|etes|suis|etait|famille|communaute|issue?s? de|parents?|pere|mere|"
        r"racines?|culture|peau|d'ascendance|vrai|vraie|typiquement|d'|pas d')",
        sauf_apres=r"(?:de (?:france|l'emploi|la region)|d'oeuf|de la boite|de l'arabe|"
        r"litteraire|dialectal)",
        sauf_avant=r"(?:parle\w*|langue\w*|cours|cuisine\w*|restaurant\w*|marche\w*|"
        r"produit\w*|vin\w*|tenue\w*|vetement\w*|tableau|ecran|fond|voiture|vehicule|"
        r"bac|bts|licence|master|diplome|entreprise|societe|groupe|client\w*|fournisseur\w*|"
        r"marque|usine|filiale|chiffre\w*|alphabet|clavier|en|professeur|prof|enseignant\w*|"
        r"traduct\w*|interpret\w*|notions?|bases?|niveau|cours|lecon\w*|apprentissage|"
        r"formation|tradition\w*)\s+(?:\w+\s+)?(?:d'|de\s+)?",
        suggestion=SUGGESTIONS[C.origine],
    ),
    regle(
        C.origine,
        r"noire?s?",
        r"blanc(?:he)?s?",
        r"metis(?:se)?s?",
        r"blacks?",
        r"bridee?s?",
        exige_avant=r"(?:femme|homme|personne|jeune|fille|garcon|gars|mec|nana|type|peau|est|"
        r"etes|etait|communaute|origine|un|une|monsieur|madame|client|cliente|les noirs et "
        r"les)",
        sauf_apres=r"(?:et (?:blanc|noir|blanche|noire)|de monde|comme|sur|d'oeuf|en neige|"
        r"ou)",
        sauf_phrase=r"tenue|pantalon|chemise|vetement|ecran|tableau|voiture|page|feuille|"
        r"liste|nuit|vin|pain|chocolat|carte|marche noir|travail au noir|yeux bride",
        suggestion=SUGGESTIONS[C.origine],
    ),
    regle(
        C.origine,
        *ORIGINES,
        suggestion=SUGGESTIONS[C.origine],
    ),
    regle(
        C.origine,
        r"races?",
        sauf_avant=r"(?:chiens?|chats?|chevaux|cheval|animaux|animal|"
        r"bovins?|ovins?|vaches?|porcs?|poules?|moutons?|betail|toutes)\s+(?:de\s+)?",
        suggestion=SUGGESTIONS[C.origine],
    ),
)


FAMILLES: tuple[Regle, ...] = _origine()
