"""Chaque conducteur intégré se conduit du début à la clôture."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conducteurs.modele import Conducteur, Role
from etats import RAISON_CONSENTEMENT_REFUSE, Entretien, mermaid
from tests.etats.outils import DEBUT, mener_a_terme, reponse_valide
from tests.support.horloge import Horloge

DOSSIER = Path(__file__).resolve().parents[2] / "conducteurs" / "guides"
FICHIERS = sorted(DOSSIER.glob("*.yaml"))


def charger(fichier: Path) -> Conducteur:
    return Conducteur.model_validate(yaml.safe_load(fichier.read_text(encoding="utf-8")))


def test_il_y_a_des_conducteurs_integres() -> None:
    assert len(FICHIERS) >= 9


@pytest.mark.parametrize("fichier", FICHIERS, ids=[f.stem for f in FICHIERS])
def test_conduire_avec_consentement(fichier: Path) -> None:
    conducteur = charger(fichier)
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(conducteur, horloge=horloge, consentement_dossier=True)
    mener_a_terme(entretien, horloge)
    assert entretien.etat == "cloture"
    assert entretien.donnees.passees == {}
    # Toutes les étapes ont été vues, et toutes les obligatoires renseignées.
    assert entretien.donnees.visitees == [e.identifiant for _, e in conducteur.etapes()]
    for _, etape in conducteur.etapes():
        assert entretien.reponse(etape.identifiant) is not None
    assert entretien.taches() and entretien.prochain_rdv() is not None
    assert entretien.temps_ecoule() == horloge() - entretien.donnees.debut


@pytest.mark.parametrize("fichier", FICHIERS, ids=[f.stem for f in FICHIERS])
def test_conduire_sans_consentement(fichier: Path) -> None:
    conducteur = charger(fichier)
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(conducteur, horloge=horloge, consentement_dossier=False)
    if conducteur.demande_consentement:
        consentement = conducteur.etape_de_role(Role.consentement)
        assert consentement is not None
        while entretien.etape_courante != consentement:
            etape = entretien.etape_courante
            assert etape is not None
            entretien.repondre(reponse_valide(etape))
            entretien.avancer()
        entretien.repondre(False)
    mener_a_terme(entretien, horloge)
    assert entretien.etat == "cloture"
    personnelles = [e.identifiant for _, e in conducteur.etapes() if e.personnel]
    assert personnelles
    for ident in personnelles:
        assert entretien.reponse(ident) is None
        assert entretien.donnees.passees[ident] == RAISON_CONSENTEMENT_REFUSE
        assert ident not in entretien.donnees.visitees


@pytest.mark.parametrize("fichier", FICHIERS, ids=[f.stem for f in FICHIERS])
def test_diagramme(fichier: Path) -> None:
    conducteur = charger(fichier)
    texte = mermaid(conducteur)
    assert texte.count(" as e_") == conducteur.nombre_etapes
    assert "-" not in "".join(
        ligne.split(":")[0] for ligne in texte.splitlines() if "-->" in ligne
    ).replace("-->", "")
