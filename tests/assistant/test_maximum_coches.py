"""Une étape « trois au plus » : la zone à cocher refuse d'enregistrer une quatrième option."""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.widgets import Static

from assistant.widgets.saisie import Saisie, saisie_pour
from conducteurs.chargeur import charger_catalogue
from tests.support.pilote import presser


class AppCoches(App[None]):
    """La zone de saisie de l'étape « priorités » du diagnostic, seule."""

    def __init__(self) -> None:
        super().__init__()
        self.etape = charger_catalogue(None).get("diagnostic").etape("priorites")
        self.reponses: list[object] = []

    def compose(self) -> ComposeResult:
        yield saisie_pour(self.etape)

    @on(Saisie.Reponse)
    def _reponse(self, event: Saisie.Reponse) -> None:
        self.reponses.append(event.valeur)


def lecture(app: AppCoches) -> str:
    return str(app.query_one(".lecture", Static).render())


async def test_quatre_priorites_refusees_trois_acceptees() -> None:
    app = AppCoches()
    assert app.etape.maximum == 3
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "3 au plus" in str(app.query_one(".indication", Static).render())
        for _ in range(4):
            await presser(pilot, "space", "down")
        assert "décochez-en 1" in lecture(app)
        await presser(pilot, "enter", "enter", "enter")
        assert app.reponses == []
        assert "3 option(s) au plus" in lecture(app)
        await presser(pilot, "up", "space")  # décocher la quatrième
        assert lecture(app) == ""
        await presser(pilot, "enter")
    assert app.reponses == [list(app.etape.options[:3])]
