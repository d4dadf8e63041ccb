"""Le contenu d'un export, indépendant de son format (Markdown ou Word).

Une séance ou un dossier devient une suite de blocs (titres, paragraphes,
champs « libellé : valeur », puces) ; `markdown` et `word` les écrivent
chacun dans leur format, si bien que les deux exports disent exactement la
même chose. Les constats RGPD n'y figurent pas : ce sont des aides à la
relecture, pas des données du dossier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.aides.dates import formater_date
from assistant.export.lecture import (
    EchangeEtape,
    LectureSeance,
    NoteLibre,
    date_heure,
    date_longue,
    heure,
)
from stockage import Adherent

LIBELLES_ETAPE_PARCOURS = {
    "prevue": "prévue",
    "en_cours": "en cours",
    "terminee": "terminée",
    "abandonnee": "abandonnée",
}


@dataclass(frozen=True)
class Titre:
    """Un titre de niveau 1 à 4."""

    niveau: int
    texte: str


@dataclass(frozen=True)
class Paragraphe:
    """Un paragraphe ; ses retours à la ligne sont gardés."""

    texte: str
    style: Literal["normal", "discret", "intertitre"] = "normal"


@dataclass(frozen=True)
class Champ:
    """« Libellé : valeur », le libellé en gras ; la valeur peut tenir sur plusieurs lignes."""

    libelle: str
    valeur: str


@dataclass(frozen=True)
class Puce:
    """Un élément de liste, éventuellement en retrait."""

    texte: str
    niveau: int = 0


Bloc = Titre | Paragraphe | Champ | Puce
"""Un morceau du document."""


@dataclass(frozen=True)
class Document:
    """Un export prêt à écrire."""

    titre: str
    structure: str
    """Le nom de la structure (réglages), en en-tête ; vide s'il n'est pas renseigné."""
    exporte_le: dt.datetime
    blocs: tuple[Bloc, ...]


def _seance(lecture: LectureSeance, niveau: int) -> list[Bloc]:
    """Les blocs d'une séance, son titre au `niveau` donné."""
    s = lecture.seance
    blocs: list[Bloc] = [
        Titre(niveau, lecture.intitule),
        Champ("Date", lecture.horaires),
        Champ("Type d'entretien", lecture.titre),
    ]
    if lecture.phase:
        blocs.append(Champ("Phase", lecture.phase))
    blocs += [Champ("Durée", lecture.duree), Champ("Statut", lecture.statut)]
    if lecture.etape_courante:
        blocs.append(Champ("Étape de reprise", lecture.etape_courante))
    blocs += [Paragraphe(a, "discret") for a in lecture.avertissements]

    blocs.append(Titre(niveau + 1, "Conversation"))
    if not lecture.conversation:
        blocs.append(Paragraphe("Aucune étape abordée.", "discret"))
    for element in lecture.conversation:
        if isinstance(element, NoteLibre):
            blocs.append(Champ(element.libelle, element.texte))
            continue
        blocs += _echange(element)

    blocs.append(Titre(niveau + 1, "Compte rendu"))
    if s.compte_rendu:
        blocs.append(Paragraphe(s.compte_rendu.rstrip("\n")))
    else:
        blocs.append(Paragraphe("Pas de compte rendu enregistré.", "discret"))
    if s.rgpd_confirmation:
        blocs.append(
            Champ("Compte rendu validé malgré des alertes RGPD, motif", s.rgpd_confirmation)
        )

    blocs.append(Titre(niveau + 1, "Fiche Visual Course"))
    if lecture.fiche:
        blocs += [Champ(champ, valeur or "—") for champ, valeur in lecture.fiche]
    else:
        blocs.append(Paragraphe("Pas de fiche enregistrée.", "discret"))

    blocs.append(Titre(niveau + 1, "Travail demandé pour le prochain rendez-vous"))
    if lecture.taches:
        for tache in lecture.taches:
            blocs.append(Puce(f"{tache.libelle} — {tache.statut}"))
            blocs += [Puce(f"{c.statut} le {date_heure(c.le)}", 1) for c in tache.historique]
    else:
        blocs.append(Paragraphe("Aucune tâche enregistrée.", "discret"))
    if s.notes:
        blocs += [Titre(niveau + 1, "Notes de la séance"), Paragraphe(s.notes)]
    return blocs


def _echange(echange: EchangeEtape) -> list[Bloc]:
    entete = echange.titre
    if echange.vue_le is not None:
        entete += f" ({heure(echange.vue_le)})"
    blocs: list[Bloc] = [Paragraphe(entete, "intertitre")]
    if echange.consigne:
        blocs.append(Champ("Consigne", echange.consigne))
    if echange.reponse is not None:
        libelle = "Réponse"
        if echange.repondu_le is not None and echange.repondu_le != echange.vue_le:
            libelle += f" ({heure(echange.repondu_le)})"
        blocs.append(Champ(libelle, echange.reponse))
    if echange.passee is not None:
        blocs.append(Champ("Étape passée, raison", echange.passee))
    if echange.reponse is None and echange.passee is None:
        blocs.append(Paragraphe("Sans réponse.", "discret"))
    return blocs


def _entete(structure: str, exporte_le: dt.datetime) -> list[Bloc]:
    lignes = f"Exporté le {date_heure(exporte_le)}"
    if structure:
        lignes = f"{structure} — {lignes}"
    return [Paragraphe(lignes, "discret")]


def document_seance(lecture: LectureSeance, structure: str, exporte_le: dt.datetime) -> Document:
    """L'export d'une séance."""
    titre = f"{lecture.titre} — {lecture.nom_adherent}" if lecture.nom_adherent else lecture.titre
    blocs: list[Bloc] = [Titre(1, titre), *_entete(structure, exporte_le)]
    if lecture.nom_adherent:
        blocs.append(Champ("Adhérent", lecture.nom_adherent))
    blocs += _seance(lecture, 2)
    return Document(
        f"{lecture.intitule} — {lecture.nom_adherent}", structure, exporte_le, tuple(blocs)
    )


def document_dossier(
    adherent: Adherent,
    lectures: Sequence[LectureSeance],
    structure: str,
    exporte_le: dt.datetime,
) -> Document:
    """L'export d'un dossier : la fiche, le parcours, puis chaque séance, de la plus ancienne."""
    blocs: list[Bloc] = [
        Titre(1, f"Dossier de {adherent.nom}"),
        *_entete(structure, exporte_le),
        Champ("Adhérent", adherent.nom),
        Champ("Dossier créé le", date_longue(adherent.cree_le)),
    ]
    if adherent.dernier_contact is not None:
        blocs.append(Champ("Dernier contact", date_longue(adherent.dernier_contact)))
    consentement = adherent.consentement
    if consentement is not None:
        accord = "donné" if consentement.accord else "refusé"
        signe = ", formulaire signé" if consentement.formulaire_signe else ""
        blocs.append(
            Champ(
                "Consentement au traitement des données",
                f"{accord} le {formater_date(consentement.date)}{signe}",
            )
        )
    else:
        blocs.append(Champ("Consentement au traitement des données", "non recueilli"))
    if adherent.parcours.etapes:
        blocs.append(Titre(2, "Étapes du parcours"))
        for etape in adherent.parcours.etapes:
            dates = ""
            if etape.debut:
                dates += f", depuis le {formater_date(etape.debut)}"
            if etape.fin:
                dates += f", jusqu'au {formater_date(etape.fin)}"
            statut = LIBELLES_ETAPE_PARCOURS.get(etape.statut, etape.statut)
            blocs.append(Puce(f"{etape.intitule} ({statut}{dates})"))
    blocs.append(Titre(2, f"Parcours : {len(lectures)} séance(s)"))
    if not lectures:
        blocs.append(Paragraphe("Aucune séance enregistrée.", "discret"))
    for lecture in lectures:
        taches = f", {len(lecture.taches)} tâche(s)" if lecture.taches else ""
        blocs.append(
            Puce(
                f"{date_longue(lecture.seance.debut)} — {lecture.titre} ({lecture.phase}) — "
                f"{lecture.duree} — {lecture.statut}{taches}"
            )
        )
    for lecture in lectures:
        blocs += _seance(lecture, 2)
    return Document(f"Dossier de {adherent.nom}", structure, exporte_le, tuple(blocs))
