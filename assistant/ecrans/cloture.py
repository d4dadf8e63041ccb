"""Clôturer : relire le compte rendu et préparer la saisie dans Visual Course."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static, TextArea

from assistant.aides.systeme import decrire_erreur
from assistant.direct import SeanceEnDirect
from assistant.ecrans.dialogues import DemanderTexte
from assistant.verification import Verificateur
from etats import Refus


class Cloture(Screen[bool]):
    """Le compte rendu (modifiable) et la fiche Visual Course, puis la clôture."""

    CSS_PATH = "cloture.tcss"
    BINDINGS = [
        Binding("ctrl+s", "enregistrer", "Enregistrer et clore"),
        Binding("escape", "retour", "Retour à l'entretien"),
    ]

    def __init__(self, direct: SeanceEnDirect) -> None:
        super().__init__()
        self.direct = direct
        self.fiche = direct.fiche_visual_course()
        self.verificateur = Verificateur([direct.nom_adherent])

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="gauche"):
                yield Static(
                    "Compte rendu — relisez et corrigez avant d'enregistrer "
                    "(écrit avec « l'adhérent », lisible par la personne)",
                    classes="titre",
                )
                yield TextArea(
                    self.direct.brouillon_compte_rendu(), id="compte-rendu", soft_wrap=True
                )
                yield Static(Content(""), id="constats-cr")
                with Horizontal(id="boutons"):
                    yield Button("Retour à l'entretien", id="retour")
                    yield Button("Enregistrer et clore", id="enregistrer", variant="primary")
            with VerticalScroll(id="droite"):
                yield Static("À saisir dans Visual Course", classes="titre")
                for i, (champ, valeur) in enumerate(self.fiche.items()):
                    yield Static(Content(champ), classes="champ")
                    yield Static(Content(valeur or "(vide)"), classes="valeur")
                    yield Button("Copier", id=f"copier-{i}", classes="copier")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Clôture de l'entretien"
        self.sub_title = self.direct.conducteur.titre
        self._verifier()

    @on(TextArea.Changed, "#compte-rendu")
    def _verifier(self) -> None:
        texte = self.query_one("#compte-rendu", TextArea).text
        constats = self.verificateur.verifier(texte)
        self.query_one("#constats-cr", Static).update(
            Content(self.verificateur.resumer(constats) if constats else "")
        )

    @on(Button.Pressed, ".copier")
    def _copier(self, event: Button.Pressed) -> None:
        index = int((event.button.id or "copier-0").removeprefix("copier-"))
        champ, valeur = list(self.fiche.items())[index]
        self.app.copy_to_clipboard(valeur)
        self.notify(f"« {champ} » copié dans le presse-papiers.", markup=False)

    @on(Button.Pressed, "#retour")
    def action_retour(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#enregistrer")
    def action_enregistrer(self) -> None:
        texte = self.query_one("#compte-rendu", TextArea).text.strip()
        if not texte:
            self.notify("Le compte rendu est vide.", severity="error")
            return
        constats = self.verificateur.verifier(texte)
        if constats:
            self.app.push_screen(
                DemanderTexte(
                    f"Le compte rendu contient {len(constats)} passage(s) à revoir (RGPD) :\n"
                    f"{self.verificateur.resumer(constats)}\n\n"
                    "Pour l'enregistrer tel quel, indiquez pourquoi (la raison est gardée "
                    "avec la séance) ; sinon, Échap pour corriger."
                ),
                lambda raison: self._clore(texte, raison) if raison else None,
            )
            return
        self._clore(texte, None)

    def _clore(self, texte: str, raison: str | None) -> None:
        try:
            self.direct.cloturer(texte, raison)
        except Refus as refus:
            self.notify(refus.raison, severity="error", markup=False)
            return
        except Exception as exc:  # noqa: BLE001 - disque plein, dossier retiré…
            self.notify(
                f"L'enregistrement a échoué : {decrire_erreur(exc)}",
                severity="error",
                markup=False,
            )
            return
        self.app.notify("Entretien clôturé : compte rendu et fiche enregistrés.")
        self.dismiss(True)
