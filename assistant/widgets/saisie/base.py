"""La zone de saisie d'une étape : la classe de base et ses messages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from conducteurs.modele import Etape


class Saisie(Vertical):
    """Zone de saisie d'une étape : la classe de base."""

    DEFAULT_CSS = """
    Saisie { height: auto; max-height: 16; }
    Saisie .indication { color: $text-muted; height: auto; }
    Saisie .lecture { color: $success; height: auto; }
    Saisie .lecture.erreur { color: $error; }
    """

    @dataclass
    class Reponse(Message):
        """Le conseiller valide une réponse."""

        valeur: Any
        affichage: str

    @dataclass
    class Commande(Message):
        """Le conseiller tape une commande (« /passer raison »)."""

        nom: str
        argument: str

    @dataclass
    class Frappe(Message):
        """Le texte en cours de saisie a changé (pour la vérification RGPD)."""

        texte: str

    def __init__(self, etape: Etape, valeur: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.etape = etape
        self.valeur_initiale = valeur

    def indication(self) -> str:
        return ""

    def compose(self) -> ComposeResult:
        yield from self.champs()
        yield Static(Content(""), classes="lecture")
        yield Static(Content(self.indication()), classes="indication")

    def on_mount(self) -> None:
        self.remplir()
        self.call_after_refresh(self.focaliser)

    def champs(self) -> ComposeResult:
        raise NotImplementedError

    def remplir(self) -> None:
        """Met les champs dans l'état de l'étape courante (valeur déjà enregistrée comprise)."""

    def configurer(self, etape: Etape, valeur: Any = None) -> None:
        """Réutilise la zone pour une autre étape du même type (plus rapide qu'en créer une)."""
        self.etape = etape
        self.valeur_initiale = valeur
        self.lire("")
        self.query_one(".indication", Static).update(Content(self.indication()))
        self.remplir()

    def lire(self, texte: str, erreur: bool = False) -> None:
        """Affiche ce que l'assistant a compris (ou pourquoi il ne comprend pas)."""
        lecture = self.query_one(".lecture", Static)
        lecture.update(Content(texte))
        lecture.set_class(erreur, "erreur")

    def commande(self, texte: str) -> bool:
        """Envoie une commande si le texte en est une."""
        texte = texte.strip()
        if texte.startswith("/") and len(texte) > 1:
            nom, _, argument = texte[1:].partition(" ")
            self.post_message(self.Commande(nom.casefold(), argument.strip()))
            return True
        return False

    def focaliser(self) -> None:
        """Donne le focus au champ principal."""
        for widget in self.query(Widget):
            if widget.focusable:
                widget.focus()
                return
