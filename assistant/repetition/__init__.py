"""Le mode répétition, sans interface : l'adhérent simulé et le retour au stagiaire.

    from assistant.repetition import AdherentSimule, evaluer, progression

    adherent = AdherentSimule(persona, graine=7, conducteur=conducteur)
    adherent.evenement_initial()          # « Désolé, le bus… » ou None
    adherent.replique(entretien.etape_courante)
    retour = evaluer(conducteur, entretien.donnees, persona=persona)
    print(retour.texte())
    print(progression(retours_precedents + [retour]))

Ce paquet n'importe pas `textual` : l'écran de répétition s'appuie dessus.
"""

from .retour import (
    BAREME,
    ConstatRgpd,
    Critere,
    Retour,
    TempsSequence,
    evaluer,
    progression,
)
from .simulateur import AdherentSimule, EvenementDeclenche, Replique

__all__ = [
    "BAREME",
    "AdherentSimule",
    "ConstatRgpd",
    "Critere",
    "EvenementDeclenche",
    "Replique",
    "Retour",
    "TempsSequence",
    "evaluer",
    "progression",
]
