"""Outils des tests de répétition : horloge factice et conduite scénarisée d'un entretien."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from assistant.repetition import AdherentSimule
from assistant.repetition.retour import temps_prevus
from conducteurs.chargeur import charger_catalogue
from conducteurs.modele import Conducteur, Etape, Role, TypeReponse
from conducteurs.persona import Persona, charger_personas
from etats import AFixer, Entretien, Tache
from tests.support.horloge import Horloge

DEBUT = datetime(2025, 1, 14, 9, 0, tzinfo=UTC)
RDV = datetime(2025, 1, 28, 9, 30, tzinfo=UTC)
CATALOGUE = charger_catalogue()
PERSONAS = charger_personas()

TACHES_BIEN = [
    Tache(quoi="Mettre à jour votre CV", qui="adherent", echeance=date(2025, 1, 27)),
    Tache(quoi="Envoyer la liste des ateliers", qui="conseiller"),
]
TEXTE_BIEN = "Vous souhaitez avancer vers un emploi qui vous convienne."


@dataclass(frozen=True)
class Passer:
    """Passer l'étape (facultative) avec cette raison."""

    raison: str


@dataclass
class Deroule:
    """Ce qu'a produit la conduite : l'entretien et les répliques de l'adhérent simulé."""

    entretien: Entretien
    horloge: Horloge
    repliques: list[tuple[str, str]] = field(default_factory=list)


def valeur_par_defaut(conducteur: Conducteur, etape: Etape) -> object:
    """Une bonne réponse à l'étape, compatible RGPD."""
    match etape.type:
        case TypeReponse.texte:
            return TEXTE_BIEN
        case TypeReponse.choix:
            return etape.options[0]
        case TypeReponse.choix_multiple | TypeReponse.liste_controle:
            return list(etape.options)[: etape.maximum]
        case TypeReponse.oui_non:
            return True
        case TypeReponse.duree:
            return conducteur.duree_minutes
        case TypeReponse.date_heure:
            return RDV
        case TypeReponse.taches:
            return list(TACHES_BIEN)
    raise AssertionError(etape.type)  # pragma: no cover


def conduire(
    conducteur: Conducteur,
    *,
    valeurs: Mapping[str, object] | None = None,
    minutes: Mapping[str, float] | None = None,
    adherent: AdherentSimule | None = None,
    arreter_avant: str | None = None,
    notes: Mapping[str, str] | None = None,
    consentement_dossier: bool | None = True,
) -> Deroule:
    """Conduit un entretien du début à la clôture, étape par étape.

    `valeurs` remplace la réponse d'une étape (par identifiant ou par rôle,
    `Passer(...)` pour la passer) ; `minutes` fixe le temps passé dans chaque
    séquence (réparti entre ses étapes), par défaut le temps prévu pour la
    durée notée ; `arreter_avant` interrompt la répétition avant cette étape.
    """
    valeurs = dict(valeurs or {})
    notes = dict(notes or {})
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(
        conducteur, horloge=horloge, consentement_dossier=consentement_dossier
    )
    deroule = Deroule(entretien, horloge)
    duree = next(
        (v for k, v in valeurs.items() if k == "duree-entretien" and isinstance(v, int)),
        conducteur.duree_minutes,
    )
    temps = dict(temps_prevus(conducteur, duree))
    temps.update(minutes or {})
    while entretien.etat != "cloture":
        etape = entretien.etape_courante
        assert etape is not None
        if etape.identifiant == arreter_avant:
            break
        if adherent is not None:
            texte = adherent.replique(etape)
            assert texte is not None
            deroule.repliques.append((etape.identifiant, texte))
        sequence = entretien.sequence
        assert sequence is not None
        nombre = len(getattr(conducteur.deroulement, sequence).etapes)
        horloge.avancer(temps[sequence] / nombre)
        valeur = valeurs.get(
            etape.identifiant,
            valeurs.get(etape.role.value if etape.role else ""),
        )
        if valeur is None and etape.role is Role.formulaire_signe and not entretien.consentement:
            valeur = False  # pas de formulaire signé après un refus du consentement
        if etape.identifiant in notes:
            entretien.noter(notes[etape.identifiant])
        if isinstance(valeur, Passer):
            entretien.passer(valeur.raison)
            continue
        entretien.repondre(valeur_par_defaut(conducteur, etape) if valeur is None else valeur)
        if entretien.possible("avancer") is None:
            entretien.avancer()
        else:
            entretien.cloturer()
    return deroule


def guide(identifiant: str) -> Conducteur:
    return CATALOGUE.get(identifiant)


def persona(identifiant: str) -> Persona:
    return PERSONAS.get(identifiant)


__all__ = [
    "AFixer",
    "CATALOGUE",
    "DEBUT",
    "PERSONAS",
    "RDV",
    "Deroule",
    "Horloge",
    "Passer",
    "Role",
    "TACHES_BIEN",
    "TEXTE_BIEN",
    "conduire",
    "guide",
    "persona",
    "valeur_par_defaut",
]
