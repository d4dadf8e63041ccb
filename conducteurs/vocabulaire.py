"""Le vocabulaire des conducteurs : identifiants, valeurs énumérées et leurs libellés.

Les phases, types de réponse, éléments du cadre et rôles d'étape, leurs
libellés en français (une seule table par valeur), et les types annotés
qu'emploient les schémas des conducteurs et des personas (`Identifiant`,
`TexteNonVide`, `Booleen`…), avec `ModeleStrict`, la base de ces schémas.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict

MOTIF_IDENTIFIANT = r"^[a-z0-9]+(-[a-z0-9]+)*$"
"""Identifiants en minuscules sans accents, mots séparés par des tirets.

Le tiret bas est exclu : la machine à états l'utilise comme séparateur des
états imbriqués."""


class Phase(StrEnum):
    """Phase du parcours à laquelle appartient l'entretien."""

    accueil = "accueil"
    accompagnement = "accompagnement"


class TypeReponse(StrEnum):
    """La forme de la réponse attendue à une étape."""

    texte = "texte"
    """Texte libre, sur plusieurs lignes."""
    choix = "choix"
    """Un seul choix parmi `options`."""
    choix_multiple = "choix_multiple"
    """Plusieurs choix parmi `options`."""
    oui_non = "oui_non"
    """Oui ou non."""
    date_heure = "date_heure"
    """Une date et une heure (« mardi 14/01 à 9h30 »)."""
    duree = "duree"
    """Une durée en minutes (« 45 min », « 1h30 »)."""
    taches = "taches"
    """Une liste de tâches : quoi, qui (adhérent ou conseiller), échéance."""
    liste_controle = "liste_controle"
    """Une liste de points à cocher (`options`)."""


TYPES_AVEC_OPTIONS = frozenset(
    {TypeReponse.choix, TypeReponse.choix_multiple, TypeReponse.liste_controle}
)
TYPES_A_COCHER = frozenset({TypeReponse.choix_multiple, TypeReponse.liste_controle})
"""Les types où l'on coche plusieurs options : eux seuls acceptent un `maximum`."""


class ElementCadre(StrEnum):
    """Les cinq éléments du cadre à expliciter au démarrage."""

    objectifs = "objectifs"
    duree = "duree"
    lieu = "lieu"
    deontologie = "deontologie"
    deroulement = "deroulement"


LIBELLES_CADRE: dict[ElementCadre, str] = {
    ElementCadre.objectifs: "objectifs partagés",
    ElementCadre.duree: "durée",
    ElementCadre.lieu: "lieu",
    ElementCadre.deontologie: "déontologie",
    ElementCadre.deroulement: "déroulement",
}


class Role(StrEnum):
    """Le rôle particulier d'une étape, que la machine à états vérifie."""

    consentement = "consentement"
    """Information sur le traitement des données et recueil du consentement
    (réponse oui/non). Garde toutes les étapes `personnel: true`."""
    formulaire_signe = "formulaire_signe"
    """Le formulaire d'autorisation a-t-il été signé (oui/non) ?"""
    suivi_taches = "suivi_taches"
    """Retour sur le travail demandé au rendez-vous précédent."""
    evaluation = "evaluation"
    """Évaluation du résultat atteint, en conclusion."""
    taches = "taches"
    """Travail demandé pour le prochain rendez-vous (réponse de type taches)."""
    prochain_rdv = "prochain_rdv"
    """Date du prochain rendez-vous (réponse de type date_heure)."""
    decision_libre = "decision_libre"
    """La décision libre de l'adhérent (celle du cadre). Jamais personnelle : elle
    s'enregistre même quand le consentement est refusé."""


LIBELLES_ROLE: dict[Role, str] = {
    Role.consentement: "le consentement au traitement des données",
    Role.formulaire_signe: "la signature du formulaire d'autorisation",
    Role.suivi_taches: "le retour sur le travail demandé",
    Role.evaluation: "l'évaluation du résultat atteint",
    Role.taches: "le travail demandé pour le prochain rendez-vous",
    Role.prochain_rdv: "la date du prochain rendez-vous",
    Role.decision_libre: "la décision libre de l'adhérent",
}

TYPE_ATTENDU_PAR_ROLE: dict[Role, TypeReponse] = {
    Role.consentement: TypeReponse.oui_non,
    Role.formulaire_signe: TypeReponse.oui_non,
    Role.taches: TypeReponse.taches,
    Role.prochain_rdv: TypeReponse.date_heure,
}

# Les fichiers sont lus en mode strict (un nombre n'est pas un texte), mais les
# valeurs énumérées s'écrivent comme des textes dans le YAML.
PhaseTexte = Annotated[Phase, Strict(False)]
TypeTexte = Annotated[TypeReponse, Strict(False)]
ElementTexte = Annotated[ElementCadre, Strict(False)]
RoleTexte = Annotated[Role, Strict(False)]

Identifiant = Annotated[str, Field(pattern=MOTIF_IDENTIFIANT, min_length=1, max_length=60)]


def _oui_non(valeur: object) -> object:
    """« oui » / « non » (toute casse) valent true / false ; le reste passe tel quel.

    Le YAML ne change pas `oui`, `non` (ni `yes`, `no`, `on`, `off`) en booléens :
    ils restent des textes partout ailleurs (options « Oui » / « Non »). Seuls
    les champs booléens les comprennent ; `yes`, `no`, `on`, `off` y sont refusés
    avec un message qui dit d'écrire oui ou non.
    """
    if isinstance(valeur, str):
        mot = valeur.strip().casefold()
        if mot == "oui":
            return True
        if mot == "non":
            return False
    return valeur


Booleen = Annotated[bool, BeforeValidator(_oui_non)]
"""Un booléen d'un fichier : true / false, ou oui / non en toutes lettres."""
TexteNonVide = Annotated[str, Field(min_length=1)]


LIBELLES_SEQUENCE = {
    "introduction": "Introduction",
    "echange": "Échange",
    "conclusion": "Conclusion",
}


def est_identifiant(texte: str) -> bool:
    """Le texte est un identifiant valide de conducteur ou d'étape."""
    return re.fullmatch(MOTIF_IDENTIFIANT, texte) is not None


class ModeleStrict(BaseModel):
    """La base des schémas lus dans un fichier : champs inconnus refusés, types stricts."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, str_strip_whitespace=True)
