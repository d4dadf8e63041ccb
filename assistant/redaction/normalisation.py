"""Normaliser un texte français pour la recherche, sans perdre les positions.

Les conseillers écrivent avec ou sans accents, en capitales, avec des
apostrophes typographiques ou droites, des tirets de toutes sortes. La forme
normalisée est en minuscules, sans accents ni ligatures, avec une seule
apostrophe (`'`) et les tirets remplacés par des espaces (« aide-soignante »
et « aide soignante » se cherchent de la même façon).

Chaque caractère normalisé garde la position du caractère d'origine dont il
vient : les constats sont rendus en positions du texte **d'origine**. Dans le
cas courant (aucune ligature, aucun accent décomposé), la normalisation ne
change pas la longueur et la carte des positions est l'identité : rien n'est
construit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commun.texte import replier

_APOSTROPHES = "'’‘ʼ`´′‛"
_TIRETS = "-‐‑‒–—―−_"
_ESPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\u200a\t\r\f\v"
_SPECIAUX = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"}


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        car = chr(code)
        base = replier(car)
        if base != car:
            table[code] = base
    for code in range(0x300, 0x370):  # accents décomposés (saisie macOS, copier-coller)
        table[code] = ""
    for car, remplacement in _SPECIAUX.items():
        table[ord(car)] = remplacement
        if len(car.upper()) == 1:
            table[ord(car.upper())] = remplacement
    for car in _APOSTROPHES:
        table[ord(car)] = "'"
    for car in _TIRETS:
        table[ord(car)] = " "
    for car in _ESPACES:
        table[ord(car)] = " "
    for car in "«»“”„":
        table[ord(car)] = '"'
    table[ord("…")] = "."
    return table


TABLE = _table()
"""Table de `str.translate` : minuscule sans accent, apostrophe et tirets unifiés."""

_LONGUEUR_VARIABLE = re.compile(
    "[" + "".join(re.escape(chr(code)) for code, sortie in TABLE.items() if len(sortie) != 1) + "]"
)
"""Les caractères qui ne donnent pas exactement un caractère (ligatures, accents décomposés)."""


@dataclass(frozen=True, slots=True)
class TexteNormalise:
    """Un texte normalisé et le chemin retour vers les positions d'origine."""

    texte: str
    """La forme normalisée (minuscules, sans accents, tirets en espaces)."""
    carte: tuple[int, ...] | None
    """Pour chaque caractère normalisé, sa position d'origine (plus une case
    finale pour la longueur) ; `None` quand c'est l'identité."""

    def origine(self, debut: int, fin: int) -> tuple[int, int]:
        """Traduit l'intervalle normalisé `[debut, fin)` en positions d'origine."""
        if self.carte is None:
            return debut, fin
        if fin <= debut:
            return self.carte[debut], self.carte[debut]
        return self.carte[debut], self.carte[fin - 1] + 1


def normaliser(texte: str) -> TexteNormalise:
    """Minuscules, sans accents ni ligatures, avec la carte des positions."""
    bas = texte.lower()
    if len(bas) == len(texte) and _LONGUEUR_VARIABLE.search(bas) is None:
        return TexteNormalise(bas.translate(TABLE), None)
    morceaux: list[str] = []
    carte: list[int] = []
    for position, car in enumerate(texte):
        for sortie in car.lower().translate(TABLE):
            morceaux.append(sortie)
            carte.append(position)
    carte.append(len(texte))
    return TexteNormalise("".join(morceaux), tuple(carte))


_ELISIONS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"})
_MOT = re.compile(r"[a-z0-9]+(?:'(?=[a-z0-9]))?")


def mots(texte_normalise: str) -> list[str]:
    """Les mots d'un texte normalisé, élisions retirées (« l'hôpital » → « hopital »).

    Les mots élidés (l', d', qu', j'…) et les lettres isolées ne portent pas de
    sens pour le contexte : ils sont omis.
    """
    resultat: list[str] = []
    for brut in _MOT.findall(texte_normalise):
        if brut.endswith("'"):
            if brut[:-1] in _ELISIONS:
                continue
            brut = brut[:-1]
        if len(brut) > 1 or brut.isdigit():
            resultat.append(brut)
    return resultat
