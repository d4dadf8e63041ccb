"""Les réponses aux étapes : leurs formes, leur validation, leur enregistrement.

Chaque type de réponse (`TypeReponse`) attend une valeur Python précise :

- texte → `str` non vide (les espaces autour sont retirés) ;
- choix → une `str` parmi les options de l'étape ;
- choix_multiple → `list[str]` parmi les options, au moins une (et au plus
  `Etape.maximum` quand le conducteur le fixe, comme pour la liste de contrôle) ;
- oui_non → `bool` ;
- date_heure → `datetime` avec fuseau horaire, ou `AFixer(raison=...)` à la
  seule étape du prochain rendez-vous ;
- duree → `int`, des minutes, strictement positif ;
- taches → `list[Tache]`, au moins une tâche ;
- liste_controle → `list[str]` parmi les options (les points cochés).

Une valeur qui ne convient pas lève `Refus`, avec un message en français qui
ne recopie jamais la réponse elle-même (elle peut contenir des données
personnelles).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Annotated, Literal, TypeAlias, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from conducteurs.modele import Etape, Role, TypeReponse

from .erreurs import Refus

TexteNonVide = Annotated[str, Field(min_length=1)]
_T = TypeVar("_T")


class _Personnel(BaseModel):
    """Base des modèles qui portent des données personnelles."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, hide_input_in_errors=True, str_strip_whitespace=True
    )


class Tache(_Personnel):
    """Une tâche du travail demandé pour le prochain rendez-vous."""

    quoi: TexteNonVide
    """Ce qui est à faire, en une phrase."""
    qui: Literal["adherent", "conseiller"]
    """Qui s'en charge : l'adhérent ou le conseiller."""
    echeance: date | None = None
    """Pour quand (facultatif)."""


class AFixer(_Personnel):
    """Un prochain rendez-vous explicitement « à fixer », avec la raison."""

    raison: TexteNonVide


class NonCommunique(_Personnel):
    """« Ne souhaite pas répondre » : la réponse de l'adhérent à une étape personnelle.

    Une valeur à part (jamais un texte convenu) : elle compte comme une réponse
    pour les gardes et se lit « non communiqué » dans le compte rendu."""

    non_communique: Literal[True] = True


NE_SOUHAITE_PAS_REPONDRE = NonCommunique()
"""La valeur à donner à `Entretien.repondre` quand l'adhérent ne souhaite pas répondre."""

ValeurReponse: TypeAlias = (
    str | bool | int | list[str] | datetime | AFixer | list[Tache] | NonCommunique
)
"""Les valeurs de réponse possibles, selon le type de l'étape."""


class _Reponse(_Personnel):
    horodatage: AwareDatetime
    """Le moment où la réponse a été enregistrée (ou remplacée)."""


class ReponseTexte(_Reponse):
    """Réponse à une étape de type texte."""

    type: Literal["texte"] = "texte"
    valeur: TexteNonVide


class ReponseChoix(_Reponse):
    """Réponse à une étape de type choix."""

    type: Literal["choix"] = "choix"
    valeur: TexteNonVide


class ReponseChoixMultiple(_Reponse):
    """Réponse à une étape de type choix multiple."""

    type: Literal["choix_multiple"] = "choix_multiple"
    valeur: tuple[TexteNonVide, ...] = Field(min_length=1)


class ReponseOuiNon(_Reponse):
    """Réponse à une étape de type oui/non."""

    type: Literal["oui_non"] = "oui_non"
    valeur: bool


class ReponseDateHeure(_Reponse):
    """Réponse à une étape de type date et heure (ou « à fixer »)."""

    type: Literal["date_heure"] = "date_heure"
    valeur: AwareDatetime | AFixer


class ReponseDuree(_Reponse):
    """Réponse à une étape de type durée, en minutes."""

    type: Literal["duree"] = "duree"
    valeur: int = Field(gt=0)


class ReponseTaches(_Reponse):
    """Réponse à une étape de type tâches."""

    type: Literal["taches"] = "taches"
    valeur: tuple[Tache, ...] = Field(min_length=1)


class ReponseListeControle(_Reponse):
    """Réponse à une étape de type liste de contrôle : les points cochés."""

    type: Literal["liste_controle"] = "liste_controle"
    valeur: tuple[TexteNonVide, ...]


class ReponseNonCommuniquee(_Reponse):
    """« Ne souhaite pas répondre » à une étape personnelle, quel que soit son type."""

    type: Literal["non_communique"] = "non_communique"
    valeur: NonCommunique = NE_SOUHAITE_PAS_REPONDRE


ReponseEnregistree = Annotated[
    ReponseTexte
    | ReponseChoix
    | ReponseChoixMultiple
    | ReponseOuiNon
    | ReponseDateHeure
    | ReponseDuree
    | ReponseTaches
    | ReponseListeControle
    | ReponseNonCommuniquee,
    Field(discriminator="type"),
]
"""Une réponse enregistrée, étiquetée par son type pour se relire sans ambiguïté.

Immuable : les listes y sont gardées en tuples (des listes en JSON)."""


def _liste_options(etape: Etape) -> str:
    return ", ".join(f"« {option} »" for option in etape.options)


def _option(etape: Etape, valeur: object) -> str | None:
    """L'option de l'étape qui correspond à `valeur` (casse ignorée), ou None."""
    if not isinstance(valeur, str):
        return None
    texte = valeur.strip()
    for option in etape.options:
        if option == texte:
            return option
    for option in etape.options:
        if option.casefold() == texte.casefold():
            return option
    return None


def _options(etape: Etape, valeur: object, au_moins_une: bool) -> list[str]:
    titre = etape.titre
    if isinstance(valeur, str | bytes) or not isinstance(valeur, Sequence | set | frozenset):
        raise Refus(
            f"L'étape « {titre} » attend une liste d'options parmi {_liste_options(etape)}.",
            etape.identifiant,
        )
    choisies: set[str] = set()
    for element in valeur:
        option = _option(etape, element)
        if option is None:
            raise Refus(
                f"Une des réponses n'est pas une option de l'étape « {titre} » : "
                f"choisissez parmi {_liste_options(etape)}.",
                etape.identifiant,
            )
        choisies.add(option)
    if au_moins_une and not choisies:
        raise Refus(
            f"L'étape « {titre} » attend au moins une option parmi {_liste_options(etape)}.",
            etape.identifiant,
        )
    if etape.maximum is not None and len(choisies) > etape.maximum:
        raise Refus(
            f"L'étape « {titre} » accepte {etape.maximum} option(s) au plus : "
            f"{len(choisies)} sont cochées, décochez-en {len(choisies) - etape.maximum}.",
            etape.identifiant,
        )
    return [option for option in etape.options if option in choisies]


def _taches(etape: Etape, valeur: object) -> list[Tache]:
    titre = etape.titre
    if isinstance(valeur, str | bytes | Mapping) or not isinstance(valeur, Sequence):
        raise Refus(f"L'étape « {titre} » attend une liste de tâches.", etape.identifiant)
    taches: list[Tache] = []
    for element in valeur:
        if isinstance(element, Tache):
            taches.append(element)
            continue
        try:
            taches.append(Tache.model_validate(element))
        except ValidationError:
            raise Refus(
                f"Une tâche de l'étape « {titre} » est incomplète : indiquez quoi faire, "
                "qui s'en charge (l'adhérent ou le conseiller) et, si besoin, l'échéance.",
                etape.identifiant,
            ) from None
    if not taches:
        raise Refus(
            f"L'étape « {titre} » attend au moins une tâche pour le prochain rendez-vous.",
            etape.identifiant,
        )
    return taches


def normaliser(etape: Etape, valeur: object) -> ValeurReponse:
    """La valeur validée et normalisée pour cette étape ; lève `Refus` sinon."""
    titre = etape.titre
    ident = etape.identifiant
    if isinstance(valeur, NonCommunique):
        if not etape.personnel:
            raise Refus(
                f"« Ne souhaite pas répondre » n'est possible qu'aux étapes personnelles ; "
                f"l'étape « {titre} » ne l'est pas : répondez, ou passez-la si elle est "
                "facultative (F3).",
                ident,
            )
        return valeur
    match etape.type:
        case TypeReponse.texte:
            if not isinstance(valeur, str) or not valeur.strip():
                raise Refus(f"L'étape « {titre} » attend un texte non vide.", ident)
            return valeur.strip()
        case TypeReponse.choix:
            option = _option(etape, valeur)
            if option is None:
                raise Refus(
                    f"L'étape « {titre} » attend une option parmi {_liste_options(etape)}.",
                    ident,
                )
            return option
        case TypeReponse.choix_multiple:
            return _options(etape, valeur, au_moins_une=True)
        case TypeReponse.liste_controle:
            return _options(etape, valeur, au_moins_une=False)
        case TypeReponse.oui_non:
            if not isinstance(valeur, bool):
                raise Refus(f"L'étape « {titre} » attend « oui » ou « non ».", ident)
            return valeur
        case TypeReponse.date_heure:
            if isinstance(valeur, AFixer):
                if etape.role != Role.prochain_rdv:
                    raise Refus(
                        f"« À fixer » n'est possible qu'à l'étape du prochain rendez-vous ; "
                        f"l'étape « {titre} » attend une date et une heure.",
                        ident,
                    )
                return valeur
            if not isinstance(valeur, datetime) or valeur.utcoffset() is None:
                raise Refus(
                    f"L'étape « {titre} » attend une date et une heure (avec le fuseau horaire)"
                    + (
                        ", ou « à fixer » avec la raison."
                        if etape.role == Role.prochain_rdv
                        else "."
                    ),
                    ident,
                )
            return valeur
        case TypeReponse.duree:
            if isinstance(valeur, bool) or not isinstance(valeur, int) or valeur <= 0:
                raise Refus(
                    f"L'étape « {titre} » attend une durée en minutes, supérieure à zéro.",
                    ident,
                )
            return valeur
        case TypeReponse.taches:
            return _taches(etape, valeur)
    raise AssertionError(f"type de réponse inconnu : {etape.type}")  # pragma: no cover


def enregistrer(etape: Etape, valeur: object, horodatage: datetime) -> ReponseEnregistree:
    """La réponse validée, prête à être conservée ; lève `Refus` si elle ne convient pas."""
    propre = normaliser(etape, valeur)
    h = horodatage
    if isinstance(propre, NonCommunique):
        return ReponseNonCommuniquee(horodatage=h, valeur=propre)
    match etape.type:
        case TypeReponse.texte:
            return ReponseTexte(horodatage=h, valeur=_en(str, propre))
        case TypeReponse.choix:
            return ReponseChoix(horodatage=h, valeur=_en(str, propre))
        case TypeReponse.choix_multiple:
            return ReponseChoixMultiple(horodatage=h, valeur=tuple(_en(list, propre)))
        case TypeReponse.oui_non:
            return ReponseOuiNon(horodatage=h, valeur=_en(bool, propre))
        case TypeReponse.date_heure:
            if isinstance(propre, AFixer):
                return ReponseDateHeure(horodatage=h, valeur=propre)
            return ReponseDateHeure(horodatage=h, valeur=_en(datetime, propre))
        case TypeReponse.duree:
            return ReponseDuree(horodatage=h, valeur=_en(int, propre))
        case TypeReponse.taches:
            return ReponseTaches(horodatage=h, valeur=tuple(_en(list, propre)))
        case TypeReponse.liste_controle:
            return ReponseListeControle(horodatage=h, valeur=tuple(_en(list, propre)))
    raise AssertionError(f"type de réponse inconnu : {etape.type}")  # pragma: no cover


def _en(type_: type[_T], valeur: object) -> _T:
    assert isinstance(valeur, type_)
    return valeur
