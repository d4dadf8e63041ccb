"""Les saisies sur une ligne comprise à la volée : durée, date et heure de rendez-vous.

La valeur comprise est relue en toutes lettres ; une date de rendez-vous passée,
au jour de la semaine contradictoire ou à plus de six mois demande une
confirmation (le choix par défaut est de la corriger).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input

from assistant.aides.dates import (
    DateIncomprise,
    formater_date_heure,
    formater_duree,
    lire_date_heure,
    lire_duree,
)
from assistant.aides.saisies import AFixerSaisi
from assistant.ecrans.dialogues import Confirmer
from assistant.widgets.saisie.base import Saisie
from conducteurs.modele import Etape, Role


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
