"""Les garde-fous vus par le conseiller, dans la vraie application : notes vérifiées
comme les réponses, « ne souhaite pas répondre », retrait du consentement."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from assistant.app import AssistantApp
from assistant.ecrans.accueil import Accueil
from assistant.ecrans.cloture import Cloture
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.dialogues import Confirmer
from assistant.ecrans.note import SaisieNote
from assistant.widgets.saisie import ZoneTexte
from stockage import Depot
from tests.support.horloge import Horloge
from tests.support.parcours import bulles, introduction, ouvrir_entretien
from tests.support.pilote import coller, presser, taper

NOTE = "Vous habitez 12 rue des Lilas, 29600 Morlaix, joignable au 06 12 34 56 78."


def texte_de(app: AssistantApp, selecteur: str) -> str:
    return str(app.screen.query_one(selecteur, Static).render())


def conversation(app: AssistantApp) -> Conversation:
    for ecran in app.screen_stack:
        if isinstance(ecran, Conversation):
            return ecran
    raise AssertionError("pas d'écran de conversation")


def tout_le_dossier(dossier: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(dossier.rglob("*")) if p.is_file())


async def test_note_personnelle_avant_consentement_refusee_et_gardee_a_l_ecran(
    app: AssistantApp, dossier: Path
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await presser(pilot, "f4")
        assert isinstance(app.screen, SaisieNote)
        await coller(pilot, NOTE)
        assert "coordonnées et identité" in texte_de(app, "#constats-note")  # en direct
        await presser(pilot, "enter")
        assert isinstance(app.screen, SaisieNote)  # refusée : la note reste dans la zone
        assert app.screen.query_one("#note", ZoneTexte).text == NOTE
        erreur = texte_de(app, "#erreur")
        assert "Note non enregistrée" in erreur and "consentement pas encore recueilli" in erreur
        assert "coordonnées à recueillir après le consentement" in erreur  # quoi écrire
        await presser(pilot, "escape")
        # Le même texte par la commande /note : même refus, la note rouverte avec la raison.
        await coller(pilot, "/note " + NOTE)
        await presser(pilot, "enter")
        assert isinstance(app.screen, SaisieNote)
        assert "Note non enregistrée" in texte_de(app, "#erreur")
        await presser(pilot, "escape")
        assert conversation(app).direct.entretien.donnees.notes == []
        # Une réponse libre suit la même règle : refusée, elle reste dans la zone.
        await coller(pilot, NOTE)
        assert "coordonnées et identité" in texte_de(app, "#constats")
        await presser(pilot, "enter")
        assert "Réponse non enregistrée" in [b.texte for b in bulles(app)][-1]
        assert app.screen.query_one("#zone", ZoneTexte).text == NOTE
        assert conversation(app).direct.entretien.reponse("accueil-objectifs") is None
    brut = tout_le_dossier(dossier)
    for morceau in ("Lilas", "Morlaix", "06 12 34 56 78", "29600"):
        assert morceau.encode() not in brut


async def test_note_signalee_demande_confirmation_et_collage_multiligne(
    app: AssistantApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await ouvrir_entretien(pilot)
        await presser(pilot, "f4")
        await coller(pilot, "Il est fainéant")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Confirmer)
        await presser(pilot, "escape")  # « Corriger » : rien n'est enregistré
        assert isinstance(app.screen, SaisieNote)
        assert app.screen.query_one("#note", ZoneTexte).text == "Il est fainéant"
        assert conversation(app).direct.entretien.donnees.notes == []
        await presser(pilot, "escape")
        await presser(pilot, "f4")
        await coller(pilot, "Première ligne\nDeuxième ligne\nTroisième ligne")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Conversation)
        [note] = app.screen.direct.entretien.donnees.notes
        assert note.texte == "Première ligne\nDeuxième ligne\nTroisième ligne"


async def test_ne_souhaite_pas_repondre_puis_cloture(
    app: AssistantApp, depot: Depot, horloge: Horloge
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await introduction(pilot)
        await presser(pilot, "space", "enter")  # présentation
        await presser(pilot, "o", "o")  # consentement, formulaire signé
        await presser(pilot, "f8")  # recueil de la demande (texte) : touche
        await presser(pilot, "7")  # origine (choix) : l'option ajoutée d'office
        await coller(pilot, "/nsp")  # situation actuelle (texte) : commande
        await presser(pilot, "enter")
        await coller(pilot, "Aucune question")
        await presser(pilot, "enter")
        await presser(pilot, "f8")  # la décision libre n'est pas personnelle : refusé
        assert "n'est pas personnelle" in [b.texte for b in bulles(app)][-1]
        await presser(pilot, "1")  # décision
        horloge.avancer(50)
        await presser(pilot, "1")  # évaluation
        await coller(pilot, "Mettre à jour le CV ; adhérent ; 05/12")
        await presser(pilot, "enter", "enter")
        await taper(pilot, "demain 14h")
        await presser(pilot, "enter")
        assert isinstance(app.screen, Cloture), [b.texte for b in bulles(app)][-3:]
        await presser(pilot, "ctrl+s")
        assert isinstance(app.screen, Accueil)
    [resume] = depot.adherents()
    [seance] = depot.seances(resume.id)
    assert seance.statut == "cloture"
    reponses = seance.entretien["reponses"]
    for ident in ("demande-adherent", "origine-orientation", "situation-actuelle"):
        assert reponses[ident]["type"] == "non_communique"
    assert seance.compte_rendu is not None
    assert "Recueil de la demande : non communiqué" in seance.compte_rendu
    assert "Consentement au traitement des données : donné le" in seance.compte_rendu


async def test_consentement_retire_pendant_l_entretien(app: AssistantApp, depot: Depot) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await introduction(pilot)
        await presser(pilot, "space", "enter")
        await presser(pilot, "o", "o")
        await coller(pilot, "Trouver un emploi dans la logistique")
        await presser(pilot, "enter")  # une réponse personnelle, enregistrée
        await presser(pilot, "1")  # origine de l'orientation
        await coller(pilot, "/consentement retirer")  # à l'étape « situation actuelle »
        await presser(pilot, "enter")
        ecran = conversation(app)
        entretien = ecran.direct.entretien
        assert entretien.consentement is False
        etape = entretien.etape_courante
        assert etape is not None and not etape.personnel
        assert entretien.exclue("situation-actuelle")
        assert entretien.reponse("demande-adherent") == "Trouver un emploi dans la logistique"
        assert "Consentement retiré" in "\n".join(b.texte for b in bulles(app))
        await coller(pilot, "/consentement")
        await presser(pilot, "enter")
        assert "retiré le" in [b.texte for b in bulles(app)][-1]
    [resume] = depot.adherents()
    assert [e.type for e in depot.adherent(resume.id).consentements] == [
        "donne",
        "formulaire_signe",
        "retire",
    ]


async def test_un_entretien_d_accueil_suivant_montre_le_consentement_et_ajoute_un_evenement(
    app: AssistantApp, depot: Depot
) -> None:
    adherent = depot.creer_adherent("Karim Benali")
    adherent.enregistrer_consentement(
        accord=True, version_information="premier-accueil 1.1", formulaire_signe=True
    )
    depot.enregistrer_adherent(adherent)
    async with app.run_test(size=(120, 40)) as pilot:
        await presser(pilot, "n")
        await coller(pilot, "Karim")
        await presser(pilot, "enter", "enter", "enter", "enter")
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        entretien = ecran.direct.entretien
        valeurs = {"texte": "Faire le point", "duree": 60, "oui_non": True}
        while (etape := entretien.etape_courante) is not None and etape.role is None:
            t = etape.type.value
            multiple = t in ("liste_controle", "choix_multiple")
            premiere = etape.options[0] if etape.options else None
            ecran.direct.repondre_seulement(
                valeurs.get(t, list(etape.options) if multiple else premiere)
            )
            ecran.direct.avancer()
        assert etape is not None and etape.role is not None
        assert etape.role.value == "consentement"
        ecran._montrer_etape()
        await pilot.pause()
        textes = "\n".join(b.texte for b in bulles(app))
        assert "Consentement au traitement des données : donné le" in textes
        assert "les précédents sont gardés" in textes
        await presser(pilot, "o")  # reconfirmé
    types = [e.type for e in depot.adherent(adherent.id).consentements]
    assert types == ["donne", "formulaire_signe", "donne"]
