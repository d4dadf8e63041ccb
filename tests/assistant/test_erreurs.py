"""Aucune trace technique ni donnée personnelle quand l'assistant tombe ou ne peut s'ouvrir."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app import AssistantApp
from assistant.cli import main
from assistant.config import Emplacements
from stockage import Depot
from tests.support.pilote import coller, presser


async def test_erreur_inattendue_sans_valeurs(dossier: Path, depot: Depot) -> None:
    app = AssistantApp(Emplacements.resoudre(dossier), depot)

    def panne() -> None:
        raise ValueError("réponse secrète de Marie Dupont")

    app.action_conducteurs = panne  # type: ignore[method-assign]
    with pytest.raises(ValueError):
        async with app.run_test(size=(120, 40)) as pilot:
            await presser(pilot, "c")
    assert app.erreur_fatale is not None
    assert "erreur inattendue (ValueError" in app.erreur_fatale
    assert "Reprendre" in app.erreur_fatale
    assert "secrète" not in app.erreur_fatale and "Dupont" not in app.erreur_fatale
    assert app._exit_renderables == []


def test_dossier_deja_ouvert_message_francais(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lancer = AssistantApp.run
    monkeypatch.setattr(
        AssistantApp, "run", lambda self, **_: lancer(self, headless=True, size=(120, 40))
    )
    dossier = tmp_path / "donnees"
    with Depot.ouvrir(dossier):
        # Un second assistant sur le même dossier : message qui nomme le dossier.
        code = main(["--donnees", str(dossier)])
    sortie = capsys.readouterr()
    assert code == 1
    assert str(dossier) in sortie.err
    assert "Traceback" not in sortie.err + sortie.out


async def test_dossier_endommage_signale_sans_tomber(dossier: Path, depot: Depot) -> None:
    abime = depot.creer_adherent("Paul Abîmé")
    depot.creer_adherent("Zoé Intacte")
    fichier = dossier / "adherents" / abime.id / "adherent.json"
    assert fichier.exists()
    fichier.write_bytes(b"{pas du json")
    app = AssistantApp(Emplacements.resoudre(dossier), depot)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await presser(pilot, "n")
        await coller(pilot, "Paul")
        await presser(pilot, "enter")
        messages = [n.message for n in app._notifications]
        assert any("ne peut pas être ouvert" in m and "adherent.json" in m for m in messages)
        # Le fichier est laissé tel quel et les autres dossiers restent utilisables.
        assert fichier.read_bytes() == b"{pas du json"
        ecran = app.screen
        ecran.query_one("#recherche").value = "Zoé"  # type: ignore[attr-defined]
        await pilot.pause()
        await presser(pilot, "enter")
        assert "Zoé Intacte" in str(ecran.query_one("#parcours").render())


async def test_quitter_sur_disque_plein_le_dit_sans_trace(
    dossier: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """À la fermeture, les caches s'écrivent : disque plein, c'est dit en français,
    les réponses sont intactes et le code de sortie le signale."""
    import errno
    import os

    from stockage import Seance

    app = AssistantApp(Emplacements.resoudre(dossier))  # ouvre et ferme son propre dépôt
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):  # l'ouverture part juste après le premier affichage
            await pilot.pause()
            await app.workers.wait_for_complete()
            if app._depot is not None:
                break
        adherent = app.depot.creer_adherent("Amina Diallo")
        seance = Seance(adherent_id=adherent.id, conducteur_id="diagnostic", notes="Atelier CV")
        app.depot.enregistrer_seance(seance)

        def plein(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", plein)
        await presser(pilot, "ctrl+q")
    monkeypatch.undo()
    assert app.erreur_fatale is not None
    assert "disque plein" in app.erreur_fatale and str(dossier) in app.erreur_fatale
    assert "[Errno" not in app.erreur_fatale and "Traceback" not in app.erreur_fatale
    with Depot.ouvrir(dossier) as depot:
        assert [r.nom for r in depot.adherents()] == ["Amina Diallo"]
        assert depot.seance(seance.id).notes == "Atelier CV"
