"""Les adhérents simulés du mode répétition (« personas ») : le schéma et la lecture.

Le schéma est dans `conducteurs.persona_modele`, la lecture des fichiers et
le catalogue dans `conducteurs.persona_lecture` ; ce module les rassemble
(ses noms restent importables d'ici).
"""

from __future__ import annotations

from conducteurs.persona_lecture import (
    CataloguePersonas,
    EntreePersona,
    PersonaInvalide,
    charger_personas,
    dossier_personas,
    fichiers_personas,
    fichiers_personas_integres,
    lire_persona_fichier,
    lire_persona_texte,
    problemes_coherence,
    valider_persona_fichier,
    valider_personas,
)
from conducteurs.persona_modele import (
    DOSSIER_PERSONAS,
    EVENEMENTS_SENSIBLES,
    LIBELLES_ATTITUDE,
    LIBELLES_EVENEMENT,
    TOUS,
    VARIANTES_MIN,
    Attitude,
    EvenementPersona,
    Persona,
    Repliques,
    TypeEvenementPersona,
    chercher_mots,
    sans_accents,
)

__all__ = [
    "DOSSIER_PERSONAS",
    "EVENEMENTS_SENSIBLES",
    "LIBELLES_ATTITUDE",
    "LIBELLES_EVENEMENT",
    "TOUS",
    "VARIANTES_MIN",
    "Attitude",
    "CataloguePersonas",
    "EntreePersona",
    "EvenementPersona",
    "Persona",
    "PersonaInvalide",
    "Repliques",
    "TypeEvenementPersona",
    "charger_personas",
    "chercher_mots",
    "dossier_personas",
    "fichiers_personas",
    "fichiers_personas_integres",
    "lire_persona_fichier",
    "lire_persona_texte",
    "problemes_coherence",
    "sans_accents",
    "valider_persona_fichier",
    "valider_personas",
]
