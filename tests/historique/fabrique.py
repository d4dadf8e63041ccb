"""Fabriquer de vraies séances, vite, sans passer par l'interface.

Les séances sont conduites par `SeanceEnDirect` (la machine à états et le
dépôt réels), avec une horloge que le test fait avancer.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from assistant.aides.saisies import TacheSaisie
from assistant.direct import SeanceEnDirect
from conducteurs.chargeur import Catalogue
from stockage import Depot, Seance
from tests.support.horloge import Horloge

PIEGES = ["[bold]", "[/", "[0]", "[TODO]", "[/]", "[bold", "[link=x]y[/link]"]
"""Des textes qui seraient du balisage Textual s'ils étaient interprétés."""


def _repondre(direct: SeanceEnDirect, horloge: Horloge, valeur: Any, minutes: float = 2) -> None:
    horloge.avancer(minutes)
    direct.repondre_seulement(valeur)
    if not direct.est_derniere_etape():
        direct.avancer()


def premier_accueil(
    depot: Depot,
    catalogue: Catalogue,
    adherent_id: str,
    horloge: Horloge,
    objectif: str = "Trouver un emploi dans la logistique",
    demande: str = "Un poste de cariste",
    note: str | None = "L'adhérent arrive en avance",
    raison_saut: str = "vu au prochain rendez-vous",
    tache: str = "Mettre à jour le CV",
    cloturer: bool = True,
    compte_rendu: str | None = None,
) -> Seance:
    """Un premier accueil conduit de bout en bout (ou arrêté après la demande)."""
    direct = SeanceEnDirect.demarrer(
        depot, adherent_id, catalogue.get("premier-accueil"), horloge=horloge
    )
    _repondre(direct, horloge, objectif)
    _repondre(direct, horloge, 60)
    lieu = direct.conducteur.etape("lieu-deontologie").options
    _repondre(direct, horloge, list(lieu))
    _repondre(direct, horloge, True)
    _repondre(direct, horloge, ["Missions de la structure et partenaires"])
    _repondre(direct, horloge, True)  # consentement
    _repondre(direct, horloge, True)  # formulaire signé
    if note:
        horloge.avancer(1)
        direct.noter(note)
    _repondre(direct, horloge, demande)
    if not cloturer:
        direct.suspendre()
        return direct.seance
    _repondre(direct, horloge, "France Travail")
    horloge.avancer(1)
    direct.passer(raison_saut)  # situation actuelle (facultative)
    horloge.avancer(1)
    direct.passer("aucune question")
    _repondre(direct, horloge, "Entre dans l'accompagnement")
    _repondre(direct, horloge, "Objectif atteint")
    _repondre(direct, horloge, [TacheSaisie(quoi=tache, qui="adherent", echeance=None)])
    _repondre(direct, horloge, horloge.instant + timedelta(days=7))
    horloge.avancer(5)
    direct.cloturer(compte_rendu or direct.brouillon_compte_rendu())
    return direct.seance


def peupler(depot: Depot, catalogue: Catalogue, horloge: Horloge) -> tuple[str, str]:
    """Marie : un premier accueil clôturé (tâche faite depuis), puis un suspendu ; Bruno : un."""
    marie = depot.creer_adherent("Marie Dupont")
    bruno = depot.creer_adherent("Bruno Martin")
    seance = premier_accueil(
        depot, catalogue, marie.id, horloge, note="Suivi médical pour son diabète"
    )
    premier_accueil(depot, catalogue, bruno.id, horloge, demande="Devenir grutier")
    horloge.avancer(7 * 24 * 60)
    depot.maj_tache(marie.id, seance.taches[0].id, "faite")
    premier_accueil(depot, catalogue, marie.id, horloge, cloturer=False)
    return marie.id, bruno.id
