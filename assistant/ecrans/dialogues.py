"""Petites fenêtres modales : demander un texte, confirmer."""

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
{nom} Horizontal {{ height: auto; margin-top: 1; align-horizontal: right; }}
{nom} Button {{ margin-left: 1; }}
"""


class DemanderTexte(ModalScreen[str | None]):
    """Demande un texte (une raison, une note) ; rend None si on annule."""

    DEFAULT_CSS = CSS_DIALOGUE.format(nom="DemanderTexte")
    BINDINGS = [Binding("escape", "annuler", "Annuler")]

    def __init__(self, question: str, obligatoire: bool = True, valeur: str = "") -> None:
        super().__init__()
        self.question = question
        self.obligatoire = obligatoire
        self.valeur = valeur

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.question), classes="question")
            yield Input(self.valeur, id="texte")
            yield Static(Content(""), classes="erreur", id="erreur")
            with Horizontal():
                yield Button("Annuler", id="annuler")
                yield Button("Valider", id="valider", variant="primary")

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
    """Une question fermée : Oui (Entrée) ou Non (Échap)."""

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
            with Horizontal():
                yield Button(self.non, id="non")
                yield Button(self.oui, id="oui", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#oui", Button).focus()

    @on(Button.Pressed, "#oui")
    def action_oui(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#non")
    def action_non(self) -> None:
        self.dismiss(False)
