"""L'historique dans l'application : parcours, filtres, lecture, reprise, recherche, export."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from rich.text import Text
from textual.widgets import DataTable, Input, OptionList, RadioButton, Select, Static

from assistant.app import AssistantApp, Demarrage
from assistant.config import Emplacements
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.historique import DialogueExport, FicheSeance, Historique, RechercheSeances
from conducteurs.chargeur import Catalogue
from stockage import Depot
from tests.historique.fabrique import peupler
from tests.support.horloge import Horloge
from tests.support.pilote import attendre_travaux, coller, presser


def rendu(widget: Static) -> str:
    return str(widget.render())


def cellules(table: DataTable[object], ligne: int) -> list[str]:
    return [c.plain if isinstance(c, Text) else str(c) for c in table.get_row_at(ligne)]


def colonne(table: DataTable[object], indice: int = 0) -> list[str]:
    return [cellules(table, i)[indice] for i in range(table.row_count)]


def historique(app: AssistantApp) -> Historique:
    assert isinstance(app.screen, Historique), app.screen
    return app.screen


async def test_parcours_d_un_adherent(
    app: AssistantApp, depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    peupler(depot, catalogue, horloge)
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "h")
        ecran = historique(app)
        adherents = ecran.query_one("#adherents", DataTable)
        assert colonne(adherents) == ["Bruno Martin", "Marie Dupont"]
        assert "2 adhérent(s)." in rendu(ecran.query_one("#message-filtres", Static))
        # Recherche au fil de la frappe (sans accents ni casse).
        await coller(pilot, "MARIE")
        assert colonne(adherents) == ["Marie Dupont"]
        fiche = rendu(ecran.query_one("#fiche-adherent", Static))
        assert fiche.startswith("Marie Dupont\n2 séance(s)")
        assert "Consentement donné le 07/12/2026" in fiche  # redonné à la 2e séance
        # La frise : date, type, phase, durée, statut, tâches.
        seances = ecran.query_one("#seances", DataTable)
        assert [cellules(seances, i) for i in range(seances.row_count)] == [
            ["30/11/2026 9h", "Entretien de premier accueil", "accueil", "34 min", "clôturée", "1"],
            [
                "07/12/2026 10h08",
                "Entretien de premier accueil",
                "accueil",
                "17 min",
                "suspendue",
                "—",
            ],
        ]
        # La dernière séance est choisie ; flèche haut : les tâches de la première.
        assert "Aucune tâche demandée" in rendu(ecran.query_one("#taches", Static))
        await presser(pilot, "enter")  # vers la frise
        assert app.focused is seances
        await presser(pilot, "up")
        taches = rendu(ecran.query_one("#taches", Static))
        assert "Mettre à jour le CV (l'adhérent) — faite" in taches
        assert "à faire le " in taches and "→ faite le " in taches
        # Flèches depuis le champ du nom : on parcourt les adhérents.
        ecran.query_one("#recherche", Input).focus()
        ecran.query_one("#recherche", Input).value = ""
        await pilot.pause()
        await presser(pilot, "up")
        assert ecran.adherent_id is not None
        assert rendu(ecran.query_one("#fiche-adherent", Static)).startswith("Bruno Martin")
        await presser(pilot, "escape")
        assert not isinstance(app.screen, Historique)


async def test_filtres_type_statut_periode(
    app: AssistantApp, depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    marie, _ = peupler(depot, catalogue, horloge)
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "h")
        ecran = historique(app)
        adherents = ecran.query_one("#adherents", DataTable)
        seances = ecran.query_one("#seances", DataTable)
        ecran.query_one("#filtre-statut", Select).value = "suspendu"
        await pilot.pause()
        assert colonne(adherents) == ["Marie Dupont"]
        assert colonne(seances, 4) == ["suspendue"]
        assert "dont 1 retenue(s) par les filtres" in rendu(
            ecran.query_one("#fiche-adherent", Static)
        )
        await presser(pilot, "f4")
        assert colonne(adherents) == ["Bruno Martin", "Marie Dupont"]
        ecran.query_one("#filtre-type", Select).value = "diagnostic"
        await pilot.pause()
        assert colonne(adherents) == []
        assert "Aucun adhérent ne correspond" in rendu(ecran.query_one("#message-filtres", Static))
        ecran.query_one("#filtre-type", Select).value = "premier-accueil"
        await pilot.pause()
        assert colonne(adherents) == ["Bruno Martin", "Marie Dupont"]
        # Période à la française.
        ecran.query_one("#du", Input).value = "décembre 2026"
        await pilot.pause()
        assert colonne(adherents) == ["Marie Dupont"]
        assert ecran.adherent_id == marie
        assert colonne(seances) == ["07/12/2026 10h08"]
        ecran.query_one("#au", Input).value = "31/02/2027"
        await pilot.pause()
        message = ecran.query_one("#message-filtres", Static)
        assert message.has_class("erreur")
        assert "« 31/02/2027 » n'existe pas dans le calendrier" in rendu(message)
        assert colonne(adherents) == ["Marie Dupont"]  # le dernier filtre valable reste
        ecran.query_one("#au", Input).value = "06/12/2026"
        await pilot.pause()
        assert colonne(adherents) == []
        await presser(pilot, "f4")
        assert colonne(adherents) == ["Bruno Martin", "Marie Dupont"]
        assert not message.has_class("erreur")


async def test_relire_une_seance(
    app: AssistantApp, depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    peupler(depot, catalogue, horloge)
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "h")
        await coller(pilot, "Marie")
        await presser(pilot, "enter", "up", "enter")
        assert isinstance(app.screen, FicheSeance)
        fiche = app.screen
        textes = [rendu(s) for s in fiche.query(Static)]
        tout = "\n".join(textes)
        assert "Marie Dupont" in textes
        assert "Entretien de premier accueil (accueil) — lundi 30 novembre 2026 à 9h" in tout
        assert "Durée : 34 min — Statut : clôturée" in tout
        assert "Introduction · Accueil et objectifs de l'entretien — 9h" in textes
        assert any(t.startswith("Présentez-vous (nom, fonction)") for t in textes)
        assert "Réponse (9h02) : Trouver un emploi dans la logistique" in textes
        assert "Étape passée : vu au prochain rendez-vous" in textes
        assert any(
            t.startswith(
                "Note de travail (9h15, à l'étape « Recueil de la demande ») : Suivi médical"
            )
            for t in textes
        )
        assert rendu(fiche.query_one("#compte-rendu", Static)).startswith(
            "Compte rendu — Entretien de premier accueil"
        )
        assert "Prescripteur : France Travail" in textes
        assert any("Mettre à jour le CV (l'adhérent) — faite" in t for t in textes)
        assert any(t.startswith("Note de 9h15 — santé : « diabète »") for t in textes)
        assert not fiche.query("#reprise")
        await presser(pilot, "r")  # séance clôturée : rien à reprendre
        assert isinstance(app.screen, FicheSeance)
        await presser(pilot, "escape")
        assert isinstance(app.screen, Historique)


async def test_reprendre_une_seance_interrompue(
    app: AssistantApp, depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    marie, _ = peupler(depot, catalogue, horloge)
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "h")
        await coller(pilot, "Marie")
        await presser(pilot, "enter", "enter")
        assert isinstance(app.screen, FicheSeance)
        assert "à l'étape « Origine de l'orientation »" in rendu(
            app.screen.query_one("#reprise", Static)
        )
        await presser(pilot, "r")
        assert isinstance(app.screen, Conversation)
        assert app.screen.direct.entretien.etape_courante is not None
        assert app.screen.direct.entretien.etape_courante.identifiant == "origine-orientation"
        assert depot.seances(marie)[-1].statut == "en_cours"


async def test_recherche_plein_texte(
    app: AssistantApp, depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    peupler(depot, catalogue, horloge)
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "h", "ctrl+f")
        assert isinstance(app.screen, RechercheSeances)
        ecran = app.screen
        await coller(pilot, "GRUTIER")
        await attendre_travaux(pilot)
        resultats = ecran.query_one("#resultats", OptionList)
        assert resultats.option_count == 1
        prompt = str(resultats.get_option_at_index(0).prompt)
        assert prompt.startswith("Bruno Martin — lundi 30 novembre 2026 à 9h34 — Entretien")
        assert "Devenir grutier" in prompt
        assert "1 séance(s) contiennent « GRUTIER »" in rendu(ecran.query_one("#bilan", Static))
        await coller(pilot, " introuvable")
        await attendre_travaux(pilot)
        assert resultats.option_count == 0
        assert "Aucune séance ne contient" in rendu(ecran.query_one("#bilan", Static))
        ecran.query_one("#requete", Input).value = "logistique"
        await attendre_travaux(pilot)
        assert resultats.option_count == 3
        await presser(pilot, "enter", "enter")
        assert isinstance(app.screen, FicheSeance)
        await presser(pilot, "escape")
        assert app.screen is ecran


async def test_exporter_depuis_l_ecran(
    app: AssistantApp, depot: Depot, catalogue: Catalogue, horloge: Horloge, tmp_path: Path
) -> None:
    peupler(depot, catalogue, horloge)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await presser(pilot, "h")
        await coller(pilot, "Marie")
        await presser(pilot, "enter", "up", "enter", "w")
        assert isinstance(app.screen, DialogueExport)
        dialogue = app.screen
        assert dialogue.query_one("#docx", RadioButton).value
        chemin = dialogue.query_one("#chemin", Input)
        assert chemin.value.endswith("seance-marie-dupont-2026-11-30-premier-accueil.docx")
        chemin.value = str(tmp_path / "seance.docx")
        await presser(pilot, "enter")
        assert isinstance(app.screen, FicheSeance)
        texte = [p.text for p in docx.Document(str(tmp_path / "seance.docx")).paragraphs]
        assert texte[0] == "Entretien de premier accueil — Marie Dupont"
        assert any("seance.docx" in n.message for n in app._notifications)
        # Le dossier entier, depuis l'historique ; un fichier existant n'est pas écrasé.
        await presser(pilot, "escape", "f3")
        assert isinstance(app.screen, DialogueExport)
        dialogue = app.screen
        assert rendu(dialogue.query_one("#titre-export", Static)) == (
            "Exporter tout le dossier de Marie Dupont"
        )
        dialogue.query_one("#chemin", Input).value = str(tmp_path / "seance.docx")
        await presser(pilot, "enter")
        assert app.screen is dialogue
        assert "existe déjà" in rendu(dialogue.query_one("#message-export", Static))
        dialogue.query_one("#chemin", Input).value = str(tmp_path / "dossier.md")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Historique)
        assert (
            (tmp_path / "dossier.md")
            .read_text(encoding="utf-8")
            .startswith("# Dossier de Marie Dupont")
        )
        await presser(pilot, "f3", "escape")
        assert isinstance(app.screen, Historique)


async def test_demarrage_sur_un_adherent(
    dossier: Path, depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    marie, _ = peupler(depot, catalogue, horloge)
    app = AssistantApp(
        Emplacements.resoudre(dossier),
        depot,
        catalogue=catalogue,
        horloge=horloge,
        demarrage=Demarrage("historique", adherent="Marie Dupont"),
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        ecran = historique(app)
        assert ecran.adherent_id == marie
        assert app.focused is ecran.query_one("#seances", DataTable)
        # Un nom partiel préremplit la recherche.
        await presser(pilot, "escape")
        app.action_historique("brun")
        await pilot.pause()
        assert app.screen is ecran
        assert ecran.query_one("#recherche", Input).value == "brun"
        assert colonne(ecran.query_one("#adherents", DataTable)) == ["Bruno Martin"]


async def test_rouvrir_relit_les_donnees(
    app: AssistantApp, depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "h")
        ecran = historique(app)
        assert ecran.query_one("#adherents", DataTable).row_count == 0
        assert "Aucun adhérent pour l'instant." in rendu(
            ecran.query_one("#message-filtres", Static)
        )
        await presser(pilot, "escape")
        peupler(depot, catalogue, horloge)
        await presser(pilot, "h")
        assert app.screen is ecran  # le même écran, réaffiché
        assert colonne(ecran.query_one("#adherents", DataTable)) == ["Bruno Martin", "Marie Dupont"]


async def test_une_seance_illisible_nommee_les_autres_restent(
    app: AssistantApp,
    depot: Depot,
    catalogue: Catalogue,
    horloge: Horloge,
    dossier: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno

    marie, _ = peupler(depot, catalogue, horloge)
    # La séance close devient illisible (la suspendue, lue aussi par l'accueil pour
    # compter les entretiens à reprendre, marquerait le dossier dès l'accueil).
    close = next(s for s in depot.seances(marie) if s.statut == "cloture")
    fichiers = sorted((dossier / "adherents" / marie / "seances").glob("*.json"))
    cible = next(f for f in fichiers if close.id in f.name)
    lire = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == cible:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return lire(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "h")
        ecran = historique(app)
        adherents = ecran.query_one("#adherents", DataTable)
        assert colonne(adherents) == ["Bruno Martin", "Marie Dupont"]
        await coller(pilot, "Marie")
        fiche = rendu(ecran.query_one("#fiche-adherent", Static))
        assert fiche.startswith("Marie Dupont\n1 séance(s)")
        assert cible.name in fiche and "permission refusée" in fiche
        assert "Errno" not in fiche
        assert ecran.query_one("#seances", DataTable).row_count == 1
