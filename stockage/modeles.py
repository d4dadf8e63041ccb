"""Les modèles du domaine conservés par le stockage (pydantic v2).

Un **adhérent** a un identifiant stable (UUID), son nom tel que saisi, son
consentement et son **parcours** (étapes et séquences de séances). Chaque
**séance** garde le conducteur suivi, ses dates, l'état enregistré de la
machine à états (`entretien`, opaque pour le stockage), le compte rendu, la
fiche Visual Course et les **tâches** pour le prochain rendez-vous, dont le
statut est mis à jour à la séance suivante.

Les modèles qui portent des données personnelles ont
`hide_input_in_errors=True` : un message d'erreur de validation ne recopie
jamais une réponse.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from stockage.controle import est_identifiant as est_identifiant
from stockage.texte import probleme_nom

StatutSeance = Literal["en_cours", "suspendu", "cloture"]
"""Une séance en cours, suspendue (reprise possible) ou clôturée."""
StatutTache = Literal["a_faire", "en_cours", "faite", "abandonnee"]
"""Où en est une tâche demandée pour le prochain rendez-vous."""
Qui = Literal["adherent", "conseiller"]
"""Qui doit réaliser la tâche."""

LIBELLES_STATUT_SEANCE: dict[str, str] = {
    "en_cours": "en cours",
    "suspendu": "suspendue",
    "cloture": "clôturée",
}
"""Le statut d'une séance, pour une personne (« la séance est … »)."""
LIBELLES_STATUT_TACHE: dict[str, str] = {
    "a_faire": "à faire",
    "en_cours": "en cours",
    "faite": "faite",
    "abandonnee": "abandonnée",
}
"""Le statut d'une tâche, pour une personne (« la tâche est … »)."""
LIBELLES_QUI: dict[str, str] = {"adherent": "l'adhérent", "conseiller": "le conseiller"}
"""Qui réalise une tâche, pour une personne."""
StatutEtape = Literal["prevue", "en_cours", "terminee", "abandonnee"]
"""Où en est une étape du parcours."""

LECTURE = "lecture"
"""Clé du contexte de validation d'un document relu sur disque (voir `Adherent`)."""

STATUTS_INTERROMPUS: frozenset[str] = frozenset({"en_cours", "suspendu"})
"""Statuts d'une séance qui peut être reprise."""
STATUTS_TACHE_OUVERTS: frozenset[str] = frozenset({"a_faire", "en_cours"})
"""Statuts d'une tâche encore à suivre."""


def nouvel_id() -> str:
    """Un identifiant neuf (UUID 4, forme canonique)."""
    return str(uuid.uuid4())


def maintenant() -> dt.datetime:
    """L'heure actuelle, avec le fuseau local."""
    return dt.datetime.now().astimezone()


def _valider_id(valeur: str) -> str:
    try:
        return str(uuid.UUID(valeur))
    except (ValueError, TypeError, AttributeError):
        raise ValueError("identifiant invalide : un UUID est attendu") from None


def _avec_fuseau(valeur: dt.datetime) -> dt.datetime:
    return valeur if valeur.tzinfo is not None else valeur.astimezone()


Identifiant = Annotated[str, AfterValidator(_valider_id)]
"""Un UUID sous forme canonique : il sert aussi de nom de fichier."""
Horodatage = Annotated[dt.datetime, AfterValidator(_avec_fuseau)]
"""Date et heure ; une heure sans fuseau est comprise comme heure locale."""

_PERSONNEL = ConfigDict(hide_input_in_errors=True, validate_assignment=True)


class Consentement(BaseModel):
    """Le consentement de l'adhérent au traitement de ses données."""

    model_config = _PERSONNEL

    date: dt.date
    """Jour où l'information a été donnée et la réponse recueillie."""
    accord: bool
    """Vrai si l'adhérent accepte le traitement de ses données."""
    formulaire_signe: bool = False
    """Vrai si le formulaire de consentement a été signé."""
    version_information: str
    """Version du texte d'information remis à l'adhérent."""


TypeEvenementConsentement = Literal["donne", "refuse", "retire", "formulaire_signe"]
"""Ce qui s'est passé pour le consentement : donné, refusé, retiré, formulaire signé."""

LIBELLES_CONSENTEMENT: dict[str, str] = {
    "donne": "donné",
    "refuse": "refusé",
    "retire": "retiré",
    "formulaire_signe": "formulaire signé",
}


class EvenementConsentement(BaseModel):
    """Un événement de l'historique du consentement : jamais modifié, seulement ajouté."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True)

    type: TypeEvenementConsentement
    date: dt.date
    """Jour de l'événement."""
    conducteur: str = ""
    """Identifiant du conducteur de la séance (vide : action depuis le dossier)."""
    version: str = ""
    """Version de ce conducteur (la version du texte d'information)."""
    seance_id: str | None = None
    """La séance où l'événement a eu lieu (None : action depuis le dossier)."""
    le: Horodatage | None = None
    """Heure exacte, pour ordonner les événements d'un même jour."""

    @property
    def libelle(self) -> str:
        """« donné », « refusé », « retiré » ou « formulaire signé »."""
        return LIBELLES_CONSENTEMENT[self.type]


def consentement_en_vigueur(
    evenements: list[EvenementConsentement], avant: dt.datetime | None = None
) -> EvenementConsentement | None:
    """Le dernier événement donné, refusé ou retiré (jusqu'à `avant` s'il est précisé)."""
    for evenement in reversed(evenements):
        if evenement.type == "formulaire_signe":
            continue
        if avant is not None and evenement.le is not None and evenement.le > avant:
            continue
        return evenement
    return None


class EtapeParcours(BaseModel):
    """Une étape du parcours : diagnostic, formation, immersion, emploi…"""

    model_config = _PERSONNEL

    id: Identifiant = Field(default_factory=nouvel_id)
    intitule: str
    statut: StatutEtape = "prevue"
    debut: dt.date | None = None
    fin: dt.date | None = None


class Sequence(BaseModel):
    """Une suite de séances, éventuellement rattachée à une étape."""

    model_config = _PERSONNEL

    id: Identifiant = Field(default_factory=nouvel_id)
    intitule: str = ""
    etape_id: Identifiant | None = None
    seances: list[Identifiant] = Field(default_factory=list)


class Parcours(BaseModel):
    """Le parcours de l'adhérent : ses étapes et ses séquences de séances."""

    model_config = _PERSONNEL

    etapes: list[EtapeParcours] = Field(default_factory=list)
    sequences: list[Sequence] = Field(default_factory=list)

    def ajouter_etape(self, intitule: str, statut: StatutEtape = "prevue") -> EtapeParcours:
        """Ajoute une étape en fin de parcours et la rend."""
        etape = EtapeParcours(intitule=intitule, statut=statut)
        self.etapes.append(etape)
        return etape

    def ajouter_seance(self, seance_id: str, sequence_id: str | None = None) -> Sequence:
        """Range une séance dans une séquence (la dernière, ou une nouvelle)."""
        if sequence_id is not None:
            sequence = next((s for s in self.sequences if s.id == sequence_id), None)
            if sequence is None:
                raise ValueError(f"aucune séquence n'a l'identifiant {sequence_id}")
        elif self.sequences:
            sequence = self.sequences[-1]
        else:
            sequence = Sequence()
            self.sequences.append(sequence)
        if seance_id not in sequence.seances:
            sequence.seances.append(_valider_id(seance_id))
        return sequence


class Adherent(BaseModel):
    """Une personne accompagnée."""

    model_config = _PERSONNEL

    id: Identifiant = Field(default_factory=nouvel_id)
    nom: str = Field(min_length=1)
    """Le nom tel que saisi par le conseiller (sans caractère de contrôle ni de
    direction d'écriture : voir `stockage.texte.probleme_nom`)."""

    @field_validator("nom")
    @classmethod
    def _nom_affichable(cls, nom: str, info: ValidationInfo) -> str:
        # Dernier rempart : l'écran et la ligne de commande refusent déjà un tel nom.
        # Un dossier déjà enregistré se relit tel quel (`LECTURE`) : rien ne devient
        # illisible, et l'affichage rend ses caractères visibles.
        if isinstance(info.context, dict) and info.context.get(LECTURE):
            return nom
        probleme = probleme_nom(nom)
        if probleme is not None:
            raise ValueError(probleme)
        return nom

    cree_le: Horodatage = Field(default_factory=maintenant)
    dernier_contact: Horodatage | None = None
    """Dernière séance ou dernier contact ; sert au calcul de la conservation."""
    consentement: Consentement | None = None
    """Le consentement en vigueur, résumé (tenu à jour à partir de l'historique)."""
    consentements: list[EvenementConsentement] = Field(default_factory=list)
    """L'historique du consentement : chaque événement est ajouté, jamais remplacé."""
    parcours: Parcours = Field(default_factory=Parcours)

    def ajouter_consentement(
        self,
        type: TypeEvenementConsentement,  # noqa: A002 - le nom du champ du modèle
        date: dt.date,
        conducteur: str = "",
        version: str = "",
        seance_id: str | None = None,
        le: dt.datetime | None = None,
    ) -> EvenementConsentement:
        """Ajoute un événement à l'historique et met à jour le résumé en vigueur."""
        evenement = EvenementConsentement(
            type=type,
            date=date,
            conducteur=conducteur,
            version=version,
            seance_id=seance_id,
            le=le,
        )
        self.consentements = [*self.consentements, evenement]
        en_vigueur = consentement_en_vigueur(self.consentements)
        if en_vigueur is not None:
            signe = any(
                e.type == "formulaire_signe"
                for e in self.consentements[self.consentements.index(en_vigueur) :]
            )
            self.consentement = Consentement(
                date=en_vigueur.date,
                accord=en_vigueur.type == "donne",
                formulaire_signe=signe and en_vigueur.type == "donne",
                version_information=f"{en_vigueur.conducteur} {en_vigueur.version}".strip(),
            )
        return evenement

    def consentement_en_vigueur(
        self, avant: dt.datetime | None = None
    ) -> EvenementConsentement | None:
        """Le dernier événement donné, refusé ou retiré de l'historique."""
        return consentement_en_vigueur(self.consentements, avant)

    def enregistrer_consentement(
        self,
        accord: bool,
        version_information: str,
        formulaire_signe: bool = False,
        date: dt.date | None = None,
    ) -> Consentement:
        """Consigne le consentement recueilli (aujourd'hui par défaut).

        Garde l'historique : le consentement est ajouté comme un événement
        (et le formulaire signé comme un second), rien n'est remplacé."""
        conducteur, _, version = version_information.partition(" ")
        jour = date or dt.date.today()
        self.ajouter_consentement(
            "donne" if accord else "refuse", jour, conducteur, version.strip()
        )
        if accord and formulaire_signe:
            self.ajouter_consentement("formulaire_signe", jour, conducteur, version.strip())
        self.consentement = Consentement(
            date=date or dt.date.today(),
            accord=accord,
            formulaire_signe=formulaire_signe,
            version_information=version_information,
        )
        return self.consentement


class ChangementStatut(BaseModel):
    """Une ligne de l'historique d'une tâche."""

    model_config = ConfigDict(validate_assignment=True)

    le: Horodatage = Field(default_factory=maintenant)
    de: StatutTache | None = None
    vers: StatutTache


class Tache(BaseModel):
    """Un travail demandé pour le prochain rendez-vous."""

    model_config = _PERSONNEL

    id: Identifiant = Field(default_factory=nouvel_id)
    quoi: str
    qui: Qui = "adherent"
    echeance: dt.date | None = None
    statut: StatutTache = "a_faire"
    historique: list[ChangementStatut] = Field(default_factory=list)

    @property
    def ouverte(self) -> bool:
        """Vrai tant que la tâche n'est ni faite ni abandonnée."""
        return self.statut in STATUTS_TACHE_OUVERTS

    def statut_le(self, moment: dt.datetime) -> StatutTache:
        """Le statut qu'avait la tâche à ce moment, d'après son historique."""
        statut = self.statut
        for changement in reversed(self.historique):
            if changement.le <= moment:
                break
            if changement.de is not None:
                statut = changement.de
        return statut

    def changer_statut(self, statut: StatutTache, le: dt.datetime | None = None) -> None:
        """Change le statut et le note dans l'historique."""
        if statut == self.statut:
            return
        self.historique.append(ChangementStatut(le=le or maintenant(), de=self.statut, vers=statut))
        self.statut = statut


class Seance(BaseModel):
    """Une séance de travail (un entretien), en direct ou en répétition."""

    model_config = _PERSONNEL

    id: Identifiant = Field(default_factory=nouvel_id)
    adherent_id: Identifiant
    conducteur_id: str
    conducteur_titre: str = ""
    phase: str = ""
    debut: Horodatage = Field(default_factory=maintenant)
    fin: Horodatage | None = None
    statut: StatutSeance = "en_cours"
    entretien: dict[str, Any] = Field(default_factory=dict)
    """État enregistré de la machine à états (JSON opaque, conservé tel quel)."""
    compte_rendu: str | None = None
    fiche_visual_course: dict[str, str] = Field(default_factory=dict)
    taches: list[Tache] = Field(default_factory=list)
    rgpd_confirmation: str | None = None
    """Motif donné par le conseiller qui a validé un compte rendu malgré des alertes."""
    notes: str | None = None
    notes_compte_rendu: list[int] = Field(default_factory=list)
    """Les notes libres de l'entretien (rang dans `entretien["notes"]`, à partir de 0) que
    le conseiller a cochées à la clôture pour les joindre au compte rendu. Les autres
    restent des notes de travail, gardées avec la séance (export et effacement compris)."""
    repetition: bool = False
    sequence_id: Identifiant | None = None
    modifie_le: Horodatage | None = None
    """Heure du dernier enregistrement (mise à jour par le dépôt)."""

    @property
    def interrompue(self) -> bool:
        """Vrai pour une séance en cours ou suspendue, donc à reprendre."""
        return self.statut in STATUTS_INTERROMPUS

    def ajouter_tache(
        self,
        quoi: str,
        qui: Qui = "adherent",
        echeance: dt.date | None = None,
        le: dt.datetime | None = None,
    ) -> Tache:
        """Ajoute un travail pour le prochain rendez-vous et le rend (`le` : heure notée
        dans son historique, maintenant par défaut)."""
        tache = Tache(quoi=quoi, qui=qui, echeance=echeance)
        tache.historique.append(ChangementStatut(le=le or maintenant(), vers=tache.statut))
        self.taches.append(tache)
        return tache

    def tache(self, tache_id: str) -> Tache | None:
        """La tâche de cette séance qui a cet identifiant, s'il y en a une."""
        return next((t for t in self.taches if t.id == tache_id), None)

    def suspendre(self) -> None:
        """Met la séance en attente ; elle pourra être reprise."""
        self.statut = "suspendu"

    def reprendre(self) -> None:
        """Reprend une séance suspendue."""
        self.statut = "en_cours"

    def cloturer(self, fin: dt.datetime | None = None) -> None:
        """Clôture la séance (heure de fin : maintenant par défaut)."""
        self.fin = fin or maintenant()
        self.statut = "cloture"


class ResumeSeance(BaseModel):
    """Ce que la liste des adhérents montre de la dernière séance."""

    model_config = ConfigDict(frozen=True)

    seance_id: str
    conducteur_id: str
    conducteur_titre: str
    date: dt.datetime
    statut: StatutSeance


class ResumeAdherent(BaseModel):
    """Une ligne de la liste des adhérents."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    id: str
    nom: str
    cree_le: dt.datetime
    dernier_contact: dt.datetime | None
    nombre_seances: int
    derniere_seance: ResumeSeance | None
    endommage: bool = False
    """Vrai si un fichier du dossier est illisible (voir `Depot.verifier`)."""


class ResultatRecherche(BaseModel):
    """Une séance où le texte cherché apparaît."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    seance_id: str
    adherent_id: str
    nom_adherent: str
    date: dt.datetime
    conducteur_titre: str
    extrait: str
    """Le passage trouvé, avec son contexte, sur une ligne."""
    surlignage: tuple[int, int]
    """Début et fin (exclue) du texte trouvé dans `extrait`."""


EtatFichierValeur = Literal[
    "intact", "endommage", "temporaire", "inconnu", "permissions", "perime", "effacement"
]
"""État d'un fichier vu par `Depot.verifier`."""


class EtatFichier(BaseModel):
    """L'état d'un fichier du dossier de données."""

    model_config = ConfigDict(frozen=True)

    chemin: Path
    etat: EtatFichierValeur
    detail: str = ""

    @property
    def endommage(self) -> bool:
        """Vrai si le fichier est illisible."""
        return self.etat == "endommage"


CONSERVATION_MAX_MOIS = 600
"""La plus longue durée de conservation acceptée (50 ans), en mois."""


class Reglages(BaseModel):
    """Les réglages de la structure, lus dans `reglages.json`."""

    model_config = ConfigDict(extra="ignore")

    conservation_mois: int = Field(default=24, ge=1, le=CONSERVATION_MAX_MOIS)
    """Durée de conservation après le dernier contact, en mois."""
    nom_structure: str = ""
    """Le nom de la structure, repris dans les exports (Markdown, Word)."""
