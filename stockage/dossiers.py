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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stockage import convertisseurs as conv
from stockage.controle import (
    DOSSIER_ADHERENTS,
    DOSSIER_SEANCES,
    FICHIERS_RACINE,
    NOM_FICHE,
    NOM_VERSION,
    PREFIXE_EFFACEMENT,
    controler_dossier,
    est_identifiant,
)
from stockage.erreurs import (
    AdherentInconnu,
    DossierAbsent,
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
from stockage.modeles import Adherent, Seance
from stockage.tinydb_atomique import Tables, lire_tables

TABLE_ADHERENT = "adherent"
TABLE_SEANCE = "seance"


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
