"""Fixtures des tests de l'historique : catalogue du dossier de données, application."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app import AssistantApp
from assistant.config import Emplacements
from conducteurs.chargeur import Catalogue, charger_catalogue
from stockage import Depot
from tests.support.horloge import Horloge


@pytest.fixture
def catalogue(dossier: Path) -> Catalogue:
    return charger_catalogue(dossier / "conducteurs")


@pytest.fixture
def app(dossier: Path, depot: Depot, catalogue: Catalogue, horloge: Horloge) -> AssistantApp:
    return AssistantApp(Emplacements.resoudre(dossier), depot, catalogue=catalogue, horloge=horloge)
