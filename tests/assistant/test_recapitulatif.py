"""Le récapitulatif de reprise, sans interface : réponses, étapes passées, notes, travail."""

from __future__ import annotations

from assistant.aides.reprise import est_reprise, recapitulatif_reprise
from assistant.direct import SeanceEnDirect
from conducteurs.chargeur import charger_catalogue
from stockage import Depot
from tests.historique.fabrique import premier_accueil
from tests.support.horloge import Horloge


def test_recapitulatif_de_reprise(depot: Depot, horloge: Horloge) -> None:
    catalogue = charger_catalogue(None)
    marie = depot.creer_adherent("Marie Dupont")
    seance = premier_accueil(depot, catalogue, marie.id, horloge, cloturer=False, note="[bold]")
    neuf = SeanceEnDirect.demarrer(depot, marie.id, catalogue.get("premier-accueil"), horloge)
    assert not est_reprise(neuf.entretien)
    direct = SeanceEnDirect.reprendre(
        depot, depot.seance(seance.id), catalogue.get("premier-accueil"), horloge
    )
    assert est_reprise(direct.entretien)
    texte = recapitulatif_reprise(direct.entretien, [("Mettre à jour le CV", "abandonnee")])
    lignes = texte.splitlines()
    assert lignes[0] == "Réponses :"
    assert "  • Durée de l'entretien : 1 h" in lignes
    assert not any("Origine de l'orientation" in ligne for ligne in lignes)  # l'étape courante
    i = lignes.index("Notes :")
    assert lignes[i + 1].endswith(", à l'étape « Recueil de la demande » : [bold]")
    assert lignes[-2:] == [
        "Travail demandé la dernière fois :",
        "  • Mettre à jour le CV — abandonnée",
    ]


def test_rien_a_recapituler(depot: Depot, horloge: Horloge) -> None:
    catalogue = charger_catalogue(None)
    marie = depot.creer_adherent("Marie Dupont")
    direct = SeanceEnDirect.demarrer(depot, marie.id, catalogue.get("premier-accueil"), horloge)
    assert recapitulatif_reprise(direct.entretien) == ""
