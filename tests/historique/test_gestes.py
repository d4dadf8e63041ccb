"""Les gestes de tous les jours dans l'historique : Entrée cherche, la fiche s'ouvre sur le
passage trouvé, le chemin d'export se complète, « effacer les filtres » efface tout."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from textual.app import App
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Input, OptionList, Select, Static

from assistant.ecrans.historique import DialogueExport, FicheSeance, Historique, RechercheSeances
from conducteurs.chargeur import Catalogue
from stockage import Depot, ResultatRecherche
from tests.historique.fabrique import peupler
from tests.support.horloge import Horloge
from tests.support.pilote import attendre_travaux, coller, presser, taper


class AppEcran(App[None]):
    """Un seul écran de l'historique, sans le reste de l'assistant."""

    def __init__(self, ecran: Screen[Any]) -> None:
        super().__init__()
        self.ecran = ecran

    def on_mount(self) -> None:
        self.push_screen(self.ecran)


def noms(table: DataTable[object]) -> list[str]:
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_effacer_les_filtres_efface_aussi_le_nom(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    peupler(depot, catalogue, horloge)
    ecran = Historique(depot, catalogue)
    async with AppEcran(ecran).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await coller(pilot, "Marie")
        ecran.query_one("#filtre-statut", Select).value = "suspendu"
        await pilot.pause()
        adherents = ecran.query_one("#adherents", DataTable)
        assert noms(adherents) == ["Marie Dupont"]
        await presser(pilot, "f4")
        assert ecran.query_one("#recherche", Input).value == ""
        assert ecran.query_one("#filtre-statut", Select).is_blank()
        assert noms(adherents) == ["Bruno Martin", "Marie Dupont"]


async def test_entree_dans_le_nom_sans_adherent_cherche_dans_les_seances(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    peupler(depot, catalogue, horloge)
    app = AppEcran(Historique(depot, catalogue))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await taper(pilot, "grutier")
        await presser(pilot, "enter")
        await attendre_travaux(pilot)
        ecran = app.screen
        assert isinstance(ecran, RechercheSeances)
        assert ecran.query_one("#requete", Input).value == "grutier"
        assert [r.nom_adherent for r in ecran.resultats] == ["Bruno Martin"]


async def test_entree_lance_la_recherche_et_passe_aux_resultats(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    """Entrée pressée avant la fin de la recherche : les résultats prennent le focus à leur
    arrivée (la recherche est retenue jusqu'à ce que le test la libère)."""
    peupler(depot, catalogue, horloge)
    libre = threading.Event()
    chercher = depot.rechercher

    def lente(texte: str, *args: Any, **kwargs: Any) -> list[ResultatRecherche]:
        libre.wait(5)
        return chercher(texte, *args, **kwargs)

    depot.rechercher = lente  # type: ignore[method-assign]
    ecran = RechercheSeances(depot, catalogue)
    async with AppEcran(ecran).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await coller(pilot, "logistique")
        await presser(pilot, "enter")
        libre.set()
        await attendre_travaux(pilot)
        resultats = ecran.query_one("#resultats", OptionList)
        assert resultats.option_count == 3
        assert ecran.focused is resultats
        await presser(pilot, "enter")
        assert isinstance(ecran.app.screen, FicheSeance)


async def test_la_seance_ouverte_defile_jusqu_au_passage_trouve(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    peupler(depot, catalogue, horloge)
    ecran = RechercheSeances(depot, catalogue, "GRUTIER")
    app = AppEcran(ecran)
    async with app.run_test(size=(80, 24)) as pilot:
        await attendre_travaux(pilot)
        await presser(pilot, "tab", "enter")
        fiche = app.screen
        assert isinstance(fiche, FicheSeance)
        await pilot.pause()
        trouve = fiche.query_one(".trouve", Static)
        assert "Devenir grutier" in str(trouve.render())
        lecture = fiche.query_one("#lecture", VerticalScroll)
        assert lecture.scroll_y > 0
        assert lecture.region.contains_point(trouve.region.offset)


async def test_le_chemin_d_export_se_complete_au_lieu_de_s_effacer(tmp_path: Path) -> None:
    def ecrire(chemin: Path, _format: str) -> Path:
        return chemin

    dialogue = DialogueExport(
        "Exporter",
        lambda f: f"dossier.{f}",
        ecrire,
        dossier=tmp_path,
    )
    async with AppEcran(dialogue).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        chemin = dialogue.query_one("#chemin", Input)
        assert dialogue.focused is chemin
        await presser(pilot, "left", "left", "left")
        await taper(pilot, "-mai")
        assert chemin.value == str(tmp_path / "dossier-mai.md")


async def test_le_nom_se_cherche_dans_n_importe_quel_ordre(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    marie, _ = peupler(depot, catalogue, horloge)
    ecran = Historique(depot, catalogue, adherent="dupont MARIE")
    async with AppEcran(ecran).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert ecran.adherent_id == marie
        await presser(pilot, "f4")
        ecran.query_one("#recherche", Input).focus()
        await taper(pilot, "martin bruno")
        assert noms(ecran.query_one("#adherents", DataTable)) == ["Bruno Martin"]
