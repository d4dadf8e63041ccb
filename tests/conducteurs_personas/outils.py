"""Outils communs : une persona valide à modifier, et sa lecture."""

from __future__ import annotations

import copy
from typing import Any

from conducteurs.chargeur import Probleme
from conducteurs.persona import Persona, PersonaInvalide, lire_persona_texte
from tests.support.lecture import en_yaml as en_yaml
from tests.support.lecture import problemes_lus, seul

_BASE: dict[str, Any] = {
    "identifiant": "essai",
    "nom": "Camille Essai",
    "situation": "Une situation fictive pour les tests.",
    "attitude": "cooperative",
    "conducteurs": "tous",
    "repliques": {
        "etapes": {"duree-entretien": ["Une heure, d'accord.", "Ça me va."]},
        "roles": {"taches": ["Je m'en charge.", "D'accord, je le fais."]},
        "cadre": {"objectifs": ["Trouver un emploi.", "Avancer sur mon projet."]},
        "types": {"texte": ["Je vous explique.", "C'est une longue histoire."]},
        "generiques": ["D'accord.", "Je vous écoute."],
    },
    "evenements": [],
}


def persona_valide(**remplacements: Any) -> dict[str, Any]:
    """Une copie neuve de la persona valide, sous forme de dictionnaire."""
    persona = copy.deepcopy(_BASE)
    persona.update(remplacements)
    return persona


def lire(source: dict[str, Any] | str, nom: str = "essai.yaml") -> Persona:
    texte = source if isinstance(source, str) else en_yaml(source)
    return lire_persona_texte(texte, nom)


def problemes_de(source: dict[str, Any] | str, nom: str = "essai.yaml") -> list[Probleme]:
    """Les problèmes trouvés (liste vide si la persona est valide)."""
    return problemes_lus(lire_persona_texte, PersonaInvalide, source, nom)


def seul_probleme(source: dict[str, Any] | str, nom: str = "essai.yaml") -> Probleme:
    return seul(problemes_de(source, nom))
