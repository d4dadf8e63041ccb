"""L'écran d'accueil : les cinq usages, au clavier, à la souris et par la palette."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from assistant.app import AssistantApp
from assistant.ecrans.accueil import Accueil
from assistant.ecrans.conducteurs import Conducteurs
from assistant.ecrans.nouvel_entretien import NouvelEntretien
from assistant.ecrans.reprendre import Reprendre
from tests.support.pilote import presser, taper


async def test_les_cinq_usages_et_leurs_touches(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one("#menu", OptionList)
        libelles = [str(menu.get_option_at_index(i).prompt) for i in range(menu.option_count)]
        for attendu in (
            "Nouvel entretien",
            "Reprendre un entretien interrompu",
            "Répétition",
            "Historique",
            "Conducteurs",
        ):
            assert any(attendu in libelle for libelle in libelles)
        footer = {cle for cle, b in app.screen.active_bindings.items() if b.binding.show}
        assert {"n", "r", "e", "h", "c"} <= footer
        await presser(pilot, "enter")  # le premier choix du menu
        assert isinstance(app.screen, NouvelEntretien)
        await presser(pilot, "escape", "c")
        assert isinstance(app.screen, Conducteurs)
        await presser(pilot, "escape", "r")
        assert isinstance(app.screen, Reprendre)
        await presser(pilot, "escape")
        assert isinstance(app.screen, Accueil)


@pytest.mark.parametrize(
    ("commande", "ecran"), [("Conducteurs", Conducteurs), ("Nouvel entretien", NouvelEntretien)]
)
async def test_palette_de_commandes(app: AssistantApp, commande: str, ecran: type) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "ctrl+p")
        await taper(pilot, commande)
        await pilot.pause(0.3)
        await presser(pilot, "enter")
        assert isinstance(app.screen, ecran)
