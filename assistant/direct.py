"""Un entretien en cours : la machine à états, la séance stockée, et leur synchronisation.

C'est ici que chaque événement de l'entretien devient une écriture durable :
`SeanceEnDirect` applique l'événement à la machine (`etats`), puis enregistre
la séance (`stockage`) avant de rendre la main. L'interface n'affiche une
réponse comme « enregistrée » qu'après ce retour : ce qui est montré comme
enregistré survit à un `kill -9`.

Ce module n'importe pas Textual : il sert aussi aux tests et au mode répétition.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from assistant.aides.compte_rendu import (
    joindre_notes,
    rediger_compte_rendu,
    remplir_visual_course,
)
from assistant.aides.saisies import AFixerSaisi, TacheSaisie
from conducteurs.modele import Conducteur, Role
from etats import AFixer, Entretien, Tache
from stockage import Depot, Seance


def maintenant_local() -> datetime:
    """L'heure locale, avec son fuseau."""
    return datetime.now(UTC).astimezone()


def convertir_valeur(valeur: Any) -> Any:
    """Les valeurs saisies dans l'interface, converties en valeurs de la machine."""
    if isinstance(valeur, AFixerSaisi):
        return AFixer(raison=valeur.raison)
    if isinstance(valeur, list) and valeur and isinstance(valeur[0], TacheSaisie):
        return [
            Tache.model_validate({"quoi": t.quoi, "qui": t.qui, "echeance": t.echeance})
            for t in valeur
        ]
    return valeur


@dataclass
class SeanceEnDirect:
    """Un entretien vivant et sa séance enregistrée."""

    entretien: Entretien
    seance: Seance
    conducteur: Conducteur
    depot: Depot
    nom_adherent: str
    horloge: Callable[[], datetime] | None = None

    # --------------------------------------------------------- création
    @classmethod
    def demarrer(
        cls,
        depot: Depot,
        adherent_id: str,
        conducteur: Conducteur,
        horloge: Callable[[], datetime] | None = None,
        repetition: bool = False,
    ) -> SeanceEnDirect:
        """Crée la séance, l'enregistre, et rend l'entretien prêt à conduire."""
        adherent = depot.adherent(adherent_id)
        consentement = None
        if adherent.consentement is not None:
            consentement = adherent.consentement.accord
        if repetition:
            consentement = True
        entretien = Entretien.nouveau(
            conducteur, horloge=horloge, consentement_dossier=consentement
        )
        debut = (horloge or maintenant_local)()
        seance = Seance(
            id=str(uuid.uuid4()),
            adherent_id=adherent_id,
            conducteur_id=conducteur.identifiant,
            conducteur_titre=conducteur.titre,
            phase=conducteur.phase.value,
            debut=debut,
            statut="en_cours",
            entretien=entretien.donnees.model_dump(mode="json"),
            repetition=repetition,
        )
        direct = cls(entretien, seance, conducteur, depot, adherent.nom, horloge)
        direct.enregistrer()
        return direct

    @classmethod
    def reprendre(
        cls,
        depot: Depot,
        seance: Seance,
        conducteur: Conducteur,
        horloge: Callable[[], datetime] | None = None,
    ) -> SeanceEnDirect:
        """Reprend une séance interrompue à son étape exacte (lève ConducteurModifie)."""
        from etats import DonneesEntretien

        donnees = DonneesEntretien.model_validate(seance.entretien)
        entretien = Entretien.restaurer(conducteur, donnees, horloge=horloge)
        if entretien.etat == "suspendu":
            entretien.reprendre()
        else:
            # Arrêt brutal (terminal fermé, coupure) : le temps d'arrêt ne compte pas.
            entretien.reprendre_apres_interruption()
        adherent = depot.adherent(seance.adherent_id)
        direct = cls(entretien, seance, conducteur, depot, adherent.nom, horloge)
        direct.enregistrer()
        return direct

    # ------------------------------------------------------- événements
    def enregistrer(self) -> None:
        """Écrit l'état courant de l'entretien dans la séance, durablement."""
        self.seance.entretien = self.entretien.donnees.model_dump(mode="json")
        etat = self.entretien.etat
        self.seance.statut = (
            "cloture" if etat == "cloture" else "suspendu" if etat == "suspendu" else "en_cours"
        )
        self.depot.enregistrer_seance(self.seance)

    def repondre_seulement(self, valeur: Any) -> None:
        """Enregistre la réponse à l'étape courante (lève `Refus` sans rien changer)."""
        self.entretien.repondre(convertir_valeur(valeur))
        self.enregistrer()
        etape = self.entretien.etape_courante
        if etape is not None and etape.role in (Role.consentement, Role.formulaire_signe):
            self._noter_consentement()

    def avancer(self) -> None:
        """Passe à l'étape suivante (lève `Refus` si une garde l'interdit)."""
        self.entretien.avancer()
        self.enregistrer()

    def est_derniere_etape(self) -> bool:
        n, total = self.entretien.position
        return n >= total

    def passer(self, raison: str) -> None:
        self.entretien.passer(raison)
        self.enregistrer()

    def precedent(self) -> None:
        self.entretien.precedent()
        self.enregistrer()

    def aller_a(self, identifiant: str) -> None:
        self.entretien.aller_a(identifiant)
        self.enregistrer()

    def noter(self, texte: str) -> None:
        self.entretien.noter(texte)
        self.enregistrer()

    def suspendre(self) -> None:
        self.entretien.suspendre()
        self.enregistrer()

    def _noter_consentement(self) -> None:
        """Le consentement recueilli en entretien va dans le dossier de l'adhérent."""
        if self.seance.repetition:
            return
        accord = self.reponse_de_role(Role.consentement)
        if accord is None:
            return
        signe = self.reponse_de_role(Role.formulaire_signe)
        adherent = self.depot.adherent(self.seance.adherent_id)
        adherent.enregistrer_consentement(
            accord=bool(accord),
            version_information=f"{self.conducteur.identifiant} {self.conducteur.version}",
            formulaire_signe=bool(signe),
            date=self.maintenant().date(),
        )
        self.depot.enregistrer_adherent(adherent)

    def reponse_de_role(self, role: Role) -> Any:
        """La réponse à l'étape qui a ce rôle, ou None."""
        etape = self.conducteur.etape_de_role(role)
        return None if etape is None else self.entretien.reponse(etape.identifiant)

    def maintenant(self) -> datetime:
        return (self.horloge or maintenant_local)()

    def maj_tache(self, tache_id: str, statut: str) -> None:
        """Le statut d'une tâche demandée à une séance précédente."""
        self.depot.maj_tache(
            self.seance.adherent_id,
            tache_id,
            statut,  # type: ignore[arg-type]
            self.maintenant(),
        )

    # ----------------------------------------------------------- clôture
    def brouillon_compte_rendu(self) -> str:
        return rediger_compte_rendu(
            self.conducteur,
            self.reponses(),
            passees=self.entretien.donnees.passees,
            quand=self.seance.debut,
        )

    def notes(self) -> list[str]:
        """Les notes libres de la séance, dans l'ordre où elles ont été prises."""
        return [n.texte for n in self.entretien.donnees.notes]

    def _retenues(self, notes_retenues: Iterable[int]) -> list[int]:
        return sorted({i for i in notes_retenues if 0 <= i < len(self.entretien.donnees.notes)})

    def compte_rendu_final(self, compte_rendu: str, notes_retenues: Iterable[int] = ()) -> str:
        """Le compte rendu tel qu'il sera enregistré : le texte relu, puis les notes cochées."""
        notes = self.notes()
        return joindre_notes(compte_rendu, [notes[i] for i in self._retenues(notes_retenues)])

    def fiche_visual_course(self) -> dict[str, str]:
        return remplir_visual_course(self.conducteur, self.reponses())

    def reponses(self) -> dict[str, Any]:
        reponses = (
            (etape.identifiant, self.entretien.reponse(etape.identifiant))
            for _, etape in self.conducteur.etapes()
        )
        return {ident: valeur for ident, valeur in reponses if valeur is not None}

    def cloturer(
        self,
        compte_rendu: str,
        confirmation_rgpd: str | None = None,
        notes_retenues: Iterable[int] = (),
    ) -> None:
        """Clôt l'entretien (lève `Refus`), puis enregistre compte rendu, fiche et tâches.

        Seules les notes de `notes_retenues` (rangs dans les notes de la séance)
        sont jointes au compte rendu ; le choix est gardé avec la séance."""
        retenues = self._retenues(notes_retenues)
        final = self.compte_rendu_final(compte_rendu, retenues)
        self.entretien.cloturer()
        self.seance.fin = self.maintenant()
        self.seance.taches = []
        for tache in self.entretien.taches():
            self.seance.ajouter_tache(tache.quoi, tache.qui, tache.echeance, self.maintenant())
        self.seance.compte_rendu = final
        self.seance.notes_compte_rendu = retenues
        self.seance.fiche_visual_course = self.fiche_visual_course()
        self.seance.rgpd_confirmation = confirmation_rgpd
        self.enregistrer()
