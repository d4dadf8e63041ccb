"""Le parcours de l'adhérent : quel entretien proposer ensuite, le cadre à montrer."""

from __future__ import annotations

from collections.abc import Sequence

from conducteurs.chargeur import ORDRE_PARCOURS, Catalogue
from conducteurs.modele import Conducteur


def conducteur_suggere(catalogue: Catalogue, faits: Sequence[str]) -> str | None:
    """L'entretien à proposer, d'après les entretiens déjà clôturés (du plus ancien au plus récent).

    Aucun entretien : le premier accueil. Sinon, la suite conseillée par le dernier
    conducteur clôturé qui existe encore ; à défaut, le premier entretien du
    parcours type qui n'a pas encore eu lieu.
    """
    if not faits:
        return "premier-accueil" if "premier-accueil" in catalogue else None
    for dernier in reversed(faits):
        if dernier in catalogue:
            for suite in catalogue.get(dernier).suite_conseillee:
                if suite in catalogue:
                    return suite
            break
    for ident in ORDRE_PARCOURS:
        if ident in catalogue and ident not in faits:
            return ident
    return "suivi-parcours" if "suivi-parcours" in catalogue else None


def presenter_cadre(conducteur: Conducteur) -> str:
    """Le tableau du cadre, en texte, à relire avant de commencer."""
    c = conducteur.cadre
    lignes = [
        f"{conducteur.titre} — {conducteur.duree_minutes} min ({conducteur.phase.value})",
        "",
        "Objectif :",
        f"  {c.objectif}",
        "Décision libre :",
        f"  {c.decision_libre}",
        "Informations à recueillir par l'adhérent :",
        *(f"  • {i}" for i in c.informations_a_recueillir),
        "Outils utilisés :",
        *(f"  • {o}" for o in c.outils),
        "Travail demandé pour le prochain rendez-vous :",
        *(f"  • {t}" for t in c.travail_prochain_rdv),
    ]
    return "\n".join(lignes)
