"""La machine à états hiérarchique construite à partir d'un conducteur.

États de premier niveau : `introduction`, `echange`, `conclusion` (chacun avec
les étapes de sa séquence comme sous-états), `suspendu` et `cloture`. Un
sous-état s'écrit `sequence.etape` : le séparateur est le point, fixé dans
`EtatImbrique`, et non le tiret bas par défaut de transitions (un identifiant
avec `_` deviendrait sinon deux niveaux sans prévenir). Les identifiants
d'étape n'ont ni point ni tiret bas (`MOTIF_IDENTIFIANT`).

Les transitions sont décrites comme des données (`Passage`) : la même liste
construit la machine et dessine le diagramme Mermaid. Les gardes sont des
noms de méthodes du modèle (`conditions=`) ; le modèle les délègue aux
gardes de l'entretien (`etats.gardes`), qui disent aussi pourquoi une action
est refusée.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from transitions.core import EventData
from transitions.extensions import HierarchicalMachine
from transitions.extensions.nesting import NestedState

from conducteurs.modele import Conducteur

from .erreurs import Refus

SEPARATEUR = "."
"""Le séparateur des états imbriqués : `echange.projet-professionnel`."""

ETAT_SUSPENDU = "suspendu"
ETAT_CLOTURE = "cloture"


class EtatImbrique(NestedState):
    """Un état imbriqué dont le séparateur est le point."""

    separator = SEPARATEUR


class MachineEntretien(HierarchicalMachine):
    """La machine hiérarchique d'un entretien (séparateur : le point)."""

    state_cls = EtatImbrique


def nom_etat(sequence: str, etape: str) -> str:
    """Le nom complet du sous-état d'une étape : `sequence.etape`."""
    return f"{sequence}{SEPARATEUR}{etape}"


def franchit_cadre(source: str, destination: str) -> bool:
    """Passer de la séquence `source` à `destination` commence l'échange (garde du cadre)."""
    return source == "introduction" and destination != "introduction"


def decomposer(nom: str) -> tuple[str, str | None]:
    """(état de premier niveau, étape ou None) d'un nom d'état complet."""
    tete, _, queue = nom.partition(SEPARATEUR)
    return tete, queue or None


@dataclass(frozen=True)
class Passage:
    """Une transition de la machine, décrite comme une donnée."""

    declencheur: str
    source: str
    destination: str
    conditions: tuple[str, ...] = ()
    saut: bool = False
    """Le passage franchit des étapes personnelles (exclues sans consentement)."""

    def configuration(self) -> dict[str, Any]:
        """La transition au format de `transitions`."""
        return {
            "trigger": self.declencheur,
            "source": self.source,
            "dest": self.destination,
            "conditions": list(self.conditions),
        }


def etats(conducteur: Conducteur) -> list[Any]:
    """Les états de la machine : une séquence par état, ses étapes en sous-états."""
    return [
        {"name": nom, "children": [etape.identifiant for etape in sequence.etapes]}
        for nom, sequence in conducteur.deroulement.sequences()
    ] + [ETAT_SUSPENDU, ETAT_CLOTURE]


def passages(conducteur: Conducteur) -> list[Passage]:
    """Toutes les transitions de la machine d'un conducteur.

    - `avancer` : d'une étape à la suivante, ou par-dessus des étapes
      personnelles (exclues quand le consentement manque) ; de l'introduction
      à l'échange, garde `cadre_convenu` ;
    - `precedent` : vers l'étape précédente (mêmes sauts) ;
    - `aller_a` : d'une séquence (donc de chacune de ses étapes) vers n'importe
      quelle étape déjà abordée ou antérieure ;
    - `suspendre` : d'une séquence vers `suspendu` ; `reprendre` : de
      `suspendu` vers l'étape où l'entretien s'était arrêté ;
    - `cloturer` : d'une séquence vers `cloture`.

    La garde `destination_attendue` vérifie que la destination est celle que
    l'entretien calcule (étape suivante ou précédente non exclue, étape de
    reprise) ; `cible_visee`, que c'est l'étape demandée à `aller_a`.
    """
    liste = conducteur.etapes()
    noms = [nom_etat(sequence, etape.identifiant) for sequence, etape in liste]
    resultat: list[Passage] = []
    for i, (sequence, _) in enumerate(liste):
        for j in range(i + 1, len(liste)):
            conditions = ["etape_quittable"]
            if franchit_cadre(sequence, liste[j][0]):
                conditions.append("cadre_convenu")
            conditions.append("destination_attendue")
            resultat.append(Passage("avancer", noms[i], noms[j], tuple(conditions), saut=j > i + 1))
            if not liste[j][1].personnel:
                break
        for j in range(i - 1, -1, -1):
            resultat.append(
                Passage("precedent", noms[i], noms[j], ("destination_attendue",), j < i - 1)
            )
            if not liste[j][1].personnel:
                break
        resultat.append(Passage("reprendre", ETAT_SUSPENDU, noms[i], ("destination_attendue",)))
    # Transitions portées par les séquences : elles valent pour chacune de leurs
    # étapes (une machine hiérarchique cherche du sous-état vers le parent).
    for sequence, _ in conducteur.deroulement.sequences():
        for nom in noms:
            resultat.append(Passage("aller_a", sequence, nom, ("cible_visee", "aller_a_autorise")))
        resultat.append(Passage("suspendre", sequence, ETAT_SUSPENDU))
        resultat.append(Passage("cloturer", sequence, ETAT_CLOTURE, ("cloture_possible",)))
    return resultat


class GardesMachine(Protocol):
    """Les gardes que l'entretien fournit au modèle de la machine (`etats.gardes`).

    Chacune rend None si la voie est libre, sinon le `Refus` et sa raison :
    la machine ne garde que le oui ou le non, `Entretien.possible` la raison.
    """

    def destination(self, declencheur: str) -> str | None: ...
    def etape_quittable(self) -> Refus | None: ...
    def cadre_convenu(self) -> Refus | None: ...
    def aller_a(self, cible: str) -> Refus | None: ...
    def cloture_possible(self) -> Refus | None: ...


class ModeleMachine:
    """Le modèle de la machine : l'état courant et les gardes.

    Une classe simple (un modèle pydantic ne peut pas être le modèle de
    transitions). Les déclencheurs liés par transitions (`avancer`,
    `may_avancer`…) restent ici, à l'écart de l'API publique d'`Entretien`.
    """

    state: str

    def __init__(self, gardes: GardesMachine) -> None:
        self._gardes = gardes

    def declencher(self, declencheur: str, **kwargs: Any) -> bool:
        """Déclenche un événement de la machine ; vrai si une transition a eu lieu."""
        fonction: Callable[..., bool] = vars(self)["trigger"]  # lié par transitions
        return fonction(declencheur, **kwargs)

    def peut(self, declencheur: str, **kwargs: Any) -> bool:
        """Dit si l'événement passerait maintenant (`may_trigger` de transitions)."""
        fonction: Callable[..., bool] = vars(self)["may_trigger"]  # lié par transitions
        return fonction(declencheur, **kwargs)

    def destination_attendue(self, evenement: EventData) -> bool:
        """La destination est celle que l'entretien calcule pour ce déclencheur."""
        transition = evenement.transition
        return transition is not None and transition.dest == (
            self._gardes.destination(evenement.event.name)
        )

    @staticmethod
    def cible_visee(evenement: EventData) -> bool:
        """La destination de la transition est l'étape demandée (`cible=`)."""
        transition = evenement.transition
        return transition is not None and evenement.kwargs.get("cible") == transition.dest

    def etape_quittable(self, evenement: EventData) -> bool:
        """L'étape courante peut être quittée vers l'avant."""
        return self._gardes.etape_quittable() is None

    def cadre_convenu(self, evenement: EventData) -> bool:
        """Les cinq éléments du cadre sont convenus."""
        return self._gardes.cadre_convenu() is None

    def aller_a_autorise(self, evenement: EventData) -> bool:
        """L'étape demandée est antérieure ou déjà abordée, et le chemin est complet."""
        cible = evenement.kwargs.get("cible")
        etape = decomposer(cible)[1] if isinstance(cible, str) else None
        return etape is not None and self._gardes.aller_a(etape) is None

    def cloture_possible(self, evenement: EventData) -> bool:
        """Rien ne manque pour clore l'entretien."""
        return self._gardes.cloture_possible() is None


def construire(conducteur: Conducteur, modele: ModeleMachine, initial: str) -> MachineEntretien:
    """La machine du conducteur, avec `modele` placé dans l'état `initial`."""
    return MachineEntretien(
        model=modele,
        states=etats(conducteur),
        transitions=[passage.configuration() for passage in passages(conducteur)],
        initial=initial,
        auto_transitions=False,
        send_event=True,
        ignore_invalid_triggers=False,
    )
