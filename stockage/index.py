"""L'index en mémoire : la liste des adhérents et le résumé de chaque séance.

Il se recharge depuis `index.json` à l'ouverture (quelques Mo au plus), ce
qui rend la liste des adhérents immédiate. Ce n'est qu'un cache : les
fichiers des dossiers font foi, et l'index se reconstruit à partir d'eux
après un arrêt brutal (voir `Depot`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from stockage.modeles import ResumeAdherent, ResumeSeance, StatutSeance
from stockage.texte import normaliser


@dataclass(slots=True)
class EntreeSeance:
    """Le résumé d'une séance gardé dans l'index."""

    id: str
    adherent_id: str
    conducteur_id: str
    conducteur_titre: str
    debut: dt.datetime
    statut: StatutSeance

    def resume(self) -> ResumeSeance:
        """La forme publique de ce résumé."""
        return ResumeSeance(
            seance_id=self.id,
            conducteur_id=self.conducteur_id,
            conducteur_titre=self.conducteur_titre,
            date=self.debut,
            statut=self.statut,
        )


@dataclass(slots=True)
class EntreeAdherent:
    """Le résumé d'un adhérent gardé dans l'index."""

    id: str
    nom: str
    cree_le: dt.datetime
    dernier_contact: dt.datetime | None
    endommage: bool = False
    nom_normalise: bytes = field(default=b"", compare=False)

    def __post_init__(self) -> None:
        self.nom_normalise = normaliser(self.nom)


@dataclass
class Index:
    """Adhérents et séances, avec le regroupement des séances par adhérent."""

    adherents: dict[str, EntreeAdherent] = field(default_factory=dict)
    seances: dict[str, EntreeSeance] = field(default_factory=dict)
    par_adherent: dict[str, dict[str, EntreeSeance]] = field(default_factory=dict)

    def poser_adherent(self, entree: EntreeAdherent) -> None:
        """Ajoute ou remplace un adhérent."""
        self.adherents[entree.id] = entree
        self.par_adherent.setdefault(entree.id, {})

    def poser_seance(self, entree: EntreeSeance) -> bool:
        """Ajoute ou remplace une séance ; rend vrai si le résumé a changé."""
        ancienne = self.seances.get(entree.id)
        if ancienne == entree:
            return False
        if ancienne is not None and ancienne.adherent_id != entree.adherent_id:
            self.par_adherent.get(ancienne.adherent_id, {}).pop(entree.id, None)
        self.seances[entree.id] = entree
        self.par_adherent.setdefault(entree.adherent_id, {})[entree.id] = entree
        return True

    def retirer_seance(self, seance_id: str) -> EntreeSeance | None:
        """Retire une séance ; rend son résumé s'il existait."""
        entree = self.seances.pop(seance_id, None)
        if entree is not None:
            self.par_adherent.get(entree.adherent_id, {}).pop(seance_id, None)
        return entree

    def retirer_adherent(self, adherent_id: str) -> list[str]:
        """Retire un adhérent et ses séances ; rend les identifiants des séances."""
        self.adherents.pop(adherent_id, None)
        seances = list(self.par_adherent.pop(adherent_id, {}))
        for seance_id in seances:
            self.seances.pop(seance_id, None)
        return seances

    def derniere_seance(self, adherent_id: str) -> EntreeSeance | None:
        """La séance la plus récente de l'adhérent (par date de début)."""
        seances = self.par_adherent.get(adherent_id)
        if not seances:
            return None
        return max(seances.values(), key=lambda entree: entree.debut)

    def dernier_contact(self, adherent_id: str) -> dt.datetime | None:
        """Le plus récent du dernier contact noté et de la dernière séance."""
        entree = self.adherents.get(adherent_id)
        note = entree.dernier_contact if entree else None
        derniere = self.derniere_seance(adherent_id)
        if derniere is None:
            return note
        if note is None:
            return derniere.debut
        return max(note, derniere.debut)

    def resumes(
        self, garder: Callable[[EntreeAdherent], bool] | None = None
    ) -> list[ResumeAdherent]:
        """Les lignes de la liste des adhérents (ceux que `garder` accepte), par nom
        normalisé (sans accents ni casse)."""
        entrees = sorted(
            (e for e in self.adherents.values() if garder is None or garder(e)),
            key=lambda e: (e.nom_normalise, e.id),
        )
        return [self.resume(entree.id) for entree in entrees]

    def resume(self, adherent_id: str) -> ResumeAdherent:
        """La ligne de la liste des adhérents pour cet adhérent."""
        entree = self.adherents[adherent_id]
        derniere = self.derniere_seance(adherent_id)
        return ResumeAdherent(
            id=entree.id,
            nom=entree.nom,
            cree_le=entree.cree_le,
            dernier_contact=self.dernier_contact(adherent_id),
            nombre_seances=len(self.par_adherent.get(adherent_id, ())),
            derniere_seance=derniere.resume() if derniere else None,
            endommage=entree.endommage,
        )
