"""Entretien de suivi : tâches de la séance précédente, consentement refusé."""

from __future__ import annotations

from datetime import UTC, datetime

from textual.widgets import OptionList

from assistant.app import AssistantApp
from assistant.ecrans.conversation import Conversation
from assistant.widgets.panneau import Panneau
from stockage import Depot, Seance
from tests.support.horloge import Horloge
from tests.support.parcours import introduction, ouvrir_entretien
from tests.support.pilote import coller, presser


async def test_taches_precedentes_a_marquer(
    app: AssistantApp, depot: Depot, horloge: Horloge
) -> None:
    adherent = depot.creer_adherent("Karim Benali")
    adherent.enregistrer_consentement(accord=True, version_information="premier-accueil 1.0")
    depot.enregistrer_adherent(adherent)
    precedente = Seance(
        adherent_id=adherent.id,
        conducteur_id="premier-accueil",
        conducteur_titre="Entretien de premier accueil",
        phase="accueil",
        debut=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        statut="cloture",
        compte_rendu=(
            "Compte rendu — premier accueil\n\nL'adhérent souhaite [travailler] en logistique."
        ),
    )
    tache = precedente.ajouter_tache("Mettre à jour le CV [v2]", "adherent")
    depot.enregistrer_seance(precedente)

    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "n")
        await coller(pilot, "Karim")
        await presser(pilot, "enter")
        parcours = str(app.screen.query_one("#parcours").render())
        assert "Dernière séance (Entretien de premier accueil)" in parcours
        assert "L'adhérent souhaite [travailler] en logistique." in parcours
        # Le conducteur conseillé après un premier accueil : le diagnostic.
        liste = app.screen.query_one("#conducteurs", OptionList)
        assert liste.highlighted is not None
        assert "★" in str(liste.get_option_at_index(liste.highlighted).prompt)
        assert liste.get_option_at_index(liste.highlighted).id == "diagnostic"
        await presser(pilot, "enter", "enter")
        assert isinstance(app.screen, Conversation)
        panneau = app.screen.query_one(Panneau)
        taches = panneau.query_one("#taches-precedentes", OptionList)
        assert "Mettre à jour le CV [v2]" in str(taches.get_option_at_index(0).prompt)
        taches.focus()
        await presser(pilot, "enter")  # à faire → faite
        assert "[faite]" in str(taches.get_option_at_index(0).prompt)
    [relue] = [t for s in depot.seances(adherent.id) for t in s.taches if t.id == tache.id]
    assert relue.statut == "faite"
    # Le changement est daté par l'horloge de l'assistant, pas par l'horloge système.
    assert relue.historique[-1].le == horloge.instant
    assert depot.taches_ouvertes(adherent.id) == []


async def test_consentement_refuse_rien_de_personnel(app: AssistantApp, depot: Depot) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot, "Léa Martin")
        await introduction(pilot)
        await presser(pilot, "space", "enter")
        await presser(pilot, "n")  # consentement refusé
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        entretien = ecran.direct.entretien
        assert entretien.consentement is False
        # Les étapes personnelles sont passées d'office : on arrive à une étape non personnelle.
        etape = entretien.etape_courante
        assert etape is not None and not etape.personnel
        assert any("Consentement refusé" in b.texte for b in ecran.query("Bulle"))  # type: ignore[attr-defined]
        await presser(pilot, "f5", "o")
    [resume] = depot.adherents()
    adherent = depot.adherent(resume.id)
    assert adherent.consentement is not None and adherent.consentement.accord is False
    [seance] = depot.seances(resume.id)
    reponses = seance.entretien["reponses"]
    personnelles = {
        "demande-adherent",
        "origine-orientation",
        "situation-actuelle",
        "decision-entree",
    }
    assert personnelles.isdisjoint(reponses)
