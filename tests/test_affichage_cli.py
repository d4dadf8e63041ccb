"""Ce que la ligne de commande affiche d'un texte enregistré ne peut pas fabriquer de ligne.

Issue 13, point 8 : un nom, une note, une réponse, un titre de conducteur ou un
nom de fichier qui contient « \\n✓ faux », « \\x1b[2J » ou U+202E est montré
avec ses caractères rendus visibles (`stockage.texte.rendre_visible`) ; un nom
pareil est refusé à la création.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from stockage import Depot, Seance
from stockage.modeles import Adherent
from tests.conducteurs.outils import ecrire, texte_modele
from tests.support.cli import lancer_cli

FAUX = "\n✓ faux"
EFFACE = "\x1b[2J"
RETOURNE = "\u202e"
PIEGES = (FAUX, EFFACE, RETOURNE, "\r", "\x85")


@pytest.fixture(autouse=True)
def _sans_variable_de_donnees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ENTRETIEN_DONNEES", raising=False)


def lancer(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return lancer_cli(capsys, *argv)


def sans_piege(texte: str) -> None:
    """Aucun caractère de contrôle (hors fins de ligne voulues) ni ligne fabriquée."""
    for ligne in texte.splitlines():
        assert not ligne.startswith("✓ faux"), texte
    for interdit in ("\x1b", RETOURNE, "\r", "\x85"):
        assert interdit not in texte, repr(texte)


@pytest.fixture
def donnees(tmp_path: Path) -> Path:
    """Un dossier dont l'adhérent (créé avant le refus) et la séance portent des pièges."""
    dossier = tmp_path / "donnees"
    with Depot.ouvrir(dossier) as depot:
        ancien = Adherent.model_construct(nom=f"Ève{RETOURNE}evE{EFFACE}{FAUX}")
        depot.enregistrer_adherent(ancien)
        vieux = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        oublie = Adherent.model_construct(
            nom=f"Oublié{RETOURNE}{FAUX}", cree_le=vieux, dernier_contact=vieux
        )
        depot.enregistrer_adherent(oublie)
        seance = Seance(
            adherent_id=ancien.id,
            conducteur_id="diagnostic",
            conducteur_titre=f"Diagnostic{EFFACE}{FAUX}",
            compte_rendu=f"Il est diabétique.{FAUX}{EFFACE}",
            entretien={
                "reponses": {
                    f"freins{RETOURNE}": {
                        "type": "texte",
                        "valeur": f"Diabète{FAUX}\x85{RETOURNE}",
                        "horodatage": "2024-01-01T10:00:00+00:00",
                    }
                },
                "notes": [
                    {
                        "horodatage": "2024-01-01T10:00:00+00:00",
                        "etape": f"freins{FAUX}",
                        "texte": f"Très agressif{EFFACE}{FAUX}",
                    }
                ],
            },
        )
        seance.ajouter_tache(f"Appeler le médecin{FAUX}\r{EFFACE}")
        depot.enregistrer_seance(seance)
    return dossier


def ident(donnees: Path) -> str:
    """L'identifiant de l'adhérent qui a une séance."""
    with Depot.ouvrir(donnees) as depot:
        return next(r.id for r in depot.adherents() if r.nombre_seances)


def test_historique_lister_rend_les_controles_visibles(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    code, sortie, erreurs = lancer(
        capsys, "--donnees", str(donnees), "historique", "lister", ident(donnees)
    )
    assert code == 0, erreurs
    sans_piege(sortie + erreurs)
    assert "␛[2J" in sortie and "␊✓ faux" in sortie and "⟨U+202E⟩" in sortie


def test_historique_un_nom_inconnu_piege_est_rendu_visible(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    code, sortie, erreurs = lancer(
        capsys, "--donnees", str(donnees), "historique", "lister", f"Inconnu{EFFACE}{FAUX}"
    )
    assert code == 1
    sans_piege(sortie + erreurs)
    assert "␛[2J" in erreurs


@pytest.mark.parametrize("options", [(), ("--details",)])
def test_rgpd_auditer_rend_les_controles_visibles(
    capsys: pytest.CaptureFixture[str], donnees: Path, options: tuple[str, ...]
) -> None:
    code, sortie, erreurs = lancer(capsys, "--donnees", str(donnees), "rgpd", "auditer", *options)
    assert code == 1
    sans_piege(sortie + erreurs)
    assert "␛[2J" in sortie


def test_rgpd_auditer_json_reste_du_json_sans_controle_brut(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    code, sortie, _ = lancer(
        capsys, "--donnees", str(donnees), "rgpd", "auditer", "--json", "--details"
    )
    assert code == 1
    sans_piege(sortie)
    objets = [json.loads(ligne) for ligne in sortie.splitlines()]
    assert len(objets) == 1
    champs = [p["champ"] for p in objets[0]["passages"]]
    assert any(RETOURNE in c for c in champs)  # la valeur relue est intacte


def test_rgpd_exporter_et_purger_rendent_le_nom_visible(
    capsys: pytest.CaptureFixture[str], donnees: Path, tmp_path: Path
) -> None:
    code, sortie, erreurs = lancer(
        capsys,
        "--donnees",
        str(donnees),
        "rgpd",
        "exporter",
        ident(donnees),
        "--sortie",
        str(tmp_path / "export"),
    )
    assert code == 0, erreurs
    sans_piege(sortie + erreurs)
    assert "Ève⟨U+202E⟩evE␛[2J␊✓ faux" in sortie
    code, sortie, erreurs = lancer(
        capsys, "--donnees", str(donnees), "rgpd", "purger", "--simulation"
    )
    assert code == 0, erreurs
    sans_piege(sortie + erreurs)
    assert "Oublié⟨U+202E⟩␊✓ faux" in sortie


def test_rgpd_effacer_pose_la_question_avec_le_nom_visible(
    capsys: pytest.CaptureFixture[str], donnees: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("non\n"))
    code, sortie, erreurs = lancer(
        capsys, "--donnees", str(donnees), "rgpd", "effacer", ident(donnees)
    )
    assert code == 1
    sans_piege(sortie + erreurs)
    assert "⟨U+202E⟩" in sortie


def test_rgpd_verifier_rend_visible_le_texte_lu(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"Il est diabétique{EFFACE}{RETOURNE}.\n"))
    code, sortie, erreurs = lancer(capsys, "rgpd", "verifier")
    assert code == 1
    sans_piege(sortie + erreurs)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"Il est diabétique{EFFACE}{RETOURNE}.\n"))
    code, sortie, erreurs = lancer(capsys, "rgpd", "verifier", "--json")
    sans_piege(sortie)
    assert json.loads(sortie)["texte"] == f"Il est diabétique{EFFACE}{RETOURNE}."


def test_conducteurs_lister_montrer_valider_rendent_visible(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dossier = tmp_path / "conducteurs"
    texte = texte_modele("piege").replace(
        "titre: Titre de l'entretien à compléter", 'titre: "Titre\\e[2J\\n✓ faux\\u202e"'
    )
    ecrire(dossier, "piege.yaml", texte)
    ecrire(dossier, f"nom{EFFACE}.yaml.txt", "x")
    ecrire(dossier, "casse.yaml", texte_modele("casse").replace("type: taches", "type: \\e[2J"))
    base = ("--donnees", str(tmp_path / "d"), "--conducteurs", str(dossier), "conducteurs")
    for commande in (("lister",), ("montrer", "piege"), ("valider",), ("valider", str(dossier))):
        code, sortie, erreurs = lancer(capsys, *base, *commande)
        sans_piege(sortie + erreurs)
        assert "␛[2J" in sortie + erreurs, commande
    code, sortie, erreurs = lancer(capsys, *base, "montrer", f"x{EFFACE}")
    assert code == 1
    sans_piege(sortie + erreurs)


def test_donnees_verifier_rend_visible_un_nom_de_fichier(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    (donnees / "adherents" / f"intrus{EFFACE}{FAUX}").write_text("x")
    code, sortie, erreurs = lancer(capsys, "--donnees", str(donnees), "donnees", "verifier")
    sans_piege(sortie + erreurs)
    assert "intrus␛[2J␊✓ faux" in sortie


@pytest.mark.parametrize("nom", [f"Marie{EFFACE}", f"Ève{RETOURNE}evE", f"Paul{FAUX}", "Ali\x85"])
def test_entretien_nouveau_refuse_un_nom_piege(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, nom: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.app import AssistantApp

    def ouvrir(self: AssistantApp, **_: object) -> None:
        raise AssertionError("l'interface ne devait pas s'ouvrir")

    monkeypatch.setattr(AssistantApp, "run", ouvrir)
    code, sortie, erreurs = lancer(
        capsys, "--donnees", str(tmp_path / "d"), "nouveau", "--adherent", nom
    )
    assert code == 2
    assert "caractère invisible ou de contrôle" in erreurs and "retapez" in erreurs
    sans_piege(sortie + erreurs)
    assert not (tmp_path / "d").exists()  # rien n'est créé
