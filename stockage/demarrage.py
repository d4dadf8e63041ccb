"""Le démarrage d'un dépôt : reprise après un arrêt brutal, migrations, caches.

`.session` existe tant qu'un processus travaille. S'il est là à
l'ouverture, le processus précédent s'est arrêté brutalement : les fichiers
temporaires sont balayés et les caches reconstruits depuis les dossiers. Les
effacements interrompus sont finis, et les documents d'un schéma plus ancien
migrés, avant tout travail.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from stockage.caches import Caches
from stockage.controle import (
    EVENEMENTS_EFFACEMENT,
    NOM_FICHE,
    NOM_SESSION,
    NOM_VERSION,
    PREFIXE_EFFACEMENT,
)
from stockage.dossiers import TABLE_ADHERENT, TABLE_SEANCE, Dossiers, fichiers_seances
from stockage.erreurs import FichierEndommage
from stockage.fichiers import (
    balayer_temporaires,
    creer_dossier,
    ecrire_atomique,
    proteger_dossier,
    supprimer_arborescence,
)
from stockage.migrations import migrer, version_actuelle
from stockage.rgpd import JournalRgpd
from stockage.tinydb_atomique import StockageAtomique, lire_tables


def demarrer(
    dossiers: Dossiers, caches: Caches, journal: JournalRgpd, lecture_seule: bool = False
) -> None:
    """Prépare un dossier qu'on vient d'ouvrir : reprise, migrations, caches, `.session`.

    En lecture seule, rien n'est écrit (voir `demarrer_en_lecture`)."""
    if lecture_seule:
        demarrer_en_lecture(dossiers, caches)
        return
    racine = dossiers.racine
    balayer_temporaires(racine)
    creer_dossier(dossiers.adherents)
    proteger_dossier(dossiers.adherents)
    interrompu = (racine / NOM_SESSION).exists()
    version = lire_version(dossiers)
    if version is None:
        _ecrire_version(racine)
    elif version < version_actuelle() or not _version_lisible(racine):
        _migrer_tout(dossiers)
        _ecrire_version(racine)
        interrompu = True
    finir_effacements(dossiers, journal)
    if interrompu:
        balayer_temporaires(dossiers.adherents, recursif=True)
    if interrompu or not caches.charger():
        caches.reconstruire()
    ecrire_atomique(racine / NOM_SESSION, str(os.getpid()).encode("ascii"))


def demarrer_en_lecture(dossiers: Dossiers, caches: Caches) -> None:
    """Charge l'index sans rien écrire ; s'il est périmé, le refait en mémoire
    et note pourquoi dans `caches.perimes`."""
    interrompu = (dossiers.racine / NOM_SESSION).exists()
    version = lire_version(dossiers)  # lève SchemaTropRecent si besoin
    if not dossiers.adherents.is_dir():
        return  # dossier adopté mais encore vide : rien à indexer
    if interrompu:
        caches.perimes = "arrêt brutal de la dernière session"
    elif version is not None and version < version_actuelle():
        caches.perimes = "dossier d'une version précédente"
    elif not caches.charger():
        caches.perimes = "index absent, illisible ou en retard sur les dossiers"
    if caches.perimes:
        caches.reconstruire()


def lire_version(dossiers: Dossiers) -> int | None:
    """La version notée du dossier ; None pour un dossier neuf.

    Si `version.json` est illisible, chaque document portant sa propre
    version, on repart de la version 1 : les migrations, rejouables, ne
    touchent que les documents plus anciens, et `version.json` est réécrit."""
    chemin = dossiers.racine / NOM_VERSION
    try:
        tables = lire_tables(chemin)
    except FichierEndommage:
        return 1
    if tables is None:
        return 1 if any(dossiers.dossiers_adherents()) else None
    document = tables.get("meta", {}).get("schema")
    if not isinstance(document, dict):
        return 1
    migrer("dossier", dict(document), chemin)  # lève SchemaTropRecent si besoin
    version = document.get("version_schema")
    return version if isinstance(version, int) and version >= 1 else 1


def _version_lisible(racine: Path) -> bool:
    try:
        tables = lire_tables(racine / NOM_VERSION)
    except FichierEndommage:
        return False
    return tables is not None and isinstance(tables.get("meta", {}).get("schema"), dict)


def _ecrire_version(racine: Path) -> None:
    document = {"id": "schema", "version_schema": version_actuelle()}
    StockageAtomique(racine / NOM_VERSION).write({"meta": {"schema": document}})


def _migrer_tout(dossiers: Dossiers) -> None:
    """Réécrit chaque document ancien au schéma actuel (fichiers illisibles laissés)."""
    for dossier in dossiers.dossiers_adherents():
        fichiers = [(dossier / NOM_FICHE, TABLE_ADHERENT)]
        fichiers += [(f, TABLE_SEANCE) for f in fichiers_seances(dossier)]
        for chemin, table in fichiers:
            with contextlib.suppress(FichierEndommage):
                _migrer_fichier(chemin, table)


def _migrer_fichier(chemin: Path, table: str) -> None:
    tables = lire_tables(chemin)
    if tables is None:
        return
    change = False
    for cle, document in list(tables.get(table, {}).items()):
        if isinstance(document, dict):
            nouveau, migre = migrer(table, document, chemin)
            tables[table][cle] = nouveau
            change = change or migre
    if change:
        StockageAtomique(chemin).write(tables)


def finir_effacements(dossiers: Dossiers, journal: JournalRgpd) -> None:
    """Finit les effacements interrompus par un arrêt brutal, et les note au journal."""
    for reste in dossiers.effacements_interrompus():
        suite = reste.name.removeprefix(PREFIXE_EFFACEMENT)
        evenement = suite.split("-", 1)[0]
        if evenement not in EVENEMENTS_EFFACEMENT:
            evenement = "effacement"  # nom des versions précédentes : .efface-<id>
        seances = len(fichiers_seances(reste))
        supprimer_arborescence(reste)
        journal.noter(evenement, seances=seances, termine_au_demarrage=1)
