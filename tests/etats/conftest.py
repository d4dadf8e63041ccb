"""Fixtures des tests de la machine à états."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conducteurs.modele import Conducteur
from etats import Entretien
from tests.etats.outils import DEBUT, guide_accompagnement_dict, guide_accueil_dict
from tests.support.horloge import Horloge


@pytest.fixture
def guide_accueil() -> Conducteur:
    return Conducteur.model_validate(guide_accueil_dict())


@pytest.fixture
def guide_accompagnement() -> Conducteur:
    return Conducteur.model_validate(guide_accompagnement_dict())


@pytest.fixture
def horloge() -> Horloge:
    return Horloge(DEBUT)


@pytest.fixture
def fabrique(guide_accueil: Conducteur, horloge: Horloge) -> Callable[..., Entretien]:
    """Un nouvel entretien sur le conducteur d'accueil, à l'horloge factice."""

    def fabriquer(conducteur: Conducteur | None = None, **options: Any) -> Entretien:
        return Entretien.nouveau(conducteur or guide_accueil, horloge=horloge, **options)

    return fabriquer
