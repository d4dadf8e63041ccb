"""Petites fenêtres modales : demander un texte, confirmer.

Règle commune : une fenêtre qui permet de faire quelque chose de risqué
« quand même » s'ouvre sur le choix sûr (Corriger, Annuler, Non). Entrée,
pressée par réflexe, ne fait jamais l'action risquée : il faut aller sur son
bouton (Tab) ou taper sa touche.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

CSS_DIALOGUE = """
{nom} {{ align: center middle; }}
{nom} > Vertical {{
    width: 70; height: auto; max-height: 80%;
    border: thick $primary; background: $surface; padding: 1 2;
}}
{nom} .question {{ margin-bottom: 1; height: auto; }}
{nom} .erreur {{ color: $error; height: auto; }}
{nom} .indication {{ color: $text-muted; height: auto; }}
{nom} Horizontal {{ height: auto; margin-top: 1; align-horizontal: right; }}
{nom} Button {{ margin-left: 1; }}
"""


class DemanderTexte(ModalScreen[str | None]):
    """Demande un texte (une raison, une note) ; rend None si on annule."""

    DEFAULT_CSS = CSS_DIALOGUE.format(nom="DemanderTexte")
    BINDINGS = [Binding("escape", "annuler", "Annuler")]

    def __init__(
        self,
        question: str,
        obligatoire: bool = True,
        valeur: str = "",
        valider: str = "Valider",
        annuler: str = "Annuler",
    ) -> None:
        super().__init__()
        self.question = question
        self.obligatoire = obligatoire
        self.valeur = valeur
        self.libelle_valider = valider
        self.libelle_annuler = annuler

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.question), classes="question")
            yield Input(self.valeur, id="texte")
            yield Static(Content(""), classes="erreur", id="erreur")
            with Horizontal():
                yield Button(self.libelle_annuler, id="annuler")
                yield Button(self.libelle_valider, id="valider", variant="primary")

    @on(Input.Submitted)
    @on(Button.Pressed, "#valider")
    def _valider(self) -> None:
        texte = self.query_one("#texte", Input).value.strip()
        if self.obligatoire and not texte:
            self.query_one("#erreur", Static).update(Content("Ce champ ne peut pas être vide."))
            return
        self.dismiss(texte)

    @on(Button.Pressed, "#annuler")
    def action_annuler(self) -> None:
        self.dismiss(None)


class Confirmer(ModalScreen[bool]):
    """Une question fermée dont « Non » est le choix sûr.

    `oui` nomme l'action risquée (« Enregistrer quand même »), `non` le choix
    sûr (« Corriger », « Annuler »). La fenêtre s'ouvre le focus sur `non` :
    Entrée ou Échap rendent False. Rendre True demande un geste voulu : Tab
    jusqu'au bouton `oui` puis Entrée, un clic, ou la touche O.
    """

    DEFAULT_CSS = CSS_DIALOGUE.format(nom="Confirmer")
    BINDINGS = [
        Binding("escape,n", "non", "Non"),
        Binding("o", "oui", "Oui"),
    ]

    def __init__(self, question: str, oui: str = "Oui", non: str = "Non") -> None:
        super().__init__()
        self.question = question
        self.oui = oui
        self.non = non

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.question), classes="question")
            yield Static(
                Content(f"Entrée : {self.non} · O ou Tab puis Entrée : {self.oui}"),
                classes="indication",
            )
            with Horizontal():
                yield Button(self.non, id="non", variant="primary")
                yield Button(self.oui, id="oui", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#non", Button).focus()

    @on(Button.Pressed, "#oui")
    def action_oui(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#non")
    def action_non(self) -> None:
        self.dismiss(False)
