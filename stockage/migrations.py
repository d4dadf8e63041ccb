"""Versions du schéma des documents et migrations de l'une à la suivante.

Chaque document stocké porte `version_schema`. À la lecture, un document plus
ancien est migré pas à pas (`MIGRATIONS[genre][n]` passe de `n` à `n + 1`) ;
à l'ouverture d'un dossier plus ancien, le dépôt réécrit tous les fichiers,
puis note la nouvelle version dans `version.json`. Une migration reçoit une
copie du document et la rend modifiée : elle doit être rejouable sans danger,
car un arrêt brutal peut interrompre la réécriture.

Pour ajouter la version 3 : passer `VERSION_SCHEMA` à 3 et écrire
`MIGRATIONS["seance"][2] = fonction` (et pour les autres genres touchés).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from stockage.erreurs import SchemaTropRecent

VERSION_SCHEMA = 2
"""Version actuelle du schéma des documents et du dossier.

Version 2 : l'adhérent garde l'historique de son consentement
(`consentements`, une liste d'événements) ; le consentement unique de la
version 1 y devient un événement (et un second si le formulaire était signé)."""

Document = dict[str, Any]
Migration = Callable[[Document], Document]
"""Transforme un document de la version n en version n + 1."""

GENRES = ("adherent", "seance")
"""Les genres de documents migrés."""


def _consentement_en_historique(document: Document) -> Document:
    """Version 1 → 2 : le consentement unique devient le premier événement de l'historique.

    Rejouable : un document qui a déjà un historique n'est pas touché."""
    consentement = document.get("consentement")
    if document.get("consentements") or not isinstance(consentement, dict):
        document.setdefault("consentements", [])
        return document
    conducteur, _, version = str(consentement.get("version_information") or "").partition(" ")
    jour = consentement.get("date")
    evenements: list[Document] = [
        {
            "type": "donne" if consentement.get("accord") else "refuse",
            "date": jour,
            "conducteur": conducteur,
            "version": version.strip(),
            "seance_id": None,
            "le": None,
        }
    ]
    if consentement.get("accord") and consentement.get("formulaire_signe"):
        evenements.append({**evenements[0], "type": "formulaire_signe"})
    document["consentements"] = evenements
    return document


MIGRATIONS: dict[str, dict[int, Migration]] = {genre: {} for genre in GENRES}
"""Par genre de document : version de départ → migration vers la suivante."""
MIGRATIONS["adherent"][1] = _consentement_en_historique


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
