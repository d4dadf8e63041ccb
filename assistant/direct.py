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
    phrase_consentement_en_vigueur,
    rediger_compte_rendu,
    remplir_visual_course,
)
from assistant.aides.saisies import AFixerSaisi, NonCommuniqueSaisi, TacheSaisie
from assistant.redaction import Categorie, verifier
from assistant.redaction.modele import PERSONNELLES
from assistant.redaction.regles import SENSIBLES
from conducteurs.modele import Conducteur, Role
from etats import NE_SOUHAITE_PAS_REPONDRE, AFixer, Entretien, Refus, Tache
from stockage import Depot, Seance
from stockage.modeles import EvenementConsentement

CATEGORIES_PERSONNELLES: frozenset[Categorie] = PERSONNELLES | SENSIBLES | {Categorie.identifiant}
"""Ce qui, dans un texte, est une donnée personnelle sur l'adhérent : coordonnées,
situation, données sensibles et numéros d'identification. Sans consentement en
vigueur, rien de cela ne s'enregistre."""


def donnees_personnelles(texte: str) -> list[Categorie]:
    """Les catégories de données personnelles trouvées dans le texte (sans doublon)."""
    vues: list[Categorie] = []
    for constat in verifier(texte, personnelles=True):
        if constat.categorie in CATEGORIES_PERSONNELLES and constat.categorie not in vues:
            vues.append(constat.categorie)
    return vues


def maintenant_local() -> datetime:
    """L'heure locale, avec son fuseau."""
    return datetime.now(UTC).astimezone()


def convertir_valeur(valeur: Any) -> Any:
    """Les valeurs saisies dans l'interface, converties en valeurs de la machine."""
    if isinstance(valeur, AFixerSaisi):
        return AFixer(raison=valeur.raison)
    if isinstance(valeur, NonCommuniqueSaisi):
        return NE_SOUHAITE_PAS_REPONDRE
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
        en_vigueur = adherent.consentement_en_vigueur()
        if en_vigueur is not None:
            consentement = en_vigueur.type == "donne"
        elif adherent.consentement is not None:
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

    def personnelle(self, texte: str) -> str | None:
        """Ce que le texte contient de personnel sur l'adhérent, si le consentement n'est
        pas en vigueur (« coordonnées et identité, … ») ; None sinon."""
        if self.entretien.consentement is True:
            return None
        return ", ".join(c.libelle for c in donnees_personnelles(texte)) or None

    def repondre_seulement(self, valeur: Any) -> None:
        """Enregistre la réponse à l'étape courante (lève `Refus` sans rien changer).

        Sans consentement en vigueur, un texte qui contient une donnée personnelle
        sur l'adhérent est refusé, comme une note."""
        convertie = convertir_valeur(valeur)
        personnelle = self.personnelle(convertie) if isinstance(convertie, str) else None
        self.entretien.repondre(convertie, personnelle=personnelle)
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
        """Ajoute une note ; sans consentement en vigueur, une note personnelle lève `Refus`.

        La règle est appliquée ici, pas seulement à l'écran : aucun chemin ne
        peut enregistrer une note personnelle sans consentement."""
        self.entretien.noter(texte, personnelle=self.personnelle(texte))
        self.enregistrer()

    def note_refusee(self, texte: str) -> str | None:
        """Pourquoi cette note serait refusée (sans rien enregistrer), ou None."""
        refus = self.entretien.possible("noter", texte)
        if refus is not None:
            return refus.raison
        personnelle = self.personnelle(texte)
        if personnelle is None:
            return None
        essai = Entretien.restaurer(self.conducteur, self.entretien.donnees, self.horloge)
        try:
            essai.noter(texte, personnelle=personnelle)
        except Refus as exc:
            return exc.raison
        return None

    def retirer_consentement(self) -> None:
        """L'adhérent retire son consentement : noté dans l'entretien et dans son dossier."""
        self.entretien.retirer_consentement()
        self.enregistrer()
        if self.seance.repetition:
            return
        adherent = self.depot.adherent(self.seance.adherent_id)
        adherent.ajouter_consentement(
            "retire",
            self.maintenant().date(),
            self.conducteur.identifiant,
            self.conducteur.version,
            seance_id=self.seance.id,
            le=self.maintenant(),
        )
        self.depot.enregistrer_adherent(adherent)

    def consentement_en_vigueur(self) -> EvenementConsentement | None:
        """Le consentement en vigueur au dossier de l'adhérent (None en répétition)."""
        if self.seance.repetition:
            return None
        return self.depot.adherent(self.seance.adherent_id).consentement_en_vigueur()

    def historique_consentement(self) -> list[EvenementConsentement]:
        """Tous les événements du consentement de l'adhérent, du plus ancien au plus récent."""
        if self.seance.repetition:
            return []
        return list(self.depot.adherent(self.seance.adherent_id).consentements)

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
        de_la_seance = [e for e in adherent.consentements if e.seance_id == self.seance.id]
        dernier = next((e for e in reversed(de_la_seance) if e.type != "formulaire_signe"), None)
        voulu = "donne" if accord is True else "refuse"
        nouveaux: list[str] = []
        if dernier is None or dernier.type != voulu:
            # Chaque réponse ajoute un événement ; revalider la même réponse n'en ajoute pas.
            nouveaux.append(voulu)
        if signe is True and voulu == "donne":
            apres = (
                [] if nouveaux or dernier is None else de_la_seance[de_la_seance.index(dernier) :]
            )
            if not any(e.type == "formulaire_signe" for e in apres):
                nouveaux.append("formulaire_signe")
        if not nouveaux:
            return
        for type_ in nouveaux:
            adherent.ajouter_consentement(
                type_,  # type: ignore[arg-type]
                self.maintenant().date(),
                self.conducteur.identifiant,
                self.conducteur.version,
                seance_id=self.seance.id,
                le=self.maintenant(),
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
        en_vigueur = None
        if not self.seance.repetition:
            adherent = self.depot.adherent(self.seance.adherent_id)
            en_vigueur = phrase_consentement_en_vigueur(adherent.consentements)
        return rediger_compte_rendu(
            self.conducteur,
            self.reponses(),
            passees=self.entretien.donnees.passees,
            quand=self.seance.debut,
            consentement_en_vigueur=en_vigueur,
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
