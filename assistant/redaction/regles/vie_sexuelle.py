"""Les règles de la vie et de l'orientation sexuelles (RGPD, art. 9), avec le
contrôle du couple de même sexe (`meme_sexe`) ; leurs listes de mots sont dans
`lexique.vie_sexuelle`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.redaction.lexique.reformulations import SUGGESTIONS
from assistant.redaction.lexique.vie_sexuelle import ORIENTATIONS, PARTENAIRE
from assistant.redaction.modele import Categorie, Regle, regle

if TYPE_CHECKING:
    from assistant.redaction.contexte import Contexte

C = Categorie


_MASCULIN_PARTENAIRE = re.compile(
    r"(?:un homme|un autre homme|un garcon|un gars|un mec|compagnon|mari|conjoint|copain|petit ami|"
    r"fiance)$"
)


_SUJET_FEMININ = re.compile(
    r"\b(?:l'adherente|adherente|elle|madame|mme|mlle|mademoiselle|melle)\b|"
    r"\b(?:mariee|pacsee|fiancee|installee|venue|seule|heureuse|separee|divorcee)\b"
)


_SUJET_MASCULIN = re.compile(
    r"\b(?:l'adherent|adherent|il|monsieur|mr|m\.)(?![a-z])|"
    r"\b(?:marie|pacse|fiance|installe|venu|seul|heureux|separe|divorce)\b"
)


_GENRE_DIT = re.compile(
    r"\b(?:vous etes|il est|elle est|adherente? est) (?:un|une) "
    r"(?:(?:jeune|\w+) )?(homme|femme|garcon|fille)\b"
)


def _genre_du_sujet(avant: str, phrase: str) -> str | None:
    """« f », « m » ou `None` : le genre du sujet, dit (« vous êtes une femme ») ou
    sinon le dernier indice avant le partenaire (« l'adhérente », « mariée »)."""
    dit = _GENRE_DIT.search(phrase)
    if dit is not None:
        return "m" if dit.group(1) in ("homme", "garcon") else "f"
    dernier: tuple[int, str] | None = None
    for motif, genre in ((_SUJET_FEMININ, "f"), (_SUJET_MASCULIN, "m")):
        for trouve in motif.finditer(avant):
            if dernier is None or trouve.start() > dernier[0]:
                dernier = (trouve.start(), genre)
    return None if dernier is None else dernier[1]


def meme_sexe(ctx: Contexte, debut: int, fin: int) -> bool:
    """« L'adhérent est en couple avec un homme », « mariée avec une femme » : le sujet et
    son partenaire sont de même genre (sinon la phrase ne dit rien de l'orientation)."""
    partenaire = "m" if _MASCULIN_PARTENAIRE.search(ctx.norme, debut, fin) else "f"
    phrase = ctx.norme[ctx.debut_phrase(debut) : ctx.fin_phrase(fin)]
    sujet = _genre_du_sujet(ctx.norme[ctx.debut_phrase(debut) : fin], phrase)
    return sujet == partenaire


def _vie_sexuelle() -> tuple[Regle, ...]:
    return (
        regle(
            C.vie_sexuelle,
            r"bis?",
            exige_avant=r"\b(?:etes|est|suis|etait|etiez|ouvertement|"
            r"plutot|se dit|vous dites|se declare|vous declarez)\s*",
            exige_apres=r"\s*(?:$|[.,;:!?)]|et\b|depuis|assume)",
            suggestion=SUGGESTIONS[C.vie_sexuelle],
        ),
        regle(
            C.vie_sexuelle, PARTENAIRE, condition=meme_sexe, suggestion=SUGGESTIONS[C.vie_sexuelle]
        ),
        regle(
            C.vie_sexuelle,
            r"transition (?:de genre|de sexe|sexuelle|hormonale)",
            r"changement de sexe",
            r"(?:femme|homme) trans\w*",
            r"polyamour\w*",
            r"partenaires? (?:multiples|du meme sexe)",
            r"plusieurs partenaires",
            r"(?:meme sexe|de son sexe)",
            r"relations? (?:homosexuelles?|intimes?|amoureuses? "
            r"avec (?:un homme|une femme))",
            sauf_avant=r"\b(?:classes?|ecoles?|vestiaires?|toilettes?|equipes?|binomes?|"
            r"mixite)\s+(?:\w+\s+)?$",
            suggestion=SUGGESTIONS[C.vie_sexuelle],
        ),
    )


REGLES: tuple[Regle, ...] = (
    regle(
        C.vie_sexuelle,
        *ORIENTATIONS,
        suggestion=SUGGESTIONS[C.vie_sexuelle],
    ),
    regle(
        C.vie_sexuelle,
        r"trans",
        exige_avant=r"(?:femme|homme|personne|est|etes|fille|"
        r"garcon|une|un|jeune)",
        suggestion=SUGGESTIONS[C.vie_sexuelle],
    ),
)


FAMILLES: tuple[Regle, ...] = _vie_sexuelle()
