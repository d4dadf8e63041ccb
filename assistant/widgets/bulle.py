"""Une bulle de la conversation : consigne, réponse, conseil ou message système."""

from __future__ import annotations

from typing import Literal

from textual.content import Content
from textual.widgets import Static

from stockage.texte import rendre_visible

Voix = Literal["assistant", "conseiller", "aide", "systeme", "alerte", "adherent"]

ETIQUETTES: dict[str, str] = {
    "assistant": "Assistant",
    "conseiller": "Vous",
    "aide": "Conseil",
    "systeme": "Assistant",
    "alerte": "Attention",
    "adherent": "Adhérent simulé",
}


class Bulle(Static):
    """Un message du fil. Le texte est affiché tel quel, jamais comme du balisage ; ses
    caractères de contrôle se voient (␛, ␀…) au lieu de disparaître."""

    DEFAULT_CSS = """
    Bulle {
        width: 1fr;
        height: auto;
        padding: 0 1;
        margin: 0 0 1 0;
        border-title-align: left;
    }
    Bulle.assistant { border: round $primary; background: $primary 10%; margin-right: 12; }
    Bulle.conseiller { border: round $success; background: $success 10%; margin-left: 12; }
    Bulle.aide { border: round $secondary; color: $text-muted; }
    Bulle.systeme { border: round $panel-lighten-2; color: $text-muted; }
    Bulle.alerte { border: round $warning; background: $warning 10%; }
    Bulle.adherent { border: round $accent; background: $accent 10%; margin-left: 6; }
    """

    def __init__(self, texte: str, voix: Voix = "assistant", titre: str | None = None) -> None:
        super().__init__(Content(rendre_visible(texte)), classes=voix)
        self.texte = texte
        """Le texte exact du message, pour les tests et la relecture."""
        self.voix: Voix = voix
        self.border_title = Content(titre if titre is not None else ETIQUETTES[voix])
