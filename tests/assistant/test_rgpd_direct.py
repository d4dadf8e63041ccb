"""Les constats RGPD en direct : sous la saisie, suggestion à une touche, confirmation."""

from __future__ import annotations

from textual.widgets import Static

from assistant.app import AssistantApp
from assistant.ecrans.cloture import Cloture
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.dialogues import Confirmer, DemanderTexte
from stockage import Depot
from tests.support.parcours import ouvrir_entretien
from tests.support.pilote import coller, presser


def constats(app: AssistantApp) -> str:
    return str(app.screen.query_one("#constats", Static).render())


async def test_constats_sous_la_saisie_et_suggestion_f7(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await coller(pilot, "Retrouver un emploi malgré sa dépression")
        assert "santé" in constats(app) and "dépression" in constats(app)
        await presser(pilot, "f7")
        zone = app.screen.query_one("#zone")
        assert "dépression" not in zone.text  # type: ignore[attr-defined]
        assert constats(app) == ""


async def test_texte_signale_demande_confirmation(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await coller(pilot, "Il est fainéant")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Confirmer)
        await presser(pilot, "escape")  # « Corriger » : rien n'est enregistré
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        assert ecran.direct.entretien.reponse("accueil-objectifs") is None
        await presser(pilot, "enter", "o")  # cette fois : enregistrer quand même
        assert ecran.direct.entretien.reponse("accueil-objectifs") == "Il est fainéant"


async def test_compte_rendu_signale_exige_une_raison(app: AssistantApp, depot: Depot) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        entretien = ecran.direct.entretien
        # Conduire vite jusqu'à la clôture par la machine elle-même.
        valeurs = {"texte": "Projet dans la logistique", "duree": 60, "oui_non": True}
        while entretien.etape_courante is not None:
            etape = entretien.etape_courante
            if etape.role is not None and etape.role.value == "taches":
                break
            t = etape.type.value
            multiple = t in ("liste_controle", "choix_multiple")
            premiere = etape.options[0] if etape.options else None
            valeur = valeurs.get(t, list(etape.options) if multiple else premiere)
            ecran.direct.repondre_seulement(valeur)
            ecran.direct.avancer()
        ecran._montrer_etape()
        await pilot.pause()
        await coller(pilot, "Relancer l'employeur ; adhérent")
        await presser(pilot, "enter", "enter")
        await coller(pilot, "demain 10h")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Cloture)
        compte_rendu = app.screen.query_one("#compte-rendu")
        compte_rendu.text += "\nL'adhérent sort de prison."  # type: ignore[attr-defined]
        await pilot.pause()
        await presser(pilot, "ctrl+s")
        assert isinstance(app.screen, DemanderTexte)
        await coller(pilot, "L'adhérent a demandé que ce soit noté")
        await presser(pilot, "enter")
    [resume] = depot.adherents()
    [seance] = depot.seances(resume.id)
    assert seance.statut == "cloture"
    assert seance.rgpd_confirmation == "L'adhérent a demandé que ce soit noté"
