"""La commande `entretien` : aide et version en français, `entretien conducteurs …`."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from conducteurs.chargeur import charger_catalogue, fichiers_integres
from conducteurs.persona import fichiers_personas_integres
from tests.conducteurs.outils import ecrire, texte_modele
from tests.support.cli import lancer_cli

RACINE = Path(__file__).resolve().parent.parent
INTEGRES = fichiers_integres()
PERSONAS = len(fichiers_personas_integres())


@pytest.fixture(autouse=True)
def _sans_variable_de_donnees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ENTRETIEN_DONNEES", raising=False)


@pytest.fixture
def donnees(tmp_path: Path) -> Path:
    return tmp_path / "donnees"


def lancer(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """(code de sortie, sortie, erreurs) ; une sortie d'argparse rend son code."""
    return lancer_cli(capsys, *argv)


def conducteurs(
    capsys: pytest.CaptureFixture[str], donnees: Path, *argv: str
) -> tuple[int, str, str]:
    return lancer(capsys, "--donnees", str(donnees), "conducteurs", *argv)


# ---------------------------------------------------------- aide, version
def test_aide_en_francais(capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, _ = lancer(capsys, "--help")
    assert code == 0
    assert sortie.startswith("utilisation : entretien")
    assert "affiche cette aide" in sortie
    assert "--donnees DOSSIER" in sortie and "ENTRETIEN_DONNEES" in sortie
    assert "conducteurs" in sortie
    for anglais in ("usage:", "show this help", "positional arguments"):
        assert anglais not in sortie


def test_aide_des_sous_commandes_en_francais(capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, _ = lancer(capsys, "conducteurs", "--help")
    assert code == 0
    assert "utilisation : entretien conducteurs" in sortie
    for commande in ("lister", "montrer", "valider", "nouveau"):
        assert commande in sortie
    code, sortie, _ = lancer(capsys, "conducteurs", "valider", "-h")
    assert code == 0
    assert "affiche cette aide" in sortie and "CHEMIN" in sortie


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, _ = lancer(capsys, "--version")
    assert code == 0
    assert sortie.strip() == f"entretien, version {version('assistant-entretiens')}"


def test_une_commande_inconnue(capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, erreurs = lancer(capsys, "demarrer")
    assert code == 2
    assert sortie == ""
    assert "utilisation : entretien" in erreurs
    assert "entretien : erreur :" in erreurs
    assert "choix invalide" in erreurs and "choisissez parmi" in erreurs
    assert "invalid choice" not in erreurs


def test_une_option_inconnue(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, erreurs = lancer(capsys, "--couleur")
    assert code == 2
    assert "arguments non reconnus" in erreurs


def test_conducteurs_sans_sous_commande(capsys: pytest.CaptureFixture[str], donnees: Path) -> None:
    code, _, erreurs = conducteurs(capsys, donnees)
    assert code == 2
    assert "erreur" in erreurs and "obligatoires" in erreurs


def test_python_m_assistant_version(tmp_path: Path) -> None:
    env = {**os.environ, "ENTRETIEN_DONNEES": str(tmp_path)}
    resultat = subprocess.run(
        [sys.executable, "-m", "assistant", "--version"],
        cwd=RACINE,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert resultat.returncode == 0, resultat.stderr
    assert resultat.stdout.startswith("entretien, version ")
    assert resultat.stderr == ""


def test_python_m_assistant_commande_inconnue(tmp_path: Path) -> None:
    env = {**os.environ, "ENTRETIEN_DONNEES": str(tmp_path)}
    resultat = subprocess.run(
        [sys.executable, "-m", "assistant", "conducteurs", "montrer", "inconnu"],
        cwd=RACINE,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert resultat.returncode == 1
    assert "Traceback" not in resultat.stderr
    assert "aucun conducteur « inconnu »" in resultat.stderr


# ---------------------------------------------------------------- lister
def test_lister_montre_chaque_conducteur_en_colonnes(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    ecrire(donnees / "conducteurs", "bilan-immersion.yaml", texte_modele("bilan-immersion"))
    code, sortie, erreurs = conducteurs(capsys, donnees, "lister")
    assert code == 0, erreurs
    lignes = sortie.splitlines()
    entete = lignes[0]
    colonnes = ["Identifiant", "Titre", "Phase", "Durée", "Étapes", "Origine"]
    positions = [entete.index(c) for c in colonnes]
    assert positions == sorted(positions)
    assert set(lignes[1]) <= {"─", " "}
    catalogue = charger_catalogue(donnees / "conducteurs")
    rangees = {
        ligne.split()[0]: ligne
        for ligne in lignes[2:]
        if ligne.strip() and not ligne.startswith(f"{len(catalogue)} conducteurs")
    }
    assert set(rangees) == set(catalogue.entrees)
    for entree in catalogue:
        c = entree.conducteur
        rangee = rangees[c.identifiant]
        attendu = [
            c.identifiant,
            c.titre,
            c.phase.value,
            f"{c.duree_minutes} min",
            str(c.nombre_etapes),
            entree.origine,
        ]
        for position, valeur in zip(positions, attendu, strict=True):
            assert rangee[position:].startswith(valeur), (rangee, valeur)
    assert rangees["bilan-immersion"].rstrip().endswith("structure")
    for fichier in INTEGRES:
        assert rangees[fichier.stem].rstrip().endswith("intégré")
    assert f"{len(catalogue)} conducteurs." in sortie
    assert str(donnees / "conducteurs") in sortie


def test_lister_signale_un_fichier_invalide_sans_s_arreter(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    casse = ecrire(donnees / "conducteurs", "casse.yaml", "identifiant: [\n")
    code, sortie, erreurs = conducteurs(capsys, donnees, "lister")
    assert code == 1
    assert str(casse) in erreurs and "ligne" in erreurs
    for fichier in INTEGRES:
        assert fichier.stem in sortie


def test_lister_ordonne_accueil_puis_accompagnement(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    _, sortie, _ = conducteurs(capsys, donnees, "lister")
    phases = [
        ligne.split()[-2] for ligne in sortie.splitlines()[2:] if ligne.rstrip().endswith("intégré")
    ]
    assert phases == sorted(phases, key=lambda p: p != "accueil")
    if "premier-accueil" in {f.stem for f in INTEGRES}:
        assert sortie.splitlines()[2].startswith("premier-accueil")


# ---------------------------------------------------------------- montrer
def test_montrer_premier_accueil(capsys: pytest.CaptureFixture[str], donnees: Path) -> None:
    code, sortie, erreurs = conducteurs(capsys, donnees, "montrer", "premier-accueil")
    assert code == 0, erreurs
    conducteur = charger_catalogue(None).get("premier-accueil")
    parties = ["1. LE CADRE DE L'ENTRETIEN", "2. LE DÉROULEMENT", "3. À SAISIR DANS VISUAL COURSE"]
    positions = [sortie.index(p) for p in parties]
    assert positions == sorted(positions)
    for sequence in ("INTRODUCTION", "ÉCHANGE", "CONCLUSION"):
        assert sequence in sortie
    trop_longues = [ligne for ligne in sortie.splitlines() if len(ligne) > 80]
    assert trop_longues == []
    continu = " ".join(sortie.split())
    assert " ".join(conducteur.cadre.objectif.split()) in continu
    for _, etape in conducteur.etapes():
        assert " ".join(etape.titre.split()) in continu
        assert " ".join(etape.consigne.split()) in continu
    for champ in conducteur.visual_course:
        assert " ".join(champ.champ.split()) in continu


@pytest.mark.parametrize("fichier", INTEGRES, ids=[f.stem for f in INTEGRES])
def test_montrer_chaque_conducteur_sur_80_colonnes(
    capsys: pytest.CaptureFixture[str], donnees: Path, fichier: Path
) -> None:
    code, sortie, _ = conducteurs(capsys, donnees, "montrer", fichier.stem)
    assert code == 0
    assert max(len(ligne) for ligne in sortie.splitlines()) <= 80


def test_montrer_un_conducteur_de_la_structure_aux_mots_tres_longs(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    texte = texte_modele("long").replace(
        "consigne: Ce que le conseiller fait ou demande à cette étape.",
        "consigne: " + "anticonstitutionnellement" * 6 + " " + "mot " * 60,
    )
    ecrire(donnees / "conducteurs", "long.yaml", texte)
    code, sortie, _ = conducteurs(capsys, donnees, "montrer", "long")
    assert code == 0
    assert max(len(ligne) for ligne in sortie.splitlines()) <= 80


def test_montrer_un_conducteur_inconnu(capsys: pytest.CaptureFixture[str], donnees: Path) -> None:
    code, sortie, erreurs = conducteurs(capsys, donnees, "montrer", "inconnu")
    assert code == 1
    assert sortie == ""
    assert erreurs.startswith("Erreur : aucun conducteur « inconnu »")
    assert "conducteurs disponibles" in erreurs
    for fichier in INTEGRES:
        assert fichier.stem in erreurs


# ---------------------------------------------------------------- valider
def test_valider_sans_chemin(capsys: pytest.CaptureFixture[str], donnees: Path) -> None:
    code, sortie, _ = conducteurs(capsys, donnees, "valider")
    assert code == 0
    assert sortie.strip() == f"{len(INTEGRES)} conducteurs valides, {PERSONAS} personas valides"


def test_valider_sans_chemin_compte_la_structure(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    ecrire(donnees / "conducteurs", "bilan-immersion.yaml", texte_modele("bilan-immersion"))
    ecrire(donnees / "conducteurs", f"{INTEGRES[0].stem}.yaml", texte_modele(INTEGRES[0].stem))
    code, sortie, _ = conducteurs(capsys, donnees, "valider")
    assert code == 0
    assert sortie.strip() == f"{len(INTEGRES) + 1} conducteurs valides, {PERSONAS} personas valides"


def test_valider_sans_chemin_signale_la_structure(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    casse = ecrire(donnees / "conducteurs", "casse.yaml", "")
    code, sortie, _ = conducteurs(capsys, donnees, "valider")
    assert code == 1
    assert str(casse) in sortie and "le fichier est vide" in sortie


def test_valider_des_fichiers_valides(
    capsys: pytest.CaptureFixture[str], donnees: Path, tmp_path: Path
) -> None:
    a = ecrire(tmp_path, "a.yaml", texte_modele("a"))
    b = ecrire(tmp_path / "dossier", "b.yml", texte_modele("b"))
    code, sortie, _ = conducteurs(capsys, donnees, "valider", str(a), str(b.parent))
    assert code == 0
    assert sortie.strip() == "2 conducteurs valides"


def test_valider_des_fichiers_mal_formes(
    capsys: pytest.CaptureFixture[str], donnees: Path, tmp_path: Path
) -> None:
    mauvais_type = texte_modele("type-inconnu").replace(
        "        type: texte\n  conclusion:", "        type: textes\n  conclusion:"
    )
    consigne_vide = texte_modele("consigne-vide").replace(
        "consigne: Ce que le conseiller fait ou demande à cette étape.", 'consigne: ""'
    )
    sans_travail = texte_modele("sans-travail").replace("        role: taches\n", "")
    fichiers: dict[str, str | bytes] = {
        "type-inconnu.yaml": mauvais_type,
        "consigne-vide.yaml": consigne_vide,
        "sans-travail.yaml": sans_travail,
        "latin1.yaml": texte_modele("latin1").encode("latin-1"),
        "vide.yaml": "",
        "tabulation.yaml": texte_modele("tabulation").replace("  outils:\n    -", "  outils:\n\t-"),
    }
    chemins = [ecrire(tmp_path, nom, contenu) for nom, contenu in fichiers.items()]
    bon = ecrire(tmp_path, "bon.yaml", texte_modele("bon"))
    code, sortie, erreurs = conducteurs(
        capsys, donnees, "valider", *map(str, chemins), str(bon), str(tmp_path / "absent.yaml")
    )
    assert code == 1, sortie
    assert erreurs == ""
    assert sortie.startswith("7 problème(s) dans 7 fichier(s) (1 conducteur(s) valide(s))")
    blocs = [b for b in sortie.split("✗ ")[1:]]
    assert len(blocs) == 7
    attendus = [
        ("type-inconnu.yaml", "« deroulement.echange.etapes[0].type »", "texte, choix"),
        ("consigne-vide.yaml", "« deroulement.echange.etapes[0].consigne »", "vide"),
        ("sans-travail.yaml", "« deroulement.conclusion.etapes »", "role: taches"),
        ("latin1.yaml", "UTF-8", "ligne 1"),
        ("vide.yaml", "le fichier est vide", "nouveau"),
        ("tabulation.yaml", "tabulation", "ligne "),
        ("absent.yaml", "n'existe pas", "chemin"),
    ]
    for bloc, (nom, champ, detail) in zip(blocs, attendus, strict=True):
        assert bloc.startswith(str(tmp_path / nom)), bloc
        assert champ in bloc and detail in bloc, bloc
    for bloc in blocs[:3]:
        assert ", ligne " in bloc.splitlines()[0]
        assert "→" in bloc


def test_valider_un_dossier_sans_conducteur(
    capsys: pytest.CaptureFixture[str], donnees: Path, tmp_path: Path
) -> None:
    vide = tmp_path / "vide"
    vide.mkdir()
    code, sortie, _ = conducteurs(capsys, donnees, "valider", str(vide))
    assert code == 1
    assert "aucun fichier .yaml" in sortie


def test_valider_des_conducteurs_integres_par_leur_chemin(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    code, sortie, _ = conducteurs(capsys, donnees, "valider", *map(str, INTEGRES))
    assert code == 0
    assert sortie.strip() == f"{len(INTEGRES)} conducteurs valides"


# ---------------------------------------------------------------- nouveau
def test_nouveau_ecrit_un_modele_que_valider_accepte(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    code, sortie, erreurs = conducteurs(capsys, donnees, "nouveau", "bilan-immersion")
    assert code == 0, erreurs
    fichier = donnees / "conducteurs" / "bilan-immersion.yaml"
    assert fichier.is_file()
    assert str(fichier) in sortie
    assert f"entretien conducteurs valider {fichier}" in sortie
    assert stat.S_IMODE(fichier.stat().st_mode) == 0o600
    assert stat.S_IMODE(fichier.parent.stat().st_mode) & 0o077 == 0
    texte = fichier.read_text(encoding="utf-8")
    assert texte.startswith("# Conducteur d'entretien « bilan-immersion »")
    assert "identifiant: bilan-immersion\n" in texte
    assert "{identifiant}" not in texte and "{fichier}" not in texte

    code, sortie, _ = conducteurs(capsys, donnees, "valider", str(fichier))
    assert (code, sortie.strip()) == (0, "1 conducteurs valides")
    code, sortie, _ = conducteurs(capsys, donnees, "lister")
    assert code == 0
    ligne = next(ligne for ligne in sortie.splitlines() if ligne.startswith("bilan-immersion"))
    assert ligne.rstrip().endswith("structure")


def test_nouveau_cree_le_dossier_de_donnees_en_prive(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    donnees = tmp_path / "a" / "b"
    code, _, _ = conducteurs(capsys, donnees, "nouveau", "essai")
    assert code == 0
    for dossier in (donnees, donnees / "conducteurs"):
        assert stat.S_IMODE(dossier.stat().st_mode) & 0o077 == 0, dossier


def test_nouveau_ne_remplace_pas_un_fichier_existant(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    assert conducteurs(capsys, donnees, "nouveau", "essai")[0] == 0
    fichier = donnees / "conducteurs" / "essai.yaml"
    fichier.write_text("mon travail\n", encoding="utf-8")
    code, sortie, erreurs = conducteurs(capsys, donnees, "nouveau", "essai")
    assert code == 1
    assert sortie == ""
    assert "existe déjà" in erreurs and str(fichier) in erreurs
    assert fichier.read_text(encoding="utf-8") == "mon travail\n"


@pytest.mark.parametrize(
    "identifiant",
    ["Bilan", "bilan_immersion", "évaluation", "bilan immersion", "-x", "../evasion", "a/b"],
)
def test_nouveau_refuse_un_identifiant_invalide(
    capsys: pytest.CaptureFixture[str], donnees: Path, identifiant: str
) -> None:
    code, sortie, erreurs = conducteurs(capsys, donnees, "nouveau", "--", identifiant)
    assert code == 2
    assert sortie == ""
    assert erreurs.startswith(f"Erreur : « {identifiant} » n'est pas un identifiant valide")
    assert "minuscules" in erreurs
    assert not (donnees / "conducteurs").exists()
    assert not donnees.parent.joinpath("evasion.yaml").exists()


def test_nouveau_avec_l_identifiant_d_un_integre_annonce_le_remplacement(
    capsys: pytest.CaptureFixture[str], donnees: Path
) -> None:
    identifiant = INTEGRES[0].stem
    code, sortie, _ = conducteurs(capsys, donnees, "nouveau", identifiant)
    assert code == 0
    assert "remplacera le conducteur intégré" in sortie
    _, sortie, _ = conducteurs(capsys, donnees, "lister")
    ligne = next(ligne for ligne in sortie.splitlines() if ligne.startswith(identifiant + " "))
    assert ligne.rstrip().endswith("structure")


def test_option_conducteurs(
    capsys: pytest.CaptureFixture[str], donnees: Path, tmp_path: Path
) -> None:
    guides = tmp_path / "guides-de-la-structure"
    code, _, _ = lancer(
        capsys,
        "--donnees",
        str(donnees),
        "--conducteurs",
        str(guides),
        "conducteurs",
        "nouveau",
        "essai",
    )
    assert code == 0
    assert (guides / "essai.yaml").is_file()
    assert not (donnees / "conducteurs").exists()
    code, sortie, _ = lancer(
        capsys, "--conducteurs", str(guides), "--donnees", str(donnees), "conducteurs", "valider"
    )
    assert (code, sortie.strip()) == (
        0,
        f"{len(INTEGRES) + 1} conducteurs valides, {PERSONAS} personas valides",
    )


# ----------------------------------------------------- ENTRETIEN_DONNEES
def test_la_variable_entretien_donnees_est_prise_en_compte(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ENTRETIEN_DONNEES", str(tmp_path / "par-variable"))
    code, sortie, _ = lancer(capsys, "conducteurs", "nouveau", "essai")
    assert code == 0
    assert (tmp_path / "par-variable" / "conducteurs" / "essai.yaml").is_file()
    code, sortie, _ = lancer(capsys, "conducteurs", "lister")
    assert str(tmp_path / "par-variable" / "conducteurs") in sortie
    assert "essai" in sortie


def test_l_option_donnees_l_emporte_sur_la_variable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ENTRETIEN_DONNEES", str(tmp_path / "par-variable"))
    code, _, _ = lancer(
        capsys, "--donnees", str(tmp_path / "par-option"), "conducteurs", "nouveau", "essai"
    )
    assert code == 0
    assert (tmp_path / "par-option" / "conducteurs" / "essai.yaml").is_file()
    assert not (tmp_path / "par-variable").exists()
