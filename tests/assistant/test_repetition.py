"""Une répétition entière pilotée comme un stagiaire, jusqu'au retour noté."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app import AssistantApp
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.repetition import ChoixRepetition, RetourRepetition
from assistant.repetition.journal import lire_retours
from assistant.widgets.bulle import Bulle
from stockage import Depot
from tests.support.pilote import coller, presser


@pytest.mark.bout_en_bout
async def test_repetition_complete_avec_retour(
    app: AssistantApp, depot: Depot, dossier: Path
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "e")
        assert isinstance(app.screen, ChoixRepetition)
        # Premier conducteur (premier accueil), première persona, commencer.
        await presser(pilot, "enter", "enter", "enter")
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        assert ecran.repetition
        assert "RÉPÉTITION" in str(ecran.query_one("#bandeau").render())
        simulees = [b for b in ecran.query(Bulle) if b.voix == "adherent"]
        assert simulees, "l'adhérent simulé doit répondre à la première consigne"

        await coller(pilot, "Faire connaissance et présenter l'accompagnement")
        await presser(pilot, "enter")
        await coller(pilot, "1h")
        await presser(pilot, "enter")
        for _ in range(5):
            await presser(pilot, "space", "down")
        await presser(pilot, "enter", "o", "space", "enter")
        entretien = ecran.direct.entretien
        # Consentement : oui, sauf si la persona le refuse (le garde-fou s'applique pareil).
        await presser(pilot, "o", "o")
        while entretien.etape_courante is not None and entretien.sequence == "echange":
            etape = entretien.etape_courante
            if etape.type.value == "texte":
                await coller(pilot, "Projet : emploi dans la logistique")
                await presser(pilot, "enter")
            elif etape.type.value in ("choix", "oui_non"):
                await presser(pilot, "1")
            else:
                await presser(pilot, "space", "enter")
        await presser(pilot, "1")
        await coller(pilot, "Mettre à jour le CV ; adhérent ; 05/12")
        await presser(pilot, "enter", "enter")
        await coller(pilot, "demain 14h")
        await presser(pilot, "enter", "ctrl+s")
        assert isinstance(app.screen, RetourRepetition), type(app.screen)
        retour = app.screen.retour
        assert 0 <= retour.score <= 100
        assert "Score" in str(app.screen.query_one("#retour").render())

    # Les répétitions ne se mêlent jamais aux dossiers réels.
    assert depot.adherents() == []
    assert [r.score for r in lire_retours(dossier)] == [retour.score]
    repetitions = Depot.ouvrir(dossier / "repetition")
    try:
        [resume] = repetitions.adherents()
        [seance] = repetitions.seances(resume.id)
        assert seance.repetition and seance.statut == "cloture"
    finally:
        repetitions.fermer()
