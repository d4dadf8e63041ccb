"""Le temps d'un entretien : horloge injectable, décompte, durée convenue et alertes.

Le temps se déduit des événements horodatés : l'intervalle entre deux
événements revient à l'étape (et à la séquence) où se trouvait l'entretien
après le premier. Le temps passé suspendu, ou après la clôture, ne compte pas.

Le temps prévu est la durée convenue avec l'adhérent à l'étape du cadre qui
la note, dès qu'elle est notée ; avant, la durée du conducteur. Chaque
séquence reçoit sa part du découpage du conducteur, mise à l'échelle de ce
total (`temps_prevus`). Le temps est signalé à 80 % du prévu
(`SEUIL_ALERTE`) puis au dépassement, pour l'entretien et pour la séquence
en cours (`BilanTemps`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, TypeAlias

from conducteurs.modele import Conducteur, ElementCadre, TypeReponse

from .donnees import SEQUENCES, DonneesEntretien, Evenement

SEUIL_ALERTE = 0.8
"""La part du temps prévu à partir de laquelle le temps est signalé (80 %)."""

Niveau: TypeAlias = Literal["normal", "proche", "depasse"]
"""Où en est le temps : sous 80 % du prévu, à 80 % ou plus, au-delà du prévu."""

Horloge: TypeAlias = Callable[[], datetime]
"""Une fonction sans argument qui donne l'instant présent (avec fuseau, UTC)."""


def horloge_systeme() -> datetime:
    """L'instant présent, en UTC."""
    return datetime.now(UTC)


def intervalles(
    evenements: Sequence[Evenement], maintenant: datetime
) -> Iterator[tuple[str, str, timedelta]]:
    """(séquence, étape, durée) de chaque intervalle passé dans une étape.

    Le dernier intervalle court jusqu'à `maintenant` ; une durée négative
    (horloge reculée) compte pour zéro.
    """
    for i, evenement in enumerate(evenements):
        if evenement.etat not in SEQUENCES or evenement.etape is None:
            continue
        fin = evenements[i + 1].horodatage if i + 1 < len(evenements) else maintenant
        duree = max(fin - evenement.horodatage, timedelta(0))
        yield evenement.etat, evenement.etape, duree


def niveau(ecoule: timedelta, prevu: timedelta) -> Niveau:
    """« depasse » au-delà du prévu, « proche » dès 80 % du prévu, sinon « normal »."""
    if ecoule > prevu:
        return "depasse"
    if ecoule >= prevu * SEUIL_ALERTE:
        return "proche"
    return "normal"


def duree_convenue(conducteur: Conducteur, donnees: DonneesEntretien) -> int | None:
    """La durée notée à l'étape du cadre qui la convient, en minutes ; None avant."""
    for etape in conducteur.deroulement.introduction.etapes:
        if ElementCadre.duree in etape.cadre and etape.type == TypeReponse.duree:
            reponse = donnees.reponses.get(etape.identifiant)
            if reponse is not None and isinstance(reponse.valeur, int):
                return reponse.valeur
    return None


def temps_prevus(conducteur: Conducteur, duree: int | None = None) -> dict[str, float]:
    """Le temps prévu de chaque séquence, en minutes, pour une durée totale donnée.

    Une séquence sans `duree_minutes` reçoit une part du temps restant
    proportionnelle à son nombre d'étapes. Avec `duree` (la durée convenue),
    tout est mis à l'échelle.
    """
    sequences = conducteur.deroulement.sequences()
    fixees = sum(s.duree_minutes or 0 for _, s in sequences)
    libres = [(n, s) for n, s in sequences if s.duree_minutes is None]
    reste = max(conducteur.duree_minutes - fixees, 0)
    etapes_libres = sum(len(s.etapes) for _, s in libres) or 1
    prevus = {
        nom: float(s.duree_minutes)
        if s.duree_minutes is not None
        else reste * len(s.etapes) / etapes_libres
        for nom, s in sequences
    }
    total = sum(prevus.values()) or 1.0
    cible = float(duree) if duree is not None else float(conducteur.duree_minutes)
    return {nom: valeur * cible / total for nom, valeur in prevus.items()}


@dataclass(frozen=True)
class BilanTemps:
    """Le temps d'un entretien à un instant : écoulé, prévu, alertes."""

    ecoule: timedelta
    """Le temps passé dans l'entretien, hors suspensions."""
    prevu: timedelta
    """La durée convenue avec l'adhérent, ou celle du conducteur tant qu'elle ne l'est pas."""
    convenu: bool
    """La durée prévue est celle convenue avec l'adhérent."""
    sequence: str | None
    """La séquence en cours (None une fois clos)."""
    ecoule_sequence: timedelta
    """Le temps passé dans la séquence en cours."""
    prevu_sequence: timedelta
    """La part de la séquence en cours dans le temps prévu."""

    @property
    def niveau(self) -> Niveau:
        """L'alerte sur l'entretien entier."""
        return niveau(self.ecoule, self.prevu)

    @property
    def niveau_sequence(self) -> Niveau:
        """L'alerte sur la séquence en cours (« normal » une fois clos)."""
        if self.sequence is None:
            return "normal"
        return niveau(self.ecoule_sequence, self.prevu_sequence)


def bilan_temps(
    conducteur: Conducteur,
    donnees: DonneesEntretien,
    sequence: str | None,
    maintenant: datetime,
) -> BilanTemps:
    """Le bilan du temps de l'entretien à `maintenant`, `sequence` étant celle en cours."""
    convenue = duree_convenue(conducteur, donnees)
    minutes = convenue if convenue is not None else conducteur.duree_minutes
    ecoule = timedelta(0)
    dans_sequence = timedelta(0)
    for nom, _, duree in intervalles(donnees.evenements, maintenant):
        ecoule += duree
        if nom == sequence:
            dans_sequence += duree
    part = temps_prevus(conducteur, minutes).get(sequence or "", 0.0)
    return BilanTemps(
        ecoule=ecoule,
        prevu=timedelta(minutes=minutes),
        convenu=convenue is not None,
        sequence=sequence,
        ecoule_sequence=dans_sequence,
        prevu_sequence=timedelta(minutes=part),
    )
