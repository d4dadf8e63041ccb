"""Outils communs : un conducteur valide à modifier, et sa lecture."""

from __future__ import annotations

import copy
from importlib import resources
from typing import Any

from conducteurs.chargeur import ConducteurInvalide, Probleme, charger_yaml, lire_texte
from tests.support.disque import ecrire as ecrire
from tests.support.lecture import en_yaml as en_yaml
from tests.support.lecture import problemes_lus, seul


def texte_modele(identifiant: str = "essai", fichier: str = "essai.yaml") -> str:
    """Le modèle de `entretien conducteurs nouveau`, complété : un conducteur valide."""
    gabarit = (resources.files("conducteurs") / "modele_nouveau.yaml.txt").read_text("utf-8")
    return gabarit.replace("{identifiant}", identifiant).replace("{fichier}", fichier)


_BASE: dict[str, Any] = charger_yaml(texte_modele())


def guide_valide(identifiant: str = "essai") -> dict[str, Any]:
    """Une copie neuve du conducteur valide, sous forme de dictionnaire."""
    guide = copy.deepcopy(_BASE)
    guide["identifiant"] = identifiant
    return guide


def problemes_de(source: dict[str, Any] | str, nom: str = "essai.yaml") -> list[Probleme]:
    """Les problèmes que le chargeur trouve (liste vide si le conducteur est valide)."""
    return problemes_lus(lire_texte, ConducteurInvalide, source, nom)


def seul_probleme(source: dict[str, Any] | str, nom: str = "essai.yaml") -> Probleme:
    return seul(problemes_de(source, nom))


def probleme_en(problemes: list[Probleme], chemin: str) -> Probleme:
    """Le problème signalé sur ce champ (échoue s'il n'y en a pas)."""
    trouves = [p for p in problemes if p.chemin == chemin]
    assert trouves, f"aucun problème sur « {chemin} » parmi :\n" + "\n".join(
        str(p) for p in problemes
    )
    return trouves[0]


def etape(guide: dict[str, Any], sequence: str, identifiant: str) -> dict[str, Any]:
    """L'étape de cet identifiant dans la séquence (le dictionnaire, modifiable)."""
    for e in guide["deroulement"][sequence]["etapes"]:
        if e["identifiant"] == identifiant:
            return e  # type: ignore[no-any-return]
    raise KeyError(identifiant)


def ligne_de(texte: str, fragment: str) -> int:
    """Le numéro (1-based) de la seule ligne qui contient ce fragment."""
    lignes = [i for i, ligne in enumerate(texte.splitlines(), 1) if fragment in ligne]
    assert len(lignes) == 1, f"« {fragment} » apparaît sur les lignes {lignes}"
    return lignes[0]
