"""La note libre (F4, /note) : une réponse comme les autres.

Même zone que les réponses libres (plusieurs lignes, Entrée enregistre,
Ctrl+J va à la ligne, un collage garde toutes ses lignes), même vérification
RGPD en direct sous la zone, même confirmation avant d'enregistrer un texte
signalé, et même règle du consentement : sans consentement en vigueur, une
note qui contient une donnée personnelle est refusée et reste dans la zone,
avec la raison et ce qu'on peut écrire à la place.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from assistant.ecrans.dialogues import CSS_DIALOGUE, Confirmer
from assistant.verification import Verificateur
from assistant.widgets.saisie import ZoneTexte


class SaisieNote(ModalScreen[str | None]):
    """Écrire une note ; rend le texte à enregistrer, ou None si on annule.

    `refus(texte)` dit pourquoi la note serait refusée (consentement), ou None ;
    `personnelles()` dit si les coordonnées et la situation de l'adhérent sont
    à signaler en direct (consentement pas en vigueur).
    """

    DEFAULT_CSS = (
        CSS_DIALOGUE.format(nom="SaisieNote")
        + """
    SaisieNote > Vertical { max-height: 100%; overflow-y: auto; }
    SaisieNote #note { height: auto; min-height: 3; max-height: 8; }
    SaisieNote #constats-note { color: $warning; height: auto; }
    """
    )
    BINDINGS = [
        Binding("escape", "annuler", "Annuler"),
        Binding("f7", "appliquer_suggestion", "Suggestion RGPD", priority=True),
    ]

    def __init__(
        self,
        verificateur: Verificateur,
        refus: Callable[[str], str | None],
        personnelles: Callable[[], bool],
        valeur: str = "",
        message: str = "",
    ) -> None:
        super().__init__()
        self.verificateur = verificateur
        self.refus = refus
        self.personnelles = personnelles
        self.valeur = valeur
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Content(
                    "Note libre (rédigez avec « vous » ou « l'adhérent ») — Entrée : "
                    "enregistrer · Ctrl+J : nouvelle ligne · Échap : annuler"
                ),
                classes="question",
            )
            yield ZoneTexte(self.valeur, id="note", soft_wrap=True, show_line_numbers=False)
            yield Static(Content(""), id="constats-note")
            yield Static(Content(self.message), classes="erreur", id="erreur")
            with Horizontal():
                yield Button("Annuler", id="annuler")
                yield Button("Enregistrer", id="valider", variant="primary")

    def on_mount(self) -> None:
        zone = self.query_one("#note", ZoneTexte)
        zone.move_cursor(zone.document.end)
        zone.focus()
        self._verifier(zone.text)

    def _verifier(self, texte: str) -> None:
        constats = self.verificateur.verifier(texte, personnelles=self.personnelles())
        self.query_one("#constats-note", Static).update(
            Content(self.verificateur.resumer(constats, avec_touche=True, texte=texte))
        )

    @on(TextArea.Changed, "#note")
    def _change(self, event: TextArea.Changed) -> None:
        self._verifier(event.text_area.text)

    def action_appliquer_suggestion(self) -> None:
        zone = self.query_one("#note", ZoneTexte)
        nouveau = self.verificateur.appliquer_premiere(zone.text, personnelles=self.personnelles())
        if nouveau is not None:
            zone.text = nouveau
            zone.move_cursor(zone.document.end)

    def _erreur(self, texte: str) -> None:
        self.query_one("#erreur", Static).update(Content(texte))
        self.query_one("#note", ZoneTexte).focus()

    @on(ZoneTexte.Validee)
    @on(Button.Pressed, "#valider")
    def _valider(self, event: ZoneTexte.Validee | Button.Pressed) -> None:
        event.stop()
        texte = self.query_one("#note", ZoneTexte).text.strip()
        if not texte:
            self._erreur("La note est vide : écrivez au moins un mot, ou Échap pour annuler.")
            return
        raison = self.refus(texte)
        if raison is not None:
            self._erreur(raison)  # la note reste dans la zone, à corriger
            return
        constats = self.verificateur.verifier(texte)
        if not constats:
            self.dismiss(texte)
            return

        def apres(ok: bool | None) -> None:
            if ok:
                self.dismiss(texte)
            else:
                self._erreur("Corrigez la note (F7 : appliquer la suggestion), puis Entrée.")

        self.app.push_screen(
            Confirmer(
                "Cette note contient des éléments à revoir (RGPD) :\n"
                f"{self.verificateur.resumer(constats)}\n\nL'enregistrer quand même ?",
                oui="Enregistrer quand même",
                non="Corriger",
            ),
            apres,
        )

    @on(Button.Pressed, "#annuler")
    def action_annuler(self) -> None:
        self.dismiss(None)
