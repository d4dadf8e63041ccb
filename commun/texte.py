"""Replier un texte pour comparer sans tenir compte des majuscules ni des accents.

Le seul endroit du projet qui retire les accents : les conducteurs (valeurs
énumérées, mots à ne pas écrire), la lecture des dates, les filtres d'export,
la recherche du stockage et le vérificateur RGPD passent tous par ici.
"""

from __future__ import annotations

import unicodedata


class _SansMarques(dict[int, int | None]):
    """Table de `str.translate` : retire les marques combinantes (accents décomposés),
    rend l'apostrophe typographique droite. Chaque caractère n'est examiné qu'une
    fois, puis la table le connaît : la traduction se fait en C (huit fois plus vite
    qu'un filtre caractère par caractère)."""

    def __missing__(self, code: int) -> int | None:
        valeur = None if unicodedata.combining(chr(code)) else code
        self[code] = valeur
        return valeur


_SANS_MARQUES = _SansMarques({ord("’"): ord("'")})


def replier(texte: str) -> str:
    """Le texte en minuscules (`casefold`), sans accents, l'apostrophe typographique droite.

    « L’Été » → « l'ete ». La décomposition de compatibilité (NFKD) ramène
    aussi les ligatures et les formes larges à leurs lettres (« ﬁ » → « fi ») :
    la longueur du texte peut changer (voir `replier_avec_carte`).
    """
    plie = texte.casefold()
    if plie.isascii():
        return plie
    return unicodedata.normalize("NFKD", plie).translate(_SANS_MARQUES)


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
