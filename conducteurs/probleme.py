"""Un défaut d'un fichier de conducteur ou de persona, dit en français.

Chaque `Probleme` dit quel fichier, quel champ (`deroulement.echange.etapes[2].type`),
quelle ligne, ce qui ne va pas et quoi écrire à la place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Probleme:
    """Un défaut dans un fichier de conducteur, dit en français."""

    fichier: str
    chemin: str
    message: str
    correction: str = ""
    ligne: int | None = None

    def __str__(self) -> str:
        return self.texte()

    def texte(self, montrer: Callable[[str], str] = str) -> str:
        """Le problème sur une ou deux lignes : où, quoi, puis « → » quoi faire.

        `montrer` transforme le fichier, le champ, le message et la correction
        avant la mise en page (la ligne de commande y passe `rendre_visible` :
        un nom de fichier ou une valeur du fichier ne peut pas fabriquer de ligne).
        """
        ou = montrer(self.fichier) + (f", ligne {self.ligne}" if self.ligne else "")
        champ = f" — champ « {montrer(self.chemin)} »" if self.chemin else ""
        suite = f"\n    → {montrer(self.correction)}" if self.correction else ""
        return f"{ou}{champ} : {montrer(self.message)}{suite}"


class FichierInvalide(Exception):
    """Un fichier (conducteur ou persona) n'a pas pu être chargé : ses `problemes`."""

    def __init__(self, problemes: list[Probleme]) -> None:
        super().__init__("\n".join(str(p) for p in problemes))
        self.problemes = problemes


class ConducteurInvalide(FichierInvalide):
    """Un fichier de conducteur n'a pas pu être chargé."""
