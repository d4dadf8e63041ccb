"""Les erreurs de pydantic dites en français : ce qui ne va pas, et quoi écrire.

Partagé par les conducteurs et les personas (qui précisent certains messages :
valeurs de leurs énumérations, nombre de variantes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conducteurs.vocabulaire import ElementCadre, Phase, Role, TypeReponse

VALEURS_ENUM: dict[str, list[str]] = {
    "type": [t.value for t in TypeReponse],
    "phase": [p.value for p in Phase],
    "role": [r.value for r in Role],
    "cadre": [e.value for e in ElementCadre],
}
"""Les valeurs permises d'un champ énuméré, par nom de champ."""


def traduire_erreur(
    erreur: Any,
    champs_possibles: Callable[[tuple[int | str, ...]], list[str]] = lambda loc: [],
) -> tuple[str, str]:
    """(message, correction) en français pour une erreur de pydantic (un dict de `errors()`).

    `champs_possibles(loc)` : les champs permis là où un champ inconnu est écrit.
    """
    type_ = erreur["type"]
    loc: tuple[int | str, ...] = erreur["loc"]
    nom = next((p for p in reversed(loc) if isinstance(p, str)), "")
    ctx = erreur.get("ctx") or {}
    if type_ == "missing":
        return "ce champ obligatoire manque", f"ajoutez « {nom}: … »"
    if type_ == "extra_forbidden":
        autorises = champs_possibles(loc)
        liste = ", ".join(autorises)
        return (
            f"le champ « {nom} » n'existe pas ici",
            f"retirez-le ou corrigez son nom ; champs possibles : {liste}"
            if liste
            else "retirez-le",
        )
    if type_ in ("enum", "is_instance_of"):
        valeurs = VALEURS_ENUM.get(nom) or [
            v.strip(" '") for v in str(ctx.get("expected", "")).replace(" or ", ",").split(",")
        ]
        return (
            f"la valeur « {erreur.get('input')} » n'est pas reconnue",
            "écrivez l'une de : " + ", ".join(v for v in valeurs if v),
        )
    if type_ in ("string_type", "str_type"):
        return (
            f"un texte est attendu, pas « {erreur.get('input')!s} »",
            "écrivez un texte ; mettez-le entre guillemets s'il ressemble à un nombre, "
            "une heure (9:30) ou à oui/non (yes, no, on, off)",
        )
    if type_ == "string_too_short":
        return "ce texte est vide", "écrivez un texte non vide"
    if type_ == "string_pattern_mismatch":
        return (
            f"l'identifiant « {erreur.get('input')} » n'est pas valide",
            "utilisez des minuscules sans accents, des chiffres et des tirets, "
            "par exemple « objectifs-partages » (pas de tiret bas ni d'espace)",
        )
    if type_ == "string_too_long":
        return "ce texte est trop long", f"au plus {ctx.get('max_length')} caractères"
    if type_ in ("int_type", "int_parsing", "int_from_float"):
        return (
            f"un nombre entier est attendu, pas « {erreur.get('input')} »",
            "écrivez un nombre d'options à cocher au plus, par exemple 3"
            if nom == "maximum"
            else "écrivez un nombre de minutes, par exemple 60",
        )
    if type_ == "greater_than_equal":
        return "ce nombre est trop petit", f"écrivez au moins {ctx.get('ge')}"
    if type_ == "less_than_equal":
        return "ce nombre est trop grand", f"écrivez au plus {ctx.get('le')}"
    if type_ in ("bool_type", "bool_parsing"):
        return (
            f"la valeur « {erreur.get('input')} » n'est pas reconnue : oui ou non est attendu",
            "écrivez « oui » ou « non » (ou true / false) ; pas yes, no, on ni off",
        )
    if type_ in ("list_type",):
        return (
            "une liste est attendue",
            "écrivez un élément par ligne, chacun précédé de « - »",
        )
    if type_ == "too_short":
        return (
            "cette liste est vide ou trop courte",
            f"ajoutez au moins {ctx.get('min_length', 1)} élément(s), un par ligne avec « - »",
        )
    if type_ in ("model_type", "dict_type", "model_attributes_type"):
        return (
            "une rubrique avec des champs est attendue ici",
            "écrivez les champs en dessous, décalés de deux espaces (« champ: valeur »)",
        )
    if type_ == "value_error":
        message = str(ctx.get("error", erreur.get("msg", "")))
        if " ; " in message:
            probleme, correction = message.split(" ; ", 1)
            return probleme, correction
        if " : " in message:
            probleme, correction = message.split(" : ", 1)
            return probleme, correction
        return message, ""
    return str(erreur.get("msg", "valeur invalide")), ""


def champ_vide(erreur: Any, message: str) -> str:
    """« ce champ est vide » pour `consigne:` sans rien après (pas « None ») ; sinon `message`."""
    if erreur.get("input", "") is None and erreur["type"] != "missing":
        return "ce champ est vide"
    return message


__all__ = ["VALEURS_ENUM", "champ_vide", "traduire_erreur"]
