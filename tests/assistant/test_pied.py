"""La ligne des touches (`Pied`) : ce qu'elle montre, quand elle change, le clic."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input

from assistant.widgets.pied import Pied
from tests.support.pilote import presser


class Champ(Input):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f4", "noter", "Note")]

    def action_noter(self) -> None:
        self.app.actions.append("noter")  # type: ignore[attr-defined]


class AppPied(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "aider", "Aide [b]vraie[/b]"),
        Binding("f9", "cachee", "Cachée", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.actions: list[str] = []

    def compose(self) -> ComposeResult:
        yield Champ(id="champ")
        yield Pied()

    def action_aider(self) -> None:
        self.actions.append("aider")


def ligne(app: App[None]) -> str:
    return "".join(s.text for s in app.screen.query_one(Pied).render_line(0))


async def test_les_touches_montrees_suivent_le_focus_et_le_texte_reste_tel_quel() -> None:
    app = AppPied()
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        pied = app.query_one(Pied)
        assert "f4 Note" in pied.touches  # le champ a le focus : sa touche est montrée
        assert "f2 Aide [b]vraie[/b]" in pied.touches  # texte tel quel, pas de balisage
        assert not any("Cachée" in t for t in pied.touches)
        assert "Aide [b]vraie[/b]" in ligne(app)
        assert "palette" in ligne(app)  # la palette de commandes, à droite
        app.set_focus(None)
        await pilot.pause()
        await pilot.pause()
        assert "f4 Note" not in pied.touches
        assert "Note" not in ligne(app)


async def test_un_clic_sur_une_touche_la_declenche() -> None:
    app = AppPied()
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        texte = ligne(app)
        colonne = texte.index("Aide")
        await pilot.click(Pied, offset=(colonne, 0))
        await pilot.pause()
        assert app.actions == ["aider"]
        await pilot.click(Pied, offset=(texte.index("Note"), 0))
        await pilot.pause()
        assert app.actions == ["aider", "noter"]
        await presser(pilot, "f2")
        assert app.actions == ["aider", "noter", "aider"]
