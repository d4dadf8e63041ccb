"""Coordonnées et situation de l'adhérent : cherchées seulement sur demande."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.redaction import Categorie, verifier
from assistant.redaction.corpus import lire_corpus

PERSONNELLES = {Categorie.coordonnees, Categorie.situation}
DONNEES = Path(__file__).resolve().parents[1] / "data"


def _trouves(texte: str) -> list[tuple[str, str]]:
    return [
        (c.categorie.value, texte[c.debut : c.fin])
        for c in verifier(texte, personnelles=True)
        if c.categorie in PERSONNELLES
    ]


@pytest.mark.parametrize(
    ("texte", "categorie", "passage"),
    [
        ("Vous habitez au 12 rue des Lilas.", "coordonnees", "12 rue des Lilas"),
        ("Adresse : 4 bis avenue Jean Jaurès, 69007 Lyon", "coordonnees", "69007 Lyon"),
        ("Vous êtes joignable au 06 12 34 56 78.", "coordonnees", "06 12 34 56 78"),
        ("Portable +33 6 12 34 56 78", "coordonnees", "+33 6 12 34 56 78"),
        ("Tél. 07.81.22.33.44 le soir", "coordonnees", "07.81.22.33.44"),
        ("Votre adresse : karim.benali@gmail.com", "coordonnees", "karim.benali@gmail.com"),
        ("Vous êtes née le 3 mars 1985.", "coordonnees", "née le 3"),
        ("Vous êtes marié depuis dix ans.", "situation", "êtes marié"),
        ("Vous avez 3 enfants.", "situation", "avez 3 enfants"),
        ("Mère isolée, vous cherchez un mi-temps.", "situation", "Mère isolée"),
        ("Vous bénéficiez du RSA.", "situation", "bénéficiez du RSA"),
        ("Allocataire de l'AAH depuis 2019.", "situation", "Allocataire de l'AAH"),
        ("Vous percevez 900 € par mois.", "situation", "percevez 900 €"),
    ],
)
def test_donnees_personnelles_reconnues(texte: str, categorie: str, passage: str) -> None:
    assert (categorie, passage) in _trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Téléphone du recruteur : 04 72 10 20 30, à rappeler lundi.",
        "Contact employeur : Mme Durand, 01 45 67 89 10.",
        "Entretien au restaurant, 12 rue Mercière, lundi à 9h.",
        "Candidature envoyée à recrutement@transports-durand.fr.",
        "Le salaire proposé est de 1 900 euros brut par mois.",
        "Vous souhaitez un salaire de 1 800 € par mois.",
        "Il est possible de cumuler le RSA avec un temps partiel.",
        "Solde CPF : 1 850 €, à mobiliser pour le permis C.",
        "Code RNCP 35643 du titre professionnel visé.",
        "Vous cherchez un poste d'aide à domicile auprès d'enfants.",
        "Vous avez postulé chez Marie Blachère comme vendeuse.",
    ],
)
def test_textes_professionnels_non_signales(texte: str) -> None:
    assert _trouves(texte) == []


def test_verification_ordinaire_inchangee_sur_les_corpus() -> None:
    """Sans `personnelles=True`, aucune phrase d'aucun corpus ne reçoit les nouvelles catégories."""
    for chemin in sorted(DONNEES.glob("*.tsv")):
        for exemple in lire_corpus(chemin):
            assert not {c.categorie for c in verifier(exemple.texte)} & PERSONNELLES


def test_cli_personnelles_json_additif(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    texte = "Vous habitez 12 rue des Lilas, tél. 06 12 34 56 78.\n"
    monkeypatch.delenv("ENTRETIEN_DONNEES", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(texte))
    assert main(["rgpd", "verifier", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["constats"] == []
    monkeypatch.setattr(sys, "stdin", io.StringIO(texte))
    assert main(["rgpd", "verifier", "--json", "--personnelles"]) == 1
    constats = json.loads(capsys.readouterr().out)["constats"]
    assert [c["categorie"] for c in constats] == ["coordonnees", "coordonnees"]
    assert set(constats[0]) == {"categorie", "debut", "fin", "explication", "suggestion"}
