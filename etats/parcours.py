"""Le parcours des étapes : où en est l'entretien et quelles étapes l'entourent.

Les étapes du conducteur dans l'ordre, la position de l'étape courante, et
l'étape suivante ou précédente qui n'est pas exclue faute de consentement.
"""

from __future__ import annotations

from conducteurs.modele import Conducteur, Etape

from .consentement import Consentement
from .donnees import SEQUENCES, DonneesEntretien
from .erreurs import Refus
from .machine import nom_etat


class Parcours:
    """Les étapes d'un conducteur et la position de l'entretien parmi elles."""

    def __init__(
        self, conducteur: Conducteur, donnees: DonneesEntretien, consentement: Consentement
    ) -> None:
        self._donnees = donnees
        self._consentement = consentement
        self.etapes: list[tuple[str, Etape]] = conducteur.etapes()
        """(séquence, étape) de toutes les étapes, dans l'ordre du conducteur."""
        self.index: dict[str, int] = {
            etape.identifiant: i for i, (_, etape) in enumerate(self.etapes)
        }
        """La position de chaque étape, par identifiant."""

    def position(self) -> int:
        """La position de l'étape courante ; lève `Refus` une fois l'entretien clos."""
        ident = self._donnees.etape_courante
        if ident is None:
            raise Refus("L'entretien est clos.")
        return self.index[ident]

    def courante(self) -> Etape:
        """L'étape courante ; lève `Refus` une fois l'entretien clos."""
        return self.etapes[self.position()][1]

    def sequence_de(self, position: int) -> str:
        """La séquence de l'étape à cette position."""
        return self.etapes[position][0]

    def nom(self, position: int) -> str:
        """Le nom d'état de la machine pour l'étape à cette position."""
        sequence, etape = self.etapes[position]
        return nom_etat(sequence, etape.identifiant)

    def suivante(self, position: int) -> int | None:
        """La position de la prochaine étape non exclue, ou None."""
        for j in range(position + 1, len(self.etapes)):
            if not self._consentement.exclue(self.etapes[j][1]):
                return j
        return None

    def precedente(self, position: int) -> int | None:
        """La position de l'étape non exclue d'avant, ou None."""
        for j in range(position - 1, -1, -1):
            if not self._consentement.exclue(self.etapes[j][1]):
                return j
        return None

    def nom_etat_donnees(self) -> str:
        """Le nom d'état de la machine que les données enregistrent."""
        donnees = self._donnees
        if donnees.etat in SEQUENCES:
            assert donnees.etape_courante is not None
            return nom_etat(donnees.etat, donnees.etape_courante)
        return donnees.etat
