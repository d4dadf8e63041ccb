"""Noms et textes sûrs à afficher (issue 13, point 8) : refus à la création, rendu visible."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from stockage import Depot, ErreurStockage
from stockage.modeles import Adherent
from stockage.texte import json_visible, probleme_nom, rendre_visible

NOMS_PIEGES = [
    "Ève\u202eevE",  # retourne l'affichage de la suite
    "Marie\x1b[2J",  # efface l'écran
    "Paul\n✓ faux",  # fabrique une ligne
    "Zoé\rAdmin",  # réécrit le début de la ligne
    "Nina\x00",
    "Ali\x85",  # C1 : NEL
    "Lina\u2066x\u2069",
    "Tom\tTab",
    "Léa\x7f",
]


@pytest.mark.parametrize("nom", NOMS_PIEGES)
def test_probleme_nom_refuse_controles_et_direction(nom: str) -> None:
    message = probleme_nom(nom)
    assert message is not None
    assert "caractère invisible ou de contrôle" in message and "retapez" in message
    assert nom not in message  # le stockage ne recopie pas de donnée personnelle


@pytest.mark.parametrize("nom", ["Marie Dupont", "Zoé N'Diaye-Éluard", "محمد", "李雷", "O’Brien"])
def test_les_noms_ordinaires_sont_acceptes(nom: str) -> None:
    assert probleme_nom(nom) is None


def test_rendre_visible_montre_chaque_controle() -> None:
    assert rendre_visible("a\x1b[2Jb") == "a␛[2Jb"
    assert rendre_visible("\x00\r\x7f") == "␀␍␡"
    assert rendre_visible("x\u202ey\x85") == "x⟨U+202E⟩y⟨U+0085⟩"
    assert rendre_visible("une\nligne\tet tab") == "une\nligne\tet tab"
    assert rendre_visible("une\nligne\tet tab", une_ligne=True) == "une␊ligne␉et tab"
    assert rendre_visible("\n✓ faux", une_ligne=True) == "␊✓ faux"
    texte = "Marie Dupont, l’adhérent — « ok »"
    assert rendre_visible(texte, une_ligne=True) is texte


def test_json_visible_garde_les_valeurs() -> None:
    objet = {"texte": "a\u202eb\x1b\x85\x7f\n", "nom": "Zoé"}
    ligne = json_visible(objet)
    assert "\u202e" not in ligne and "\x85" not in ligne and "\x7f" not in ligne
    assert "\x1b" not in ligne and "\n" not in ligne
    assert "Zoé" in ligne
    assert json.loads(ligne) == objet


def test_le_depot_refuse_de_creer_un_tel_nom(tmp_path: Path) -> None:
    with Depot.ouvrir(tmp_path / "d") as depot:
        for nom in NOMS_PIEGES:
            with pytest.raises(ErreurStockage, match="retapez le nom"):
                depot.creer_adherent(nom)
        assert depot.adherents() == []


def test_le_modele_refuse_un_tel_nom_en_dernier_recours() -> None:
    with pytest.raises(ValidationError, match="retapez le nom"):
        Adherent(nom="Ève\u202eevE")
    adherent = Adherent(nom="Ève")
    with pytest.raises(ValidationError):
        adherent.nom = "Marie\x1b[2J"


def test_un_nom_deja_enregistre_reste_lisible(tmp_path: Path) -> None:
    """Un dossier créé avant ce refus se relit : rien ne devient illisible."""
    with Depot.ouvrir(tmp_path / "d") as depot:
        ancien = Adherent.model_construct(nom="Ancien\x1b[2J")
        depot.enregistrer_adherent(ancien)
    with Depot.ouvrir(tmp_path / "d") as depot:
        assert depot.adherent(ancien.id).nom == "Ancien\x1b[2J"
