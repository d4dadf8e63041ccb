"""Conduire une application Textual dans un test : frappe, collage, touches, travaux."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.pilot import Pilot


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


async def attendre_travaux(pilot: Pilot[Any]) -> None:
    """Attend la fin des travaux (workers) de l'application, puis laisse l'affichage suivre."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
