"""La saisie d'un texte libre sur plusieurs lignes."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea

from assistant.widgets.saisie.base import Saisie


class ZoneTexte(TextArea):
    """TextArea où Entrée valide et Ctrl+J (ou Alt+Entrée) va à la ligne."""

    BINDINGS = [
        Binding("enter", "valider", "Valider", show=False, priority=True),
        Binding("ctrl+j,alt+enter,shift+enter", "nouvelle_ligne", "Nouvelle ligne", show=False),
    ]

    @dataclass
    class Validee(Message):
        """Entrée pressée dans la zone."""

        zone: ZoneTexte

    def action_valider(self) -> None:
        self.post_message(self.Validee(self))

    def action_nouvelle_ligne(self) -> None:
        self.insert("\n")


class SaisieTexte(Saisie):
    """Texte libre sur plusieurs lignes."""

    def indication(self) -> str:
        return "Entrée : enregistrer · Ctrl+J : nouvelle ligne · /aide : commandes"

    def champs(self) -> ComposeResult:
        zone = ZoneTexte("", id="zone", soft_wrap=True, show_line_numbers=False)
        zone.styles.height = "auto"
        zone.styles.max_height = 10
        zone.styles.min_height = 3
        yield zone

    def remplir(self) -> None:
        zone = self.query_one(ZoneTexte)
        zone.text = self.valeur_initiale if isinstance(self.valeur_initiale, str) else ""
        zone.move_cursor(zone.document.end)

    @on(TextArea.Changed)
    def _change(self, event: TextArea.Changed) -> None:
        self.post_message(self.Frappe(event.text_area.text))

    @on(ZoneTexte.Validee)
    def _valider(self, event: ZoneTexte.Validee) -> None:
        event.stop()
        texte = event.zone.text
        if self.commande(texte):
            event.zone.clear()
            return
        if not texte.strip():
            self.lire("Écrivez une réponse (ou /passer raison si l'étape est facultative).", True)
            return
        self.post_message(self.Reponse(texte.strip(), texte.strip()))
