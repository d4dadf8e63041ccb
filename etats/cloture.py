"""La clôture de l'entretien : ce qui manque pour clore, les tâches, le prochain rendez-vous.

Un entretien se clôt quand le cadre est convenu et que l'évaluation, au
moins une tâche pour le prochain rendez-vous, la date de celui-ci (ou « à
fixer » avec la raison), les étapes obligatoires et le consentement
(recueilli ou passé avec une raison) ont leur réponse.
"""

from __future__ import annotations

from datetime import datetime

from conducteurs.modele import Conducteur, Etape, Role

from .cadre import Cadre
from .consentement import Consentement
from .donnees import DonneesEntretien
from .erreurs import Refus
from .machine import ETAT_CLOTURE
from .reponses import AFixer, Tache


def _phrase(raison: str) -> str:
    """Une raison sans son point final, en minuscule initiale, pour une énumération."""
    texte = raison.rstrip(".")
    return texte[:1].lower() + texte[1:]


class Cloture:
    """Les exigences de la clôture d'un entretien et ce qu'elle retient."""

    def __init__(
        self,
        conducteur: Conducteur,
        donnees: DonneesEntretien,
        consentement: Consentement,
        cadre: Cadre,
    ) -> None:
        self._conducteur = conducteur
        self._donnees = donnees
        self._consentement = consentement
        self._cadre = cadre

    def manques(self) -> list[Refus]:
        """Tout ce qui manque encore pour clore l'entretien (liste vide sinon)."""
        if self._donnees.etat == ETAT_CLOTURE:
            return []
        manques: list[Refus] = []
        cadre = self._cadre.refus()
        if cadre is not None:
            manques.append(cadre)
        for _, etape in self._conducteur.etapes():
            if self._consentement.exclue(etape) or etape.identifiant in self._donnees.reponses:
                continue
            manque = self._manque(etape)
            if manque is not None:
                manques.append(manque)
        return manques

    def _manque(self, etape: Etape) -> Refus | None:
        """Ce qui manque à cette étape sans réponse pour clore, ou None."""
        ident = etape.identifiant
        titre = etape.titre
        if etape.role == Role.evaluation:
            return Refus(f"Il manque l'évaluation du résultat atteint (étape « {titre} »).", ident)
        if etape.role == Role.taches:
            return Refus(
                "Il manque le travail demandé pour le prochain rendez-vous : au moins "
                f"une tâche (étape « {titre} »).",
                ident,
            )
        if etape.role == Role.prochain_rdv:
            return Refus(
                "Il manque la date du prochain rendez-vous, ou « à fixer » avec la "
                f"raison (étape « {titre} »).",
                ident,
            )
        if etape.obligatoire:
            return Refus(f"L'étape obligatoire « {titre} » n'a pas de réponse.", ident)
        if etape.role == Role.consentement and ident not in self._donnees.passees:
            return Refus(
                f"Le consentement n'est pas recueilli (étape « {titre} ») : répondez "
                "oui ou non, ou passez l'étape en donnant la raison.",
                ident,
            )
        return None

    def refus(self) -> Refus | None:
        """Un seul refus qui nomme tout ce qui manque pour clore, ou None."""
        manques = self.manques()
        if not manques:
            return None
        if len(manques) == 1:
            return manques[0]
        return Refus(
            "Impossible de clore l'entretien : "
            + " ; ".join(_phrase(manque.raison) for manque in manques)
            + ".",
            manques[0].etape,
        )

    def taches(self) -> list[Tache]:
        """Le travail demandé pour le prochain rendez-vous (liste vide s'il manque)."""
        valeur = self._valeur_de_role(Role.taches)
        return [t for t in valeur if isinstance(t, Tache)] if isinstance(valeur, list) else []

    def prochain_rdv(self) -> datetime | AFixer | None:
        """La date du prochain rendez-vous, « à fixer » avec la raison, ou None."""
        valeur = self._valeur_de_role(Role.prochain_rdv)
        return valeur if isinstance(valeur, datetime | AFixer) else None

    def _valeur_de_role(self, role: Role) -> object:
        etape = self._conducteur.etape_de_role(role)
        return None if etape is None else self._donnees.valeur(etape.identifiant)
