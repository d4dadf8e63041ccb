"""Le stockage des dossiers : adhérents, séances, tâches (TinyDB, écritures sûres).

N'importe ni `textual` ni `assistant` : l'interface s'appuie sur ce paquet,
jamais l'inverse.

Les noms ci-dessous se chargent à la première utilisation (PEP 562) : importer
`stockage.controle` (le contrôle du dossier, avant le premier écran) ne charge
ni pydantic ni les modèles.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES: dict[str, str] = {
    "Adherent": "stockage.modeles",
    "AdherentInconnu": "stockage.erreurs",
    "ChangementStatut": "stockage.modeles",
    "Consentement": "stockage.modeles",
    "Depot": "stockage.depot",
    "DepotFerme": "stockage.erreurs",
    "DossierVerrouille": "stockage.erreurs",
    "ErreurStockage": "stockage.erreurs",
    "EtapeParcours": "stockage.modeles",
    "EtatFichier": "stockage.modeles",
    "ExportRgpd": "stockage.rgpd",
    "FichierEndommage": "stockage.erreurs",
    "Parcours": "stockage.modeles",
    "Reglages": "stockage.modeles",
    "ResultatRecherche": "stockage.modeles",
    "ResumeAdherent": "stockage.modeles",
    "ResumeSeance": "stockage.modeles",
    "SchemaTropRecent": "stockage.erreurs",
    "Seance": "stockage.modeles",
    "SeanceInconnue": "stockage.erreurs",
    "Sequence": "stockage.modeles",
    "StatutSeance": "stockage.modeles",
    "StatutTache": "stockage.modeles",
    "Tache": "stockage.modeles",
    "TacheInconnue": "stockage.erreurs",
}
"""Pour chaque nom public du paquet, le module qui le définit."""


def __getattr__(nom: str) -> Any:
    module = _MODULES.get(nom)
    if module is None:
        raise AttributeError(f"module 'stockage' has no attribute {nom!r}")
    valeur = getattr(importlib.import_module(module), nom)
    globals()[nom] = valeur
    return valeur


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
