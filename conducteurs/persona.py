"""Les adhérents simulés du mode répétition (« personas »), leur schéma et leur lecture.

Une persona est un fichier YAML posé à côté des conducteurs : les personas
intégrées dans `conducteurs/personas/`, celles de la structure dans le
sous-dossier `personas/` du dossier des conducteurs de la structure (une
persona de la structure qui porte l'identifiant d'une persona intégrée la
remplace). Elle décrit une personne **fictive** :

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

Les erreurs sont rapportées comme celles des conducteurs : un `Probleme` par
défaut, avec le fichier, le champ, la ligne, ce qui ne va pas et quoi écrire.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError, field_validator
from pydantic import model_validator as validateur_modele

from conducteurs.chargeur import (
    EXTENSIONS,
    INTEGRE,
    SOUS_DOSSIER_PERSONAS,
    STRUCTURE,
    Catalogue,
    ChargeurYaml,
    ConducteurInvalide,
    Probleme,
    _traduire,
    avis_remplacement,
    charger_catalogue,
    charger_yaml,
    examiner_dossier,
    lire_texte,
    lire_texte_fichier,
    probleme_dossier_illisible,
)
from conducteurs.lecture_yaml import _chemin, _ligne_de, _lignes
from conducteurs.modele import (
    ElementCadre,
    ElementTexte,
    Identifiant,
    Role,
    RoleTexte,
    TexteNonVide,
    TypeTexte,
)

DOSSIER_PERSONAS = SOUS_DOSSIER_PERSONAS
"""Le nom du dossier des personas : dans le paquet `conducteurs`, et dans le
dossier des conducteurs de la structure."""

"""Une persona fait quelques kilo-octets ; au-delà, c'est une erreur."""

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
    decompose = unicodedata.normalize("NFKD", texte.strip().casefold())
    simple = "".join(c for c in decompose if not unicodedata.combining(c))
    return simple.replace(" ", "_").replace("-", "_")


_MOTIF_MOT = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*\*?")
"""Un mot ou une expression à chercher, éventuellement terminé par « * »."""


def _normaliser_avec_carte(texte: str) -> tuple[str, list[int]]:
    """Le texte sans accents ni majuscules, et la position d'origine de chaque caractère."""
    morceaux: list[str] = []
    carte: list[int] = []
    for i, caractere in enumerate(texte):
        decompose = unicodedata.normalize("NFKD", caractere.casefold())
        simple = "".join(c for c in decompose if not unicodedata.combining(c))
        if caractere == "’":
            simple = "'"
        morceaux.append(simple)
        carte.extend([i] * len(simple))
    return "".join(morceaux), carte


def chercher_mots(texte: str, mots: Iterable[str]) -> list[tuple[int, int, str]]:
    """(début, fin, mot cherché) de chaque occurrence des mots dans le texte, dans l'ordre.

    Mots entiers, au pluriel aussi (s, x), sans tenir compte des accents ni des
    majuscules ; un mot terminé par « * » vaut pour toute fin de mot. Les
    positions sont celles du texte d'origine.
    """
    norme, carte = _normaliser_avec_carte(texte)
    trouves: list[tuple[int, int, str]] = []
    for mot in mots:
        racine, etoile = mot.removesuffix("*"), mot.endswith("*")
        simple, _ = _normaliser_avec_carte(racine)
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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, str_strip_whitespace=True)


Variantes = Annotated[list[Variante], Field(min_length=VARIANTES_MIN)]


class Repliques(_Strict):
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


class EvenementPersona(_Strict):
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


class Persona(_Strict):
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


# --------------------------------------------------------- erreurs de lecture
class PersonaInvalide(Exception):
    """Un fichier de persona n'a pas pu être chargé."""

    def __init__(self, problemes: list[Probleme]) -> None:
        super().__init__("\n".join(str(p) for p in problemes))
        self.problemes = problemes


_MODELES: dict[str, type[BaseModel]] = {
    "": Persona,
    "repliques": Repliques,
    "evenements": EvenementPersona,
}

_VALEURS: dict[str, list[str]] = {
    "attitude": [a.value for a in Attitude],
    "type": [t.value for t in TypeEvenementPersona],
    "roles": [r.value for r in Role],
    "cadre": [e.value for e in ElementCadre],
}


def _champs_possibles(loc: tuple[int | str, ...]) -> list[str]:
    parents = [p for p in loc[:-1] if isinstance(p, str)]
    modele = _MODELES.get(parents[-1] if parents else "")
    return sorted(modele.model_fields) if modele else []


def _probleme_pydantic(erreur: Any, fichier: str, lignes: dict[str, int]) -> Probleme:
    """Le `Probleme` d'une erreur de pydantic, traduite comme celles des conducteurs."""
    # Une clé de dictionnaire invalide : pydantic ajoute « [key] » au chemin.
    loc: tuple[int | str, ...] = tuple(p for p in erreur["loc"] if p != "[key]")
    cle_invalide = len(loc) != len(erreur["loc"])
    chemin = _chemin(loc)
    type_ = erreur["type"]
    nom = next((p for p in reversed(loc) if isinstance(p, str)), "")
    parent = next((p for p in reversed(loc[:-1]) if isinstance(p, str)), "")
    if type_ == "extra_forbidden":
        possibles = ", ".join(_champs_possibles(loc))
        message = f"le champ « {nom} » n'existe pas ici"
        correction = (
            f"retirez-le ou corrigez son nom ; champs possibles : {possibles}"
            if possibles
            else "retirez-le"
        )
    elif type_ == "enum":
        valeurs = _VALEURS.get(parent if cle_invalide else nom)
        if cle_invalide and parent == "types":
            valeurs = None  # les types de réponse : la liste de pydantic convient
        message, correction = _traduire({**erreur, "loc": loc})
        if valeurs:
            correction = "écrivez l'une de : " + ", ".join(valeurs)
        if cle_invalide:
            message = f"la rubrique « {nom} » n'est pas reconnue"
    elif type_ in ("int_type", "int_parsing", "int_from_float") and nom == "fois":
        message = f"un nombre entier est attendu, pas « {erreur.get('input')} »"
        correction = "écrivez combien de fois l'événement se produit, par exemple 1"
    elif type_ == "too_short" and loc[:1] == ("repliques",):
        minimum = (erreur.get("ctx") or {}).get("min_length", VARIANTES_MIN)
        message = "il faut plusieurs variantes pour que deux répétitions diffèrent"
        correction = f"écrivez au moins {minimum} variantes, une par ligne avec « - »"
    else:
        message, correction = _traduire({**erreur, "loc": loc})
        if erreur.get("input", "") is None and type_ != "missing":
            message = "ce champ est vide"
    return Probleme(fichier, chemin, message, correction, _ligne_de(lignes, chemin))


# ---------------------------------------------------------------- lecture
def lire_persona_texte(
    source: str, nom_fichier: str, catalogue: Catalogue | None = None
) -> Persona:
    """Valide le texte YAML d'une persona ; lève `PersonaInvalide`.

    Avec un `catalogue`, vérifie aussi que les conducteurs et les étapes
    cités existent (sinon, seul le schéma est vérifié).
    """
    if not source.strip():
        raise PersonaInvalide(
            [
                Probleme(
                    nom_fichier,
                    "",
                    "le fichier est vide",
                    "écrivez une persona (copiez une persona intégrée pour commencer)",
                )
            ]
        )
    try:
        noeud = yaml.compose(source, Loader=ChargeurYaml)
        donnees = charger_yaml(source)
    except Exception:  # YAML mal formé, trop imbriqué, valeur illisible
        raise PersonaInvalide(_problemes_yaml(source, nom_fichier)) from None
    if not isinstance(donnees, dict):
        raise PersonaInvalide(
            [
                Probleme(
                    nom_fichier,
                    "",
                    "le fichier ne contient pas une persona",
                    "commencez par « identifiant: … », « nom: … », « situation: … »",
                    1,
                )
            ]
        )
    lignes: dict[str, int] = {}
    if noeud is not None:
        for chemin, ligne in _lignes(noeud):
            lignes.setdefault(chemin, ligne)
    try:
        persona = Persona.model_validate(donnees)
    except ValidationError as exc:
        raise PersonaInvalide(
            [_probleme_pydantic(e, nom_fichier, lignes) for e in exc.errors(include_url=False)]
        ) from None
    if catalogue is not None:
        problemes = problemes_coherence(persona, catalogue, nom_fichier, lignes)
        if problemes:
            raise PersonaInvalide(problemes)
    return persona


def _problemes_yaml(source: str, nom_fichier: str) -> list[Probleme]:
    """Les problèmes d'un YAML illisible, dits comme pour les conducteurs.

    `lire_texte` lit le YAML avec le même chargeur avant toute autre
    vérification : sur un YAML illisible, il échoue au même endroit, avec le
    message traduit et la ligne.
    """
    try:
        lire_texte(source, nom_fichier)
    except ConducteurInvalide as exc:
        return exc.problemes
    return [  # pragma: no cover - le même YAML ne peut pas être lisible là et pas ici
        Probleme(nom_fichier, "", "le YAML est illisible", "vérifiez la syntaxe du fichier")
    ]


def lire_persona_fichier(chemin: Path, catalogue: Catalogue | None = None) -> Persona:
    """Lit et valide un fichier de persona ; lève `PersonaInvalide`."""
    nom = str(chemin)
    try:
        texte = lire_texte_fichier(chemin, "une persona")
    except ConducteurInvalide as exc:
        raise PersonaInvalide(exc.problemes) from None
    persona = lire_persona_texte(texte, nom, catalogue)
    if chemin.suffix in EXTENSIONS and persona.identifiant != chemin.stem:
        raise PersonaInvalide(
            [
                Probleme(
                    nom,
                    "identifiant",
                    f"l'identifiant « {persona.identifiant} » ne correspond pas au nom "
                    f"du fichier « {chemin.name} »",
                    f"renommez le fichier « {persona.identifiant}.yaml » ou écrivez "
                    f"« identifiant: {chemin.stem} »",
                    1,
                )
            ]
        )
    return persona


def valider_persona_fichier(chemin: Path, catalogue: Catalogue | None = None) -> list[Probleme]:
    """Les problèmes d'un fichier de persona (liste vide s'il est valide).

    Sans `catalogue`, les conducteurs et étapes cités sont comparés à ceux
    des conducteurs intégrés.
    """
    try:
        lire_persona_fichier(chemin, catalogue if catalogue is not None else _integres())
    except PersonaInvalide as exc:
        return exc.problemes
    return []


def valider_personas(
    chemins: Iterable[Path], catalogue: Catalogue | None = None
) -> tuple[int, list[Probleme]]:
    """Valide des fichiers ou dossiers de personas : (nombre de valides, problèmes)."""
    valides = 0
    problemes: list[Probleme] = []
    for chemin in chemins:
        if chemin.is_dir():
            try:
                fichiers, ecartes = examiner_dossier(chemin, "personas")
            except OSError as exc:
                problemes.append(probleme_dossier_illisible(chemin, exc, "personas"))
                continue
            problemes.extend(ecartes)
            if not fichiers and not ecartes:
                problemes.append(
                    Probleme(
                        str(chemin),
                        "",
                        "ce dossier ne contient aucun fichier .yaml",
                        "indiquez un dossier de personas ou des fichiers .yaml",
                    )
                )
        else:
            fichiers = [chemin]
        for fichier in fichiers:
            trouves = valider_persona_fichier(fichier, catalogue)
            problemes.extend(trouves)
            valides += not trouves
    return valides, problemes


# ------------------------------------------------------------- cohérence
def _proche(valeur: str, connues: Iterable[str]) -> str:
    proches = difflib.get_close_matches(valeur, sorted(connues), n=1, cutoff=0.6)
    return f" ; vouliez-vous dire « {proches[0]} » ?" if proches else ""


def problemes_coherence(
    persona: Persona,
    catalogue: Catalogue,
    nom_fichier: str,
    lignes: dict[str, int] | None = None,
) -> list[Probleme]:
    """Les conducteurs et étapes cités par la persona qui n'existent pas.

    Les étapes connues sont celles des conducteurs intégrés et du catalogue
    (une structure qui remplace un conducteur ne rend pas les personas
    intégrées invalides).
    """
    lignes = lignes or {}
    conducteurs = set(catalogue.entrees) | set(_integres().entrees)
    etapes = {
        etape.identifiant
        for source in (catalogue, _integres())
        for entree in source
        for _, etape in entree.conducteur.etapes()
    }
    problemes: list[Probleme] = []
    for i, ident in enumerate(persona.conducteurs):
        if ident not in conducteurs:
            chemin = f"conducteurs[{i}]"
            problemes.append(
                Probleme(
                    nom_fichier,
                    chemin,
                    f"aucun conducteur « {ident} »",
                    "citez l'identifiant d'un conducteur existant, ou écrivez "
                    f"« conducteurs: tous »{_proche(ident, conducteurs)}",
                    _ligne_de(lignes, chemin),
                )
            )
    for chemin, ident in persona.etapes_citees():
        if ident not in etapes:
            problemes.append(
                Probleme(
                    nom_fichier,
                    chemin,
                    f"aucun conducteur n'a d'étape « {ident} »",
                    f"citez l'identifiant d'une étape d'un conducteur{_proche(ident, etapes)}",
                    _ligne_de(lignes, chemin),
                )
            )
    return problemes


@cache
def _integres() -> Catalogue:
    """Le catalogue des conducteurs intégrés (lu une fois)."""
    return charger_catalogue()


# ------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class EntreePersona:
    """Une persona du catalogue et son origine (« intégré » ou « structure »)."""

    persona: Persona
    origine: str
    fichier: str


@dataclass
class CataloguePersonas:
    """Les personas disponibles : intégrées, complétées ou remplacées par la structure."""

    entrees: dict[str, EntreePersona] = field(default_factory=dict)
    problemes: list[Probleme] = field(default_factory=list)

    def __contains__(self, identifiant: object) -> bool:
        return identifiant in self.entrees

    def __len__(self) -> int:
        return len(self.entrees)

    def __iter__(self) -> Iterator[EntreePersona]:
        return iter(self.entrees.values())

    def get(self, identifiant: str) -> Persona:
        """La persona de cet identifiant (KeyError avec un message français)."""
        try:
            return self.entrees[identifiant].persona
        except KeyError:
            connues = ", ".join(sorted(self.entrees)) or "aucune"
            raise KeyError(
                f"aucune persona « {identifiant} » ; personas disponibles : {connues}"
            ) from None

    def pour_conducteur(self, conducteur: str) -> list[Persona]:
        """Les personas qui conviennent à ce conducteur, par nom."""
        return sorted(
            (e.persona for e in self if e.persona.convient_a(conducteur)),
            key=lambda p: p.nom,
        )

    def tries(self) -> list[EntreePersona]:
        """Les personas par nom."""
        return sorted(self.entrees.values(), key=lambda e: (e.persona.nom, e.persona.identifiant))


def fichiers_personas_integres() -> list[Path]:
    """Les fichiers des personas livrées avec l'assistant."""
    dossier = resources.files("conducteurs") / DOSSIER_PERSONAS
    return sorted(Path(str(f)) for f in dossier.iterdir() if f.name.endswith(EXTENSIONS))


def fichiers_personas(dossier: Path) -> list[Path]:
    """Les fichiers de personas d'un dossier (non récursif)."""
    return examiner_dossier(dossier, "personas")[0]


def dossier_personas(dossier_structure: Path) -> Path:
    """Le dossier des personas de la structure : `personas/` dans celui de ses conducteurs."""
    return dossier_structure / DOSSIER_PERSONAS


def charger_personas(
    dossier_structure: Path | None = None, catalogue: Catalogue | None = None
) -> CataloguePersonas:
    """Les personas intégrées, puis celles de la structure (qui les remplacent).

    `dossier_structure` est le dossier des conducteurs de la structure (celui
    de `charger_catalogue`) : ses personas sont dans son sous-dossier
    `personas/`. Les personas de la structure sont comparées à `catalogue`
    (par défaut, le catalogue de ce dossier) : un conducteur ou une étape
    inconnus les écartent. Un fichier invalide est écarté et son problème
    listé dans `problemes`.
    """
    personas = CataloguePersonas()
    for fichier in fichiers_personas_integres():
        _ajouter(personas, fichier, INTEGRE, None)
    if dossier_structure is not None:
        integrees = set(personas.entrees)
        dossier = dossier_personas(dossier_structure)
        try:
            fichiers, ecartes = examiner_dossier(dossier, "personas")
        except OSError as exc:
            personas.problemes.append(probleme_dossier_illisible(dossier, exc, "personas"))
            fichiers, ecartes = [], []
        for probleme in ecartes:
            personas.problemes.append(probleme)
            avis = avis_remplacement(Path(probleme.fichier), integrees)
            if avis is not None:
                personas.problemes.append(avis)
        if fichiers and catalogue is None:
            catalogue = charger_catalogue(dossier_structure)
        for fichier in fichiers:
            if not _ajouter(personas, fichier, STRUCTURE, catalogue):
                avis = avis_remplacement(fichier, integrees)
                if avis is not None:
                    personas.problemes.append(avis)
    return personas


def _ajouter(
    personas: CataloguePersonas, fichier: Path, origine: str, catalogue: Catalogue | None
) -> bool:
    """Ajoute la persona de ce fichier ; False (et ses problèmes notés) s'il est invalide."""
    try:
        persona = lire_persona_fichier(fichier, catalogue)
    except PersonaInvalide as exc:
        personas.problemes.extend(exc.problemes)
        return False
    personas.entrees[persona.identifiant] = EntreePersona(persona, origine, str(fichier))
    return True


__all__ = [
    "DOSSIER_PERSONAS",
    "EVENEMENTS_SENSIBLES",
    "LIBELLES_ATTITUDE",
    "LIBELLES_EVENEMENT",
    "Attitude",
    "CataloguePersonas",
    "EntreePersona",
    "EvenementPersona",
    "Persona",
    "PersonaInvalide",
    "Repliques",
    "TypeEvenementPersona",
    "charger_personas",
    "chercher_mots",
    "dossier_personas",
    "fichiers_personas",
    "fichiers_personas_integres",
    "lire_persona_fichier",
    "lire_persona_texte",
    "problemes_coherence",
    "valider_persona_fichier",
    "valider_personas",
]
