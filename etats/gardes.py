"""Les gardes de l'entretien : ce qui est permis, et pourquoi pas sinon.

Chaque garde est une fonction qui rend `None` si la voie est libre, ou le
`Refus` qui dit en français ce qui manque et à quelle étape agir. C'est la
seule source de ce qui est permis :

- la machine `transitions` les appelle comme `conditions=` (voir
  `machine.passages`) : `etape_quittable`, `cadre_convenu`,
  `aller_a_autorise` (→ `aller_a`), `cloture_possible`, et
  `destination_attendue` (→ `destination`) ;
- chaque action d'`Entretien` lève le refus de sa règle avant de déclencher
  la transition, et `Entretien.possible` rend ce même refus sans agir
  (`Gardes.refus`).

Une règle d'action enchaîne l'état de départ (la machine n'a pas de
transition depuis un entretien suspendu ou clos : la règle dit pourquoi) et
les gardes de la transition, dans leur ordre.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, get_args

from conducteurs.modele import Role

from .cadre import Cadre
from .cloture import Cloture
from .consentement import Consentement
from .donnees import DonneesEntretien
from .erreurs import Refus
from .machine import ETAT_CLOTURE, ETAT_SUSPENDU, decomposer, franchit_cadre
from .parcours import Parcours
from .reponses import normaliser

Action = Literal[
    "avancer",
    "passer",
    "cloturer",
    "precedent",
    "aller_a",
    "suspendre",
    "reprendre",
    "repondre",
    "noter",
]
"""Les actions dont `Entretien.possible` sait dire si elles sont permises."""

ACTIONS: tuple[Action, ...] = get_args(Action)

_HORS_SEQUENCE: dict[str, dict[str, str]] = {
    "": {
        ETAT_SUSPENDU: "L'entretien est suspendu : reprenez-le d'abord.",
        ETAT_CLOTURE: "L'entretien est clos.",
    },
    "suspendre": {
        ETAT_SUSPENDU: "L'entretien est déjà suspendu.",
        ETAT_CLOTURE: "L'entretien est clos : il ne peut plus être suspendu.",
    },
    "cloturer": {
        ETAT_SUSPENDU: "L'entretien est suspendu : reprenez-le avant de le clôturer.",
        ETAT_CLOTURE: "L'entretien est déjà clos.",
    },
    "noter": {ETAT_CLOTURE: "L'entretien est clos : il ne reçoit plus de notes."},
}
"""Pourquoi une action ne part pas d'un entretien suspendu ou clos, par action
(`""` : les actions sur l'étape courante). La machine n'a pas de transition
depuis ces états ; la table en donne la raison."""

SANS_VALEUR: object = object()
"""Marque l'absence de valeur à juger (`None` est une valeur, refusée)."""


def _texte(valeur: object) -> str:
    if not isinstance(valeur, str):
        raise TypeError("un texte est attendu")
    return valeur


class Gardes:
    """Les gardes d'un entretien, lues dans ses données et ses collaborateurs."""

    def __init__(
        self,
        donnees: DonneesEntretien,
        parcours: Parcours,
        consentement: Consentement,
        cadre: Cadre,
        cloture: Cloture,
    ) -> None:
        self._donnees = donnees
        self._parcours = parcours
        self._consentement = consentement
        self._cadre = cadre
        self._cloture = cloture

    def refus(self, action: str, *args: object) -> Refus | None:
        """Le refus que l'action lèverait maintenant, ou None (`Entretien.possible`)."""
        regles: dict[str, Callable[[], Refus | None]] = {
            "avancer": self.avancer,
            "passer": lambda: self.passer(_texte(args[0]) if args else None),
            "cloturer": self.cloturer,
            "precedent": self.precedent,
            "aller_a": lambda: self.aller_a(_texte(args[0])),
            "suspendre": self.suspendre,
            "reprendre": self.reprendre,
            "repondre": lambda: self.repondre(args[0] if args else SANS_VALEUR),
            "noter": lambda: self.noter(_texte(args[0]) if args else None),
        }
        regle = regles.get(action)
        if regle is None:
            raise ValueError(f"action inconnue : « {action} » (attendu : {', '.join(ACTIONS)})")
        if action == "aller_a" and not args:
            raise TypeError("possible('aller_a', identifiant) : l'identifiant manque")
        return regle()

    # ------------------------------------------- conditions de la machine
    def etape_quittable(self) -> Refus | None:
        """Garde `etape_quittable` : l'étape courante peut être laissée derrière soi."""
        return self.quitter(self._parcours.position())

    def cadre_convenu(self) -> Refus | None:
        """Garde `cadre_convenu` : les cinq éléments du cadre sont convenus."""
        return self._cadre.refus()

    def cloture_possible(self) -> Refus | None:
        """Garde `cloture_possible` : rien ne manque pour clore l'entretien."""
        return self._cloture.refus()

    def destination(self, declencheur: str) -> str | None:
        """Garde `destination_attendue` : l'état où mène ce déclencheur maintenant.

        Pour `avancer` et `precedent`, l'étape suivante ou précédente non
        exclue ; pour `reprendre`, l'étape où l'entretien s'était arrêté.
        """
        etat = self._donnees.etat
        if etat == ETAT_CLOTURE:
            return None
        position = self._parcours.position()
        if declencheur == "reprendre":
            return self._parcours.nom(position) if etat == ETAT_SUSPENDU else None
        if etat == ETAT_SUSPENDU:
            return None
        if declencheur == "avancer":
            cible = self._parcours.suivante(position)
        elif declencheur == "precedent":
            cible = self._parcours.precedente(position)
        else:
            return None
        return None if cible is None else self._parcours.nom(cible)

    def quitter(self, position: int) -> Refus | None:
        """Pourquoi l'étape à cette position ne peut pas être laissée derrière soi."""
        etape = self._parcours.etapes[position][1]
        ident = etape.identifiant
        donnees = self._donnees
        if (
            self._consentement.exclue(etape)
            or ident in donnees.reponses
            or ident in donnees.passees
        ):
            return None
        consentement = self._consentement.etape
        if etape.obligatoire and self._consentement.bloquee(etape) and consentement is not None:
            return Refus(
                f"L'étape « {etape.titre} » recueille des données personnelles : recueillez "
                f"d'abord le consentement (étape « {consentement.titre} »).",
                consentement.identifiant,
            )
        if etape.obligatoire:
            return Refus(
                f"L'étape « {etape.titre} » est obligatoire : répondez-y avant d'avancer.", ident
            )
        if etape.role == Role.consentement:
            return Refus(
                f"Le consentement n'est pas recueilli : répondez oui ou non à l'étape "
                f"« {etape.titre} », ou passez-la en donnant la raison.",
                ident,
            )
        return None

    # ------------------------------------------------- règles des actions
    def en_cours(self, action: str = "") -> Refus | None:
        """L'action part d'un entretien en cours : ni suspendu, ni clos (`_HORS_SEQUENCE`)."""
        message = _HORS_SEQUENCE[action].get(self._donnees.etat)
        return None if message is None else Refus(message)

    def avancer(self) -> Refus | None:
        """Règle d'`avancer` : les gardes du passage vers l'étape suivante.

        `etape_quittable`, puis `destination_attendue` (il y a une étape
        après), puis `cadre_convenu` si le passage commence l'échange.
        """
        refus = self.en_cours() or self.etape_quittable()
        if refus is not None:
            return refus
        destination = self.destination("avancer")
        if destination is None:
            return Refus("C'est la dernière étape de l'entretien : clôturez-le.")
        if franchit_cadre(self._donnees.etat, decomposer(destination)[0]):
            return self.cadre_convenu()
        return None

    def passer(self, raison: str | None) -> Refus | None:
        """Règle de `passer` : étape facultative sans réponse, raison donnée, puis avancer."""
        refus = self.en_cours()
        if refus is not None:
            return refus
        etape = self._parcours.courante()
        ident = etape.identifiant
        if etape.obligatoire:
            return Refus(
                f"L'étape « {etape.titre} » est obligatoire : elle ne peut pas être passée.",
                ident,
            )
        if ident in self._donnees.reponses:
            return Refus(
                f"L'étape « {etape.titre} » a déjà une réponse : avancez plutôt que de la passer.",
                ident,
            )
        if raison is not None and not raison.strip():
            return Refus(
                f"Indiquez pourquoi l'étape « {etape.titre} » est passée : la raison est gardée.",
                ident,
            )
        if self._parcours.suivante(self._parcours.position()) is None:
            return None
        # Simulation : l'étape passée (et le consentement qui en découle), puis avancer.
        donnees = self._donnees
        reponses = dict(donnees.reponses)
        passees = dict(donnees.passees)
        try:
            donnees.passees[ident] = (raison or "").strip() or "passée"
            if etape.role == Role.consentement:
                self._consentement.appliquer()
            return self.avancer()
        finally:
            donnees.reponses = reponses
            donnees.passees = passees

    def precedent(self) -> Refus | None:
        """Règle de `precedent` : garde `destination_attendue` (une étape avant)."""
        refus = self.en_cours()
        if refus is not None:
            return refus
        if self.destination("precedent") is None:
            return Refus("C'est la première étape de l'entretien : il n'y a rien avant.")
        return None

    def aller_a(self, cible: str) -> Refus | None:
        """Règle d'`aller_a`, et garde `aller_a_autorise` de la machine.

        L'étape demandée existe, n'est pas exclue, et elle est antérieure ou
        déjà abordée avec un chemin complet jusqu'à elle (cadre compris).
        """
        refus = self.en_cours()
        if refus is not None:
            return refus
        parcours = self._parcours
        if cible not in parcours.index:
            return Refus(f"Le conducteur n'a pas d'étape « {cible} ».")
        position = parcours.index[cible]
        sequence, etape = parcours.etapes[position]
        if self._consentement.exclue(etape):
            return self._consentement.refus_exclue(etape)
        if position <= parcours.position():
            return None
        if cible not in self._donnees.visitees:
            return Refus(
                f"L'étape « {etape.titre} » n'a pas encore été abordée : avancez étape par "
                "étape jusqu'à elle."
            )
        for avant in range(position):
            refus = self.quitter(avant)
            if refus is not None:
                return refus
        if franchit_cadre(parcours.sequence_de(0), sequence):
            return self.cadre_convenu()
        return None

    def suspendre(self) -> Refus | None:
        """Règle de `suspendre` : l'entretien est en cours."""
        return self.en_cours("suspendre")

    def reprendre(self) -> Refus | None:
        """Règle de `reprendre` : l'entretien est suspendu."""
        if self._donnees.etat != ETAT_SUSPENDU:
            return Refus("L'entretien n'est pas suspendu : il n'y a rien à reprendre.")
        return None

    def cloturer(self) -> Refus | None:
        """Règle de `cloturer` : l'entretien est en cours et rien ne manque."""
        return self.en_cours("cloturer") or self.cloture_possible()

    def repondre(
        self, valeur: object = SANS_VALEUR, personnelle: str | None = None
    ) -> Refus | None:
        """Règle de `repondre` : l'étape se renseigne, et la valeur (si donnée) convient."""
        refus = self.en_cours()
        if refus is not None:
            return refus
        etape = self._parcours.courante()
        consentement = self._consentement
        refus = consentement.refus_etape_bloquee(etape)
        if refus is not None:
            return refus
        if consentement.exclue(etape):  # pragma: no cover - l'étape courante n'est jamais exclue
            return Refus(f"L'étape « {etape.titre} » est exclue faute de consentement.")
        refus = consentement.refus_personnel("Réponse", personnelle)
        if refus is not None or valeur is SANS_VALEUR:
            return refus
        refus = consentement.refus_formulaire_signe(etape, valeur)
        if refus is not None:
            return refus
        try:
            normaliser(etape, valeur)
        except Refus as erreur:
            return erreur
        return None

    def noter(self, texte: str | None, personnelle: str | None = None) -> Refus | None:
        """Règle de `noter` : l'entretien n'est pas clos, la note n'est pas vide."""
        refus = self.en_cours("noter")
        if refus is not None:
            return refus
        if texte is not None and not texte.strip():
            return Refus("La note est vide : écrivez au moins un mot.")
        return self._consentement.refus_personnel("Note", personnelle)
