"""Ce que l'écran montre comme enregistré survit à `kill -9`.

Un processus enfant conduit l'application réelle (Pilot, sans terminal) et
écrit « ACK i » dès que la bulle « ✓ enregistré » de la réponse i est affichée.
Le parent le tue avec SIGKILL à des moments différents, puis relit le dossier.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from etats import DonneesEntretien
from stockage import Depot
from tests.support.campagne import fois

ENFANT = r"""
import asyncio, sys
from pathlib import Path
from textual import events
from assistant.app import AssistantApp
from assistant.config import Emplacements
from assistant.widgets.bulle import Bulle
from stockage import Depot

async def main():
    dossier = Path(sys.argv[1])
    depot = Depot.ouvrir(dossier)
    app = AssistantApp(Emplacements.resoudre(dossier), depot)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n"); await pilot.pause()
        app.post_message(events.Paste("Adhérent kill")); await pilot.pause()
        for touche in ("enter", "enter", "enter"):
            await pilot.press(touche); await pilot.pause()
        for i in range(1000):
            zone = app.screen.query_one("#zone")
            zone.text = f"réponse {i}"
            await pilot.press("enter"); await pilot.pause()
            bulles = [b for b in app.screen.query(Bulle) if b.voix == "conseiller"]
            assert bulles[-1].texte == f"réponse {i}"
            assert bulles[-1].border_title is not None
            print(f"ACK {i}", flush=True)
            await pilot.press("f2"); await pilot.pause()

asyncio.run(main())
"""


@pytest.mark.bout_en_bout
@pytest.mark.campagne
def test_reponses_affichees_survivent_a_kill_9(tmp_path: Path) -> None:
    alea = random.Random(20261128)
    environnement = dict(os.environ, TEXTUAL_ANIMATIONS="none")
    for essai in range(fois(2)):
        dossier = tmp_path / f"essai-{essai}"
        enfant = subprocess.Popen(
            [sys.executable, "-c", ENFANT, str(dossier)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environnement,
        )
        assert enfant.stdout is not None
        attendu = alea.randint(1, 6) if essai % 2 == 0 else alea.randint(7, 12)
        dernier = -1
        for ligne in enfant.stdout:
            if ligne.startswith("ACK "):
                dernier = int(ligne.split()[1])
                if dernier + 1 >= attendu:
                    break
        enfant.send_signal(signal.SIGKILL)
        _, erreurs = enfant.communicate(timeout=30)
        assert dernier + 1 == attendu, erreurs[-3000:]

        with Depot.ouvrir(dossier) as depot:
            [seance] = depot.seances_interrompues()
            donnees = DonneesEntretien.model_validate(seance.entretien)
            reponse = donnees.reponses["accueil-objectifs"].valeur
            numero = int(str(reponse).removeprefix("réponse "))
            # La réponse affichée comme enregistrée est là (ou une plus récente,
            # enregistrée juste avant le signal).
            assert numero >= dernier
            assert any(e.type == "reponse" for e in donnees.evenements)
