"""Démarrer un entretien : trouver ou créer l'adhérent, choisir le conducteur."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from assistant.aides.dates import formater_date
from assistant.aides.parcours import conducteur_suggere, presenter_cadre
from assistant.aides.systeme import decrire_erreur
from assistant.ecrans.dialogues import Confirmer
from assistant.widgets.pied import Pied
from conducteurs.chargeur import Catalogue
from stockage.erreurs import ErreurStockage
from stockage.modeles import LIBELLES_STATUT_SEANCE
from stockage.texte import probleme_nom, rendre_visible

if TYPE_CHECKING:
    from stockage import Depot, ResumeAdherent

CREER = "__creer__"


@dataclass
class Choix:
    """Ce que le conseiller a choisi pour démarrer."""

    adherent_id: str
    conducteur_id: str


class NouvelEntretien(Screen[Choix | None]):
    """Recherche de l'adhérent (au fil de la frappe), parcours, conducteur conseillé."""

    CSS_PATH = "nouvel_entretien.tcss"
    BINDINGS = [
        Binding("escape", "retour", "Retour"),
        Binding("ctrl+s", "commencer", "Commencer l'entretien"),
    ]

    def __init__(
        self,
        depot: Depot,
        catalogue: Catalogue,
        nom: str | None = None,
        conducteur_id: str | None = None,
    ) -> None:
        super().__init__()
        self.depot = depot
        self.catalogue = catalogue
        self.nom_initial = nom or ""
        self.conducteur_initial = conducteur_id
        self.adherent_id: str | None = None
        self.conducteur_id: str | None = None
        self._resultats: list[ResumeAdherent] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="gauche"):
                yield Static("1. L'adhérent", classes="titre")
                yield Input(
                    self.nom_initial,
                    id="recherche",
                    placeholder="Nom de l'adhérent (recherche au fil de la frappe)",
                )
                yield OptionList(id="adherents")
                yield Static("2. L'entretien", classes="titre")
                yield OptionList(id="conducteurs")
            with VerticalScroll(id="droite"):
                yield Static(Content(""), id="parcours")
                yield Static(Content(""), id="cadre")
                yield Button(
                    "Commencer l'entretien", id="commencer", variant="primary", disabled=True
                )
        yield Pied()

    def on_mount(self) -> None:
        self._filtrer(self.nom_initial)
        self._remplir_conducteurs(None)
        self.query_one("#recherche", Input).focus()
        if self.nom_initial.strip():
            # `entretien nouveau --adherent NOM` : le dossier de ce nom (aux accents, à la
            # casse et à l'ordre des mots près), créé s'il n'existe pas.
            exact = self.depot.adherents_homonymes(self.nom_initial)
            if len(exact) == 1:
                self._selection_adherent(exact[0].id)
            elif not exact:
                self._selection_adherent(CREER)
            initial = self.conducteur_initial
            if self.adherent_id and initial is not None and initial in self.catalogue:
                self._montrer_cadre(initial)
                self.query_one("#commencer", Button).focus()

    # ---------------------------------------------------------- adhérents
    @on(Input.Changed, "#recherche")
    def _frappe(self, event: Input.Changed) -> None:
        self._filtrer(event.value)

    def _filtrer(self, texte: str) -> None:
        texte = texte.strip()
        self._resultats = (
            self.depot.chercher_adherents(texte) if texte else self.depot.adherents()
        )[:200]
        liste = self.query_one("#adherents", OptionList)
        liste.clear_options()
        options: list[Option] = []
        noms = {r.nom.casefold() for r in self._resultats}
        for r in self._resultats:
            derniere = ""
            if r.dernier_contact:
                derniere = f" — dernier contact le {formater_date(r.dernier_contact.date())}"
            nom = rendre_visible(r.nom, une_ligne=True)
            options.append(Option(Content(f"{nom}{derniere}"), id=r.id))
        if texte and texte.casefold() not in noms:
            # Les dossiers existants d'abord : Entrée choisit le plus probable.
            visible = rendre_visible(texte, une_ligne=True)
            options.append(Option(Content(f"+ Créer le dossier « {visible} »"), id=CREER))
        if not options:
            options.append(Option(Content("Tapez le nom de l'adhérent."), disabled=True))
        liste.add_options(options)
        liste.highlighted = 0 if not options[0].disabled else None

    @on(Input.Submitted, "#recherche")
    def _valider_recherche(self) -> None:
        liste = self.query_one("#adherents", OptionList)
        if liste.highlighted is not None:
            option = liste.get_option_at_index(liste.highlighted)
            if not option.disabled:
                self._selection_adherent(option.id)

    @on(OptionList.OptionSelected, "#adherents")
    def _adherent_selectionne(self, event: OptionList.OptionSelected) -> None:
        self._selection_adherent(event.option.id)

    def _selection_adherent(self, ident: str | None, doublon_voulu: bool = False) -> None:
        try:
            self._selectionner(ident, doublon_voulu)
        except (OSError, ErreurStockage) as exc:
            # Dossier endommagé ou disque plein : on le dit, les autres dossiers restent
            # utilisables et rien n'est modifié.
            self.notify(
                f"Ce dossier ne peut pas être ouvert : {decrire_erreur(exc)}",
                severity="error",
                markup=False,
                timeout=12,
            )

    def _selectionner(self, ident: str | None, doublon_voulu: bool = False) -> None:
        if ident == CREER:
            nom = self.query_one("#recherche", Input).value.strip()
            probleme = probleme_nom(nom)
            if probleme is not None:
                # Affiché, un tel nom effacerait l'écran ou se lirait à l'envers.
                self.notify(probleme, severity="error", markup=False, timeout=12)
                self.query_one("#recherche", Input).focus()
                return
            homonymes = self.depot.adherents_homonymes(nom)
            if homonymes and not doublon_voulu:
                self._proposer_existant(nom, homonymes)
                return
            adherent = self.depot.creer_adherent(nom)
            self.notify(f"Dossier créé : {nom}", markup=False)
            self._filtrer(nom)
            self._choisir_adherent(adherent.id)
        elif ident:
            self._choisir_adherent(ident)

    def _proposer_existant(self, nom: str, homonymes: list[ResumeAdherent]) -> None:
        """Un dossier porte déjà ce nom (aux accents, à la casse et à l'ordre des mots
        près) : le choix sûr est de l'ouvrir, pas d'en créer un second."""
        if len(homonymes) == 1:
            existant = homonymes[0]
            question = (
                f"Il existe déjà un dossier « {rendre_visible(existant.nom, une_ligne=True)} » : "
                "ouvrir ce dossier ?"
            )
            non = "Ouvrir ce dossier"
        else:
            existant = None
            noms = ", ".join(f"« {rendre_visible(r.nom, une_ligne=True)} »" for r in homonymes)
            question = (
                f"Il existe déjà {len(homonymes)} dossiers à ce nom ({noms}) : ouvrir l'un d'eux ?"
            )
            non = "Choisir dans la liste"

        def apres(creer: bool | None) -> None:
            if creer:
                self._selection_adherent(CREER, doublon_voulu=True)
            elif existant is not None:
                self._selection_adherent(existant.id)
            else:
                liste = self.query_one("#adherents", OptionList)
                liste.highlighted = 0
                liste.focus()

        self.app.push_screen(
            Confirmer(
                question + f"\nCréer un autre dossier au nom de « {nom} » ferait un doublon.",
                oui="Créer un autre dossier",
                non=non,
            ),
            apres,
        )

    def _choisir_adherent(self, ident: str) -> None:
        """Montre le parcours de l'adhérent et propose le conducteur qui suit."""
        self.adherent_id = ident
        adherent = self.depot.adherent(ident)
        seances = [s for s in self.depot.seances(ident) if not s.repetition]
        lignes = [f"Adhérent : {adherent.nom}", ""]
        if adherent.consentement is not None:
            accord = "donné" if adherent.consentement.accord else "refusé"
            lignes.append(f"Consentement {accord} le {formater_date(adherent.consentement.date)}")
        if seances:
            lignes.append("Parcours :")
            for s in seances[-8:]:
                lignes.append(
                    f"  • {formater_date(s.debut.date())} — {s.conducteur_titre} "
                    f"({LIBELLES_STATUT_SEANCE.get(s.statut, s.statut)})"
                )
            closes = [s for s in seances if s.statut == "cloture"]
            derniere = closes[-1] if closes else None
            if derniere is not None and derniere.compte_rendu:
                extrait = [ligne for ligne in derniere.compte_rendu.splitlines() if ligne.strip()]
                lignes += ["", f"Dernière séance ({derniere.conducteur_titre}) :"]
                lignes += [f"  {ligne}" for ligne in extrait[1:9]]
                if len(extrait) > 9:
                    lignes.append("  … (la suite dans l'historique)")
            taches = self.depot.taches_ouvertes(ident)
            if taches:
                lignes += ["", "Travail demandé la dernière fois :"]
                lignes += [f"  • {t.quoi}" for t in taches]
        else:
            lignes.append("Aucune séance : premier entretien.")
        self.query_one("#parcours", Static).update(Content("\n".join(lignes)))
        self._remplir_conducteurs([s.conducteur_id for s in seances if s.statut == "cloture"])
        self.query_one("#conducteurs", OptionList).focus()

    # -------------------------------------------------------- conducteurs
    def _remplir_conducteurs(self, faits: list[str] | None) -> None:
        suggere = (
            self.conducteur_initial
            if self.conducteur_initial in self.catalogue
            else conducteur_suggere(self.catalogue, faits or [])
            if faits is not None
            else None
        )
        liste = self.query_one("#conducteurs", OptionList)
        liste.clear_options()
        entrees = self.catalogue.tries()
        for entree in entrees:
            c = entree.conducteur
            marque = "★ conseillé — " if c.identifiant == suggere else ""
            liste.add_option(
                Option(Content(f"{marque}{c.titre} ({c.duree_minutes} min)"), id=c.identifiant)
            )
        identifiants = [e.conducteur.identifiant for e in entrees]
        if suggere in identifiants:
            liste.highlighted = identifiants.index(suggere)
            self._montrer_cadre(suggere)

    @on(OptionList.OptionHighlighted, "#conducteurs")
    def _survol(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self._montrer_cadre(event.option.id)

    @on(OptionList.OptionSelected, "#conducteurs")
    def _conducteur_choisi(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._montrer_cadre(event.option.id)
            if self.adherent_id:
                self.query_one("#commencer", Button).focus()
            else:
                self.notify("Choisissez d'abord l'adhérent.", severity="warning")
                self.query_one("#recherche", Input).focus()

    def _montrer_cadre(self, ident: str) -> None:
        self.conducteur_id = ident
        conducteur = self.catalogue.get(ident)
        self.query_one("#cadre", Static).update(Content(presenter_cadre(conducteur)))
        self.query_one("#commencer", Button).disabled = self.adherent_id is None

    # ------------------------------------------------------------ actions
    @on(Button.Pressed, "#commencer")
    def action_commencer(self) -> None:
        if self.adherent_id is None:
            self.notify("Choisissez ou créez d'abord le dossier de l'adhérent.", severity="warning")
            return
        if self.conducteur_id is None:
            self.notify("Choisissez le type d'entretien.", severity="warning")
            return
        self.dismiss(Choix(self.adherent_id, self.conducteur_id))

    def action_retour(self) -> None:
        self.dismiss(None)
