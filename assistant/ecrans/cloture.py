"""Clôturer : relire le compte rendu et préparer la saisie dans Visual Course.

Chaque note libre de la séance est listée avec sa case, décochée au départ, et
le résultat de la vérification RGPD à côté : seules les notes cochées entrent
dans le compte rendu lisible par l'adhérent ; les autres restent des notes de
travail, gardées avec la séance. Les caractères de contrôle collés se voient
(␛, ␀…) dans le compte rendu, la fiche et les notes.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Header, Static, TextArea

from assistant.aides.systeme import decrire_erreur
from assistant.direct import SeanceEnDirect
from assistant.ecrans.dialogues import DemanderTexte
from assistant.verification import Verificateur
from assistant.widgets.pied import Pied
from etats import Refus
from stockage.texte import rendre_visible


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
        self.notes = direct.notes()

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
                    rendre_visible(self.direct.brouillon_compte_rendu()),
                    id="compte-rendu",
                    soft_wrap=True,
                )
                yield Static(Content(""), id="constats-cr")
                if self.notes:
                    yield Static(
                        "Notes : cochez celles à joindre au compte rendu ; les autres "
                        "restent vos notes de travail.",
                        id="titre-notes",
                    )
                    with VerticalScroll(id="notes"):
                        for i, note in enumerate(self.notes):
                            yield from self._note(i, note)
                with Horizontal(id="boutons"):
                    yield Button("Retour à l'entretien", id="retour")
                    yield Button("Enregistrer et clore", id="enregistrer", variant="primary")
            with VerticalScroll(id="droite"):
                yield Static("À saisir dans Visual Course", classes="titre")
                for i, (champ, valeur) in enumerate(self.fiche.items()):
                    yield Static(Content(champ), classes="champ")
                    yield Static(Content(rendre_visible(valeur) or "(vide)"), classes="valeur")
                    yield Button("Copier", id=f"copier-{i}", classes="copier")
        yield Pied()

    def _note(self, rang: int, note: str) -> ComposeResult:
        constats = self.verificateur.verifier(note)
        resultat = (
            "RGPD : " + self.verificateur.resumer(constats)
            if constats
            else "RGPD : rien à signaler"
        )
        with Horizontal(classes="note"):
            yield Checkbox("Joindre", False, id=f"note-{rang}", compact=True)
            with Vertical(classes="texte-note"):
                yield Static(Content(rendre_visible(note)), classes="note-texte")
                yield Static(
                    Content(resultat),
                    classes="note-rgpd alerte" if constats else "note-rgpd",
                )

    def notes_retenues(self) -> list[int]:
        """Les rangs des notes cochées pour le compte rendu."""
        return [
            int((case.id or "note-0").removeprefix("note-"))
            for case in self.query(Checkbox)
            if case.value and (case.id or "").startswith("note-")
        ]

    def texte_final(self) -> str:
        """Le compte rendu tel qu'il sera enregistré (texte relu, puis notes cochées)."""
        texte = self.query_one("#compte-rendu", TextArea).text.strip()
        return self.direct.compte_rendu_final(texte, self.notes_retenues()) if texte else ""

    def on_mount(self) -> None:
        self.title = "Clôture de l'entretien"
        self.sub_title = self.direct.conducteur.titre
        self._verifier()

    @on(TextArea.Changed, "#compte-rendu")
    @on(Checkbox.Changed)
    def _verifier(self) -> None:
        constats = self.verificateur.verifier(self.texte_final())
        self.query_one("#constats-cr", Static).update(
            Content(self.verificateur.resumer(constats) if constats else "")
        )

    @on(Button.Pressed, ".copier")
    def _copier(self, event: Button.Pressed) -> None:
        index = int((event.button.id or "copier-0").removeprefix("copier-"))
        champ, valeur = list(self.fiche.items())[index]
        self.app.copy_to_clipboard(rendre_visible(valeur))
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
        retenues = self.notes_retenues()
        constats = self.verificateur.verifier(self.direct.compte_rendu_final(texte, retenues))
        if constats:
            self.app.push_screen(
                DemanderTexte(
                    f"Le compte rendu contient {len(constats)} passage(s) à revoir (RGPD) :\n"
                    f"{self.verificateur.resumer(constats)}\n\n"
                    "Pour l'enregistrer tel quel, indiquez pourquoi (la raison est gardée "
                    "avec la séance) ; sinon, Échap ou « Corriger ».",
                    valider="Enregistrer quand même",
                    annuler="Corriger",
                ),
                lambda raison: self._clore(texte, raison, retenues) if raison else None,
            )
            return
        self._clore(texte, None, retenues)

    def _clore(self, texte: str, raison: str | None, retenues: list[int]) -> None:
        try:
            self.direct.cloturer(texte, raison, retenues)
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
