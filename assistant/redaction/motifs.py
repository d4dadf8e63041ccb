"""L'écriture des motifs et leur index, compilé motif par motif à son premier usage.

Un motif s'écrit sur le texte normalisé (minuscules, sans accents, tirets
changés en espaces, voir `normalisation`) :

- une espace veut dire « un blanc ou plus » ;
- une apostrophe veut dire « une apostrophe ou un blanc » (« d'origine »,
  « d origine ») ;
- un motif commence par des lettres fixes (son amorce), qui servent d'index :
  seules les règles dont l'amorce commence un mot du texte sont essayées ;
- la fin d'un motif est toujours une fin de mot : un radical s'écrit donc
  avec sa terminaison (`diabet\\w*`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.redaction.modele import Regle

_LETTRES = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def convertir(motif: str) -> str:
    """Écriture des motifs → expression régulière (espaces et apostrophes souples)."""
    sortie: list[str] = []
    dans_classe = False
    i = 0
    while i < len(motif):
        car = motif[i]
        suivant = motif[i + 1] if i + 1 < len(motif) else ""
        if car == "\\":
            sortie.append(motif[i : i + 2])
            i += 2
            continue
        if dans_classe:
            dans_classe = car != "]"
            sortie.append(car)
        elif car == "[":
            dans_classe = True
            sortie.append(car)
        elif car == " ":
            if suivant == "?":
                sortie.append(r"\s*")
                i += 1
            else:
                sortie.append(r"\s+")
        elif car == "'":
            if suivant == "?":
                sortie.append(r"(?:['\s]\s*)?")
                i += 1
            else:
                sortie.append(r"['\s]\s*")
        else:
            sortie.append(car)
        i += 1
    return "".join(sortie)


def _fin_groupe(motif: str, ouvrant: int) -> int:
    """Position de la parenthèse qui ferme celle en `ouvrant`."""
    profondeur = 0
    i = ouvrant
    dans_classe = False
    while i < len(motif):
        car = motif[i]
        if car == "\\":
            i += 2
            continue
        if dans_classe:
            dans_classe = car != "]"
        elif car == "[":
            dans_classe = True
        elif car == "(":
            profondeur += 1
        elif car == ")":
            profondeur -= 1
            if profondeur == 0:
                return i
        i += 1
    raise ValueError(f"parenthèse non fermée : {motif!r}")


def _alternatives(interieur: str) -> list[str]:
    """Découpe `a|b|(c|d)e` au premier niveau."""
    morceaux: list[str] = []
    profondeur = 0
    debut = 0
    dans_classe = False
    i = 0
    while i < len(interieur):
        car = interieur[i]
        if car == "\\":
            i += 2
            continue
        if dans_classe:
            dans_classe = car != "]"
        elif car == "[":
            dans_classe = True
        elif car == "(":
            profondeur += 1
        elif car == ")":
            profondeur -= 1
        elif car == "|" and profondeur == 0:
            morceaux.append(interieur[debut:i])
            debut = i + 1
        i += 1
    morceaux.append(interieur[debut:])
    return morceaux


def developper(motif: str) -> list[str]:
    """Développe un groupe de tête pour que chaque motif commence par des lettres fixes.

    `(?:ne )?fait rien` donne `ne fait rien` et `fait rien` ;
    `(?:pas|peu) motive` donne `pas motive` et `peu motive`.
    """
    if not motif.startswith("(?:"):
        alternatives = _alternatives(motif)
        if len(alternatives) > 1:
            return [m for alt in alternatives for m in developper(alt)]
        return [motif]
    fin = _fin_groupe(motif, 0)
    interieur, reste = motif[3:fin], motif[fin + 1 :]
    optionnel = reste.startswith("?")
    if reste[:1] in ("*", "+", "{"):
        raise ValueError(f"groupe de tête répété : {motif!r}")
    if optionnel:
        reste = reste[1:]
    resultat = [m for alt in _alternatives(interieur) for m in developper(alt + reste)]
    if optionnel:
        resultat.extend(developper(reste))
    return resultat


def amorce(motif: str) -> str:
    """Les lettres fixes qui commencent le motif (clé d'index)."""
    lettres: list[str] = []
    for i, car in enumerate(motif):
        if car not in _LETTRES:
            break
        if i + 1 < len(motif) and motif[i + 1] in "?*{":
            break
        lettres.append(car)
    if not lettres:
        raise ValueError(f"un motif doit commencer par une lettre fixe : {motif!r}")
    return "".join(lettres)


class Expression:
    """Une expression régulière compilée à son premier usage.

    Les règles comptent quelques milliers de motifs : les compiler tous à
    l'import coûtait plus d'une seconde à chaque démarrage, alors qu'un texte
    n'en essaie que quelques-uns. Au premier appel, `match` et `search` sont
    remplacés sur l'objet par ceux de l'expression compilée : les appels
    suivants vont droit au moteur. `compiler_tout` compile tout d'un coup
    (les tests s'en servent pour trouver un motif mal écrit).
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._compilee: re.Pattern[str] | None = None

    @property
    def compilee(self) -> re.Pattern[str]:
        if self._compilee is None:
            self._compilee = re.compile(self.source)
            self.match = self._compilee.match  # type: ignore[method-assign,assignment]
            self.search = self._compilee.search  # type: ignore[method-assign,assignment]
        return self._compilee

    def match(self, texte: str, debut: int = 0, fin: int = sys.maxsize) -> re.Match[str] | None:
        return self.compilee.match(texte, debut, fin)

    def search(self, texte: str, debut: int = 0, fin: int = sys.maxsize) -> re.Match[str] | None:
        return self.compilee.search(texte, debut, fin)


@dataclass(frozen=True, slots=True)
class Compilee:
    """Une règle prête à l'emploi."""

    regle: Regle
    exige_avant: Expression | None
    sauf_avant: Expression | None
    exige_apres: Expression | None
    sauf_apres: Expression | None
    sauf_phrase: Expression | None


def _avant(motif: str | None) -> Expression | None:
    return None if motif is None else Expression(r"(?:" + convertir(motif) + r")\s*$")


def _apres(motif: str | None) -> Expression | None:
    return None if motif is None else Expression(r"\s*(?:" + convertir(motif) + r")")


def _phrase(motif: str | None) -> Expression | None:
    return None if motif is None else Expression(convertir(motif))


Index = dict[str, list[tuple[Expression, Compilee]]]


def compiler(regles: Iterable[Regle]) -> tuple[Index, tuple[int, ...]]:
    """L'index amorce → (motif, règle) ; les motifs sont compilés à leur premier usage."""
    index: Index = {}
    for regle in regles:
        compilee = Compilee(
            regle,
            _avant(regle.exige_avant),
            _avant(regle.sauf_avant),
            _apres(regle.exige_apres),
            _apres(regle.sauf_apres),
            _phrase(regle.sauf_phrase),
        )
        for motif in regle.motifs:
            for forme in developper(motif):
                expression = Expression(r"(?:" + convertir(forme) + r")(?![a-z0-9])")
                index.setdefault(amorce(forme), []).append((expression, compilee))
    return index, tuple(sorted({len(cle) for cle in index}))


def compiler_tout(index: Index) -> int:
    """Compile tous les motifs de l'index (lève `re.error` sur un motif mal écrit)."""
    nombre = 0
    for entrees in index.values():
        for expression, compilee in entrees:
            contextes = (
                compilee.exige_avant,
                compilee.sauf_avant,
                compilee.exige_apres,
                compilee.sauf_apres,
                compilee.sauf_phrase,
            )
            for motif in (expression, *contextes):
                if motif is not None and motif.compilee.pattern:
                    nombre += 1
    return nombre
