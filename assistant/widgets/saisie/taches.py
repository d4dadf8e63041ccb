"""L'éditeur de la liste des tâches : quoi ; qui ; échéance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from assistant.aides.dates import DateIncomprise
from assistant.aides.saisies import TacheSaisie, decrire_tache, lire_tache
from assistant.widgets.saisie.base import Saisie
from conducteurs.modele import Etape


class SaisieTaches(Saisie):
    """Éditeur de la liste des tâches : quoi ; qui ; échéance."""

    DEFAULT_CSS = """
    SaisieTaches #liste-taches { height: auto; max-height: 8; }
    SaisieTaches #suggestions { height: auto; max-height: 6; }
    """

    def __init__(
        self,
        etape: Etape,
        valeur: Any = None,
        suggestions: list[str] | None = None,
        aujourdhui: Callable[[], date] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(etape, valeur, **kwargs)
        self.suggestions = suggestions or []
        self.aujourdhui = aujourdhui or date.today
        self.taches: list[TacheSaisie] = []

    def indication(self) -> str:
        return (
            "« tâche ; adhérent ou conseiller ; échéance » puis Entrée pour l'ajouter · "
            "Entrée sur une ligne vide : enregistrer la liste · /retirer N · "
            "Tab : suggestions du conducteur"
        )

    def champs(self) -> ComposeResult:
        yield Static(Content(""), id="liste-taches")
        # Sans sélection au focus : une suggestion reprise reste quand on tape l'échéance.
        yield Input(
            id="ligne",
            placeholder="Mettre à jour le CV ; adhérent ; 05/12",
            select_on_focus=False,
        )
        yield OptionList(id="suggestions")

    def remplir(self) -> None:
        self.taches = [
            TacheSaisie(t.quoi, str(t.qui), t.echeance) for t in (self.valeur_initiale or [])
        ]
        self._rafraichir()
        self.query_one("#ligne", Input).value = ""
        suggestions = self.query_one("#suggestions", OptionList)
        suggestions.clear_options()
        suggestions.add_options([Option(Content(f"+ {s}")) for s in self.suggestions])
        suggestions.display = bool(self.suggestions)

    def _resume(self) -> str:
        if not self.taches:
            return "Aucune tâche pour l'instant."
        return "\n".join(f"{i}. {decrire_tache(t)}" for i, t in enumerate(self.taches, 1))

    def _rafraichir(self) -> None:
        self.query_one("#liste-taches", Static).update(Content(self._resume()))

    @on(OptionList.OptionSelected, "#suggestions")
    def _suggestion(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        ligne = self.query_one("#ligne", Input)
        ligne.value = self.suggestions[event.option_index] + " ; adhérent ; "
        ligne.cursor_position = len(ligne.value)
        ligne.focus()

    @on(Input.Submitted)
    def _valider(self, event: Input.Submitted) -> None:
        event.stop()
        texte = event.value.strip()
        if texte.startswith("/retirer"):
            numero = texte.removeprefix("/retirer").strip()
            if numero.isdigit() and 1 <= int(numero) <= len(self.taches):
                retiree = self.taches.pop(int(numero) - 1)
                self.lire(f"Retirée : {decrire_tache(retiree)}")
                self._rafraichir()
            else:
                self.lire("Indiquez le numéro de la tâche à retirer : /retirer 2", True)
            event.input.clear()
            return
        if self.commande(texte):
            event.input.clear()
            return
        if not texte:
            if not self.taches:
                self.lire("Ajoutez au moins une tâche pour le prochain rendez-vous.", True)
                return
            self.post_message(
                self.Reponse(list(self.taches), "; ".join(decrire_tache(t) for t in self.taches))
            )
            return
        try:
            tache = lire_tache(texte, self.aujourdhui())
        except DateIncomprise as exc:
            self.lire(str(exc), True)
            return
        self.taches.append(tache)
        self.lire(f"Ajoutée : {decrire_tache(tache)} — Entrée sur une ligne vide pour enregistrer")
        self._rafraichir()
        event.input.clear()
