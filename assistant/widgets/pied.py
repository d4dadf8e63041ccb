"""La ligne des touches en bas de chaque écran, dessinée d'un seul tenant.

Le `Footer` de Textual recompose un widget par touche à chaque changement de
focus ; sur l'écran en direct, c'était près de la moitié du travail de
l'interface entre deux étapes. `Pied` est un seul widget qui redessine sa
ligne quand les touches actives changent, et seulement si elle a changé. Un
clic sur une touche la déclenche, comme avec le `Footer`.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class _Touche(NamedTuple):
    touche: str
    affichage: str
    description: str
    active: bool


class Pied(Widget, can_focus=False):
    """Les touches utiles de l'écran, sur une ligne, cliquables."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"pied--touche", "pied--description"}
    DEFAULT_CSS = """
    Pied {
        dock: bottom;
        height: 1;
        width: 1fr;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        color: $footer-foreground;
        background: $footer-background;
        & > .pied--touche {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .pied--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self._touches: tuple[_Touche, ...] = ()
        self._palette: _Touche | None = None
        self._zones: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._touches_changees)
        self.call_after_refresh(self._relire)

    def _touches_changees(self, ecran: Screen[object]) -> None:
        if self.is_attached and ecran is self.screen:
            self.call_after_refresh(self._relire)

    def _relire(self) -> None:
        """Relit les touches actives ; ne redessine que si la ligne change."""
        if not self.is_attached:
            return
        vues: set[str] = set()
        touches: list[_Touche] = []
        for _noeud, liaison, active, _aide in self.screen.active_bindings.values():
            if not liaison.show or liaison.action in vues:
                continue
            vues.add(liaison.action)
            affichage = self.app.get_key_display(liaison)
            touches.append(_Touche(liaison.key, affichage, liaison.description, active))
        palette: _Touche | None = None
        if self.app.ENABLE_COMMAND_PALETTE:
            trouvee = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
            if trouvee is not None:
                _noeud, liaison, active, _aide = trouvee
                affichage = self.app.get_key_display(liaison)
                palette = _Touche(liaison.key, affichage, liaison.description, active)
        if tuple(touches) != self._touches or palette != self._palette:
            self._touches = tuple(touches)
            self._palette = palette
            self.refresh()

    @property
    def touches(self) -> list[str]:
        """Ce que la ligne montre, touche et description (pour les tests et l'aide)."""
        toutes = [*self._touches, *([self._palette] if self._palette else [])]
        return [f"{t.affichage} {t.description}".strip() for t in toutes]

    def render(self) -> Text:
        style_touche = self.get_component_rich_style("pied--touche")
        style_description = self.get_component_rich_style("pied--description")
        ligne = Text(no_wrap=True, overflow="ellipsis")
        self._zones = []

        def ajouter(touche: _Touche) -> None:
            debut = len(ligne)
            ligne.append(f" {touche.affichage} ", style_touche)
            if touche.description:
                ligne.append(f"{touche.description} ", style_description)
            if not touche.active:
                ligne.stylize("dim", debut)
            self._zones.append((debut, len(ligne), touche.touche))

        for touche in self._touches:
            ajouter(touche)
            ligne.append(" ")
        if self._palette is not None:
            # Comme le `Footer` : la palette de commandes toujours visible, à droite.
            place = len(self._palette.affichage) + len(self._palette.description) + 4
            largeur = self.size.width
            if largeur > place:
                ligne.truncate(largeur - place, overflow="ellipsis", pad=True)
                ligne.append("│", style_description)
            ajouter(self._palette)
        return ligne

    def on_click(self, evenement: events.Click) -> None:
        for debut, fin, touche in self._zones:
            if debut <= evenement.x < fin:
                evenement.stop()
                self.app.simulate_key(touche)
                return
