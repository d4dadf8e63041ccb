"""Outils des tests de l'historique : dépôt temporaire, catalogue, application, séances."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.app import AssistantApp
from assistant.config import Emplacements
from conducteurs.chargeur import Catalogue, charger_catalogue
from stockage import Depot
from tests.historique.fabrique import Horloge


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    return tmp_path / "donnees"


@pytest.fixture
def depot(dossier: Path) -> Iterator[Depot]:
    depot = Depot.ouvrir(dossier)
    yield depot
    depot.fermer()


@pytest.fixture
def catalogue(dossier: Path) -> Catalogue:
    return charger_catalogue(dossier / "conducteurs")


@pytest.fixture
def horloge() -> Horloge:
    return Horloge()


@pytest.fixture
def app(dossier: Path, depot: Depot, catalogue: Catalogue, horloge: Horloge) -> AssistantApp:
    return AssistantApp(Emplacements.resoudre(dossier), depot, catalogue=catalogue, horloge=horloge)
