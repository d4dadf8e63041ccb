"""Le nombre de tirages des tests au hasard (propriétés, arrêts brutaux).

La suite ordinaire tire peu (elle doit rester rapide) ; une campagne tire
`ENTRETIEN_CAMPAGNE` fois plus, sur les mêmes tests :

    make campagne                       # facteur 10
    ENTRETIEN_CAMPAGNE=50 .venv/bin/python -m pytest -m campagne

Les tests concernés portent le marqueur `campagne`.
"""

from __future__ import annotations

import os


def _facteur() -> int:
    valeur = os.environ.get("ENTRETIEN_CAMPAGNE", "1")
    try:
        return max(1, int(valeur))
    except ValueError:
        raise SystemExit(
            f"ENTRETIEN_CAMPAGNE={valeur!r} : écrivez un nombre entier (10 pour dix fois plus)"
        ) from None


FACTEUR = _facteur()


def fois(nombre: int) -> int:
    """`nombre` tirages dans la suite ordinaire, `nombre × facteur` en campagne."""
    return nombre * FACTEUR
