"""Un premier accueil entier, de l'écran d'accueil au compte rendu enregistré."""

from __future__ import annotations

import pytest

from assistant.app import AssistantApp
from assistant.ecrans.accueil import Accueil
from assistant.ecrans.cloture import Cloture
from assistant.ecrans.conversation import Conversation
from stockage import Depot
from tests.support.horloge import Horloge
from tests.support.parcours import bulles, demarrer_premier_accueil, derniere, introduction
from tests.support.pilote import coller, presser, taper


@pytest.mark.bout_en_bout
async def test_premier_accueil_de_bout_en_bout(
    app: AssistantApp, depot: Depot, horloge: Horloge
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, Accueil)
        await demarrer_premier_accueil(pilot)
        assert isinstance(app.screen, Conversation)
        assert "Accueil et objectifs" in derniere(app, "assistant")

        await introduction(pilot)
        assert "Présentation de la structure" in derniere(app, "assistant") or (
            app.screen.direct.entretien.etat == "echange"
        )
        await presser(pilot, "space", "enter")  # présentation : un point coché
        await presser(pilot, "o")  # consentement
        await presser(pilot, "o")  # formulaire signé
        await coller(pilot, "Trouver un emploi dans la logistique")
        await presser(pilot, "enter")
        await presser(pilot, "1")  # origine de l'orientation
        await presser(pilot, "f3")  # passer la situation actuelle (facultative)
        await coller(pilot, "vu au prochain rendez-vous")
        await presser(pilot, "enter")
        await coller(pilot, "Aucune question")
        await presser(pilot, "enter")
        await presser(pilot, "1")  # décision : entre dans l'accompagnement
        horloge.avancer(50)
        await presser(pilot, "1")  # évaluation : objectif atteint
        await coller(pilot, "Mettre à jour le CV ; adhérent ; 05/12")
        await presser(pilot, "enter", "enter")
        await taper(pilot, "demain 14h")
        await presser(pilot, "enter")

        assert isinstance(app.screen, Cloture), [b.texte for b in bulles(app)][-3:]
        await presser(pilot, "ctrl+s")
        assert isinstance(app.screen, Accueil)

    [resume] = depot.adherents()
    assert resume.nom == "Marie Dupont"
    [seance] = depot.seances(resume.id)
    assert seance.statut == "cloture"
    assert seance.compte_rendu is not None
    assert "consenti" in seance.compte_rendu
    assert "Trouver un emploi dans la logistique" in seance.compte_rendu
    assert "Mettre à jour le CV" in seance.compte_rendu
    assert seance.fiche_visual_course
    assert [t.quoi for t in seance.taches] == ["Mettre à jour le CV"]
    adherent = depot.adherent(resume.id)
    assert adherent.consentement is not None and adherent.consentement.accord
    assert adherent.consentement.formulaire_signe
