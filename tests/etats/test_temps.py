"""Le temps : par séquence, par étape, sans les suspensions, comparé à la durée prévue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from conducteurs.modele import Conducteur
from etats import Entretien
from tests.etats.outils import DEBUT, HorlogeFactice, mener_a_terme, reponse_valide


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def test_temps_par_etape_et_par_sequence(
    fabrique: Callable[..., Entretien], horloge: HorlogeFactice
) -> None:
    entretien = fabrique()
    assert entretien.donnees.debut == DEBUT
    entretien.repondre("Trouver un emploi")
    horloge.avancer(4)
    entretien.avancer()  # 4 min sur « objectifs »
    entretien.repondre(30)
    horloge.avancer(2)
    entretien.avancer()  # 2 min sur « duree »
    horloge.avancer(1)
    entretien.precedent()  # 1 min sur « lieu »
    horloge.avancer(3)  # 3 min de plus sur « duree », en cours
    par_etape = entretien.temps_par_etape()
    assert par_etape["objectifs"] == minutes(4)
    assert par_etape["duree"] == minutes(5)
    assert par_etape["lieu"] == minutes(1)
    assert par_etape["evaluation"] == timedelta(0)
    assert list(par_etape) == [e.identifiant for _, e in entretien.conducteur.etapes()]
    assert entretien.temps_par_sequence() == {
        "introduction": minutes(10),
        "echange": timedelta(0),
        "conclusion": timedelta(0),
    }
    assert entretien.temps_ecoule() == minutes(10)


def test_la_suspension_ne_compte_pas(
    fabrique: Callable[..., Entretien], horloge: HorlogeFactice
) -> None:
    entretien = fabrique()
    horloge.avancer(5)
    entretien.suspendre()
    horloge.avancer(40)
    assert entretien.temps_ecoule() == minutes(5)
    entretien.reprendre()
    horloge.avancer(2)
    assert entretien.temps_ecoule() == minutes(7)
    assert entretien.temps_par_etape()["objectifs"] == minutes(7)


def test_depassement(fabrique: Callable[..., Entretien], horloge: HorlogeFactice) -> None:
    entretien = fabrique()  # 30 minutes prévues
    horloge.avancer(30)
    assert not entretien.depassement()
    horloge.avancer(1)
    assert entretien.depassement()
    entretien.suspendre()
    horloge.avancer(60)
    assert entretien.temps_ecoule() == minutes(31)


def test_le_temps_s_arrete_a_la_cloture(
    guide_accueil: Conducteur, horloge: HorlogeFactice
) -> None:
    entretien = Entretien.nouveau(guide_accueil, horloge=horloge)
    mener_a_terme(entretien, horloge)
    ecoule = entretien.temps_ecoule()
    assert ecoule == horloge() - DEBUT
    horloge.avancer(120)
    assert entretien.temps_ecoule() == ecoule
    assert sum(entretien.temps_par_sequence().values(), timedelta(0)) == ecoule
    assert sum(entretien.temps_par_etape().values(), timedelta(0)) == ecoule


def test_horodatages(fabrique: Callable[..., Entretien], horloge: HorlogeFactice) -> None:
    entretien = fabrique()
    horloge.avancer(3)
    etape = entretien.etape_courante
    assert etape is not None
    entretien.repondre(reponse_valide(etape))
    donnees = entretien.donnees
    assert donnees.reponses["objectifs"].horodatage == horloge()
    assert donnees.evenements[-1].horodatage == horloge()


def test_horloge_sans_fuseau_refusee(guide_accueil: Conducteur) -> None:
    with pytest.raises(ValueError, match="fuseau"):
        Entretien.nouveau(guide_accueil, horloge=lambda: datetime(2025, 1, 1, 9, 0))


def test_horloge_systeme_par_defaut(guide_accueil: Conducteur) -> None:
    entretien = Entretien.nouveau(guide_accueil)
    assert entretien.donnees.debut.utcoffset() == timedelta(0)
    assert timedelta(0) <= entretien.temps_ecoule() < timedelta(minutes=1)
