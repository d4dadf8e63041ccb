"""Les confirmations s'ouvrent sur le choix sûr : Entrée par réflexe ne fait rien de risqué.

Chaque fenêtre qui permet de faire quelque chose « quand même » est essayée ici
avec Entrée pressée trois fois ; puis on cherche dans le dossier de données
que rien de signalé n'y est écrit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.widgets import Button, Static

from assistant.app import AssistantApp
from assistant.ecrans.cloture import Cloture
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.dialogues import Confirmer, DemanderTexte
from assistant.ecrans.historique import DialogueExport
from assistant.export import Format
from stockage import Depot
from tests.support.disque import sur_disque
from tests.support.parcours import entretien_commence, jusqu_a, jusqu_aux_taches, ouvrir_entretien
from tests.support.pilote import coller, presser


class AppConfirmer(App[None]):
    """Une application minimale qui ouvre une confirmation et garde la réponse."""

    def __init__(self) -> None:
        super().__init__()
        self.reponses: list[bool | None] = []

    def compose(self) -> ComposeResult:
        yield Static("fond")

    def on_mount(self) -> None:
        self.push_screen(
            Confirmer("Faire la chose risquée ?", oui="Quand même", non="Annuler"),
            self.reponses.append,
        )


async def test_confirmer_s_ouvre_sur_le_choix_sur() -> None:
    app = AppConfirmer()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, Confirmer)
        assert isinstance(app.focused, Button) and app.focused.id == "non"
        await presser(pilot, "enter", "enter", "enter")
    assert app.reponses == [False]


async def test_confirmer_oui_demande_un_geste_voulu() -> None:
    app = AppConfirmer()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await presser(pilot, "tab", "enter")
    assert app.reponses == [True]
    app = AppConfirmer()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await presser(pilot, "o")
    assert app.reponses == [True]


async def test_reponse_signalee_entree_trois_fois_rien_sur_disque(
    app: AssistantApp, dossier: Path
) -> None:
    # Un jugement (signalé, mais pas une donnée personnelle : la question se pose même
    # avant le consentement, qui, lui, refuse d'office les données personnelles).
    signale = "Il est fainéant et procédurier"
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await coller(pilot, signale)
        await presser(pilot, "enter")
        assert isinstance(app.screen, Confirmer)
        await presser(pilot, "enter", "enter", "enter")
        ecran = app.screen
        if isinstance(ecran, Confirmer):  # la dernière Entrée a rouvert la question
            await presser(pilot, "escape")
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        assert ecran.direct.entretien.reponse("accueil-objectifs") is None
        assert ecran.query_one("#zone").text == signale  # type: ignore[attr-defined]
    assert not sur_disque(dossier, signale)
    assert not sur_disque(dossier, "fainéant")


async def _jusqu_au_rendez_vous(pilot: Any) -> Conversation:
    await ouvrir_entretien(pilot)
    await jusqu_aux_taches(pilot)
    await coller(pilot, "Relancer l'employeur ; adhérent")
    await presser(pilot, "enter", "enter")
    ecran = pilot.app.screen
    assert isinstance(ecran, Conversation)
    etape = ecran.direct.entretien.etape_courante
    assert etape is not None and etape.role is not None and etape.role.value == "prochain_rdv"
    assert ecran.direct.est_derniere_etape()
    return ecran


def ecran_actif(pilot: Any) -> object:
    """L'écran affiché (sans le rétrécissement de type de mypy)."""
    return pilot.app.screen


async def _refuse_par_reflexe(pilot: Any, texte: str, dossier: Path, iso: str) -> None:
    app = pilot.app
    ecran = await _jusqu_au_rendez_vous(pilot)
    await coller(pilot, texte)
    await presser(pilot, "enter")
    assert isinstance(app.screen, Confirmer), "la date aurait dû demander une confirmation"
    for _ in range(3):
        await presser(pilot, "enter")
        assert isinstance(app.screen, Confirmer) or ecran_actif(pilot) is ecran
    if isinstance(app.screen, Confirmer):
        await presser(pilot, "escape")
    assert ecran_actif(pilot) is ecran
    etape = ecran.direct.entretien.etape_courante
    assert etape is not None
    assert ecran.direct.entretien.reponse(etape.identifiant) is None
    assert not sur_disque(dossier, iso)
    # Garder la date demande un geste voulu : la touche O.
    await presser(pilot, "enter", "o")
    assert isinstance(app.screen, Cloture)
    assert sur_disque(dossier, iso)


async def test_date_passee_a_la_derniere_etape(app: AssistantApp, dossier: Path) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _refuse_par_reflexe(pilot, "02/11/2026 à 10h", dossier, "2026-11-02T10:00")


async def test_jour_de_semaine_contradictoire(app: AssistantApp, dossier: Path) -> None:
    # Le 2 décembre 2026 est un mercredi.
    async with app.run_test(size=(120, 40)) as pilot:
        await _refuse_par_reflexe(pilot, "mardi 02/12 à 10h", dossier, "2026-12-02T10:00")


async def test_date_a_plus_de_six_mois(app: AssistantApp, dossier: Path) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _refuse_par_reflexe(pilot, "15/07/2027 à 10h", dossier, "2027-07-15T10:00")


async def test_date_ordinaire_sans_confirmation(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _jusqu_au_rendez_vous(pilot)
        await coller(pilot, "mardi 08/12 à 10h")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Cloture)


async def test_compte_rendu_signale_entree_trois_fois(
    app: AssistantApp, depot: Depot, dossier: Path
) -> None:
    ajout = "L'adhérent sort de prison."
    async with app.run_test(size=(120, 40)) as pilot:
        await _jusqu_au_rendez_vous(pilot)
        await coller(pilot, "demain 10h")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Cloture)
        cloture = app.screen
        cloture.query_one("#compte-rendu").text += "\n" + ajout  # type: ignore[attr-defined]
        await pilot.pause()
        await presser(pilot, "ctrl+s")
        assert isinstance(app.screen, DemanderTexte)
        await presser(pilot, "enter", "enter", "enter")
        assert isinstance(app.screen, DemanderTexte)
        await presser(pilot, "escape")
        assert app.screen is cloture
    [resume] = depot.adherents()
    [seance] = depot.seances(resume.id)
    assert seance.statut != "cloture"
    assert seance.compte_rendu is None
    assert not sur_disque(dossier, "sort de prison")


class AppExport(App[None]):
    """Le dialogue d'export seul, vers un fichier qui existe déjà."""

    def __init__(self, chemin: Path) -> None:
        super().__init__()
        self.chemin = chemin
        self.ecrits: list[Path] = []

    def compose(self) -> ComposeResult:
        yield Static("fond")

    def ecrire(self, chemin: Path, format_: Format) -> Path:
        chemin.write_text("nouveau", encoding="utf-8")
        self.ecrits.append(chemin)
        return chemin

    def on_mount(self) -> None:
        self.push_screen(
            DialogueExport(
                "Exporter", lambda f: self.chemin.name, self.ecrire, dossier=self.chemin.parent
            )
        )


async def test_export_ne_remplace_pas_un_fichier_par_reflexe(tmp_path: Path) -> None:
    existant = tmp_path / "dossier.md"
    existant.write_text("ancien", encoding="utf-8")
    app = AppExport(existant)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await presser(pilot, "enter", "enter", "enter")
        assert isinstance(app.screen, DialogueExport)
        assert "existe déjà" in str(app.screen.query_one("#message-export", Static).render())
    assert app.ecrits == []
    assert existant.read_text(encoding="utf-8") == "ancien"


async def test_passer_une_etape_demande_une_raison_ecrite(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await jusqu_a(pilot, "situation-actuelle")
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        etape = ecran.direct.entretien.etape_courante
        assert etape is not None and not etape.obligatoire
        await presser(pilot, "f3")
        assert isinstance(app.screen, DemanderTexte)
        await presser(pilot, "enter", "enter", "enter")
        assert isinstance(app.screen, DemanderTexte)
        await presser(pilot, "escape")
        assert ecran_actif(pilot) is ecran
        assert ecran.direct.entretien.etape_courante is etape
        assert ecran.direct.entretien.donnees.passees == {}


def test_effacer_un_dossier_par_reflexe_ne_fait_rien(
    dossier: Path, monkeypatch: Any, capsys: Any
) -> None:
    import io

    from assistant.cli import main

    with Depot.ouvrir(dossier) as depot:
        depot.creer_adherent("Amina Diallo")
    monkeypatch.setattr("sys.stdin", io.StringIO("\n\n\n"))
    assert main(["--donnees", str(dossier), "rgpd", "effacer", "Amina Diallo"]) == 1
    assert "annulé" in capsys.readouterr().out
    assert sur_disque(dossier, "Amina Diallo")


async def test_suspendre_par_reflexe_garde_l_entretien(app: AssistantApp, depot: Depot) -> None:
    """F5 demande d'abord : Entrée, Entrée, Entrée laisse l'entretien en cours."""
    async with app.run_test(size=(80, 24)) as pilot:
        ecran = await entretien_commence(pilot)
        await presser(pilot, "f5")
        assert isinstance(app.screen, Confirmer)
        await presser(pilot, "enter", "enter", "enter")
        assert ecran_actif(pilot) is ecran
        assert ecran.direct.entretien.etat == "introduction"
        assert [s.statut for s in depot.seances_interrompues()] == ["en_cours"]
        # La suspension voulue : F5 puis O.
        await presser(pilot, "f5", "o")
        assert not isinstance(app.screen, Conversation)
        assert [s.statut for s in depot.seances_interrompues()] == ["suspendu"]
