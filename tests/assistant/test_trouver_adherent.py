"""Retrouver l'adhérent : sans accents, casse ni ordre des mots ; pas de doublon par mégarde."""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button, Input, OptionList, Static

from assistant.ecrans.dialogues import Confirmer
from assistant.ecrans.nouvel_entretien import CREER, NouvelEntretien
from conducteurs.chargeur import charger_catalogue
from stockage import Depot
from tests.support.pilote import presser, taper


class AppNouvel(App[None]):
    """L'écran « Nouvel entretien » seul, sur le dépôt du test."""

    def __init__(self, depot: Depot) -> None:
        super().__init__()
        self.ecran = NouvelEntretien(depot, charger_catalogue(None))

    def on_mount(self) -> None:
        self.push_screen(self.ecran)


async def _creer_karine_moreau(pilot: Pilot[None], app: AppNouvel) -> None:
    """Tape « Karine Moreau » et choisit « + Créer le dossier »."""
    await taper(pilot, "Karine Moreau")
    liste = app.ecran.query_one("#adherents", OptionList)
    ids = [liste.get_option_at_index(i).id for i in range(liste.option_count)]
    liste.highlighted = ids.index(CREER)
    await presser(pilot, "enter")


async def test_karine_moreau_trouve_moreau_karine(depot: Depot) -> None:
    existant = depot.creer_adherent("Moreau Karine")
    app = AppNouvel(depot)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await taper(pilot, "karine moreau")
        liste = app.ecran.query_one("#adherents", OptionList)
        assert liste.get_option_at_index(0).id == existant.id
        await presser(pilot, "enter")
        assert app.ecran.adherent_id == existant.id


async def test_creer_un_homonyme_propose_d_ouvrir_le_dossier_existant(depot: Depot) -> None:
    existant = depot.creer_adherent("Moreau Karine")
    app = AppNouvel(depot)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await _creer_karine_moreau(pilot, app)
        dialogue = app.screen
        assert isinstance(dialogue, Confirmer)
        question = str(dialogue.query_one(".question", Static).render())
        assert "Il existe déjà un dossier « Moreau Karine » : ouvrir ce dossier ?" in question
        assert dialogue.focused is dialogue.query_one("#non", Button)
        await presser(pilot, "enter")  # le choix sûr : ouvrir l'existant
        assert app.screen is app.ecran
        assert app.ecran.adherent_id == existant.id
    assert [r.nom for r in depot.adherents()] == ["Moreau Karine"]


async def test_un_homonyme_voulu_se_cree_quand_meme(depot: Depot) -> None:
    depot.creer_adherent("Moreau Karine")
    app = AppNouvel(depot)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await _creer_karine_moreau(pilot, app)
        assert isinstance(app.screen, Confirmer)
        await presser(pilot, "o")
        assert not isinstance(app.screen, Confirmer)
        assert app.ecran.query_one("#recherche", Input).value == "Karine Moreau"
    assert sorted(r.nom for r in depot.adherents()) == ["Karine Moreau", "Moreau Karine"]
