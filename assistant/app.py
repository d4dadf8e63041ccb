"""L'application Textual : l'assistant d'entretiens.

Pour que l'accueil s'affiche vite, seul l'écran d'accueil est chargé au
démarrage ; le dossier de données s'ouvre juste après le premier affichage
(dans un fil d'exécution), les conducteurs et les autres écrans à la demande.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from assistant.config import Emplacements
from assistant.ecrans.accueil import Accueil

if TYPE_CHECKING:
    from assistant.direct import SeanceEnDirect
    from assistant.ecrans.conversation import FinConversation
    from assistant.ecrans.nouvel_entretien import Choix
    from assistant.widgets.panneau import TachePrecedente
    from conducteurs.chargeur import Catalogue
    from conducteurs.persona import Persona
    from stockage import Depot, Seance


@dataclass
class Demarrage:
    """Ce que l'assistant ouvre directement (`entretien nouveau`, `entretien historique`)."""

    ecran: str
    adherent: str | None = None
    conducteur: str | None = None
    persona: str | None = None


class AssistantApp(App[None]):
    """L'assistant que le conseiller garde ouvert pendant l'entretien."""

    TITLE = "Assistant d'entretiens"
    BINDINGS = [Binding("ctrl+q", "quitter", "Quitter", priority=True)]

    def __init__(
        self,
        emplacements: Emplacements,
        depot: Depot | None = None,
        catalogue: Catalogue | None = None,
        horloge: Callable[[], datetime] | None = None,
        demarrage: Demarrage | None = None,
    ) -> None:
        super().__init__()
        self.emplacements = emplacements
        self._depot = depot
        self._depot_a_fermer = False
        self._catalogue = catalogue
        self.horloge = horloge
        self.demarrage = demarrage
        self.erreur_fatale: str | None = None
        """Le message à afficher dans le terminal si l'assistant a dû s'arrêter."""
        self._en_attente: list[Callable[[], None]] = []
        self._depot_repetition: Depot | None = None
        self._question_quitter: Screen[Any] | None = None
        """La question « Quitter en plein entretien ? », tant qu'elle est ouverte."""

    # ------------------------------------------------------------ démarrage
    def on_mount(self) -> None:
        self.push_screen(Accueil())
        if self._depot is None:
            self.call_after_refresh(self._ouvrir_depot_plus_tard)
        else:
            self._pret()

    def _ouvrir_depot_plus_tard(self) -> None:
        self.run_worker(self._ouvrir_depot, thread=True, name="ouverture", exit_on_error=False)

    def _ouvrir_depot(self) -> Depot:
        from stockage import Depot

        depot = Depot.ouvrir(self.emplacements.donnees)
        prechauffer(self)
        return depot

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "ouverture":
            return
        if event.state == WorkerState.SUCCESS:
            self._depot = event.worker.result
            self._depot_a_fermer = True
            # Les objets du démarrage ne changeront plus : le ramasse-miettes les ignore,
            # ce qui évite des pauses d'un dixième de seconde à chaque changement d'écran.
            gc.freeze()
            self._pret()
        elif event.state == WorkerState.ERROR:
            self.erreur_fatale = message_ouverture(event.worker.error, self.emplacements)
            self.exit(return_code=1)

    def _pret(self) -> None:
        """Le dossier de données est ouvert : on exécute ce qui attendait."""
        if self._depot is not None:
            for message in self._depot.avertissements:
                self.notify(message, severity="warning", timeout=10, markup=False)
            self._depot.avertissements.clear()
        if isinstance(self.screen, Accueil):
            self.screen.rafraichir()
        if self.catalogue.problemes:
            self.notify(
                f"{len(self.catalogue.problemes)} problème(s) dans les conducteurs de la "
                "structure : ils sont ignorés. Détails : « entretien conducteurs valider ».",
                severity="warning",
                timeout=10,
            )
        attente, self._en_attente = self._en_attente, []
        for action in attente:
            action()
        if self.demarrage is not None:
            d, self.demarrage = self.demarrage, None
            if d.ecran == "nouveau":
                self.action_nouvel_entretien(d.adherent, d.conducteur)
            elif d.ecran == "reprendre":
                self.action_reprendre()
            elif d.ecran == "conducteurs":
                self.action_conducteurs()
            elif d.ecran == "repetition":
                self.action_repetition(d.conducteur, d.persona)
            elif d.ecran == "historique":
                self.action_historique(d.adherent)

    def _quand_pret(self, action: Callable[[], None]) -> None:
        if self._depot is None:
            self._en_attente.append(action)
            self.notify("Ouverture du dossier de données…", timeout=2)
        else:
            action()

    def on_unmount(self) -> None:
        """Ferme les dépôts : un cache impossible à écrire (disque plein) est dit,
        jamais en trace ; les réponses, elles, sont déjà sur disque."""
        depots = [self._depot_repetition]
        if self._depot_a_fermer:
            depots.insert(0, self._depot)
        for depot in depots:
            if depot is None:
                continue
            try:
                depot.fermer()
            except Exception as exc:  # noqa: BLE001 - disque plein à la fermeture…
                if self.erreur_fatale is None:
                    self.erreur_fatale = _decrire(exc)

    def _fatal_error(self) -> None:
        """Une erreur inattendue : un message français, jamais de trace avec les valeurs.

        Textual afficherait la pile d'appels avec les variables locales, donc des
        réponses et des noms : on ne garde que le type d'erreur et l'endroit.
        """
        erreur = self._exception
        lieu = ""
        if erreur is not None and erreur.__traceback__ is not None:
            pile = traceback.extract_tb(erreur.__traceback__)
            if pile:
                lieu = (
                    f" ({type(erreur).__name__}, {Path(pile[-1].filename).name} "
                    f"ligne {pile[-1].lineno})"
                )
        self.erreur_fatale = (
            f"l'assistant s'est arrêté sur une erreur inattendue{lieu}. Les réponses déjà "
            "enregistrées sont conservées : relancez « entretien » puis « Reprendre »."
        )
        self.bell()
        self._close_messages_no_wait()

    # ------------------------------------------------------------ accès
    @property
    def depot(self) -> Depot:
        """Le dépôt des dossiers (ouvert juste après le premier affichage)."""
        if self._depot is None:
            raise RuntimeError("le dossier de données n'est pas encore ouvert")
        return self._depot

    @property
    def catalogue(self) -> Catalogue:
        """Les conducteurs disponibles, chargés à la première utilisation."""
        if self._catalogue is None:
            from conducteurs.chargeur import charger_catalogue

            self._catalogue = charger_catalogue(self.emplacements.conducteurs)
        return self._catalogue

    @property
    def dossier_affiche(self) -> str:
        return str(self.emplacements.donnees)

    def nombre_interrompus(self) -> int:
        if self._depot is None:
            return 0
        try:
            return len(self._depot.seances_interrompues())
        except Exception:  # noqa: BLE001 - l'accueil ne doit jamais tomber
            return 0

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Nouvel entretien", "Conduire un entretien", self.action_nouvel_entretien
        )
        yield SystemCommand(
            "Reprendre un entretien interrompu", "Revenir à l'étape exacte", self.action_reprendre
        )
        yield SystemCommand(
            "Répétition", "S'entraîner face à un adhérent simulé", self.action_repetition
        )
        yield SystemCommand("Historique", "Relire les séances", self.action_historique)
        yield SystemCommand("Conducteurs", "Consulter les conducteurs", self.action_conducteurs)
        yield SystemCommand(
            "Quitter", "Quitter l'assistant (rien n'est perdu)", self.action_quitter
        )

    # --------------------------------------------------------------- quitter
    def action_quitter(self) -> None:
        """Ctrl+Q : quitte, mais demande d'abord en plein entretien (le choix sûr : rester)."""
        from assistant.ecrans.dialogues import Confirmer

        if self._question_quitter is not None and self.screen is self._question_quitter:
            return  # déjà demandé : la réponse se donne dans la fenêtre ouverte
        if not self._entretien_en_cours():
            self.exit()
            return

        def apres(quitter: bool | None) -> None:
            self._question_quitter = None
            if quitter:
                self.exit()  # la conversation démontée suspend l'entretien

        self._question_quitter = Confirmer(
            "Quitter l'assistant en plein entretien ? L'entretien sera suspendu : tout ce "
            "qui est enregistré est gardé, vous le reprendrez depuis l'accueil (R).",
            oui="Quitter",
            non="Rester dans l'entretien",
        )
        self.push_screen(self._question_quitter, apres)

    def _entretien_en_cours(self) -> bool:
        """Une conversation ouverte dont l'entretien n'est ni suspendu ni clos."""
        from assistant.ecrans.conversation import Conversation

        return any(
            isinstance(ecran, Conversation)
            and ecran.direct.entretien.etat not in ("cloture", "suspendu")
            for ecran in self.screen_stack
        )

    # --------------------------------------------------------------- actions
    def action_nouvel_entretien(
        self, nom: str | None = None, conducteur: str | None = None
    ) -> None:
        def ouvrir() -> None:
            from assistant.ecrans.nouvel_entretien import NouvelEntretien

            def choisi(choix: Choix | None) -> None:
                if choix is not None:
                    self.demarrer(choix.adherent_id, choix.conducteur_id)

            self.push_screen(NouvelEntretien(self.depot, self.catalogue, nom, conducteur), choisi)

        self._quand_pret(ouvrir)

    def demarrer(self, adherent_id: str, conducteur_id: str) -> None:
        """Crée la séance et ouvre la conversation."""
        from assistant.direct import SeanceEnDirect
        from assistant.ecrans.conversation import Conversation

        conducteur = self.catalogue.get(conducteur_id)
        taches = self._taches_precedentes(adherent_id)
        try:
            direct = SeanceEnDirect.demarrer(
                self.depot, adherent_id, conducteur, horloge=self.horloge
            )
        except Exception as exc:  # noqa: BLE001 - disque, dossier endommagé…
            self.notify(
                f"Impossible de démarrer l'entretien : {_decrire(exc)}",
                severity="error",
                markup=False,
            )
            return
        self.push_screen(Conversation(direct, taches, horloge=self.horloge), self._fin)

    def _taches_precedentes(
        self, adherent_id: str, seance: Seance | None = None
    ) -> list[TachePrecedente]:
        """Le travail demandé la dernière fois ; à la reprise d'une séance, les tâches
        ouvertes à son début, avec le statut que le conseiller leur a donné depuis."""
        from assistant.widgets.panneau import TachePrecedente

        taches = (
            self.depot.taches_ouvertes(adherent_id)
            if seance is None
            else self.depot.taches_ouvertes(adherent_id, sauf_seance=seance.id, le=seance.debut)
        )
        return [TachePrecedente(t.id, t.quoi, str(t.qui), str(t.statut)) for t in taches]

    def _fin(self, fin: FinConversation | None) -> None:
        if isinstance(self.screen, Accueil):
            self.screen.rafraichir()

    def action_reprendre(self) -> None:
        def ouvrir() -> None:
            from assistant.ecrans.reprendre import Reprendre

            def choisi(seance_id: str | None) -> None:
                if seance_id:
                    self.reprendre(seance_id)

            self.push_screen(Reprendre(self.depot, self.catalogue), choisi)

        self._quand_pret(ouvrir)

    def reprendre(self, seance_id: str) -> None:
        """Rouvre une séance interrompue à son étape exacte."""
        from assistant.direct import SeanceEnDirect
        from assistant.ecrans.conversation import Conversation
        from etats import ConducteurModifie

        try:
            seance = self.depot.seance(seance_id)
            conducteur = self.catalogue.get(seance.conducteur_id)
            direct = SeanceEnDirect.reprendre(self.depot, seance, conducteur, horloge=self.horloge)
        except KeyError as exc:
            self.notify(str(exc.args[0]), severity="error", markup=False)
            return
        except ConducteurModifie as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=15)
            return
        except Exception as exc:  # noqa: BLE001 - fichier endommagé, disque…
            self.notify(
                f"Impossible de reprendre cet entretien : {_decrire(exc)}",
                severity="error",
                markup=False,
                timeout=15,
            )
            return
        taches = self._taches_precedentes(seance.adherent_id, seance)
        self.push_screen(Conversation(direct, taches, horloge=self.horloge), self._fin)

    @property
    def depot_repetition(self) -> Depot:
        """Le dépôt des répétitions, à part des dossiers réels (ouvert à la demande)."""
        if self._depot_repetition is None:
            from assistant.repetition.journal import dossier_repetition
            from stockage import Depot

            self._depot_repetition = Depot.ouvrir(dossier_repetition(self.emplacements.donnees))
        return self._depot_repetition

    def action_repetition(self, conducteur: str | None = None, persona: str | None = None) -> None:
        from assistant.ecrans.repetition import ChoixRepetition
        from assistant.repetition.journal import lire_retours
        from conducteurs.persona import charger_personas

        personas = charger_personas(self.emplacements.conducteurs, self.catalogue)
        if personas.problemes:
            self.notify(
                f"{len(personas.problemes)} problème(s) dans les personas de la structure : "
                "elles sont ignorées (« entretien conducteurs valider »).",
                severity="warning",
            )

        def choisi(choix: tuple[str, str] | None) -> None:
            if choix is not None:
                self.demarrer_repetition(choix[0], personas.get(choix[1]))

        retours = lire_retours(self.emplacements.donnees)
        self.push_screen(
            ChoixRepetition(self.catalogue, personas, retours, conducteur, persona), choisi
        )

    def demarrer_repetition(self, conducteur_id: str, persona: Persona) -> None:
        """Ouvre une répétition : même conversation, même garde-fous, adhérent simulé."""
        from assistant.direct import SeanceEnDirect
        from assistant.ecrans.conversation import Conversation
        from assistant.repetition import AdherentSimule

        conducteur = self.catalogue.get(conducteur_id)
        try:
            depot = self.depot_repetition
            adherent = depot.creer_adherent(persona.nom)
            direct = SeanceEnDirect.demarrer(
                depot, adherent.id, conducteur, horloge=self.horloge, repetition=True
            )
        except Exception as exc:  # noqa: BLE001 - dossier verrouillé, disque…
            self.notify(
                f"Impossible de démarrer la répétition : {_decrire(exc)}",
                severity="error",
                markup=False,
            )
            return
        simule = AdherentSimule(persona, conducteur=conducteur)

        def fin(resultat: FinConversation | None) -> None:
            self._fin_repetition(direct, persona, resultat)

        self.push_screen(
            Conversation(direct, [], repetition=True, horloge=self.horloge, interlocuteur=simule),
            fin,
        )

    def _fin_repetition(
        self, direct: SeanceEnDirect, persona: Persona, fin: FinConversation | None
    ) -> None:
        from assistant.ecrans.repetition import RetourRepetition
        from assistant.repetition import evaluer
        from assistant.repetition.journal import enregistrer_retour, lire_retours

        if fin is None or fin.statut != "cloture":
            self.notify("Répétition interrompue avant la clôture : pas de retour cette fois.")
            return
        retour = evaluer(direct.conducteur, direct.entretien.donnees, persona=persona)
        try:
            enregistrer_retour(self.emplacements.donnees, direct.seance.id, retour)
        except OSError as exc:
            self.notify(
                f"Le retour n'a pas pu être enregistré ({_decrire(exc)}).",
                severity="error",
                markup=False,
            )
        self.push_screen(RetourRepetition(retour, lire_retours(self.emplacements.donnees)))

    def action_historique(self, adherent: str | None = None) -> None:
        """Ouvre l'historique (sur un adhérent : identifiant ou nom exact)."""

        def ouvrir() -> None:
            from assistant.ecrans.historique import ouvrir_historique

            ouvrir_historique(self, self.depot, self.catalogue, adherent)

        self._quand_pret(ouvrir)

    def action_conducteurs(self) -> None:
        from assistant.ecrans.conducteurs import Conducteurs

        self.push_screen(Conducteurs(self.catalogue))


def _decrire(exc: BaseException) -> str:
    """L'erreur en français (import tardif : l'accueil démarre sans le stockage)."""
    from assistant.aides.systeme import decrire_erreur

    return decrire_erreur(exc)


def prechauffer(app: AssistantApp) -> None:
    """Charge d'avance, hors du fil de l'interface, ce que les écrans utiliseront.

    Appelé juste après le premier affichage : l'accueil est déjà là, et la
    première ouverture de la conversation ou de l'historique n'a plus à payer
    le chargement des modules et des conducteurs."""
    import assistant.direct
    import assistant.ecrans.conversation
    import assistant.ecrans.historique
    import assistant.ecrans.nouvel_entretien  # noqa: F401

    app.catalogue  # noqa: B018 - charge et valide les conducteurs une fois


def message_ouverture(erreur: BaseException | None, emplacements: Emplacements) -> str:
    """Le message français pour un dossier de données qui ne s'ouvre pas."""
    from stockage import DossierVerrouille, ErreurStockage

    dossier = emplacements.donnees
    if isinstance(erreur, DossierVerrouille | ErreurStockage):
        return str(erreur)
    from assistant.aides.systeme import raison_systeme

    if isinstance(erreur, PermissionError):
        return f"le dossier de données {dossier} n'est pas accessible (droits insuffisants)."
    if isinstance(erreur, OSError):
        return f"le dossier de données {dossier} ne peut pas être ouvert ({_decrire(erreur)})."
    raison = raison_systeme(erreur) if erreur is not None else "erreur inconnue"
    return f"le dossier de données {dossier} ne peut pas être ouvert ({raison})."
