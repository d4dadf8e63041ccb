"""Le dossier de conducteurs de la structure et les messages du YAML (issue 13, point 7).

Chaque fichier du dossier qui n'est pas chargé est signalé par son nom, avec la
raison ; chaque message du YAML est en français, exact, et dit quoi écrire.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conducteurs.chargeur import (
    INTEGRE,
    TAILLE_MAX,
    ConducteurInvalide,
    Probleme,
    charger_catalogue,
    fichiers_integres,
    lire_fichier,
    valider_fichiers,
)
from conducteurs.persona import charger_personas
from tests.conducteurs.outils import (
    ecrire,
    en_yaml,
    etape,
    guide_valide,
    problemes_de,
    seul_probleme,
    texte_modele,
)
from tests.conducteurs_personas.outils import en_yaml as persona_en_yaml
from tests.conducteurs_personas.outils import persona_valide

INTEGRE_0 = fichiers_integres()[0].stem


def _signales(problemes: list[Probleme]) -> dict[str, str]:
    """Nom de fichier → texte complet de ses problèmes."""
    vus: dict[str, str] = {}
    for p in problemes:
        nom = Path(p.fichier).name
        vus[nom] = vus.get(nom, "") + str(p)
    return vus


# ------------------------------------------------------- dossier de la structure
def test_chaque_fichier_non_charge_du_dossier_est_signale_avec_sa_raison(
    tmp_path: Path,
) -> None:
    ecrire(tmp_path, "bon.yaml", texte_modele("bon"))
    ecrire(tmp_path, "majuscules.YAML", texte_modele("majuscules"))
    ecrire(tmp_path, "texte.yaml.txt", texte_modele("texte"))
    ecrire(tmp_path, "notes.txt", "des notes")
    (tmp_path / "dossier.yaml").mkdir()
    (tmp_path / "casse.yaml").symlink_to(tmp_path / "absent.yaml")
    (tmp_path / "boucle.yaml").symlink_to(tmp_path / "boucle.yaml")
    catalogue = charger_catalogue(tmp_path)
    assert "bon" in catalogue
    signales = _signales(catalogue.problemes)
    assert set(signales) == {
        "majuscules.YAML",
        "texte.yaml.txt",
        "notes.txt",
        "dossier.yaml",
        "casse.yaml",
        "boucle.yaml",
    }
    assert "en minuscules" in signales["majuscules.YAML"]
    assert "majuscules.yaml" in signales["majuscules.YAML"]  # le nom à donner
    assert "« texte.yaml »" in signales["texte.yaml.txt"]
    assert "dossier" in signales["dossier.yaml"]
    assert "n'existe pas" in signales["casse.yaml"]
    assert "boucle" in signales["boucle.yaml"]
    for texte in signales.values():
        assert "Errno" not in texte and "symbolic" not in texte
        assert "→" in texte  # quoi faire


def test_le_sous_dossier_des_personas_n_est_pas_signale_mais_son_contenu_oui(
    tmp_path: Path,
) -> None:
    personas = tmp_path / "personas"
    ecrire(personas, "essai.yaml", persona_en_yaml(persona_valide()))
    ecrire(personas, "autre.YML", persona_en_yaml(persona_valide(identifiant="autre")))
    (personas / "lien.yaml").symlink_to(personas / "absent.yaml")
    assert charger_catalogue(tmp_path).problemes == []
    signales = _signales(charger_personas(tmp_path).problemes)
    assert set(signales) == {"autre.YML", "lien.yaml"}


def test_valider_un_dossier_signale_aussi_les_fichiers_ecartes(tmp_path: Path) -> None:
    ecrire(tmp_path, "bon.yaml", texte_modele("bon"))
    ecrire(tmp_path, "autre.Yml", texte_modele("autre"))
    valides, problemes = valider_fichiers([tmp_path])
    assert valides == 1
    assert [Path(p.fichier).name for p in problemes] == ["autre.Yml"]


def test_un_remplacement_invalide_dit_que_la_version_integree_est_utilisee(
    tmp_path: Path,
) -> None:
    texte = texte_modele(INTEGRE_0).replace("type: taches", "type: liste_de_taches")
    ecrire(tmp_path, f"{INTEGRE_0}.yaml", texte)
    catalogue = charger_catalogue(tmp_path)
    assert catalogue.entrees[INTEGRE_0].origine == INTEGRE
    textes = " ".join(str(p) for p in catalogue.problemes)
    assert f"version intégrée de « {INTEGRE_0} »" in textes
    assert "à la place" in textes


def test_un_lien_en_boucle_donne_a_valider_est_dit_en_francais(tmp_path: Path) -> None:
    boucle = tmp_path / "boucle.yaml"
    boucle.symlink_to(boucle)
    with pytest.raises(ConducteurInvalide) as exc:
        lire_fichier(boucle)
    (p,) = exc.value.problemes
    assert "lien symbolique" in p.message and "boucle" in p.message
    assert "symbolic" not in str(p)


def test_la_taille_maximale_est_dite(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", "# " + "x" * TAILLE_MAX + "\n")
    with pytest.raises(ConducteurInvalide) as exc:
        lire_fichier(chemin)
    (p,) = exc.value.problemes
    assert "1 Mo" in str(p) or "1 000 000" in str(p)


def test_un_conducteur_mal_encode_donne_la_ligne_et_l_octet(tmp_path: Path) -> None:
    brut = texte_modele().encode().replace(b"titre: Titre", b"titre: Titre \xe9t\xe9", 1)
    chemin = ecrire(tmp_path, "essai.yaml", brut)
    with pytest.raises(ConducteurInvalide) as exc:
        lire_fichier(chemin)
    (p,) = exc.value.problemes
    assert p.ligne == 16
    colonne = len(b"titre: Titre ") + 1
    assert f"octet {colonne}" in p.message
    assert "0xE9" in p.message


# ------------------------------------------------------------ messages du YAML
def test_une_etiquette_python_est_refusee_en_francais() -> None:
    texte = texte_modele().replace("titre: ", "titre: !!python/object:os.system ", 1)
    p = seul_probleme(texte)
    assert p.ligne == 16
    assert "!!python/object:os.system" in p.message
    assert "étiquette" in p.message and "pas permise" in p.message
    assert "constructor" not in str(p)
    assert "décalage" not in p.correction  # le conseil parle de l'étiquette


def test_un_decalage_d_un_espace_est_dit_comme_tel() -> None:
    texte = texte_modele().replace("\ntitre:", "\n titre:", 1)
    p = seul_probleme(texte)
    assert p.ligne == 16
    assert "décalage" in p.message
    assert "« : » inattendu" not in p.message
    texte = texte_modele().replace("\n  decision_libre:", "\n   decision_libre:", 1)
    p = seul_probleme(texte)
    assert "décalage" in p.message


def test_une_ancre_est_refusee_au_lieu_d_etre_avalee() -> None:
    """`titre: &a Titre` donnait le titre « Titre » : l'ancre disparaissait sans mot."""
    texte = texte_modele().replace("titre: ", "titre: &a ", 1)
    p = seul_probleme(texte)
    assert p.ligne == 16
    assert "ancre" in p.message
    assert "guillemets" in p.correction


def test_un_renvoi_dit_quoi_faire_sans_parler_de_decalage() -> None:
    p = seul_probleme(texte_modele() + "\nautre: *a\n")
    assert "renvoi" in p.message
    assert "recopiez" in p.correction and "décalage" not in p.correction


def test_un_consentement_mal_place_est_a_deplacer_pas_a_ajouter() -> None:
    guide = guide_valide()
    guide["phase"] = "accueil"
    etape(guide, "echange", "premier-echange")["personnel"] = True
    guide["deroulement"]["echange"]["etapes"].append(
        {
            "identifiant": "consentement",
            "titre": "Consentement",
            "consigne": "Informez l'adhérent et recueillez son accord.",
            "type": "oui_non",
            "role": "consentement",
        }
    )
    (p,) = problemes_de(guide)
    assert "déplacez" in p.correction and "ajoutez" not in p.correction
    assert "deroulement.echange.etapes[1]" in p.correction


@pytest.mark.parametrize(
    ("ecrit", "attendu"),
    [("non", False), ("Non", False), ("NON", False), ("oui", True), ("Oui", True)],
)
def test_oui_et_non_sont_acceptes_pour_les_booleens(ecrit: str, attendu: bool) -> None:
    texte = texte_modele().replace(
        "        type: texte\n  conclusion:",
        f"        type: texte\n        obligatoire: {ecrit}\n  conclusion:",
    )
    assert f"obligatoire: {ecrit}" in texte
    from conducteurs.chargeur import lire_texte

    conducteur = lire_texte(texte, "essai.yaml")
    assert conducteur.etape("premier-echange").obligatoire is attendu


def test_yes_no_ne_donnent_pas_de_message_contradictoire() -> None:
    texte = texte_modele().replace(
        "        type: texte\n  conclusion:",
        "        type: texte\n        obligatoire: yes\n  conclusion:",
    )
    p = seul_probleme(texte)
    assert p.chemin == "deroulement.echange.etapes[0].obligatoire"
    assert "« yes »" in p.message
    assert "« oui » ou « non »" in p.correction


def test_oui_non_restent_des_textes_dans_les_champs_texte() -> None:
    guide = guide_valide()
    guide["titre"] = "Non"
    etape(guide, "conclusion", "evaluation")["options"] = ["Oui", "Non", "yes", "off"]
    texte = en_yaml(guide).replace("'Non'", "Non").replace("'yes'", "yes").replace("'off'", "off")
    assert problemes_de(texte) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root lit tous les fichiers")
def test_un_dossier_illisible_est_signale_sans_errno(tmp_path: Path) -> None:
    dossier = tmp_path / "conducteurs"
    dossier.mkdir()
    dossier.chmod(0)
    try:
        catalogue = charger_catalogue(dossier)
    finally:
        dossier.chmod(0o700)
    (p,) = catalogue.problemes
    assert "Permission" not in str(p) and "droits" in str(p)


def test_une_persona_de_remplacement_invalide_dit_que_l_integree_est_utilisee(
    tmp_path: Path,
) -> None:
    from conducteurs.persona import fichiers_personas_integres

    identifiant = fichiers_personas_integres()[0].stem
    personas = tmp_path / "personas"
    ecrire(personas, f"{identifiant}.yaml", "identifiant: [\n")
    catalogue = charger_personas(tmp_path)
    assert catalogue.entrees[identifiant].origine == INTEGRE
    assert f"version intégrée de « {identifiant} »" in " ".join(str(p) for p in catalogue.problemes)


def test_lister_nomme_les_fichiers_ecartes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.cli import main

    monkeypatch.delenv("ENTRETIEN_DONNEES", raising=False)
    dossier = tmp_path / "conducteurs"
    ecrire(dossier, "bilan.YAML", texte_modele("bilan"))
    code = main(
        ["--donnees", str(tmp_path / "d"), "--conducteurs", str(dossier), "conducteurs", "lister"]
    )
    sortie = capsys.readouterr()
    assert code == 1
    assert "bilan.YAML" in sortie.err and "minuscules" in sortie.err
