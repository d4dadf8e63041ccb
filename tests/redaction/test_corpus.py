"""Le corpus étiqueté : sa forme, et les cibles du vérificateur sur le corpus principal."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.redaction import Categorie
from assistant.redaction.corpus import evaluer, lire_corpus

DONNEES = Path(__file__).resolve().parent.parent / "data"
PRINCIPAL = DONNEES / "rgpd_corpus.tsv"
CONTROLE = DONNEES / "rgpd_corpus_controle.tsv"


def test_forme_du_corpus_principal() -> None:
    exemples = lire_corpus(PRINCIPAL)
    sensibles = [e for e in exemples if e.attendu]
    neutres = [e for e in exemples if not e.attendu]
    assert len(exemples) >= 200
    assert abs(len(sensibles) - len(neutres)) <= 0.2 * len(exemples)
    assert set().union(*(e.attendu for e in sensibles)) == set(Categorie)
    assert len({e.texte for e in exemples}) == len(exemples), "phrases en double"


def test_forme_du_corpus_de_controle() -> None:
    exemples = lire_corpus(CONTROLE)
    assert len(exemples) >= 60
    assert any(e.attendu for e in exemples) and any(not e.attendu for e in exemples)
    principal = {e.texte for e in lire_corpus(PRINCIPAL)}
    assert not principal & {e.texte for e in exemples}, "phrase commune aux deux corpus"


def test_cibles_sur_le_corpus_principal() -> None:
    mesures = evaluer(lire_corpus(PRINCIPAL))
    manquees = [e.texte for e, _c in mesures.manques]
    alertes = [e.texte for e, _c in mesures.alertes]
    assert mesures.rappel >= 0.95, manquees
    assert mesures.taux_fausses_alertes <= 0.05, alertes


def test_corpus_mal_forme(tmp_path: Path) -> None:
    chemin = tmp_path / "c.tsv"
    chemin.write_text("sante\t-\tune phrase\nsante\tdeux colonnes\n", encoding="utf-8")
    with pytest.raises(ValueError, match="ligne 2"):
        lire_corpus(chemin)
    chemin.write_text("maladie\t-\tune phrase\n", encoding="utf-8")
    with pytest.raises(ValueError, match="ligne 1"):
        lire_corpus(chemin)
