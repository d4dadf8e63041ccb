"""Les réglages de la structure : `reglages.json`, lu et écrit par le dépôt."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from stockage.erreurs import FichierEndommage, raison_systeme
from stockage.fichiers import ecrire_atomique
from stockage.modeles import Reglages

CONSEIL_REGLAGES = (
    "Corrigez ce fichier (format décrit dans le README), ou supprimez-le pour revenir "
    "aux réglages par défaut ; les dossiers des adhérents ne sont pas concernés."
)


def lire_reglages(chemin: Path) -> Reglages:
    """Les réglages de `chemin`, ou les valeurs par défaut s'il n'existe pas.

    Lève `FichierEndommage`, avec un message en français, s'il est illisible."""
    try:
        contenu = chemin.read_bytes()
    except FileNotFoundError:
        return Reglages()
    except OSError as exc:
        raise FichierEndommage(
            chemin, f"lecture impossible : {raison_systeme(exc)}", CONSEIL_REGLAGES
        ) from None
    try:
        donnees = json.loads(contenu.decode("utf-8"))
    except UnicodeDecodeError:
        raise FichierEndommage(chemin, "le texte n'est pas en UTF-8", CONSEIL_REGLAGES) from None
    except json.JSONDecodeError as exc:
        raise FichierEndommage(
            chemin,
            f"JSON invalide, ligne {exc.lineno}, colonne {exc.colno}",
            CONSEIL_REGLAGES,
        ) from None
    except RecursionError:
        raise FichierEndommage(chemin, "structure trop profonde", CONSEIL_REGLAGES) from None
    if not isinstance(donnees, dict):
        raise FichierEndommage(
            chemin,
            'un objet JSON est attendu, par exemple {"conservation_mois": 24}',
            CONSEIL_REGLAGES,
        )
    try:
        return Reglages.model_validate(donnees)
    except ValidationError as exc:
        premiere = exc.errors(include_input=False, include_url=False)[0]
        lieu = ".".join(str(p) for p in premiere["loc"]) or "document"
        raise FichierEndommage(
            chemin,
            f"réglage « {lieu} » invalide : {_message_reglage(premiere)}",
            CONSEIL_REGLAGES,
        ) from None


def ecrire_reglages(chemin: Path, reglages: Reglages) -> None:
    """Écrit les réglages (atomiquement, en `0600`)."""
    ecrire_atomique(chemin, reglages.model_dump_json(indent=2).encode("utf-8") + b"\n")


def _message_reglage(erreur: Any) -> str:
    """Le message d'une erreur de validation d'un réglage, en français."""
    contexte = erreur.get("ctx") or {}
    messages = {
        "int_type": "un nombre entier est attendu",
        "int_parsing": "un nombre entier est attendu",
        "int_from_float": "un nombre entier est attendu",
        "string_type": "un texte entre guillemets est attendu",
        "greater_than_equal": f"au moins {contexte.get('ge')} est attendu",
        "less_than_equal": f"au plus {contexte.get('le')} est attendu",
    }
    return messages.get(erreur.get("type", ""), "valeur invalide")
