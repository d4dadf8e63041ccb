"""La fiche d'une séance, en lecture seule, et son ouverture depuis les autres écrans.

Tout texte saisi est affiché avec `Content(texte)`, jamais interprété comme du balisage.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, RadioButton, Static

from assistant.aides.systeme import decrire_erreur
from assistant.ecrans.historique.communs import exporte
from assistant.ecrans.historique.export import DialogueExport
from assistant.export.fichiers import Format, exporter_seance, nom_fichier
from assistant.export.lecture import EchangeEtape, LectureSeance, NoteLibre, heure, lire_seance
from assistant.widgets.pied import Pied
from stockage.texte import normaliser, rendre_visible, requete

if TYPE_CHECKING:
    from conducteurs.chargeur import Catalogue
    from stockage import Depot


class FicheSeance(Screen[str | None]):
    """Une séance en lecture seule ; rend l'identifiant de la séance à reprendre, ou None."""

    CSS_PATH = "historique.tcss"
    BINDINGS = [
        Binding("escape", "retour", "Retour"),
        Binding("r", "reprendre", "Reprendre l'entretien"),
        Binding("m", "exporter('md')", "Exporter (Markdown)"),
        Binding("w", "exporter('docx')", "Exporter (Word)"),
    ]

    DEFAULT_CSS = """
    FicheSeance .trouve { background: $accent 30%; }
    """

    def __init__(
        self,
        depot: Depot,
        catalogue: Catalogue | None,
        seance_id: str,
        cherche: str | None = None,
    ) -> None:
        super().__init__()
        self.depot = depot
        self.catalogue = catalogue
        self.seance_id = seance_id
        self.cherche = cherche
        """Le texte cherché qui a mené ici : la fiche s'ouvre sur son premier passage."""
        self.lecture: LectureSeance | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="lecture")
        yield Pied()

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
        if self.cherche:
            self.call_after_refresh(self._aller_au_passage, self.cherche)

    def _aller_au_passage(self, texte: str) -> None:
        """Fait défiler jusqu'au premier passage qui contient le texte cherché (même
        repli que la recherche : sans accents, casse ni ponctuation) et le marque."""
        cherche = requete(texte)
        if not cherche:
            return
        for widget in self.query_one("#lecture", VerticalScroll).query(Static):
            if cherche in normaliser(str(widget.render())):
                widget.add_class("trouve")
                self.query_one("#lecture", VerticalScroll).scroll_to_widget(
                    widget, animate=False, top=True
                )
                return

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
        self.app.push_screen(dialogue, exporte(self))
        if format_ == "docx":
            self.call_after_refresh(self._choisir_word, dialogue)

    @staticmethod
    def _choisir_word(dialogue: DialogueExport) -> None:
        dialogue.query_one("#docx", RadioButton).value = True

    def action_retour(self) -> None:
        self.dismiss(None)


def ouvrir_seance(
    ecran: Screen[Any],
    depot: Depot,
    catalogue: Catalogue | None,
    seance_id: str,
    apres: Callable[[], None] | None = None,
    cherche: str | None = None,
) -> None:
    """Ouvre la fiche d'une séance ; si le conseiller choisit de la reprendre, la reprend.

    `cherche` : le texte d'une recherche, la fiche s'ouvre sur son premier passage."""

    def fini(a_reprendre: str | None) -> None:
        if a_reprendre:
            reprendre = getattr(ecran.app, "reprendre", None)
            if callable(reprendre):
                reprendre(a_reprendre)
            else:  # pragma: no cover - application sans reprise
                ecran.notify("La reprise n'est pas disponible ici.", severity="warning")
        elif apres is not None:
            apres()

    ecran.app.push_screen(FicheSeance(depot, catalogue, seance_id, cherche), fini)
