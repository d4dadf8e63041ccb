"""Mesures de l'interface : démarrage et réactivité pendant l'entretien.

Affiche :
- le temps entre le lancement du processus et l'écran d'accueil prêt, comparé
  à une application Textual nue qui a les mêmes sortes de widgets (cible :
  rapport <= 1,3) ;
- le temps médian entre Entrée sur une réponse et la consigne suivante affichée,
  avec 10 000 séances en stockage (cible : <= 50 ms).

    python benchmarks/interface.py [--seances 10000] [--adherents 500] [--lancements 7]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ICI = Path(__file__).resolve().parent
# benchmarks/stockage.py ne doit pas masquer le paquet `stockage`.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ICI]
sys.path.insert(0, str(ICI.parent))


def _banc_stockage() -> Any:
    """Le module benchmarks/stockage.py (pour son historique synthétique)."""
    spec = importlib.util.spec_from_file_location("banc_stockage", ICI / "stockage.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

ENFANT_ASSISTANT = """
import sys, time
from pathlib import Path
from assistant.app import AssistantApp
from assistant.config import Emplacements
from stockage import Depot

class Mesure(AssistantApp):
    def on_ready(self) -> None:
        from assistant.ecrans.accueil import Accueil
        assert isinstance(self.screen, Accueil), self.screen
        print("PRET", flush=True)
        self.exit()

dossier = Path(sys.argv[1])
depot = Depot.ouvrir(dossier)
Mesure(Emplacements.resoudre(dossier), depot).run(headless=True, size=(120, 40))
depot.fermer()
"""

ENFANT_NU = """
from textual.app import App
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static

class Accueil(Screen):
    def compose(self):
        yield Header()
        with Vertical():
            yield Static("Assistant d'entretiens")
            yield Static("Guider l'entretien pas à pas")
            yield OptionList(*[f"Option {i}" for i in range(5)])
            yield Static("Données")
        yield Footer()

class Nue(App):
    def on_mount(self) -> None:
        self.push_screen(Accueil())
    def on_ready(self) -> None:
        print("PRET", flush=True)
        self.exit()

Nue().run(headless=True, size=(120, 40))
"""


def lancer(code: str, *arguments: str) -> float:
    """Secondes entre le lancement du processus et « PRET »."""
    environnement = dict(os.environ, TEXTUAL_ANIMATIONS="none")
    debut = time.perf_counter()
    processus = subprocess.Popen(
        [sys.executable, "-c", code, *arguments],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environnement,
    )
    assert processus.stdout is not None
    ligne = processus.stdout.readline()
    duree = time.perf_counter() - debut
    _, erreurs = processus.communicate(timeout=60)
    if "PRET" not in ligne:
        raise RuntimeError(f"le processus n'a pas démarré : {erreurs[-2000:]}")
    return duree


def mesurer_demarrage(dossier: Path, lancements: int) -> tuple[float, float]:
    lancer(ENFANT_NU)  # préchauffe les caches du système de fichiers
    lancer(ENFANT_ASSISTANT, str(dossier))
    nus, assistants = [], []
    for _ in range(lancements):
        nus.append(lancer(ENFANT_NU))
        assistants.append(lancer(ENFANT_ASSISTANT, str(dossier)))
    return statistics.median(nus), statistics.median(assistants)


async def mesurer_reponses(dossier: Path, reponses: int) -> list[float]:
    """Entrée sur une réponse → consigne suivante affichée, dans l'application réelle."""
    from textual import events

    from assistant.app import AssistantApp
    from assistant.config import Emplacements
    from assistant.ecrans.conversation import Conversation
    from assistant.widgets.bulle import Bulle
    from stockage import Depot

    depot = Depot.ouvrir(dossier)
    app = AssistantApp(Emplacements.resoudre(dossier), depot)
    durees: list[float] = []
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("n")
            await pilot.pause()
            app.post_message(events.Paste("Adhérent mesure"))
            await pilot.pause()
            for touche in ("enter", "enter", "enter"):
                await pilot.press(touche)
                await pilot.pause()
            ecran = app.screen
            assert isinstance(ecran, Conversation)
            app.post_message(events.Paste("Faire connaissance et présenter l'accompagnement"))
            await pilot.pause()
            for _ in range(reponses):
                consignes = len([b for b in ecran.query(Bulle) if b.voix == "assistant"])
                debut = time.perf_counter()
                await pilot.press("enter")
                while len([b for b in ecran.query(Bulle) if b.voix == "assistant"]) == consignes:
                    await asyncio.sleep(0)
                durees.append(time.perf_counter() - debut)
                await pilot.pause()
                await pilot.press("f2")  # revenir, la réponse est gardée et pré-remplie
                await pilot.pause()
    finally:
        depot.fermer()
    return durees


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seances", type=int, default=10_000)
    parser.add_argument("--adherents", type=int, default=500)
    parser.add_argument("--lancements", type=int, default=7)
    parser.add_argument("--reponses", type=int, default=30)
    args = parser.parse_args(argv)

    construire = _banc_stockage().construire

    with tempfile.TemporaryDirectory() as temporaire:
        racine = Path(temporaire)
        debut = time.perf_counter()
        construire(racine, args.seances, args.adherents)
        dossier = racine / "tinydb"
        print(f"historique synthétique : {args.seances} séances, {args.adherents} adhérents "
              f"({time.perf_counter() - debut:.1f} s pour le construire)")
        nu, assistant = mesurer_demarrage(dossier, args.lancements)
        print(f"démarrage jusqu'à l'accueil : assistant {assistant * 1000:.0f} ms, "
              f"application Textual nue {nu * 1000:.0f} ms, rapport {assistant / nu:.2f} "
              f"(cible <= 1,30) — médianes sur {args.lancements} lancements")
        durees = asyncio.run(mesurer_reponses(dossier, args.reponses))
        mediane = statistics.median(durees) * 1000
        p95 = sorted(durees)[int(0.95 * (len(durees) - 1))] * 1000
        print(f"Entrée → consigne suivante affichée : médiane {mediane:.1f} ms, p95 {p95:.1f} ms "
              f"sur {len(durees)} réponses, {args.seances} séances en stockage (cible <= 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
