"""Le repli des textes (`commun.texte`) : une seule façon d'ignorer majuscules et accents."""

from __future__ import annotations

import subprocess
import sys

import pytest

from commun.texte import replier, replier_avec_carte


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Été", "ete"),
        ("COOPÉRATIVE", "cooperative"),
        ("L’Hôpital", "l'hopital"),
        ("aujourd'hui", "aujourd'hui"),
        ("Straße", "strasse"),
        ("ﬁn", "fin"),
        ("Ça va", "ca va"),
        ("", ""),
    ],
)
def test_replier_minuscules_sans_accents_apostrophe_droite(texte: str, attendu: str) -> None:
    assert replier(texte) == attendu


def test_replier_accents_decomposes() -> None:
    # « é » saisi en deux caractères (e + accent aigu combinant), comme sur macOS.
    assert replier("e\u0301te\u0301") == "ete"


def test_replier_garde_espaces_et_ponctuation() -> None:
    assert replier("  Saint-Étienne, 9h30 ") == "  saint-etienne, 9h30 "


def test_replier_est_idempotent() -> None:
    texte = "Œuvre d’Éléonore à Noël — ﬂeur"
    assert replier(replier(texte)) == replier(texte)


def test_replier_avec_carte_positions_d_origine() -> None:
    texte = "É ﬁ"
    replie, carte = replier_avec_carte(texte)
    assert replie == "e fi"
    assert carte == [0, 1, 2, 2]


def test_replier_avec_carte_accent_combinant_ne_donne_rien() -> None:
    replie, carte = replier_avec_carte("e\u0301t")
    assert replie == "et"
    assert carte == [0, 2]


def test_commun_n_importe_aucun_autre_paquet() -> None:
    code = (
        "import sys, commun.texte; "
        "print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in {'assistant', 'conducteurs', 'etats', 'stockage', 'textual'}))"
    )
    sortie = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert sortie.strip() == "[]"
