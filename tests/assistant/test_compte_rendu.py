"""Le brouillon du compte rendu et la fiche Visual Course, écrits à partir des réponses."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from assistant.aides.compte_rendu import rediger_compte_rendu, remplir_visual_course
from conducteurs.chargeur import charger_catalogue
from conducteurs.modele import Conducteur
from etats import AFixer, Tache


@pytest.fixture(scope="module")
def accueil() -> Conducteur:
    return charger_catalogue().get("premier-accueil")


def reponses(accueil: Conducteur, **changements: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "accueil-objectifs": "Trouver un emploi dans la logistique",
        "duree-entretien": 60,
        "lieu-deontologie": list(accueil.etape("lieu-deontologie").options),
        "deroulement-annonce": True,
        "information-donnees": True,
        "formulaire-signe": True,
        "demande-adherent": "Un CDI de préparateur de commandes",
        "evaluation-entretien": "Objectif atteint",
        "taches-prochain-rdv": [
            Tache(quoi="Mettre à jour le CV", qui="adherent", echeance=date(2026, 12, 5)),
            Tache(quoi="Contacter l'organisme CACES", qui="conseiller"),
        ],
        "prochain-rdv": datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
    }
    base.update(changements)
    return {k: v for k, v in base.items() if v is not None}


def test_compte_rendu_complet(accueil: Conducteur) -> None:
    texte = rediger_compte_rendu(
        accueil,
        reponses(accueil),
        passees={"situation-actuelle": "vu au prochain rendez-vous"},
        notes=["L'adhérent arrive avec son CV"],
        quand=datetime(2026, 11, 30, 9, 0),
    )
    assert texte.startswith("Compte rendu — Entretien de premier accueil du lundi 30 novembre")
    assert (
        "y a consenti le lundi 30 novembre 2026 ; le formulaire d'autorisation a été signé" in texte
    )
    assert "Cadre convenu avec l'adhérent : durée (1 h), lieu, déontologie, déroulement" in texte
    assert "non abordé (vu au prochain rendez-vous)" in texte
    assert "- L'adhérent arrive avec son CV" in texte
    assert "- Mettre à jour le CV (l'adhérent, pour le samedi 5 décembre 2026)" in texte
    assert "- Contacter l'organisme CACES (le conseiller)" in texte
    assert "Prochain rendez-vous : lundi 7 décembre 2026 à 9h30" in texte
    # Jamais « il » ou « elle » pour désigner la personne dans ce qui est généré.
    assert " il " not in texte.lower() and " elle " not in texte.lower()


def test_cadre_incomplet_repris_tel_quel(accueil: Conducteur) -> None:
    texte = rediger_compte_rendu(
        accueil, reponses(accueil, **{"lieu-deontologie": ["Respect mutuel et écoute"]})
    )
    assert "Lieu et règles de l'entretien : Respect mutuel et écoute" in texte
    assert "Cadre convenu avec l'adhérent : durée (1 h), déroulement" in texte


def test_consentement_refuse_et_rdv_a_fixer(accueil: Conducteur) -> None:
    texte = rediger_compte_rendu(
        accueil,
        reponses(
            accueil,
            **{
                "information-donnees": False,
                "formulaire-signe": None,
                "demande-adherent": None,
                "prochain-rdv": AFixer(raison="attend son planning"),
            },
        ),
    )
    assert "n'y a pas consenti" in texte and "aucune donnée personnelle" in texte
    assert "Prochain rendez-vous : à fixer (attend son planning)" in texte


def test_fiche_visual_course(accueil: Conducteur) -> None:
    fiche = remplir_visual_course(accueil, reponses(accueil))
    assert list(fiche) == [champ.champ for champ in accueil.visual_course]
    assert fiche["Objet de l'entretien"] == "Trouver un emploi dans la logistique"
    assert fiche["Prochain rendez-vous"] == "lundi 7 décembre 2026 à 9h30"
