"""L'entretien en cours : la machine à états d'un conducteur et ses données.

`Entretien` est la façade que l'interface utilise. Il tient les données
(`DonneesEntretien`, pydantic) et une machine hiérarchique `transitions`
construite à partir du conducteur ; chaque action vérifie d'abord ses gardes
et lève `Refus` avec une phrase qui dit quoi faire et à quelle étape, puis
déclenche la transition (dont les `conditions=` sont les mêmes gardes).

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
from typing import Literal, get_args

from transitions.core import MachineError

from conducteurs.modele import (
    LIBELLES_CADRE,
    Conducteur,
    ElementCadre,
    Etape,
    Role,
    TypeReponse,
)

from .donnees import SEQUENCES, DonneesEntretien, Etat, Evenement, Note, TypeEvenement
from .erreurs import ConducteurModifie, Refus
from .machine import (
    ETAT_CLOTURE,
    ETAT_SUSPENDU,
    ModeleMachine,
    construire,
    decomposer,
    nom_etat,
)
from .reponses import AFixer, Tache, ValeurReponse, enregistrer, normaliser
from .temps import Horloge, horloge_systeme, intervalles

RAISON_CONSENTEMENT_REFUSE = "consentement refusé"
"""Raison donnée aux étapes personnelles passées quand l'adhérent refuse."""
RAISON_CONSENTEMENT_NON_RECUEILLI = "consentement non recueilli"
"""Raison donnée aux étapes personnelles passées faute de consentement recueilli."""
RAISON_CONSENTEMENT_RETIRE = "consentement retiré"
"""Raison donnée aux étapes personnelles passées après un retrait du consentement."""
RAISONS_CONSENTEMENT = frozenset(
    {RAISON_CONSENTEMENT_REFUSE, RAISON_CONSENTEMENT_NON_RECUEILLI, RAISON_CONSENTEMENT_RETIRE}
)

Action = Literal[
    "avancer",
    "passer",
    "cloturer",
    "precedent",
    "aller_a",
    "suspendre",
    "reprendre",
    "repondre",
    "noter",
]
"""Les actions dont `Entretien.possible` sait dire si elles sont permises."""

ACTIONS: tuple[Action, ...] = get_args(Action)

_TYPES_VALEUR: dict[ElementCadre, frozenset[TypeReponse]] = {
    ElementCadre.objectifs: frozenset(
        {TypeReponse.texte, TypeReponse.choix, TypeReponse.choix_multiple}
    ),
    ElementCadre.duree: frozenset({TypeReponse.duree}),
}
"""Les éléments du cadre dont une étape doit noter la valeur, et les types qui le font."""


def _phrase(raison: str) -> str:
    """Une raison sans son point final, en minuscule initiale, pour une énumération."""
    texte = raison.rstrip(".")
    return texte[:1].lower() + texte[1:]


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
        self._etapes: list[tuple[str, Etape]] = conducteur.etapes()
        self._index: dict[str, int] = {
            etape.identifiant: i for i, (_, etape) in enumerate(self._etapes)
        }
        self._etape_consentement = conducteur.etape_de_role(Role.consentement)
        self._modele = ModeleMachine(self)
        self._machine = construire(conducteur, self._modele, self._nom_etat_donnees())

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
        entretien._appliquer_consentement()
        if entretien._exclue(conducteur.etape(premiere)):
            suivante = entretien._suivante(0)
            if suivante is None or entretien._etapes[suivante][0] != "introduction":
                raise ValueError(
                    "toutes les étapes de l'introduction sont personnelles et exclues faute "
                    "de consentement : l'entretien ne peut pas commencer"
                )
            donnees.etape_courante = entretien._etapes[suivante][1].identifiant
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
        trouve = (conducteur.identifiant, conducteur.version, conducteur.empreinte())
        attendu = (donnees.conducteur, donnees.version, donnees.empreinte)
        if trouve != attendu:
            if conducteur.identifiant != donnees.conducteur:
                message = (
                    f"Cet entretien a été conduit avec le conducteur « {donnees.conducteur} », "
                    f"pas « {conducteur.identifiant} » : ouvrez-le avec son conducteur."
                )
            elif conducteur.version != donnees.version:
                message = (
                    f"Le conducteur « {conducteur.titre} » est passé de la version "
                    f"« {donnees.version} » à « {conducteur.version} » depuis l'enregistrement "
                    "de cet entretien : il ne peut pas être repris tel quel."
                )
            else:
                message = (
                    f"Le conducteur « {conducteur.titre} » (version « {conducteur.version} ») "
                    "a été modifié depuis l'enregistrement de cet entretien : il ne peut pas "
                    "être repris tel quel."
                )
            raise ConducteurModifie(message, attendu=attendu, trouve=trouve)
        copie = donnees.copie()
        _verifier_coherence(conducteur, copie)
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
        return None if ident is None else self._etapes[self._index[ident]][0]

    @property
    def etape_courante(self) -> Etape | None:
        """L'étape courante (celle de la reprise si suspendu), None une fois clos."""
        ident = self._donnees.etape_courante
        return None if ident is None else self._etapes[self._index[ident]][1]

    @property
    def position(self) -> tuple[int, int]:
        """(n, N) : l'étape courante est la n-ième des N étapes ; (N, N) une fois clos."""
        total = len(self._etapes)
        ident = self._donnees.etape_courante
        return (total, total) if ident is None else (self._index[ident] + 1, total)

    @property
    def position_sequence(self) -> tuple[int, int]:
        """(n, N) dans la séquence courante ; (0, 0) une fois clos."""
        ident = self._donnees.etape_courante
        if ident is None:
            return (0, 0)
        sequence = self._etapes[self._index[ident]][0]
        dans = [e.identifiant for s, e in self._etapes if s == sequence]
        return (dans.index(ident) + 1, len(dans))

    @property
    def consentement(self) -> bool | None:
        """Le consentement : True, False, ou None tant qu'il n'est pas recueilli."""
        if self._donnees.consentement_retire is not None:
            return False
        etape = self._etape_consentement
        if etape is None:
            return self._donnees.consentement_dossier is True
        reponse = self._donnees.reponses.get(etape.identifiant)
        if reponse is not None:
            return reponse.valeur is True
        if etape.identifiant in self._donnees.passees:
            return False
        return None

    def reponse(self, identifiant: str) -> ValeurReponse | None:
        """La réponse enregistrée à cette étape, ou None."""
        reponse = self._donnees.reponses.get(identifiant)
        if reponse is None:
            return None
        valeur = reponse.valeur
        return list(valeur) if isinstance(valeur, tuple) else valeur  # type: ignore[return-value]

    def exclue(self, identifiant: str) -> bool:
        """L'étape est personnelle et exclue faute de consentement."""
        return self._exclue(self._conducteur.etape(identifiant))

    def visitee(self, identifiant: str) -> bool:
        """L'étape a déjà été atteinte au cours de l'entretien."""
        return identifiant in self._donnees.visitees

    # ------------------------------------------------------------- actions
    def repondre(self, valeur: object, personnelle: str | None = None) -> None:
        """Enregistre (ou remplace) la réponse à l'étape courante ; lève `Refus`.

        `personnelle` : comme pour `noter`, ce que le texte contient de personnel
        sur l'adhérent ; sans consentement en vigueur, la réponse est refusée."""
        refus = self._refus_repondre() or self._refus_personnel("Réponse", personnelle)
        if refus is not None:
            raise refus
        etape = self._courante()
        if (
            etape.role == Role.formulaire_signe
            and valeur is True
            and self._raison_exclusion() in (RAISON_CONSENTEMENT_REFUSE, RAISON_CONSENTEMENT_RETIRE)
        ):
            raise Refus(
                "« Formulaire signé : oui » ne peut pas suivre un refus (ou un retrait) du "
                "consentement dans la même séance : répondez « non », ou revenez à l'étape du "
                "consentement si l'adhérent a changé d'avis.",
                None if self._etape_consentement is None else self._etape_consentement.identifiant,
            )
        moment = self._maintenant()
        self._donnees.reponses[etape.identifiant] = enregistrer(etape, valeur, moment)
        self._donnees.passees.pop(etape.identifiant, None)
        self._journaliser("reponse", moment)
        if etape.role == Role.consentement:
            self._donnees.consentement_retire = None
            effacees = self._appliquer_consentement()
            detail = f"{effacees} réponse(s) personnelle(s) effacée(s)" if effacees else ""
            self._journaliser("consentement", moment, detail)

    def avancer(self) -> None:
        """Passe à l'étape suivante (séquence suivante au bout d'une séquence)."""
        refus = self._refus_avancer()
        if refus is not None:
            raise refus
        self._avancer("avancer")

    def passer(self, raison: str) -> None:
        """Passe une étape facultative en gardant la raison, puis avance.

        À la dernière étape, la raison est gardée et l'entretien reste là.
        """
        refus = self._refus_passer(raison)
        if refus is not None:
            raise refus
        etape = self._courante()
        self._donnees.passees[etape.identifiant] = raison.strip()
        if etape.role == Role.consentement:
            self._appliquer_consentement()
        if self._suivante(self._position()) is None:
            self._journaliser("passer", self._maintenant())
        else:
            self._avancer("passer")

    def precedent(self) -> None:
        """Revient à l'étape précédente ; les réponses sont gardées."""
        refus = self._refus_precedent()
        if refus is not None:
            raise refus
        precedente = self._precedente(self._position())
        assert precedente is not None
        self._declencher("precedent", self._nom(precedente), "precedent")

    def aller_a(self, identifiant: str) -> None:
        """Va à une étape antérieure ou déjà abordée ; les réponses sont gardées."""
        refus = self._refus_aller_a(identifiant)
        if refus is not None:
            raise refus
        depart = self._donnees.etape_courante
        if identifiant == depart:
            return
        self._declencher(
            "aller_a", self._nom(self._index[identifiant]), "aller_a", f"depuis {depart}"
        )

    def noter(self, texte: str, personnelle: str | None = None) -> None:
        """Ajoute une note libre, horodatée, rattachée à l'étape courante.

        `personnelle` : ce que la note contient de personnel sur l'adhérent
        (« coordonnées et identité »…), trouvé par le vérificateur de
        l'interface ; None si rien. Sans consentement en vigueur, une note
        personnelle est refusée (`Refus`) et rien n'est enregistré.
        """
        refus = self._refus_noter(texte) or self._refus_personnel("Note", personnelle)
        if refus is not None:
            raise refus
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
        if self.etat == ETAT_CLOTURE:
            raise Refus(
                "L'entretien est clos : le retrait se fait depuis le dossier de l'adhérent."
            )
        if self._donnees.consentement_retire is not None:
            raise Refus("Le consentement a déjà été retiré pendant cet entretien.")
        moment = self._maintenant()
        self._donnees.consentement_retire = moment
        self._appliquer_consentement()
        self._journaliser("consentement", moment, "retiré")
        ident = self._donnees.etape_courante
        if ident is not None and self._exclue(self._conducteur.etape(ident)):
            suivante = self._suivante(self._position())
            if suivante is None:
                precedente = self._precedente(self._position())
                if precedente is not None:
                    self._declencher("precedent", self._nom(precedente), "precedent")
            elif self.etat == ETAT_SUSPENDU:
                self._donnees.etape_courante = self._etapes[suivante][1].identifiant
            else:
                self._avancer("passer")

    def suspendre(self) -> None:
        """Suspend l'entretien : le temps suspendu ne compte pas."""
        refus = self._refus_suspendre()
        if refus is not None:
            raise refus
        self._declencher("suspendre", ETAT_SUSPENDU, "suspension")

    def reprendre(self) -> None:
        """Reprend l'entretien suspendu, à l'étape où il s'était arrêté."""
        refus = self._refus_reprendre()
        if refus is not None:
            raise refus
        self._declencher("reprendre", self._nom(self._position()), "reprise")

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
        refus = self._refus_cloturer()
        if refus is not None:
            raise refus
        self._declencher("cloturer", ETAT_CLOTURE, "cloture")

    def possible(self, action: str, *args: object) -> Refus | None:
        """None si l'action est permise maintenant, sinon le `Refus` qu'elle lèverait.

        Actions : « avancer », « passer » (raison facultative), « cloturer »,
        « precedent », « aller_a » (identifiant), « suspendre », « reprendre »,
        « repondre » (valeur facultative), « noter » (texte facultatif).
        Sans argument facultatif, seule la possibilité de l'action est jugée.
        """
        if action == "avancer":
            return self._refus_avancer()
        if action == "passer":
            return self._refus_passer(_texte(args[0]) if args else None)
        if action == "cloturer":
            return self._refus_cloturer()
        if action == "precedent":
            return self._refus_precedent()
        if action == "aller_a":
            if not args:
                raise TypeError("possible('aller_a', identifiant) : l'identifiant manque")
            return self._refus_aller_a(_texte(args[0]))
        if action == "suspendre":
            return self._refus_suspendre()
        if action == "reprendre":
            return self._refus_reprendre()
        if action == "repondre":
            refus = self._refus_repondre()
            if refus is None and args:
                try:
                    normaliser(self._courante(), args[0])
                except Refus as erreur:
                    return erreur
            return refus
        if action == "noter":
            return self._refus_noter(_texte(args[0]) if args else None)
        raise ValueError(f"action inconnue : « {action} » (attendu : {', '.join(ACTIONS)})")

    # ------------------------------------------------------- cadre, clôture
    def elements_cadre_convenus(self) -> dict[ElementCadre, bool]:
        """Pour chacun des cinq éléments du cadre : est-il convenu ?"""
        return {element: self._manque_cadre(element) is None for element in ElementCadre}

    def manques_cloture(self) -> list[Refus]:
        """Tout ce qui manque encore pour clore l'entretien (liste vide sinon)."""
        if self.etat == ETAT_CLOTURE:
            return []
        manques: list[Refus] = []
        cadre = self._refus_cadre()
        if cadre is not None:
            manques.append(cadre)
        for _, etape in self._etapes:
            if self._exclue(etape):
                continue
            ident = etape.identifiant
            titre = etape.titre
            if ident in self._donnees.reponses:
                continue
            if etape.role == Role.evaluation:
                manques.append(
                    Refus(f"Il manque l'évaluation du résultat atteint (étape « {titre} »).", ident)
                )
            elif etape.role == Role.taches:
                manques.append(
                    Refus(
                        "Il manque le travail demandé pour le prochain rendez-vous : au moins "
                        f"une tâche (étape « {titre} »).",
                        ident,
                    )
                )
            elif etape.role == Role.prochain_rdv:
                manques.append(
                    Refus(
                        "Il manque la date du prochain rendez-vous, ou « à fixer » avec la "
                        f"raison (étape « {titre} »).",
                        ident,
                    )
                )
            elif etape.obligatoire:
                manques.append(Refus(f"L'étape obligatoire « {titre} » n'a pas de réponse.", ident))
            elif etape.role == Role.consentement and ident not in self._donnees.passees:
                manques.append(
                    Refus(
                        f"Le consentement n'est pas recueilli (étape « {titre} ») : répondez "
                        "oui ou non, ou passez l'étape en donnant la raison.",
                        ident,
                    )
                )
        return manques

    def taches(self) -> list[Tache]:
        """Le travail demandé pour le prochain rendez-vous (liste vide s'il manque)."""
        etape = self._conducteur.etape_de_role(Role.taches)
        valeur = None if etape is None else self.reponse(etape.identifiant)
        return [t for t in valeur if isinstance(t, Tache)] if isinstance(valeur, list) else []

    def prochain_rdv(self) -> datetime | AFixer | None:
        """La date du prochain rendez-vous, « à fixer » avec la raison, ou None."""
        etape = self._conducteur.etape_de_role(Role.prochain_rdv)
        valeur = None if etape is None else self.reponse(etape.identifiant)
        return valeur if isinstance(valeur, datetime | AFixer) else None

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
        temps = {etape.identifiant: timedelta(0) for _, etape in self._etapes}
        for _, etape, duree in self._intervalles():
            temps[etape] += duree
        return temps

    def depassement(self) -> bool:
        """Le temps écoulé dépasse la durée prévue par le conducteur."""
        return self.temps_ecoule() > timedelta(minutes=self._conducteur.duree_minutes)

    # ------------------------------------------------------- gardes (bool)
    def _destination_attendue(self, declencheur: str) -> str | None:
        """L'état où mène ce déclencheur maintenant (avancer, precedent, reprendre)."""
        if self.etat == ETAT_CLOTURE:
            return None
        position = self._position()
        if declencheur == "reprendre":
            return self._nom(position) if self.etat == ETAT_SUSPENDU else None
        if self.etat == ETAT_SUSPENDU:
            return None
        if declencheur == "avancer":
            cible = self._suivante(position)
        elif declencheur == "precedent":
            cible = self._precedente(position)
        else:
            return None
        return None if cible is None else self._nom(cible)

    def _garde_etape_quittable(self) -> bool:
        return self._refus_quitter(self._position()) is None

    def _garde_cadre_convenu(self) -> bool:
        return self._refus_cadre() is None

    def _garde_aller_a(self, cible: str | None) -> bool:
        return cible is not None and self._refus_aller_a(cible) is None

    def _garde_cloture_possible(self) -> bool:
        return self._refus_cloturer() is None

    # ----------------------------------------------------- gardes (refus)
    def _refus_etat(self) -> Refus | None:
        if self.etat == ETAT_SUSPENDU:
            return Refus("L'entretien est suspendu : reprenez-le d'abord.")
        if self.etat == ETAT_CLOTURE:
            return Refus("L'entretien est clos.")
        return None

    def _refus_quitter(self, position: int) -> Refus | None:
        """Pourquoi l'étape à cette position ne peut pas être laissée derrière soi."""
        etape = self._etapes[position][1]
        ident = etape.identifiant
        if self._exclue(etape) or ident in self._donnees.reponses or ident in self._donnees.passees:
            return None
        consentement = self._etape_consentement
        if etape.obligatoire and self._bloquee(etape) and consentement is not None:
            return Refus(
                f"L'étape « {etape.titre} » recueille des données personnelles : recueillez "
                f"d'abord le consentement (étape « {consentement.titre} »).",
                consentement.identifiant,
            )
        if etape.obligatoire:
            return Refus(
                f"L'étape « {etape.titre} » est obligatoire : répondez-y avant d'avancer.", ident
            )
        if etape.role == Role.consentement:
            return Refus(
                f"Le consentement n'est pas recueilli : répondez oui ou non à l'étape "
                f"« {etape.titre} », ou passez-la en donnant la raison.",
                ident,
            )
        return None

    def _refus_avancer(self) -> Refus | None:
        refus = self._refus_etat()
        if refus is not None:
            return refus
        position = self._position()
        refus = self._refus_quitter(position)
        if refus is not None:
            return refus
        suivante = self._suivante(position)
        if suivante is None:
            return Refus("C'est la dernière étape de l'entretien : clôturez-le.")
        if self._etapes[position][0] == "introduction" and self._etapes[suivante][0] != (
            "introduction"
        ):
            return self._refus_cadre()
        return None

    def _refus_passer(self, raison: str | None) -> Refus | None:
        refus = self._refus_etat()
        if refus is not None:
            return refus
        etape = self._courante()
        ident = etape.identifiant
        if etape.obligatoire:
            return Refus(
                f"L'étape « {etape.titre} » est obligatoire : elle ne peut pas être passée.",
                ident,
            )
        if ident in self._donnees.reponses:
            return Refus(
                f"L'étape « {etape.titre} » a déjà une réponse : avancez plutôt que de la passer.",
                ident,
            )
        if raison is not None and not raison.strip():
            return Refus(
                f"Indiquez pourquoi l'étape « {etape.titre} » est passée : la raison est gardée.",
                ident,
            )
        if self._suivante(self._position()) is None:
            return None
        # Simulation : l'étape passée (et le consentement qui en découle), puis avancer.
        reponses = dict(self._donnees.reponses)
        passees = dict(self._donnees.passees)
        try:
            self._donnees.passees[ident] = (raison or "").strip() or "passée"
            if etape.role == Role.consentement:
                self._appliquer_consentement()
            return self._refus_avancer()
        finally:
            self._donnees.reponses = reponses
            self._donnees.passees = passees

    def _refus_precedent(self) -> Refus | None:
        refus = self._refus_etat()
        if refus is not None:
            return refus
        if self._precedente(self._position()) is None:
            return Refus("C'est la première étape de l'entretien : il n'y a rien avant.")
        return None

    def _refus_aller_a(self, cible: str) -> Refus | None:
        refus = self._refus_etat()
        if refus is not None:
            return refus
        if cible not in self._index:
            return Refus(f"Le conducteur n'a pas d'étape « {cible} ».")
        position = self._index[cible]
        sequence, etape = self._etapes[position]
        if self._exclue(etape):
            raison = self._raison_exclusion() or RAISON_CONSENTEMENT_NON_RECUEILLI
            consentement = self._etape_consentement
            return Refus(
                f"L'étape « {etape.titre} » recueille des données personnelles : elle est "
                f"exclue ({raison}).",
                None if consentement is None else consentement.identifiant,
            )
        if position <= self._position():
            return None
        if cible not in self._donnees.visitees:
            return Refus(
                f"L'étape « {etape.titre} » n'a pas encore été abordée : avancez étape par "
                "étape jusqu'à elle."
            )
        for avant in range(position):
            refus = self._refus_quitter(avant)
            if refus is not None:
                return refus
        if sequence != "introduction":
            return self._refus_cadre()
        return None

    def _refus_suspendre(self) -> Refus | None:
        if self.etat == ETAT_SUSPENDU:
            return Refus("L'entretien est déjà suspendu.")
        if self.etat == ETAT_CLOTURE:
            return Refus("L'entretien est clos : il ne peut plus être suspendu.")
        return None

    def _refus_reprendre(self) -> Refus | None:
        if self.etat != ETAT_SUSPENDU:
            return Refus("L'entretien n'est pas suspendu : il n'y a rien à reprendre.")
        return None

    def _refus_cloturer(self) -> Refus | None:
        if self.etat == ETAT_SUSPENDU:
            return Refus("L'entretien est suspendu : reprenez-le avant de le clôturer.")
        if self.etat == ETAT_CLOTURE:
            return Refus("L'entretien est déjà clos.")
        manques = self.manques_cloture()
        if not manques:
            return None
        if len(manques) == 1:
            return manques[0]
        return Refus(
            "Impossible de clore l'entretien : "
            + " ; ".join(_phrase(manque.raison) for manque in manques)
            + ".",
            manques[0].etape,
        )

    def _refus_repondre(self) -> Refus | None:
        refus = self._refus_etat()
        if refus is not None:
            return refus
        etape = self._courante()
        consentement = self._etape_consentement
        if self._bloquee(etape) and consentement is not None:
            return Refus(
                f"L'étape « {etape.titre} » recueille des données personnelles : le "
                f"consentement doit d'abord être recueilli (étape « {consentement.titre} »).",
                consentement.identifiant,
            )
        if self._exclue(etape):  # pragma: no cover - l'étape courante n'est jamais exclue
            return Refus(f"L'étape « {etape.titre} » est exclue faute de consentement.")
        return None

    def _refus_personnel(self, quoi: str, personnelle: str | None) -> Refus | None:
        """Sans consentement en vigueur, un texte personnel ne s'enregistre pas."""
        if not personnelle or self.consentement is True:
            return None
        raison = self._raison_exclusion() or "consentement pas encore recueilli"
        return Refus(
            f"{quoi} non enregistrée : données personnelles sur l'adhérent ({personnelle}) "
            f"sans consentement en vigueur ({raison}) ; sans consentement, rien de personnel "
            "ne s'enregistre. Écrivez plutôt « coordonnées à recueillir après le "
            "consentement » ou « contraintes à prendre en compte »."
        )

    def _refus_noter(self, texte: str | None) -> Refus | None:
        if self.etat == ETAT_CLOTURE:
            return Refus("L'entretien est clos : il ne reçoit plus de notes.")
        if texte is not None and not texte.strip():
            return Refus("La note est vide : écrivez au moins un mot.")
        return None

    # ---------------------------------------------------------------- cadre
    def _accord(self, etape: Etape) -> bool | None:
        """La réponse de l'étape marque-t-elle un accord ? None sans réponse."""
        reponse = self._donnees.reponses.get(etape.identifiant)
        if reponse is None or self._exclue(etape):
            return None
        if etape.type == TypeReponse.oui_non:
            return reponse.valeur is True
        if etape.type == TypeReponse.liste_controle:
            valeur = reponse.valeur
            return isinstance(valeur, tuple) and set(valeur) == set(etape.options)
        return True

    def _manque_cadre(self, element: ElementCadre) -> tuple[str, str] | None:
        """(ce qui manque, étape où agir) pour cet élément du cadre, ou None s'il est convenu."""
        libelle = LIBELLES_CADRE[element]
        introduction = self._conducteur.deroulement.introduction.etapes
        porteuses = [e for e in introduction if element in e.cadre]
        if not porteuses:  # pragma: no cover - le schéma l'interdit
            return (f"« {libelle} » (aucune étape ne le convient)", "")
        for etape in porteuses:
            if self._accord(etape) is False:
                if etape.type == TypeReponse.oui_non:
                    return (
                        f"« {libelle} » (réponse « non » à l'étape « {etape.titre} »)",
                        etape.identifiant,
                    )
                return (
                    f"« {libelle} » (des points restent à cocher à l'étape « {etape.titre} »)",
                    etape.identifiant,
                )
        types = _TYPES_VALEUR.get(element)
        if types is not None:
            valeurs = [e for e in porteuses if e.type in types]
            if valeurs and not any(self._accord(e) for e in valeurs):
                etape = valeurs[0]
                return (f"« {libelle} » (à noter à l'étape « {etape.titre} »)", etape.identifiant)
        if not any(self._accord(e) for e in porteuses):
            etape = next(
                (e for e in porteuses if e.identifiant not in self._donnees.reponses),
                porteuses[0],
            )
            if self._exclue(etape):
                return (
                    f"« {libelle} » (l'étape « {etape.titre} » est exclue faute de consentement)",
                    etape.identifiant,
                )
            return (f"« {libelle} » (étape « {etape.titre} »)", etape.identifiant)
        return None

    def _refus_cadre(self) -> Refus | None:
        manques = [m for m in (self._manque_cadre(e) for e in ElementCadre) if m is not None]
        if not manques:
            return None
        if len(manques) == 1:
            texte = manques[0][0]
        else:
            texte = ", ".join(m[0] for m in manques[:-1]) + " et " + manques[-1][0]
        return Refus(
            f"Le cadre n'est pas encore convenu : il manque {texte}.",
            manques[0][1] or None,
        )

    # ------------------------------------------------------------ consentement
    def _raison_exclusion(self) -> str | None:
        """Pourquoi les étapes personnelles sont exclues, ou None si elles ne le sont pas."""
        if self._donnees.consentement_retire is not None:
            return RAISON_CONSENTEMENT_RETIRE
        etape = self._etape_consentement
        if etape is None:
            dossier = self._donnees.consentement_dossier
            if dossier is True:
                return None
            return (
                RAISON_CONSENTEMENT_REFUSE
                if dossier is False
                else (RAISON_CONSENTEMENT_NON_RECUEILLI)
            )
        reponse = self._donnees.reponses.get(etape.identifiant)
        if reponse is not None:
            return None if reponse.valeur is True else RAISON_CONSENTEMENT_REFUSE
        if etape.identifiant in self._donnees.passees:
            return RAISON_CONSENTEMENT_NON_RECUEILLI
        return None

    def _exclue(self, etape: Etape) -> bool:
        return etape.personnel and self._raison_exclusion() is not None

    def _bloquee(self, etape: Etape) -> bool:
        """Étape personnelle en attente du consentement : elle ne se renseigne pas encore."""
        return etape.personnel and self.consentement is not True

    def _appliquer_consentement(self) -> int:
        """Passe (ou rétablit) les étapes personnelles selon le consentement.

        Renvoie le nombre de réponses personnelles effacées.
        """
        raison = self._raison_exclusion()
        effacees = 0
        for _, etape in self._etapes:
            if not etape.personnel:
                continue
            ident = etape.identifiant
            if raison == RAISON_CONSENTEMENT_RETIRE:
                # Un retrait vaut pour la suite : ce qui était enregistré reste.
                if ident not in self._donnees.reponses:
                    self._donnees.passees[ident] = raison
            elif raison is not None:
                if self._donnees.reponses.pop(ident, None) is not None:
                    effacees += 1
                self._donnees.passees[ident] = raison
            elif self._donnees.passees.get(ident) in RAISONS_CONSENTEMENT:
                del self._donnees.passees[ident]
        return effacees

    # -------------------------------------------------------------- position
    def _position(self) -> int:
        ident = self._donnees.etape_courante
        if ident is None:
            raise Refus("L'entretien est clos.")
        return self._index[ident]

    def _courante(self) -> Etape:
        return self._etapes[self._position()][1]

    def _nom(self, position: int) -> str:
        sequence, etape = self._etapes[position]
        return nom_etat(sequence, etape.identifiant)

    def _suivante(self, position: int) -> int | None:
        for j in range(position + 1, len(self._etapes)):
            if not self._exclue(self._etapes[j][1]):
                return j
        return None

    def _precedente(self, position: int) -> int | None:
        for j in range(position - 1, -1, -1):
            if not self._exclue(self._etapes[j][1]):
                return j
        return None

    def _nom_etat_donnees(self) -> str:
        donnees = self._donnees
        if donnees.etat in SEQUENCES:
            assert donnees.etape_courante is not None
            return nom_etat(donnees.etat, donnees.etape_courante)
        return donnees.etat

    # ------------------------------------------------------------ transitions
    def _avancer(self, type_evenement: TypeEvenement) -> None:
        suivante = self._suivante(self._position())
        assert suivante is not None
        self._declencher("avancer", self._nom(suivante), type_evenement)

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

    # ----------------------------------------------------------------- temps
    def _maintenant(self) -> datetime:
        return _instant(self._horloge)

    def _intervalles(self) -> list[tuple[str, str, timedelta]]:
        return list(intervalles(self._donnees.evenements, self._maintenant()))


def _instant(horloge: Horloge) -> datetime:
    moment = horloge()
    if moment.utcoffset() is None:
        raise ValueError("l'horloge doit donner une date avec fuseau horaire (UTC)")
    return moment


def _texte(valeur: object) -> str:
    if not isinstance(valeur, str):
        raise TypeError("un texte est attendu")
    return valeur


def _verifier_coherence(conducteur: Conducteur, donnees: DonneesEntretien) -> None:
    """Lève ValueError si les données ne correspondent pas aux étapes du conducteur."""
    identifiants = {etape.identifiant for _, etape in conducteur.etapes()}
    inconnues = (
        set(donnees.reponses) | set(donnees.passees) | set(donnees.visitees)
    ) - identifiants
    if inconnues:
        raise ValueError(
            "les données de l'entretien citent des étapes absentes du conducteur : "
            + ", ".join(sorted(inconnues))
        )
    etape = donnees.etape_courante
    if donnees.etat == ETAT_CLOTURE:
        if etape is not None:
            raise ValueError("un entretien clos n'a plus d'étape courante")
        return
    if etape is None or etape not in identifiants:
        raise ValueError("les données de l'entretien n'ont pas d'étape courante valable")
    if donnees.etat != ETAT_SUSPENDU and conducteur.sequence_de(etape) != donnees.etat:
        raise ValueError(f"l'étape « {etape} » n'appartient pas à la séquence « {donnees.etat} »")
