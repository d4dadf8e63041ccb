"""Relire une séance : la conversation dans l'ordre, le compte rendu, la fiche, les tâches.

La séance est relue telle qu'elle a été enregistrée, sans rejouer la machine
à états : `DonneesEntretien` est validé directement, et le conducteur ne sert
qu'à retrouver les titres et les consignes. S'il a disparu du catalogue ou
s'il a changé depuis, les réponses restent montrées, par identifiant d'étape,
avec un avertissement. Si l'état enregistré n'est pas dans le format attendu,
les réponses sont montrées telles qu'enregistrées.

Ce module n'importe pas Textual : l'écran Historique et les exports
(Markdown, Word) s'appuient sur les mêmes lectures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from assistant.aides.compte_rendu import QUI, formater_reponse, formater_tache
from assistant.aides.dates import (
    formater_date,
    formater_date_heure,
    formater_duree,
    formater_heure,
)
from conducteurs.chargeur import Catalogue
from conducteurs.modele import LIBELLES_SEQUENCE, Conducteur, Etape
from etats import AFixer, DonneesEntretien, ReponseEnregistree
from etats.donnees import SEQUENCES
from etats.temps import intervalles
from stockage import Seance, Tache
from stockage.modeles import LIBELLES_STATUT_SEANCE, LIBELLES_STATUT_TACHE

LIBELLES_PHASE = {"accueil": "accueil", "accompagnement": "accompagnement"}
"""La phase du parcours à laquelle appartient l'entretien."""


def local(moment: dt.datetime) -> dt.datetime:
    """L'heure dans le fuseau de la machine (les séances gardent leur fuseau)."""
    return moment.astimezone()


def date_longue(moment: dt.datetime) -> str:
    """« lundi 30 novembre 2026 » (heure locale)."""
    return formater_date(local(moment).date())


def date_heure(moment: dt.datetime) -> str:
    """« lundi 30 novembre 2026 à 9h05 » (heure locale)."""
    return formater_date_heure(local(moment))


def heure(moment: dt.datetime) -> str:
    """« 9h05 » (heure locale)."""
    return formater_heure(local(moment).time())


def date_courte(moment: dt.datetime) -> str:
    """« 30/11/2026 » (heure locale), pour les colonnes étroites."""
    return f"{local(moment):%d/%m/%Y}"


# ------------------------------------------------------------------ modèles
@dataclass(frozen=True)
class EchangeEtape:
    """Une étape de la conversation : la consigne, puis la réponse ou la raison du saut."""

    identifiant: str
    titre: str
    """Le titre de l'étape (son identifiant si le conducteur ne la connaît plus)."""
    consigne: str
    """Ce que le conseiller avait à dire ou demander ; vide si inconnu."""
    sequence: str
    """« Introduction », « Échange », « Conclusion » ; vide si inconnue."""
    vue_le: dt.datetime | None
    """Le moment où l'étape a été abordée pour la première fois."""
    reponse: str | None = None
    """La réponse, en français lisible ; None si l'étape n'a pas de réponse."""
    repondu_le: dt.datetime | None = None
    passee: str | None = None
    """La raison donnée pour passer l'étape, si elle a été passée."""


@dataclass(frozen=True)
class NoteLibre:
    """Une note libre du conseiller, horodatée."""

    horodatage: dt.datetime
    texte: str
    etape: str | None
    """Le titre de l'étape où la note a été prise."""
    au_compte_rendu: bool = False
    """Cochée à la clôture : jointe au compte rendu ; sinon, une note de travail."""

    @property
    def libelle(self) -> str:
        """« Note jointe au compte rendu (9h05, à l'étape « … ») » ou « Note de travail (…) »."""
        ou = f", à l'étape « {self.etape} »" if self.etape else ""
        genre = "Note jointe au compte rendu" if self.au_compte_rendu else "Note de travail"
        return f"{genre} ({heure(self.horodatage)}{ou})"


ElementConversation = EchangeEtape | NoteLibre
"""Un élément de la conversation relue."""


@dataclass(frozen=True)
class ConstatRgpd:
    """Un passage d'un texte de la séance à revoir au regard du RGPD."""

    source: str
    """Où se trouve le passage : « Compte rendu », « Note de 9h05 »…"""
    passage: str
    categorie: str
    explication: str
    suggestion: str


@dataclass(frozen=True)
class ChangementTache:
    """Une ligne de l'historique d'une tâche."""

    le: dt.datetime
    statut: str
    """Le nouveau statut, en français."""


@dataclass(frozen=True)
class SuiviTache:
    """Une tâche demandée à la séance, et l'évolution de son statut."""

    identifiant: str
    quoi: str
    qui: str
    echeance: dt.date | None
    statut: str
    historique: tuple[ChangementTache, ...]

    @property
    def libelle(self) -> str:
        """« Mettre à jour le CV (l'adhérent, pour le samedi 5 décembre 2026) »."""
        detail = self.qui + (f", pour le {formater_date(self.echeance)}" if self.echeance else "")
        return f"{self.quoi} ({detail})"

    @property
    def evolution(self) -> str:
        """« à faire le 30/11/2026 → faite le 05/12/2026 »."""
        if not self.historique:
            return self.statut
        return " → ".join(f"{c.statut} le {date_courte(c.le)}" for c in self.historique)


@dataclass(frozen=True)
class LectureSeance:
    """Tout ce qu'on relit d'une séance, prêt à afficher ou à exporter."""

    seance: Seance
    nom_adherent: str
    titre: str
    """Le type d'entretien (titre du conducteur)."""
    phase: str
    statut: str
    duree_minutes: float | None
    conversation: tuple[ElementConversation, ...]
    compte_rendu: str | None
    fiche: tuple[tuple[str, str], ...]
    """Les champs de la fiche Visual Course, dans l'ordre enregistré."""
    taches: tuple[SuiviTache, ...]
    constats: tuple[ConstatRgpd, ...] | None
    """Les constats de la vérification RGPD ; None si elle n'a pas été faite."""
    etape_courante: str | None = None
    """Pour une séance interrompue : le titre de l'étape de reprise."""
    avertissements: tuple[str, ...] = field(default_factory=tuple)

    @property
    def interrompue(self) -> bool:
        """Vrai si la séance peut être reprise (en cours ou suspendue)."""
        return self.seance.interrompue

    @property
    def duree(self) -> str:
        """« 50 min », « 1 h 05 » ou « — »."""
        return formater_duree(self.duree_minutes) if self.duree_minutes is not None else "—"

    @property
    def intitule(self) -> str:
        """« Premier accueil du lundi 30 novembre 2026 »."""
        return f"{self.titre} du {date_longue(self.seance.debut)}"

    @property
    def horaires(self) -> str:
        """« lundi 30 novembre 2026 à 9h, fin à 9h50 »."""
        texte = date_heure(self.seance.debut)
        fin = self.seance.fin
        if fin is not None:
            if local(fin).date() == local(self.seance.debut).date():
                texte += f", fin à {heure(fin)}"
            else:
                texte += f", fin le {date_heure(fin)}"
        return texte


# --------------------------------------------------------------- calculs
def donnees_entretien(seance: Seance) -> DonneesEntretien | None:
    """L'état enregistré de l'entretien, ou None s'il n'est pas au format attendu."""
    if not seance.entretien:
        return None
    try:
        return DonneesEntretien.model_validate(seance.entretien)
    except ValidationError:
        return None


def duree_minutes(seance: Seance, donnees: DonneesEntretien | None = None) -> float | None:
    """Le temps passé en entretien, hors suspensions (minutes) ; None si inconnu."""
    donnees = donnees if donnees is not None else donnees_entretien(seance)
    if donnees is not None and donnees.evenements:
        fin = donnees.fin or donnees.evenements[-1].horodatage
        total = sum(
            (duree for _, _, duree in intervalles(donnees.evenements, fin)), dt.timedelta(0)
        )
        if total > dt.timedelta(0) or seance.fin is None:
            return total.total_seconds() / 60
    if seance.fin is not None:
        return max((seance.fin - seance.debut).total_seconds(), 0.0) / 60
    return None


def titre_seance(seance: Seance, catalogue: Catalogue | None) -> str:
    """Le type d'entretien : le titre enregistré, sinon celui du catalogue, sinon l'identifiant."""
    if seance.conducteur_titre:
        return seance.conducteur_titre
    if catalogue is not None and seance.conducteur_id in catalogue:
        return catalogue.get(seance.conducteur_id).titre
    return seance.conducteur_id


def suivi_taches(taches: Iterable[Tache]) -> tuple[SuiviTache, ...]:
    """Les tâches d'une séance, avec l'historique de leur statut."""
    return tuple(
        SuiviTache(
            identifiant=t.id,
            quoi=t.quoi,
            qui=QUI.get(t.qui, t.qui),
            echeance=t.echeance,
            statut=LIBELLES_STATUT_TACHE.get(t.statut, t.statut),
            historique=tuple(
                ChangementTache(c.le, LIBELLES_STATUT_TACHE.get(c.vers, c.vers))
                for c in t.historique
            ),
        )
        for t in taches
    )


def _valeur(valeur: Any) -> Any:
    return list(valeur) if isinstance(valeur, tuple) else valeur


def formater_enregistree(reponse: ReponseEnregistree, etape: Etape | None) -> str:
    """Une réponse enregistrée, en français, avec ou sans son étape."""
    valeur = _valeur(reponse.valeur)
    if reponse.type == "non_communique":
        return "non communiqué"
    if etape is not None and etape.type.value == reponse.type:
        texte = formater_reponse(etape, valeur)
    elif isinstance(valeur, bool):
        texte = "oui" if valeur else "non"
    elif reponse.type == "duree" and isinstance(valeur, int):
        texte = formater_duree(valeur)
    elif isinstance(valeur, dt.datetime):
        texte = formater_date_heure(valeur)
    elif isinstance(valeur, AFixer):
        texte = f"à fixer ({valeur.raison})"
    elif reponse.type == "taches" and isinstance(valeur, list):
        texte = "; ".join(formater_tache(t) for t in valeur)
    elif isinstance(valeur, list):
        texte = ", ".join(str(v) for v in valeur)
    else:
        texte = str(valeur)
    if not texte and reponse.type == "liste_controle":
        return "aucun point coché"
    return texte


def _brut(valeur: Any) -> str:
    """Une valeur enregistrée dans un format inconnu, en texte."""
    if isinstance(valeur, Mapping) and "valeur" in valeur:
        valeur = valeur["valeur"]
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, list | tuple):
        return ", ".join(_brut(v) for v in valeur)
    if isinstance(valeur, Mapping):
        return ", ".join(f"{k} : {_brut(v)}" for k, v in valeur.items())
    return "" if valeur is None else str(valeur)


def _etapes(conducteur: Conducteur | None) -> dict[str, tuple[str, Etape]]:
    if conducteur is None:
        return {}
    return {
        etape.identifiant: (LIBELLES_SEQUENCE.get(nom, nom), etape)
        for nom, sequence in conducteur.deroulement.sequences()
        for etape in sequence.etapes
    }


def _conversation(
    donnees: DonneesEntretien,
    connues: Mapping[str, tuple[str, Etape]],
    jointes: Collection[int] = (),
) -> tuple[ElementConversation, ...]:
    """Les étapes abordées et les notes, dans l'ordre du temps."""
    premiere_visite: dict[str, dt.datetime] = {}
    for evenement in donnees.evenements:
        if evenement.etape is not None and evenement.etat in SEQUENCES:
            premiere_visite.setdefault(evenement.etape, evenement.horodatage)
    ordre = list(dict.fromkeys(donnees.visitees))
    traitees = donnees.reponses.keys() | donnees.passees.keys()
    ordre += [e for e in connues if e not in ordre and e in traitees]
    ordre += [e for e in [*donnees.reponses, *donnees.passees] if e not in ordre]
    rang = {identifiant: i for i, identifiant in enumerate(ordre)}

    cles: list[tuple[dt.datetime, float, ElementConversation]] = []
    dernier = donnees.debut
    for identifiant in ordre:
        sequence, etape = connues.get(identifiant, ("", None))
        enregistree = donnees.reponses.get(identifiant)
        vue = premiere_visite.get(identifiant) or (enregistree.horodatage if enregistree else None)
        echange = EchangeEtape(
            identifiant=identifiant,
            titre=etape.titre if etape is not None else identifiant,
            consigne=etape.consigne if etape is not None else "",
            sequence=sequence,
            vue_le=vue,
            reponse=formater_enregistree(enregistree, etape) if enregistree else None,
            repondu_le=enregistree.horodatage if enregistree else None,
            passee=donnees.passees.get(identifiant),
        )
        dernier = vue or dernier
        cles.append((dernier, rang[identifiant], echange))
    for rang_note, note in enumerate(donnees.notes):
        attachee = rang.get(note.etape, len(ordre)) if note.etape else len(ordre)
        titre = note.etape
        if note.etape is not None and note.etape in connues:
            titre = connues[note.etape][1].titre
        note_libre = NoteLibre(note.horodatage, note.texte, titre, rang_note in jointes)
        cles.append((note.horodatage, attachee + 0.5, note_libre))
    cles.sort(key=lambda cle: (cle[0], cle[1]))
    return tuple(element for _, _, element in cles)


def _conversation_brute(
    entretien: Mapping[str, Any], connues: Mapping[str, tuple[str, Etape]]
) -> tuple[ElementConversation, ...]:
    """Les réponses d'un état enregistré au format inconnu, telles qu'enregistrées."""
    reponses = entretien.get("reponses")
    elements: list[ElementConversation] = []
    if isinstance(reponses, Mapping):
        for cle, valeur in reponses.items():
            sequence, etape = connues.get(str(cle), ("", None))
            elements.append(
                EchangeEtape(
                    identifiant=str(cle),
                    titre=etape.titre if etape is not None else str(cle),
                    consigne=etape.consigne if etape is not None else "",
                    sequence=sequence,
                    vue_le=None,
                    reponse=_brut(valeur),
                )
            )
    return tuple(elements)


Verificateur = Callable[[str, Iterable[str]], list[Any]]
"""La signature de `assistant.redaction.verifier`."""


def verificateur_rgpd() -> Verificateur | None:
    """Le vérificateur RGPD des textes libres, s'il est installé (import paresseux)."""
    try:
        from assistant.redaction import verifier
    except ImportError:
        return None
    return verifier


def constats_rgpd(
    textes: Iterable[tuple[str, str]], prenoms: Iterable[str], verifier: Verificateur
) -> tuple[ConstatRgpd, ...]:
    """Les passages à revoir dans chaque (source, texte)."""
    prenoms = tuple(prenoms)
    constats: list[ConstatRgpd] = []
    for source, texte in textes:
        if not texte.strip():
            continue
        for constat in verifier(texte, prenoms):
            categorie = getattr(constat, "categorie", "")
            constats.append(
                ConstatRgpd(
                    source=source,
                    passage=texte[constat.debut : constat.fin],
                    categorie=str(getattr(categorie, "libelle", categorie)),
                    explication=str(constat.explication),
                    suggestion=str(constat.suggestion),
                )
            )
    return tuple(constats)


def _textes_a_verifier(
    seance: Seance, conversation: Iterable[ElementConversation], donnees: DonneesEntretien | None
) -> list[tuple[str, str]]:
    textes: list[tuple[str, str]] = []
    if seance.compte_rendu:
        textes.append(("Compte rendu", seance.compte_rendu))
    textes += [(f"Fiche Visual Course — {c}", v) for c, v in seance.fiche_visual_course.items()]
    libres = {i for i, r in donnees.reponses.items() if r.type == "texte"} if donnees else None
    for element in conversation:
        if isinstance(element, NoteLibre):
            textes.append((f"Note de {heure(element.horodatage)}", element.texte))
        elif element.reponse and (libres is None or element.identifiant in libres):
            textes.append((f"Réponse « {element.titre} »", element.reponse))
        if isinstance(element, EchangeEtape) and element.passee:
            textes.append((f"Étape passée « {element.titre} »", element.passee))
    if seance.notes:
        textes.append(("Notes de la séance", seance.notes))
    return textes


def lire_seance(
    seance: Seance,
    catalogue: Catalogue | None,
    nom_adherent: str = "",
    rgpd: bool = True,
) -> LectureSeance:
    """La séance relue : conversation, compte rendu, fiche, tâches, constats RGPD.

    `rgpd=False` saute la vérification RGPD (exports, listes)."""
    avertissements: list[str] = []
    donnees = donnees_entretien(seance)
    identifiant = donnees.conducteur if donnees is not None else seance.conducteur_id
    conducteur: Conducteur | None = None
    if catalogue is not None and identifiant in catalogue:
        conducteur = catalogue.get(identifiant)
    connues = _etapes(conducteur)
    if conducteur is None:
        avertissements.append(
            f"Le conducteur « {identifiant} » n'est plus dans le catalogue : les réponses "
            "sont montrées par identifiant d'étape, sans les consignes."
        )
    elif donnees is not None and conducteur.empreinte() != donnees.empreinte:
        avertissements.append(
            f"Le conducteur « {conducteur.titre} » a changé depuis cette séance (version "
            f"{donnees.version} alors, {conducteur.version} aujourd'hui) : les consignes "
            "montrées sont celles d'aujourd'hui."
        )
    if donnees is not None:
        conversation = _conversation(donnees, connues, seance.notes_compte_rendu)
    else:
        conversation = _conversation_brute(seance.entretien, connues)
        if seance.entretien:
            avertissements.append(
                "L'état enregistré de cet entretien n'est pas dans le format attendu : "
                "les réponses sont montrées telles qu'enregistrées."
            )
    etape_courante = None
    if seance.interrompue and donnees is not None and donnees.etape_courante:
        courante = donnees.etape_courante
        etape_courante = connues[courante][1].titre if courante in connues else courante
    constats = None
    if rgpd:
        verifier = verificateur_rgpd()
        if verifier is not None:
            constats = constats_rgpd(
                _textes_a_verifier(seance, conversation, donnees), nom_adherent.split(), verifier
            )
    return LectureSeance(
        seance=seance,
        nom_adherent=nom_adherent,
        titre=titre_seance(seance, catalogue),
        phase=LIBELLES_PHASE.get(seance.phase, seance.phase)
        or (conducteur.phase.value if conducteur else ""),
        statut=LIBELLES_STATUT_SEANCE.get(seance.statut, seance.statut),
        duree_minutes=duree_minutes(seance, donnees),
        conversation=conversation,
        compte_rendu=seance.compte_rendu,
        fiche=tuple(seance.fiche_visual_course.items()),
        taches=suivi_taches(seance.taches),
        constats=constats,
        etape_courante=etape_courante,
        avertissements=tuple(avertissements),
    )
