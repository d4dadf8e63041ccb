"""Trouver des séances : filtres par type d'entretien, période et statut.

Les filtres s'appliquent aux résumés des séances gardés par l'index du dépôt
(type, date, statut), sans ouvrir un seul fichier de séance : la liste des
adhérents se filtre aussi vite sur 10 000 séances que sur 10.

Les dates s'écrivent à la française : « 14/01/2026 », « 14 janvier 2026 »,
« janvier 2026 », « 2026 », « aujourd'hui », « hier ».
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from assistant.aides.dates import MOIS, DateIncomprise
from commun.texte import replier

if TYPE_CHECKING:
    from stockage import Depot, ResumeAdherent, Seance

STATUTS = ("en_cours", "suspendu", "cloture")
"""Les statuts d'une séance, dans l'ordre des filtres."""


class SeanceIndexee(Protocol):
    """Ce que l'index du dépôt sait d'une séance, sans ouvrir son fichier."""

    @property
    def id(self) -> str: ...
    @property
    def adherent_id(self) -> str: ...
    @property
    def conducteur_id(self) -> str: ...
    @property
    def conducteur_titre(self) -> str: ...
    @property
    def debut(self) -> dt.datetime: ...
    @property
    def statut(self) -> str: ...


@dataclass(frozen=True, slots=True)
class TraceSeance:
    """Le résumé d'une séance, quand le dépôt n'a pas d'index à prêter."""

    id: str
    adherent_id: str
    conducteur_id: str
    conducteur_titre: str
    debut: dt.datetime
    statut: str


@dataclass(frozen=True)
class Filtres:
    """Les filtres de l'historique ; None : pas de filtre sur ce critère."""

    conducteur: str | None = None
    """Identifiant du conducteur (type d'entretien)."""
    du: dt.date | None = None
    au: dt.date | None = None
    statut: str | None = None

    @property
    def actifs(self) -> bool:
        """Vrai si au moins un critère est posé."""
        return any(v is not None for v in (self.conducteur, self.du, self.au, self.statut))

    def retient(self, conducteur_id: str, debut: dt.datetime, statut: str) -> bool:
        """Vrai si une séance de ce type, commencée à ce moment, avec ce statut passe les filtres.

        Les jours s'entendent en heure locale."""
        if self.conducteur is not None and conducteur_id != self.conducteur:
            return False
        if self.statut is not None and statut != self.statut:
            return False
        debut_periode, fin_periode = self._bornes
        if debut_periode is not None and debut < debut_periode:
            return False
        return not (fin_periode is not None and debut >= fin_periode)

    @functools.cached_property
    def _bornes(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """Minuit local du premier jour, minuit local du lendemain du dernier."""

        def minuit(jour: dt.date) -> dt.datetime:
            return dt.datetime.combine(jour, dt.time()).astimezone()

        return (
            minuit(self.du) if self.du is not None else None,
            minuit(self.au + dt.timedelta(days=1)) if self.au is not None else None,
        )

    def retient_seance(self, seance: Seance) -> bool:
        """Vrai si la séance passe les filtres."""
        return self.retient(seance.conducteur_id, seance.debut, seance.statut)


# ------------------------------------------------------------------ dates
def _normaliser(texte: str) -> str:
    sans = replier(texte)
    return re.sub(r"\s+", " ", sans).strip()


_MOIS = {_normaliser(nom): i for i, nom in enumerate(MOIS, start=1)}
_MOIS.update(
    {
        "janv": 1,
        "fevr": 2,
        "fev": 2,
        "avr": 4,
        "juil": 7,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)


_NUMERIQUE = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?"


def _mois(nom: str) -> int | None:
    return _MOIS.get(nom.rstrip("."))


def _jour(annee: int, mois: int, jour: int, texte: str) -> dt.date:
    try:
        return dt.date(annee, mois, jour)
    except ValueError:
        raise DateIncomprise(f"« {texte} » n'existe pas dans le calendrier") from None


def _annee(brute: str | None, aujourdhui: dt.date) -> int:
    if brute is None:
        return aujourdhui.year
    annee = int(brute)
    return annee + 2000 if annee < 100 else annee


def lire_date(texte: str, fin: bool = False, aujourdhui: dt.date | None = None) -> dt.date:
    """Une date écrite à la française ; `fin` : le dernier jour d'un mois ou d'une année.

    Lève `DateIncomprise` avec un message qui dit quoi écrire."""
    aujourdhui = aujourdhui or dt.date.today()
    propre = _normaliser(texte)
    if not propre:
        raise DateIncomprise("indiquez une date, par exemple « 14/01/2026 »")
    if propre in ("aujourd'hui", "aujourdhui"):
        return aujourdhui
    if propre == "hier":
        return aujourdhui - dt.timedelta(days=1)
    if trouve := re.fullmatch(_NUMERIQUE, propre):
        jour, mois = int(trouve[1]), int(trouve[2])
        if not 1 <= mois <= 12:
            raise DateIncomprise(f"le mois « {trouve[2]} » n'existe pas")
        return _jour(_annee(trouve[3], aujourdhui), mois, jour, texte.strip())
    if trouve := re.fullmatch(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})", propre):
        return _jour(int(trouve[1]), int(trouve[2]), int(trouve[3]), texte.strip())
    if (trouve := re.fullmatch(r"(\d{1,2})(?:er)?\s+([a-z]+\.?)(?:\s+(\d{4}))?", propre)) and (
        mois_lu := _mois(trouve[2])
    ):
        return _jour(_annee(trouve[3], aujourdhui), mois_lu, int(trouve[1]), texte.strip())
    if (trouve := re.fullmatch(r"([a-z]+\.?)(?:\s+(\d{4}))?", propre)) and (
        mois_lu := _mois(trouve[1])
    ):
        annee = _annee(trouve[2], aujourdhui)
        dernier = calendar.monthrange(annee, mois_lu)[1]
        return dt.date(annee, mois_lu, dernier if fin else 1)
    if re.fullmatch(r"\d{4}", propre):
        annee = int(propre)
        if annee < 1900:
            raise DateIncomprise(f"l'année « {propre} » n'est pas plausible")
        return dt.date(annee, 12, 31) if fin else dt.date(annee, 1, 1)
    raise DateIncomprise(
        f"« {texte.strip()} » n'est pas compris comme une date ; écrivez par exemple "
        "« 14/01/2026 », « 14 janvier 2026 » ou « janvier 2026 »"
    )


def lire_periode(
    du: str, au: str, aujourdhui: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """La période « du … au … » (champs vides : pas de limite) ; lève `DateIncomprise`."""
    debut = lire_date(du, aujourdhui=aujourdhui) if du.strip() else None
    fin = lire_date(au, fin=True, aujourdhui=aujourdhui) if au.strip() else None
    if debut is not None and fin is not None and fin < debut:
        raise DateIncomprise("la fin de la période est avant son début : inversez les dates")
    return debut, fin


# ----------------------------------------------------------------- traces
def traces(depot: Depot) -> list[SeanceIndexee]:
    """Le résumé de toutes les séances du dépôt, lu dans son index (aucun fichier ouvert)."""
    return list(depot.resumes_seances())


def types_entretien(
    toutes: Sequence[SeanceIndexee], connus: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """(identifiant, titre) des types d'entretien : ceux du catalogue, puis ceux des séances."""
    types = dict(connus)
    vus = {trace.conducteur_id for trace in toutes}
    autres: dict[str, str] = {}
    if vus - types.keys():
        for trace in toutes:
            if trace.conducteur_id not in types and trace.conducteur_id not in autres:
                autres[trace.conducteur_id] = trace.conducteur_titre or trace.conducteur_id
    return [*connus, *sorted(autres.items(), key=lambda kv: (kv[1].casefold(), kv[0]))]


def adherents_retenus(
    resumes: Sequence[ResumeAdherent], toutes: Iterable[SeanceIndexee], filtres: Filtres
) -> list[ResumeAdherent]:
    """Les adhérents qui ont au moins une séance retenue par les filtres (tous sans filtre)."""
    if not filtres.actifs:
        return list(resumes)
    gardes = {t.adherent_id for t in toutes if filtres.retient(t.conducteur_id, t.debut, t.statut)}
    return [r for r in resumes if r.id in gardes]
