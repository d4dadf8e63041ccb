"""TinyDB derrière un stockage à nous : écritures atomiques, clés UUID.

`JSONStorage` de TinyDB réécrit le fichier en place : un arrêt au milieu le
laisse illisible (tinydb#301, #461). `StockageAtomique` écrit chaque version
complète dans un fichier temporaire puis le substitue (voir
`stockage.fichiers.ecrire_atomique`), en UTF-8, en `0600`. Il ne crée aucun
fichier tant qu'on ne lui demande pas d'écrire.

`BaseUuid` range les documents sous leur propre identifiant (UUID), pas sous le
`doc_id` entier de TinyDB, et sait remplacer un document entier en une seule
écriture (`TableUuid.remplacer`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from stockage.erreurs import FichierEndommage, raison_systeme
from stockage.fichiers import ecrire_atomique

Tables = dict[str, dict[str, Any]]


def decoder(chemin: Path, contenu: bytes) -> Tables:
    """Décode le contenu d'un fichier TinyDB ; lève `FichierEndommage` sinon."""
    try:
        donnees = json.loads(contenu.decode("utf-8"))
    except UnicodeDecodeError:
        raise FichierEndommage(chemin, "encodage illisible") from None
    except json.JSONDecodeError as exc:
        raise FichierEndommage(
            chemin, f"JSON invalide, ligne {exc.lineno}, colonne {exc.colno}"
        ) from None
    except RecursionError:
        raise FichierEndommage(chemin, "structure trop profonde") from None
    if not isinstance(donnees, dict) or not all(
        isinstance(table, dict) for table in donnees.values()
    ):
        raise FichierEndommage(chemin, "ce n'est pas une base TinyDB")
    return donnees


def encoder(donnees: Mapping[str, Any]) -> bytes:
    """Le contenu d'un fichier TinyDB : JSON compact en UTF-8."""
    return json.dumps(donnees, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def lire_tables(chemin: Path) -> Tables | None:
    """Les tables d'un fichier, ou None s'il n'existe pas."""
    try:
        contenu = chemin.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise FichierEndommage(chemin, "un dossier occupe la place du fichier") from None
    except OSError as exc:
        raise FichierEndommage(chemin, f"lecture impossible : {raison_systeme(exc)}") from None
    return decoder(chemin, contenu)


class StockageAtomique(Storage):
    """Stockage TinyDB : un fichier JSON remplacé atomiquement à chaque écriture."""

    def __init__(self, chemin: str | Path) -> None:
        self.chemin = Path(chemin)

    def read(self) -> Tables | None:
        """Lit tout le fichier (None s'il n'existe pas encore)."""
        return lire_tables(self.chemin)

    def write(self, data: Mapping[str, Any]) -> None:
        """Remplace tout le fichier, de façon atomique et durable."""
        ecrire_atomique(self.chemin, encoder(data))

    def close(self) -> None:
        """Rien à fermer : aucun descripteur n'est gardé ouvert."""


class TableUuid(Table):
    """Une table TinyDB dont les clés sont les UUID des documents."""

    document_id_class = str  # type: ignore[assignment]

    def remplacer(self, document: Mapping[str, Any]) -> None:
        """Écrit le document entier sous sa clé `id` (création ou remplacement)."""
        cle = str(document["id"])
        contenu = dict(document)

        def remplacement(table: dict[Any, Mapping[str, Any]]) -> None:
            table[cle] = contenu

        self._update_table(remplacement)

    def supprimer(self, cle: str) -> None:
        """Retire le document de clé `cle` s'il existe."""

        def retrait(table: dict[Any, Mapping[str, Any]]) -> None:
            table.pop(cle, None)

        self._update_table(retrait)

    def document(self, cle: str) -> dict[str, Any] | None:
        """Le document de clé `cle`, ou None.

        Le stockage relit le fichier à chaque appel et `_read_table` ne passe
        pas par le cache de requêtes : le dict rendu n'est partagé avec rien
        (le piège de tinydb#516 ne s'applique pas)."""
        trouve = self._read_table().get(cle)
        return dict(trouve) if trouve is not None else None

    def documents(self) -> list[dict[str, Any]]:
        """Tous les documents de la table (non partagés, voir `document`)."""
        return [dict(doc) for doc in self._read_table().values()]


class BaseUuid(TinyDB):
    """Une base TinyDB sur `StockageAtomique`, aux tables `TableUuid`."""

    table_class = TableUuid

    def __init__(self, chemin: Path) -> None:
        super().__init__(chemin, storage=StockageAtomique)

    def table_uuid(self, nom: str) -> TableUuid:
        """La table `nom`, typée."""
        table = self.table(nom)
        assert isinstance(table, TableUuid)
        return table
