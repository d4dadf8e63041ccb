"""Arrêts brutaux, second processus, fichier endommagé, droits des fichiers."""

from __future__ import annotations

import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.cli import main
from stockage import Depot, DossierVerrouille, FichierEndommage
from stockage.fichiers import PREFIXE_TEMPORAIRE
from tests.stockage.outils import nouvelle_seance
from tests.support.campagne import fois
from tests.support.disque import fichiers

RACINE = Path(__file__).resolve().parents[2]
TOURS = fois(12)


def lancer(commande: str, dossier: Path) -> subprocess.Popen[str]:
    """Lance `tests/stockage/enfant.py` dans un sous-processus."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.stockage.enfant", commande, str(dossier)],
        cwd=RACINE,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def noter(ligne: str, acquittes: dict[str, int]) -> None:
    """Retient la plus haute réponse acquittée de chaque séance."""
    if ligne.endswith("\n") and ligne.startswith("ack "):
        _, seance_id, numero = ligne.split()
        acquittes[seance_id] = max(acquittes.get(seance_id, 0), int(numero))


@pytest.mark.campagne
def test_kill_9_pendant_les_enregistrements(dossier: Path) -> None:
    """Tué au hasard en pleine écriture, encore et encore : rien d'acquitté ne se perd."""
    alea = random.Random(20250101)
    acquittes: dict[str, int] = {}
    temporaires_vus = 0
    tour = 0
    # Au moins TOURS arrêts, et jusqu'à ce qu'un arrêt tombe au milieu d'une écriture.
    while tour < TOURS or (temporaires_vus == 0 and tour < 5 * TOURS):
        tour += 1
        enfant = lancer("ecrire", dossier)
        assert enfant.stdout is not None
        attendus = alea.randint(1, 25)
        for _ in range(attendus):
            ligne = enfant.stdout.readline()
            assert ligne, enfant.stderr.read() if enfant.stderr else ""
            noter(ligne, acquittes)
        time.sleep(alea.uniform(0, 0.004))
        enfant.send_signal(signal.SIGKILL)
        reste, _ = enfant.communicate()
        for ligne in reste.splitlines(keepends=True):
            noter(ligne, acquittes)
        assert enfant.returncode == -signal.SIGKILL, f"tour {tour}"
        temporaires_vus += sum(p.name.startswith(PREFIXE_TEMPORAIRE) for p in fichiers(dossier))

        with Depot.ouvrir(dossier) as depot:
            assert depot.reconstruit
            etats = depot.verifier()
            assert [e for e in etats if e.etat != "intact"] == []
            for seance_id, numero in acquittes.items():
                reponses = depot.seance(seance_id).entretien["reponses"]
                attendues = {f"r{n:05d}" for n in range(1, numero + 1)}
                assert attendues <= set(reponses), f"tour {tour}, séance {seance_id}"
            temoin = depot.chercher_adherents("Témoin Robustesse")
            assert len(temoin) == 1
            sur_disque = {s.id for s in depot.seances(temoin[0].id)}
            assert set(acquittes) <= sur_disque
            assert temoin[0].nombre_seances == len(sur_disque)
        assert not [p for p in fichiers(dossier) if p.name.startswith(PREFIXE_TEMPORAIRE)]
    assert sum(acquittes.values()) >= TOURS
    assert temporaires_vus > 0, "aucun arrêt n'est tombé au milieu d'une écriture"


def test_fichier_temporaire_orphelin_balaye(dossier: Path) -> None:
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Orphelin")
        seance = nouvelle_seance(adherent.id)
        depot.enregistrer_seance(seance)
        seances = dossier / "adherents" / adherent.id / "seances"
        orphelin = seances / f"{PREFIXE_TEMPORAIRE}{seance.id}.json-abc"
    orphelin.write_text('{"seance": {"moit')
    (dossier / ".session").write_text("0")  # comme après un arrêt brutal
    with Depot.ouvrir(dossier) as depot:
        assert not orphelin.exists()
        assert depot.seance(seance.id).id == seance.id


def test_second_processus_recoit_un_message_clair(
    dossier: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enfant = lancer("tenir", dossier)
    assert enfant.stdout is not None and enfant.stdin is not None
    try:
        assert enfant.stdout.readline().strip() == "pret"
        with pytest.raises(DossierVerrouille) as erreur:
            Depot.ouvrir(dossier)
        message = str(erreur.value)
        assert str(dossier) in message
        assert "déjà utilisé" in message
        assert str(enfant.pid) in message

        assert main(["--donnees", str(dossier), "donnees", "verifier"]) == 1
        sortie = capsys.readouterr()
        assert str(dossier) in sortie.err
        assert "Traceback" not in sortie.err
    finally:
        enfant.stdin.close()
        enfant.wait(timeout=10)
    with Depot.ouvrir(dossier) as depot:
        assert depot.adherents() == []


def test_verrou_relache_apres_kill_9(dossier: Path) -> None:
    enfant = lancer("tenir", dossier)
    assert enfant.stdout is not None
    assert enfant.stdout.readline().strip() == "pret"
    enfant.send_signal(signal.SIGKILL)
    enfant.wait(timeout=10)
    with Depot.ouvrir(dossier) as depot:
        assert depot.reconstruit


def _deux_dossiers(dossier: Path) -> tuple[str, str, str, str]:
    with Depot.ouvrir(dossier) as depot:
        abime = depot.creer_adherent("Dossier Abîmé")
        sain = depot.creer_adherent("Dossier Sain")
        seance_abimee = nouvelle_seance(abime.id, compte_rendu="texte perdu")
        seance_saine = nouvelle_seance(sain.id, compte_rendu="texte conservé")
        depot.enregistrer_seance(seance_abimee)
        depot.enregistrer_seance(seance_saine)
    return abime.id, sain.id, seance_abimee.id, seance_saine.id


@pytest.mark.parametrize("apres_arret_brutal", [False, True])
def test_fichier_endommage(
    dossier: Path, capsys: pytest.CaptureFixture[str], apres_arret_brutal: bool
) -> None:
    abime, sain, seance_abimee, seance_saine = _deux_dossiers(dossier)
    chemin = dossier / "adherents" / abime / "seances" / f"{seance_abimee}.json"
    contenu = chemin.read_bytes()[:57]
    chemin.write_bytes(contenu)
    if apres_arret_brutal:
        (dossier / ".session").write_text("0")

    with Depot.ouvrir(dossier) as depot:
        assert {r.nom for r in depot.adherents()} == {"Dossier Abîmé", "Dossier Sain"}
        with pytest.raises(FichierEndommage) as erreur:
            depot.seances(abime)
        assert str(chemin) in str(erreur.value)
        assert "endommagé" in str(erreur.value)
        with pytest.raises(FichierEndommage):
            depot.seance(seance_abimee)
        assert depot.adherent(abime).nom == "Dossier Abîmé"
        # Les autres dossiers restent utilisables.
        assert depot.seances(sain)[0].compte_rendu == "texte conservé"
        depot.enregistrer_seance(nouvelle_seance(sain))
        assert [r.seance_id for r in depot.rechercher("conservé")] == [seance_saine]
        resumes = {r.nom: r for r in depot.adherents()}
        assert resumes["Dossier Abîmé"].endommage
        assert not resumes["Dossier Sain"].endommage
        etats = {e.chemin: e for e in depot.verifier()}
        assert etats[chemin].endommage
        assert sum(e.endommage for e in etats.values()) == 1
    assert chemin.read_bytes() == contenu  # laissé tel quel

    assert main(["--donnees", str(dossier), "donnees", "verifier"]) == 1
    sortie = capsys.readouterr()
    assert str(Path("adherents") / abime / "seances" / f"{seance_abimee}.json") in sortie.out
    assert "ENDOMMAGÉ" in sortie.out
    assert "Traceback" not in sortie.err
    assert chemin.read_bytes() == contenu


def test_fiche_adherent_endommagee(dossier: Path) -> None:
    abime, sain, _, _ = _deux_dossiers(dossier)
    fiche = dossier / "adherents" / abime / "adherent.json"
    fiche.write_bytes(b"\xff\xfe pas du JSON")
    with Depot.ouvrir(dossier) as depot:
        with pytest.raises(FichierEndommage) as erreur:
            depot.adherent(abime)
        assert str(fiche) in str(erreur.value)
        assert depot.adherent(sain).nom == "Dossier Sain"
    (dossier / ".session").write_text("0")
    with Depot.ouvrir(dossier) as depot:
        resumes = {r.id: r for r in depot.adherents()}
        assert resumes[abime].endommage
        assert resumes[abime].nom == "Dossier Abîmé"  # repris de l'ancien index
        depot.effacer(abime)  # l'effacement reste possible
        assert [r.id for r in depot.adherents()] == [sain]
    assert fiche.exists() is False


def test_enregistrer_sur_un_fichier_endommage_ne_l_ecrase_pas(dossier: Path) -> None:
    abime, _, seance_abimee, _ = _deux_dossiers(dossier)
    chemin = dossier / "adherents" / abime / "seances" / f"{seance_abimee}.json"
    chemin.write_text("{")
    with Depot.ouvrir(dossier) as depot, pytest.raises(FichierEndommage):
        depot.enregistrer_seance(nouvelle_seance(abime, id=seance_abimee))
    assert chemin.read_text() == "{"


def test_cache_endommage_reconstruit(dossier: Path) -> None:
    _, sain, _, seance_saine = _deux_dossiers(dossier)
    (dossier / "index.json").write_text("{cassé")
    (dossier / "recherche.idx").write_bytes(b"rien")
    with Depot.ouvrir(dossier) as depot:
        assert depot.reconstruit
        assert len(depot.adherents()) == 2
        assert [r.seance_id for r in depot.rechercher("conservé")] == [seance_saine]


@pytest.mark.usefixtures("umask_standard")
def test_droits_prives(dossier: Path, tmp_path: Path) -> None:
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Droits")
        seance = nouvelle_seance(adherent.id)
        depot.enregistrer_seance(seance)
        depot.exporter(adherent.id)
    with Depot.ouvrir(dossier / "repetition") as repetition:
        repetition.creer_adherent("Simulé")
    assert (
        main(
            [
                "--donnees",
                str(dossier),
                "rgpd",
                "exporter",
                adherent.id,
                "--sortie",
                str(tmp_path / "export"),
            ]
        )
        == 0
    )
    chemins = [dossier, *dossier.rglob("*"), tmp_path / "export", *(tmp_path / "export").iterdir()]
    assert len(chemins) > 10
    for chemin in chemins:
        mode = stat.S_IMODE(chemin.stat().st_mode)
        attendu = 0o700 if chemin.is_dir() else 0o600
        assert mode == attendu, f"{chemin} : {mode:o}"


@pytest.mark.usefixtures("umask_standard")
def test_dossier_existant_garde_ses_droits_mais_ses_contenus_sont_prives(dossier: Path) -> None:
    """Un dossier vide existant est adopté sans changer ses droits (il n'est pas à
    l'assistant) ; tout ce que l'assistant y crée est privé."""
    dossier.mkdir(mode=0o755)
    os.chmod(dossier, 0o755)
    with Depot.ouvrir(dossier):
        pass
    assert stat.S_IMODE(dossier.stat().st_mode) == 0o755
    assert stat.S_IMODE((dossier / "adherents").stat().st_mode) == 0o700


def test_corpus_supprime_pendant_la_session(dossier: Path) -> None:
    _, sain, _, seance_saine = _deux_dossiers(dossier)
    with Depot.ouvrir(dossier) as depot:
        nouvelle = nouvelle_seance(sain, compte_rendu="ajout de la session")
        depot.enregistrer_seance(nouvelle)
        (dossier / "recherche.idx").unlink()
        assert [r.seance_id for r in depot.rechercher("conservé")] == [seance_saine]
        (dossier / "recherche.idx").write_bytes(b"abime")
        depot.enregistrer_seance(nouvelle_seance(sain, compte_rendu="encore un ajout"))
    with Depot.ouvrir(dossier) as depot:
        assert [r.seance_id for r in depot.rechercher("conservé")] == [seance_saine]
        assert [r.seance_id for r in depot.rechercher("de la session")] == [nouvelle.id]
        assert len(depot.rechercher("encore un ajout")) == 1


def test_dossier_restaure_hors_de_l_assistant(dossier: Path, tmp_path: Path) -> None:
    abime, sain, seance_abimee, _ = _deux_dossiers(dossier)
    sauvegarde = tmp_path / "sauvegarde"
    shutil.copytree(dossier / "adherents" / abime, sauvegarde)
    with Depot.ouvrir(dossier) as depot:
        depot.effacer(abime)
    shutil.copytree(sauvegarde, dossier / "adherents" / abime)
    with Depot.ouvrir(dossier) as depot:
        assert depot.reconstruit
        assert {r.id for r in depot.adherents()} == {abime, sain}
        assert depot.seance(seance_abimee).compte_rendu == "texte perdu"
