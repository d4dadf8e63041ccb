"""Le consentement de l'adhérent et l'exclusion des étapes personnelles.

Le consentement se lit dans les données : la réponse à l'étape de
consentement (ou l'étape passée), le consentement du dossier quand le
conducteur n'a pas d'étape de consentement, et un retrait en cours
d'entretien. Sans consentement en vigueur, les étapes personnelles sont
exclues (passées d'office) et rien de personnel ne s'enregistre.
"""

from __future__ import annotations

from conducteurs.modele import Conducteur, Etape, Role

from .donnees import DonneesEntretien
from .erreurs import Refus

RAISON_CONSENTEMENT_REFUSE = "consentement refusé"
"""Raison donnée aux étapes personnelles passées quand l'adhérent refuse."""
RAISON_CONSENTEMENT_NON_RECUEILLI = "consentement non recueilli"
"""Raison donnée aux étapes personnelles passées faute de consentement recueilli."""
RAISON_CONSENTEMENT_RETIRE = "consentement retiré"
"""Raison donnée aux étapes personnelles passées après un retrait du consentement."""
RAISONS_CONSENTEMENT = frozenset(
    {RAISON_CONSENTEMENT_REFUSE, RAISON_CONSENTEMENT_NON_RECUEILLI, RAISON_CONSENTEMENT_RETIRE}
)


class Consentement:
    """Le consentement d'un entretien, lu dans ses données (qu'il modifie seul)."""

    def __init__(self, conducteur: Conducteur, donnees: DonneesEntretien) -> None:
        self._conducteur = conducteur
        self._donnees = donnees
        self.etape: Etape | None = conducteur.etape_de_role(Role.consentement)
        """L'étape qui recueille le consentement, ou None (phase d'accompagnement)."""

    @property
    def identifiant_etape(self) -> str | None:
        """L'identifiant de l'étape de consentement, où agir pour lever un refus."""
        return None if self.etape is None else self.etape.identifiant

    def valeur(self) -> bool | None:
        """True, False, ou None tant qu'il n'est pas recueilli."""
        if self._donnees.consentement_retire is not None:
            return False
        etape = self.etape
        if etape is None:
            return self._donnees.consentement_dossier is True
        reponse = self._donnees.reponses.get(etape.identifiant)
        if reponse is not None:
            return reponse.valeur is True
        if etape.identifiant in self._donnees.passees:
            return False
        return None

    def raison_exclusion(self) -> str | None:
        """Pourquoi les étapes personnelles sont exclues, ou None si elles ne le sont pas."""
        if self._donnees.consentement_retire is not None:
            return RAISON_CONSENTEMENT_RETIRE
        etape = self.etape
        if etape is None:
            dossier = self._donnees.consentement_dossier
            if dossier is True:
                return None
            return (
                RAISON_CONSENTEMENT_REFUSE
                if dossier is False
                else RAISON_CONSENTEMENT_NON_RECUEILLI
            )
        reponse = self._donnees.reponses.get(etape.identifiant)
        if reponse is not None:
            return None if reponse.valeur is True else RAISON_CONSENTEMENT_REFUSE
        if etape.identifiant in self._donnees.passees:
            return RAISON_CONSENTEMENT_NON_RECUEILLI
        return None

    def exclue(self, etape: Etape) -> bool:
        """L'étape est personnelle et exclue faute de consentement."""
        return etape.personnel and self.raison_exclusion() is not None

    def bloquee(self, etape: Etape) -> bool:
        """Étape personnelle en attente du consentement : elle ne se renseigne pas encore."""
        return etape.personnel and self.valeur() is not True

    def appliquer(self) -> int:
        """Passe (ou rétablit) les étapes personnelles selon le consentement.

        Renvoie le nombre de réponses personnelles effacées.
        """
        raison = self.raison_exclusion()
        donnees = self._donnees
        effacees = 0
        for _, etape in self._conducteur.etapes():
            if not etape.personnel:
                continue
            ident = etape.identifiant
            if raison == RAISON_CONSENTEMENT_RETIRE:
                # Un retrait vaut pour la suite : ce qui était enregistré reste.
                if ident not in donnees.reponses:
                    donnees.passees[ident] = raison
            elif raison is not None:
                if donnees.reponses.pop(ident, None) is not None:
                    effacees += 1
                donnees.passees[ident] = raison
            elif donnees.passees.get(ident) in RAISONS_CONSENTEMENT:
                del donnees.passees[ident]
        return effacees

    # ------------------------------------------------------------- refus
    def refus_etape_bloquee(self, etape: Etape) -> Refus | None:
        """L'étape personnelle attend le consentement avant d'être renseignée."""
        consentement = self.etape
        if self.bloquee(etape) and consentement is not None:
            return Refus(
                f"L'étape « {etape.titre} » recueille des données personnelles : le "
                f"consentement doit d'abord être recueilli (étape « {consentement.titre} »).",
                consentement.identifiant,
            )
        return None

    def refus_personnel(self, quoi: str, personnelle: str | None) -> Refus | None:
        """Sans consentement en vigueur, un texte personnel ne s'enregistre pas."""
        if not personnelle or self.valeur() is True:
            return None
        raison = self.raison_exclusion() or "consentement pas encore recueilli"
        return Refus(
            f"{quoi} non enregistrée : données personnelles sur l'adhérent ({personnelle}) "
            f"sans consentement en vigueur ({raison}) ; sans consentement, rien de personnel "
            "ne s'enregistre. Écrivez plutôt « coordonnées à recueillir après le "
            "consentement » ou « contraintes à prendre en compte »."
        )

    def refus_formulaire_signe(self, etape: Etape, valeur: object) -> Refus | None:
        """« Formulaire signé : oui » ne suit pas un refus (ou un retrait) du consentement."""
        if (
            etape.role == Role.formulaire_signe
            and valeur is True
            and self.raison_exclusion() in (RAISON_CONSENTEMENT_REFUSE, RAISON_CONSENTEMENT_RETIRE)
        ):
            return Refus(
                "« Formulaire signé : oui » ne peut pas suivre un refus (ou un retrait) du "
                "consentement dans la même séance : répondez « non », ou revenez à l'étape du "
                "consentement si l'adhérent a changé d'avis.",
                self.identifiant_etape,
            )
        return None

    def refus_exclue(self, etape: Etape) -> Refus:
        """Le refus d'aller à une étape personnelle exclue."""
        raison = self.raison_exclusion() or RAISON_CONSENTEMENT_NON_RECUEILLI
        return Refus(
            f"L'étape « {etape.titre} » recueille des données personnelles : elle est "
            f"exclue ({raison}).",
            self.identifiant_etape,
        )

    def refus_retrait(self, clos: bool) -> Refus | None:
        """Pourquoi le consentement ne peut pas être retiré maintenant, ou None."""
        if clos:
            return Refus(
                "L'entretien est clos : le retrait se fait depuis le dossier de l'adhérent."
            )
        if self._donnees.consentement_retire is not None:
            return Refus("Le consentement a déjà été retiré pendant cet entretien.")
        return None
