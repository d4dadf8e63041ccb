"""L'écran d'accueil : les cinq usages de l'assistant."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.widgets.pied import Pied

ACTIONS = [
    ("nouvel_entretien", "n", "Nouvel entretien", "Conduire un entretien avec un adhérent"),
    ("reprendre", "r", "Reprendre un entretien interrompu", "Revenir à l'étape exacte"),
    ("repetition", "e", "Répétition", "S'entraîner face à un adhérent simulé"),
    ("historique", "h", "Historique", "Relire les séances et les parcours"),
    ("conducteurs", "c", "Conducteurs", "Consulter les conducteurs d'entretien"),
]


class Accueil(Screen[None]):
    """Le point de départ : nouvel entretien, reprise, répétition, historique, conducteurs."""

    CSS_PATH = "accueil.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(touche, f"app.{action}", libelle) for action, touche, libelle, _ in ACTIONS),
        Binding("q", "app.quit", "Quitter"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="centre"):
            yield Static("Assistant d'entretiens", id="titre")
            yield Static(
                "Guider l'entretien pas à pas, garder le temps, enregistrer chaque réponse.",
                id="sous-titre",
            )
            yield OptionList(
                *[
                    Option(Content(f"{touche.upper()}  {libelle}\n   {detail}"), id=action)
                    for action, touche, libelle, detail in ACTIONS
                ],
                id="menu",
            )
            yield Static(Content(""), id="etat")
        yield Pied()

    def on_mount(self) -> None:
        self.query_one("#menu", OptionList).focus()
        self.rafraichir()

    def on_screen_resume(self) -> None:
        self.rafraichir()

    def rafraichir(self) -> None:
        """Rappelle les entretiens interrompus et le dossier de données."""
        if not self.query("#etat"):
            return  # pas encore composé : on_mount s'en chargera
        app = self.app
        interrompus = getattr(app, "nombre_interrompus", lambda: 0)()
        dossier = getattr(app, "dossier_affiche", "")
        texte = f"Données : {dossier}"
        if interrompus:
            texte = f"{interrompus} entretien(s) interrompu(s) à reprendre (touche R).\n" + texte
        self.query_one("#etat", Static).update(Content(texte))

    @on(OptionList.OptionSelected, "#menu")
    async def _choisir(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            await self.run_action(f"app.{event.option.id}")
