"""Une seule source de ce qui est permis : les gardes de `etats.gardes`.

La machine `transitions` les appelle comme `conditions=`, `possible()` rend
leur refus, et l'action lève ce même refus : les trois disent la même chose,
avec la même raison.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conducteurs.modele import Conducteur, Role
from etats import Entretien, Refus
from etats.machine import ModeleMachine, passages
from tests.etats.outils import DEBUT, reponse_valide
from tests.support.horloge import Horloge


def meme_refus(entretien: Entretien, garde: Refus | None, action: str, *args: object) -> None:
    """Le refus de la garde est celui de `possible` et celui que l'action lève."""
    assert garde is not None
    annonce = entretien.possible(action, *args)
    assert annonce is not None
    with pytest.raises(Refus) as leve:
        getattr(entretien, action)(*args)
    attendu = (garde.raison, garde.etape)
    assert (annonce.raison, annonce.etape) == attendu
    assert (leve.value.raison, leve.value.etape) == attendu


def test_garde_etape_quittable(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    garde = entretien._gardes.etape_quittable()
    assert garde is not None and "obligatoire" in garde.raison
    assert not entretien._modele.peut("avancer")
    meme_refus(entretien, garde, "avancer")


def test_garde_cadre_convenu(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    for valeur in ("Trouver un emploi", 45, False):  # « non » au lieu
        entretien.repondre(valeur)
        entretien.avancer()
    etape = entretien.etape_courante
    assert etape is not None and etape.identifiant == "regles"
    entretien.repondre(reponse_valide(etape))
    assert entretien._gardes.etape_quittable() is None
    garde = entretien._gardes.cadre_convenu()
    assert garde is not None and garde.raison.startswith("Le cadre n'est pas encore convenu")
    assert not entretien._modele.peut("avancer")
    meme_refus(entretien, garde, "avancer")


def test_garde_aller_a(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    garde = entretien._gardes.aller_a("lieu")
    assert garde is not None and "pas encore été abordée" in garde.raison
    assert not entretien._modele.peut("aller_a", cible="introduction.lieu")
    meme_refus(entretien, garde, "aller_a", "lieu")


def test_garde_cloture_possible(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    garde = entretien._gardes.cloture_possible()
    assert garde is not None and garde.raison.startswith("Impossible de clore")
    manques = entretien.manques_cloture()
    assert len(manques) > 1 and garde.etape == manques[0].etape
    assert not entretien._modele.peut("cloturer")
    meme_refus(entretien, garde, "cloturer")


def test_la_machine_et_possible_appellent_la_meme_garde(
    fabrique: Callable[..., Entretien], monkeypatch: pytest.MonkeyPatch
) -> None:
    entretien = fabrique()
    entretien.repondre("Trouver un emploi")
    assert entretien._modele.peut("avancer") and entretien.possible("avancer") is None
    refus = Refus("Refus de la garde remplacée.", "objectifs")
    monkeypatch.setattr(entretien._gardes, "etape_quittable", lambda: refus)
    assert not entretien._modele.peut("avancer")
    assert entretien.possible("avancer") is refus
    with pytest.raises(Refus) as leve:
        entretien.avancer()
    assert leve.value is refus


def test_chaque_condition_de_la_machine_est_une_garde(guide_accueil: Conducteur) -> None:
    noms = {nom for passage in passages(guide_accueil) for nom in passage.conditions}
    assert noms == {
        "etape_quittable",
        "cadre_convenu",
        "destination_attendue",
        "cible_visee",
        "aller_a_autorise",
        "cloture_possible",
    }
    for nom in noms:
        assert callable(getattr(ModeleMachine, nom)), nom


def test_possible_repondre_juge_le_formulaire_signe() -> None:
    chemin = Path(__file__).resolve().parents[2] / "conducteurs/guides/premier-accueil.yaml"
    guide = Conducteur.model_validate(yaml.safe_load(chemin.read_text(encoding="utf-8")))
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(guide, horloge=horloge)
    while (etape := entretien.etape_courante) is not None and etape.role != Role.consentement:
        if entretien.reponse(etape.identifiant) is None:
            entretien.repondre(reponse_valide(etape))
        horloge.avancer()
        entretien.avancer()
    entretien.repondre(False)
    entretien.avancer()
    etape = entretien.etape_courante
    assert etape is not None and etape.role == Role.formulaire_signe
    garde = entretien._gardes.repondre(True)
    assert garde is not None and "ne peut pas suivre un refus" in garde.raison
    meme_refus(entretien, garde, "repondre", True)
    assert entretien.possible("repondre", False) is None
