"""Outils des tests du stockage : une séance prête à enregistrer."""

from __future__ import annotations

from stockage import Seance


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
