"""Les saisies par choix : une option, oui ou non, des cases à cocher."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from assistant.aides.saisies import LIBELLE_NSP, NonCommuniqueSaisi
from assistant.widgets.saisie.base import Saisie
from conducteurs.modele import Etape

_NSP = "\x00ne-souhaite-pas-repondre"
"""La valeur de l'option « ne souhaite pas répondre » d'une liste à cocher : aucune
option d'un conducteur ne peut l'avoir (caractère nul)."""


def _option_nsp(etape: Etape) -> list[tuple[str, Any]]:
    """L'option « ne souhaite pas répondre », ajoutée d'office aux étapes personnelles."""
    if not etape.personnel:
        return []
    return [(LIBELLE_NSP, NonCommuniqueSaisi())]


class ListeChoix(OptionList):
    """Liste d'options : Entrée choisit."""


class SaisieChoix(Saisie):
    """Un seul choix parmi des options (et oui/non)."""

    def options(self) -> list[tuple[str, Any]]:
        return [(o, o) for o in self.etape.options] + _option_nsp(self.etape)

    def indication(self) -> str:
        return "↑↓ puis Entrée, ou le numéro de l'option · /aide : commandes"

    def champs(self) -> ComposeResult:
        yield ListeChoix(id="choix")

    def remplir(self) -> None:
        liste = self.query_one(ListeChoix)
        liste.clear_options()
        liste.add_options(
            [
                Option(Content(f"{i}. {libelle}"))
                for i, (libelle, _) in enumerate(self.options(), start=1)
            ]
        )
        valeurs = [v for _, v in self.options()]
        liste.highlighted = (
            valeurs.index(self.valeur_initiale) if self.valeur_initiale in valeurs else 0
        )

    @on(OptionList.OptionSelected)
    def _choisi(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        libelle, valeur = self.options()[event.option_index]
        if isinstance(valeur, NonCommuniqueSaisi):
            libelle += " (non communiqué)"
        self.post_message(self.Reponse(valeur, libelle))

    def on_key(self, event: Any) -> None:
        caractere = getattr(event, "character", None)
        if caractere and caractere.isdigit():
            index = int(caractere) - 1
            if 0 <= index < len(self.options()):
                event.stop()
                libelle, valeur = self.options()[index]
                self.post_message(self.Reponse(valeur, libelle))


class SaisieOuiNon(SaisieChoix):
    """Oui ou non."""

    def options(self) -> list[tuple[str, Any]]:
        return [("Oui", True), ("Non", False), *_option_nsp(self.etape)]

    def indication(self) -> str:
        return "O : oui · N : non · ou ↑↓ puis Entrée"

    def on_key(self, event: Any) -> None:
        touche = (getattr(event, "character", None) or "").casefold()
        if touche in ("o", "n", "1", "2"):
            event.stop()
            oui = touche in ("o", "1")
            self.post_message(self.Reponse(oui, "Oui" if oui else "Non"))


class ListeCoches(SelectionList[str]):
    """Liste à cocher : Espace coche, Entrée valide."""

    BINDINGS = [
        Binding("space", "select", "Cocher", show=False),
        Binding("enter", "valider", "Valider", show=False),
    ]

    @dataclass
    class Validee(Message):
        """Entrée pressée dans la liste."""

    def action_valider(self) -> None:
        self.post_message(self.Validee())


class SaisieCoches(Saisie):
    """Choix multiple ou liste à cocher (au plus `etape.maximum` options si le guide le dit)."""

    def indication(self) -> str:
        texte = "Espace : cocher / décocher · Entrée : enregistrer"
        if self.etape.maximum is not None:
            texte += f" · {self.etape.maximum} au plus"
        return texte

    def champs(self) -> ComposeResult:
        yield ListeCoches(id="coches")

    def remplir(self) -> None:
        deja = self.valeur_initiale if isinstance(self.valeur_initiale, list | tuple) else []
        liste = self.query_one(ListeCoches)
        liste.clear_options()
        liste.add_options([Selection(Content(o), o, o in deja) for o in self.etape.options])
        if self.etape.personnel:
            liste.add_option(Selection(Content(LIBELLE_NSP), _NSP, False))
        liste.highlighted = 0

    def _trop(self, choisies: list[str]) -> str | None:
        maximum = self.etape.maximum
        if maximum is None or len(choisies) <= maximum:
            return None
        return (
            f"{maximum} option(s) au plus pour cette étape : {len(choisies)} sont cochées, "
            f"décochez-en {len(choisies) - maximum} avec Espace."
        )

    @on(SelectionList.SelectedChanged)
    def _coche(self, event: SelectionList.SelectedChanged[str]) -> None:
        trop = self._trop(list(event.selection_list.selected))
        self.lire(trop or "", erreur=trop is not None)

    @on(ListeCoches.Validee)
    def _valider(self, event: ListeCoches.Validee) -> None:
        event.stop()
        cochees = self.query_one(ListeCoches).selected
        choisies = [o for o in self.etape.options if o in cochees]
        if _NSP in cochees:
            if choisies:
                self.lire(
                    f"« {LIBELLE_NSP} » ne se coche pas avec d'autres points : décochez l'un "
                    "ou les autres (Espace).",
                    True,
                )
                return
            self.post_message(self.Reponse(NonCommuniqueSaisi(), f"{LIBELLE_NSP} (non communiqué)"))
            return
        if not choisies:
            self.lire("Cochez au moins une option avec Espace, puis Entrée.", True)
            return
        trop = self._trop(choisies)
        if trop is not None:
            self.lire(trop, True)
            return
        self.post_message(self.Reponse(choisies, ", ".join(choisies)))
