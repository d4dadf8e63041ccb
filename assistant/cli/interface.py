"""Les commandes qui ouvrent l'interface Textual."""

from __future__ import annotations

import argparse
from typing import Any

from assistant.config import Emplacements


def enregistrer(sous: Any) -> None:
    """Enregistre les sous-commandes de ce module."""


def lancer_accueil(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Ouvre l'assistant sur l'écran d'accueil."""
    print("L'interface arrive bientôt.")
    return 0
