"""L'adhérent simulé : ce que dit la persona à chaque étape de la répétition.

Aucun modèle de langue : les répliques viennent du fichier de la persona. À
chaque étape, `AdherentSimule.replique(etape)` choisit une variante avec un
tirage aléatoire initialisé par la graine (même graine, même répétition ;
graines différentes, répétitions différentes), sans redire la réplique
précédente. La recherche va du plus précis au plus général :

1. une épreuve scénarisée qui survient à cette étape (refus du
   consentement, durée contestée, refus d'une tâche, évocation de la santé
   ou d'un passé judiciaire) ;
2. les répliques de l'étape (`repliques.etapes`) ;
3. celles de son rôle (`repliques.roles`) ;
4. celles des éléments du cadre qu'elle convient (`repliques.cadre`) ;
5. celles de son type de réponse (`repliques.types`) ;
6. les répliques génériques de la persona (toujours présentes).

Chaque appel à `replique` est une question posée : quand le conseiller
relance (« je vous repose la question »), l'interface rappelle `replique`
avec la même étape. Ainsi une persona qui refuse une tâche « la première
fois » accepte à la relance.

Ce module n'importe pas `textual`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from conducteurs.modele import Conducteur, ElementCadre, Etape, Role, TypeReponse
from conducteurs.persona import (
    EVENEMENTS_SENSIBLES,
    EvenementPersona,
    Persona,
    TypeEvenementPersona,
)

Source = Literal["evenement", "etape", "role", "cadre", "type", "generique"]
"""D'où vient une réplique."""


@dataclass(frozen=True)
class Replique:
    """Une réplique de l'adhérent simulé, et ce qui l'a produite."""

    texte: str
    etape: str | None
    """L'identifiant de l'étape à laquelle elle répond (None pour l'ouverture)."""
    source: Source
    evenement: TypeEvenementPersona | None = None
    """L'épreuve scénarisée qu'elle déclenche, s'il y en a une."""


@dataclass(frozen=True)
class EvenementDeclenche:
    """Une épreuve survenue pendant la répétition, pour le retour au stagiaire."""

    type: TypeEvenementPersona
    etape: str | None


class AdherentSimule:
    """Une persona qui répond, étape par étape, pendant une répétition.

    `graine` rend la répétition reproductible (None : tirage imprévisible).

    Les évocations de santé ou de justice surviennent une fois (ou `fois`),
    avec `conducteur` : à la première de ses étapes citées dans `etapes` par
    la persona (de type texte de préférence, là où le conseiller écrit),
    sinon à sa première étape personnelle de type texte ; sans
    `conducteur` : à la première étape posée parmi `etapes`, ou, si la persona
    n'en cite aucune, à la première étape personnelle de type texte posée.
    Passez le conducteur : l'épreuve est alors garantie dans tout conducteur
    qui a une étape personnelle de type texte.
    """

    def __init__(
        self,
        persona: Persona,
        graine: int | None = None,
        *,
        conducteur: Conducteur | None = None,
    ) -> None:
        self.persona = persona
        self.graine = graine
        self._hasard = random.Random(graine)
        self._conducteur = conducteur
        self._derniere: str | None = None
        self._derniere_par_liste: dict[str, str] = {}
        self._compteurs: dict[TypeEvenementPersona, int] = {}
        self._declenches: list[EvenementDeclenche] = []
        self._cibles: dict[TypeEvenementPersona, str | None] = {
            e.type: self._cible(e) for e in persona.evenements if e.type in EVENEMENTS_SENSIBLES
        }

    # ------------------------------------------------------------- lecture
    @property
    def evenements_prevus(self) -> list[EvenementPersona]:
        """Les épreuves scénarisées de la persona."""
        return list(self.persona.evenements)

    @property
    def evenements_declenches(self) -> list[EvenementDeclenche]:
        """Les épreuves survenues jusqu'ici, dans l'ordre."""
        return list(self._declenches)

    @property
    def refuse_consentement(self) -> bool:
        """La persona refuse le traitement de ses données (à chaque demande)."""
        return self.persona.refuse_consentement

    @property
    def retard_minutes(self) -> int:
        """Les minutes de retard à l'arrivée (0 si elle arrive à l'heure)."""
        return self.persona.retard_minutes

    @property
    def duree_disponible_minutes(self) -> int | None:
        """Le temps dont la persona dit disposer, si elle conteste la durée."""
        return self.persona.duree_disponible_minutes

    def evenement_a(self, etape: Etape) -> EvenementPersona | None:
        """L'épreuve qui surviendrait à cette étape si elle était posée maintenant."""
        for evenement in self.persona.evenements:
            if self._survient(evenement, etape):
                return evenement
        return None

    # ------------------------------------------------------------- répliques
    def evenement_initial(self) -> str | None:
        """La ligne d'ouverture : l'annonce du retard, ou None si la persona est à l'heure.

        Ne se produit qu'une fois par répétition.
        """
        ouverture = self.ouverture()
        return None if ouverture is None else ouverture.texte

    def ouverture(self) -> Replique | None:
        """Comme `evenement_initial`, avec la source de la réplique."""
        evenement = self.persona.evenement(TypeEvenementPersona.retard)
        if evenement is None or self._compteurs.get(evenement.type, 0) >= 1:
            return None
        return self._declencher(evenement, None)

    def replique(self, etape: Etape | None) -> str | None:
        """Ce que dit la persona quand le conseiller pose cette étape.

        None s'il n'y a pas d'étape (entretien clos).
        """
        resultat = self.repliquer(etape)
        return None if resultat is None else resultat.texte

    def repliquer(self, etape: Etape | None) -> Replique | None:
        """Comme `replique`, avec la source de la réplique et l'épreuve déclenchée."""
        if etape is None:
            return None
        evenement = self.evenement_a(etape)
        if evenement is not None:
            return self._declencher(evenement, etape.identifiant)
        repliques = self.persona.repliques
        ident = etape.identifiant
        if ident in repliques.etapes:
            return self._replique(f"etape:{ident}", repliques.etapes[ident], ident, "etape")
        if etape.role is not None and etape.role in repliques.roles:
            return self._replique(
                f"role:{etape.role.value}", repliques.roles[etape.role], ident, "role"
            )
        for element in etape.cadre:
            if element in repliques.cadre:
                return self._replique(
                    f"cadre:{element.value}", repliques.cadre[element], ident, "cadre"
                )
        if etape.type in repliques.types:
            return self._replique(
                f"type:{etape.type.value}", repliques.types[etape.type], ident, "type"
            )
        return self._replique("generiques", repliques.generiques, ident, "generique")

    # ------------------------------------------------------------- interne
    def _cible(self, evenement: EvenementPersona) -> str | None:
        """L'étape du conducteur où survient une évocation sensible (None : à la volée)."""
        if self._conducteur is None:
            return None
        etapes = [etape for _, etape in self._conducteur.etapes()]
        prevues = [e for e in etapes if e.identifiant in evenement.etapes]
        # Une étape en texte libre d'abord : c'est là que le conseiller écrit.
        prevue = next((e for e in prevues if e.type == TypeReponse.texte), None)
        if prevue is None and prevues:
            prevue = prevues[0]
        if prevue is not None:
            return prevue.identifiant
        repli = next((e for e in etapes if _repli_sensible(e)), None)
        return None if repli is None else repli.identifiant

    def _survient(self, evenement: EvenementPersona, etape: Etape) -> bool:
        fois = evenement.nombre_de_fois
        if fois is not None and self._compteurs.get(evenement.type, 0) >= fois:
            return False
        t = TypeEvenementPersona
        match evenement.type:
            case t.retard:
                return False
            case t.refus_consentement:
                return etape.role == Role.consentement
            case t.refus_tache:
                return etape.role == Role.taches
            case t.conteste_duree:
                return etape.type == TypeReponse.duree or ElementCadre.duree in etape.cadre
            case _:
                if self._conducteur is not None:
                    return etape.identifiant == self._cibles.get(evenement.type)
                if evenement.etapes:
                    return etape.identifiant in evenement.etapes
                return _repli_sensible(etape)

    def _declencher(self, evenement: EvenementPersona, etape: str | None) -> Replique:
        self._compteurs[evenement.type] = self._compteurs.get(evenement.type, 0) + 1
        self._declenches.append(EvenementDeclenche(evenement.type, etape))
        replique = self._replique(
            f"evenement:{evenement.type.value}", evenement.repliques, etape, "evenement"
        )
        return Replique(replique.texte, etape, "evenement", evenement.type)

    def _replique(
        self, cle: str, variantes: Sequence[str], etape: str | None, source: Source
    ) -> Replique:
        """Une variante tirée au sort, sans redire la précédente ni la dernière de cette liste."""
        exclues = {self._derniere, self._derniere_par_liste.get(cle)}
        candidates = [v for v in variantes if v not in exclues]
        if not candidates:
            candidates = [v for v in variantes if v != self._derniere] or list(variantes)
        texte = self._hasard.choice(candidates)
        self._derniere = texte
        self._derniere_par_liste[cle] = texte
        return Replique(texte, etape, source)


def _repli_sensible(etape: Etape) -> bool:
    """Une étape où une évocation sensible peut survenir : personnelle, de type texte."""
    return etape.personnel and etape.type == TypeReponse.texte
