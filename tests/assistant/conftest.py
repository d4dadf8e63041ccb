"""Fixture des tests de l'interface : l'application sur le dépôt et l'horloge du test."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app import AssistantApp
from assistant.config import Emplacements
from stockage import Depot
from tests.support.horloge import Horloge


@pytest.fixture
def app(dossier: Path, depot: Depot, horloge: Horloge) -> AssistantApp:
    return AssistantApp(Emplacements.resoudre(dossier), depot, horloge=horloge)
