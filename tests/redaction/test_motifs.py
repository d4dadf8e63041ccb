"""Les motifs des règles : compilés à leur premier usage, tous valides."""

from __future__ import annotations

import re

import pytest

from assistant.redaction import verificateur
from assistant.redaction.modele import Categorie, Regle
from assistant.redaction.motifs import Expression, compiler, compiler_tout


def test_tous_les_motifs_des_regles_se_compilent() -> None:
    # Un motif mal écrit ne se verrait qu'au premier texte qui l'essaie :
    # ce test les compile tous.
    assert compiler_tout(verificateur._INDEX) > 1000


def test_une_expression_n_est_compilee_qu_a_son_premier_usage() -> None:
    expression = Expression(r"diabet\w*")
    assert expression._compilee is None
    assert expression.match("diabetique", 0) is not None
    premiere = expression._compilee
    assert premiere is not None
    assert expression.search("un diabete connu", 3, 8) is None  # la fin est respectée
    assert expression.search("un diabete connu", 3) is not None
    assert expression._compilee is premiere


def test_un_motif_mal_ecrit_est_signale() -> None:
    index, _ = compiler([Regle(Categorie.sante, ("malade",), sauf_apres="de ((")])
    with pytest.raises(re.error):
        compiler_tout(index)
