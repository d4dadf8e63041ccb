"""Outils communs : un conducteur valide à modifier, et sa lecture."""

from __future__ import annotations

import copy
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from conducteurs.chargeur import ConducteurInvalide, Probleme, charger_yaml, lire_texte


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


def en_yaml(guide: dict[str, Any]) -> str:
    return yaml.safe_dump(guide, allow_unicode=True, sort_keys=False)


def problemes_de(source: dict[str, Any] | str, nom: str = "essai.yaml") -> list[Probleme]:
    """Les problèmes que le chargeur trouve (liste vide si le conducteur est valide)."""
    texte = source if isinstance(source, str) else en_yaml(source)
    try:
        lire_texte(texte, nom)
    except ConducteurInvalide as exc:
        assert exc.problemes, "ConducteurInvalide sans aucun problème"
        return exc.problemes
    return []


def seul_probleme(source: dict[str, Any] | str, nom: str = "essai.yaml") -> Probleme:
    problemes = problemes_de(source, nom)
    assert len(problemes) == 1, "\n".join(str(p) for p in problemes)
    return problemes[0]


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


def ecrire(dossier: Path, nom: str, contenu: str | bytes) -> Path:
    dossier.mkdir(parents=True, exist_ok=True)
    chemin = dossier / nom
    if isinstance(contenu, bytes):
        chemin.write_bytes(contenu)
    else:
        chemin.write_text(contenu, encoding="utf-8")
    return chemin
