"""Outils communs aux tests de l'interface : dépôt temporaire, horloge réglable, frappe."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot

from assistant.app import AssistantApp
from assistant.config import Emplacements
from stockage import Depot


class Horloge:
    """Une horloge que le test fait avancer."""

    def __init__(self) -> None:
        self.instant = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.instant

    def avancer(self, minutes: float) -> None:
        self.instant += timedelta(minutes=minutes)


@pytest.fixture
def horloge() -> Horloge:
    return Horloge()


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    return tmp_path / "donnees"


@pytest.fixture
def depot(dossier: Path) -> Iterator[Depot]:
    depot = Depot.ouvrir(dossier)
    yield depot
    depot.fermer()


@pytest.fixture
def app(dossier: Path, depot: Depot, horloge: Horloge) -> AssistantApp:
    return AssistantApp(Emplacements.resoudre(dossier), depot, horloge=horloge)


async def taper(pilot: Pilot[Any], texte: str) -> None:
    """Tape un texte touche par touche."""
    for caractere in texte:
        await pilot.press("space" if caractere == " " else caractere)
    await pilot.pause()


async def coller(pilot: Pilot[Any], texte: str) -> None:
    """Colle un texte dans le champ qui a le focus, comme le fait le terminal."""
    for _ in range(20):  # le focus est donné après le premier affichage de la zone
        if pilot.app.focused is not None:
            break
        await pilot.pause()
    assert pilot.app.focused is not None, "aucun champ n'a le focus"
    pilot.app.post_message(events.Paste(texte))
    await pilot.pause()


async def presser(pilot: Pilot[Any], *touches: str) -> None:
    """Presse des touches et laisse l'interface se mettre à jour."""
    for touche in touches:
        await pilot.press(touche)
        await pilot.pause()
