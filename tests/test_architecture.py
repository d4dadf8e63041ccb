"""Le cœur (`conducteurs`, `etats`, `stockage`) ne dépend pas de l'interface.

Comme harlequin : le cœur s'importe sans Textual, et aucun de ses fichiers
n'importe `textual` (ni `assistant`, qui est l'interface).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

RACINE = Path(__file__).resolve().parent.parent
COEUR = ("conducteurs", "etats", "stockage")
INTERDITS = ("textual", "assistant")

SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    echecs = {}
    for nom in %r:
        paquet = importlib.import_module(nom)
        for module in pkgutil.walk_packages(paquet.__path__, nom + "."):
            if module.name.rsplit(".", 1)[-1] == "__main__":
                continue
            try:
                importlib.import_module(module.name)
            except Exception as exc:
                echecs[module.name] = f"{type(exc).__name__}: {exc}"
    charges = sorted(
        m for m in sys.modules
        if m.split(".")[0] in %r
    )
    print(json.dumps({"charges": charges, "echecs": echecs,
                      "coeur": sorted(m for m in sys.modules if m.split(".")[0] in %r)}))
    """
) % (COEUR, INTERDITS, COEUR)


def rapport_de(script: str) -> dict[str, Any]:
    """Lance `script` dans un interpréteur neuf et lit le JSON de sa dernière ligne."""
    resultat = subprocess.run(
        [sys.executable, "-c", script],
        cwd=RACINE,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert resultat.returncode == 0, resultat.stderr
    rapport: dict[str, Any] = json.loads(resultat.stdout.strip().splitlines()[-1])
    return rapport


def test_le_coeur_s_importe_sans_textual_ni_assistant() -> None:
    """Tous les modules du cœur, importés dans un interpréteur neuf."""
    rapport = rapport_de(SCRIPT)
    assert rapport["charges"] == [], "le cœur a chargé : " + ", ".join(rapport["charges"])
    assert rapport["echecs"] == {}
    for paquet in COEUR:
        assert paquet in rapport["coeur"]
    assert "conducteurs.chargeur" in rapport["coeur"]


def test_le_script_detecte_bien_textual() -> None:
    """Témoin : le même contrôle voit Textual quand on l'importe vraiment."""
    script = SCRIPT.replace("echecs = {}", "echecs = {}\nimport textual.app")
    rapport = rapport_de(script)
    assert "textual" in rapport["charges"]


_NOMS = "|".join(INTERDITS)
IMPORT_INTERDIT = re.compile(
    rf"^\s*(?:from\s+(?:{_NOMS})(?:\.|\s)|import\s+(?:[\w.]+\s*,\s*)*(?:{_NOMS})\b)",
    re.MULTILINE,
)


def fichiers_du_coeur() -> list[Path]:
    return sorted(f for paquet in COEUR for f in (RACINE / paquet).rglob("*.py"))


@pytest.mark.parametrize(
    ("ligne", "interdite"),
    [
        ("import textual", True),
        ("from textual.app import App", True),
        ("from textual import on", True),
        ("    import textual.widgets", True),
        ("import os, textual", True),
        ("from assistant.cli import main", True),
        ("import assistant", True),
        ("import textualize", False),
        ("from textual_extra import x", False),
        ("# import textual dans un commentaire", False),
        ("from conducteurs.modele import Conducteur", False),
        ('"""Pas de textual ici."""', False),
    ],
)
def test_le_motif_d_import_interdit(ligne: str, interdite: bool) -> None:
    assert bool(IMPORT_INTERDIT.search(ligne)) is interdite


def test_aucun_fichier_du_coeur_n_importe_textual_ni_assistant() -> None:
    fichiers = fichiers_du_coeur()
    assert RACINE / "conducteurs" / "modele.py" in fichiers
    fautifs = []
    for fichier in fichiers:
        texte = fichier.read_text(encoding="utf-8")
        for trouve in IMPORT_INTERDIT.finditer(texte):
            numero = texte.count("\n", 0, trouve.start()) + 1
            fautifs.append(f"{fichier.relative_to(RACINE)}:{numero}: {trouve.group().strip()}")
    assert fautifs == []


SERVICES = (
    "assistant.aides",
    "assistant.export",
    "assistant.redaction",
    "assistant.repetition",
)
MODULES_SERVICES = ("assistant.config", "assistant.direct", "assistant.verification")

SCRIPT_SERVICES = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    noms = list(%r)
    for nom in %r:
        paquet = importlib.import_module(nom)
        noms += [m.name for m in pkgutil.walk_packages(paquet.__path__, nom + ".")]
    for nom in noms:
        importlib.import_module(nom)
    interface = ("textual", "rich", "assistant.app", "assistant.cli",
                 "assistant.ecrans", "assistant.widgets")
    print(json.dumps({
        "importes": noms,
        "interface": sorted(m for m in sys.modules if m.startswith(interface)),
    }))
    """
) % (MODULES_SERVICES, SERVICES)


def test_les_services_s_importent_sans_l_interface() -> None:
    """Vérificateur RGPD, exports, retour de répétition, aides, séance en direct :
    importés dans un interpréteur neuf, ils ne chargent ni Textual ni les écrans."""
    rapport = rapport_de(SCRIPT_SERVICES)
    assert "assistant.redaction.verificateur" in rapport["importes"]
    assert "assistant.repetition.retour" in rapport["importes"]
    assert rapport["interface"] == []
