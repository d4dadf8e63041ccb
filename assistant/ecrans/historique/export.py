"""Le dialogue d'export : choisir le format et le fichier d'une séance ou d'un dossier."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, RadioButton, RadioSet, Static

from assistant.aides.systeme import decrire_erreur
from assistant.export.fichiers import LIBELLES_FORMAT, Format, verifier_destination


class DialogueExport(ModalScreen[Path | None]):
    """Choisir le format et le fichier d'un export ; rend le chemin écrit, ou None."""

    BINDINGS = [Binding("escape", "annuler", "Annuler")]
    DEFAULT_CSS = """
    DialogueExport { align: center middle; }
    DialogueExport > Vertical {
        width: 90; height: auto; border: thick $primary; background: $surface; padding: 1 2;
    }
    DialogueExport #titre-export { text-style: bold; margin-bottom: 1; }
    DialogueExport RadioSet { width: 100%; margin-bottom: 1; }
    DialogueExport #message-export { color: $error; height: auto; margin-top: 1; }
    DialogueExport Horizontal { height: auto; margin-top: 1; }
    DialogueExport Button { margin-right: 2; }
    """

    def __init__(
        self,
        titre: str,
        nom_par_defaut: Callable[[Format], str],
        ecrire: Callable[[Path, Format], Path],
        dossier: Path | None = None,
    ) -> None:
        super().__init__()
        self.titre = titre
        self.nom_par_defaut = nom_par_defaut
        self.ecrire = ecrire
        self.dossier = dossier or Path.cwd()
        self.format: Format = "md"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.titre), id="titre-export")
            with RadioSet(id="format"):
                yield RadioButton(f"{LIBELLES_FORMAT['md']} (.md)", value=True, id="md")
                yield RadioButton(f"{LIBELLES_FORMAT['docx']} (.docx)", id="docx")
            # Sans sélection au focus : la première touche complète le chemin proposé
            # au lieu de l'effacer.
            yield Input(
                str(self.dossier / self.nom_par_defaut("md")),
                id="chemin",
                placeholder="Fichier à écrire",
                select_on_focus=False,
            )
            yield Checkbox("Remplacer le fichier s'il existe déjà", id="ecraser")
            yield Static(Content(""), id="message-export")
            with Horizontal():
                yield Button("Exporter", id="exporter", variant="primary")
                yield Button("Annuler", id="annuler")

    def on_mount(self) -> None:
        self.query_one("#chemin", Input).focus()

    @on(RadioSet.Changed, "#format")
    def _format_change(self, event: RadioSet.Changed) -> None:
        nouveau: Format = "docx" if event.pressed.id == "docx" else "md"
        champ = self.query_one("#chemin", Input)
        chemin = Path(champ.value.strip() or self.nom_par_defaut(nouveau))
        if chemin.suffix.lower() in (".md", ".markdown", ".docx", ""):
            champ.value = str(chemin.with_suffix(f".{nouveau}"))
        self.format = nouveau

    @on(Input.Submitted, "#chemin")
    @on(Button.Pressed, "#exporter")
    def action_exporter(self) -> None:
        """Écrit le fichier ; un problème s'affiche dans le dialogue, en français."""
        texte = self.query_one("#chemin", Input).value.strip()
        message = self.query_one("#message-export", Static)
        if not texte:
            message.update(Content("Indiquez le fichier à écrire."))
            return
        chemin = Path(texte).expanduser()
        if not chemin.is_absolute():
            chemin = self.dossier / chemin
        probleme = verifier_destination(chemin, self.query_one("#ecraser", Checkbox).value)
        if probleme is not None:
            message.update(Content(probleme[0].upper() + probleme[1:]))
            return
        try:
            ecrit = self.ecrire(chemin, self.format)
        except OSError as exc:
            raison = decrire_erreur(exc)
            message.update(Content(f"Le fichier n'a pas pu être écrit : {raison}."))
            return
        except Exception as exc:  # noqa: BLE001 - dossier endommagé : on le dit
            message.update(Content(f"L'export a échoué : {decrire_erreur(exc)}"))
            return
        self.dismiss(ecrit)

    @on(Button.Pressed, "#annuler")
    def action_annuler(self) -> None:
        self.dismiss(None)
