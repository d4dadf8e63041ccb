"""Réglages et fixtures communs à tous les tests : dossier de données, dépôt, horloge."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from stockage import Depot
from tests.support.horloge import Horloge

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    """Un dossier de données neuf (pas encore créé)."""
    return tmp_path / "donnees"


@pytest.fixture
def depot(dossier: Path) -> Iterator[Depot]:
    """Un dépôt ouvert sur un dossier neuf, fermé après le test."""
    ouvert = Depot.ouvrir(dossier)
    yield ouvert
    ouvert.fermer()


@pytest.fixture
def horloge() -> Horloge:
    """Une horloge réglable, au lundi 30 novembre 2026 à 9 h."""
    return Horloge()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Les parcours de bout en bout (les plus longs) d'abord : en parallèle, aucun ne
    démarre en dernier pendant que les autres cœurs attendent."""
    items.sort(key=lambda item: item.get_closest_marker("bout_en_bout") is None)
