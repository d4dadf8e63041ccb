"""Aller et venir dans l'entretien : positions, visites, réponses gardées."""

from __future__ import annotations

from collections.abc import Callable

from etats import Entretien
from tests.etats.outils import mener_jusqu_a
from tests.support.horloge import Horloge


def test_positions(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    assert entretien.etat == "introduction"
    assert entretien.sequence == "introduction"
    assert entretien.position == (1, 11)
    assert entretien.position_sequence == (1, 4)
    mener_jusqu_a(entretien, "situation", horloge)
    assert entretien.sequence == "echange"
    assert entretien.etat_machine == "echange.situation"
    assert entretien.position == (6, 11)
    assert entretien.position_sequence == (2, 4)
    mener_jusqu_a(entretien, "prochain-rdv", horloge)
    assert entretien.position == (11, 11)
    assert entretien.position_sequence == (3, 3)


def test_retour_et_aller_gardent_les_reponses(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "evaluation", horloge)
    avant = entretien.donnees.reponses
    entretien.precedent()
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.identifiant == "remarques"
    entretien.precedent()
    entretien.precedent()
    entretien.aller_a("objectifs")
    assert entretien.donnees.reponses == avant
    assert entretien.reponse("objectifs") == "Réponse à Objectifs"
    # Revenir vers l'avant, directement, jusqu'à une étape déjà abordée.
    entretien.aller_a("evaluation")
    assert entretien.etat_machine == "conclusion.evaluation"
    assert entretien.donnees.reponses == avant
    entretien.precedent()
    entretien.avancer()
    assert entretien.donnees.reponses == avant


def test_remplacer_une_reponse_en_revenant(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "lieu", horloge)
    entretien.aller_a("objectifs")
    entretien.repondre("Préparer une candidature")
    entretien.aller_a("lieu")
    assert entretien.reponse("objectifs") == "Préparer une candidature"
    assert entretien.reponse("duree") == 45


def test_visites(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "regles", horloge)
    assert entretien.donnees.visitees == ["objectifs", "duree", "lieu", "regles"]
    entretien.aller_a("duree")
    assert entretien.visitee("regles") and not entretien.visitee("consentement")
    assert entretien.donnees.visitees == ["objectifs", "duree", "lieu", "regles"]


def test_precedent_saute_les_etapes_exclues(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "consentement", horloge)
    entretien.repondre(False)
    entretien.avancer()
    assert entretien.etat_machine == "echange.remarques"
    entretien.precedent()
    assert entretien.etat_machine == "echange.consentement"


def test_evenements(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    entretien.repondre("Trouver un emploi")
    horloge.avancer(2)
    entretien.avancer()
    entretien.precedent()
    entretien.suspendre()
    entretien.reprendre()
    types = [(e.type, e.etat, e.etape) for e in entretien.donnees.evenements]
    assert types == [
        ("debut", "introduction", "objectifs"),
        ("reponse", "introduction", "objectifs"),
        ("avancer", "introduction", "duree"),
        ("precedent", "introduction", "objectifs"),
        ("suspension", "suspendu", "objectifs"),
        ("reprise", "introduction", "objectifs"),
    ]
    # Les événements ne recopient jamais les réponses.
    assert all("emploi" not in e.detail for e in entretien.donnees.evenements)
