"""Outils communs aux tests du stockage."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from stockage import Depot, Seance


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    """Un dossier de données neuf (pas encore créé)."""
    return tmp_path / "donnees"


@pytest.fixture
def depot(dossier: Path) -> Iterator[Depot]:
    """Un dépôt ouvert sur un dossier neuf, fermé après le test."""
    ouvert = Depot.ouvrir(dossier)
    yield ouvert
    ouvert.fermer()


@pytest.fixture
def umask_standard() -> Iterator[None]:
    """Un umask courant (022) : les droits privés doivent venir du stockage."""
    ancien = os.umask(0o022)
    yield
    os.umask(ancien)


def nouvelle_seance(adherent_id: str, **champs: object) -> Seance:
    """Une séance de diagnostic en cours, avec quelques réponses."""
    valeurs: dict[str, object] = {
        "adherent_id": adherent_id,
        "conducteur_id": "diagnostic",
        "conducteur_titre": "Diagnostic",
        "phase": "accueil",
        "entretien": {"etat": "echange", "reponses": {}},
    }
    valeurs.update(champs)
    return Seance.model_validate(valeurs)


def fichiers(dossier: Path) -> list[Path]:
    """Tous les fichiers sous `dossier`."""
    return sorted(p for p in dossier.rglob("*") if p.is_file())
