"""Les zones de saisie, une par type de réponse.

Chaque zone envoie `Saisie.Reponse` avec une valeur déjà comprise (texte,
option, booléen, date, durée, tâches) ou `Saisie.Commande` quand le conseiller
tape une commande (`/passer …`, `/note …`). Les dates et durées sont relues en
toutes lettres avant d'être validées ; une date de rendez-vous passée, au jour
de la semaine contradictoire ou à plus de six mois demande une confirmation
(le choix par défaut est de la corriger).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList, SelectionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from assistant.aides.dates import (
    DateIncomprise,
    formater_date_heure,
    formater_duree,
    lire_date_heure,
    lire_duree,
)
from assistant.aides.saisies import (
    LIBELLE_NSP,
    AFixerSaisi,
    NonCommuniqueSaisi,
    TacheSaisie,
    decrire_tache,
    lire_tache,
)
from assistant.ecrans.dialogues import Confirmer
from conducteurs.modele import Etape, Role, TypeReponse


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


# ------------------------------------------------------------------ texte
class ZoneTexte(TextArea):
    """TextArea où Entrée valide et Ctrl+J (ou Alt+Entrée) va à la ligne."""

    BINDINGS = [
        Binding("enter", "valider", "Valider", show=False, priority=True),
        Binding("ctrl+j,alt+enter,shift+enter", "nouvelle_ligne", "Nouvelle ligne", show=False),
    ]

    @dataclass
    class Validee(Message):
        """Entrée pressée dans la zone."""

        zone: ZoneTexte

    def action_valider(self) -> None:
        self.post_message(self.Validee(self))

    def action_nouvelle_ligne(self) -> None:
        self.insert("\n")


class SaisieTexte(Saisie):
    """Texte libre sur plusieurs lignes."""

    def indication(self) -> str:
        return "Entrée : enregistrer · Ctrl+J : nouvelle ligne · /aide : commandes"

    def champs(self) -> ComposeResult:
        zone = ZoneTexte("", id="zone", soft_wrap=True, show_line_numbers=False)
        zone.styles.height = "auto"
        zone.styles.max_height = 10
        zone.styles.min_height = 3
        yield zone

    def remplir(self) -> None:
        zone = self.query_one(ZoneTexte)
        zone.text = self.valeur_initiale if isinstance(self.valeur_initiale, str) else ""
        zone.move_cursor(zone.document.end)

    @on(TextArea.Changed)
    def _change(self, event: TextArea.Changed) -> None:
        self.post_message(self.Frappe(event.text_area.text))

    @on(ZoneTexte.Validee)
    def _valider(self, event: ZoneTexte.Validee) -> None:
        event.stop()
        texte = event.zone.text
        if self.commande(texte):
            event.zone.clear()
            return
        if not texte.strip():
            self.lire("Écrivez une réponse (ou /passer raison si l'étape est facultative).", True)
            return
        self.post_message(self.Reponse(texte.strip(), texte.strip()))


# ------------------------------------------------------------ ligne + lecture
class SaisieLigne(Saisie):
    """Une ligne comprise à la volée (date, durée) puis confirmée par Entrée."""

    def __init__(self, etape: Etape, valeur: Any = None, **kwargs: Any) -> None:
        super().__init__(etape, valeur, **kwargs)
        self.comprise: Any = None

    def texte_initial(self) -> str:
        return ""

    def champs(self) -> ComposeResult:
        yield Input(id="ligne")

    def remplir(self) -> None:
        ligne = self.query_one(Input)
        ligne.placeholder = self.exemple()
        with ligne.prevent(Input.Changed):
            ligne.value = self.texte_initial()
        ligne.cursor_position = len(ligne.value)
        self.comprise = None

    def exemple(self) -> str:
        return ""

    def comprendre(self, texte: str) -> tuple[Any, str]:
        raise NotImplementedError

    def a_confirmer(self, texte: str) -> str | None:
        """Ce qui demande une confirmation explicite avant d'enregistrer `texte`, ou None."""
        return None

    @on(Input.Changed)
    def _change(self, event: Input.Changed) -> None:
        texte = event.value
        self.comprise = None
        if not texte.strip() or texte.strip().startswith("/"):
            self.lire("")
            return
        try:
            self.comprise, lecture = self.comprendre(texte)
        except DateIncomprise as exc:
            self.lire(str(exc), True)
            return
        self.lire(f"Compris : {lecture}")

    @on(Input.Submitted)
    def _valider(self, event: Input.Submitted) -> None:
        event.stop()
        if self.commande(event.value):
            event.input.clear()
            return
        if not event.value.strip():
            self.lire(f"Écrivez une valeur, par exemple « {self.exemple()} ».", True)
            return
        try:
            valeur, lecture = self.comprendre(event.value)
            alerte = self.a_confirmer(event.value)
        except DateIncomprise as exc:
            self.lire(str(exc), True)
            return
        if alerte is None:
            self.post_message(self.Reponse(valeur, lecture))
            return

        def apres(garder: bool | None) -> None:
            if garder:
                self.post_message(self.Reponse(valeur, lecture))

        self.app.push_screen(
            Confirmer(
                f"Compris : {lecture}.\n\n"
                "Corrigez cette date, ou gardez-la si elle est bien voulue.",
                oui="Garder cette date",
                non="Corriger",
            ),
            apres,
        )


class SaisieDuree(SaisieLigne):
    """Une durée : « 45 min », « 1h30 »."""

    def exemple(self) -> str:
        return "45 min"

    def indication(self) -> str:
        return "Par exemple « 45 min », « 1h », « 1h30 ». Entrée : enregistrer"

    def texte_initial(self) -> str:
        return formater_duree(self.valeur_initiale) if isinstance(self.valeur_initiale, int) else ""

    def comprendre(self, texte: str) -> tuple[Any, str]:
        minutes = lire_duree(texte)
        return minutes, formater_duree(minutes)


class SaisieDateHeure(SaisieLigne):
    """Une date et une heure : « mardi 14/01 à 9h30 », « demain 14h »."""

    def __init__(
        self,
        etape: Etape,
        valeur: Any = None,
        maintenant: Callable[[], datetime] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(etape, valeur, **kwargs)
        self.maintenant = maintenant or (lambda: datetime.now().astimezone())

    def exemple(self) -> str:
        return "mardi 14/01 à 9h30"

    def indication(self) -> str:
        texte = "Par exemple « mardi 14/01 à 9h30 », « demain 14h ». Entrée : enregistrer"
        if self.etape.role == Role.prochain_rdv:
            texte += " · « à fixer : raison » si la date ne peut pas être fixée"
        return texte

    def texte_initial(self) -> str:
        valeur = self.valeur_initiale
        if isinstance(valeur, datetime):
            return formater_date_heure(valeur)
        return ""

    def comprendre(self, texte: str) -> tuple[Any, str]:
        propre = texte.strip()
        if self.etape.role == Role.prochain_rdv and propre.casefold().replace("à", "a").startswith(
            "a fixer"
        ):
            raison = propre[len("à fixer") :].lstrip(" :-–").strip()
            if not raison:
                raise DateIncomprise("« à fixer » demande une raison : « à fixer : raison »")
            return AFixerSaisi(raison), f"à fixer ({raison})"
        moment, alerte = lire_date_heure(propre, self.maintenant())
        lecture = formater_date_heure(moment)
        if alerte:
            lecture += f" — {alerte}"
        return moment, lecture

    def a_confirmer(self, texte: str) -> str | None:
        valeur, _ = self.comprendre(texte)
        if not isinstance(valeur, datetime):
            return None
        return lire_date_heure(texte.strip(), self.maintenant())[1]


# ------------------------------------------------------------------- choix
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


# ------------------------------------------------------------------ tâches
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
        yield Input(id="ligne", placeholder="Mettre à jour le CV ; adhérent ; 05/12")
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


def classe_pour(etape: Etape) -> type[Saisie]:
    """La classe de zone de saisie adaptée au type de réponse de l'étape."""
    return {
        TypeReponse.texte: SaisieTexte,
        TypeReponse.choix: SaisieChoix,
        TypeReponse.oui_non: SaisieOuiNon,
        TypeReponse.choix_multiple: SaisieCoches,
        TypeReponse.liste_controle: SaisieCoches,
        TypeReponse.duree: SaisieDuree,
        TypeReponse.date_heure: SaisieDateHeure,
        TypeReponse.taches: SaisieTaches,
    }[etape.type]


def saisie_pour(
    etape: Etape,
    valeur: Any = None,
    suggestions: list[str] | None = None,
    maintenant: Callable[[], datetime] | None = None,
) -> Saisie:
    """La zone de saisie adaptée au type de réponse de l'étape."""
    classe = classe_pour(etape)
    if classe is SaisieDateHeure:
        return SaisieDateHeure(etape, valeur, maintenant=maintenant)
    if classe is SaisieTaches:
        jour: Callable[[], date] | None = (lambda: maintenant().date()) if maintenant else None
        return SaisieTaches(etape, valeur, suggestions=suggestions, aujourdhui=jour)
    return classe(etape, valeur)


__all__ = ["AFixerSaisi", "Saisie", "TacheSaisie", "classe_pour", "saisie_pour"]
