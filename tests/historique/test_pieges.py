"""Le texte saisi s'affiche tel quel dans chaque widget de l'historique, jamais comme balisage.

`[bold]`, `[/`, `[0]`, `[TODO]` dans un nom, une réponse, une note, une raison,
une tâche, le compte rendu, une recherche, un chemin de fichier : chacun doit
s'afficher à l'identique, sans faire tomber l'application (`MarkupError`).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import DataTable, Input, OptionList, Static

from assistant.app import AssistantApp, Demarrage
from assistant.config import Emplacements
from assistant.ecrans.historique import DialogueExport, FicheSeance, Historique, RechercheSeances
from conducteurs.chargeur import Catalogue
from stockage import Depot
from tests.historique.fabrique import premier_accueil
from tests.support.horloge import Horloge
from tests.support.pilote import attendre_travaux, coller, presser

NOM = "[bold]Dupont[/] [0]"
OBJECTIF = "[TODO] objectif [/"
NOTE = "[/ note [0]"
RAISON = "[bold"
TACHE = "[0] CV [TODO]"
DEMANDE = "[/]"
COMPTE_RENDU = "[bold]Compte rendu[/] [TODO] [/\n[0] fin"


def rendu(widget: Static) -> str:
    return str(widget.render())


def textes(ecran: object) -> str:
    """Le texte affiché par tous les Static d'un écran."""
    return "\n".join(rendu(s) for s in ecran.query(Static))  # type: ignore[attr-defined]


def cellules(table: DataTable[object]) -> list[str]:
    return [
        c.plain if isinstance(c, Text) else str(c)
        for i in range(table.row_count)
        for c in table.get_row_at(i)
    ]


def seances_piegees(depot: Depot, catalogue: Catalogue, horloge: Horloge) -> str:
    adherent = depot.creer_adherent(NOM)
    premier_accueil(
        depot,
        catalogue,
        adherent.id,
        horloge,
        objectif=OBJECTIF,
        note=NOTE,
        raison_saut=RAISON,
        tache=TACHE,
        demande=DEMANDE,
        compte_rendu=COMPTE_RENDU,
    )
    premier_accueil(
        depot, catalogue, adherent.id, horloge, objectif=OBJECTIF, note=NOTE, cloturer=False
    )
    return adherent.id


async def test_pieges_dans_chaque_widget(
    dossier: Path, depot: Depot, catalogue: Catalogue, horloge: Horloge, tmp_path: Path
) -> None:
    seances_piegees(depot, catalogue, horloge)
    app = AssistantApp(
        Emplacements.resoudre(dossier),
        depot,
        catalogue=catalogue,
        horloge=horloge,
        demarrage=Demarrage("historique", adherent=NOM),
    )
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        ecran = app.screen
        assert isinstance(ecran, Historique)
        # La liste des adhérents, la fiche, la frise, les tâches.
        assert NOM in cellules(ecran.query_one("#adherents", DataTable))
        assert rendu(ecran.query_one("#fiche-adherent", Static)).startswith(NOM + "\n")
        await presser(pilot, "up")
        assert TACHE in rendu(ecran.query_one("#taches", Static))
        # Une date piégée : le message la cite telle quelle.
        ecran.query_one("#du", Input).value = "[/"
        await pilot.pause()
        assert "« [/ » n'est pas compris comme une date" in rendu(
            ecran.query_one("#message-filtres", Static)
        )
        ecran.query_one("#du", Input).value = ""
        await pilot.pause()

        # La séance relue : chaque texte saisi, à l'identique.
        ecran.query_one("#seances", DataTable).focus()
        await presser(pilot, "enter")
        assert isinstance(app.screen, FicheSeance)
        tout = textes(app.screen)
        for attendu in [
            NOM,
            f"Réponse (9h02) : {OBJECTIF}",
            f"Note de travail (9h15, à l'étape « Recueil de la demande ») : {NOTE}",
            f"Étape passée : {RAISON}",
            COMPTE_RENDU,
            f"{TACHE} (l'adhérent) — à faire",
            f"Réponse (9h17) : {DEMANDE}",
        ]:
            assert attendu in tout, attendu
        assert rendu(app.screen.query_one("#compte-rendu", Static)) == COMPTE_RENDU
        # Export : le titre du dialogue, le message d'erreur et la notification.
        await presser(pilot, "m")
        assert isinstance(app.screen, DialogueExport)
        dialogue = app.screen
        dialogue.query_one("#chemin", Input).value = str(tmp_path / "[bold]" / "x.md")
        await presser(pilot, "enter")
        assert f"{tmp_path / '[bold]'} n'existe pas" in rendu(
            dialogue.query_one("#message-export", Static)
        )
        dialogue.query_one("#chemin", Input).value = str(tmp_path / "[0] export [TODO].md")
        await presser(pilot, "enter")
        assert (tmp_path / "[0] export [TODO].md").exists()
        assert any("[0] export [TODO].md" in n.message for n in app._notifications)
        await presser(pilot, "escape")

        # La recherche plein texte : le bilan cite la requête, les résultats le nom.
        await presser(pilot, "ctrl+f")
        assert isinstance(app.screen, RechercheSeances)
        await coller(pilot, "[TODO]")
        await attendre_travaux(pilot)
        bilan = rendu(app.screen.query_one("#bilan", Static))
        assert "contiennent « [TODO] »" in bilan
        resultats = app.screen.query_one("#resultats", OptionList)
        prompts = [
            str(resultats.get_option_at_index(i).prompt) for i in range(resultats.option_count)
        ]
        assert len(prompts) == 2
        assert all(p.startswith(NOM + " — ") for p in prompts)
        assert any(OBJECTIF in p for p in prompts)
        await presser(pilot, "enter", "enter")
        assert isinstance(app.screen, FicheSeance)
        assert NOM in textes(app.screen)


async def test_nom_inconnu_piege_prerempli(app: AssistantApp, depot: Depot) -> None:
    depot.creer_adherent(NOM)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        app.action_historique("[/ inconnu")
        await pilot.pause()
        ecran = app.screen
        assert isinstance(ecran, Historique)
        assert ecran.query_one("#recherche", Input).value == "[/ inconnu"
        assert any("« [/ inconnu »" in n.message for n in app._notifications)
        assert "Aucun adhérent ne correspond." in rendu(ecran.query_one("#message-filtres", Static))
        ecran.query_one("#recherche", Input).value = "[bold"
        await pilot.pause()
        assert cellules(ecran.query_one("#adherents", DataTable))[0] == NOM
