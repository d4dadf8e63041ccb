"""`entretien conducteurs …`."""

from typing import Any


def enregistrer(sous: Any) -> None:
    """Enregistre les sous-commandes de ce module."""
