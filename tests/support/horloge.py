"""L'horloge réglable de tous les tests : le temps n'avance que quand le test le dit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

DEPART = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
"""L'instant de départ par défaut (un lundi matin)."""


class Horloge:
    """Une horloge que le test fait avancer."""

    def __init__(self, depart: datetime | None = None) -> None:
        self.instant = depart or DEPART

    def __call__(self) -> datetime:
        return self.instant

    def avancer(self, minutes: float = 1) -> None:
        self.instant += timedelta(minutes=minutes)
