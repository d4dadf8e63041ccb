"""Le texte saisi s'affiche tel quel, jamais interprété comme du balisage."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from assistant.app import AssistantApp
from assistant.ecrans.cloture import Cloture
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.nouvel_entretien import NouvelEntretien
from assistant.ecrans.reprendre import Reprendre
from assistant.widgets.bulle import Bulle
from stockage import Depot
from tests.support.parcours import ouvrir_entretien
from tests.support.pilote import coller, presser

PIEGES = ["[bold]gras", "[/", "[0]", "[TODO] à faire", "[/]", "[bold", "émoji 🙂 àéîõü"]


def rendu(widget: Static) -> str:
    return str(widget.render())


@pytest.mark.parametrize("texte", PIEGES)
async def test_reponses_pieges_dans_le_fil(app: AssistantApp, texte: str) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot, "Adhérent test")
        assert isinstance(app.screen, Conversation)
        await coller(pilot, texte)
        await presser(pilot, "enter")
        bulle = [b for b in app.screen.query(Bulle) if b.voix == "conseiller"][-1]
        assert bulle.texte == texte
        assert texte in rendu(bulle)
        # La note libre aussi.
        await coller(pilot, f"/note {texte}")
        await presser(pilot, "enter")
        assert [b for b in app.screen.query(Bulle)][-1].texte == texte


async def test_nom_piege_partout(app: AssistantApp, depot: Depot) -> None:
    nom = "[bold]Dupont[/] [0] 🙂"
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "n")
        await coller(pilot, nom)
        liste = app.screen.query_one("#adherents", OptionList)
        assert nom in str(liste.get_option_at_index(0).prompt)
        await presser(pilot, "enter")
        assert isinstance(app.screen, NouvelEntretien)
        assert nom in rendu(app.screen.query_one("#parcours", Static))
        await presser(pilot, "enter", "enter")
        assert isinstance(app.screen, Conversation)
        await coller(pilot, "[TODO] objectif [/")
        await presser(pilot, "enter", "f5", "o")
        await presser(pilot, "r")
        assert isinstance(app.screen, Reprendre)
        option = app.screen.query_one(OptionList).get_option_at_index(0)
        assert nom in str(option.prompt)
        await presser(pilot, "enter")
        assert isinstance(app.screen, Conversation)
        assert any("[TODO] objectif [/" in b.texte for b in app.screen.query(Bulle))


async def test_collage_de_dix_mille_caracteres(app: AssistantApp) -> None:
    long = ("[bold]Paragraphe très long, avec des crochets [/] et des accents é. " * 200)[:10_000]
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot, "Camille Roux")
        await coller(pilot, long)
        await presser(pilot, "enter")
        assert isinstance(app.screen, Conversation)
        assert app.screen.direct.entretien.reponse("accueil-objectifs") == long.strip()
        bulle = [b for b in app.screen.query(Bulle) if b.voix == "conseiller"][-1]
        assert bulle.texte == long.strip()


async def test_compte_rendu_et_fiche_pieges(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot, "Adhérent fiche")
        await coller(pilot, "[bold]objectif[/]")
        await presser(pilot, "enter")
        await coller(pilot, "1h")
        await presser(pilot, "enter")
        for _ in range(5):
            await presser(pilot, "space", "down")
        await presser(pilot, "enter", "o", "space", "enter", "o", "o")
        await coller(pilot, "[/] demande [0]")
        await presser(pilot, "enter", "1")
        await coller(pilot, "/passer [TODO]")
        await presser(pilot, "enter")
        await coller(pilot, "[bold")
        await presser(pilot, "enter", "1", "1")
        await coller(pilot, "[TODO] CV ; adhérent")
        await presser(pilot, "enter", "enter")
        await coller(pilot, "demain 10h")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Cloture)
        compte_rendu = app.screen.query_one("#compte-rendu").text  # type: ignore[attr-defined]
        assert "[bold]objectif[/]" in compte_rendu
        assert "non abordé ([TODO])" in compte_rendu
        valeurs = [rendu(v) for v in app.screen.query(".valeur").results(Static)]
        assert any("[/] demande [0]" in v for v in valeurs)
        assert any("[TODO] CV" in v for v in valeurs)
