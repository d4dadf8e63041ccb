"""Lire et valider les fichiers de personas, et leur catalogue.

Une persona est un fichier YAML posé à côté des conducteurs : les personas
intégrées dans `conducteurs/personas/`, celles de la structure dans le
sous-dossier `personas/` du dossier des conducteurs de la structure (une
persona de la structure qui porte l'identifiant d'une persona intégrée la
remplace). La lecture passe par le même noyau que les conducteurs
(`conducteurs.document`, `conducteurs.fichiers`) et le catalogue est le même
(`conducteurs.catalogue`) : les erreurs sont rapportées de la même façon, un
`Probleme` par défaut, avec le fichier, le champ, la ligne, ce qui ne va pas
et quoi écrire.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from conducteurs.catalogue import (
    INTEGRE,
    CatalogueDe,
    EntreeCatalogue,
    fichiers_du_paquet,
)
from conducteurs.chargeur import Catalogue, charger_catalogue
from conducteurs.document import Attendu, Document, lire_document, problemes_validation
from conducteurs.fichiers import (
    EXTENSIONS,
    examiner_dossier,
    fichiers_a_valider,
    lire_texte_fichier,
)
from conducteurs.persona_modele import (
    DOSSIER_PERSONAS,
    VARIANTES_MIN,
    Attitude,
    EvenementPersona,
    Persona,
    Repliques,
    TypeEvenementPersona,
)
from conducteurs.probleme import FichierInvalide, Probleme
from conducteurs.traduction import champ_vide, traduire_erreur
from conducteurs.vocabulaire import ElementCadre, Role

PERSONA = Attendu(
    "une persona",
    "écrivez une persona (copiez une persona intégrée pour commencer)",
    "commencez par « identifiant: … », « nom: … », « situation: … »",
)


class PersonaInvalide(FichierInvalide):
    """Un fichier de persona n'a pas pu être chargé."""


# --------------------------------------------------------- erreurs de lecture
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


def _traduire(erreur: Any) -> tuple[str, str]:
    """(message, correction) d'une erreur de pydantic, dits comme pour les conducteurs."""
    # Une clé de dictionnaire invalide : pydantic ajoute « [key] » au chemin.
    loc: tuple[int | str, ...] = tuple(p for p in erreur["loc"] if p != "[key]")
    cle_invalide = len(loc) != len(erreur["loc"])
    type_ = erreur["type"]
    nom = next((p for p in reversed(loc) if isinstance(p, str)), "")
    parent = next((p for p in reversed(loc[:-1]) if isinstance(p, str)), "")
    if type_ == "extra_forbidden":
        return traduire_erreur({**erreur, "loc": loc}, _champs_possibles)
    if type_ == "enum":
        valeurs = _VALEURS.get(parent if cle_invalide else nom)
        if cle_invalide and parent == "types":
            valeurs = None  # les types de réponse : la liste de pydantic convient
        message, correction = traduire_erreur({**erreur, "loc": loc})
        if valeurs:
            correction = "écrivez l'une de : " + ", ".join(valeurs)
        if cle_invalide:
            message = f"la rubrique « {nom} » n'est pas reconnue"
        return message, correction
    if type_ in ("int_type", "int_parsing", "int_from_float") and nom == "fois":
        return (
            f"un nombre entier est attendu, pas « {erreur.get('input')} »",
            "écrivez combien de fois l'événement se produit, par exemple 1",
        )
    if type_ == "too_short" and loc[:1] == ("repliques",):
        minimum = (erreur.get("ctx") or {}).get("min_length", VARIANTES_MIN)
        return (
            "il faut plusieurs variantes pour que deux répétitions diffèrent",
            f"écrivez au moins {minimum} variantes, une par ligne avec « - »",
        )
    message, correction = traduire_erreur({**erreur, "loc": loc})
    return champ_vide(erreur, message), correction


# ---------------------------------------------------------------- lecture
def lire_persona_texte(
    source: str, nom_fichier: str, catalogue: Catalogue | None = None
) -> Persona:
    """Valide le texte YAML d'une persona ; lève `PersonaInvalide`.

    Avec un `catalogue`, vérifie aussi que les conducteurs et les étapes
    cités existent (sinon, seul le schéma est vérifié).
    """
    document = lire_document(source, nom_fichier, PERSONA, PersonaInvalide)
    try:
        persona = Persona.model_validate(document.donnees)
    except ValidationError as exc:
        raise PersonaInvalide(problemes_validation(exc, nom_fichier, document, _traduire)) from None
    if catalogue is not None:
        problemes = problemes_coherence(persona, catalogue, nom_fichier, document.lignes)
        if problemes:
            raise PersonaInvalide(problemes)
    return persona


def lire_persona_fichier(chemin: Path, catalogue: Catalogue | None = None) -> Persona:
    """Lit et valide un fichier de persona ; lève `PersonaInvalide`."""
    nom = str(chemin)
    texte = lire_texte_fichier(chemin, "une persona", PersonaInvalide)
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
        fichiers, ecartes = fichiers_a_valider(chemin, "personas")
        problemes.extend(ecartes)
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
    document = Document({}, None, lignes or {})
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
                    document.ligne(chemin),
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
                    document.ligne(chemin),
                )
            )
    return problemes


@cache
def _integres() -> Catalogue:
    """Le catalogue des conducteurs intégrés (lu une fois)."""
    return charger_catalogue()


# ------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class EntreePersona(EntreeCatalogue[Persona]):
    """Une persona du catalogue et son origine (« intégré » ou « structure »)."""

    @property
    def persona(self) -> Persona:
        """La persona de cette entrée."""
        return self.element


@dataclass
class CataloguePersonas(CatalogueDe[Persona, EntreePersona]):
    """Les personas disponibles : intégrées, complétées ou remplacées par la structure."""

    ENTREE = EntreePersona
    AUCUN = "aucune persona"
    DISPONIBLES = "personas disponibles"
    VIDE = "aucune"

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
    return fichiers_du_paquet(DOSSIER_PERSONAS)


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
    (par défaut, le catalogue de ce dossier, lu au premier fichier) : un
    conducteur ou une étape inconnus les écartent. Un fichier invalide est
    écarté et son problème listé dans `problemes`.
    """
    personas = CataloguePersonas()
    personas.ajouter(fichiers_personas_integres(), INTEGRE, lire_persona_fichier)
    if dossier_structure is not None:
        connus: list[Catalogue] = [catalogue] if catalogue is not None else []

        def lire(fichier: Path) -> Persona:
            if not connus:
                connus.append(charger_catalogue(dossier_structure))
            return lire_persona_fichier(fichier, connus[0])

        personas.ajouter_dossier(dossier_personas(dossier_structure), lire, "personas")
    return personas


__all__ = [
    "CataloguePersonas",
    "EntreePersona",
    "PersonaInvalide",
    "charger_personas",
    "dossier_personas",
    "fichiers_personas",
    "fichiers_personas_integres",
    "lire_persona_fichier",
    "lire_persona_texte",
    "problemes_coherence",
    "valider_persona_fichier",
    "valider_personas",
]
