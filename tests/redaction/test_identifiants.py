"""Les numéros : NIR (clé modulo 97, Corse), IBAN (modulo 97), carte (Luhn)."""

from __future__ import annotations

import pytest

from assistant.redaction import Categorie, verifier
from assistant.redaction.identifiants import cle_nir_valide, iban_valide, luhn_valide


def numeros(texte: str) -> list[str]:
    return [texte[c.debut : c.fin] for c in verifier(texte) if c.categorie is Categorie.identifiant]


def test_cle_nir() -> None:
    assert cle_nir_valide("185057800608491")
    assert not cle_nir_valide("185057800608492")
    assert cle_nir_valide("2841275108042" + "78")
    assert not cle_nir_valide("18505780060849")  # 14 caractères


def test_cle_nir_corse() -> None:
    corps = "1850" + "5" + "2A" + "00608"
    corps = "185052A006084"
    nombre = int(corps.replace("2A", "19")) - 1_000_000
    assert cle_nir_valide(corps + f"{97 - nombre % 97:02d}")
    corps_b = "185052B006084"
    nombre_b = int(corps_b.replace("2B", "18")) - 2_000_000
    assert cle_nir_valide(corps_b + f"{97 - nombre_b % 97:02d}")
    assert not cle_nir_valide(corps_b + "00" if (97 - nombre_b % 97) else corps_b + "01")


def test_iban_et_luhn() -> None:
    assert iban_valide("FR76 3000 6000 0112 3456 7890 189")
    assert iban_valide("fr7630006000011234567890189")
    assert not iban_valide("FR76 3000 6000 0112 3456 7890 188")
    assert iban_valide("BE68 5390 0754 7034")
    assert luhn_valide("4970 1012 3456 7893")
    assert not luhn_valide("4970 1012 3456 7894")


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("NIR 1 85 05 78 006 084 91 à vérifier", "1 85 05 78 006 084 91"),
        ("n° sécu : 185057800608491", "185057800608491"),
        ("sécu 1.85.05.78.006.084.91", "1.85.05.78.006.084.91"),
        ("Numéro de sécurité sociale 1 85 05 78 006 084", "1 85 05 78 006 084"),
        (
            "IBAN : FR76 3000 6000 0112 3456 7890 189 pour le virement",
            "FR76 3000 6000 0112 3456 7890 189",
        ),
        ("RIB FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"),
        ("compte BE68 5390 0754 7034", "BE68 5390 0754 7034"),
        ("CB 4970 1012 3456 7893 perdue", "4970 1012 3456 7893"),
        ("carte 4532-0151-1283-0366", "4532-0151-1283-0366"),
    ],
)
def test_numeros_trouves(texte: str, attendu: str) -> None:
    assert numeros(texte) == [attendu]


@pytest.mark.parametrize(
    "texte",
    [
        "Appelez le 06 12 34 56 78 ou le +33 6 12 34 56 78.",
        "SIRET 123 456 789 00012 de l'employeur.",
        "SIRET 73282932000074.",
        "Code postal 69007, rendez-vous le 12/03/2024 à 14h30.",
        "Commande n° 4970101234567894 (clé fausse).",
        "Référence dossier 1850578006084 sans rapport.",
        "FR76 3000 6000 0112 3456 7890 188 (clé fausse, non annoncé)",
        "Identifiant France Travail 1234567A.",
    ],
)
def test_pas_de_fausse_alerte_sur_les_numeros(texte: str) -> None:
    assert numeros(texte) == []


def test_nir_a_cle_fausse_signale_seulement_s_il_est_annonce() -> None:
    assert numeros("185057800608492") == []
    assert numeros("n° sécu 185057800608492") == ["185057800608492"]


def test_explication_et_suggestion_des_numeros() -> None:
    (constat,) = verifier("IBAN FR76 3000 6000 0112 3456 7890 189")
    assert "IBAN" in constat.explication and "retirez" in constat.explication
    assert "FR76" not in constat.suggestion
