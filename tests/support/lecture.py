"""Lire un document YAML (conducteur ou persona) et recueillir les problèmes signalés."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

from conducteurs.chargeur import Probleme


def en_yaml(document: dict[str, Any]) -> str:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


def problemes_lus(
    lire: Callable[[str, str], object],
    erreur: type[Exception],
    source: dict[str, Any] | str,
    nom: str,
) -> list[Probleme]:
    """Les problèmes que `lire` signale par `erreur` (liste vide si le document est valide)."""
    texte = source if isinstance(source, str) else en_yaml(source)
    try:
        lire(texte, nom)
    except erreur as exc:
        problemes: list[Probleme] = getattr(exc, "problemes", [])
        assert problemes, f"{erreur.__name__} sans aucun problème"
        return problemes
    return []


def seul(problemes: list[Probleme]) -> Probleme:
    """Le seul problème de la liste (échoue s'il y en a zéro ou plusieurs)."""
    assert len(problemes) == 1, "\n".join(str(p) for p in problemes)
    return problemes[0]
