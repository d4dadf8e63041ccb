"""Consulter les conducteurs d'entretien disponibles."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.aides.presentation import presenter
from assistant.widgets.pied import Pied
from conducteurs.chargeur import Catalogue


class Conducteurs(Screen[None]):
    """La liste des conducteurs et, à côté, le conducteur choisi en tableaux."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Retour")]
    DEFAULT_CSS = """
    Conducteurs #liste { width: 40; }
    Conducteurs #detail { width: 1fr; padding: 0 1; }
    """

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield OptionList(
                *[
                    Option(
                        Content(f"{e.conducteur.titre} ({e.origine})"), id=e.conducteur.identifiant
                    )
                    for e in self.catalogue.tries()
                ],
                id="liste",
            )
            with VerticalScroll(id="detail"):
                yield Static(Content(""), id="texte")
        yield Pied()

    def on_mount(self) -> None:
        self.title = "Conducteurs d'entretien"
        liste = self.query_one("#liste", OptionList)
        liste.focus()
        if self.catalogue.problemes:
            self.notify(
                f"{len(self.catalogue.problemes)} problème(s) dans les conducteurs de la "
                "structure : lancez « entretien conducteurs valider ».",
                severity="warning",
            )

    @on(OptionList.OptionHighlighted, "#liste")
    def _montrer(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            texte = presenter(self.catalogue.get(event.option.id))
            self.query_one("#texte", Static).update(Content(texte))
