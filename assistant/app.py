"""L'application Textual : l'assistant d'entretiens."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from assistant.config import Emplacements
from assistant.direct import SeanceEnDirect
from assistant.ecrans.accueil import Accueil
from assistant.ecrans.conducteurs import Conducteurs
from assistant.ecrans.conversation import Conversation, FinConversation
from assistant.ecrans.nouvel_entretien import Choix, NouvelEntretien
from assistant.ecrans.reprendre import Reprendre
from assistant.widgets.panneau import TachePrecedente
from conducteurs.chargeur import Catalogue, charger_catalogue
from etats import ConducteurModifie

if TYPE_CHECKING:
    from stockage import Depot


@dataclass
class Demarrage:
    """Ce que l'assistant ouvre directement (`entretien nouveau`, `entretien historique`)."""

    ecran: str
    adherent: str | None = None
    conducteur: str | None = None


class AssistantApp(App[None]):
    """L'assistant que le conseiller garde ouvert pendant l'entretien."""

    TITLE = "Assistant d'entretiens"
    BINDINGS = [Binding("ctrl+q", "quit", "Quitter", priority=True)]

    def __init__(
        self,
        emplacements: Emplacements,
        depot: Depot,
        catalogue: Catalogue | None = None,
        horloge: Callable[[], datetime] | None = None,
        demarrage: Demarrage | None = None,
    ) -> None:
        super().__init__()
        self.emplacements = emplacements
        self.depot = depot
        self.catalogue = catalogue or charger_catalogue(emplacements.conducteurs)
        self.horloge = horloge
        self.demarrage = demarrage

    # ------------------------------------------------------------ démarrage
    def on_mount(self) -> None:
        self.push_screen(Accueil())
        if self.catalogue.problemes:
            self.notify(
                f"{len(self.catalogue.problemes)} problème(s) dans les conducteurs de la "
                "structure : ils sont ignorés. Détails : « entretien conducteurs valider ».",
                severity="warning", timeout=10,
            )
        if self.demarrage is not None:
            d = self.demarrage
            if d.ecran == "nouveau":
                self.action_nouvel_entretien(d.adherent, d.conducteur)
            elif d.ecran == "reprendre":
                self.action_reprendre()
            elif d.ecran == "conducteurs":
                self.action_conducteurs()

    @property
    def dossier_affiche(self) -> str:
        return str(self.emplacements.donnees)

    def nombre_interrompus(self) -> int:
        try:
            return len(self.depot.seances_interrompues())
        except Exception:  # noqa: BLE001 - l'accueil ne doit jamais tomber
            return 0

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Nouvel entretien", "Conduire un entretien", self.action_nouvel_entretien
        )
        yield SystemCommand("Reprendre un entretien interrompu", "Revenir à l'étape exacte",
                            self.action_reprendre)
        yield SystemCommand("Répétition", "S'entraîner face à un adhérent simulé",
                            self.action_repetition)
        yield SystemCommand("Historique", "Relire les séances", self.action_historique)
        yield SystemCommand("Conducteurs", "Consulter les conducteurs", self.action_conducteurs)
        yield SystemCommand("Quitter", "Quitter l'assistant (rien n'est perdu)", self.exit)

    # --------------------------------------------------------------- actions
    def action_nouvel_entretien(
        self, nom: str | None = None, conducteur: str | None = None
    ) -> None:
        def choisi(choix: Choix | None) -> None:
            if choix is not None:
                self.demarrer(choix.adherent_id, choix.conducteur_id)

        self.push_screen(NouvelEntretien(self.depot, self.catalogue, nom, conducteur), choisi)

    def demarrer(self, adherent_id: str, conducteur_id: str) -> None:
        """Crée la séance et ouvre la conversation."""
        conducteur = self.catalogue.get(conducteur_id)
        taches = self._taches_precedentes(adherent_id)
        try:
            direct = SeanceEnDirect.demarrer(
                self.depot, adherent_id, conducteur, horloge=self.horloge
            )
        except Exception as exc:  # noqa: BLE001 - disque, dossier endommagé…
            self.notify(f"Impossible de démarrer l'entretien : {exc}", severity="error",
                        markup=False)
            return
        self.push_screen(Conversation(direct, taches, horloge=self.horloge), self._fin)

    def _taches_precedentes(self, adherent_id: str) -> list[TachePrecedente]:
        return [
            TachePrecedente(t.id, t.quoi, str(t.qui), str(t.statut))
            for t in self.depot.taches_ouvertes(adherent_id)
        ]

    def _fin(self, fin: FinConversation | None) -> None:
        if isinstance(self.screen, Accueil):
            self.screen.rafraichir()

    def action_reprendre(self) -> None:
        def choisi(seance_id: str | None) -> None:
            if seance_id:
                self.reprendre(seance_id)

        self.push_screen(Reprendre(self.depot), choisi)

    def reprendre(self, seance_id: str) -> None:
        """Rouvre une séance interrompue à son étape exacte."""
        seance = self.depot.seance(seance_id)
        try:
            conducteur = self.catalogue.get(seance.conducteur_id)
        except KeyError as exc:
            self.notify(str(exc.args[0]), severity="error", markup=False)
            return
        try:
            direct = SeanceEnDirect.reprendre(self.depot, seance, conducteur, horloge=self.horloge)
        except ConducteurModifie as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=15)
            return
        taches = self._taches_precedentes(seance.adherent_id)
        self.push_screen(Conversation(direct, taches, horloge=self.horloge), self._fin)

    def action_repetition(self) -> None:
        self.notify("Le mode répétition n'est pas encore disponible.", severity="warning")

    def action_historique(self) -> None:
        self.notify("L'historique n'est pas encore disponible.", severity="warning")

    def action_conducteurs(self) -> None:
        self.push_screen(Conducteurs(self.catalogue))
