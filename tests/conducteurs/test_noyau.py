"""Le noyau partagé par les conducteurs et les personas : document YAML et catalogue générique."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from conducteurs.catalogue import INTEGRE, STRUCTURE, CatalogueDe, EntreeCatalogue
from conducteurs.chargeur import Catalogue, Entree
from conducteurs.document import Attendu, lire_document
from conducteurs.persona import CataloguePersonas, EntreePersona
from conducteurs.probleme import ConducteurInvalide, FichierInvalide, Probleme

ATTENDU = Attendu("une fiche", "écrivez une fiche", "commencez par « identifiant: … »")


class FicheInvalide(FichierInvalide):
    """L'exception propre à ce type de fichier."""


@dataclass(frozen=True)
class Fiche:
    identifiant: str


@dataclass(frozen=True)
class EntreeFiche(EntreeCatalogue[Fiche]):
    pass


@dataclass
class Fiches(CatalogueDe[Fiche, EntreeFiche]):
    ENTREE = EntreeFiche
    AUCUN = "aucune fiche"
    DISPONIBLES = "fiches disponibles"
    VIDE = "aucune"


def test_un_document_donne_ses_donnees_et_la_ligne_de_chaque_champ() -> None:
    document = lire_document("a: 1\nb:\n  c: [x, y]\n", "f.yaml", ATTENDU)
    assert document.donnees == {"a": 1, "b": {"c": ["x", "y"]}}
    assert document.ligne("b.c") == 3
    assert document.ligne("b.c[1]") == 3
    assert document.ligne("b.inconnu") == 2


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("  \n", "le fichier est vide"),
        ("- a\n", "le fichier ne contient pas une fiche"),
        ("a: &x 1\n", "une ancre « &x » est utilisée"),
        ("a: 2024-13-45\n", "une valeur est illisible"),
    ],
)
def test_un_document_illisible_leve_l_exception_demandee(source: str, message: str) -> None:
    with pytest.raises(FicheInvalide) as exc:
        lire_document(source, "f.yaml", ATTENDU, FicheInvalide)
    assert exc.value.problemes[0].fichier == "f.yaml"
    assert message in exc.value.problemes[0].message


def test_le_catalogue_generique_ajoute_remplace_et_signale(tmp_path: Path) -> None:
    integres = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    structure = tmp_path / "structure"
    structure.mkdir()
    (structure / "a.yaml").write_text("x")
    (structure / "b.yaml").write_text("x")
    (structure / "c.YAML").write_text("x")

    def lire(fichier: Path) -> Fiche:
        if fichier.parent == structure and fichier.stem == "b":
            raise FicheInvalide([Probleme(str(fichier), "", "illisible")])
        return Fiche(fichier.stem)

    fiches = Fiches()
    fiches.ajouter(integres, INTEGRE, lire)
    fiches.ajouter_dossier(structure, lire, "fiches")
    assert [(e.element.identifiant, e.origine) for e in fiches] == [
        ("a", STRUCTURE),
        ("b", INTEGRE),
    ]
    assert fiches.get("a") == Fiche("a")
    messages = [p.message for p in fiches.problemes]
    assert any("« .YAML » doit être écrite en minuscules" in m for m in messages)
    assert "illisible" in messages
    assert any("la version intégrée de « b » est utilisée" in m for m in messages)
    with pytest.raises(KeyError, match="aucune fiche « z » ; fiches disponibles : a, b"):
        fiches.get("z")


def test_conducteurs_et_personas_partagent_le_meme_catalogue() -> None:
    assert issubclass(Catalogue, CatalogueDe)
    assert issubclass(CataloguePersonas, CatalogueDe)
    assert issubclass(Entree, EntreeCatalogue)
    assert issubclass(EntreePersona, EntreeCatalogue)
    assert issubclass(ConducteurInvalide, FichierInvalide)
