"""Le stockage des dossiers : adhérents, séances, tâches (TinyDB, écritures sûres).

N'importe ni `textual` ni `assistant` : l'interface s'appuie sur ce paquet,
jamais l'inverse.
"""

from stockage.depot import Depot
from stockage.erreurs import (
    AdherentInconnu,
    DepotFerme,
    DossierVerrouille,
    ErreurStockage,
    FichierEndommage,
    SchemaTropRecent,
    SeanceInconnue,
    TacheInconnue,
)
from stockage.modeles import (
    Adherent,
    ChangementStatut,
    Consentement,
    EtapeParcours,
    EtatFichier,
    Parcours,
    Reglages,
    ResultatRecherche,
    ResumeAdherent,
    ResumeSeance,
    Seance,
    Sequence,
    StatutSeance,
    StatutTache,
    Tache,
)
from stockage.rgpd import ExportRgpd

__all__ = [
    "Adherent",
    "AdherentInconnu",
    "ChangementStatut",
    "Consentement",
    "Depot",
    "DepotFerme",
    "DossierVerrouille",
    "ErreurStockage",
    "EtapeParcours",
    "EtatFichier",
    "ExportRgpd",
    "FichierEndommage",
    "Parcours",
    "Reglages",
    "ResultatRecherche",
    "ResumeAdherent",
    "ResumeSeance",
    "SchemaTropRecent",
    "Seance",
    "SeanceInconnue",
    "Sequence",
    "StatutSeance",
    "StatutTache",
    "Tache",
    "TacheInconnue",
]
