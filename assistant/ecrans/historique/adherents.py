"""L'écran Historique : les adhérents (recherche, filtres), le parcours de l'adhérent choisi.

Tout texte saisi (noms, réponses, notes) est affiché avec `Content(texte)`,
jamais interprété comme du balisage.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Select, Static

from assistant.aides.dates import DateIncomprise
from assistant.aides.systeme import decrire_erreur
from assistant.ecrans.historique.communs import cellule, duree_ou_tiret, exporte, jour_court
from assistant.ecrans.historique.export import DialogueExport
from assistant.ecrans.historique.fiche import ouvrir_seance
from assistant.ecrans.historique.recherche import RechercheSeances
from assistant.export.fichiers import Format, exporter_dossier, nom_fichier, seances_lisibles
from assistant.export.lecture import (
    LIBELLES_PHASE,
    date_courte,
    date_heure,
    duree_minutes,
    heure,
    suivi_taches,
    titre_seance,
)
from assistant.export.selection import (
    STATUTS,
    Filtres,
    SeanceIndexee,
    adherents_retenus,
    lire_periode,
    traces,
    types_entretien,
)
from assistant.widgets.pied import Pied
from stockage.modeles import LIBELLES_STATUT_SEANCE, est_identifiant

if TYPE_CHECKING:
    from conducteurs.chargeur import Catalogue
    from stockage import Depot, ResumeAdherent, Seance


COLONNES = (
    ("Date", 16),
    ("Type d'entretien", 20),
    ("Phase", 14),
    ("Durée", 6),
    ("Statut", 9),
    ("Tâches", 6),
)
"""Les colonnes de la frise des séances et leur largeur."""
AIDE_DATES = (
    "Une date à la française : 14/01/2026, 14 janvier 2026, janvier 2026, 2026, "
    "aujourd'hui, hier. Laissez vide pour ne pas limiter la période."
)


class Historique(Screen[None]):
    """Les adhérents, leurs parcours et leurs séances ; d'ici on relit, cherche, exporte."""

    CSS_PATH = "historique.tcss"
    BINDINGS = [
        Binding("escape", "retour", "Retour"),
        Binding("ctrl+f,f2", "rechercher", "Chercher dans les séances"),
        Binding("f3", "exporter", "Exporter le dossier"),
        Binding("f4", "effacer_filtres", "Effacer les filtres"),
        Binding("down", "deplacer(1)", show=False),
        Binding("up", "deplacer(-1)", show=False),
    ]

    def __init__(
        self, depot: Depot, catalogue: Catalogue | None = None, adherent: str | None = None
    ) -> None:
        super().__init__()
        self.depot = depot
        self.catalogue = catalogue
        self.adherent_initial = adherent
        self.adherent_id: str | None = None
        """L'adhérent dont le parcours est affiché."""
        self.filtres = Filtres()
        """Les filtres en vigueur (type d'entretien, période, statut)."""
        self.seances: list[Seance] = []
        """Les séances affichées dans la frise (après filtres), de la plus ancienne."""
        self.adherents: list[ResumeAdherent] = []
        """Les adhérents affichés dans la liste."""
        self._resumes: list[ResumeAdherent] = []
        self._traces: list[SeanceIndexee] = []
        self._a_rafraichir = False

    # ------------------------------------------------------------ composition
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="corps"):
            with Vertical(id="gauche"):
                yield Input(id="recherche", placeholder="Nom (au fil de la frappe)")
                yield Select[str]([], id="filtre-type", prompt="Tous les types d'entretien")
                yield Select[str](
                    [(Content(LIBELLES_STATUT_SEANCE[s]), s) for s in STATUTS],
                    id="filtre-statut",
                    prompt="Tous les statuts",
                )
                with Horizontal(id="periode"):
                    yield Input(id="du", placeholder="Du jj/mm/aaaa", tooltip=AIDE_DATES)
                    yield Input(id="au", placeholder="Au jj/mm/aaaa", tooltip=AIDE_DATES)
                yield Static(Content(""), id="message-filtres")
                yield DataTable(id="adherents", cursor_type="row", zebra_stripes=True)
            with Vertical(id="droite"):
                yield Static(Content(""), id="fiche-adherent")
                yield DataTable(id="seances", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="detail"):
                    yield Static(Content(""), id="taches")
        yield Pied()

    def on_mount(self) -> None:
        self.title = "Historique"
        table = self.query_one("#seances", DataTable)
        for titre, largeur in COLONNES:
            table.add_column(titre, width=largeur)
        adherents = self.query_one("#adherents", DataTable)
        adherents.add_column("Adhérent", width=19)
        adherents.add_column("Dernière", width=10)
        self._charger()
        self._remplir_types()
        self.aller_a_la_demande()

    def montrer(self, adherent: str | None) -> None:
        """À la prochaine ouverture, montrer cet adhérent (identifiant ou nom)."""
        self.adherent_initial = adherent

    def aller_a_la_demande(self) -> None:
        """Choisit l'adhérent demandé ; un nom inexact préremplit la recherche."""
        demande, self.adherent_initial = self.adherent_initial, None
        adherent = self._adherent_demande(demande)
        recherche = self.query_one("#recherche", Input)
        if adherent is None and demande:
            recherche.value = demande
            self._filtrer()
        else:
            self._filtrer(choisir=adherent or self.adherent_id)
        if adherent is not None:
            self.query_one("#seances", DataTable).focus()
        else:
            recherche.focus()

    def on_screen_suspend(self) -> None:
        self._a_rafraichir = True

    def on_screen_resume(self) -> None:
        """De retour sur l'écran : statuts et tâches ont pu changer entre-temps."""
        if not self._a_rafraichir:
            return
        self._a_rafraichir = False
        self._charger()
        if self.adherent_initial:
            self.aller_a_la_demande()
        else:
            self._filtrer(choisir=self.adherent_id)

    def _charger(self) -> None:
        self._resumes = self.depot.adherents()
        self._traces = traces(self.depot)

    def _remplir_types(self) -> None:
        connus: list[tuple[str, str]] = []
        if self.catalogue is not None:
            connus = [
                (e.conducteur.identifiant, e.conducteur.titre) for e in self.catalogue.tries()
            ]
        types = types_entretien(self._traces, connus)
        self.query_one("#filtre-type", Select).set_options(
            [(Content(titre), ident) for ident, titre in types]
        )

    def _adherent_demande(self, demande: str | None) -> str | None:
        """L'adhérent désigné (identifiant, ou nom aux accents, à la casse et à l'ordre
        des mots près), s'il existe."""
        demande = (demande or "").strip()
        if not demande:
            return None
        if est_identifiant(demande):
            ident = demande.lower()
            if any(r.id == ident for r in self._resumes):
                return ident
        nommes = self.depot.adherents_homonymes(demande)
        if len(nommes) == 1:
            return nommes[0].id
        self.notify(
            f"Aucun adhérent « {demande} » trouvé exactement : voici les noms proches."
            if not nommes
            else f"Plusieurs adhérents s'appellent « {demande} » : choisissez.",
            severity="warning",
            markup=False,
        )
        return None

    # -------------------------------------------------------------- filtres
    @on(Input.Changed, "#recherche")
    def _frappe(self) -> None:
        self._filtrer(choisir=self.adherent_id)

    @on(Select.Changed)
    def _filtre_change(self) -> None:
        self._appliquer_filtres()

    @on(Input.Changed, "#du")
    @on(Input.Changed, "#au")
    def _periode_change(self) -> None:
        self._appliquer_filtres()

    def _appliquer_filtres(self) -> None:
        message = self.query_one("#message-filtres", Static)
        try:
            du, au = lire_periode(
                self.query_one("#du", Input).value, self.query_one("#au", Input).value
            )
        except DateIncomprise as exc:
            texte = str(exc)
            message.update(Content(texte[0].upper() + texte[1:] + "."))
            message.add_class("erreur")
            return
        message.remove_class("erreur")
        type_ = self.query_one("#filtre-type", Select).value
        statut = self.query_one("#filtre-statut", Select).value
        filtres = Filtres(
            conducteur=type_ if isinstance(type_, str) else None,
            du=du,
            au=au,
            statut=statut if isinstance(statut, str) else None,
        )
        if filtres != self.filtres:
            self.filtres = filtres
            self._filtrer(choisir=self.adherent_id)
        else:
            self._bilan()

    def action_effacer_filtres(self) -> None:
        """Efface tous les filtres, le nom tapé compris."""
        self.query_one("#recherche", Input).value = ""
        self.query_one("#filtre-type", Select).clear()
        self.query_one("#filtre-statut", Select).clear()
        self.query_one("#du", Input).value = ""
        self.query_one("#au", Input).value = ""
        self._appliquer_filtres()

    def _filtrer(self, choisir: str | None = None) -> None:
        """Remplit la liste des adhérents selon le nom tapé et les filtres."""
        texte = self.query_one("#recherche", Input).value.strip()
        base = self.depot.chercher_adherents(texte) if texte else self._resumes
        self.adherents = adherents_retenus(base, self._traces, self.filtres)
        table = self.query_one("#adherents", DataTable)
        table.clear()
        for resume in self.adherents:
            table.add_row(*self._ligne(resume), key=resume.id)
        ids = [r.id for r in self.adherents]
        cible = choisir if choisir in ids else (ids[0] if ids else None)
        if cible is not None:
            table.move_cursor(row=ids.index(cible), animate=False)
        self._montrer_adherent(cible)
        self._bilan()

    def _bilan(self) -> None:
        message = self.query_one("#message-filtres", Static)
        if message.has_class("erreur"):
            return
        texte = self.query_one("#recherche", Input).value.strip()
        n = len(self.adherents)
        if n == 0:
            bilan = (
                "Aucun adhérent ne correspond."
                if texte or self.filtres.actifs
                else "Aucun adhérent pour l'instant."
            )
        else:
            bilan = f"{n} adhérent(s)."
        if self.filtres.actifs:
            bilan += " Filtres : au moins une séance retenue (F4 : les effacer)."
        message.update(Content(bilan))

    @staticmethod
    def _ligne(resume: ResumeAdherent) -> tuple[Text, Text]:
        nom = resume.nom + (" ⚠" if resume.endommage else "")
        derniere = resume.derniere_seance
        quand = date_courte(derniere.date) if derniere is not None else "—"
        return cellule(nom), cellule(quand)

    # ------------------------------------------------------------- parcours
    @on(DataTable.RowHighlighted, "#adherents")
    def _survol(self, event: DataTable.RowHighlighted) -> None:
        ident = event.row_key.value
        if ident and ident != self.adherent_id:
            self._montrer_adherent(ident)

    @on(DataTable.RowSelected, "#adherents")
    def _adherent_choisi(self, event: DataTable.RowSelected) -> None:
        ident = event.row_key.value
        if ident:
            if ident != self.adherent_id:
                self._montrer_adherent(ident)
            self.query_one("#seances", DataTable).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "deplacer":
            return self.focused is not None and self.focused.id == "recherche"
        return True

    def action_deplacer(self, pas: int) -> None:
        """Flèches dans le champ du nom : parcourir la liste des adhérents."""
        table = self.query_one("#adherents", DataTable)
        if table.row_count:
            ligne = min(max(table.cursor_row + pas, 0), table.row_count - 1)
            table.move_cursor(row=ligne, animate=False)

    @on(Input.Submitted, "#recherche")
    def _valider(self, event: Input.Submitted) -> None:
        """Entrée : vers les séances de l'adhérent trouvé ; si aucun nom ne correspond,
        cherche le texte tapé dans toutes les séances."""
        if self.adherent_id is not None:
            self.query_one("#seances", DataTable).focus()
        elif event.value.strip():
            self.app.push_screen(RechercheSeances(self.depot, self.catalogue, event.value.strip()))

    def _montrer_adherent(self, adherent_id: str | None) -> None:
        """Affiche le parcours de l'adhérent : fiche, frise des séances, tâches."""
        self.adherent_id = adherent_id
        fiche = self.query_one("#fiche-adherent", Static)
        table = self.query_one("#seances", DataTable)
        table.clear()
        self.seances = []
        if adherent_id is None:
            fiche.update(Content("Choisissez un adhérent dans la liste."))
            self._montrer_taches(None)
            return
        try:
            adherent = self.depot.adherent(adherent_id)
            toutes, illisibles = seances_lisibles(self.depot, adherent_id)
        except Exception as exc:  # noqa: BLE001 - dossier endommagé : on le dit
            fiche.update(Content(f"Ce dossier ne peut pas être lu : {decrire_erreur(exc)}"))
            self._montrer_taches(None)
            return
        self.seances = [s for s in toutes if self.filtres.retient_seance(s)]
        lignes = [adherent.nom]
        resume = f"{len(toutes)} séance(s)"
        if self.filtres.actifs:
            resume += f", dont {len(self.seances)} retenue(s) par les filtres"
        if illisibles:
            resume += f" ; {illisibles} fichier(s) de séance illisible(s)" + _noms_illisibles(
                self.depot, adherent_id
            )
        lignes.append(resume)
        if adherent.consentement is not None:
            accord = "donné" if adherent.consentement.accord else "refusé"
            lignes.append(f"Consentement {accord} le {jour_court(adherent.consentement.date)}")
        if adherent.parcours.etapes:
            lignes.append("Étapes : " + " → ".join(e.intitule for e in adherent.parcours.etapes))
        fiche.update(Content.assemble((lignes[0], "bold"), "\n", "\n".join(lignes[1:])))
        for seance in self.seances:
            duree = duree_minutes(seance)
            table.add_row(
                cellule(date_courte(seance.debut) + " " + heure(seance.debut)),
                cellule(titre_seance(seance, self.catalogue)),
                cellule(LIBELLES_PHASE.get(seance.phase, seance.phase)),
                cellule(duree_ou_tiret(duree)),
                cellule(LIBELLES_STATUT_SEANCE.get(seance.statut, seance.statut)),
                cellule(str(len(seance.taches)) if seance.taches else "—"),
                key=seance.id,
            )
        if self.seances:
            table.move_cursor(row=len(self.seances) - 1)
            self._montrer_taches(self.seances[-1])
        else:
            self._montrer_taches(None)

    @on(DataTable.RowHighlighted, "#seances")
    def _seance_survolee(self, event: DataTable.RowHighlighted) -> None:
        seance = self._seance(event.row_key.value)
        if seance is not None:
            self._montrer_taches(seance)

    @on(DataTable.RowSelected, "#seances")
    def _seance_choisie(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            ouvrir_seance(self, self.depot, self.catalogue, event.row_key.value)

    def _seance(self, seance_id: str | None) -> Seance | None:
        return next((s for s in self.seances if s.id == seance_id), None)

    def _montrer_taches(self, seance: Seance | None) -> None:
        """Les tâches demandées à la séance, et l'évolution de leur statut."""
        zone = self.query_one("#taches", Static)
        if seance is None:
            zone.update(Content("Aucune séance à afficher." if self.adherent_id else ""))
            return
        entete = (
            f"{titre_seance(seance, self.catalogue)} du {date_heure(seance.debut)} — "
            "Entrée : relire la séance"
        )
        morceaux: list[str | tuple[str, str] | Content] = [(entete, "bold"), "\n"]
        taches = suivi_taches(seance.taches)
        if not taches:
            morceaux.append(("Aucune tâche demandée à cette séance.", "dim"))
        for tache in taches:
            morceaux += [
                "• ",
                tache.libelle,
                " — ",
                (tache.statut, "bold"),
                "\n    ",
                (tache.evolution, "dim"),
                "\n",
            ]
        zone.update(Content.assemble(*morceaux))

    # --------------------------------------------------------------- actions
    def action_rechercher(self) -> None:
        self.app.push_screen(RechercheSeances(self.depot, self.catalogue))

    def action_exporter(self) -> None:
        ident = self.adherent_id
        if ident is None:
            self.notify("Choisissez d'abord un adhérent.", severity="warning")
            return
        nom = next((r.nom for r in self._resumes if r.id == ident), "adherent")

        def ecrire(chemin: Path, choisi: Format) -> Path:
            return exporter_dossier(self.depot, self.catalogue, ident, chemin, choisi)

        self.app.push_screen(
            DialogueExport(
                f"Exporter tout le dossier de {nom}", lambda f: nom_fichier(nom, f), ecrire
            ),
            exporte(self),
        )

    def action_retour(self) -> None:
        self.dismiss(None)


NOM_ECRAN = "historique"
"""Le nom sous lequel l'écran Historique est installé dans l'application."""


def _noms_illisibles(depot: Depot, adherent_id: str) -> str:
    """« : 3f2a….json (lecture impossible : permission refusée) » pour chaque séance
    illisible ; les autres séances restent listées. Vide si rien ne peut être nommé."""
    try:
        _, erreurs = depot.seances_lisibles(adherent_id)
    except Exception:  # noqa: BLE001 - le décompte suffit alors
        return ""
    if not erreurs:
        return ""
    noms = ", ".join(f"{e.chemin.name} ({e.raison})" for e in erreurs)
    return f" : {noms} ; détail : « entretien donnees verifier »"


def ouvrir_historique(
    app: App[Any], depot: Depot, catalogue: Catalogue | None, adherent: str | None = None
) -> None:
    """Affiche l'historique (sur cet adhérent s'il est indiqué : identifiant ou nom).

    L'écran est installé une fois puis réaffiché : le rouvrir ne recompose
    pas ses widgets (les données, elles, sont relues à chaque fois), et le
    conseiller retrouve sa recherche et ses filtres."""
    if not app.is_screen_installed(NOM_ECRAN):
        app.install_screen(Historique(depot, catalogue, adherent), NOM_ECRAN)
    else:
        ecran = app.get_screen(NOM_ECRAN)
        if isinstance(ecran, Historique):
            ecran.montrer(adherent)
    ecran = app.get_screen(NOM_ECRAN)
    if ecran is app.screen:
        if isinstance(ecran, Historique) and ecran.adherent_initial:
            ecran.aller_a_la_demande()
    elif ecran in app.screen_stack:
        app.notify("L'historique est déjà ouvert : Échap pour y revenir.", severity="warning")
    else:
        app.push_screen(NOM_ECRAN)
