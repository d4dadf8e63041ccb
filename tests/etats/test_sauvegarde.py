"""Sauvegarder puis restaurer : même état, mêmes réponses, mêmes actions permises."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from conducteurs.modele import Conducteur
from etats import ConducteurModifie, DonneesEntretien, Entretien
from tests.etats.outils import (
    conducteur,
    guide_accueil_dict,
    mener_a_terme,
    mener_jusqu_a,
    signature,
)
from tests.support.horloge import Horloge


def aller_retour(entretien: Entretien, horloge: Horloge) -> Entretien:
    """Sauvegarde en JSON texte, relit, restaure avec un conducteur relu."""
    texte = json.dumps(entretien.donnees.model_dump(mode="json"))
    donnees = DonneesEntretien.model_validate(json.loads(texte))
    relu = Conducteur.model_validate(entretien.conducteur.model_dump(mode="json"))
    return Entretien.restaurer(relu, donnees, horloge=horloge)


def verifier(entretien: Entretien, horloge: Horloge) -> Entretien:
    restaure = aller_retour(entretien, horloge)
    assert signature(restaure) == signature(entretien)
    assert restaure.donnees == entretien.donnees
    return restaure


def test_restaurer_a_chaque_etape(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    verifier(entretien, horloge)
    for cible in ("lieu", "consentement", "remarques", "travail", "prochain-rdv"):
        mener_jusqu_a(entretien, cible, horloge)
        restaure = verifier(entretien, horloge)
    # On continue sur l'entretien restauré, comme après un redémarrage.
    mener_a_terme(restaure, horloge)
    assert restaure.etat == "cloture"
    verifier(restaure, horloge)


def test_restaurer_un_entretien_suspendu(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "duree", horloge)
    entretien.noter("Arrivée en retard")
    entretien.suspendre()
    horloge.avancer(30)
    restaure = verifier(entretien, horloge)
    assert restaure.etat_machine == "suspendu"
    restaure.reprendre()
    assert restaure.etat_machine == "introduction.duree"
    assert restaure.donnees.notes[0].texte == "Arrivée en retard"


def test_restaurer_apres_refus_du_consentement(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "consentement", horloge)
    entretien.repondre(False)
    entretien.avancer()
    restaure = verifier(entretien, horloge)
    assert restaure.exclue("situation")


def test_restaurer_sans_consentement_au_dossier(
    guide_accompagnement: Conducteur, horloge: Horloge
) -> None:
    for dossier in (None, False, True):
        entretien = Entretien.nouveau(
            guide_accompagnement, horloge=horloge, consentement_dossier=dossier
        )
        restaure = verifier(entretien, horloge)
        assert restaure.donnees.consentement_dossier is dossier


def test_conducteur_modifie(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "lieu", horloge)
    donnees = entretien.donnees

    change: dict[str, Any] = guide_accueil_dict()
    change["deroulement"]["introduction"]["etapes"][0]["consigne"] = "Autre consigne."
    with pytest.raises(ConducteurModifie) as erreur:
        Entretien.restaurer(conducteur(change), donnees)
    assert erreur.value.message == (
        "Le conducteur « Accueil de test » (version « 1.0 ») a été modifié depuis "
        "l'enregistrement de cet entretien : il ne peut pas être repris tel quel."
    )
    assert erreur.value.attendu[2] != erreur.value.trouve[2]

    version = guide_accueil_dict()
    version["version"] = "1.1"
    with pytest.raises(ConducteurModifie, match="de la version « 1.0 » à « 1.1 »"):
        Entretien.restaurer(conducteur(version), donnees)

    autre = guide_accueil_dict()
    autre["identifiant"] = "autre-accueil"
    with pytest.raises(ConducteurModifie, match="conduit avec le conducteur « accueil-test »"):
        Entretien.restaurer(conducteur(autre), donnees)


def test_donnees_incoherentes(
    fabrique: Callable[..., Entretien], guide_accueil: Conducteur
) -> None:
    donnees = fabrique().donnees
    for changements in (
        {"etape_courante": "inconnue"},
        {"etat": "echange"},
        {"etat": "cloture"},
        {"passees": {"inconnue": "raison"}},
    ):
        with pytest.raises(ValueError, match="données de l'entretien|séquence|clos"):
            Entretien.restaurer(guide_accueil, donnees.model_copy(update=changements))


def test_les_donnees_sont_une_copie(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    donnees = entretien.donnees
    donnees.passees["objectifs"] = "modifié de l'extérieur"
    assert entretien.donnees.passees == {}
    restaure = Entretien.restaurer(entretien.conducteur, donnees)
    donnees.notes.clear()
    assert restaure.donnees.passees == {"objectifs": "modifié de l'extérieur"}


def test_format_json(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_a_terme(entretien, horloge)
    document = entretien.donnees.model_dump(mode="json")
    assert document["format"] == 1
    assert document["conducteur"] == "accueil-test"
    assert document["reponses"]["duree"] == {
        "horodatage": document["reponses"]["duree"]["horodatage"],
        "type": "duree",
        "valeur": 45,
    }
    assert document["reponses"]["travail"]["valeur"][0]["qui"] == "adherent"
    assert document["reponses"]["prochain-rdv"]["valeur"] == "2025-01-28T09:30:00Z"
    relu = DonneesEntretien.model_validate(json.loads(json.dumps(document)))
    assert relu == entretien.donnees
