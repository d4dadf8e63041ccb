"""Chaque mauvaise entrée a sa réponse, aucun dossier n'est pris en otage (issue 13).

Les pannes de disque sont simulées en remplaçant des fonctions de `os` (les
tests tournent parfois en root, qui passe outre les droits d'un `chmod`)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from stockage import Depot, DossierVerrouille, ErreurStockage
from stockage.erreurs import DossierEtranger, PasUnDossier
from tests.stockage.outils import nouvelle_seance

Capture = pytest.CaptureFixture[str]
RACINE = Path(__file__).resolve().parents[2]


def lancer(dossier: Path | str, *args: str) -> int:
    return main(["--donnees", str(dossier), *args])


def empreinte(dossier: Path) -> dict[str, tuple[int, str]]:
    """Chaque chemin sous `dossier` avec ses droits et son contenu (dossiers : vide)."""
    resultat: dict[str, tuple[int, str]] = {}
    for chemin in sorted(dossier.rglob("*")):
        infos = chemin.lstat()
        contenu = (
            hashlib.sha256(chemin.read_bytes()).hexdigest() if stat.S_ISREG(infos.st_mode) else ""
        )
        resultat[str(chemin.relative_to(dossier))] = (stat.S_IMODE(infos.st_mode), contenu)
    resultat["."] = (stat.S_IMODE(dossier.stat().st_mode), "")
    return resultat


def remplir(dossier: Path) -> dict[str, str]:
    """Deux adhérents ; Amina a deux séances."""
    with Depot.ouvrir(dossier) as depot:
        amina = depot.creer_adherent("Amina Diallo")
        s1 = nouvelle_seance(amina.id, compte_rendu="Première séance : atelier CV.")
        s2 = nouvelle_seance(amina.id, compte_rendu="Deuxième séance : visite d'entreprise.")
        depot.enregistrer_seance(s1)
        depot.enregistrer_seance(s2)
        jean = depot.creer_adherent("Jean Martin")
        depot.enregistrer_seance(nouvelle_seance(jean.id, compte_rendu="Séance de Jean."))
    return {"amina": amina.id, "s1": s1.id, "s2": s2.id, "jean": jean.id}


def chemin_seance(dossier: Path, adherent_id: str, seance_id: str) -> Path:
    return dossier / "adherents" / adherent_id / "seances" / f"{seance_id}.json"


def refuser_ecritures(monkeypatch: pytest.MonkeyPatch, dossier: Path, code: int) -> None:
    """Toute écriture sous `dossier` échoue avec `code` (disque plein, lecture seule)."""
    racine = str(dossier)
    ouvrir, remplacer = os.open, os.replace
    ecrire_drapeaux = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def dedans(chemin: Any) -> bool:
        return str(chemin).startswith(racine)

    def open_(chemin: Any, drapeaux: int, *args: Any, **kwargs: Any) -> int:
        if dedans(chemin) and drapeaux & ecrire_drapeaux:
            raise OSError(code, os.strerror(code), str(chemin))
        return ouvrir(chemin, drapeaux, *args, **kwargs)

    def refus(nom: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def fonction(chemin: Any, *args: Any, **kwargs: Any) -> Any:
            if dedans(chemin):
                raise OSError(code, os.strerror(code), str(chemin))
            return original(chemin, *args, **kwargs)

        fonction.__name__ = nom
        return fonction

    def replace_(source: Any, cible: Any) -> None:
        if dedans(source) or dedans(cible):
            raise OSError(code, os.strerror(code), str(source))
        remplacer(source, cible)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "replace", replace_)
    for nom in ("mkdir", "unlink", "chmod", "rmdir"):
        monkeypatch.setattr(os, nom, refus(nom, getattr(os, nom)))


# ------------------------------------------------------------------ 1. dossier étranger


COMMANDES = [
    [],
    ["donnees", "verifier"],
    ["donnees", "reparer", "--oui"],
    ["historique", "lister", "Amina Diallo"],
    ["rgpd", "exporter", "Amina Diallo"],
    ["rgpd", "auditer"],
    ["rgpd", "effacer", "Amina Diallo", "--oui"],
    ["rgpd", "purger", "--oui"],
    ["conducteurs", "lister"],
    ["conducteurs", "nouveau", "mon-guide"],
]


@pytest.mark.usefixtures("umask_standard")
def test_dossier_etranger_refuse_sans_rien_toucher(tmp_path: Path, capsys: Capture) -> None:
    etranger = tmp_path / "Documents"
    etranger.mkdir(mode=0o755)
    (etranger / "notes.txt").write_text("mes notes")
    (etranger / "photos").mkdir()
    avant = empreinte(etranger)
    for commande in COMMANDES:
        assert lancer(etranger, *commande) != 0, commande
        sortie = capsys.readouterr()
        assert f"Le dossier {etranger} n'est pas vide" in sortie.err, commande
        assert "Traceback" not in sortie.err
        assert empreinte(etranger) == avant, commande
    with pytest.raises(DossierEtranger):
        Depot.ouvrir(etranger)
    assert empreinte(etranger) == avant


def test_dossier_etranger_par_la_variable(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    etranger = tmp_path / "projet"
    etranger.mkdir()
    (etranger / "version.json").write_text('{"version": "1.2.3"}')  # pas le nôtre
    avant = empreinte(etranger)
    monkeypatch.setenv("ENTRETIEN_DONNEES", str(etranger))
    assert main(["donnees", "verifier"]) != 0
    assert str(etranger) in capsys.readouterr().err
    assert empreinte(etranger) == avant


@pytest.mark.usefixtures("umask_standard")
def test_dossier_vide_adopte_sans_changer_ses_droits(tmp_path: Path) -> None:
    vide = tmp_path / "vide"
    vide.mkdir(mode=0o750)
    os.chmod(vide, 0o750)
    with Depot.ouvrir(vide) as depot:
        depot.creer_adherent("Amina Diallo")
    assert stat.S_IMODE(vide.stat().st_mode) == 0o750
    assert (vide / "version.json").is_file()
    # Créé par l'assistant : privé.
    neuf = tmp_path / "neuf" / "donnees"
    with Depot.ouvrir(neuf):
        pass
    assert stat.S_IMODE(neuf.stat().st_mode) == 0o700
    # Un dossier de données est reconnu ensuite, même avec des fichiers à côté.
    (vide / "sauvegarde.zip").write_bytes(b"PK")
    with Depot.ouvrir(vide) as depot:
        assert [r.nom for r in depot.adherents()] == ["Amina Diallo"]


def test_conducteurs_de_la_structure_avant_le_premier_lancement(
    tmp_path: Path, capsys: Capture
) -> None:
    """`conducteurs nouveau` crée DONNEES/conducteurs : le dossier reste adoptable."""
    dossier = tmp_path / "donnees"
    assert lancer(dossier, "conducteurs", "nouveau", "mon-guide") == 0
    assert lancer(dossier, "donnees", "verifier") == 0
    with Depot.ouvrir(dossier):
        pass
    capsys.readouterr()


def test_option_donnees_vide_refusee(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for commande in (["donnees", "verifier"], ["rgpd", "purger", "--oui"], []):
        assert main(["--donnees", "", *commande]) == 2
        assert "--donnees est vide" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_un_fichier_ou_un_peripherique_n_est_pas_un_dossier(
    tmp_path: Path, capsys: Capture
) -> None:
    fichier = tmp_path / "donnees.txt"
    fichier.write_text("x")
    for chemin in (fichier, Path(os.devnull), fichier / "sous-dossier"):
        for commande in COMMANDES:
            assert lancer(chemin, *commande) != 0, (chemin, commande)
            erreur = capsys.readouterr().err
            assert "n'est pas un dossier" in erreur, (chemin, commande)
            assert "Traceback" not in erreur
    assert fichier.read_text() == "x"
    with pytest.raises(PasUnDossier):
        Depot.ouvrir(fichier)


LECTURES = [
    ["donnees", "verifier"],
    ["historique", "lister", "Amina Diallo"],
    ["rgpd", "auditer"],
    ["conducteurs", "lister"],
]


def test_les_commandes_de_lecture_ne_creent_ni_n_ecrivent_rien(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    absent = tmp_path / "absent"
    for commande in [*LECTURES, ["rgpd", "exporter", "Amina Diallo"]]:
        lancer(absent, *commande)
        assert not absent.exists(), commande
    dossier = tmp_path / "donnees"
    remplir(dossier)
    monkeypatch.chdir(tmp_path)
    avant = empreinte(dossier)
    for commande in LECTURES:
        lancer(dossier, *commande)
        assert empreinte(dossier) == avant, commande
    assert lancer(dossier, "rgpd", "exporter", "Amina Diallo") == 0
    apres = empreinte(dossier)
    # Seul le journal RGPD note l'export (droit d'accès exercé).
    assert {k for k in apres if apres[k] != avant.get(k)} == {"journal_rgpd.jsonl"}
    capsys.readouterr()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_droit_d_acces_sur_disque_plein_ou_en_lecture_seule(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    dossier = tmp_path / "donnees"
    ids = remplir(dossier)
    (dossier / ".session").write_text("123")  # arrêt brutal : caches à refaire en mémoire
    (dossier / "recherche.idx").write_bytes(b"abime")
    sortie = tmp_path / "export"
    sortie.mkdir()
    avant = empreinte(dossier)
    refuser_ecritures(monkeypatch, dossier, code)
    assert lancer(dossier, "donnees", "verifier") == 0
    assert lancer(dossier, "historique", "lister", "Amina Diallo") == 0
    assert lancer(dossier, "rgpd", "auditer") in (0, 1)
    assert lancer(dossier, "rgpd", "exporter", ids["amina"], "--sortie", str(sortie)) == 0
    sorties = capsys.readouterr()
    assert "Traceback" not in sorties.err and "[Errno" not in sorties.err
    assert "journal RGPD" in sorties.err  # l'export n'a pas pu être noté : c'est dit
    assert "atelier CV" in (sortie / f"export-{ids['amina']}.md").read_text()
    with Depot.ouvrir(dossier, lecture_seule=True) as depot:
        assert [r.seance_id for r in depot.rechercher("visite")] == [ids["s2"]]
    monkeypatch.undo()
    assert empreinte(dossier) == avant


# ------------------------------------------------------------------ 2. aucune trace


def test_fermer_sur_disque_plein_dit_le_fichier_et_garde_les_donnees(
    dossier: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    depot = Depot.ouvrir(dossier)
    adherent = depot.creer_adherent("Amina Diallo")
    depot.enregistrer_seance(nouvelle_seance(adherent.id, compte_rendu="Atelier CV."))

    def plein(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", plein)
    with pytest.raises(ErreurStockage) as exc:
        depot.fermer()
    message = str(exc.value)
    assert "disque plein" in message and str(dossier) in message
    assert "[Errno" not in message and "No space" not in message
    assert not depot.ouvert
    depot._fermer_en_sortie()  # à la sortie du programme : rien ne remonte
    monkeypatch.undo()
    with Depot.ouvrir(dossier) as relu:
        assert relu.reconstruit  # `.session` est restée : caches refaits
        assert [r.seance_id for r in relu.rechercher("atelier")] != []


@pytest.mark.parametrize("mois", ["99999999999", "0", "-3", "601"])
def test_purger_refuse_une_duree_absurde(dossier: Path, capsys: Capture, mois: str) -> None:
    remplir(dossier)
    with pytest.raises(SystemExit) as sortie:
        lancer(dossier, "rgpd", "purger", "--mois", mois, "--simulation")
    assert sortie.value.code == 2
    assert "la durée doit aller de 1 à 600 mois" in capsys.readouterr().err
    with Depot.ouvrir(dossier) as depot, pytest.raises(ErreurStockage, match="de 1 à 600"):
        depot.a_purger(10**9)


def test_erreur_systeme_en_francais_avec_le_fichier(
    dossier: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    remplir(dossier)
    ouvrir = os.open

    def refus(chemin: Any, drapeaux: int, *args: Any, **kwargs: Any) -> int:
        if ".session" in str(chemin):
            raise PermissionError(errno.EACCES, "Permission denied", str(chemin))
        return ouvrir(chemin, drapeaux, *args, **kwargs)

    monkeypatch.setattr(os, "open", refus)
    assert lancer(dossier, "rgpd", "purger", "--oui") == 1
    erreur = capsys.readouterr().err
    assert "permission refusée" in erreur and str(dossier / ".session") in erreur
    assert "[Errno" not in erreur and "Permission denied" not in erreur


@pytest.mark.parametrize(
    ("contenu", "attendu"),
    [
        (b"{pas du json", "JSON invalide, ligne 1"),
        (b'{"conservation_mois": "deux ans"}', "un nombre entier est attendu"),
        (b'{"conservation_mois": 0}', "au moins 1 est attendu"),
        (b"[24]", "un objet JSON est attendu"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_reglages_invalides_conseil_juste(
    dossier: Path, capsys: Capture, contenu: bytes, attendu: str
) -> None:
    remplir(dossier)
    (dossier / "reglages.json").write_bytes(contenu)
    assert lancer(dossier, "rgpd", "purger", "--simulation") == 1
    erreur = capsys.readouterr().err
    assert "reglages.json" in erreur and attendu in erreur
    assert "supprimez-le pour revenir aux réglages par défaut" in erreur
    assert "rgpd effacer" not in erreur and "Input should" not in erreur


# ------------------------------------------------------------------ 3. un fichier, pas tout


@pytest.fixture
def seance_illisible(
    dossier: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[dict[str, str], Path]]:
    """Une séance d'Amina dont la lecture échoue (droits), les autres sont saines."""
    ids = remplir(dossier)
    cible = chemin_seance(dossier, ids["amina"], ids["s1"])
    lire = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == cible:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return lire(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    yield ids, cible


def test_seance_illisible_nommee_les_autres_listees(
    seance_illisible: tuple[dict[str, str], Path], dossier: Path, capsys: Capture
) -> None:
    ids, cible = seance_illisible
    assert lancer(dossier, "historique", "lister", "Amina Diallo") == 1
    sortie = capsys.readouterr()
    assert ids["s2"] in sortie.out
    assert str(cible) in sortie.err and "permission refusée" in sortie.err
    with Depot.ouvrir(dossier, lecture_seule=True) as depot:
        seances, illisibles = depot.seances_lisibles(ids["amina"])
        assert [s.id for s in seances] == [ids["s2"]]
        assert [e.chemin for e in illisibles] == [cible]
        assert [r.seance_id for r in depot.rechercher("visite")] == [ids["s2"]]


def test_seance_illisible_n_empeche_ni_l_export_ni_l_audit(
    seance_illisible: tuple[dict[str, str], Path],
    dossier: Path,
    tmp_path: Path,
    capsys: Capture,
) -> None:
    ids, cible = seance_illisible
    sortie = tmp_path / "export"
    assert lancer(dossier, "rgpd", "exporter", ids["amina"], "--sortie", str(sortie)) == 1
    erreur = capsys.readouterr().err
    assert str(cible) in erreur
    export = json.loads((sortie / f"export-{ids['amina']}.json").read_text())
    assert [s["id"] for s in export["seances"]] == [ids["s2"]]
    assert export["fichiers_illisibles"] == [str(cible)]
    assert lancer(dossier, "rgpd", "auditer") == 1
    sorties = capsys.readouterr()
    assert "sur 2." in sorties.out  # celle de Jean et la saine d'Amina
    assert str(cible) in sorties.err


def test_caches_illisibles_refaits_en_memoire(
    dossier: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = remplir(dossier)
    (dossier / "recherche.idx").unlink()
    (dossier / "recherche.idx").mkdir()  # ni lisible ni remplaçable
    with Depot.ouvrir(dossier) as depot:
        assert any("cache de recherche" in a for a in depot.avertissements)
        assert [r.seance_id for r in depot.rechercher("visite")] == [ids["s2"]]
        depot.avertissements.clear()
    (dossier / "recherche.idx").rmdir()
    index = dossier / "index.json"
    lire = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == index:
            raise OSError(errno.EIO, "Input/output error", str(self))
        return lire(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with Depot.ouvrir(dossier, lecture_seule=True) as depot:
        assert depot.caches_perimes
        assert {r.nom for r in depot.adherents()} == {"Amina Diallo", "Jean Martin"}
        assert [r.seance_id for r in depot.rechercher("visite")] == [ids["s2"]]


def test_verrou_impossible_a_poser_nomme_le_dossier(
    dossier: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    remplir(dossier)
    ouvrir = os.open

    def refus(chemin: Any, drapeaux: int, *args: Any, **kwargs: Any) -> int:
        if Path(chemin) == dossier:
            raise PermissionError(errno.EACCES, "Permission denied", str(chemin))
        return ouvrir(chemin, drapeaux, *args, **kwargs)

    monkeypatch.setattr(os, "open", refus)
    assert lancer(dossier, "donnees", "verifier") == 1
    erreur = capsys.readouterr().err
    assert str(dossier) in erreur and "permission refusée" in erreur
    assert "[Errno" not in erreur


# ------------------------------------------------------------------ 4. vérifier, réparer


def etat_a_reparer(dossier: Path) -> dict[str, str]:
    """Un dossier après un arrêt brutal : temporaires, effacement interrompu, caches
    périmés, droits trop ouverts, et une séance endommagée (jamais touchée)."""
    ids = remplir(dossier)
    (dossier / ".tmp-index.json-abcdef").write_bytes(b"{")
    seances = chemin_seance(dossier, ids["amina"], ids["s2"]).parent
    (seances / f".tmp-{ids['s2']}.json-123456").write_bytes(b"{")
    (dossier / ".session").write_text("4242")
    os.chmod(chemin_seance(dossier, ids["amina"], ids["s2"]), 0o644)
    with Depot.ouvrir(dossier / "autre") as autre:
        efface = autre.creer_adherent("Effacé Interrompu")
        autre.enregistrer_seance(nouvelle_seance(efface.id))
    os.replace(
        dossier / "autre" / "adherents" / efface.id,
        dossier / "adherents" / f".efface-{efface.id}",
    )
    chemin_seance(dossier, ids["jean"], next(iter(_seances(dossier, ids["jean"])))).write_bytes(
        b"{abime"
    )
    return ids | {"efface": efface.id}


def _seances(dossier: Path, adherent_id: str) -> list[str]:
    return [p.stem for p in (dossier / "adherents" / adherent_id / "seances").glob("*.json")]


def test_verifier_ne_change_rien(dossier: Path, capsys: Capture) -> None:
    etat_a_reparer(dossier)
    avant = empreinte(dossier)
    assert lancer(dossier, "donnees", "verifier") == 1
    assert empreinte(dossier) == avant
    sortie = capsys.readouterr().out
    assert ".tmp-index.json-abcdef" in sortie
    assert "à terminer" in sortie and ".efface-" in sortie
    assert "à reconstruire" in sortie and ".session" in sortie
    assert "droits trop ouverts" in sortie
    assert "ENDOMMAGÉ" in sortie
    assert "donnees reparer" in sortie


def test_reparer_demande_avant_de_reparer(
    dossier: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from assistant.cli import donnees

    ids = etat_a_reparer(dossier)
    avant = empreinte(dossier)
    # Sans terminal et sans --oui : refus, rien n'est touché.
    monkeypatch.setattr(sys, "stdin", io.StringIO("oui\n"))
    assert lancer(dossier, "donnees", "reparer") == 2
    assert "--oui" in capsys.readouterr().err
    assert empreinte(dossier) == avant
    # Avec un terminal : la question, et « non » n'y change rien.
    monkeypatch.setattr(donnees, "peut_demander", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("non\n"))
    assert lancer(dossier, "donnees", "reparer") == 1
    sortie = capsys.readouterr().out
    assert "Réparations à faire" in sortie and "Tapez « oui »" in sortie
    assert empreinte(dossier) == avant
    # --oui : les réparations listées sont faites ; la séance endommagée reste telle quelle.
    abimee = chemin_seance(dossier, ids["jean"], _seances(dossier, ids["jean"])[0])
    assert lancer(dossier, "donnees", "reparer", "--oui") == 1
    sortie = capsys.readouterr().out
    assert "Réparations terminées" in sortie
    assert abimee.read_bytes() == b"{abime"
    assert not [p for p in dossier.rglob(".tmp-*")]
    assert not (dossier / "adherents" / f".efface-{ids['efface']}").exists()
    assert not (dossier / ".session").exists()
    mode = stat.S_IMODE(chemin_seance(dossier, ids["amina"], ids["s2"]).stat().st_mode)
    assert mode == 0o600
    assert lancer(dossier, "donnees", "verifier", "--problemes") == 1
    sortie = capsys.readouterr().out
    assert "temporaire" not in sortie and "à reconstruire" not in sortie


# ------------------------------------------------------------------ 5. effacement interrompu


@pytest.mark.parametrize(("prefixe", "evenement"), [("", "effacement"), ("purge-", "purge")])
def test_effacement_interrompu_fini_et_journalise(
    dossier: Path, prefixe: str, evenement: str
) -> None:
    ids = remplir(dossier)
    (dossier / "journal_rgpd.jsonl").write_text(
        json.dumps({"le": "2025-01-01T00:00:00+00:00", "evenement": "export"})
        + "\n"
        + json.dumps({"evenement": "export", "adherent_id": ids["amina"]})  # ancienne version
        + "\n"
    )
    # Arrêt brutal juste après le renommage qui ouvre l'effacement.
    os.replace(
        dossier / "adherents" / ids["amina"],
        dossier / "adherents" / f".efface-{prefixe}{ids['amina']}",
    )
    (dossier / ".session").write_text("4242")
    with Depot.ouvrir(dossier) as depot:
        assert [r.nom for r in depot.adherents()] == ["Jean Martin"]
        journal = depot.journal_rgpd()
    assert journal[-1]["evenement"] == evenement
    assert journal[-1]["seances"] == 2 and journal[-1]["termine_au_demarrage"] == 1
    assert not list((dossier / "adherents").glob(".efface-*"))
    brut = b"".join(p.read_bytes() for p in dossier.rglob("*") if p.is_file())
    assert b"Amina" not in brut
    # L'identifiant noté par une version précédente disparaît au prochain effacement.
    with Depot.ouvrir(dossier) as depot:
        depot.effacer(ids["jean"])
    journal_brut = (dossier / "journal_rgpd.jsonl").read_bytes()
    assert ids["jean"].encode() not in journal_brut


def test_effacement_sans_identifiant_au_journal(dossier: Path) -> None:
    ids = remplir(dossier)
    with Depot.ouvrir(dossier) as depot:
        (dossier / "journal_rgpd.jsonl").write_text(
            json.dumps({"evenement": "export", "adherent_id": ids["amina"]}) + "\n"
        )
        depot.effacer(ids["amina"])
        assert depot.journal_rgpd()[-1] == {
            "le": depot.journal_rgpd()[-1]["le"],
            "evenement": "effacement",
            "seances": 2,
        }
    assert ids["amina"].encode() not in (dossier / "journal_rgpd.jsonl").read_bytes()


# ------------------------------------------------------------------ 6. le verrou tient


def test_supprimer_le_fichier_de_verrou_ne_libere_pas_le_dossier(dossier: Path) -> None:
    with Depot.ouvrir(dossier):
        pass
    enfant = subprocess.Popen(
        [sys.executable, "-m", "tests.stockage.enfant", "tenir", str(dossier)],
        cwd=RACINE,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert enfant.stdout is not None and enfant.stdout.readline().strip() == "pret"
        (dossier / ".verrou").unlink()
        with pytest.raises(DossierVerrouille) as exc:
            Depot.ouvrir(dossier)
        assert str(dossier) in str(exc.value)
        with pytest.raises(DossierVerrouille):
            Depot.ouvrir(dossier, lecture_seule=True)
    finally:
        enfant.communicate("")
    assert enfant.returncode == 0
    with Depot.ouvrir(dossier):
        pass


def test_lectures_partagees_ecriture_exclusive(dossier: Path) -> None:
    remplir(dossier)
    with (
        Depot.ouvrir(dossier, lecture_seule=True) as lecteur,
        Depot.ouvrir(dossier, lecture_seule=True) as second,
    ):
        assert len(lecteur.adherents()) == len(second.adherents()) == 2
        with pytest.raises(DossierVerrouille):
            Depot.ouvrir(dossier)
        with pytest.raises(ErreurStockage, match="lecture seule"):
            lecteur.creer_adherent("Personne")
