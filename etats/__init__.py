"""Comment un entretien avance : la machine à états, sans interface.

Ce paquet n'importe ni `textual` ni `assistant` : il ne dépend que de
`conducteurs`, de pydantic et de transitions.

    from etats import Entretien
    entretien = Entretien.nouveau(conducteur)
    entretien.repondre("Trouver un emploi de cariste")
    entretien.avancer()
"""

from .consentement import (
    RAISON_CONSENTEMENT_NON_RECUEILLI,
    RAISON_CONSENTEMENT_REFUSE,
    RAISON_CONSENTEMENT_RETIRE,
)
from .diagramme import mermaid
from .donnees import DonneesEntretien, Etat, Evenement, NomSequence, Note, TypeEvenement
from .entretien import Entretien
from .erreurs import ConducteurModifie, Refus
from .gardes import ACTIONS, Action
from .machine import SEPARATEUR
from .reponses import (
    NE_SOUHAITE_PAS_REPONDRE,
    AFixer,
    NonCommunique,
    ReponseEnregistree,
    Tache,
    ValeurReponse,
)
from .temps import Horloge, horloge_systeme

__all__ = [
    "ACTIONS",
    "AFixer",
    "Action",
    "ConducteurModifie",
    "DonneesEntretien",
    "Entretien",
    "Etat",
    "Evenement",
    "Horloge",
    "NomSequence",
    "NE_SOUHAITE_PAS_REPONDRE",
    "NonCommunique",
    "Note",
    "RAISON_CONSENTEMENT_NON_RECUEILLI",
    "RAISON_CONSENTEMENT_REFUSE",
    "RAISON_CONSENTEMENT_RETIRE",
    "Refus",
    "ReponseEnregistree",
    "SEPARATEUR",
    "Tache",
    "TypeEvenement",
    "ValeurReponse",
    "horloge_systeme",
    "mermaid",
]
