"""Écrits compatibles RGPD : vérifier les textes libres pendant qu'ils s'écrivent.

Ce paquet ne dépend d'aucune interface (ni Textual, ni ligne de commande) :
l'assistant en direct, la commande `entretien rgpd verifier` et l'audit des
séances l'appellent de la même façon.

    from assistant.redaction import verifier, Constat, Categorie

    constats: list[Constat] = verifier(texte, prenoms=("Karim", "Benali"))
    for c in constats:
        texte[c.debut:c.fin], c.categorie, c.explication, c.suggestion
"""

from assistant.redaction.modele import LIBELLES, Categorie, Constat
from assistant.redaction.normalisation import TexteNormalise, normaliser
from assistant.redaction.verificateur import verifier

__all__ = ["LIBELLES", "Categorie", "Constat", "TexteNormalise", "normaliser", "verifier"]
