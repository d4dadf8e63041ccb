"""Les commandes `entretien donnees …` et `entretien rgpd exporter|effacer|purger`."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from assistant.cli import main
from stockage import Depot
from tests.stockage.outils import nouvelle_seance

Capture = pytest.CaptureFixture[str]


def lancer(dossier: Path, *args: str) -> int:
    """Lance la commande `entretien --donnees DOSSIER …`."""
    return main(["--donnees", str(dossier), *args])


def remplir(dossier: Path) -> dict[str, str]:
    """Trois adhérents, dont deux homonymes."""
    with Depot.ouvrir(dossier) as depot:
        ids = {}
        for cle, nom in (
            ("amina", "Amina Diallo"),
            ("dupont1", "Jean Dupont"),
            ("dupont2", "Jean Dupont"),
        ):
            adherent = depot.creer_adherent(nom)
            depot.enregistrer_seance(
                nouvelle_seance(adherent.id, compte_rendu=f"Compte rendu secret de {nom}.")
            )
            ids[cle] = adherent.id
    return ids


def test_verifier_tout_va_bien(dossier: Path, capsys: Capture) -> None:
    remplir(dossier)
    with Depot.ouvrir(dossier / "repetition") as repetition:
        repetition.creer_adherent("Simulé")
    assert lancer(dossier, "donnees", "verifier") == 0
    sortie = capsys.readouterr().out
    assert "index.json" in sortie
    assert "adherent.json" in sortie
    assert "repetition" in sortie
    assert "0 endommagé(s)" in sortie


def test_verifier_dossier_absent(dossier: Path, capsys: Capture) -> None:
    assert lancer(dossier, "donnees", "verifier") == 0
    assert "rien à vérifier" in capsys.readouterr().out
    assert not dossier.exists()


def test_verifier_signale_droits_trop_ouverts(dossier: Path, capsys: Capture) -> None:
    ids = remplir(dossier)
    fiche = dossier / "adherents" / ids["amina"] / "adherent.json"
    fiche.chmod(0o644)
    assert lancer(dossier, "donnees", "verifier", "--problemes") == 0
    sortie = capsys.readouterr().out
    assert "droits trop ouverts" in sortie
    assert "adherent.json" in sortie
    assert "index.json" not in sortie


def test_exporter_par_nom(dossier: Path, tmp_path: Path, capsys: Capture) -> None:
    ids = remplir(dossier)
    sortie = tmp_path / "exports"
    assert lancer(dossier, "rgpd", "exporter", "Amina Diallo", "--sortie", str(sortie)) == 0
    json_chemin = sortie / f"export-{ids['amina']}.json"
    md_chemin = sortie / f"export-{ids['amina']}.md"
    donnees = json.loads(json_chemin.read_text(encoding="utf-8"))
    assert donnees["adherent"]["id"] == ids["amina"]
    assert "Compte rendu secret de Amina Diallo." in md_chemin.read_text(encoding="utf-8")
    assert str(json_chemin) in capsys.readouterr().out


def test_exporter_par_identifiant(
    dossier: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = remplir(dossier)
    monkeypatch.chdir(tmp_path)
    assert lancer(dossier, "rgpd", "exporter", ids["dupont2"].upper()) == 0
    assert (tmp_path / f"export-{ids['dupont2']}.md").exists()


def test_nom_ambigu_liste_les_identifiants(dossier: Path, capsys: Capture) -> None:
    ids = remplir(dossier)
    assert lancer(dossier, "rgpd", "effacer", "Jean Dupont", "--oui") == 1
    erreur = capsys.readouterr().err
    assert "plusieurs adhérents" in erreur
    assert ids["dupont1"] in erreur and ids["dupont2"] in erreur
    assert "Traceback" not in erreur
    with Depot.ouvrir(dossier) as depot:
        assert len(depot.adherents()) == 3


def test_adherent_introuvable(dossier: Path, capsys: Capture) -> None:
    remplir(dossier)
    assert lancer(dossier, "rgpd", "exporter", "Personne") == 1
    assert "aucun adhérent" in capsys.readouterr().err


def test_effacer_demande_confirmation(
    dossier: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = remplir(dossier)
    monkeypatch.setattr("sys.stdin", io.StringIO("non\n"))
    assert lancer(dossier, "rgpd", "effacer", "Amina Diallo") == 1
    assert "annulé" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert lancer(dossier, "rgpd", "effacer", "Amina Diallo") == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("oui\n"))
    assert lancer(dossier, "rgpd", "effacer", "Amina Diallo") == 0
    assert ids["amina"] in capsys.readouterr().out
    for chemin in dossier.rglob("*"):
        if chemin.is_file():
            contenu = chemin.read_bytes()
            assert b"Amina" not in contenu and b"amina" not in contenu, chemin
    with Depot.ouvrir(dossier) as depot:
        assert len(depot.adherents()) == 2
        assert [ligne["evenement"] for ligne in depot.journal_rgpd()] == ["effacement"]


def test_effacer_oui_sans_question(dossier: Path, capsys: Capture) -> None:
    ids = remplir(dossier)
    assert lancer(dossier, "rgpd", "effacer", ids["dupont1"], "--oui") == 0
    assert "Tapez" not in capsys.readouterr().out


def _vieillir(dossier: Path, adherent_id: str, jours: int) -> None:
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.adherent(adherent_id)
        date = dt.datetime.now().astimezone() - dt.timedelta(days=jours)
        adherent.cree_le = date
        adherent.dernier_contact = date
        depot.enregistrer_adherent(adherent)
        for seance in depot.seances(adherent_id):
            seance.debut = date
            depot.enregistrer_seance(seance)


def test_purger_simulation_puis_reel(dossier: Path, capsys: Capture) -> None:
    ids = remplir(dossier)
    _vieillir(dossier, ids["amina"], 800)
    _vieillir(dossier, ids["dupont1"], 400)

    assert lancer(dossier, "rgpd", "purger", "--simulation") == 0
    sortie = capsys.readouterr().out
    assert "1 dossier(s) sans contact depuis plus de 24 mois" in sortie
    assert ids["amina"] in sortie and "rien n'a été effacé" in sortie

    (dossier / "reglages.json").write_text('{"conservation_mois": 12}', encoding="utf-8")
    assert lancer(dossier, "rgpd", "purger", "--simulation") == 0
    assert "2 dossier(s)" in capsys.readouterr().out

    assert lancer(dossier, "rgpd", "purger", "--mois", "20", "--oui") == 0
    assert "1 dossier(s) effacé(s)" in capsys.readouterr().out
    with Depot.ouvrir(dossier) as depot:
        assert {r.id for r in depot.adherents()} == {ids["dupont1"], ids["dupont2"]}
        assert [(j["evenement"], j["seances"]) for j in depot.journal_rgpd()] == [("purge", 1)]


def test_purger_rien(dossier: Path, capsys: Capture) -> None:
    remplir(dossier)
    assert lancer(dossier, "rgpd", "purger") == 0
    assert "Aucun dossier" in capsys.readouterr().out


def test_reglages_invalides(dossier: Path, capsys: Capture) -> None:
    remplir(dossier)
    (dossier / "reglages.json").write_text('{"conservation_mois": "deux ans"}')
    assert lancer(dossier, "rgpd", "purger", "--simulation") == 1
    erreur = capsys.readouterr().err
    assert "reglages.json" in erreur and "conservation_mois" in erreur
    assert "Traceback" not in erreur


def test_mois_invalide(dossier: Path, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as sortie:
        lancer(dossier, "rgpd", "purger", "--mois", "deux")
    assert sortie.value.code == 2
    assert "n'est pas un nombre de mois" in capsys.readouterr().err


def test_effacer_repetition(dossier: Path, capsys: Capture) -> None:
    remplir(dossier)
    with Depot.ouvrir(dossier / "repetition") as repetition:
        repetition.creer_adherent("Simulé")
    assert lancer(dossier, "donnees", "effacer-repetition", "--oui") == 0
    assert not (dossier / "repetition").exists()
    with Depot.ouvrir(dossier) as depot:
        assert len(depot.adherents()) == 3
    assert lancer(dossier, "donnees", "effacer-repetition", "--oui") == 0
    assert "Aucune donnée" in capsys.readouterr().out


def test_dossier_inaccessible(tmp_path: Path, capsys: Capture) -> None:
    fichier = tmp_path / "pas-un-dossier"
    fichier.write_text("x")
    assert lancer(fichier, "rgpd", "purger") == 2
    erreur = capsys.readouterr().err
    assert erreur.startswith("Erreur :") and "Traceback" not in erreur
    assert f"{fichier} n'est pas un dossier" in erreur
