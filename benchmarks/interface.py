"""Mesures de l'interface : démarrage et réactivité pendant l'entretien.

Affiche :
- le temps entre le lancement du processus et l'écran d'accueil prêt, comparé
  à une application Textual nue qui a les mêmes sortes de widgets (cible :
  rapport <= 1,3) ;
- le temps médian entre Entrée sur une réponse et la consigne suivante affichée,
  avec 10 000 séances en stockage (cible : <= 50 ms) ;
- le temps pour ouvrir l'Historique (touche H → adhérents et parcours affichés)
  et pour une recherche plein texte (texte tapé → résultats affichés), avec le
  même historique (cible : <= 200 ms chacun).

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
import sys
import assistant.app as module_app
from assistant.ecrans.accueil import Accueil

def on_ready(self) -> None:
    assert isinstance(self.screen, Accueil), self.screen
    print("PRET", flush=True)
    self.exit()

module_app.AssistantApp.on_ready = on_ready
_run = module_app.AssistantApp.run
module_app.AssistantApp.run = lambda self, **_: _run(self, headless=True, size=(120, 40))
sys.argv = ["entretien", "--donnees", sys.argv[1]]
from assistant.cli import main
main()
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


AFFICHEES: dict[int, float] = {}
"""Pour chaque bulle, l'instant de son premier dessin à l'écran."""


def lancer(code: str, *arguments: str) -> float:
    """Secondes entre le lancement du processus et « PRET »."""
    environnement = dict(os.environ, TEXTUAL_ANIMATIONS="none")
    debut = time.perf_counter()
    processus = subprocess.Popen(
        [sys.executable, "-c", code, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environnement,
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

    rendre = Bulle.render_lines

    def rendre_et_noter(self: Bulle, crop: Any) -> Any:
        # L'instant où la bulle est dessinée pour la première fois : « affichée ».
        AFFICHEES.setdefault(id(self), time.perf_counter())
        return rendre(self, crop)

    Bulle.render_lines = rendre_et_noter  # type: ignore[method-assign]
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
                avant = {id(b) for b in ecran.query(Bulle)}
                debut = time.perf_counter()
                await pilot.press("enter")
                while True:
                    nouvelles = [
                        b
                        for b in ecran.query(Bulle)
                        if id(b) not in avant and b.voix == "assistant" and id(b) in AFFICHEES
                    ]
                    if nouvelles:
                        break
                    if time.perf_counter() - debut > 10:
                        raise RuntimeError("la consigne suivante ne s'est pas affichée")
                    await asyncio.sleep(0.0005)
                durees.append(AFFICHEES[id(nouvelles[0])] - debut)
                await pilot.pause()
                await pilot.press("f2")  # revenir : la réponse est gardée et pré-remplie
                await pilot.pause()
    finally:
        depot.fermer()
    return durees


REQUETES_HISTORIQUE = ["zyglophore", "permis de conduire", "AIDE-SOIGNANTE", "mobilite", "cariste"]
"""Les recherches plein texte mesurées (les mêmes que le banc du stockage)."""


async def mesurer_historique(
    dossier: Path, ouvertures: int
) -> tuple[list[float], list[float], dict[str, float]]:
    """Touche H → Historique affiché (adhérents, parcours du premier) ; texte → résultats.

    Chaque durée va de la touche (ou du texte posé dans le champ) au premier
    rafraîchissement de l'écran qui montre les données. Rend les durées
    d'ouverture (la première compte la composition de l'écran), celles des
    recherches, et la médiane des appels au dépôt qui y participent."""
    from textual import events
    from textual.widgets import DataTable, Input

    from assistant.app import AssistantApp
    from assistant.config import Emplacements
    from assistant.ecrans.historique import Historique, RechercheSeances
    from assistant.export.selection import traces

    async def rafraichi(app: AssistantApp) -> None:
        fait = asyncio.Event()
        app.screen.call_after_refresh(fait.set)
        await fait.wait()

    def historique_pret(app: AssistantApp) -> bool:
        ecran = app.screen
        return (
            isinstance(ecran, Historique)
            and ecran.is_mounted
            and ecran.query_one("#adherents", DataTable).row_count > 0
            and bool(ecran.seances)
        )

    # Comme en vrai : l'application ouvre elle-même le dossier après le premier
    # affichage (et précharge ses écrans) ; on attend qu'elle soit prête.
    app = AssistantApp(Emplacements.resoudre(dossier))
    ouvrir: list[float] = []
    chercher: list[float] = []
    appels: dict[str, list[float]] = {
        "adherents": [],
        "traces": [],
        "seances": [],
        "rechercher": [],
    }
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        depot = app.depot
        assert app._driver is not None
        for _ in range(ouvertures):
            debut = time.perf_counter()
            touche = events.Key("h", "h")
            touche.set_sender(app)
            app._driver.send_message(touche)
            while not historique_pret(app):
                await asyncio.sleep(0)
            await rafraichi(app)
            ouvrir.append(time.perf_counter() - debut)
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        ecran = app.screen
        assert isinstance(ecran, RechercheSeances)
        champ = ecran.query_one("#requete", Input)
        for requete in REQUETES_HISTORIQUE * 3:
            debut = time.perf_counter()
            champ.value = requete
            while ecran.derniere_requete != requete:
                await asyncio.sleep(0)
            await rafraichi(app)
            chercher.append(time.perf_counter() - debut)
            await pilot.pause()
            champ.value = ""
            await app.workers.wait_for_complete()
            await pilot.pause()
        premier = depot.adherents()[0].id
        for _ in range(ouvertures):
            appels["adherents"].append(_chrono(depot.adherents))
            appels["traces"].append(_chrono(lambda: traces(depot)))
            appels["seances"].append(_chrono(lambda: depot.seances(premier)))
        for requete in REQUETES_HISTORIQUE * 3:
            appels["rechercher"].append(_chrono(lambda r=requete: depot.rechercher(r)))
    return ouvrir, chercher, {nom: statistics.median(v) for nom, v in appels.items()}


def _chrono(fonction: Any) -> float:
    debut = time.perf_counter()
    fonction()
    return time.perf_counter() - debut


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seances", type=int, default=10_000)
    parser.add_argument("--adherents", type=int, default=500)
    parser.add_argument("--lancements", type=int, default=7)
    parser.add_argument("--reponses", type=int, default=30)
    parser.add_argument("--ouvertures", type=int, default=10)
    args = parser.parse_args(argv)

    construire = _banc_stockage().construire

    with tempfile.TemporaryDirectory() as temporaire:
        racine = Path(temporaire)
        debut = time.perf_counter()
        construire(racine, args.seances, args.adherents)
        dossier = racine / "tinydb"
        print(
            f"historique synthétique : {args.seances} séances, {args.adherents} adhérents "
            f"({time.perf_counter() - debut:.1f} s pour le construire)"
        )
        nu, assistant = mesurer_demarrage(dossier, args.lancements)
        print(
            f"démarrage jusqu'à l'accueil : assistant {assistant * 1000:.0f} ms, "
            f"application Textual nue {nu * 1000:.0f} ms, rapport {assistant / nu:.2f} "
            f"(cible <= 1,30) — médianes sur {args.lancements} lancements"
        )
        durees = asyncio.run(mesurer_reponses(dossier, args.reponses))
        mediane = statistics.median(durees) * 1000
        p95 = sorted(durees)[int(0.95 * (len(durees) - 1))] * 1000
        print(
            f"Entrée → consigne suivante affichée : médiane {mediane:.1f} ms, p95 {p95:.1f} ms "
            f"sur {len(durees)} réponses, {args.seances} séances en stockage (cible <= 50 ms)"
        )
        ouvrir, chercher, appels = asyncio.run(mesurer_historique(dossier, args.ouvertures))
        premiere, suivantes = ouvrir[0], ouvrir[1:]
        pire = max(suivantes)
        print(
            f"H → Historique affiché (adhérents et parcours du premier) : première ouverture "
            f"{premiere * 1000:.0f} ms, ensuite médiane {statistics.median(suivantes) * 1000:.1f}"
            f" ms, pire {pire * 1000:.1f} ms sur {len(suivantes)} (cible <= 200 ms) "
            f"{'OK' if max(premiere, pire) <= 0.2 else 'HORS CIBLE'} — dont dépôt : "
            f"adherents() {appels['adherents'] * 1000:.1f} ms, index des séances "
            f"{appels['traces'] * 1000:.1f} ms, seances(adhérent) "
            f"{appels['seances'] * 1000:.1f} ms"
        )
        print(
            f"recherche plein texte → résultats affichés : médiane "
            f"{statistics.median(chercher) * 1000:.1f} ms, pire {max(chercher) * 1000:.1f} ms "
            f"sur {len(chercher)} recherches (cible <= 200 ms) "
            f"{'OK' if max(chercher) <= 0.2 else 'HORS CIBLE'} — dont rechercher() "
            f"{appels['rechercher'] * 1000:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
