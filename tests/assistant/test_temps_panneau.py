"""Le temps dans le panneau : dit comme on le dit, contre la durée convenue, avec ses alertes."""

from __future__ import annotations

from datetime import timedelta

from textual.app import App, ComposeResult
from textual.widgets import Static

from assistant.app import AssistantApp
from assistant.widgets.panneau import Panneau
from etats.temps import BilanTemps
from tests.support.horloge import Horloge
from tests.support.parcours import ouvrir_entretien
from tests.support.pilote import coller, presser, taper


class AppPanneau(App[None]):
    def compose(self) -> ComposeResult:
        yield Panneau()


def bilan(
    ecoule: float, prevu: float, sequence: float = 0, prevu_sequence: float = 40
) -> BilanTemps:
    return BilanTemps(
        ecoule=timedelta(minutes=ecoule),
        prevu=timedelta(minutes=prevu),
        convenu=True,
        sequence="echange",
        ecoule_sequence=timedelta(minutes=sequence),
        prevu_sequence=timedelta(minutes=prevu_sequence),
    )


def chrono(app: App[None]) -> Static:
    return app.query_one("#chrono", Static)


async def test_le_temps_se_lit_en_minutes_et_heures() -> None:
    app = AppPanneau()
    async with app.run_test(size=(60, 30)) as pilot:
        app.query_one(Panneau).temps = bilan(12.5, 90, 5)
        await pilot.pause()
        texte = str(chrono(app).render())
        assert "12 min / 1 h 30" in texte
        assert "durée convenue" in texte
        assert "Échange : 5 min / 40 min" in texte
        assert ":" not in texte.split("\n")[0]  # plus de « 12:30 / 1:30:00 »
        assert not chrono(app).has_class("proche") and not chrono(app).has_class("depasse")


async def test_alerte_a_80_pourcent_puis_au_depassement() -> None:
    app = AppPanneau()
    async with app.run_test(size=(60, 30)) as pilot:
        panneau = app.query_one(Panneau)
        panneau.temps = bilan(72, 90, 10)
        await pilot.pause()
        assert "⚠ 80 % de la durée convenue" in str(chrono(app).render())
        assert chrono(app).has_class("proche")
        panneau.temps = bilan(91, 90, 10)
        await pilot.pause()
        assert "⚠ durée convenue dépassée" in str(chrono(app).render())
        assert chrono(app).has_class("depasse") and not chrono(app).has_class("proche")


async def test_alerte_de_sequence_seule() -> None:
    app = AppPanneau()
    async with app.run_test(size=(60, 30)) as pilot:
        app.query_one(Panneau).temps = bilan(30, 90, 41, 40)
        await pilot.pause()
        texte = str(chrono(app).render())
        assert "⚠ Échange : temps dépassé" in texte
        assert "durée convenue dépassée" not in texte
        assert chrono(app).has_class("depasse")


async def test_la_duree_convenue_remplace_celle_du_conducteur_en_direct(
    app: AssistantApp, horloge: Horloge
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await ouvrir_entretien(pilot)
        texte = str(app.screen.query_one("#chrono", Static).render())
        assert "0 min / 1 h" in texte and "à convenir" in texte
        await coller(pilot, "Faire connaissance")
        await presser(pilot, "enter")
        horloge.avancer(12)
        await taper(pilot, "1h30")
        await presser(pilot, "enter")
        texte = str(app.screen.query_one("#chrono", Static).render())
        assert "12 min / 1 h 30" in texte
        assert "durée convenue" in texte
        assert "Introduction : 12 min / 15 min" in texte
        assert "⚠ Introduction : 80 % de son temps" in texte
