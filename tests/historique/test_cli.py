"""`entretien historique` : ouvrir, lister, exporter ; messages français, codes 1 et 2."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import docx
import pytest

from conducteurs.chargeur import charger_catalogue
from stockage import Depot
from tests.historique.fabrique import premier_accueil
from tests.support.cli import lancer_cli
from tests.support.horloge import Horloge


@pytest.fixture(autouse=True)
def _sans_variable_de_donnees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ENTRETIEN_DONNEES", raising=False)


@pytest.fixture
def donnees(tmp_path: Path) -> Path:
    """Un dossier de données avec deux adhérents (le dépôt est refermé)."""
    dossier = tmp_path / "donnees"
    catalogue = charger_catalogue(dossier / "conducteurs")
    horloge = Horloge()
    with Depot.ouvrir(dossier) as depot:
        marie = depot.creer_adherent("Marie Dupont")
        premier_accueil(depot, catalogue, marie.id, horloge)
        horloge.avancer(60 * 24 * 7)
        premier_accueil(depot, catalogue, marie.id, horloge, cloturer=False)
        depot.creer_adherent("Homonyme")
        depot.creer_adherent("Homonyme")
    return dossier


def lancer(capsys: pytest.CaptureFixture[str], donnees: Path, *argv: str) -> tuple[int, str, str]:
    return lancer_cli(capsys, "--donnees", str(donnees), "historique", *argv)


def ids_seances(donnees: Path) -> list[str]:
    with Depot.ouvrir(donnees) as depot:
        [marie] = depot.adherents_nommes("Marie Dupont")
        return [s.id for s in depot.seances(marie.id)]


def test_aide_en_francais(capsys: pytest.CaptureFixture[str], donnees: Path) -> None:
    code, sortie, _ = lancer(capsys, donnees, "--help")
    assert code == 0 and sortie.startswith("utilisation : entretien historique")
    assert "exporter" in sortie and "lister" in sortie
    code, sortie, _ = lancer(capsys, donnees, "exporter", "--help")
    assert code == 0 and "--seance ID" in sortie and "--format {md,docx}" in sortie
    assert "0600" in sortie


def test_exporter_le_dossier_par_defaut_en_markdown(
    capsys: pytest.CaptureFixture[str],
    donnees: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, sortie, _ = lancer(capsys, donnees, "exporter", "Marie Dupont")
    assert code == 0, sortie
    chemin = tmp_path / "dossier-marie-dupont.md"
    assert f"Dossier exporté (Markdown) : {chemin}" in sortie
    assert "données personnelles" in sortie
    assert stat.S_IMODE(chemin.stat().st_mode) == 0o600
    texte = chemin.read_text(encoding="utf-8")
    assert "# Dossier de Marie Dupont" in texte and "## Parcours : 2 séance(s)" in texte
    # Le fichier existe : on ne l'écrase pas sans --ecraser.
    code, _, erreurs = lancer(capsys, donnees, "exporter", "Marie Dupont")
    assert code == 1 and "existe déjà" in erreurs and "--ecraser" in erreurs
    code, _, _ = lancer(capsys, donnees, "exporter", "Marie Dupont", "--ecraser")
    assert code == 0


def test_exporter_une_seance_en_word(
    capsys: pytest.CaptureFixture[str], donnees: Path, tmp_path: Path
) -> None:
    premiere, _ = ids_seances(donnees)
    sortie_docx = tmp_path / "seance.docx"
    code, sortie, _ = lancer(
        capsys,
        donnees,
        "exporter",
        "Marie Dupont",
        "--seance",
        premiere[:8],
        "--sortie",
        str(sortie_docx),
    )
    assert code == 0, sortie
    assert "Séance exportée (Word)" in sortie
    texte = [p.text for p in docx.Document(str(sortie_docx)).paragraphs]
    assert texte[0] == "Entretien de premier accueil — Marie Dupont"
    assert "Statut : clôturée" in texte and "Statut : suspendue" not in texte


def test_format_et_sortie(
    capsys: pytest.CaptureFixture[str], donnees: Path, tmp_path: Path
) -> None:
    # Un dossier comme sortie : le nom par défaut y est créé, au format demandé.
    code, sortie, _ = lancer(
        capsys, donnees, "exporter", "Marie Dupont", "--format", "docx", "--sortie", str(tmp_path)
    )
    assert code == 0, sortie
    assert (tmp_path / "dossier-marie-dupont.docx").exists()
    # Sans extension : celle du format.
    code, _, _ = lancer(
        capsys, donnees, "exporter", "Marie Dupont", "--sortie", str(tmp_path / "sans-extension")
    )
    assert code == 0 and (tmp_path / "sans-extension.md").exists()
    # Incohérences : code 2, message en français.
    code, _, erreurs = lancer(
        capsys,
        donnees,
        "exporter",
        "Marie Dupont",
        "--format",
        "md",
        "--sortie",
        str(tmp_path / "x.docx"),
    )
    assert code == 2 and "ne correspond pas au format « md »" in erreurs
    code, _, erreurs = lancer(
        capsys, donnees, "exporter", "Marie Dupont", "--sortie", str(tmp_path / "x.pdf")
    )
    assert code == 2 and "extension « .pdf » n'est pas reconnue" in erreurs
    code, _, erreurs = lancer(capsys, donnees, "exporter", "Marie Dupont", "--format", "pdf")
    assert code == 2 and "choix invalide" in erreurs
    code, _, erreurs = lancer(
        capsys, donnees, "exporter", "Marie Dupont", "--sortie", str(tmp_path / "absent" / "x.md")
    )
    assert code == 1 and "n'existe pas" in erreurs


def test_adherent_ou_seance_introuvables(
    capsys: pytest.CaptureFixture[str], donnees: Path, tmp_path: Path
) -> None:
    code, _, erreurs = lancer(capsys, donnees, "exporter", "Personne")
    assert code == 1 and "aucun adhérent ne s'appelle « Personne »" in erreurs
    code, _, erreurs = lancer(capsys, donnees, "exporter", "Homonyme")
    assert code == 1 and "plusieurs adhérents" in erreurs
    code, _, erreurs = lancer(
        capsys,
        donnees,
        "exporter",
        "Marie Dupont",
        "--seance",
        "ffffffff",
        "--sortie",
        str(tmp_path / "x.md"),
    )
    assert code == 1 and "aucune séance « ffffffff »" in erreurs
    code, _, erreurs = lancer(capsys, donnees, "exporter", "Marie Dupont", "--seance", "ab")
    assert code == 1 and "4 premiers caractères" in erreurs
    code, _, erreurs = lancer(capsys, donnees, "exporter")
    assert code == 2 and "ADHERENT" in erreurs


def test_lister_le_parcours(capsys: pytest.CaptureFixture[str], donnees: Path) -> None:
    premiere, seconde = ids_seances(donnees)
    code, sortie, _ = lancer(capsys, donnees, "lister", "Marie Dupont")
    assert code == 0
    lignes = sortie.splitlines()
    assert lignes[0].startswith("Marie Dupont (") and lignes[0].endswith(": 2 séance(s)")
    assert "30/11/2026" in lignes[1] and "Entretien de premier accueil" in lignes[1]
    assert "(accueil, 34 min, clôturée)" in lignes[1] and premiere in lignes[1]
    assert "• Mettre à jour le CV (l'adhérent) — à faire le" in lignes[2]
    assert "suspendue" in lignes[3] and seconde in lignes[3]


def test_ouvrir_sur_un_adherent(
    capsys: pytest.CaptureFixture[str], donnees: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lances: list[tuple[str | None, dict[str, Any]]] = []

    def faux_lancer(emplacements: Any, ecran: str | None = None, **options: Any) -> int:
        lances.append((ecran, options))
        return 0

    monkeypatch.setattr("assistant.cli.interface._lancer", faux_lancer)
    assert lancer(capsys, donnees)[0] == 0
    assert lancer(capsys, donnees, "Marie", "Dupont")[0] == 0  # sans guillemets
    assert lancer(capsys, donnees, "dupont")[0] == 0  # un nom partiel préremplit la recherche
    assert lances == [
        ("historique", {}),
        ("historique", {"adherent": "Marie Dupont"}),
        ("historique", {"adherent": "dupont"}),
    ]
    code, _, erreurs = lancer(capsys, donnees, "Personne")
    assert code == 1 and "aucun adhérent ne s'appelle « Personne »" in erreurs
    code, _, erreurs = lancer(capsys, donnees, "Marie", "--vite")
    assert code == 2 and "option inconnue : --vite" in erreurs
    assert len(lances) == 3
