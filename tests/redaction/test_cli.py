"""`entretien rgpd verifier` et `entretien rgpd auditer` : le contrat de la ligne de commande."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from tests.support.cli import lancer_cli

RACINE = Path(__file__).resolve().parents[2]
CLES = ["categorie", "debut", "fin", "explication", "suggestion"]


@pytest.fixture(autouse=True)
def _sans_variable_de_donnees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ENTRETIEN_DONNEES", raising=False)


def lancer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], entree: str, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(entree))
    return lancer_cli(capsys, "rgpd", *argv)


def test_json_une_ligne_par_texte_dans_l_ordre(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    entree = "Il est diabétique.\nVous cherchez un poste de cariste.\n\nMme Diallo porte le voile\n"
    code, sortie, _ = lancer(monkeypatch, capsys, entree, "verifier", "--json")
    assert code == 1
    lignes = sortie.splitlines()
    assert len(lignes) == 4
    objets = [json.loads(ligne) for ligne in lignes]
    assert [o["texte"] for o in objets] == [
        "Il est diabétique.",
        "Vous cherchez un poste de cariste.",
        "",
        "Mme Diallo porte le voile",
    ]
    assert all(list(o) == ["texte", "constats"] for o in objets)
    premier = objets[0]["constats"]
    assert [c["categorie"] for c in premier] == ["style", "sante"]
    assert all(list(c) == CLES for o in objets for c in o["constats"])
    sante = premier[1]
    assert objets[0]["texte"][sante["debut"] : sante["fin"]] == "diabétique"
    assert objets[1]["constats"] == [] and objets[2]["constats"] == []
    assert {c["categorie"] for c in objets[3]["constats"]} == {"style", "religion"}
    assert "diabétique" in lignes[0], "ensure_ascii=False : les accents restent lisibles"


def test_json_rien_trouve_code_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, sortie, _ = lancer(
        monkeypatch, capsys, "Vous avez envoyé trois candidatures.\r\n", "verifier", "--json"
    )
    assert code == 0
    assert json.loads(sortie) == {"texte": "Vous avez envoyé trois candidatures.", "constats": []}


def test_sortie_lisible(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, sortie, _ = lancer(
        monkeypatch, capsys, "RAS.\nVous êtes sous bracelet électronique.\n", "verifier"
    )
    assert code == 1
    assert "Ligne 2" in sortie and "Ligne 1" not in sortie
    assert "« bracelet électronique »" in sortie
    assert "Proposition :" in sortie

    code, sortie, _ = lancer(monkeypatch, capsys, "RAS.\nRien à dire.\n", "verifier")
    assert code == 0
    assert "2 texte(s) vérifié(s) : rien à signaler." in sortie


def test_entree_vide(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, erreurs = lancer(monkeypatch, capsys, "", "verifier")
    assert code == 0 and sortie == ""
    assert "aucun texte reçu" in erreurs
    code, sortie, _ = lancer(monkeypatch, capsys, "", "verifier", "--json")
    assert code == 0 and sortie == ""


def test_prenom_en_option(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, sortie, _ = lancer(
        monkeypatch, capsys, "Karim a trouvé un stage.\n", "verifier", "--json", "--prenom", "Karim"
    )
    assert code == 1
    assert json.loads(sortie)["constats"][0]["categorie"] == "style"


def test_aide_en_francais(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, sortie, _ = lancer(monkeypatch, capsys, "", "verifier", "--help")
    assert code == 0
    assert "entrée standard" in sortie and "--json" in sortie
    code, _, erreurs = lancer(monkeypatch, capsys, "", "verifier", "--inconnu")
    assert code == 2 and "arguments non reconnus" in erreurs


def test_vrai_processus_json() -> None:
    entree = (
        "Vous êtes enceinte de 4 mois.\nVous souhaitez travailler dans le secteur de la santé.\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "ENTRETIEN_DONNEES"}
    env["PYTHONIOENCODING"] = "ascii"  # la commande doit imposer l'UTF-8 elle-même
    resultat = subprocess.run(
        [sys.executable, "-m", "assistant", "rgpd", "verifier", "--json"],
        input=entree.encode("utf-8"),
        capture_output=True,
        cwd=RACINE,
        env=env,
        timeout=60,
    )
    assert resultat.returncode == 1, resultat.stderr.decode("utf-8", "replace")
    lignes = resultat.stdout.decode("utf-8").splitlines()
    assert len(lignes) == 2
    premier, second = (json.loads(ligne) for ligne in lignes)
    assert premier["texte"] == "Vous êtes enceinte de 4 mois."
    assert [c["categorie"] for c in premier["constats"]] == ["sante"]
    assert second["constats"] == []


def lancer_octets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], entree: bytes, *argv: str
) -> tuple[int, str, str]:
    """Comme `lancer`, avec une entrée standard faite d'octets (un vrai tube)."""
    flux = io.TextIOWrapper(io.BytesIO(entree), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", flux)
    return lancer_cli(capsys, "rgpd", *argv)


LATIN1 = "Vous cherchez un poste.\nIl est diabétique.\n".encode("latin-1")


@pytest.mark.parametrize("options", [(), ("--json",)])
def test_une_entree_qui_n_est_pas_en_utf8_arrete_avec_la_ligne_et_l_octet(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], options: tuple[str, ...]
) -> None:
    code, sortie, erreurs = lancer_octets(monkeypatch, capsys, LATIN1, "verifier", *options)
    assert code == 2
    assert "rien à signaler" not in sortie
    assert sortie == ""  # rien n'est vérifié à moitié
    assert "ligne 2" in erreurs and "octet 12 de la ligne" in erreurs and "0xE9" in erreurs
    assert "--encodage" in erreurs


def test_l_option_encodage_decode_l_entree(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, sortie, _ = lancer_octets(
        monkeypatch, capsys, LATIN1, "verifier", "--json", "--encodage", "latin-1"
    )
    assert code == 1
    objets = [json.loads(ligne) for ligne in sortie.splitlines()]
    assert objets[1]["texte"] == "Il est diabétique."
    assert "sante" in {c["categorie"] for c in objets[1]["constats"]}


@pytest.mark.parametrize("nom", ["klingon", "rot13", "base64"])
def test_un_encodage_inconnu_est_refuse_en_francais(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nom: str
) -> None:
    code, sortie, erreurs = lancer_octets(
        monkeypatch, capsys, LATIN1, "verifier", "--encodage", nom
    )
    assert code == 2
    assert f"« {nom} »" in erreurs and "encodage" in erreurs
    assert "latin-1" in erreurs  # ce qu'on peut écrire à la place
    assert sortie == ""


def test_vrai_processus_entree_en_latin1_sur_un_terminal_ascii() -> None:
    """Sur un terminal mal réglé, l'entrée était décodée « au mieux » en silence."""
    env = {k: v for k, v in os.environ.items() if k != "ENTRETIEN_DONNEES"}
    env["PYTHONIOENCODING"] = "ascii"
    resultat = subprocess.run(
        [sys.executable, "-m", "assistant", "rgpd", "verifier"],
        input=LATIN1,
        capture_output=True,
        cwd=RACINE,
        env=env,
        timeout=60,
    )
    erreurs = resultat.stderr.decode("utf-8")
    assert resultat.returncode == 2, erreurs
    assert "ligne 2" in erreurs and "Traceback" not in erreurs
    assert "rien à signaler" not in resultat.stdout.decode("utf-8")


# ---------------------------------------------------------------- auditer


def _depot_exemple(dossier: Path) -> dict[str, str]:
    from stockage import Depot, Seance

    with Depot.ouvrir(dossier) as depot:
        karim = depot.creer_adherent("Karim Benali")
        propre = depot.creer_adherent("Sophie Martin")
        a_revoir = Seance(
            adherent_id=karim.id,
            conducteur_id="diagnostic",
            conducteur_titre="Diagnostic",
            compte_rendu="Karim est venu. Vous souhaitez travailler dans la santé.",
            entretien={
                "reponses": {
                    "freins": {
                        "type": "texte",
                        "valeur": "Diabète, horaires de jour",
                        "horodatage": "2024-01-01T10:00:00+00:00",
                    },
                    "projet": {
                        "type": "choix",
                        "valeur": "Santé",
                        "horodatage": "2024-01-01T10:00:00+00:00",
                    },
                },
                "notes": [
                    {
                        "horodatage": "2024-01-01T10:00:00+00:00",
                        "etape": "freins",
                        "texte": "Très agressif au début",
                    }
                ],
            },
        )
        a_revoir.ajouter_tache("Apporter le RIB FR76 3000 6000 0112 3456 7890 189")
        depot.enregistrer_seance(a_revoir)
        depot.enregistrer_seance(
            Seance(
                adherent_id=karim.id,
                conducteur_id="suivi",
                compte_rendu="Vous avez envoyé trois candidatures.",
            )
        )
        depot.enregistrer_seance(
            Seance(
                adherent_id=propre.id,
                conducteur_id="suivi",
                compte_rendu="Vous avez un entretien chez Lidl mardi.",
            )
        )
    return {"karim": karim.id, "seance": a_revoir.id}


def test_auditer_liste_les_seances_a_revoir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _depot_exemple(tmp_path / "donnees")
    donnees = str(tmp_path / "donnees")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["--donnees", donnees, "rgpd", "auditer"])
    sortie = capsys.readouterr().out
    assert code == 1
    assert ids["seance"] in sortie
    assert "1 séance(s) à revoir sur 3." in sortie
    assert "compte rendu" in sortie and "réponse « freins »" in sortie
    assert "note d'étape" in sortie and "travail pour le prochain rendez-vous" in sortie
    assert "Diabète" not in sortie, "sans --details, aucun extrait à l'écran"

    code = main(["--donnees", donnees, "rgpd", "auditer", "--details"])
    sortie = capsys.readouterr().out
    assert code == 1 and "« Diabète »" in sortie and "« Karim »" in sortie

    code = main(["--donnees", donnees, "rgpd", "auditer", "--json"])
    (ligne,) = capsys.readouterr().out.splitlines()
    objet = json.loads(ligne)
    assert objet["seance"] == ids["seance"] and objet["adherent"] == ids["karim"]
    assert objet["categories"] == {"identifiant": 1, "jugement": 1, "sante": 1, "style": 1}


def test_auditer_sans_rien_a_signaler(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--donnees", str(tmp_path / "absent"), "rgpd", "auditer"])
    assert code == 0 and "rien à auditer" in capsys.readouterr().out

    from stockage import Depot, Seance

    with Depot.ouvrir(tmp_path / "d") as depot:
        adherent = depot.creer_adherent("Sophie Martin")
        depot.enregistrer_seance(
            Seance(
                adherent_id=adherent.id,
                conducteur_id="suivi",
                compte_rendu="Vous êtes venue.",
            )
        )
    code = main(["--donnees", str(tmp_path / "d"), "rgpd", "auditer"])
    assert code == 0 and "1 séance(s) vérifiée(s) : rien à signaler." in capsys.readouterr().out


def test_auditer_dossier_verrouille(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from stockage import Depot

    with Depot.ouvrir(tmp_path / "d"):
        code = subprocess.run(
            [
                sys.executable,
                "-m",
                "assistant",
                "--donnees",
                str(tmp_path / "d"),
                "rgpd",
                "auditer",
            ],
            capture_output=True,
            text=True,
            cwd=RACINE,
            timeout=60,
        )
    assert code.returncode == 1
    assert "Traceback" not in code.stderr and code.stderr.startswith("Erreur :")
