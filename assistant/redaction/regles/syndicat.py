"""Les règles de l'appartenance syndicale (RGPD, art. 9) ; leurs listes de mots
sont dans `lexique.syndicat`.
"""

from __future__ import annotations

from assistant.redaction.flexions import FAIRE
from assistant.redaction.lexique.reformulations import SUGGESTIONS
from assistant.redaction.lexique.syndicat import ADHESION_SYNDICALE
from assistant.redaction.modele import Categorie, Regle, regle

C = Categorie


def _syndicat() -> tuple[Regle, ...]:
    return (
        regle(
            C.syndicat,
            r"sud",
            r"fo",
            exige_avant=r"\b(?:syndiqu\w*|adherente?|militante?|"
            r"delegue\w*|elue?|representante?\w*|carte|liste|section|encartee?|chez|pour|"
            r"a|au syndicat|personnel|membre de|membre du syndicat)\s*(?:syndical\w* )?$",
            sauf_apres=r"(?:de|du|des|d'|ouest|est|france|ouest|la|le|les|\d)\b",
            suggestion=SUGGESTIONS[C.syndicat],
        ),
        regle(
            C.syndicat,
            FAIRE + r" (?:la |une |des |souvent |regulierement |plusieurs )?greves?",
            r"(?:etes|etiez|etais|suis|etait|est) (?:souvent |toujours )?en greve",
            r"(?:vous|il|elle|adherente?) (?:avez |a |aviez |avait )?(?:suivi|rejoint|participe a)"
            r" (?:la|une|les|des) greves?",
            sauf_phrase=r"\b(?:transports?|sncf|ratp|trains?|bus|metro|tram\w*|avions?|vols?|"
            r"controleurs|aiguilleurs|routiers|enseignants|ecoles?|creche)\b",
            suggestion=SUGGESTIONS[C.syndicat],
        ),
    )


REGLES: tuple[Regle, ...] = (
    regle(
        C.syndicat,
        *ADHESION_SYNDICALE,
        suggestion=SUGGESTIONS[C.syndicat],
    ),
    regle(
        C.syndicat, r"syndicats?", r"syndicalis\w*", ambigu=True, suggestion=SUGGESTIONS[C.syndicat]
    ),
    regle(
        C.syndicat,
        r"fo",
        exige_avant=r"(?:syndiqu\w*|adherent\w*|adhere\w*|militant\w*|"
        r"delegue\w*|chez|a|au|carte|elue?|syndicat|representant\w*|membre de|personnel|"
        r"liste|section|cse)",
        suggestion=SUGGESTIONS[C.syndicat],
    ),
    regle(
        C.syndicat,
        r"greves?",
        exige_avant=r"(?:fait|faisait|faire|participe\w*|suivi|a fait|mouvement de|piquet de|"
        r"etes en|suis en|etiez en|fait une|participer a la|pendant la|lors de la|"
        r"lors d'une|pendant une)\s*(?:la|a la|a une|aux|une|des)?",
        sauf_apres=r"(?:des transports|sncf|ratp|des trains|des bus|des enseignants|"
        r"des routiers|des controleurs)",
        suggestion=SUGGESTIONS[C.syndicat],
    ),
)


FAMILLES: tuple[Regle, ...] = _syndicat()
