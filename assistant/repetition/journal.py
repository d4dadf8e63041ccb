"""Les retours de répétition, gardés à part des dossiers réels.

Chaque retour est un petit fichier JSON dans `DONNEES/repetition/retours/`,
écrit de façon atomique. Ces fichiers ne contiennent que des données de
répétition (persona fictive) ; `entretien donnees effacer-repetition` les
efface avec le reste.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from assistant.repetition.retour import Retour
from stockage.fichiers import creer_dossier, ecrire_atomique, supprimer_arborescence

DOSSIER_REPETITION = "repetition"
DOSSIER_RETOURS = "retours"


def dossier_repetition(donnees: Path) -> Path:
    """Le dossier des données de répétition, séparé des dossiers réels."""
    return donnees / DOSSIER_REPETITION


def dossier_retours(donnees: Path) -> Path:
    return dossier_repetition(donnees) / DOSSIER_RETOURS


def enregistrer_retour(donnees: Path, seance_id: str, retour: Retour) -> Path:
    """Écrit le retour d'une répétition (remplace un retour de la même séance)."""
    dossier = dossier_retours(donnees)
    creer_dossier(dossier)
    chemin = dossier / f"{seance_id}.json"
    contenu = json.dumps(retour.model_dump(mode="json"), ensure_ascii=False, indent=1)
    ecrire_atomique(chemin, contenu.encode("utf-8"))
    return chemin


def lire_retours(donnees: Path) -> list[Retour]:
    """Les retours enregistrés, du plus ancien au plus récent ; les fichiers illisibles
    sont ignorés (ils ne concernent que l'entraînement)."""
    dossier = dossier_retours(donnees)
    if not dossier.is_dir():
        return []
    retours: list[Retour] = []
    for fichier in sorted(dossier.glob("*.json")):
        try:
            retours.append(Retour.model_validate_json(fichier.read_bytes()))
        except (OSError, ValueError, ValidationError):
            continue
    return sorted(retours, key=lambda r: r.date)


def effacer_retours(donnees: Path) -> None:
    """Efface tous les retours de répétition."""
    dossier = dossier_retours(donnees)
    if dossier.is_dir():
        supprimer_arborescence(dossier)
