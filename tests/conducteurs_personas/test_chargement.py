"""Les fichiers de personas : intégrées, de la structure, et leur cohérence avec les guides."""

from __future__ import annotations

from pathlib import Path

import pytest

from conducteurs.chargeur import INTEGRE, STRUCTURE, charger_catalogue
from conducteurs.persona import (
    DOSSIER_PERSONAS,
    PersonaInvalide,
    charger_personas,
    dossier_personas,
    fichiers_personas_integres,
    lire_persona_fichier,
    lire_persona_texte,
    valider_persona_fichier,
    valider_personas,
)
from tests.conducteurs_personas.outils import en_yaml, persona_valide
from tests.support.disque import ecrire


def test_un_fichier_valide(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", en_yaml(persona_valide()))
    assert valider_persona_fichier(chemin) == []
    assert lire_persona_fichier(chemin).nom == "Camille Essai"


def test_le_nom_du_fichier_doit_suivre_l_identifiant(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "autre.yaml", en_yaml(persona_valide()))
    (p,) = valider_persona_fichier(chemin)
    assert p.chemin == "identifiant"
    assert "renommez le fichier « essai.yaml »" in p.correction
    assert str(p).startswith(str(chemin))


def test_un_fichier_absent(tmp_path: Path) -> None:
    (p,) = valider_persona_fichier(tmp_path / "absent.yaml")
    assert p.message == "le fichier n'existe pas"


def test_un_dossier_au_lieu_d_un_fichier(tmp_path: Path) -> None:
    (p,) = valider_persona_fichier(tmp_path)
    assert p.message == "c'est un dossier, pas un fichier"


def test_un_fichier_qui_n_est_pas_en_utf8(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", "nom: Hélène\n".encode("latin-1"))
    (p,) = valider_persona_fichier(chemin)
    assert "UTF-8" in p.message
    assert p.ligne == 1


def test_un_fichier_binaire(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", b"nom: a\x00b\n")
    (p,) = valider_persona_fichier(chemin)
    assert "binaires" in p.message


# -------------------------------------------------------------- cohérence
def test_une_etape_inconnue_est_signalee_avec_une_suggestion(tmp_path: Path) -> None:
    donnees = persona_valide()
    donnees["repliques"]["etapes"]["objectif-partages"] = ["Oui.", "D'accord."]
    texte = en_yaml(donnees)
    chemin = ecrire(tmp_path, "essai.yaml", texte)
    (p,) = valider_persona_fichier(chemin)
    assert p.chemin == "repliques.etapes.objectif-partages"
    assert p.message == "aucun conducteur n'a d'étape « objectif-partages »"
    assert "vouliez-vous dire « objectifs-partages »" in p.correction
    attendu = next(
        i for i, ligne in enumerate(texte.splitlines(), 1) if "objectif-partages:" in ligne
    )
    assert p.ligne == attendu


def test_un_conducteur_inconnu(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", en_yaml(persona_valide(conducteurs=["diagnostc"])))
    (p,) = valider_persona_fichier(chemin)
    assert p.chemin == "conducteurs[0]"
    assert "« diagnostic »" in p.correction


def test_une_etape_inconnue_dans_un_evenement() -> None:
    donnees = persona_valide(
        evenements=[
            {
                "type": "sante",
                "repliques": ["J'ai mal au dos."],
                "etapes": ["contraintes", "situation-actuele"],
                "a_ne_pas_ecrire": ["dos"],
                "reformulation": "Des contraintes.",
            }
        ]
    )
    with pytest.raises(PersonaInvalide) as exc:
        lire_persona_texte(en_yaml(donnees), "essai.yaml", charger_catalogue())
    (p,) = exc.value.problemes
    assert p.chemin == "evenements[0].etapes[1]"
    assert "situation-actuelle" in p.correction


def test_sans_catalogue_seul_le_schema_est_verifie() -> None:
    donnees = persona_valide()
    donnees["repliques"]["etapes"]["etape-de-ma-structure"] = ["Oui.", "D'accord."]
    assert lire_persona_texte(en_yaml(donnees), "essai.yaml").identifiant == "essai"


# --------------------------------------------------------------- catalogue
def test_les_personas_integrees_se_chargent_sans_probleme() -> None:
    personas = charger_personas()
    assert personas.problemes == []
    assert len(personas) >= 6
    assert all(e.origine == INTEGRE for e in personas)


def test_la_structure_ajoute_et_remplace(tmp_path: Path) -> None:
    dossier = dossier_personas(tmp_path)
    assert dossier == tmp_path / DOSSIER_PERSONAS
    ecrire(dossier, "essai.yaml", en_yaml(persona_valide()))
    remplace = persona_valide(identifiant="samir-cooperatif", nom="Samir Remplacé")
    ecrire(dossier, "samir-cooperatif.yaml", en_yaml(remplace))
    personas = charger_personas(tmp_path)
    assert personas.problemes == []
    assert personas.entrees["essai"].origine == STRUCTURE
    assert personas.get("samir-cooperatif").nom == "Samir Remplacé"
    assert personas.entrees["samir-cooperatif"].origine == STRUCTURE


def test_une_persona_invalide_de_la_structure_est_ecartee(tmp_path: Path) -> None:
    dossier = dossier_personas(tmp_path)
    ecrire(dossier, "essai.yaml", en_yaml(persona_valide(attitude="agressive")))
    personas = charger_personas(tmp_path)
    assert "essai" not in personas
    (p,) = personas.problemes
    assert p.chemin == "attitude"


def test_une_persona_de_la_structure_peut_citer_un_conducteur_de_la_structure(
    tmp_path: Path,
) -> None:
    guide = next(
        p for p in charger_catalogue().entrees.values() if p.conducteur.identifiant == "diagnostic"
    ).fichier
    texte = (
        Path(guide)
        .read_text(encoding="utf-8")
        .replace("identifiant: diagnostic", "identifiant: diagnostic-local")
    )
    ecrire(tmp_path, "diagnostic-local.yaml", texte)
    ecrire(
        dossier_personas(tmp_path),
        "essai.yaml",
        en_yaml(persona_valide(conducteurs=["diagnostic-local"])),
    )
    personas = charger_personas(tmp_path)
    assert personas.problemes == []
    assert "essai" in {p.identifiant for p in personas.pour_conducteur("diagnostic-local")}
    assert "essai" not in {p.identifiant for p in personas.pour_conducteur("diagnostic")}


def test_une_persona_inconnue() -> None:
    with pytest.raises(KeyError) as exc:
        charger_personas().get("personne")
    assert "personas disponibles" in str(exc.value)


def test_valider_un_dossier(tmp_path: Path) -> None:
    ecrire(tmp_path, "essai.yaml", en_yaml(persona_valide()))
    ecrire(tmp_path, "autre.yaml", en_yaml(persona_valide(identifiant="autre", attitude="?")))
    valides, problemes = valider_personas([tmp_path])
    assert valides == 1
    assert [p.chemin for p in problemes] == ["attitude"]


def test_valider_un_dossier_vide(tmp_path: Path) -> None:
    valides, (p,) = valider_personas([tmp_path])
    assert valides == 0
    assert "aucun fichier .yaml" in p.message


def test_les_fichiers_integres_sont_tous_valides() -> None:
    fichiers = fichiers_personas_integres()
    assert len(fichiers) >= 6
    valides, problemes = valider_personas(fichiers)
    assert problemes == []
    assert valides == len(fichiers)
