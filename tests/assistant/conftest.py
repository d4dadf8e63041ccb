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


async def jusqu_aux_taches(pilot: Pilot[Any]) -> None:
    """Conduit l'entretien ouvert jusqu'à l'étape des tâches, par la machine elle-même."""
    await jusqu_a(pilot, "taches")


async def jusqu_a(pilot: Pilot[Any], arret: str) -> None:
    """Conduit l'entretien ouvert par la machine elle-même jusqu'à l'étape dont
    l'identifiant ou le rôle est `arret`."""
    from assistant.ecrans.conversation import Conversation

    ecran = pilot.app.screen
    assert isinstance(ecran, Conversation)
    entretien = ecran.direct.entretien
    valeurs: dict[str, Any] = {"texte": "Projet dans la logistique", "duree": 60, "oui_non": True}
    while entretien.etape_courante is not None:
        etape = entretien.etape_courante
        if arret in (etape.identifiant, etape.role.value if etape.role else None):
            break
        multiple = etape.type.value in ("liste_controle", "choix_multiple")
        premiere = etape.options[0] if etape.options else None
        defaut = list(etape.options)[: etape.maximum] if multiple else premiere
        ecran.direct.repondre_seulement(valeurs.get(etape.type.value, defaut))
        ecran.direct.avancer()
    ecran._montrer_etape()
    await pilot.pause()


def sur_disque(dossier: Path, texte: str) -> bool:
    """Vrai si `texte` est écrit quelque part dans le dossier de données (brut ou en JSON)."""
    import json

    formes = {texte.encode(), json.dumps(texte)[1:-1].encode()}
    for fichier in dossier.rglob("*"):
        if fichier.is_file():
            contenu = fichier.read_bytes()
            if any(forme in contenu for forme in formes):
                return True
    return False
