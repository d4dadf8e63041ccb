"""Replier un texte pour comparer sans tenir compte des majuscules ni des accents.

Le seul endroit du projet qui retire les accents : les conducteurs (valeurs
énumérées, mots à ne pas écrire), la lecture des dates, les filtres d'export,
la recherche du stockage et le vérificateur RGPD passent tous par ici.
"""

from __future__ import annotations

import unicodedata

_APOSTROPHE = str.maketrans({"’": "'"})


def replier(texte: str) -> str:
    """Le texte en minuscules (`casefold`), sans accents, l'apostrophe typographique droite.

    « L’Été » → « l'ete ». La décomposition de compatibilité (NFKD) ramène
    aussi les ligatures et les formes larges à leurs lettres (« ﬁ » → « fi ») :
    la longueur du texte peut changer (voir `replier_avec_carte`).
    """
    decompose = unicodedata.normalize("NFKD", texte.casefold())
    return "".join(c for c in decompose if not unicodedata.combining(c)).translate(_APOSTROPHE)


def replier_avec_carte(texte: str) -> tuple[str, list[int]]:
    """Le texte replié, et pour chacun de ses caractères la position d'origine.

    Sert à retrouver dans le texte d'origine ce qu'une recherche a trouvé dans
    le texte replié (un caractère peut donner zéro, un ou plusieurs caractères).
    """
    morceaux: list[str] = []
    carte: list[int] = []
    for i, caractere in enumerate(texte):
        simple = replier(caractere)
        morceaux.append(simple)
        carte.extend([i] * len(simple))
    return "".join(morceaux), carte


__all__ = ["replier", "replier_avec_carte"]
