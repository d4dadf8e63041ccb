"""Le mode répétition : choisir un conducteur et une persona, puis lire son retour."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.repetition import Retour, progression
from assistant.widgets.pied import Pied
from conducteurs.chargeur import Catalogue
from conducteurs.persona import LIBELLES_ATTITUDE, CataloguePersonas, Persona


def decrire_persona(persona: Persona) -> str:
    """La fiche d'une persona, pour choisir avec qui s'entraîner."""
    lignes = [
        f"{persona.nom} — attitude : {LIBELLES_ATTITUDE[persona.attitude]}",
        "",
        persona.situation,
    ]
    if persona.evenements:
        lignes += ["", "Épreuves possibles :"]
        lignes += [f"  • {e.libelle}" for e in persona.evenements]
    return "\n".join(lignes)


class ChoixRepetition(Screen[tuple[str, str] | None]):
    """Choisir le conducteur à répéter et l'adhérent simulé ; rend (conducteur, persona)."""

    BINDINGS = [
        Binding("escape", "retour", "Retour"),
        Binding("ctrl+s", "commencer", "Commencer la répétition"),
    ]
    DEFAULT_CSS = """
    ChoixRepetition #bandeau { background: $warning; color: $text; text-style: bold;
                               width: 100%; content-align: center middle; }
    ChoixRepetition .titre { text-style: bold; margin-top: 1; }
    ChoixRepetition #gauche { width: 1fr; padding: 0 1; }
    ChoixRepetition #droite { width: 1fr; padding: 0 1; border-left: solid $panel-lighten-2; }
    ChoixRepetition OptionList { height: 1fr; min-height: 5; }
    ChoixRepetition #fiche, ChoixRepetition #progression { height: auto; margin-bottom: 1; }
    """

    def __init__(
        self,
        catalogue: Catalogue,
        personas: CataloguePersonas,
        retours: list[Retour],
        conducteur: str | None = None,
        persona: str | None = None,
    ) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.personas = personas
        self.retours = retours
        self.conducteur_id = conducteur if conducteur in catalogue else None
        self.persona_id = persona if persona in personas else None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("RÉPÉTITION — entraînement face à un adhérent simulé", id="bandeau")
        with Horizontal():
            with Vertical(id="gauche"):
                yield Static("1. L'entretien à répéter", classes="titre")
                yield OptionList(
                    *[
                        Option(Content(e.conducteur.titre), id=e.conducteur.identifiant)
                        for e in self.catalogue.tries()
                    ],
                    id="conducteurs",
                )
                yield Static("2. L'adhérent simulé", classes="titre")
                yield OptionList(id="personas")
            with VerticalScroll(id="droite"):
                yield Static(Content(""), id="fiche")
                yield Button("Commencer la répétition", id="commencer", variant="primary")
                yield Static(Content(self._progression()), id="progression")
        yield Pied()

    def _progression(self) -> str:
        if not self.retours:
            return "Vos scores apparaîtront ici après votre première répétition."
        return "Votre progression :\n" + progression(self.retours)

    def on_mount(self) -> None:
        self.title = "Répétition"
        conducteurs = self.query_one("#conducteurs", OptionList)
        identifiants = [e.conducteur.identifiant for e in self.catalogue.tries()]
        conducteurs.highlighted = (
            identifiants.index(self.conducteur_id) if self.conducteur_id else 0
        )
        conducteurs.focus()
        if self.conducteur_id and self.persona_id:
            self.query_one("#commencer", Button).focus()

    @on(OptionList.OptionHighlighted, "#conducteurs")
    def _conducteur(self, event: OptionList.OptionHighlighted) -> None:
        self.conducteur_id = event.option.id
        personas = self.personas.pour_conducteur(self.conducteur_id or "")
        liste = self.query_one("#personas", OptionList)
        liste.clear_options()
        liste.add_options(
            [
                Option(Content(f"{p.nom} ({LIBELLES_ATTITUDE[p.attitude]})"), id=p.identifiant)
                for p in personas
            ]
        )
        ids = [p.identifiant for p in personas]
        if ids:
            liste.highlighted = ids.index(self.persona_id) if self.persona_id in ids else 0

    @on(OptionList.OptionSelected, "#conducteurs")
    def _conducteur_choisi(self) -> None:
        self.query_one("#personas", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#personas")
    def _persona(self, event: OptionList.OptionHighlighted) -> None:
        self.persona_id = event.option.id
        if self.persona_id:
            fiche = decrire_persona(self.personas.get(self.persona_id))
            self.query_one("#fiche", Static).update(Content(fiche))

    @on(OptionList.OptionSelected, "#personas")
    def _persona_choisie(self) -> None:
        self.query_one("#commencer", Button).focus()

    @on(Button.Pressed, "#commencer")
    def action_commencer(self) -> None:
        if not self.conducteur_id or not self.persona_id:
            self.notify("Choisissez l'entretien et l'adhérent simulé.", severity="warning")
            return
        self.dismiss((self.conducteur_id, self.persona_id))

    def action_retour(self) -> None:
        self.dismiss(None)


class RetourRepetition(Screen[None]):
    """Le retour sur la répétition : score, chaque point perdu, progression."""

    BINDINGS = [Binding("escape,enter", "retour", "Retour à l'accueil")]
    DEFAULT_CSS = """
    RetourRepetition VerticalScroll { padding: 1 2; }
    RetourRepetition #retour { height: auto; }
    RetourRepetition #progression { height: auto; margin-top: 1; }
    """

    def __init__(self, retour: Retour, retours: list[Retour]) -> None:
        super().__init__()
        self.retour = retour
        self.retours = retours

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Static(Content(self.retour.texte()), id="retour")
            yield Static(
                Content("Votre progression :\n" + progression(self.retours)), id="progression"
            )
        yield Pied()

    def on_mount(self) -> None:
        self.title = "Retour de répétition"
        self.sub_title = f"Score : {self.retour.score}/100"

    def action_retour(self) -> None:
        self.dismiss(None)
