"""Les adhérents simulés du mode répétition (« personas ») : leur schéma.

Une persona décrit une personne **fictive** :

- `identifiant` (minuscules et tirets), `nom` (fictif), `situation`, `attitude`
  (coopérative, méfiante, pressée, hésitante, réservée, bavarde) ;
- `conducteurs` : les conducteurs auxquels elle convient (`tous` par défaut) ;
- `repliques` : ce qu'elle répond, rangé par identifiant d'étape (`etapes`),
  par rôle d'étape (`roles`), par élément du cadre (`cadre`), par type de
  réponse (`types`) et, en dernier recours, `generiques`. Chaque rubrique est
  une liste de variantes (au moins deux) pour que deux répétitions diffèrent ;
- `evenements` : les épreuves scénarisées qui testent le conseiller (refus du
  consentement, retard, durée contestée, refus d'une tâche, évocation de la
  santé ou d'un passé judiciaire, pour s'exercer à l'écriture compatible RGPD).

La lecture des fichiers et le catalogue sont dans `conducteurs.persona_lecture`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, Strict, field_validator
from pydantic import model_validator as validateur_modele

from commun.texte import replier, replier_avec_carte
from conducteurs.fichiers import SOUS_DOSSIER_PERSONAS
from conducteurs.vocabulaire import (
    ElementTexte,
    Identifiant,
    ModeleStrict,
    RoleTexte,
    TexteNonVide,
    TypeTexte,
)

DOSSIER_PERSONAS = SOUS_DOSSIER_PERSONAS
"""Le nom du dossier des personas : dans le paquet `conducteurs`, et dans le
dossier des conducteurs de la structure."""

VARIANTES_MIN = 2
"""Le nombre minimal de variantes par rubrique de répliques."""

TOUS = "tous"
"""Valeur de `conducteurs` pour une persona qui convient à tous les conducteurs."""


class Attitude(StrEnum):
    """L'attitude dominante de l'adhérent simulé."""

    cooperative = "cooperative"
    mefiante = "mefiante"
    pressee = "pressee"
    hesitante = "hesitante"
    reservee = "reservee"
    bavarde = "bavarde"


LIBELLES_ATTITUDE: dict[Attitude, str] = {
    Attitude.cooperative: "coopérative",
    Attitude.mefiante: "méfiante",
    Attitude.pressee: "pressée",
    Attitude.hesitante: "hésitante",
    Attitude.reservee: "réservée",
    Attitude.bavarde: "bavarde",
}


class TypeEvenementPersona(StrEnum):
    """Les épreuves qu'une persona peut faire vivre au conseiller."""

    refus_consentement = "refus_consentement"
    """Refuse le traitement de ses données (étape de rôle consentement)."""
    retard = "retard"
    """Arrive en retard (`retard_minutes`) : la ligne d'ouverture de la répétition."""
    conteste_duree = "conteste_duree"
    """Conteste la durée annoncée (`duree_disponible_minutes`), à l'étape de la durée."""
    refus_tache = "refus_tache"
    """Refuse la première fois de s'engager sur une tâche (étape de rôle taches)."""
    sante = "sante"
    """Évoque sa santé : le conseiller doit écrire le besoin, pas la donnée."""
    judiciaire = "judiciaire"
    """Évoque un passé judiciaire : le conseiller doit écrire le besoin, pas la donnée."""


LIBELLES_EVENEMENT: dict[TypeEvenementPersona, str] = {
    TypeEvenementPersona.refus_consentement: "refuse le traitement de ses données",
    TypeEvenementPersona.retard: "arrive en retard",
    TypeEvenementPersona.conteste_duree: "conteste la durée de l'entretien",
    TypeEvenementPersona.refus_tache: "refuse d'abord de s'engager sur une tâche",
    TypeEvenementPersona.sante: "évoque sa santé",
    TypeEvenementPersona.judiciaire: "évoque un passé judiciaire",
}

EVENEMENTS_SENSIBLES = frozenset({TypeEvenementPersona.sante, TypeEvenementPersona.judiciaire})
"""Les événements qui apportent une donnée sensible (art. 9 et 10 du RGPD)."""


def sans_accents(texte: str) -> str:
    """Le texte en minuscules, sans accents, espaces et tirets changés en « _ »."""
    return replier(texte.strip()).replace(" ", "_").replace("-", "_")


_MOTIF_MOT = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*\*?")
"""Un mot ou une expression à chercher, éventuellement terminé par « * »."""


def chercher_mots(texte: str, mots: Iterable[str]) -> list[tuple[int, int, str]]:
    """(début, fin, mot cherché) de chaque occurrence des mots dans le texte, dans l'ordre.

    Mots entiers, au pluriel aussi (s, x), sans tenir compte des accents ni des
    majuscules ; un mot terminé par « * » vaut pour toute fin de mot. Les
    positions sont celles du texte d'origine.
    """
    norme, carte = replier_avec_carte(texte)
    trouves: list[tuple[int, int, str]] = []
    for mot in mots:
        racine, etoile = mot.removesuffix("*"), mot.endswith("*")
        simple, _ = replier_avec_carte(racine)
        corps = r"\s+".join(re.escape(partie) for partie in simple.split())
        fin = r"\w*" if etoile else r"[sx]?"
        for m in re.finditer(rf"(?<!\w){corps}{fin}(?!\w)", norme):
            if m.end() > m.start():
                trouves.append((carte[m.start()], carte[m.end() - 1] + 1, mot))
    return sorted(trouves)


def _enumeration_souple(valeur: object) -> object:
    """« Coopérative », « coopérative » et « cooperative » désignent la même valeur."""
    return sans_accents(valeur) if isinstance(valeur, str) else valeur


AttitudeTexte = Annotated[Attitude, Strict(False)]
TypeEvenementTexte = Annotated[TypeEvenementPersona, Strict(False)]
Variante = Annotated[str, Field(min_length=1, max_length=600)]
"""Une réplique : ce que dit l'adhérent simulé, en une ou quelques phrases."""


def _variantes_distinctes(variantes: list[str]) -> list[str]:
    vues: set[str] = set()
    for variante in variantes:
        cle = " ".join(variante.casefold().split())
        if cle in vues:
            raise ValueError(
                f"la variante « {variante} » est en double ; retirez l'une des deux ou "
                "reformulez-la"
            )
        vues.add(cle)
    return variantes


Variantes = Annotated[list[Variante], Field(min_length=VARIANTES_MIN)]


class Repliques(ModeleStrict):
    """Ce que dit l'adhérent simulé, du plus précis au plus général.

    Pour une étape, le simulateur cherche dans cet ordre : son identifiant
    (`etapes`), son rôle (`roles`), les éléments du cadre qu'elle convient
    (`cadre`), son type de réponse (`types`), puis `generiques`.
    """

    etapes: dict[Identifiant, Variantes] = Field(default_factory=dict)
    roles: dict[RoleTexte, Variantes] = Field(default_factory=dict)
    cadre: dict[ElementTexte, Variantes] = Field(default_factory=dict)
    types: dict[TypeTexte, Variantes] = Field(default_factory=dict)
    generiques: Variantes

    @field_validator("etapes", "roles", "cadre", "types")
    @classmethod
    def _rubriques_distinctes(cls, rubriques: dict[Any, list[str]]) -> dict[Any, list[str]]:
        for variantes in rubriques.values():
            _variantes_distinctes(variantes)
        return rubriques

    @field_validator("generiques")
    @classmethod
    def _generiques_distinctes(cls, variantes: list[str]) -> list[str]:
        return _variantes_distinctes(variantes)


class EvenementPersona(ModeleStrict):
    """Une épreuve scénarisée : quand elle survient, et ce que dit la persona.

    - `retard` : la ligne d'ouverture de la répétition ; `retard_minutes` requis ;
    - `conteste_duree` : à l'étape qui convient de la durée ;
      `duree_disponible_minutes` requis ;
    - `refus_consentement` : à l'étape de rôle consentement, à chaque fois
      (ou les `fois` premières fois seulement) ;
    - `refus_tache` : à l'étape de rôle taches, la première fois (ou `fois`) ;
    - `sante`, `judiciaire` : à la première étape posée parmi `etapes` ; sans
      `etapes` (ou si le conducteur n'en a aucune), à la première étape
      personnelle de type texte. `a_ne_pas_ecrire` liste les mots que le
      conseiller ne doit pas recopier (mots entiers, au pluriel aussi, sans
      tenir compte des accents ni des majuscules ; `condamn*` vaut pour toute
      fin de mot), `reformulation` propose une écriture compatible RGPD.
    """

    type: TypeEvenementTexte
    repliques: list[Variante] = Field(min_length=1)
    etapes: list[Identifiant] = Field(default_factory=list)
    retard_minutes: int | None = Field(default=None, ge=1, le=120)
    duree_disponible_minutes: int | None = Field(default=None, ge=5, le=240)
    fois: int | None = Field(default=None, ge=1, le=10)
    """Combien de fois l'épreuve se produit ; par défaut une fois, et à chaque
    fois pour le refus du consentement."""
    a_ne_pas_ecrire: list[TexteNonVide] = Field(default_factory=list)
    reformulation: str = ""

    @field_validator("type", mode="before")
    @classmethod
    def _type_souple(cls, valeur: object) -> object:
        return _enumeration_souple(valeur)

    @field_validator("repliques")
    @classmethod
    def _repliques_distinctes(cls, variantes: list[str]) -> list[str]:
        return _variantes_distinctes(variantes)

    @field_validator("a_ne_pas_ecrire")
    @classmethod
    def _mots_valides(cls, mots: list[str]) -> list[str]:
        for mot in mots:
            if not _MOTIF_MOT.fullmatch(mot) or len(mot.rstrip("*")) < 3:
                raise ValueError(
                    f"« {mot} » n'est pas un mot à chercher ; écrivez un mot ou une expression "
                    "d'au moins trois lettres, éventuellement terminé par « * » pour toute "
                    "fin de mot (« condamn* »)"
                )
        return mots

    @validateur_modele(mode="after")
    def _coherence(self) -> EvenementPersona:
        t = TypeEvenementPersona
        nom = self.type.value
        if self.type == t.retard and self.retard_minutes is None:
            raise ValueError(
                "un événement « retard » indique le nombre de minutes de retard ; ajoutez "
                "« retard_minutes: 15 »"
            )
        if self.type != t.retard and self.retard_minutes is not None:
            raise ValueError(
                f"« retard_minutes » ne sert qu'à l'événement « retard », pas à « {nom} » ; "
                "retirez la ligne"
            )
        if self.type == t.conteste_duree and self.duree_disponible_minutes is None:
            raise ValueError(
                "un événement « conteste_duree » indique le temps dont la personne dispose ; "
                "ajoutez « duree_disponible_minutes: 30 »"
            )
        if self.type != t.conteste_duree and self.duree_disponible_minutes is not None:
            raise ValueError(
                "« duree_disponible_minutes » ne sert qu'à l'événement « conteste_duree », "
                f"pas à « {nom} » ; retirez la ligne"
            )
        sensible = self.type in EVENEMENTS_SENSIBLES
        if not sensible and (self.etapes or self.a_ne_pas_ecrire or self.reformulation):
            raise ValueError(
                "« etapes », « a_ne_pas_ecrire » et « reformulation » ne servent qu'aux "
                f"événements « sante » et « judiciaire », pas à « {nom} » ; retirez-les"
            )
        if sensible and not self.a_ne_pas_ecrire:
            raise ValueError(
                f"un événement « {nom} » liste les mots que le conseiller ne doit pas "
                "recopier ; ajoutez « a_ne_pas_ecrire: » avec un mot par ligne "
                "(« - traitement »)"
            )
        if sensible and not self.reformulation:
            raise ValueError(
                f"un événement « {nom} » propose une écriture compatible RGPD ; ajoutez "
                "« reformulation: » (par exemple « contraintes à prendre en compte dans le "
                "choix du métier »)"
            )
        if self.type == t.retard and self.fois is not None:
            raise ValueError("un retard n'arrive qu'une fois, au début ; retirez « fois »")
        return self

    @property
    def nombre_de_fois(self) -> int | None:
        """Combien de fois l'épreuve se produit (None : à chaque fois)."""
        if self.fois is not None:
            return self.fois
        return None if self.type == TypeEvenementPersona.refus_consentement else 1

    @property
    def libelle(self) -> str:
        """Ce que fait la persona, en français (« arrive en retard »)."""
        return LIBELLES_EVENEMENT[self.type]

    def mots_trouves(self, texte: str) -> list[tuple[int, int, str]]:
        """(début, fin, mot cherché) de chaque mot de `a_ne_pas_ecrire` présent dans le texte."""
        return chercher_mots(texte, self.a_ne_pas_ecrire)


class Persona(ModeleStrict):
    """Un adhérent simulé, fictif, pour s'entraîner à conduire un entretien."""

    identifiant: Identifiant
    nom: Annotated[str, Field(min_length=1, max_length=80)]
    """Un nom fictif (« Nadia Morel »)."""
    situation: TexteNonVide
    """La situation de la personne, telle que le coordinateur la présente au stagiaire."""
    attitude: AttitudeTexte
    objectif_pedagogique: str = ""
    """Ce que cette persona fait travailler au conseiller."""
    conducteurs: list[Identifiant] = Field(default_factory=list)
    """Les conducteurs auxquels elle convient ; vide (ou « tous ») : tous."""
    repliques: Repliques
    evenements: list[EvenementPersona] = Field(default_factory=list)

    @field_validator("attitude", mode="before")
    @classmethod
    def _attitude_souple(cls, valeur: object) -> object:
        return _enumeration_souple(valeur)

    @field_validator("conducteurs", mode="before")
    @classmethod
    def _tous(cls, valeur: object) -> object:
        if isinstance(valeur, str) and sans_accents(valeur) == TOUS:
            return []
        return valeur

    @field_validator("conducteurs")
    @classmethod
    def _conducteurs_distincts(cls, conducteurs: list[str]) -> list[str]:
        if len(set(conducteurs)) != len(conducteurs):
            raise ValueError("un conducteur est cité deux fois ; retirez le doublon")
        return conducteurs

    @field_validator("evenements")
    @classmethod
    def _un_evenement_par_type(cls, evenements: list[EvenementPersona]) -> list[EvenementPersona]:
        vus: set[TypeEvenementPersona] = set()
        for evenement in evenements:
            if evenement.type in vus:
                raise ValueError(
                    f"l'événement « {evenement.type.value} » apparaît deux fois ; "
                    "regroupez ses répliques dans un seul événement"
                )
            vus.add(evenement.type)
        return evenements

    # -------------------------------------------------------------- lecture
    @property
    def prenom(self) -> str:
        """Le prénom (premier mot du nom), que l'écrit du conseiller ne doit pas citer."""
        return self.nom.split()[0]

    @property
    def noms(self) -> list[str]:
        """Le prénom et le nom (les mots à majuscule du nom), à ne pas citer dans l'écrit."""
        return [mot for mot in self.nom.split() if mot[:1].isupper()]

    @property
    def libelle_attitude(self) -> str:
        """L'attitude, en français (« méfiante »)."""
        return LIBELLES_ATTITUDE[self.attitude]

    def convient_a(self, conducteur: str) -> bool:
        """La persona convient-elle au conducteur de cet identifiant ?"""
        return not self.conducteurs or conducteur in self.conducteurs

    def evenement(self, type_: TypeEvenementPersona) -> EvenementPersona | None:
        """L'événement de ce type, s'il y en a un."""
        return next((e for e in self.evenements if e.type == type_), None)

    @property
    def refuse_consentement(self) -> bool:
        """La persona refuse toujours le traitement de ses données."""
        evenement = self.evenement(TypeEvenementPersona.refus_consentement)
        return evenement is not None and evenement.nombre_de_fois is None

    @property
    def retard_minutes(self) -> int:
        """Les minutes de retard à l'arrivée (0 si elle arrive à l'heure)."""
        evenement = self.evenement(TypeEvenementPersona.retard)
        return (evenement.retard_minutes or 0) if evenement else 0

    @property
    def duree_disponible_minutes(self) -> int | None:
        """Le temps dont elle dit disposer, si elle conteste la durée."""
        evenement = self.evenement(TypeEvenementPersona.conteste_duree)
        return evenement.duree_disponible_minutes if evenement else None

    def etapes_citees(self) -> Iterator[tuple[str, str]]:
        """(chemin dans le fichier, identifiant) de chaque étape citée."""
        for ident in self.repliques.etapes:
            yield f"repliques.etapes.{ident}", ident
        for i, evenement in enumerate(self.evenements):
            for j, ident in enumerate(evenement.etapes):
                yield f"evenements[{i}].etapes[{j}]", ident
