"""Le panneau latéral de la conversation : progression, cadre, temps, tâches."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.aides.dates import formater_temps
from conducteurs.modele import LIBELLES_CADRE, LIBELLES_SEQUENCE, ElementCadre
from etats.temps import BilanTemps, Niveau
from stockage.texte import rendre_visible

STATUTS_TACHE = {
    "a_faire": "à faire",
    "en_cours": "en cours",
    "faite": "faite",
    "abandonnee": "non faite",
}
CYCLE_STATUTS = ["a_faire", "faite", "en_cours", "abandonnee"]


_GRAVITE: list[Niveau] = ["normal", "proche", "depasse"]


def _alertes(temps: BilanTemps) -> list[str]:
    """Les lignes d'alerte du temps : l'entretien entier, puis la séquence en cours."""
    duree = "durée convenue" if temps.convenu else "durée prévue"
    alertes = {
        "proche": f"⚠ 80 % de la {duree}",
        "depasse": f"⚠ {duree} dépassée",
    }
    lignes = [alertes[temps.niveau]] if temps.niveau != "normal" else []
    if temps.sequence is not None and temps.niveau_sequence != "normal":
        nom = LIBELLES_SEQUENCE.get(temps.sequence, temps.sequence)
        quoi = "80 % de son temps" if temps.niveau_sequence == "proche" else "temps dépassé"
        lignes.append(f"⚠ {nom} : {quoi}")
    return lignes


@dataclass
class TachePrecedente:
    """Une tâche demandée à la séance précédente, telle que le panneau l'affiche."""

    id: str
    quoi: str
    qui: str
    statut: str


class Panneau(Vertical):
    """Progression, éléments du cadre convenus, chronomètre, tâches précédentes."""

    DEFAULT_CSS = """
    Panneau { width: 38; border-left: solid $panel-lighten-2; padding: 0 1; }
    Panneau .titre { text-style: bold; margin-top: 1; }
    Panneau #chrono { text-style: bold; }
    Panneau #chrono.proche { color: $warning; }
    Panneau #chrono.depasse { color: $error; background: $error 15%; }
    Panneau #taches-precedentes { height: auto; max-height: 12; }
    """

    temps: reactive[BilanTemps | None] = reactive(None)
    """Le temps de l'entretien (écoulé, convenu, alertes), calculé par `etats.temps`."""

    @dataclass
    class StatutTache(Message):
        """Le conseiller change le statut d'une tâche précédente."""

        tache: TachePrecedente

    def __init__(self, taches: list[TachePrecedente] | None = None, **kwargs: object) -> None:
        super().__init__(id="panneau")
        self.taches = taches or []

    def compose(self) -> ComposeResult:
        yield Static("Progression", classes="titre")
        yield Static(id="progression")
        yield Static("Cadre convenu", classes="titre")
        yield Static(id="cadre")
        yield Static("Temps", classes="titre")
        yield Static(id="chrono")
        if self.taches:
            yield Static("Travail demandé la dernière fois", classes="titre")
            yield OptionList(*self._options(), id="taches-precedentes")
            yield Static(Content("Entrée : changer le statut"), classes="indication")

    def _options(self) -> list[Option]:
        return [
            Option(
                Content(f"[{STATUTS_TACHE.get(t.statut, t.statut)}] {rendre_visible(t.quoi)}"),
                id=t.id,
            )
            for t in self.taches
        ]

    def montrer_progression(
        self,
        etat: str,
        sequence: str | None,
        position: tuple[int, int],
        position_sequence: tuple[int, int],
    ) -> None:
        morceaux = []
        for nom, libelle in LIBELLES_SEQUENCE.items():
            if nom == sequence:
                morceaux.append(f"▶ {libelle}")
            else:
                morceaux.append(f"  {libelle}")
        texte = "\n".join(morceaux)
        if etat == "suspendu":
            texte += "\n(suspendu)"
        elif etat == "cloture":
            texte += "\n✔ Clôturé"
        else:
            texte += (
                f"\nÉtape {position_sequence[0]}/{position_sequence[1]} de la séquence"
                f"\nÉtape {position[0]}/{position[1]} de l'entretien"
            )
        self.query_one("#progression", Static).update(Content(texte))

    def montrer_cadre(self, convenus: dict[ElementCadre, bool]) -> None:
        lignes = [f"{'☑' if convenus.get(e) else '☐'} {LIBELLES_CADRE[e]}" for e in ElementCadre]
        self.query_one("#cadre", Static).update(Content("\n".join(lignes)))

    def watch_temps(self) -> None:
        self._chrono()

    def _chrono(self) -> None:
        if not self.is_mounted:
            return
        chrono = self.query_one("#chrono", Static)
        temps = self.temps
        if temps is None:
            chrono.update(Content(""))
            return
        lignes = [
            f"{formater_temps(temps.ecoule.total_seconds())} / "
            f"{formater_temps(temps.prevu.total_seconds())}",
            "durée convenue" if temps.convenu else "durée du conducteur (à convenir)",
        ]
        if temps.sequence is not None:
            lignes.append(
                f"{LIBELLES_SEQUENCE.get(temps.sequence, temps.sequence)} : "
                f"{formater_temps(temps.ecoule_sequence.total_seconds())} / "
                f"{formater_temps(temps.prevu_sequence.total_seconds())}"
            )
        lignes += _alertes(temps)
        chrono.update(Content("\n".join(lignes)))
        pire = max(temps.niveau, temps.niveau_sequence, key=_GRAVITE.index)
        chrono.set_class(pire == "proche", "proche")
        chrono.set_class(pire == "depasse", "depasse")

    def on_mount(self) -> None:
        self._chrono()

    @on(OptionList.OptionSelected, "#taches-precedentes")
    def _changer_statut(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        tache = self.taches[event.option_index]
        suivant = (
            CYCLE_STATUTS[(CYCLE_STATUTS.index(tache.statut) + 1) % len(CYCLE_STATUTS)]
            if tache.statut in CYCLE_STATUTS
            else "faite"
        )
        tache.statut = suivant
        liste = self.query_one("#taches-precedentes", OptionList)
        index = event.option_index
        liste.clear_options()
        liste.add_options(self._options())
        liste.highlighted = index
        self.post_message(self.StatutTache(tache))
