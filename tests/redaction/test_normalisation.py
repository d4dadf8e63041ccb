"""La normalisation garde le chemin vers les positions d'origine."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assistant.redaction import normaliser, verifier
from assistant.redaction.normalisation import mots


def test_minuscules_sans_accents_tirets_apostrophes() -> None:
    n = normaliser("Aide‑Soignante, l’Hôpital — « Élève »")
    assert n.texte == 'aide soignante, l\'hopital   " eleve "'
    assert n.carte is None


def test_ligatures_et_accents_decomposes() -> None:
    texte = "Sœur e\u0301lève"
    n = normaliser(texte)
    assert n.texte == "soeur eleve"
    debut, fin = n.origine(6, 11)
    assert texte[debut:fin] == "e\u0301lève"
    assert n.origine(0, 5) == (0, 4)


def test_mots_sans_elisions() -> None:
    assert mots("l'hopital d'un jour qu'il aujourd'hui a") == [
        "hopital",
        "un",
        "jour",
        "il",
        "aujourd",
        "hui",
    ]


@given(st.text(max_size=200))
def test_positions_toujours_dans_le_texte(texte: str) -> None:
    n = normaliser(texte)
    for debut in range(len(n.texte)):
        d, f = n.origine(debut, debut + 1)
        assert 0 <= d < f <= len(texte)
    for constat in verifier(texte, ("Karim",)):
        assert 0 <= constat.debut < constat.fin <= len(texte)
