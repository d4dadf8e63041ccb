"""Les dossiers des adhérents sur disque : où est chaque fichier, et le lire.

Disposition du dossier de données (tout en `0700` / `0600`) ::

    version.json                 version du schéma (TinyDB)
    index.json                   cache : liste des adhérents, résumé des séances
    recherche.idx                cache : texte normalisé des séances
    reglages.json                réglages de la structure (facultatif)
    journal_rgpd.jsonl           journal d'audit RGPD, en ajout seul, sans identifiant
    .verrou                      processus qui écrit (le verrou est posé sur le dossier)
    .session                     présent tant qu'un processus travaille
    adherents/<id>/adherent.json                fiche de l'adhérent (TinyDB)
    adherents/<id>/seances/<seance_id>.json     une séance (TinyDB)

Ce module ne connaît que les fichiers et le verrou du dossier : ni cache, ni
index. Il dit si un dossier peut servir (`adopter_dossier`), l'efface
(`detruire_dossier`), et lit les fiches et les séances (`Dossiers`).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stockage import convertisseurs as conv
from stockage.erreurs import (
    AdherentInconnu,
    DossierAbsent,
    DossierEtranger,
    ErreurDisque,
    ErreurStockage,
    FichierEndommage,
    PasUnDossier,
)
from stockage.fichiers import (
    Verrou,
    creer_dossier,
    est_temporaire,
    supprimer,
    supprimer_arborescence,
)
from stockage.migrations import migrer
from stockage.modeles import Adherent, Seance, est_identifiant
from stockage.tinydb_atomique import Tables, lire_tables

NOM_VERSION = "version.json"
NOM_INDEX = "index.json"
NOM_CORPUS = "recherche.idx"
NOM_REGLAGES = "reglages.json"
NOM_JOURNAL = "journal_rgpd.jsonl"
NOM_SESSION = ".session"
DOSSIER_ADHERENTS = "adherents"
NOM_FICHE = "adherent.json"
DOSSIER_SEANCES = "seances"
PREFIXE_EFFACEMENT = ".efface-"
"""Un dossier d'adhérent en cours d'effacement (fini au démarrage suivant) :
`.efface-<evenement>-<id>` (ou `.efface-<id>` pour les versions précédentes)."""
EVENEMENTS_EFFACEMENT = ("effacement", "purge")
DOSSIERS_CONNUS = frozenset({DOSSIER_ADHERENTS, "conducteurs", "repetition", "retours"})
"""Les sous-dossiers qu'un dossier de données peut contenir avant d'avoir `version.json`."""
TABLE_ADHERENT = "adherent"
TABLE_SEANCE = "seance"

FICHIERS_RACINE = frozenset(
    {NOM_VERSION, NOM_INDEX, NOM_CORPUS, NOM_REGLAGES, NOM_JOURNAL, NOM_SESSION, Verrou.NOM}
)
"""Les fichiers que le dépôt possède à la racine du dossier de données."""


def controler_dossier(chemin: Path) -> bool:
    """Vérifie qu'on peut utiliser `chemin` comme dossier de données, sans rien y écrire.

    Rend faux s'il n'existe pas (il sera créé, en `0700`), vrai si c'est un
    dossier de données de l'assistant ou un dossier vide. Lève `PasUnDossier`
    pour un fichier ou un périphérique, et `DossierEtranger` pour un dossier
    non vide qui n'est pas à l'assistant : on ne prend jamais un dossier en otage."""
    try:
        infos = os.stat(chemin)
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        raise PasUnDossier(chemin) from None
    except OSError as exc:
        raise ErreurDisque(chemin, exc, "ouvrir le dossier de données") from None
    if not stat.S_ISDIR(infos.st_mode):
        raise PasUnDossier(chemin)
    if not _est_dossier_de_donnees(chemin):
        raise DossierEtranger(chemin)
    return True


def adopter_dossier(chemin: Path, creer: bool) -> None:
    """Vérifie `chemin` (voir `controler_dossier`) et le crée en `0700` s'il manque.

    Sans `creer` (lecture seule), un dossier absent lève `DossierAbsent`."""
    if controler_dossier(chemin):
        return
    if not creer:
        raise DossierAbsent(chemin)
    try:
        creer_dossier(chemin)
    except NotADirectoryError:
        raise PasUnDossier(chemin) from None
    except OSError as exc:
        raise ErreurDisque(chemin, exc, "créer le dossier de données") from None


def detruire_dossier(chemin: Path) -> None:
    """Efface tout un dépôt (voir `Depot.detruire`) sous son verrou."""
    if not chemin.is_dir():
        return
    if not (chemin / NOM_VERSION).exists() and (chemin / DOSSIER_ADHERENTS).exists():
        raise ErreurStockage(
            f"Le dossier {chemin} ne ressemble pas à un dossier de données de "
            "l'assistant (pas de version.json) : rien n'a été effacé."
        )
    controler_dossier(chemin)
    verrou = Verrou(chemin)
    verrou.prendre()
    try:
        supprimer_arborescence(chemin / DOSSIER_ADHERENTS)
        with os.scandir(chemin) as entrees:
            noms = [e.name for e in entrees if e.is_file(follow_symlinks=False)]
        for nom in noms:
            if (nom in FICHIERS_RACINE and nom != Verrou.NOM) or est_temporaire(nom):
                supprimer(chemin / nom)
    finally:
        verrou.relacher()
    supprimer(chemin / Verrou.NOM)
    with contextlib.suppress(OSError):
        chemin.rmdir()


def _est_dossier_de_donnees(chemin: Path) -> bool:
    try:
        version = lire_tables(chemin / NOM_VERSION)
    except FichierEndommage:
        version = None
    if version is not None and isinstance(version.get("meta", {}).get("schema"), dict):
        return True
    try:
        with os.scandir(chemin) as entrees:
            noms = {e.name: e.is_dir(follow_symlinks=False) for e in entrees}
    except OSError as exc:
        raise ErreurDisque(chemin, exc, "lire le dossier de données") from None
    for nom, est_dossier in noms.items():
        if nom == NOM_VERSION and not noms.get(DOSSIER_ADHERENTS):
            return False  # un version.json qui n'est pas le nôtre, seul : pas à nous
        if est_temporaire(nom) or (nom in FICHIERS_RACINE and not est_dossier):
            continue
        if est_dossier and nom in DOSSIERS_CONNUS:
            continue
        return False
    if noms.get(DOSSIER_ADHERENTS):
        with os.scandir(chemin / DOSSIER_ADHERENTS) as entrees:
            for entree in entrees:
                if not (est_identifiant(entree.name) or entree.name.startswith(".")):
                    return False
    return True


def document_unique(tables: Tables, table: str, cle: str, chemin: Path) -> dict[str, Any]:
    """Le seul document `cle` de la table `table` d'un fichier, ou `FichierEndommage`."""
    document = tables.get(table, {}).get(cle)
    if not isinstance(document, dict):
        raise FichierEndommage(chemin, f"document « {table} » absent")
    return document


def fichiers_seances(dossier_adherent: Path) -> list[Path]:
    """Les fichiers de séance d'un dossier d'adhérent (sans les temporaires), triés."""
    dossier = dossier_adherent / DOSSIER_SEANCES
    try:
        with os.scandir(dossier) as entrees:
            return sorted(
                Path(entree.path)
                for entree in entrees
                if entree.name.endswith(".json") and not est_temporaire(entree.name)
            )
    except FileNotFoundError:
        return []


class Dossiers:
    """Les chemins du dossier de données et la lecture des fichiers des adhérents."""

    def __init__(self, racine: Path) -> None:
        self.racine = racine
        self.adherents = racine / DOSSIER_ADHERENTS
        """Le dossier qui contient un sous-dossier par adhérent."""

    def dossier_adherent(self, adherent_id: str) -> Path:
        """Le dossier d'un adhérent."""
        return self.adherents / adherent_id

    def fiche(self, adherent_id: str) -> Path:
        """Le fichier de la fiche d'un adhérent."""
        return self.adherents / adherent_id / NOM_FICHE

    def chemin_seance(self, adherent_id: str, seance_id: str) -> Path:
        """Le fichier d'une séance."""
        return self.adherents / adherent_id / DOSSIER_SEANCES / f"{seance_id}.json"

    def dossiers_adherents(self) -> Iterator[Path]:
        """Les dossiers d'adhérents (nommés par un identifiant), par ordre de nom."""
        try:
            with os.scandir(self.adherents) as entrees:
                noms = sorted(
                    entree.name
                    for entree in entrees
                    if entree.is_dir(follow_symlinks=False) and est_identifiant(entree.name)
                )
        except FileNotFoundError:
            return
        for nom in noms:
            yield self.adherents / nom

    def effacements_interrompus(self) -> list[Path]:
        """Les dossiers renommés pour être effacés et restés là (arrêt brutal)."""
        try:
            with os.scandir(self.adherents) as entrees:
                return sorted(
                    Path(e.path) for e in entrees if e.name.startswith(PREFIXE_EFFACEMENT)
                )
        except FileNotFoundError:
            return []

    def lire_adherent(self, adherent_id: str, connu: bool) -> Adherent:
        """La fiche d'un adhérent.

        Un fichier absent est `FichierEndommage` si l'adhérent est `connu` de
        l'index, `AdherentInconnu` sinon."""
        if not est_identifiant(adherent_id):
            raise AdherentInconnu(adherent_id)
        fiche = self.fiche(adherent_id)
        tables = lire_tables(fiche)
        if tables is None:
            if connu:
                raise FichierEndommage(fiche, "fichier manquant")
            raise AdherentInconnu(adherent_id)
        document = document_unique(tables, TABLE_ADHERENT, adherent_id, fiche)
        return conv.document_vers_adherent(document, fiche)

    def lire_seance(self, adherent_id: str, seance_id: str) -> Seance:
        """Une séance, vérifiée rangée dans le dossier de son adhérent."""
        chemin = self.chemin_seance(adherent_id, seance_id)
        tables = lire_tables(chemin)
        if tables is None:
            raise FichierEndommage(chemin, "fichier manquant")
        document = document_unique(tables, TABLE_SEANCE, seance_id, chemin)
        seance = conv.document_vers_seance(document, chemin)
        if seance.adherent_id != adherent_id:
            raise FichierEndommage(chemin, "séance rangée chez un autre adhérent")
        return seance

    def document_seance(self, adherent_id: str, seance_id: str) -> dict[str, Any] | None:
        """Le document stocké d'une séance, au schéma actuel ; None s'il a disparu."""
        chemin = self.chemin_seance(adherent_id, seance_id)
        tables = lire_tables(chemin)
        if tables is None:
            return None
        document = document_unique(tables, TABLE_SEANCE, seance_id, chemin)
        return migrer(TABLE_SEANCE, document, chemin)[0]
