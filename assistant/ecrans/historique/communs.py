"""Ce que partagent les écrans de l'historique : l'avis qui suit un export, les cellules.

Tout texte saisi passe par `cellule` (un `Text` brut) : jamais du balisage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.screen import Screen

from assistant.aides.dates import formater_duree
from stockage.texte import rendre_visible


def exporte(ecran: Screen[Any]) -> Callable[[Path | None], None]:
    """L'avis à montrer quand le dialogue d'export se ferme (rien s'il est annulé)."""

    def fini(chemin: Path | None) -> None:
        if chemin is not None:
            ecran.notify(
                f"Exporté : {chemin}\nCe fichier contient des données personnelles.",
                title="Export",
                markup=False,
                timeout=8,
            )

    return fini


def jour_court(jour: dt.date) -> str:
    """« 30/11/2026 » pour une date sans heure."""
    return f"{jour:%d/%m/%Y}"


def duree_ou_tiret(minutes: float | None) -> str:
    """« 50 min », « 1 h 05 » ou « — »."""
    return formater_duree(minutes) if minutes is not None else "—"


def cellule(texte: str) -> Text:
    """Une cellule de tableau affichée telle quelle (jamais du balisage)."""
    return Text(rendre_visible(texte), no_wrap=True, overflow="ellipsis")
