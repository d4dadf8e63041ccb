"""Les personas intégrées : variées, respectueuses du schéma, et prêtes pour les neuf guides."""

from __future__ import annotations

import pytest

from conducteurs.chargeur import charger_catalogue
from conducteurs.modele import Etape, TypeReponse
from conducteurs.persona import (
    Attitude,
    EntreePersona,
    Persona,
    TypeEvenementPersona,
    charger_personas,
    problemes_coherence,
)

PERSONAS = charger_personas()
CATALOGUE = charger_catalogue()


def _specifique(persona: Persona, etape: Etape) -> bool:
    """La persona a une réplique propre à cette étape (identifiant, rôle ou cadre)."""
    r = persona.repliques
    return (
        etape.identifiant in r.etapes
        or (etape.role is not None and etape.role in r.roles)
        or any(element in r.cadre for element in etape.cadre)
    )


def test_au_moins_six_personas() -> None:
    assert len(PERSONAS) >= 6


def test_les_attitudes_attendues_sont_couvertes() -> None:
    attitudes = {e.persona.attitude for e in PERSONAS}
    assert {
        Attitude.cooperative,
        Attitude.mefiante,
        Attitude.pressee,
        Attitude.hesitante,
    } <= attitudes


def test_les_epreuves_attendues_sont_couvertes() -> None:
    par_type = {ev.type: e.persona for e in PERSONAS for ev in e.persona.evenements}
    assert set(TypeEvenementPersona) <= set(par_type)
    assert par_type[TypeEvenementPersona.refus_consentement].attitude == Attitude.mefiante
    assert par_type[TypeEvenementPersona.retard].retard_minutes == 15
    assert par_type[TypeEvenementPersona.retard].attitude == Attitude.pressee
    assert par_type[TypeEvenementPersona.conteste_duree].attitude == Attitude.pressee
    assert par_type[TypeEvenementPersona.refus_tache].attitude == Attitude.hesitante


@pytest.mark.parametrize("entree", list(PERSONAS), ids=lambda e: e.persona.identifiant)
def test_coherente_avec_les_conducteurs(entree: EntreePersona) -> None:
    persona = entree.persona
    assert problemes_coherence(persona, CATALOGUE, "fichier") == []


@pytest.mark.parametrize("entree", list(PERSONAS), ids=lambda e: e.persona.identifiant)
def test_des_repliques_pour_les_etapes_communes_des_neuf_guides(entree: EntreePersona) -> None:
    persona = entree.persona
    manquantes = [
        f"{guide.conducteur.identifiant}:{etape.identifiant}"
        for guide in CATALOGUE
        if persona.convient_a(guide.conducteur.identifiant)
        for nom, sequence in guide.conducteur.deroulement.sequences()
        if nom != "echange"
        for etape in sequence.etapes
        if not _specifique(persona, etape)
    ]
    assert manquantes == []


@pytest.mark.parametrize("entree", list(PERSONAS), ids=lambda e: e.persona.identifiant)
def test_une_replique_de_repli_pour_chaque_type_de_reponse(entree: EntreePersona) -> None:
    persona = entree.persona
    assert set(TypeReponse) <= set(persona.repliques.types)
    assert len(persona.repliques.generiques) >= 2


@pytest.mark.parametrize("entree", list(PERSONAS), ids=lambda e: e.persona.identifiant)
def test_un_nom_et_une_situation(entree: EntreePersona) -> None:
    persona = entree.persona
    assert len(persona.nom.split()) >= 2
    assert persona.objectif_pedagogique
    assert persona.conducteurs == []  # toutes conviennent aux neuf guides
