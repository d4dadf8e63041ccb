"""Une suggestion de tâche choisie dans la liste reste, le curseur là où l'échéance se tape."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import App, ComposeResult
from textual.widgets import Input, OptionList

from assistant.aides.saisies import TacheSaisie
from assistant.widgets.saisie import Saisie, saisie_pour
from conducteurs.chargeur import charger_catalogue
from tests.support.horloge import Horloge
from tests.support.pilote import presser, taper


class AppTaches(App[None]):
    """La zone des tâches du premier accueil, seule, avec les suggestions du conducteur."""

    def __init__(self) -> None:
        super().__init__()
        conducteur = charger_catalogue(None).get("premier-accueil")
        self.etape = next(e for _, e in conducteur.etapes() if e.type.value == "taches")
        self.suggestions = list(conducteur.cadre.travail_prochain_rdv)
        self.reponses: list[object] = []

    def compose(self) -> ComposeResult:
        yield saisie_pour(self.etape, suggestions=self.suggestions, maintenant=Horloge())

    @on(Saisie.Reponse)
    def _reponse(self, event: Saisie.Reponse) -> None:
        self.reponses.append(event.valeur)


async def test_la_suggestion_choisie_reste_et_l_echeance_se_tape_a_la_suite() -> None:
    app = AppTaches()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await presser(pilot, "tab", "down")
        liste = app.query_one("#suggestions", OptionList)
        assert app.focused is liste and liste.highlighted is not None
        choisie = app.suggestions[liste.highlighted]
        await presser(pilot, "enter")
        ligne = app.query_one("#ligne", Input)
        assert ligne.has_focus
        assert ligne.value == f"{choisie} ; adhérent ; "
        await taper(pilot, "15/12")
        assert ligne.value == f"{choisie} ; adhérent ; 15/12"
        await presser(pilot, "enter", "enter")
    assert app.reponses == [[TacheSaisie(choisie, "adherent", date(2026, 12, 15))]]
