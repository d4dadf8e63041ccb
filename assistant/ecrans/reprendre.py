"""Reprendre un entretien interrompu, à son étape exacte."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.aides.dates import formater_date_heure
from assistant.widgets.pied import Pied

if TYPE_CHECKING:
    from conducteurs.chargeur import Catalogue
    from stockage import Depot, Seance


class Reprendre(Screen[str | None]):
    """La liste des entretiens en cours ou suspendus ; rend l'id de la séance choisie."""

    BINDINGS = [Binding("escape", "retour", "Retour")]
    DEFAULT_CSS = """
    Reprendre #explication { margin: 1; height: auto; }
    Reprendre OptionList { height: 1fr; margin: 0 1; }
    """

    def __init__(self, depot: Depot, catalogue: Catalogue | None = None) -> None:
        super().__init__()
        self.depot = depot
        self.catalogue = catalogue
        self.seances: list[Seance] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="explication")
        yield OptionList(id="interrompus")
        yield Pied()

    def on_mount(self) -> None:
        self.title = "Reprendre un entretien interrompu"
        self.seances = sorted(
            self.depot.seances_interrompues(), key=lambda s: s.debut, reverse=True
        )
        liste = self.query_one(OptionList)
        noms: dict[str, str] = {}
        for s in self.seances:
            if s.adherent_id not in noms:
                try:
                    noms[s.adherent_id] = self.depot.adherent(s.adherent_id).nom
                except Exception:  # noqa: BLE001 - dossier endommagé : on le signale
                    noms[s.adherent_id] = "(dossier illisible)"
            etat = "suspendu" if s.statut == "suspendu" else "interrompu"
            etape = self._titre_etape(s)
            liste.add_option(
                Option(
                    Content(
                        f"{noms[s.adherent_id]} — {s.conducteur_titre} — commencé le "
                        f"{formater_date_heure(s.debut)} ({etat}"
                        + (f", étape « {etape} »" if etape else "")
                        + ")"
                    ),
                    id=s.id,
                )
            )
        texte = (
            "Choisissez l'entretien à reprendre (Entrée). Il reprend à l'étape exacte, "
            "avec son chronomètre."
            if self.seances
            else "Aucun entretien interrompu. Échap : retour à l'accueil."
        )
        self.query_one("#explication", Static).update(Content(texte))
        if self.seances:
            liste.highlighted = 0
        liste.focus()

    def _titre_etape(self, seance: Seance) -> str | None:
        """Le titre de l'étape où la séance s'est arrêtée (jamais son identifiant)."""
        ident = seance.entretien.get("etape_courante")
        if not isinstance(ident, str) or self.catalogue is None:
            return None
        if seance.conducteur_id not in self.catalogue:
            return None
        try:
            return self.catalogue.get(seance.conducteur_id).etape(ident).titre
        except KeyError:  # conducteur modifié depuis : l'étape n'y est plus
            return None

    @on(OptionList.OptionSelected)
    def _choisi(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_retour(self) -> None:
        self.dismiss(None)
