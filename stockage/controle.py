"""Le contrôle d'un dossier de données avant de l'ouvrir : léger, sans modèle.

La ligne de commande refuse un dossier inutilisable (fichier, périphérique, dossier
d'autre chose) avant même d'ouvrir l'accueil : ce module ne charge ni pydantic ni
les modèles, pour que ce contrôle ne retarde pas le premier écran. Il donne aussi
les noms des fichiers du dossier de données (voir `stockage.dossiers`).
"""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

from stockage.erreurs import DossierEtranger, ErreurDisque, FichierEndommage, PasUnDossier
from stockage.fichiers import Verrou, est_temporaire
from stockage.tinydb_atomique import lire_tables

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

FICHIERS_RACINE = frozenset(
    {NOM_VERSION, NOM_INDEX, NOM_CORPUS, NOM_REGLAGES, NOM_JOURNAL, NOM_SESSION, Verrou.NOM}
)
"""Les fichiers que le dépôt possède à la racine du dossier de données."""


def est_identifiant(texte: str) -> bool:
    """Vrai si `texte` a la forme d'un identifiant (UUID)."""
    try:
        uuid.UUID(texte)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


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
