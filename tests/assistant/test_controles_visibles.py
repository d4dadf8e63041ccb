"""Ce qui est collé est gardé tel quel ; ses caractères de contrôle se voient (␛, ␀, ␇)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from textual.widgets import Static

from assistant.app import AssistantApp
from assistant.ecrans.accueil import Accueil
from assistant.ecrans.cloture import Cloture
from assistant.ecrans.conversation import Conversation
from assistant.ecrans.historique import FicheSeance
from assistant.export.fichiers import exporter_seance
from assistant.export.rgpd import export_markdown
from assistant.widgets.bulle import Bulle
from stockage import Depot
from stockage.texte import rendre_visible
from tests.support.parcours import jusqu_aux_taches, ouvrir_entretien
from tests.support.pilote import coller, presser

COLLE = "Trouver un emploi\x1b[31m vite\x00 et bien\x07 [/] [bold fin"
VISIBLE = "Trouver un emploi␛[31m vite␀ et bien␇ [/] [bold fin"
CONTROLES = ("\x1b", "\x00", "\x07")


def test_rendre_visible() -> None:
    assert rendre_visible(COLLE) == VISIBLE
    assert rendre_visible("a\tb\nc\rd\x7f") == "a\tb\nc␍d␡"
    assert len(rendre_visible(COLLE)) == len(COLLE)
    assert rendre_visible("déjà vu [bold]") == "déjà vu [bold]"


def sans_controle(texte: str) -> bool:
    return not any(c in texte for c in CONTROLES)


async def test_colle_garde_tel_quel_et_montre_les_controles(
    app: AssistantApp, depot: Depot, tmp_path: Path
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        await coller(pilot, COLLE)
        await presser(pilot, "enter")
        ecran = app.screen
        assert isinstance(ecran, Conversation)
        assert ecran.direct.entretien.reponse("accueil-objectifs") == COLLE
        bulle = [b for b in ecran.query(Bulle) if b.voix == "conseiller"][-1]
        assert bulle.texte == COLLE
        assert str(bulle.render()) == VISIBLE
        await jusqu_aux_taches(pilot)
        await coller(pilot, "Relancer l'employeur ; adhérent")
        await presser(pilot, "enter", "enter")
        await coller(pilot, "demain 10h")
        await presser(pilot, "enter")
        cloture = app.screen
        assert isinstance(cloture, Cloture)
        brouillon = cloture.query_one("#compte-rendu").text  # type: ignore[attr-defined]
        assert VISIBLE in brouillon and sans_controle(brouillon)
        valeurs = [str(v.render()) for v in cloture.query(".valeur").results(Static)]
        assert any(VISIBLE in v for v in valeurs)
        await presser(pilot, "ctrl+s")
        assert isinstance(app.screen, Accueil)

        [resume] = depot.adherents()
        [seance] = depot.seances(resume.id)
        # Relu depuis le disque : les octets collés sont intacts dans la réponse.
        assert seance.entretien["reponses"]["accueil-objectifs"]["valeur"] == COLLE

        app.push_screen(FicheSeance(depot, app.catalogue, seance.id))
        await pilot.pause()
        fiche = app.screen
        assert isinstance(fiche, FicheSeance)
        reponses = [str(s.render()) for s in fiche.query(".reponse").results(Static)]
        assert any(VISIBLE in r for r in reponses)
        assert all(sans_controle(r) for r in reponses)

    markdown = exporter_seance(depot, None, seance.id, tmp_path / "s.md", "md").read_text("utf-8")
    assert "␛\\[31m vite␀ et bien␇ \\[/\\] \\[bold fin" in markdown
    assert sans_controle(markdown)

    word = exporter_seance(depot, None, seance.id, tmp_path / "s.docx", "docx").read_bytes()
    paragraphes = [p.text for p in docx.Document(io.BytesIO(word)).paragraphs]
    assert any(VISIBLE in p for p in paragraphes)
    assert all(sans_controle(p) for p in paragraphes)

    rgpd = export_markdown(depot.adherent(resume.id), [seance], dt.datetime.now(dt.UTC))
    assert VISIBLE in rgpd and sans_controle(rgpd)
