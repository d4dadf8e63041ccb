"""Garde-fous du cœur : consentement retiré, formulaire après refus, « ne souhaite pas
répondre », notes personnelles sans consentement."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conducteurs.modele import Conducteur, Role
from etats import (
    NE_SOUHAITE_PAS_REPONDRE,
    RAISON_CONSENTEMENT_RETIRE,
    DonneesEntretien,
    Entretien,
    NonCommunique,
    Refus,
)
from tests.etats.outils import DEBUT, mener_a_terme, reponse_valide
from tests.support.horloge import Horloge

GUIDES = Path(__file__).resolve().parents[2] / "conducteurs" / "guides"


def charger(nom: str) -> Conducteur:
    return Conducteur.model_validate(
        yaml.safe_load((GUIDES / f"{nom}.yaml").read_text(encoding="utf-8"))
    )


def jusqu_a(entretien: Entretien, identifiant: str, horloge: Horloge) -> None:
    while True:
        etape = entretien.etape_courante
        assert etape is not None
        if etape.identifiant == identifiant:
            return
        if entretien.reponse(etape.identifiant) is None:
            entretien.repondre(reponse_valide(etape))
        horloge.avancer()
        entretien.avancer()


def test_formulaire_signe_oui_refuse_apres_un_refus() -> None:
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(charger("premier-accueil"), horloge=horloge)
    jusqu_a(entretien, "information-donnees", horloge)
    entretien.repondre(False)
    entretien.avancer()
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.role == Role.formulaire_signe
    with pytest.raises(Refus, match="ne peut pas suivre un refus"):
        entretien.repondre(True)
    assert entretien.reponse("formulaire-signe") is None
    entretien.repondre(False)  # « non » reste possible


def test_retrait_exclut_les_etapes_personnelles_suivantes_et_garde_le_reste() -> None:
    horloge = Horloge(DEBUT)
    conducteur = charger("premier-accueil")
    entretien = Entretien.nouveau(conducteur, horloge=horloge)
    jusqu_a(entretien, "origine-orientation", horloge)
    assert entretien.reponse("demande-adherent") is not None  # personnelle, déjà notée
    assert entretien.consentement is True
    entretien.retirer_consentement()
    assert entretien.consentement is False
    # L'étape courante, personnelle, est quittée ; les suivantes sont exclues.
    courante = entretien.etape_courante
    assert courante is not None and not courante.personnel
    for ident in ("origine-orientation", "situation-actuelle"):
        assert entretien.exclue(ident)
        assert entretien.donnees.passees[ident] == RAISON_CONSENTEMENT_RETIRE
    # Ce qui était enregistré avant le retrait reste.
    assert entretien.reponse("demande-adherent") is not None
    # La décision libre n'est pas personnelle : elle s'enregistre encore.
    assert not entretien.exclue("decision-entree")
    with pytest.raises(Refus, match="personnelles"):
        entretien.noter("Vous habitez 3 rue Haute.", personnelle="coordonnées et identité")
    mener_a_terme(entretien, horloge)
    assert entretien.etat == "cloture"
    assert entretien.reponse("decision-entree") is not None
    relu = DonneesEntretien.model_validate(entretien.donnees.model_dump(mode="json"))
    assert relu.consentement_retire is not None


def test_retrait_sans_etape_de_consentement() -> None:
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(charger("diagnostic"), horloge=horloge, consentement_dossier=True)
    personnelles = [e.identifiant for _, e in entretien.conducteur.etapes() if e.personnel]
    assert personnelles and not entretien.exclue(personnelles[0])
    entretien.retirer_consentement()
    assert all(entretien.exclue(ident) for ident in personnelles)
    with pytest.raises(Refus, match="déjà été retiré"):
        entretien.retirer_consentement()


def test_ne_souhaite_pas_repondre_aux_etapes_personnelles_seulement() -> None:
    horloge = Horloge(DEBUT)
    conducteur = charger("premier-accueil")
    entretien = Entretien.nouveau(conducteur, horloge=horloge)
    with pytest.raises(Refus, match="étapes personnelles"):
        entretien.repondre(NE_SOUHAITE_PAS_REPONDRE)
    jusqu_a(entretien, "demande-adherent", horloge)
    for ident in ("demande-adherent", "origine-orientation", "situation-actuelle"):
        jusqu_a(entretien, ident, horloge)
        entretien.repondre(NE_SOUHAITE_PAS_REPONDRE)
        assert isinstance(entretien.reponse(ident), NonCommunique)
    mener_a_terme(entretien, horloge)
    assert entretien.etat == "cloture"
    donnees = entretien.donnees.model_dump(mode="json")
    assert donnees["reponses"]["origine-orientation"]["type"] == "non_communique"
    relu = DonneesEntretien.model_validate(donnees)
    assert relu.reponses["situation-actuelle"].type == "non_communique"


def test_note_personnelle_refusee_avant_le_consentement() -> None:
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(charger("premier-accueil"), horloge=horloge)
    with pytest.raises(Refus, match="pas encore recueilli") as refus:
        entretien.noter("12 rue des Lilas, 06 12 34 56 78", personnelle="coordonnées et identité")
    assert "12 rue" not in refus.value.raison  # le message ne recopie pas la donnée
    assert entretien.donnees.notes == []
    entretien.noter("Vous arrivez en avance.")  # une note sans donnée personnelle passe
    jusqu_a(entretien, "information-donnees", horloge)
    entretien.repondre(True)
    entretien.noter("Vous habitez 3 rue Haute.", personnelle="coordonnées et identité")
    assert len(entretien.donnees.notes) == 2


def test_reponse_personnelle_refusee_sans_consentement() -> None:
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(charger("premier-accueil"), horloge=horloge)
    with pytest.raises(Refus, match="Réponse non enregistrée"):
        entretien.repondre("Vous avez 3 enfants.", personnelle="situation familiale et ressources")
    assert entretien.reponse("accueil-objectifs") is None
    entretien.repondre("Faire connaissance")
    assert entretien.reponse("accueil-objectifs") == "Faire connaissance"
