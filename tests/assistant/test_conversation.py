"""La conversation : refus de clôture, retour en arrière, reprise après arrêt."""

from __future__ import annotations

from pathlib import Path

from assistant.app import AssistantApp
from assistant.config import Emplacements
from assistant.ecrans.accueil import Accueil
from assistant.ecrans.cloture import Cloture
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.reprendre import Reprendre
from assistant.widgets.bulle import Bulle
from assistant.widgets.panneau import Panneau
from stockage import Depot
from tests.support.horloge import Horloge
from tests.support.parcours import introduction, ouvrir_entretien
from tests.support.pilote import coller, presser


def textes(app: AssistantApp, voix: str | None = None) -> list[str]:
    return [b.texte for b in app.screen.query(Bulle) if voix is None or b.voix == voix]


def conversation(app: AssistantApp) -> Conversation:
    assert isinstance(app.screen, Conversation)
    return app.screen


async def test_echange_refuse_tant_que_le_cadre_n_est_pas_convenu(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await coller(pilot, "Faire connaissance")
        await presser(pilot, "enter")
        await coller(pilot, "1h")
        await presser(pilot, "enter")
        await presser(pilot, "space", "enter")  # un seul point coché sur cinq
        await presser(pilot, "n")  # déroulement : non
        alerte = textes(app, "alerte")[-1]
        assert "lieu" in alerte or "déontologie" in alerte or "déroulement" in alerte
        assert conversation(app).direct.entretien.etat == "introduction"
        # Aller à l'étape manquante (F6), tout cocher, puis annoncer le déroulement.
        await presser(pilot, "f6")
        etape = conversation(app).direct.entretien.etape_courante
        assert etape is not None and etape.identifiant == "lieu-deontologie"
        for _ in range(5):
            await presser(pilot, "down")
        await presser(pilot, "home")
        liste = app.screen.query_one("#coches")
        for _ in range(4):
            await presser(pilot, "down", "space")
        assert len(liste.selected) == 5  # type: ignore[attr-defined]
        await presser(pilot, "enter")
        await presser(pilot, "o")
        assert conversation(app).direct.entretien.etat == "echange"


async def test_cloture_refusee_sans_travail_puis_acceptee(app: AssistantApp, depot: Depot) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await introduction(pilot)
        ecran = conversation(app)
        # On va directement en conclusion par la commande /aller.
        await presser(pilot, "space", "enter", "o", "o")
        await coller(pilot, "Trouver un emploi")
        await presser(pilot, "enter", "1")
        await coller(pilot, "/passer à voir")
        await presser(pilot, "enter")
        await coller(pilot, "/passer rien")
        await presser(pilot, "enter")
        await presser(pilot, "1", "1")  # décision, évaluation
        assert ecran.direct.entretien.donnees.etape_courante == "taches-prochain-rdv"
        await presser(pilot, "f9")
        alerte = textes(app, "alerte")[-1]
        assert "travail" in alerte.lower() and "rendez-vous" in alerte
        assert ecran.direct.entretien.etat == "conclusion"
        # Valider une liste vide est refusé par la zone elle-même.
        await presser(pilot, "enter")
        saisie = conversation(app)._saisie
        assert saisie is not None
        assert "au moins une tâche" in str(saisie.query_one(".lecture").render())
        await coller(pilot, "Relancer l'organisme de formation ; conseiller")
        await presser(pilot, "enter", "enter")
        await coller(pilot, "à fixer : attend son planning de formation")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Cloture)
        await presser(pilot, "ctrl+s")
        assert isinstance(app.screen, Accueil)
    [resume] = depot.adherents()
    [seance] = depot.seances(resume.id)
    assert seance.statut == "cloture"
    assert seance.taches[0].qui == "conseiller"
    assert "à fixer (attend son planning de formation)" in (seance.compte_rendu or "")


async def test_retour_en_arriere_garde_les_reponses(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await coller(pilot, "Objectif premier")
        await presser(pilot, "enter")
        await coller(pilot, "45 min")
        await presser(pilot, "enter")
        entretien = conversation(app).direct.entretien
        assert entretien.donnees.etape_courante == "lieu-deontologie"
        await presser(pilot, "f2")
        assert entretien.donnees.etape_courante == "duree-entretien"
        ligne = app.screen.query_one("#ligne")
        assert ligne.value == "45 min"  # type: ignore[attr-defined]
        await presser(pilot, "f2")
        zone = app.screen.query_one("#zone")
        assert zone.text == "Objectif premier"  # type: ignore[attr-defined]
        # Modifier la première réponse ne perd pas la deuxième.
        zone.text = "Objectif corrigé"  # type: ignore[attr-defined]
        await presser(pilot, "enter")
        assert entretien.reponse("accueil-objectifs") == "Objectif corrigé"
        assert entretien.reponse("duree-entretien") == 45
        assert entretien.donnees.etape_courante == "duree-entretien"


async def test_reprise_apres_arret_a_l_etape_exacte_avec_son_chrono(
    dossier: Path, horloge: Horloge
) -> None:
    depot = Depot.ouvrir(dossier)
    app = AssistantApp(Emplacements.resoudre(dossier), depot, horloge=horloge)
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot, "Jean Martin")
        await coller(pilot, "Faire le point")
        await presser(pilot, "enter")
        horloge.avancer(12)
        await coller(pilot, "1h")
        await presser(pilot, "enter")
    # L'application est arrêtée au milieu (comme Ctrl+Q), le dépôt fermé.
    depot.fermer()

    horloge.avancer(60 * 24)  # le lendemain
    depot = Depot.ouvrir(dossier)
    app = AssistantApp(Emplacements.resoudre(dossier), depot, horloge=horloge)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert "1 entretien(s) interrompu(s)" in str(app.screen.query_one("#etat").render())
            await presser(pilot, "r")
            assert isinstance(app.screen, Reprendre)
            await presser(pilot, "enter")
            ecran = conversation(app)
            entretien = ecran.direct.entretien
            assert entretien.donnees.etape_courante == "lieu-deontologie"
            assert entretien.reponse("accueil-objectifs") == "Faire le point"
            assert entretien.reponse("duree-entretien") == 60
            assert any(
                "Accueil et objectifs de l'entretien : Faire le point" in t for t in textes(app)
            )
            # Le chronomètre repart de là où il était (12 min), pas de la veille,
            # et compte contre la durée convenue (1 h).
            temps = app.screen.query_one(Panneau).temps
            assert temps is not None and temps.convenu
            assert 12 * 60 <= temps.ecoule.total_seconds() < 13 * 60
            assert "12 min / 1 h" in str(app.screen.query_one("#chrono").render())
    finally:
        depot.fermer()


async def test_suspendre_puis_reprendre(app: AssistantApp, depot: Depot) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await coller(pilot, "Objectif")
        await presser(pilot, "enter", "f5", "o")
        assert isinstance(app.screen, Accueil)
        [seance] = depot.seances_interrompues()
        assert seance.statut == "suspendu"
        await presser(pilot, "r", "enter")
        assert conversation(app).direct.entretien.etat == "introduction"
        assert conversation(app).direct.entretien.donnees.etape_courante == "duree-entretien"


async def test_note_libre_et_commande_inconnue(app: AssistantApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await coller(pilot, "/note L'adhérent arrive avec son CV")
        await presser(pilot, "enter")
        assert textes(app, "conseiller")[-1] == "L'adhérent arrive avec son CV"
        notes = conversation(app).direct.entretien.donnees.notes
        assert [n.texte for n in notes] == ["L'adhérent arrive avec son CV"]
        await coller(pilot, "/bidule")
        await presser(pilot, "enter")
        assert "Commande inconnue : /bidule" in textes(app, "alerte")[-1]
        await presser(pilot, "f1")
        assert "/passer RAISON" in textes(app, "systeme")[-1]
