"""Quoi que contienne un fichier, le chargeur répond par `ConducteurInvalide`.

Jamais de trace technique : tout texte, tout YAML, toute valeur mise à la
place d'un champ d'un conducteur valide finit en messages `Probleme`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conducteurs.chargeur import ConducteurInvalide, lire_fichier, lire_texte
from conducteurs.modele import (
    Cadre,
    ChampVisualCourse,
    Conducteur,
    Deroulement,
    Etape,
    Sequence,
)
from tests.conducteurs.outils import en_yaml, guide_valide

REGLAGES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NOMS_DE_CHAMPS = sorted(
    {
        nom
        for modele in (Conducteur, Cadre, Etape, Sequence, Deroulement, ChampVisualCourse)
        for nom in modele.model_fields
    }
)

scalaires = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(codec="utf-8"), max_size=30)
    | st.sampled_from(
        [
            "accueil",
            "texte",
            "choix",
            "oui_non",
            "1:30",
            "yes",
            "",
            "~",
            "2024-13-45",
            "[/]",
            "objectifs",
            "premier-echange",
        ]
    )
)
cles = st.sampled_from(NOMS_DE_CHAMPS) | st.text(max_size=12)
donnees_yaml = st.recursive(
    scalaires,
    lambda enfants: st.lists(enfants, max_size=5) | st.dictionaries(cles, enfants, max_size=6),
    max_leaves=40,
)


def lire_sans_trace(texte: str, nom: str = "essai.yaml") -> Conducteur | None:
    """Lit le texte ; seul `ConducteurInvalide` est une issue acceptable."""
    try:
        return lire_texte(texte, nom)
    except ConducteurInvalide as exc:
        assert exc.problemes
        for probleme in exc.problemes:
            assert probleme.fichier == nom
            assert probleme.message.strip()
            assert "Traceback" not in str(probleme)
            assert probleme.ligne is None or probleme.ligne >= 1
        return None


@REGLAGES
@given(st.text())
def test_un_texte_quelconque(texte: str) -> None:
    lire_sans_trace(texte)


ALPHABET_YAML = list(":-[]{}&*!|>'\"#%@`,?~\\ \n\t") + list("abyn019.é") + ["\ufeff", "\x85"]


@REGLAGES
@given(st.text(st.sampled_from(ALPHABET_YAML), max_size=200))
def test_un_texte_fait_de_signes_yaml(texte: str) -> None:
    lire_sans_trace(texte)


MORCEAUX_YAML = [
    "identifiant: ",
    "titre: ",
    "deroulement:",
    "etapes:",
    "type: ",
    "a: ",
    "b:",
    "- ",
    "\n",
    "\n  ",
    "\n    ",
    "\t",
    " ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    ": ",
    "? ",
    "&x ",
    "*x",
    "&y ",
    "*y",
    "!!int ",
    "!!float ",
    "!!str ",
    "!!binary ",
    "!!timestamp ",
    "!!python/object:os.system ",
    "!perso ",
    "2024-13-45",
    "2024-01-15",
    "1:30",
    "0x1F",
    "0o17",
    "1e400",
    ".inf",
    "yes",
    "true",
    "~",
    "null",
    "texte",
    "'",
    '"',
    "#",
    "|",
    ">",
    "---",
    "...",
    "%YAML 1.1\n",
    "é",
    "\\",
    "\\x00",
    "\x85",
    "\u2028",
]


@REGLAGES
@given(st.lists(st.sampled_from(MORCEAUX_YAML), max_size=40).map("".join))
def test_une_soupe_de_morceaux_yaml(texte: str) -> None:
    lire_sans_trace(texte)


@REGLAGES
@given(donnees_yaml)
def test_un_yaml_quelconque(donnees: Any) -> None:
    lire_sans_trace(yaml.safe_dump(donnees, allow_unicode=True))


def _chemins(valeur: Any, prefixe: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    chemins = [prefixe] if prefixe else []
    if isinstance(valeur, dict):
        for cle, sous in valeur.items():
            chemins += _chemins(sous, (*prefixe, cle))
    elif isinstance(valeur, list):
        for i, sous in enumerate(valeur):
            chemins += _chemins(sous, (*prefixe, i))
    return chemins


CHEMINS_DU_MODELE = _chemins(guide_valide())


@REGLAGES
@given(st.sampled_from(CHEMINS_DU_MODELE), donnees_yaml)
def test_un_champ_du_conducteur_remplace_par_n_importe_quoi(
    chemin: tuple[Any, ...], valeur: Any
) -> None:
    guide = copy.deepcopy(guide_valide())
    parent: Any = guide
    for partie in chemin[:-1]:
        parent = parent[partie]
    parent[chemin[-1]] = valeur
    lire_sans_trace(en_yaml(guide))


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300))
def test_un_fichier_d_octets_quelconques(tmp_path_factory: Any, octets: bytes) -> None:
    chemin: Path = tmp_path_factory.mktemp("octets") / "essai.yaml"
    chemin.write_bytes(octets)
    try:
        lire_fichier(chemin)
    except ConducteurInvalide as exc:
        assert all(p.fichier == str(chemin) for p in exc.problemes)
