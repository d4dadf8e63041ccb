"""Les filtres de l'historique : dates à la française, type, statut, période."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.aides.dates import DateIncomprise
from assistant.export.selection import (
    Filtres,
    TraceSeance,
    adherents_retenus,
    lire_date,
    lire_periode,
    traces,
    types_entretien,
)
from stockage import Depot, Seance

AUJOURDHUI = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("texte", "fin", "attendu"),
    [
        ("14/01/2026", False, dt.date(2026, 1, 14)),
        ("14-01-26", False, dt.date(2026, 1, 14)),
        ("14.1.2026", False, dt.date(2026, 1, 14)),
        ("2026-01-14", False, dt.date(2026, 1, 14)),
        ("14 janvier 2026", False, dt.date(2026, 1, 14)),
        ("1er Février 2026", False, dt.date(2026, 2, 1)),
        ("3 fevr. 2026", False, dt.date(2026, 2, 3)),
        ("janvier 2026", False, dt.date(2026, 1, 1)),
        ("février 2028", True, dt.date(2028, 2, 29)),
        ("2025", False, dt.date(2025, 1, 1)),
        ("2025", True, dt.date(2025, 12, 31)),
        ("aujourd’hui", False, AUJOURDHUI),
        ("hier", False, dt.date(2026, 11, 29)),
        ("14/01", False, dt.date(2026, 1, 14)),
        ("  mars  ", True, dt.date(2026, 3, 31)),
    ],
)
def test_dates_a_la_francaise(texte: str, fin: bool, attendu: dt.date) -> None:
    assert lire_date(texte, fin=fin, aujourdhui=AUJOURDHUI) == attendu


@pytest.mark.parametrize(
    ("texte", "message"),
    [
        ("31/02/2026", "n'existe pas dans le calendrier"),
        ("14/13/2026", "le mois « 13 » n'existe pas"),
        ("demain matin", "n'est pas compris comme une date"),
        ("", "indiquez une date"),
        ("1066", "n'est pas plausible"),
    ],
)
def test_dates_incomprises_message_francais(texte: str, message: str) -> None:
    with pytest.raises(DateIncomprise, match=message):
        lire_date(texte, aujourdhui=AUJOURDHUI)


def test_periode() -> None:
    assert lire_periode("", "", AUJOURDHUI) == (None, None)
    assert lire_periode("janvier 2026", "mars 2026", AUJOURDHUI) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 31),
    )
    with pytest.raises(DateIncomprise, match="avant son début"):
        lire_periode("01/03/2026", "01/02/2026", AUJOURDHUI)


def test_filtres_retiennent_par_type_statut_et_jour_local() -> None:
    local = dt.datetime(2026, 1, 14, 23, 30).astimezone()
    filtres = Filtres(
        conducteur="diagnostic", du=dt.date(2026, 1, 14), au=dt.date(2026, 1, 14), statut="cloture"
    )
    assert filtres.actifs and not Filtres().actifs
    assert filtres.retient("diagnostic", local, "cloture")
    assert not filtres.retient("premier-accueil", local, "cloture")
    assert not filtres.retient("diagnostic", local, "suspendu")
    assert not filtres.retient("diagnostic", local + dt.timedelta(hours=1), "cloture")
    assert not filtres.retient("diagnostic", local - dt.timedelta(days=1), "cloture")
    assert Filtres().retient("x", local, "en_cours")


def test_adherents_retenus_et_types(depot: Depot) -> None:
    a = depot.creer_adherent("Alice")
    b = depot.creer_adherent("Bruno")
    debut = dt.datetime(2026, 2, 3, 9, 0).astimezone()
    depot.enregistrer_seance(
        Seance(
            adherent_id=a.id,
            conducteur_id="diagnostic",
            conducteur_titre="Diagnostic",
            debut=debut,
            statut="cloture",
        )
    )
    depot.enregistrer_seance(
        Seance(
            adherent_id=b.id,
            conducteur_id="ancien-guide",
            conducteur_titre="Un guide retiré",
            debut=debut,
            statut="suspendu",
        )
    )
    toutes = traces(depot)
    assert {t.adherent_id for t in toutes} == {a.id, b.id}
    resumes = depot.adherents()
    assert [r.nom for r in adherents_retenus(resumes, toutes, Filtres())] == ["Alice", "Bruno"]
    assert [r.nom for r in adherents_retenus(resumes, toutes, Filtres(statut="suspendu"))] == [
        "Bruno"
    ]
    assert adherents_retenus(resumes, toutes, Filtres(du=dt.date(2026, 3, 1))) == []
    types = types_entretien(toutes, [("diagnostic", "Diagnostic")])
    assert types == [("diagnostic", "Diagnostic"), ("ancien-guide", "Un guide retiré")]


def test_trace_de_secours() -> None:
    trace = TraceSeance(
        "s", "a", "diagnostic", "Diagnostic", dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "cloture"
    )
    assert types_entretien([trace], []) == [("diagnostic", "Diagnostic")]
