"""L'écran du nouvel entretien refuse un nom avec un caractère de contrôle (issue 13, point 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app import AssistantApp
from assistant.config import Emplacements
from assistant.ecrans.nouvel_entretien import NouvelEntretien
from stockage import Depot
from tests.support.pilote import coller, presser


@pytest.mark.parametrize("nom", ["Ève\u202eevE", "Marie\x1b[2J", "Lina\u2066x\u2069"])
async def test_un_nom_avec_un_caractere_de_controle_est_refuse(
    dossier: Path, depot: Depot, nom: str
) -> None:
    app = AssistantApp(Emplacements.resoudre(dossier), depot)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await presser(pilot, "n")
        assert isinstance(app.screen, NouvelEntretien)
        await coller(pilot, nom)
        ecran = app.screen
        # La proposition de création montre le nom avec ses caractères visibles.
        liste = ecran.query_one("#adherents")
        libelles = [str(o.prompt) for o in liste.options]  # type: ignore[attr-defined]
        assert any("Créer le dossier" in t for t in libelles)
        assert not any(c in t for t in libelles for c in "\u202e\x1b\x85")
        await presser(pilot, "enter")
        messages = [n.message for n in app._notifications]
        assert any("caractère invisible ou de contrôle" in m for m in messages), messages
        assert depot.adherents() == []
        assert ecran.adherent_id is None
        assert app.focused is ecran.query_one("#recherche")


async def test_entretien_nouveau_adherent_piege_ne_cree_rien(dossier: Path, depot: Depot) -> None:
    """Même ouvert directement avec le nom (dernier rempart avant le dépôt)."""
    from assistant.app import Demarrage

    app = AssistantApp(
        Emplacements.resoudre(dossier),
        depot,
        demarrage=Demarrage("nouveau", adherent="Ève\u202eevE", conducteur=None),
    )
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert depot.adherents() == []
        messages = [n.message for n in app._notifications]
        assert any("caractère invisible ou de contrôle" in m for m in messages), messages
