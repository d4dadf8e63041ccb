"""Versions du schéma des documents et migrations de l'une à la suivante.

Chaque document stocké porte `version_schema`. À la lecture, un document plus
ancien est migré pas à pas (`MIGRATIONS[genre][n]` passe de `n` à `n + 1`) ;
à l'ouverture d'un dossier plus ancien, le dépôt réécrit tous les fichiers,
puis note la nouvelle version dans `version.json`. Une migration reçoit une
copie du document et la rend modifiée : elle doit être rejouable sans danger,
car un arrêt brutal peut interrompre la réécriture.

Pour ajouter la version 2 : passer `VERSION_SCHEMA` à 2 et écrire
`MIGRATIONS["seance"][1] = fonction` (et pour les autres genres touchés).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from stockage.erreurs import SchemaTropRecent

VERSION_SCHEMA = 1
"""Version actuelle du schéma des documents et du dossier."""

Document = dict[str, Any]
Migration = Callable[[Document], Document]
"""Transforme un document de la version n en version n + 1."""

GENRES = ("adherent", "seance")
"""Les genres de documents migrés."""

MIGRATIONS: dict[str, dict[int, Migration]] = {genre: {} for genre in GENRES}
"""Par genre de document : version de départ → migration vers la suivante."""


def version_actuelle() -> int:
    """La version du schéma que cette version de l'assistant écrit."""
    return VERSION_SCHEMA


def version_document(document: Document) -> int:
    """La version d'un document (1 si elle n'est pas notée)."""
    version = document.get("version_schema", 1)
    return version if isinstance(version, int) and version >= 1 else 1


def migrer(genre: str, document: Document, chemin: Path) -> tuple[Document, bool]:
    """Amène `document` à la version actuelle ; rend (document, migré ?).

    Lève `SchemaTropRecent` pour un document écrit par une version plus
    récente : il ne faut alors rien réécrire."""
    cible = version_actuelle()
    version = version_document(document)
    if version > cible:
        raise SchemaTropRecent(chemin, version, cible)
    if version == cible and document.get("version_schema") == cible:
        return document, False
    migrations = MIGRATIONS.get(genre, {})
    while version < cible:
        etape = migrations.get(version)
        if etape is not None:
            document = etape(dict(document))
        version += 1
    document["version_schema"] = cible
    return document, True
