"""Pas de sortie par mégarde : Ctrl+Q en plein entretien demande ; la reprise montre où l'on
en était (réponses, notes, statut du travail précédent) et la liste nomme les étapes."""

from __future__ import annotations

from textual.widgets import OptionList

from assistant.app import AssistantApp
from assistant.ecrans.accueil import Accueil
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.dialogues import Confirmer
from assistant.ecrans.reprendre import Reprendre
from assistant.widgets.bulle import Bulle
from stockage import Depot
from tests.historique.fabrique import premier_accueil
from tests.support.horloge import Horloge
from tests.support.parcours import entretien_commence
from tests.support.pilote import presser


async def test_ctrl_q_en_plein_entretien_demande_et_entree_reste(
    app: AssistantApp, depot: Depot
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        ecran = await entretien_commence(pilot)
        entretien = ecran.direct.entretien
        await presser(pilot, "ctrl+q", "ctrl+q")  # deux fois : une seule question
        assert [type(e) for e in app.screen_stack[-2:]] == [Conversation, Confirmer]
        await presser(pilot, "enter")  # le choix sûr : rester
        assert app.screen is ecran
        assert app.is_running
        assert entretien.etat == "introduction"
        await presser(pilot, "ctrl+q", "o")
    assert not app.is_running
    assert [s.statut for s in depot.seances_interrompues()] == ["suspendu"]


async def test_ctrl_q_hors_entretien_quitte_sans_question(app: AssistantApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, Accueil)
        await presser(pilot, "ctrl+q")
    assert not app.is_running


async def test_la_reprise_recapitule_et_la_liste_nomme_l_etape(
    app: AssistantApp, depot: Depot, horloge: Horloge
) -> None:
    marie = depot.creer_adherent("Marie Dupont")
    premier = premier_accueil(depot, app.catalogue, marie.id, horloge)
    horloge.avancer(7 * 24 * 60)
    seance = premier_accueil(depot, app.catalogue, marie.id, horloge, cloturer=False)
    # Pendant la séance, le conseiller a noté le travail précédent comme fait.
    depot.maj_tache(marie.id, premier.taches[0].id, "faite", le=horloge())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await presser(pilot, "r")
        liste = app.screen.query_one(OptionList)
        assert isinstance(app.screen, Reprendre)
        ligne = str(liste.get_option_at_index(0).prompt)
        assert "étape « Origine de l'orientation »" in ligne
        assert "origine-orientation" not in ligne
        await presser(pilot, "enter")
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        assert ecran.direct.seance.id == seance.id
        await pilot.pause()
        [recap] = [b for b in ecran.query(Bulle) if str(b.border_title) == "Reprise de l'entretien"]
        assert (
            "Accueil et objectifs de l'entretien : Trouver un emploi dans la logistique"
            in recap.texte
        )
        assert "Durée de l'entretien : 1 h" in recap.texte
        assert "L'adhérent arrive en avance" in recap.texte
        assert "Mettre à jour le CV — faite" in recap.texte
        # Le panneau garde la tâche, avec le statut qu'elle avait à l'arrêt.
        taches = ecran.query_one("#taches-precedentes", OptionList)
        assert [str(taches.get_option_at_index(i).prompt) for i in range(taches.option_count)] == [
            "[faite] Mettre à jour le CV"
        ]
