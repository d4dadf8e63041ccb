"""Le temps : par séquence, par étape, sans les suspensions, comparé à la durée prévue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from conducteurs.modele import Conducteur
from etats import Entretien
from tests.etats.outils import (
    DEBUT,
    guide_accueil_dict,
    mener_a_terme,
    mener_jusqu_a,
    reponse_valide,
)
from tests.support.horloge import Horloge


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def test_temps_par_etape_et_par_sequence(
    fabrique: Callable[..., Entretien], horloge: Horloge
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


def test_la_suspension_ne_compte_pas(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    horloge.avancer(5)
    entretien.suspendre()
    horloge.avancer(40)
    assert entretien.temps_ecoule() == minutes(5)
    entretien.reprendre()
    horloge.avancer(2)
    assert entretien.temps_ecoule() == minutes(7)
    assert entretien.temps_par_etape()["objectifs"] == minutes(7)


def test_depassement(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()  # 30 minutes prévues
    horloge.avancer(30)
    assert not entretien.depassement()
    horloge.avancer(1)
    assert entretien.depassement()
    entretien.suspendre()
    horloge.avancer(60)
    assert entretien.temps_ecoule() == minutes(31)


def test_le_temps_s_arrete_a_la_cloture(guide_accueil: Conducteur, horloge: Horloge) -> None:
    entretien = Entretien.nouveau(guide_accueil, horloge=horloge)
    mener_a_terme(entretien, horloge)
    ecoule = entretien.temps_ecoule()
    assert ecoule == horloge() - DEBUT
    horloge.avancer(120)
    assert entretien.temps_ecoule() == ecoule
    assert sum(entretien.temps_par_sequence().values(), timedelta(0)) == ecoule
    assert sum(entretien.temps_par_etape().values(), timedelta(0)) == ecoule


def test_horodatages(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
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


def test_reprise_apres_interruption_ne_compte_pas_le_temps_d_arret(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    entretien.repondre("Trouver un emploi")
    horloge.avancer(4)
    entretien.avancer()
    # Arrêt brutal : seules les données enregistrées restent ; reprise 3 heures plus tard.
    donnees = entretien.donnees
    horloge.avancer(180)
    repris = Entretien.restaurer(entretien.conducteur, donnees, horloge=horloge)
    assert repris.temps_ecoule() > minutes(180)  # sans précaution, l'arrêt compterait
    repris.reprendre_apres_interruption()
    assert repris.temps_ecoule() == minutes(4)
    horloge.avancer(2)
    assert repris.temps_ecoule() == minutes(6)
    assert repris.etat == "introduction"
    assert repris.etape_courante is not None
    assert repris.etape_courante.identifiant == "duree"
    # Le tout se sauvegarde et se relit à l'identique.
    relu = Entretien.restaurer(repris.conducteur, repris.donnees, horloge=horloge)
    assert relu.temps_ecoule() == minutes(6)
    refus_relu, refus_repris = relu.possible("avancer"), repris.possible("avancer")
    assert refus_relu is not None and refus_repris is not None
    assert (refus_relu.raison, refus_relu.etape) == (refus_repris.raison, refus_repris.etape)


def test_reprise_apres_interruption_sans_effet_si_suspendu(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    entretien.suspendre()
    avant = len(entretien.donnees.evenements)
    entretien.reprendre_apres_interruption()
    assert len(entretien.donnees.evenements) == avant
    assert entretien.etat == "suspendu"


# ------------------------------------------------- durée convenue et alertes
def _guide_decoupe() -> Conducteur:
    """Le conducteur de test (30 min) découpé 5 / 20 / 5 min par séquence."""
    donnees = guide_accueil_dict()
    for nom, duree in (("introduction", 5), ("echange", 20), ("conclusion", 5)):
        donnees["deroulement"][nom]["duree_minutes"] = duree
    return Conducteur.model_validate(donnees)


def test_la_duree_convenue_remplace_celle_du_conducteur_des_qu_elle_est_notee(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()  # 30 minutes prévues par le conducteur
    entretien.repondre("Trouver un emploi")
    entretien.avancer()
    bilan = entretien.bilan_temps()
    assert (bilan.prevu, bilan.convenu) == (minutes(30), False)
    entretien.repondre(90)  # 1 h 30 convenue avec l'adhérent
    bilan = entretien.bilan_temps()
    assert (bilan.prevu, bilan.convenu) == (minutes(90), True)
    horloge.avancer(45)
    assert not entretien.depassement()  # 45 min : au-delà du conducteur, pas du convenu
    assert entretien.bilan_temps().niveau == "normal"


@pytest.mark.parametrize(
    ("ecoule", "attendu"),
    [(35, "normal"), (36, "proche"), (45, "proche"), (46, "depasse")],
)
def test_alerte_a_80_pourcent_puis_au_depassement_de_la_duree_convenue(
    fabrique: Callable[..., Entretien], horloge: Horloge, ecoule: int, attendu: str
) -> None:
    entretien = fabrique()
    entretien.repondre("Trouver un emploi")
    entretien.avancer()
    entretien.repondre(45)
    horloge.avancer(ecoule)
    assert entretien.bilan_temps().niveau == attendu
    assert entretien.depassement() == (attendu == "depasse")


def test_la_sequence_a_sa_part_du_decoupage_mise_a_l_echelle_du_convenu(
    horloge: Horloge,
) -> None:
    entretien = Entretien.nouveau(_guide_decoupe(), horloge=horloge)
    bilan = entretien.bilan_temps()
    assert (bilan.sequence, bilan.prevu_sequence) == ("introduction", minutes(5))
    entretien.repondre("Trouver un emploi")
    entretien.avancer()
    entretien.repondre(60)  # le double du conducteur : chaque séquence double aussi
    assert entretien.bilan_temps().prevu_sequence == minutes(10)
    horloge.avancer(8)
    bilan = entretien.bilan_temps()
    assert (bilan.ecoule_sequence, bilan.niveau_sequence, bilan.niveau) == (
        minutes(8),
        "proche",
        "normal",
    )
    horloge.avancer(3)
    bilan = entretien.bilan_temps()
    assert (bilan.niveau_sequence, bilan.niveau) == ("depasse", "normal")
    mener_jusqu_a(entretien, "consentement", horloge)
    bilan = entretien.bilan_temps()
    assert bilan.sequence == "echange"
    assert bilan.prevu_sequence == minutes(40)
    assert bilan.ecoule_sequence == timedelta(0)
    assert bilan.niveau_sequence == "normal"


def test_suspendu_ou_clos_pas_d_alerte_de_sequence(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    horloge.avancer(29)
    assert entretien.bilan_temps().niveau_sequence == "depasse"
    entretien.suspendre()
    bilan = entretien.bilan_temps()
    assert (bilan.sequence, bilan.niveau_sequence, bilan.niveau) == (None, "normal", "proche")
