"""Les commandes de l'entretien : leur aide et la lecture de celles qu'on tape.

Le conseiller tape « /nom argument » dans la zone de saisie (la zone envoie
`Saisie.Commande` avec le nom en minuscules) ; `comprendre` dit quel geste
faire, ou pourquoi la commande n'est pas comprise. Rien ici ne touche à
l'écran : c'est `Conversation` qui fait le geste.
"""

from __future__ import annotations

from dataclasses import dataclass

AIDE_COMMANDES = """Commandes (touche ou texte tapé dans la zone de saisie) :
F1  /aide          cette aide
F2  /precedent     revenir à l'étape précédente (les réponses sont gardées)
F3  /passer RAISON passer une étape facultative
F4  /note TEXTE    ajouter une note libre
F5  /suspendre     suspendre l'entretien (à reprendre depuis l'accueil)
F6  /aller         aller à l'étape qui manque
F7                 appliquer la suggestion RGPD
F8  /nsp           l'adhérent ne souhaite pas répondre (étape personnelle)
F9  /cloturer      clôturer l'entretien
/aller ID          revenir à une étape précise
/consentement      montrer le consentement en vigueur
/consentement retirer   l'adhérent retire son consentement"""


_SYNONYMES = {
    "précédent": "precedent",
    "clôturer": "cloturer",
    "ne-souhaite-pas-repondre": "nsp",
    "ne-souhaite-pas-répondre": "nsp",
}
"""Les noms qu'on tape aussi avec leurs accents ou en toutes lettres."""

GESTES = (
    "aide",
    "precedent",
    "passer",
    "note",
    "suspendre",
    "aller",
    "nsp",
    "cloturer",
    "consentement",
    "retirer-consentement",
)
"""Les gestes qu'une commande tapée peut demander."""


@dataclass(frozen=True)
class CommandeTapee:
    """Une commande comprise : le geste à faire et son argument (vide s'il n'y en a pas)."""

    geste: str
    """Un des `GESTES`."""
    argument: str = ""


def comprendre(nom: str, argument: str) -> CommandeTapee | str:
    """Le geste demandé par `/nom argument`, ou le message qui dit pourquoi il n'est pas compris."""
    geste = _SYNONYMES.get(nom, nom)
    if geste == "consentement" and argument.casefold() == "retirer":
        return CommandeTapee("retirer-consentement")
    if geste == "consentement" and argument:
        return (
            "Commande inconnue : /consentement " + argument + ". Écrivez /consentement "
            "pour le voir, ou /consentement retirer si l'adhérent le retire."
        )
    if geste not in GESTES:
        return f"Commande inconnue : /{nom}. Tapez /aide pour la liste."
    return CommandeTapee(geste, argument)
