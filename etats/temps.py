"""Le temps d'un entretien : horloge injectable et décompte par séquence et par étape.

Le temps se déduit des événements horodatés : l'intervalle entre deux
événements revient à l'étape (et à la séquence) où se trouvait l'entretien
après le premier. Le temps passé suspendu, ou après la clôture, ne compte pas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeAlias

from .donnees import SEQUENCES, Evenement

Horloge: TypeAlias = Callable[[], datetime]
"""Une fonction sans argument qui donne l'instant présent (avec fuseau, UTC)."""


def horloge_systeme() -> datetime:
    """L'instant présent, en UTC."""
    return datetime.now(UTC)


def intervalles(
    evenements: Sequence[Evenement], maintenant: datetime
) -> Iterator[tuple[str, str, timedelta]]:
    """(séquence, étape, durée) de chaque intervalle passé dans une étape.

    Le dernier intervalle court jusqu'à `maintenant` ; une durée négative
    (horloge reculée) compte pour zéro.
    """
    for i, evenement in enumerate(evenements):
        if evenement.etat not in SEQUENCES or evenement.etape is None:
            continue
        fin = evenements[i + 1].horodatage if i + 1 < len(evenements) else maintenant
        duree = max(fin - evenement.horodatage, timedelta(0))
        yield evenement.etat, evenement.etape, duree
