"""La recherche plein texte dans toutes les séances, chaque résultat dans son contexte."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from assistant.ecrans.historique.fiche import ouvrir_seance
from assistant.export.lecture import date_heure
from assistant.widgets.pied import Pied
from stockage.texte import rendre_visible

if TYPE_CHECKING:
    from conducteurs.chargeur import Catalogue
    from stockage import Depot, ResultatRecherche


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
        self._affichee = 0
        """La recherche dont les résultats sont à l'écran (son numéro de génération)."""
        self._aller_aux_resultats = False
        """Entrée a été pressée : les résultats, dès qu'ils arrivent, prennent le focus."""

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
        yield Pied()

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
        self._affichee = generation
        aller, self._aller_aux_resultats = self._aller_aux_resultats, False
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
        if aller:
            liste.focus()

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
    def _vers_resultats(self, event: Input.Submitted) -> None:
        """Entrée lance la recherche du texte tapé (si ses résultats ne sont pas déjà
        là), puis passe aux résultats dès qu'ils arrivent."""
        liste = self.query_one("#resultats", OptionList)
        texte = event.value.strip()
        if texte == self.derniere_requete and self._affichee == self._generation:
            if liste.option_count:
                liste.focus()
            return
        self._aller_aux_resultats = True
        self.chercher(texte)

    @on(OptionList.OptionSelected, "#resultats")
    def _ouvrir(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            ouvrir_seance(
                self, self.depot, self.catalogue, event.option.id, cherche=self.derniere_requete
            )

    def action_retour(self) -> None:
        self.dismiss(None)
