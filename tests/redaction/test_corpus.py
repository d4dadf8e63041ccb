"""Le corpus étiqueté : sa forme, et les cibles du vérificateur sur le corpus principal."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.redaction import Categorie
from assistant.redaction.corpus import evaluer, lire_corpus
from assistant.redaction.modele import PERSONNELLES

DONNEES = Path(__file__).resolve().parent.parent / "data"
PRINCIPAL = DONNEES / "rgpd_corpus.tsv"
CONTROLE = DONNEES / "rgpd_corpus_controle.tsv"
CONTROLE_2 = DONNEES / "rgpd_corpus_controle2.tsv"
CONTROLE_3 = DONNEES / "rgpd_corpus_controle3.tsv"
CONTROLE_4 = DONNEES / "rgpd_corpus_controle4.tsv"
REGLAGE = DONNEES / "rgpd_corpus_reglage.tsv"


def test_forme_du_corpus_principal() -> None:
    exemples = lire_corpus(PRINCIPAL)
    sensibles = [e for e in exemples if e.attendu]
    neutres = [e for e in exemples if not e.attendu]
    assert len(exemples) >= 200
    assert abs(len(sensibles) - len(neutres)) <= 0.2 * len(exemples)
    assert set().union(*(e.attendu for e in sensibles)) == set(Categorie) - PERSONNELLES
    assert len({e.texte for e in exemples}) == len(exemples), "phrases en double"


def test_forme_du_corpus_de_controle() -> None:
    exemples = lire_corpus(CONTROLE)
    assert len(exemples) >= 60
    assert any(e.attendu for e in exemples) and any(not e.attendu for e in exemples)
    principal = {e.texte for e in lire_corpus(PRINCIPAL)}
    assert not principal & {e.texte for e in exemples}, "phrase commune aux deux corpus"


def test_forme_du_corpus_de_controle_2() -> None:
    """Écrit avant de lire les règles, jamais utilisé pour les régler : on vérifie sa forme,
    jamais les chiffres du vérificateur (ils se lisent dans `benchmarks/rgpd.py`)."""
    exemples = lire_corpus(CONTROLE_2)
    sensibles = [e for e in exemples if e.attendu]
    assert len(exemples) >= 160
    assert abs(len(sensibles) - (len(exemples) - len(sensibles))) <= 0.2 * len(exemples)
    assert set().union(*(e.attendu for e in sensibles)) == set(Categorie) - PERSONNELLES
    autres = {e.texte for chemin in (PRINCIPAL, CONTROLE) for e in lire_corpus(chemin)}
    assert not autres & {e.texte for e in exemples}, "phrase commune avec un autre corpus"
    assert len({e.texte for e in exemples}) == len(exemples), "phrases en double"


def test_cibles_sur_le_corpus_de_reglage_des_familles() -> None:
    mesures = evaluer(lire_corpus(REGLAGE))
    assert mesures.sensibles >= 400 and mesures.neutres >= 250
    assert mesures.rappel >= 0.95, [e.texte for e, _c in mesures.manques]
    assert mesures.taux_fausses_alertes <= 0.05, [e.texte for e, _c in mesures.alertes]


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


def test_forme_du_corpus_de_controle_3() -> None:
    """Écrit avant les corrections de contexte, jamais utilisé pour régler : on vérifie sa
    forme (40 % de phrases sensibles, 60 % de neutres piégées), jamais ses chiffres."""
    exemples = lire_corpus(CONTROLE_3)
    sensibles = [e for e in exemples if e.attendu]
    assert len(exemples) >= 160
    assert 0.3 <= len(sensibles) / len(exemples) <= 0.5
    assert set().union(*(e.attendu for e in sensibles)) == set(Categorie) - PERSONNELLES
    assert len({e.texte for e in exemples}) == len(exemples), "phrases en double"
    autres = {
        e.texte
        for chemin in (PRINCIPAL, CONTROLE, CONTROLE_2, REGLAGE)
        for e in lire_corpus(chemin)
    }
    assert not autres & {e.texte for e in exemples}, "phrase commune à un autre corpus"


def test_forme_du_corpus_de_controle_4() -> None:
    """Écrit avant les corrections des familles du contrôle n°3, jamais utilisé pour régler :
    on vérifie sa forme (45 % de phrases sensibles, 55 % de neutres piégées), jamais ses
    chiffres."""
    exemples = lire_corpus(CONTROLE_4)
    sensibles = [e for e in exemples if e.attendu]
    assert len(exemples) >= 160
    assert 0.4 <= len(sensibles) / len(exemples) <= 0.5
    assert set().union(*(e.attendu for e in sensibles)) == set(Categorie) - PERSONNELLES
    assert len({e.texte for e in exemples}) == len(exemples), "phrases en double"
    autres = {
        e.texte
        for chemin in (PRINCIPAL, CONTROLE, CONTROLE_2, CONTROLE_3, REGLAGE)
        for e in lire_corpus(chemin)
    }
    assert not autres & {e.texte for e in exemples}, "phrase commune à un autre corpus"


CONTROLE_5 = DONNEES / "rgpd_corpus_controle5.tsv"


def test_forme_du_corpus_de_controle_5() -> None:
    """Écrit avant la règle du « cadre professionnel », jamais utilisé pour régler : on vérifie
    sa forme (45 % de phrases sensibles, 55 % de neutres piégées), jamais ses chiffres."""
    exemples = lire_corpus(CONTROLE_5)
    sensibles = [e for e in exemples if e.attendu]
    assert len(exemples) >= 160
    assert 0.4 <= len(sensibles) / len(exemples) <= 0.5
    assert set().union(*(e.attendu for e in sensibles)) == set(Categorie) - PERSONNELLES
    assert len({e.texte for e in exemples}) == len(exemples), "phrases en double"
    autres = {
        e.texte
        for chemin in (PRINCIPAL, CONTROLE, CONTROLE_2, CONTROLE_3, CONTROLE_4, REGLAGE)
        for e in lire_corpus(chemin)
    }
    assert not autres & {e.texte for e in exemples}, "phrase commune à un autre corpus"


CONTROLES_INDEPENDANTS = [DONNEES / f"rgpd_corpus_controle{n}.tsv" for n in (6, 7, 8, 9)]


@pytest.mark.parametrize("chemin", CONTROLES_INDEPENDANTS, ids=lambda c: c.stem)
def test_forme_des_corpus_de_controle_independants(chemin: Path) -> None:
    """Écrits chacun par une session qui n'avait lu ni les règles ni les autres corpus :
    on vérifie leur forme (toutes les catégories, 40 à 55 % de phrases sensibles, pas de
    doublon), jamais leurs chiffres."""
    exemples = lire_corpus(chemin)
    sensibles = [e for e in exemples if e.attendu]
    assert len(exemples) >= 200
    assert 0.4 <= len(sensibles) / len(exemples) <= 0.55
    assert set().union(*(e.attendu for e in sensibles)) == set(Categorie) - PERSONNELLES
    assert len({e.texte for e in exemples}) == len(exemples), "phrases en double"
