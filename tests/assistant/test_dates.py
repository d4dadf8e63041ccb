"""Les dates, heures et durées telles que les conseillers les tapent."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.aides.dates import (
    DateIncomprise,
    formater_date_heure,
    formater_duree,
    formater_temps,
    lire_date_heure,
    lire_duree,
)
from assistant.aides.saisies import lire_tache

# Un samedi.
MAINTENANT = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("demain 14h", datetime(2026, 11, 29, 14, 0, tzinfo=UTC)),
        ("Demain à 14 h 30", datetime(2026, 11, 29, 14, 30, tzinfo=UTC)),
        ("après-demain 9h", datetime(2026, 11, 30, 9, 0, tzinfo=UTC)),
        ("apres demain 9h", datetime(2026, 11, 30, 9, 0, tzinfo=UTC)),
        ("jeudi 14/01 à 9h30", datetime(2027, 1, 14, 9, 30, tzinfo=UTC)),
        ("14/01/2027 9:30", datetime(2027, 1, 14, 9, 30, tzinfo=UTC)),
        ("14.01.27 9h30", datetime(2027, 1, 14, 9, 30, tzinfo=UTC)),
        ("3 février 10h", datetime(2027, 2, 3, 10, 0, tzinfo=UTC)),
        ("le 3 fevr. à 10h", datetime(2027, 2, 3, 10, 0, tzinfo=UTC)),
        ("le 1er décembre à midi", datetime(2026, 12, 1, 12, 0, tzinfo=UTC)),
        ("lundi 10h", datetime(2026, 11, 30, 10, 0, tzinfo=UTC)),
        ("lundi prochain à 10h", datetime(2026, 11, 30, 10, 0, tzinfo=UTC)),
        ("samedi 10h", datetime(2026, 12, 5, 10, 0, tzinfo=UTC)),
        ("dans 2 semaines à 10h", datetime(2026, 12, 12, 10, 0, tzinfo=UTC)),
        ("dans trois jours 16h", datetime(2026, 12, 1, 16, 0, tzinfo=UTC)),
    ],
)
def test_dates_comprises(texte: str, attendu: datetime) -> None:
    moment, alerte = lire_date_heure(texte, MAINTENANT)
    assert moment == attendu
    assert alerte is None


def test_jour_de_semaine_contradictoire_signale_sans_bloquer() -> None:
    moment, alerte = lire_date_heure("mardi 14/01 à 9h30", MAINTENANT)
    assert moment == datetime(2027, 1, 14, 9, 30, tzinfo=UTC)
    assert alerte is not None and "jeudi" in alerte and "mardi" in alerte


def test_date_passee_signalee() -> None:
    _, alerte = lire_date_heure("01/01/2020 10h", MAINTENANT)
    assert alerte == "attention : cette date est déjà passée"


@pytest.mark.parametrize(
    ("texte", "morceau"),
    [
        ("demain", "précisez l'heure"),
        ("14h", "précisez le jour"),
        ("31/02 10h", "n'existe pas"),
        ("14/13 10h", "le mois"),
        ("n'importe quoi", "n'est pas compris"),
        ("", "indiquez une date"),
    ],
)
def test_dates_refusees_avec_message(texte: str, morceau: str) -> None:
    with pytest.raises(DateIncomprise, match=morceau):
        lire_date_heure(texte, MAINTENANT)


def test_relecture_en_toutes_lettres() -> None:
    assert formater_date_heure(datetime(2027, 1, 14, 9, 30)) == "jeudi 14 janvier 2027 à 9h30"
    assert formater_date_heure(datetime(2026, 12, 1, 14, 0)) == "mardi 1er décembre 2026 à 14h"


@pytest.mark.parametrize(
    ("texte", "minutes"),
    [
        ("45", 45),
        ("45 min", 45),
        ("45mn", 45),
        ("1h", 60),
        ("1h30", 90),
        ("1 h 30", 90),
        ("1:30", 90),
        ("une heure et demie", 90),
        ("90 minutes", 90),
        ("2 heures", 120),
        ("trente minutes", 30),
    ],
)
def test_durees(texte: str, minutes: int) -> None:
    assert lire_duree(texte) == minutes


@pytest.mark.parametrize("texte", ["", "abc", "0", "30 heures"])
def test_durees_refusees(texte: str) -> None:
    with pytest.raises(DateIncomprise):
        lire_duree(texte)


def test_formats_de_duree() -> None:
    assert formater_duree(45) == "45 min"
    assert formater_duree(90) == "1 h 30"
    assert formater_duree(120) == "2 h"


@pytest.mark.parametrize(
    ("secondes", "texte"),
    [
        (0, "0 min"),
        (-5, "0 min"),
        (59, "0 min"),
        (12 * 60 + 59, "12 min"),
        (3600, "1 h"),
        (3600 + 5 * 60, "1 h 05"),
        (90 * 60, "1 h 30"),
        (2 * 3600 + 59, "2 h"),
    ],
)
def test_temps_comme_on_le_dit(secondes: float, texte: str) -> None:
    """« 12 min / 1 h 30 », jamais « 12:59 / 1:30:00 » : les minutes entamées ne comptent pas."""
    assert formater_temps(secondes) == texte


@given(st.text(max_size=60))
def test_jamais_d_autre_erreur_que_date_incomprise(texte: str) -> None:
    with contextlib.suppress(DateIncomprise):
        lire_date_heure(texte, MAINTENANT)
    with contextlib.suppress(DateIncomprise):
        lire_duree(texte)


def test_lire_tache() -> None:
    tache = lire_tache("Mettre à jour le CV ; adhérent ; 05/12", date(2026, 11, 28))
    assert (tache.quoi, tache.qui, tache.echeance) == (
        "Mettre à jour le CV",
        "adherent",
        date(2026, 12, 5),
    )
    tache = lire_tache("Appeler l'organisme ; conseiller", date(2026, 11, 28))
    assert (tache.qui, tache.echeance) == ("conseiller", None)
    assert lire_tache("Rechercher 3 offres", date(2026, 11, 28)).qui == "adherent"
    with pytest.raises(DateIncomprise, match="ni « adhérent »"):
        lire_tache("CV ; bientôt", date(2026, 11, 28))
    with pytest.raises(DateIncomprise, match="décrivez la tâche"):
        lire_tache(" ; adhérent", date(2026, 11, 28))
