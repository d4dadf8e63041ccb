"""L'historique : retrouver un adhérent, suivre son parcours, relire et exporter ses séances.

Quatre écrans, dans l'ordre où on les traverse :

- `Historique` : les adhérents (recherche au fil de la frappe, filtres par type
  d'entretien, période et statut) et, pour l'adhérent choisi, son parcours :
  la frise de ses séances et les tâches demandées à chacune, avec l'évolution
  de leur statut ;
- `FicheSeance` : une séance en lecture seule (conversation, compte rendu,
  fiche Visual Course, tâches, constats RGPD), d'où l'on reprend une séance
  interrompue ;
- `RechercheSeances` : la recherche plein texte dans toutes les séances,
  chaque résultat montré dans son contexte ;
- `DialogueExport` : exporter une séance ou un dossier en Markdown ou en Word.

Tout texte saisi (noms, réponses, notes) est affiché avec `Content(texte)`,
jamais interprété comme du balisage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Footer,
    Header,
    Input,
    OptionList,
    RadioButton,
    RadioSet,
    Select,
    Static,
)
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from assistant.aides.dates import DateIncomprise, formater_duree
from assistant.aides.systeme import decrire_erreur
from assistant.export.fichiers import (
    LIBELLES_FORMAT,
    Format,
    exporter_dossier,
    exporter_seance,
    nom_fichier,
    seances_lisibles,
    verifier_destination,
)
from assistant.export.lecture import (
    LIBELLES_PHASE,
    EchangeEtape,
    LectureSeance,
    NoteLibre,
    date_courte,
    date_heure,
    duree_minutes,
    heure,
    lire_seance,
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
from stockage.modeles import LIBELLES_STATUT_SEANCE, est_identifiant
from stockage.texte import rendre_visible

if TYPE_CHECKING:
    from conducteurs.chargeur import Catalogue
    from stockage import Depot, ResultatRecherche, ResumeAdherent, Seance

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


def _jour(jour: dt.date) -> str:
    """« 30/11/2026 » pour une date sans heure."""
    return f"{jour:%d/%m/%Y}"


def _duree(minutes: float | None) -> str:
    """« 50 min », « 1 h 05 » ou « — »."""
    return formater_duree(minutes) if minutes is not None else "—"


def _texte(texte: str) -> Text:
    """Une cellule de tableau affichée telle quelle (jamais du balisage)."""
    return Text(rendre_visible(texte), no_wrap=True, overflow="ellipsis")


# ====================================================================== export
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
            yield Input(
                str(self.dossier / self.nom_par_defaut("md")),
                id="chemin",
                placeholder="Fichier à écrire",
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


def _exporte(ecran: Screen[Any]) -> Callable[[Path | None], None]:
    def fini(chemin: Path | None) -> None:
        if chemin is not None:
            ecran.notify(
                f"Exporté : {chemin}\nCe fichier contient des données personnelles.",
                title="Export",
                markup=False,
                timeout=8,
            )

    return fini


# ============================================================== fiche séance
class FicheSeance(Screen[str | None]):
    """Une séance en lecture seule ; rend l'identifiant de la séance à reprendre, ou None."""

    CSS_PATH = "historique.tcss"
    BINDINGS = [
        Binding("escape", "retour", "Retour"),
        Binding("r", "reprendre", "Reprendre l'entretien"),
        Binding("m", "exporter('md')", "Exporter (Markdown)"),
        Binding("w", "exporter('docx')", "Exporter (Word)"),
    ]

    def __init__(self, depot: Depot, catalogue: Catalogue | None, seance_id: str) -> None:
        super().__init__()
        self.depot = depot
        self.catalogue = catalogue
        self.seance_id = seance_id
        self.lecture: LectureSeance | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="lecture")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Historique — relire une séance"
        conteneur = self.query_one("#lecture", VerticalScroll)
        try:
            seance = self.depot.seance(self.seance_id)
            nom = self._nom(seance.adherent_id)
            self.lecture = lire_seance(seance, self.catalogue, nom)
        except Exception as exc:  # noqa: BLE001 - fichier endommagé : on le dit
            conteneur.mount(
                Static(
                    Content(f"Cette séance ne peut pas être relue : {decrire_erreur(exc)}"),
                    classes="alerte",
                )
            )
            self.refresh_bindings()
            return
        conteneur.mount_all(self._widgets(self.lecture))
        conteneur.focus()
        self.refresh_bindings()

    def _nom(self, adherent_id: str) -> str:
        try:
            return self.depot.adherent(adherent_id).nom
        except Exception:  # noqa: BLE001 - fiche illisible : la séance reste lisible
            return "(dossier illisible)"

    @staticmethod
    def _widgets(lecture: LectureSeance) -> list[Static]:
        s = lecture.seance
        widgets: list[Static] = [
            Static(
                Content(rendre_visible(lecture.nom_adherent)), id="nom-adherent", classes="titre"
            ),
            Static(
                Content(
                    f"{lecture.titre} ({lecture.phase}) — {lecture.horaires}\n"
                    f"Durée : {lecture.duree} — Statut : {lecture.statut}"
                ),
                id="entete-seance",
            ),
        ]
        if lecture.interrompue:
            ou = f" à l'étape « {lecture.etape_courante} »" if lecture.etape_courante else ""
            widgets.append(
                Static(
                    Content(
                        f"Entretien interrompu{ou}. Touche R : le reprendre là où il s'est arrêté."
                    ),
                    id="reprise",
                    classes="alerte",
                )
            )
        widgets += [Static(Content(a), classes="avertissement") for a in lecture.avertissements]

        widgets.append(Static("Conversation", classes="section"))
        if not lecture.conversation:
            widgets.append(Static(Content("Aucune étape abordée."), classes="discret"))
        for element in lecture.conversation:
            widgets += FicheSeance._element(element)

        widgets.append(Static("Compte rendu", classes="section"))
        widgets.append(
            Static(
                Content(rendre_visible(s.compte_rendu.rstrip("\n"))),
                id="compte-rendu",
                classes="bloc",
            )
            if s.compte_rendu
            else Static(Content("Pas de compte rendu enregistré."), classes="discret")
        )
        if s.rgpd_confirmation:
            widgets.append(
                Static(
                    Content(
                        "Validé malgré des alertes RGPD, motif : "
                        + rendre_visible(s.rgpd_confirmation)
                    ),
                    classes="avertissement",
                )
            )

        widgets.append(Static("Fiche Visual Course", classes="section"))
        if not lecture.fiche:
            widgets.append(Static(Content("Pas de fiche enregistrée."), classes="discret"))
        for champ, valeur in lecture.fiche:
            widgets.append(
                Static(
                    Content.assemble((champ, "bold"), " : ", rendre_visible(valeur) or "—"),
                    classes="champ",
                )
            )

        widgets.append(Static("Travail demandé pour le prochain rendez-vous", classes="section"))
        if not lecture.taches:
            widgets.append(Static(Content("Aucune tâche enregistrée."), classes="discret"))
        for tache in lecture.taches:
            widgets.append(
                Static(
                    Content.assemble(
                        "• ",
                        rendre_visible(tache.libelle),
                        " — ",
                        (tache.statut, "bold"),
                        "\n  ",
                        (tache.evolution, "dim"),
                    ),
                    classes="tache",
                )
            )
        if s.notes:
            widgets += [
                Static("Notes de la séance", classes="section"),
                Static(Content(rendre_visible(s.notes)), classes="bloc"),
            ]

        widgets.append(Static("Vérification RGPD", classes="section"))
        if lecture.constats is None:
            widgets.append(Static(Content("Vérification RGPD indisponible."), classes="discret"))
        elif not lecture.constats:
            widgets.append(
                Static(
                    Content("Aucun passage à revoir dans les textes de cette séance."),
                    classes="discret",
                )
            )
        for constat in lecture.constats or ():
            widgets.append(
                Static(
                    Content.assemble(
                        (constat.source, "bold"),
                        " — ",
                        (constat.categorie, "italic"),
                        " : « ",
                        (rendre_visible(constat.passage), "reverse"),
                        " »\n  ",
                        constat.explication,
                        "\n  Suggestion : ",
                        constat.suggestion,
                    ),
                    classes="constat",
                )
            )
        return widgets

    @staticmethod
    def _element(element: EchangeEtape | NoteLibre) -> list[Static]:
        if isinstance(element, NoteLibre):
            return [
                Static(
                    Content.assemble(
                        (f"{element.libelle} : ", "bold"),
                        rendre_visible(element.texte),
                    ),
                    classes="note",
                )
            ]
        entete = element.titre
        if element.vue_le is not None:
            entete += f" — {heure(element.vue_le)}"
        if element.sequence:
            entete = f"{element.sequence} · {entete}"
        widgets = [Static(Content(entete), classes="etape")]
        if element.consigne:
            widgets.append(Static(Content(element.consigne), classes="consigne"))
        if element.reponse is not None:
            quand = ""
            if element.repondu_le is not None and element.repondu_le != element.vue_le:
                quand = f" ({heure(element.repondu_le)})"
            widgets.append(
                Static(
                    Content.assemble(
                        (f"Réponse{quand} : ", "bold"), rendre_visible(element.reponse)
                    ),
                    classes="reponse",
                )
            )
        if element.passee is not None:
            widgets.append(
                Static(
                    Content(f"Étape passée : {rendre_visible(element.passee)}"), classes="passee"
                )
            )
        if element.reponse is None and element.passee is None:
            widgets.append(Static(Content("Sans réponse."), classes="discret"))
        return widgets

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reprendre":
            return self.lecture is not None and self.lecture.interrompue
        if action == "exporter":
            return self.lecture is not None
        return True

    def action_reprendre(self) -> None:
        if self.lecture is not None and self.lecture.interrompue:
            self.dismiss(self.seance_id)

    def action_exporter(self, format_: str) -> None:
        lecture = self.lecture
        if lecture is None:
            return
        seance = lecture.seance

        def ecrire(chemin: Path, choisi: Format) -> Path:
            return exporter_seance(self.depot, self.catalogue, seance.id, chemin, choisi)

        dialogue = DialogueExport(
            "Exporter cette séance",
            lambda f: nom_fichier(lecture.nom_adherent, f, seance),
            ecrire,
        )
        self.app.push_screen(dialogue, _exporte(self))
        if format_ == "docx":
            self.call_after_refresh(self._choisir_word, dialogue)

    @staticmethod
    def _choisir_word(dialogue: DialogueExport) -> None:
        dialogue.query_one("#docx", RadioButton).value = True

    def action_retour(self) -> None:
        self.dismiss(None)


# ================================================================= recherche
class RechercheSeances(Screen[None]):
    """La recherche plein texte dans toutes les séances, résultats en contexte."""

    CSS_PATH = "historique.tcss"
    BINDINGS = [Binding("escape", "retour", "Retour")]

    def __init__(
        self,
        depot: Depot,
        catalogue: Catalogue | None,
        texte: str = "",
        rouvrir: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.depot = depot
        self.catalogue = catalogue
        self.texte_initial = texte
        self.rouvrir = rouvrir
        self.resultats: list[ResultatRecherche] = []
        """Les séances trouvées, les plus récentes d'abord."""
        self.derniere_requete: str | None = None
        """Le texte dont les résultats sont affichés."""
        self._generation = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="recherche-plein-texte"):
            yield Input(
                self.texte_initial,
                id="requete",
                placeholder="Un mot ou une expression (sans accents ni majuscules)",
            )
            yield Static(Content("Tapez au moins deux caractères."), id="bilan")
            yield OptionList(id="resultats")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Historique — chercher dans toutes les séances"
        self.query_one("#requete", Input).focus()
        if self.texte_initial:
            self.chercher(self.texte_initial)

    @on(Input.Changed, "#requete")
    def _frappe(self, event: Input.Changed) -> None:
        self.chercher(event.value)

    def chercher(self, texte: str) -> None:
        """Lance la recherche dans un fil ; seule la dernière frappe compte."""
        self._generation += 1
        texte = texte.strip()
        if len(texte) < 2:
            self._afficher(self._generation, texte, [])
            return
        self._chercher(self._generation, texte)

    @work(thread=True, exclusive=True, group="recherche", exit_on_error=False)
    def _chercher(self, generation: int, texte: str) -> None:
        try:
            resultats = self.depot.rechercher(texte)
        except Exception as exc:  # noqa: BLE001 - cache illisible, dépôt fermé…
            self.app.call_from_thread(self._erreur, generation, str(exc))
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._afficher, generation, texte, resultats)

    def _erreur(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.query_one("#bilan", Static).update(Content(f"La recherche a échoué : {message}"))

    def _afficher(self, generation: int, texte: str, resultats: list[ResultatRecherche]) -> None:
        if generation != self._generation:
            return  # une frappe plus récente a relancé la recherche
        self.resultats = resultats
        self.derniere_requete = texte
        liste = self.query_one("#resultats", OptionList)
        liste.clear_options()
        bilan = self.query_one("#bilan", Static)
        if len(texte) < 2:
            bilan.update(Content("Tapez au moins deux caractères."))
            return
        if not resultats:
            bilan.update(Content(f"Aucune séance ne contient « {texte} »."))
            return
        plus = " (les 100 plus récentes)" if len(resultats) >= 100 else ""
        bilan.update(
            Content(
                f"{len(resultats)} séance(s) contiennent « {texte} »{plus}. "
                "Entrée : relire la séance."
            )
        )
        liste.add_options([self._option(r) for r in resultats])
        liste.highlighted = 0

    @staticmethod
    def _option(resultat: ResultatRecherche) -> Option:
        debut, fin = resultat.surlignage
        extrait = Content(rendre_visible(resultat.extrait)).stylize("bold reverse", debut, fin)
        prompt = (
            Content.assemble(
                (resultat.nom_adherent or "(nom inconnu)", "bold"),
                " — ",
                date_heure(resultat.date),
                " — ",
                resultat.conducteur_titre,
                "\n   ",
            )
            + extrait
        )
        return Option(prompt, id=resultat.seance_id)

    @on(Input.Submitted, "#requete")
    def _vers_resultats(self) -> None:
        liste = self.query_one("#resultats", OptionList)
        if liste.option_count:
            liste.focus()

    @on(OptionList.OptionSelected, "#resultats")
    def _ouvrir(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            ouvrir_seance(self, self.depot, self.catalogue, event.option.id)

    def action_retour(self) -> None:
        self.dismiss(None)


def ouvrir_seance(
    ecran: Screen[Any],
    depot: Depot,
    catalogue: Catalogue | None,
    seance_id: str,
    apres: Callable[[], None] | None = None,
) -> None:
    """Ouvre la fiche d'une séance ; si le conseiller choisit de la reprendre, la reprend."""

    def fini(a_reprendre: str | None) -> None:
        if a_reprendre:
            reprendre = getattr(ecran.app, "reprendre", None)
            if callable(reprendre):
                reprendre(a_reprendre)
            else:  # pragma: no cover - application sans reprise
                ecran.notify("La reprise n'est pas disponible ici.", severity="warning")
        elif apres is not None:
            apres()

    ecran.app.push_screen(FicheSeance(depot, catalogue, seance_id), fini)


# ================================================================ historique
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
        yield Footer()

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
        """L'adhérent désigné (identifiant ou nom exact), s'il existe."""
        demande = (demande or "").strip()
        if not demande:
            return None
        if est_identifiant(demande):
            ident = demande.lower()
            if any(r.id == ident for r in self._resumes):
                return ident
        nommes = self.depot.adherents_nommes(demande)
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
        return _texte(nom), _texte(quand)

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
    def _valider(self) -> None:
        if self.adherent_id is not None:
            self.query_one("#seances", DataTable).focus()

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
            lignes.append(f"Consentement {accord} le {_jour(adherent.consentement.date)}")
        if adherent.parcours.etapes:
            lignes.append("Étapes : " + " → ".join(e.intitule for e in adherent.parcours.etapes))
        fiche.update(Content.assemble((lignes[0], "bold"), "\n", "\n".join(lignes[1:])))
        for seance in self.seances:
            duree = duree_minutes(seance)
            table.add_row(
                _texte(date_courte(seance.debut) + " " + heure(seance.debut)),
                _texte(titre_seance(seance, self.catalogue)),
                _texte(LIBELLES_PHASE.get(seance.phase, seance.phase)),
                _texte(_duree(duree)),
                _texte(LIBELLES_STATUT_SEANCE.get(seance.statut, seance.statut)),
                _texte(str(len(seance.taches)) if seance.taches else "—"),
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
            _exporte(self),
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
