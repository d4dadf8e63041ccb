"""Les notes libres n'entrent dans le compte rendu que cochées, une par une, à la clôture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from textual.widgets import Checkbox, Static

from assistant.app import AssistantApp
from assistant.ecrans.accueil import Accueil
from assistant.ecrans.cloture import Cloture
from assistant.ecrans.conversation import Conversation
from assistant.export.fichiers import exporter_seance
from assistant.export.rgpd import export_markdown
from stockage import Depot
from tests.support.disque import sur_disque
from tests.support.parcours import jusqu_aux_taches, ouvrir_entretien
from tests.support.pilote import coller, presser

NOTE_TRAVAIL = "Rappeler la mission locale avant jeudi"
NOTE_PARTAGEE = "Le CV papier sera apporté au prochain rendez-vous"
NOTE_SIGNALEE = "Il est fainéant"


async def jusqu_a_la_cloture(pilot: Any, notes: list[str]) -> Cloture:
    await ouvrir_entretien(pilot)
    await jusqu_aux_taches(pilot)
    ecran = pilot.app.screen
    assert isinstance(ecran, Conversation)
    for note in notes:
        ecran.direct.noter(note)
    await coller(pilot, "Relancer l'employeur ; adhérent")
    await presser(pilot, "enter", "enter")
    await coller(pilot, "demain 10h")
    await presser(pilot, "enter")
    cloture = pilot.app.screen
    assert isinstance(cloture, Cloture)
    return cloture


async def test_notes_decochees_par_defaut_et_absentes_du_compte_rendu(
    app: AssistantApp, depot: Depot, dossier: Path
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        cloture = await jusqu_a_la_cloture(pilot, [NOTE_TRAVAIL, NOTE_PARTAGEE])
        cases = list(cloture.query(Checkbox))
        assert [c.id for c in cases] == ["note-0", "note-1"]
        assert not any(c.value for c in cases)
        textes = [str(s.render()) for s in cloture.query(".note-texte").results(Static)]
        assert textes == [NOTE_TRAVAIL, NOTE_PARTAGEE]
        brouillon = cloture.query_one("#compte-rendu").text  # type: ignore[attr-defined]
        assert NOTE_TRAVAIL not in brouillon and NOTE_PARTAGEE not in brouillon
        await presser(pilot, "ctrl+s")
        assert isinstance(app.screen, Accueil)
    [resume] = depot.adherents()
    [seance] = depot.seances(resume.id)
    assert seance.statut == "cloture" and seance.compte_rendu is not None
    assert NOTE_TRAVAIL not in seance.compte_rendu
    assert NOTE_PARTAGEE not in seance.compte_rendu
    assert seance.notes_compte_rendu == []
    # Les notes de travail restent avec la séance, et dans les exports.
    assert [n["texte"] for n in seance.entretien["notes"]] == [NOTE_TRAVAIL, NOTE_PARTAGEE]
    assert sur_disque(dossier, NOTE_TRAVAIL)
    rgpd = export_markdown(depot.adherent(resume.id), [seance], dt.datetime.now(dt.UTC))
    assert NOTE_TRAVAIL in rgpd and NOTE_PARTAGEE in rgpd
    chemin = exporter_seance(depot, None, seance.id, dossier.parent / "seance.md", "md")
    exporte = chemin.read_text(encoding="utf-8")
    assert NOTE_TRAVAIL in exporte
    # L'effacement du dossier les emporte aussi.
    depot.effacer(resume.id)
    assert not sur_disque(dossier, NOTE_TRAVAIL)


async def test_seule_la_note_cochee_entre_dans_le_compte_rendu(
    app: AssistantApp, depot: Depot
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        cloture = await jusqu_a_la_cloture(pilot, [NOTE_TRAVAIL, NOTE_PARTAGEE])
        cloture.query_one("#note-1", Checkbox).focus()
        await presser(pilot, "space")
        assert cloture.query_one("#note-1", Checkbox).value
        await presser(pilot, "ctrl+s")
        assert isinstance(app.screen, Accueil)
    [resume] = depot.adherents()
    [seance] = depot.seances(resume.id)
    assert seance.compte_rendu is not None
    assert seance.compte_rendu.rstrip().endswith(f"Notes\n- {NOTE_PARTAGEE}")
    assert NOTE_TRAVAIL not in seance.compte_rendu
    assert seance.notes_compte_rendu == [1]


async def test_resultat_rgpd_a_cote_de_chaque_note(app: AssistantApp, depot: Depot) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        cloture = await jusqu_a_la_cloture(pilot, [NOTE_PARTAGEE, NOTE_SIGNALEE])
        resultats = [str(s.render()) for s in cloture.query(".note-rgpd").results(Static)]
        assert resultats[0] == "RGPD : rien à signaler"
        assert resultats[1].startswith("RGPD : ⚠")
        constats = cloture.query_one("#constats-cr", Static)
        assert str(constats.render()) == ""
        # Cocher la note signalée : le compte rendu devient à revoir, et Entrée par
        # réflexe dans la demande de motif n'enregistre rien.
        cloture.query_one("#note-1", Checkbox).value = True
        await pilot.pause()
        assert "⚠" in str(constats.render())
        await presser(pilot, "ctrl+s", "enter", "enter", "enter")
        assert not isinstance(app.screen, Accueil)
    [resume] = depot.adherents()
    [seance] = depot.seances(resume.id)
    assert seance.compte_rendu is None


async def test_notes_a_l_ecran_en_80_colonnes(app: AssistantApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        cloture = await jusqu_a_la_cloture(pilot, [NOTE_TRAVAIL, NOTE_PARTAGEE])
        case = cloture.query_one("#note-0", Checkbox)
        assert case.region.width > 0 and case.region.height > 0
        assert cloture.query_one("#compte-rendu").region.height >= 3
        assert cloture.query_one("#enregistrer").region.height > 0
