"""Où vivent les données et les conducteurs de la structure."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

NOM_APPLICATION = "entretien-assistant"
VARIABLE_DONNEES = "ENTRETIEN_DONNEES"


def dossier_donnees_par_defaut() -> Path:
    """Le dossier de données local de l'utilisateur (propre à chaque compte)."""
    return Path(platformdirs.user_data_dir(NOM_APPLICATION, appauthor=False))


@dataclass(frozen=True)
class Emplacements:
    """Les dossiers qu'utilise l'assistant pour une exécution."""

    donnees: Path
    conducteurs: Path

    @classmethod
    def resoudre(
        cls, donnees: str | Path | None = None, conducteurs: str | Path | None = None
    ) -> Emplacements:
        """Option de ligne de commande, sinon variable d'environnement, sinon défaut."""
        if donnees is None:
            donnees = os.environ.get(VARIABLE_DONNEES) or dossier_donnees_par_defaut()
        dossier = Path(donnees).expanduser()
        guides = Path(conducteurs).expanduser() if conducteurs else dossier / "conducteurs"
        return cls(donnees=dossier, conducteurs=guides)
