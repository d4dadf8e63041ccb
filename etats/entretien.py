"""L'entretien en cours : la machine à états d'un conducteur et ses données.

`Entretien` est la façade que l'interface utilise. Il tient les données
(`DonneesEntretien`, pydantic) et une machine hiérarchique `transitions`
construite à partir du conducteur ; chaque action demande d'abord sa règle
aux gardes (`etats.gardes`) et lève `Refus` avec une phrase qui dit quoi
faire et à quelle étape, puis déclenche la transition (dont les
`conditions=` appellent les mêmes gardes). Les règles vivent chacune dans son
module : le cadre (`cadre`), le consentement (`consentement`), la clôture
(`cloture`), la position parmi les étapes (`parcours`).

Règles appliquées :

- l'échange ne commence pas tant que les cinq éléments du cadre ne sont pas
  convenus dans l'introduction ;
- une étape obligatoire se renseigne avant d'avancer et ne se passe pas ;
- les étapes personnelles attendent le consentement ; s'il est refusé (ou
  absent du dossier, sans étape de consentement), elles sont passées
  d'office et leurs réponses effacées ; s'il est retiré en cours d'entretien,
  les étapes personnelles suivantes sont passées, ce qui était enregistré
  reste (jusqu'à une demande d'effacement) ;
- une étape personnelle accepte « ne souhaite pas répondre »
  (`NE_SOUHAITE_PAS_REPONDRE`), qui compte comme une réponse ;
- sans consentement en vigueur, une note qui contient des données
  personnelles est refusée (`noter(texte, personnelle=...)`) ;
- « formulaire signé : oui » ne suit pas un refus du consentement ;
- la clôture exige l'évaluation, au moins une tâche pour le prochain
  rendez-vous et la date de celui-ci (ou « à fixer » avec la raison) ;
- revenir en arrière ou avancer ne perd jamais une réponse.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from transitions.core import MachineError

from conducteurs.modele import Conducteur, ElementCadre, Etape, Role

from .cadre import Cadre
from .cloture import Cloture
from .consentement import (
    RAISON_CONSENTEMENT_NON_RECUEILLI,
    RAISON_CONSENTEMENT_REFUSE,
    RAISON_CONSENTEMENT_RETIRE,
    Consentement,
)
from .donnees import SEQUENCES, DonneesEntretien, Etat, Evenement, Note, TypeEvenement
from .erreurs import Refus
from .gardes import ACTIONS, Action, Gardes
from .machine import ETAT_CLOTURE, ETAT_SUSPENDU, ModeleMachine, construire, decomposer
from .parcours import Parcours
from .reponses import AFixer, Tache, ValeurReponse, enregistrer
from .restauration import verifier_coherence, verifier_conducteur
from .temps import BilanTemps, Horloge, bilan_temps, horloge_systeme, intervalles

__all__ = [
    "ACTIONS",
    "RAISON_CONSENTEMENT_NON_RECUEILLI",
    "RAISON_CONSENTEMENT_REFUSE",
    "RAISON_CONSENTEMENT_RETIRE",
    "Action",
    "Entretien",
]


class Entretien:
    """Un entretien conduit avec un conducteur : état, réponses, gardes et temps.

    Se crée avec `Entretien.nouveau(...)` ou `Entretien.restaurer(...)`.
    """

    def __init__(
        self, conducteur: Conducteur, donnees: DonneesEntretien, horloge: Horloge | None
    ) -> None:
        """Usage interne : préférer `nouveau` ou `restaurer`."""
        self._conducteur = conducteur
        self._donnees = donnees
        self._horloge: Horloge = horloge if horloge is not None else horloge_systeme
        self._consentement = Consentement(conducteur, donnees)
        self._parcours = Parcours(conducteur, donnees, self._consentement)
        self._cadre = Cadre(conducteur, donnees, self._consentement)
        self._cloture = Cloture(conducteur, donnees, self._consentement, self._cadre)
        self._gardes = Gardes(
            donnees, self._parcours, self._consentement, self._cadre, self._cloture
        )
        self._modele = ModeleMachine(self._gardes)
        self._machine = construire(conducteur, self._modele, self._parcours.nom_etat_donnees())

    # ------------------------------------------------------------ création
    @classmethod
    def nouveau(
        cls,
        conducteur: Conducteur,
        horloge: Horloge | None = None,
        consentement_dossier: bool | None = None,
    ) -> Entretien:
        """Un entretien qui commence à la première étape de l'introduction.

        `horloge` donne l'instant présent (avec fuseau, UTC) ; par défaut
        l'horloge du système. `consentement_dossier` ne sert que si le
        conducteur n'a pas d'étape de consentement (phase d'accompagnement) :
        s'il ne vaut pas `True`, les étapes personnelles sont passées d'office.
        """
        moment = _instant(horloge if horloge is not None else horloge_systeme)
        premiere = conducteur.deroulement.introduction.etapes[0].identifiant
        donnees = DonneesEntretien(
            conducteur=conducteur.identifiant,
            version=conducteur.version,
            empreinte=conducteur.empreinte(),
            etat="introduction",
            etape_courante=premiere,
            debut=moment,
            consentement_dossier=consentement_dossier,
        )
        entretien = cls(conducteur, donnees, horloge)
        entretien._consentement.appliquer()
        if entretien._consentement.exclue(conducteur.etape(premiere)):
            parcours = entretien._parcours
            suivante = parcours.suivante(0)
            if suivante is None or parcours.sequence_de(suivante) != "introduction":
                raise ValueError(
                    "toutes les étapes de l'introduction sont personnelles et exclues faute "
                    "de consentement : l'entretien ne peut pas commencer"
                )
            donnees.etape_courante = parcours.etapes[suivante][1].identifiant
            entretien = cls(conducteur, donnees, horloge)
        donnees.visitees.append(donnees.etape_courante or premiere)
        entretien._journaliser("debut", moment)
        return entretien

    @classmethod
    def restaurer(
        cls,
        conducteur: Conducteur,
        donnees: DonneesEntretien,
        horloge: Horloge | None = None,
    ) -> Entretien:
        """L'entretien sauvegardé, reconstruit exactement dans le même état.

        Lève `ConducteurModifie` si le conducteur n'est pas celui de
        l'enregistrement (identifiant, version ou contenu différents), et
        `ValueError` si les données sont incohérentes.
        """
        verifier_conducteur(conducteur, donnees)
        copie = donnees.copie()
        verifier_coherence(conducteur, copie)
        return cls(conducteur, copie, horloge)

    # ------------------------------------------------------------- lecture
    @property
    def conducteur(self) -> Conducteur:
        """Le conducteur suivi."""
        return self._conducteur

    @property
    def donnees(self) -> DonneesEntretien:
        """Une copie des données, à sauvegarder avec `model_dump(mode="json")`."""
        return self._donnees.copie()

    @property
    def etat(self) -> Etat:
        """« introduction », « echange », « conclusion », « cloture » ou « suspendu »."""
        return self._donnees.etat

    @property
    def etat_machine(self) -> str:
        """Le nom complet de l'état dans la machine (`echange.projet`, `suspendu`…)."""
        return self._modele.state

    @property
    def sequence(self) -> str | None:
        """La séquence courante (celle de la reprise si suspendu), None une fois clos."""
        ident = self._donnees.etape_courante
        return None if ident is None else self._parcours.sequence_de(self._parcours.index[ident])

    @property
    def etape_courante(self) -> Etape | None:
        """L'étape courante (celle de la reprise si suspendu), None une fois clos."""
        return None if self._donnees.etape_courante is None else self._parcours.courante()

    @property
    def position(self) -> tuple[int, int]:
        """(n, N) : l'étape courante est la n-ième des N étapes ; (N, N) une fois clos."""
        total = len(self._parcours.etapes)
        if self._donnees.etape_courante is None:
            return (total, total)
        return (self._parcours.position() + 1, total)

    @property
    def position_sequence(self) -> tuple[int, int]:
        """(n, N) dans la séquence courante ; (0, 0) une fois clos."""
        ident = self._donnees.etape_courante
        sequence = self.sequence
        if ident is None or sequence is None:
            return (0, 0)
        dans = [e.identifiant for s, e in self._parcours.etapes if s == sequence]
        return (dans.index(ident) + 1, len(dans))

    @property
    def consentement(self) -> bool | None:
        """Le consentement : True, False, ou None tant qu'il n'est pas recueilli."""
        return self._consentement.valeur()

    def reponse(self, identifiant: str) -> ValeurReponse | None:
        """La réponse enregistrée à cette étape, ou None."""
        return self._donnees.valeur(identifiant)

    def exclue(self, identifiant: str) -> bool:
        """L'étape est personnelle et exclue faute de consentement."""
        return self._consentement.exclue(self._conducteur.etape(identifiant))

    def visitee(self, identifiant: str) -> bool:
        """L'étape a déjà été atteinte au cours de l'entretien."""
        return identifiant in self._donnees.visitees

    def possible(self, action: str, *args: object) -> Refus | None:
        """None si l'action est permise maintenant, sinon le `Refus` qu'elle lèverait.

        Actions : « avancer », « passer » (raison facultative), « cloturer »,
        « precedent », « aller_a » (identifiant), « suspendre », « reprendre »,
        « repondre » (valeur facultative), « noter » (texte facultatif).
        Sans argument facultatif, seule la possibilité de l'action est jugée.
        C'est la règle de l'action dans les gardes, celle que l'action lève.
        """
        return self._gardes.refus(action, *args)

    def elements_cadre_convenus(self) -> dict[ElementCadre, bool]:
        """Pour chacun des cinq éléments du cadre : est-il convenu ?"""
        return self._cadre.convenus()

    def manques_cloture(self) -> list[Refus]:
        """Tout ce qui manque encore pour clore l'entretien (liste vide sinon)."""
        return self._cloture.manques()

    def taches(self) -> list[Tache]:
        """Le travail demandé pour le prochain rendez-vous (liste vide s'il manque)."""
        return self._cloture.taches()

    def prochain_rdv(self) -> datetime | AFixer | None:
        """La date du prochain rendez-vous, « à fixer » avec la raison, ou None."""
        return self._cloture.prochain_rdv()

    # ------------------------------------------------------------- actions
    def repondre(self, valeur: object, personnelle: str | None = None) -> None:
        """Enregistre (ou remplace) la réponse à l'étape courante ; lève `Refus`.

        `personnelle` : comme pour `noter`, ce que le texte contient de personnel
        sur l'adhérent ; sans consentement en vigueur, la réponse est refusée."""
        _lever(self._gardes.repondre(valeur, personnelle))
        etape = self._parcours.courante()
        moment = self._maintenant()
        self._donnees.reponses[etape.identifiant] = enregistrer(etape, valeur, moment)
        self._donnees.passees.pop(etape.identifiant, None)
        self._journaliser("reponse", moment)
        if etape.role == Role.consentement:
            self._donnees.consentement_retire = None
            effacees = self._consentement.appliquer()
            detail = f"{effacees} réponse(s) personnelle(s) effacée(s)" if effacees else ""
            self._journaliser("consentement", moment, detail)

    def avancer(self) -> None:
        """Passe à l'étape suivante (séquence suivante au bout d'une séquence)."""
        _lever(self._gardes.avancer())
        self._avancer("avancer")

    def passer(self, raison: str) -> None:
        """Passe une étape facultative en gardant la raison, puis avance.

        À la dernière étape, la raison est gardée et l'entretien reste là.
        """
        _lever(self._gardes.passer(raison))
        etape = self._parcours.courante()
        self._donnees.passees[etape.identifiant] = raison.strip()
        if etape.role == Role.consentement:
            self._consentement.appliquer()
        if self._parcours.suivante(self._parcours.position()) is None:
            self._journaliser("passer", self._maintenant())
        else:
            self._avancer("passer")

    def precedent(self) -> None:
        """Revient à l'étape précédente ; les réponses sont gardées."""
        _lever(self._gardes.precedent())
        self._reculer()

    def aller_a(self, identifiant: str) -> None:
        """Va à une étape antérieure ou déjà abordée ; les réponses sont gardées."""
        _lever(self._gardes.aller_a(identifiant))
        depart = self._donnees.etape_courante
        if identifiant == depart:
            return
        self._declencher(
            "aller_a",
            self._parcours.nom(self._parcours.index[identifiant]),
            "aller_a",
            f"depuis {depart}",
        )

    def noter(self, texte: str, personnelle: str | None = None) -> None:
        """Ajoute une note libre, horodatée, rattachée à l'étape courante.

        `personnelle` : ce que la note contient de personnel sur l'adhérent
        (« coordonnées et identité »…), trouvé par le vérificateur de
        l'interface ; None si rien. Sans consentement en vigueur, une note
        personnelle est refusée (`Refus`) et rien n'est enregistré.
        """
        _lever(self._gardes.noter(texte, personnelle))
        moment = self._maintenant()
        self._donnees.notes.append(
            Note(horodatage=moment, etape=self._donnees.etape_courante, texte=texte.strip())
        )
        self._journaliser("note", moment)

    def retirer_consentement(self) -> None:
        """L'adhérent retire son consentement : les étapes personnelles suivantes sont exclues.

        Ce qui a déjà été enregistré reste (jusqu'à une demande d'effacement) ;
        si l'étape courante est personnelle, l'entretien passe à la suivante.
        """
        _lever(self._consentement.refus_retrait(self.etat == ETAT_CLOTURE))
        moment = self._maintenant()
        self._donnees.consentement_retire = moment
        self._consentement.appliquer()
        self._journaliser("consentement", moment, "retiré")
        ident = self._donnees.etape_courante
        if ident is not None and self.exclue(ident):
            parcours = self._parcours
            suivante = parcours.suivante(parcours.position())
            if suivante is None:
                if parcours.precedente(parcours.position()) is not None:
                    self._reculer()
            elif self.etat == ETAT_SUSPENDU:
                self._donnees.etape_courante = parcours.etapes[suivante][1].identifiant
            else:
                self._avancer("passer")

    def suspendre(self) -> None:
        """Suspend l'entretien : le temps suspendu ne compte pas."""
        _lever(self._gardes.suspendre())
        self._declencher("suspendre", ETAT_SUSPENDU, "suspension")

    def reprendre(self) -> None:
        """Reprend l'entretien suspendu, à l'étape où il s'était arrêté."""
        _lever(self._gardes.reprendre())
        self._declencher("reprendre", self._parcours.nom(self._parcours.position()), "reprise")

    def reprendre_apres_interruption(self) -> None:
        """Après un arrêt brutal (terminal fermé, coupure, `kill -9`), reprend le fil.

        Le temps entre le dernier événement enregistré et maintenant ne compte
        pas : une suspension datée du dernier événement est ajoutée, puis une
        reprise à l'instant présent. Sans effet si l'entretien est suspendu ou clos.
        """
        if self._donnees.etat not in SEQUENCES or not self._donnees.evenements:
            return
        dernier = self._donnees.evenements[-1].horodatage
        self._donnees.evenements.append(
            Evenement(
                horodatage=dernier,
                type="suspension",
                etat=ETAT_SUSPENDU,
                etape=self._donnees.etape_courante,
                detail="interruption",
            )
        )
        self._journaliser("reprise", max(self._maintenant(), dernier), "après interruption")

    def cloturer(self) -> None:
        """Clôt l'entretien ; lève `Refus` en nommant tout ce qui manque."""
        _lever(self._gardes.cloturer())
        self._declencher("cloturer", ETAT_CLOTURE, "cloture")

    # ---------------------------------------------------------------- temps
    def temps_ecoule(self) -> timedelta:
        """Le temps passé dans l'entretien, hors suspensions, jusqu'à maintenant ou la clôture."""
        return sum((duree for _, _, duree in self._intervalles()), timedelta(0))

    def temps_par_sequence(self) -> dict[str, timedelta]:
        """Le temps passé dans chaque séquence (les trois, dans l'ordre)."""
        temps: dict[str, timedelta] = {nom: timedelta(0) for nom in SEQUENCES}
        for sequence, _, duree in self._intervalles():
            temps[sequence] += duree
        return temps

    def temps_par_etape(self) -> dict[str, timedelta]:
        """Le temps passé à chaque étape (toutes, dans l'ordre du conducteur)."""
        temps = {etape.identifiant: timedelta(0) for _, etape in self._parcours.etapes}
        for _, etape, duree in self._intervalles():
            temps[etape] += duree
        return temps

    def bilan_temps(self) -> BilanTemps:
        """Le temps écoulé, la durée convenue (ou prévue par le conducteur) et les alertes."""
        sequence = self.sequence if self.etat in SEQUENCES else None
        return bilan_temps(self._conducteur, self._donnees, sequence, self._maintenant())

    def depassement(self) -> bool:
        """Le temps écoulé dépasse la durée convenue (ou, avant, celle du conducteur)."""
        return self.bilan_temps().niveau == "depasse"

    # ------------------------------------------------------------ transitions
    def _avancer(self, type_evenement: TypeEvenement) -> None:
        suivante = self._parcours.suivante(self._parcours.position())
        assert suivante is not None
        self._declencher("avancer", self._parcours.nom(suivante), type_evenement)

    def _reculer(self) -> None:
        precedente = self._parcours.precedente(self._parcours.position())
        assert precedente is not None
        self._declencher("precedent", self._parcours.nom(precedente), "precedent")

    def _declencher(
        self, declencheur: str, cible: str, type_evenement: TypeEvenement, detail: str = ""
    ) -> None:
        """Déclenche la transition, puis reporte le nouvel état dans les données."""
        try:
            fait = self._modele.declencher(declencheur, cible=cible)
        except MachineError:
            fait = False
        if not fait:  # pragma: no cover - les gardes ont été vérifiées avant
            raise Refus("Cette action n'est pas possible dans l'état actuel de l'entretien.")
        moment = self._maintenant()
        etat, etape = decomposer(self._modele.state)
        donnees = self._donnees
        if etat in SEQUENCES:
            assert etape is not None
            donnees.etat = etat
            donnees.etape_courante = etape
            if etape not in donnees.visitees:
                donnees.visitees.append(etape)
        elif etat == ETAT_SUSPENDU:
            donnees.etat = "suspendu"
        else:
            donnees.etat = "cloture"
            donnees.etape_courante = None
            donnees.fin = moment
        self._journaliser(type_evenement, moment, detail)

    def _journaliser(
        self, type_evenement: TypeEvenement, moment: datetime, detail: str = ""
    ) -> None:
        self._donnees.evenements.append(
            Evenement(
                horodatage=moment,
                type=type_evenement,
                etat=self._donnees.etat,
                etape=self._donnees.etape_courante,
                detail=detail,
            )
        )

    def _maintenant(self) -> datetime:
        return _instant(self._horloge)

    def _intervalles(self) -> list[tuple[str, str, timedelta]]:
        return list(intervalles(self._donnees.evenements, self._maintenant()))


def _lever(refus: Refus | None) -> None:
    """Lève le refus d'une règle, s'il y en a un."""
    if refus is not None:
        raise refus


def _instant(horloge: Horloge) -> datetime:
    moment = horloge()
    if moment.utcoffset() is None:
        raise ValueError("l'horloge doit donner une date avec fuseau horaire (UTC)")
    return moment
