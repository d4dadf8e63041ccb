"""Les réponses : une valeur par type d'étape, refusée en français sinon."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from conducteurs.modele import Conducteur
from etats import AFixer, DonneesEntretien, Entretien, Refus, Tache
from tests.etats.outils import DEBUT, RDV, conducteur, guide_accueil_dict, mener_jusqu_a
from tests.support.horloge import Horloge


def _refus(entretien: Entretien, valeur: object) -> Refus:
    attendu = entretien.possible("repondre", valeur)
    with pytest.raises(Refus) as erreur:
        entretien.repondre(valeur)
    assert attendu is not None and attendu.raison == erreur.value.raison
    assert erreur.value.etape == entretien.etape_courante.identifiant  # type: ignore[union-attr]
    return erreur.value


def test_texte(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    for mauvais in ("", "   \n", 3, None, ["a"]):
        assert "attend un texte non vide" in _refus(entretien, mauvais).raison
    entretien.repondre("  Trouver un emploi  ")
    assert entretien.reponse("objectifs") == "Trouver un emploi"
    entretien.repondre("Entrer en formation")
    assert entretien.reponse("objectifs") == "Entrer en formation"


def test_duree(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "duree", horloge)
    for mauvais in (0, -5, True, 4.5, "45"):
        assert "durée en minutes" in _refus(entretien, mauvais).raison
    entretien.repondre(45)
    assert entretien.reponse("duree") == 45


def test_oui_non(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "lieu", horloge)
    for mauvais in ("oui", 1, None):
        assert "« oui » ou « non »" in _refus(entretien, mauvais).raison
    entretien.repondre(False)
    assert entretien.reponse("lieu") is False


def test_liste_controle(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "regles", horloge)
    assert "« Confidentialité », « Respect mutuel »" in _refus(entretien, ["Autre"]).raison
    _refus(entretien, "Confidentialité")
    entretien.repondre([])
    assert entretien.reponse("regles") == []
    entretien.repondre(["respect mutuel", "Confidentialité", "Confidentialité"])
    assert entretien.reponse("regles") == ["Confidentialité", "Respect mutuel"]


def test_choix_et_choix_multiple() -> None:
    donnees = guide_accueil_dict()
    etapes = donnees["deroulement"]["introduction"]["etapes"]
    etapes[0].update(type="choix", options=["Emploi", "Formation"])
    etapes.insert(
        1,
        {
            "identifiant": "themes",
            "titre": "Thèmes",
            "consigne": "Cochez.",
            "type": "choix_multiple",
            "options": ["CV", "Mobilité", "Garde"],
        },
    )
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(conducteur(donnees), horloge=horloge)
    assert "parmi « Emploi », « Formation »" in _refus(entretien, "Autre").raison
    _refus(entretien, ["Emploi"])
    entretien.repondre(" formation ")
    assert entretien.reponse("objectifs") == "Formation"
    entretien.avancer()
    _refus(entretien, [])
    _refus(entretien, ["CV", "Permis"])
    _refus(entretien, "CV")
    entretien.repondre(("Mobilité", "CV"))
    assert entretien.reponse("themes") == ["CV", "Mobilité"]


def test_date_heure_et_a_fixer(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "prochain-rdv", horloge)
    assert "fuseau horaire" in _refus(entretien, datetime(2025, 2, 1, 9, 0)).raison
    assert "« à fixer »" in _refus(entretien, "mardi").raison
    _refus(entretien, date(2025, 2, 1))
    entretien.repondre(AFixer(raison="L'adhérente attend son planning de formation"))
    assert entretien.prochain_rdv() == AFixer(raison="L'adhérente attend son planning de formation")
    paris = timezone(timedelta(hours=1))
    entretien.repondre(datetime(2025, 2, 1, 9, 30, tzinfo=paris))
    assert entretien.prochain_rdv() == datetime(2025, 2, 1, 9, 30, tzinfo=paris)


def test_a_fixer_seulement_pour_le_prochain_rdv() -> None:
    donnees = guide_accueil_dict()
    donnees["deroulement"]["introduction"]["etapes"].insert(
        0,
        {
            "identifiant": "date-embauche",
            "titre": "Date",
            "consigne": "Notez.",
            "type": "date_heure",
            "obligatoire": False,
        },
    )
    entretien = Entretien.nouveau(conducteur(donnees), horloge=Horloge(DEBUT))
    refus = _refus(entretien, AFixer(raison="plus tard"))
    assert "qu'à l'étape du prochain rendez-vous" in refus.raison
    entretien.repondre(RDV)


def test_a_fixer_exige_une_raison() -> None:
    with pytest.raises(ValidationError):
        AFixer(raison="   ")


def test_taches(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "travail", horloge)
    assert "au moins une tâche" in _refus(entretien, []).raison
    assert "liste de tâches" in _refus(entretien, "Faire son CV").raison
    assert "incomplète" in _refus(entretien, [{"quoi": "CV"}]).raison
    _refus(entretien, [{"quoi": "", "qui": "adherent"}])
    entretien.repondre(
        [
            Tache(quoi="Mettre à jour son CV", qui="adherent", echeance=date(2025, 1, 27)),
            {"quoi": "Appeler l'organisme de formation", "qui": "conseiller"},
        ]
    )
    taches = entretien.taches()
    assert [t.qui for t in taches] == ["adherent", "conseiller"]
    assert taches[1].echeance is None


def test_tache_cache_les_donnees_dans_les_erreurs() -> None:
    with pytest.raises(ValidationError) as erreur:
        Tache.model_validate({"quoi": "Rendez-vous chez le cardiologue", "qui": "medecin"})
    assert "cardiologue" not in str(erreur.value)
    assert "medecin" not in str(erreur.value)


def test_donnees_cachent_les_reponses_dans_les_erreurs() -> None:
    with pytest.raises(ValidationError) as erreur:
        DonneesEntretien.model_validate({"conducteur": "x", "notes": "secret de l'adhérent"})
    assert "secret" not in str(erreur.value)


def test_la_reponse_rendue_est_une_copie(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "regles", horloge)
    entretien.repondre(["Confidentialité"])
    valeur = entretien.reponse("regles")
    assert isinstance(valeur, list)
    valeur.clear()
    assert entretien.reponse("regles") == ["Confidentialité"]


def test_reponse_inconnue(guide_accueil: Conducteur) -> None:
    entretien = Entretien.nouveau(guide_accueil)
    assert entretien.reponse("objectifs") is None
    assert entretien.reponse("n-existe-pas") is None


def test_maximum_d_options_cochees() -> None:
    donnees = guide_accueil_dict()
    etapes = donnees["deroulement"]["introduction"]["etapes"]
    etapes.insert(
        0,
        {
            "identifiant": "priorites",
            "titre": "Priorités",
            "consigne": "Cochez trois priorités au plus.",
            "type": "choix_multiple",
            "options": ["CV", "Mobilité", "Garde", "Formation"],
            "maximum": 2,
        },
    )
    entretien = Entretien.nouveau(conducteur(donnees), horloge=Horloge(DEBUT))
    refus = _refus(entretien, ["CV", "Mobilité", "Garde"])
    assert "2 option(s) au plus" in refus.raison and "décochez-en 1" in refus.raison
    assert entretien.reponse("priorites") is None
    entretien.repondre(["Garde", "CV"])
    assert entretien.reponse("priorites") == ["CV", "Garde"]
