"""Le chargeur : un message clair par défaut, avec fichier, champ et ligne."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conducteurs.chargeur import (
    ConducteurInvalide,
    Probleme,
    charger_yaml,
    lire_fichier,
    lire_texte,
    valider_fichiers,
)
from conducteurs.modele import Conducteur, TypeReponse
from tests.conducteurs.outils import (
    ecrire,
    ligne_de,
    problemes_de,
    seul_probleme,
    texte_modele,
)

ECHANGE_TYPE = "        type: texte\n  conclusion:"
"""La ligne `type` de la seule étape de l'échange du modèle, et la suivante."""
CONSIGNE_ECHANGE = "consigne: Ce que le conseiller fait ou demande à cette étape."


def modele(ancien: str = "", nouveau: str = "") -> str:
    """Le modèle valide, avec un seul remplacement (qui doit avoir lieu)."""
    texte = texte_modele()
    if ancien:
        assert texte.count(ancien) == 1, ancien
        texte = texte.replace(ancien, nouveau)
    return texte


def problemes_fichier(chemin: Path) -> list[Probleme]:
    with pytest.raises(ConducteurInvalide) as exc:
        lire_fichier(chemin)
    assert exc.value.problemes
    return exc.value.problemes


def test_le_modele_se_lit() -> None:
    conducteur = lire_texte(modele(), "essai.yaml")
    assert isinstance(conducteur, Conducteur)
    assert conducteur.version == "1.0"
    assert conducteur.duree_minutes == 60


# ------------------------------------------------------------ le schéma
def test_un_type_de_reponse_inconnu() -> None:
    texte = modele(ECHANGE_TYPE, "        type: textes\n  conclusion:")
    p = seul_probleme(texte)
    assert p.fichier == "essai.yaml"
    assert p.chemin == "deroulement.echange.etapes[0].type"
    assert p.ligne == ligne_de(texte, "type: textes")
    assert "« textes »" in p.message
    for type_ in TypeReponse:
        assert type_.value in p.correction
    rendu = str(p)
    assert rendu.startswith(f"essai.yaml, ligne {p.ligne}")
    assert "« deroulement.echange.etapes[0].type »" in rendu
    assert "→" in rendu


@pytest.mark.parametrize("vide", ['""', "''", "", "   "])
def test_une_consigne_vide(vide: str) -> None:
    texte = modele(CONSIGNE_ECHANGE, f"consigne: {vide}".rstrip())
    p = seul_probleme(texte)
    assert p.chemin == "deroulement.echange.etapes[0].consigne"
    assert "vide" in p.message
    assert "None" not in p.message
    assert (
        p.ligne
        == texte.splitlines().index(
            "        consigne:" if not vide.strip() else f"        consigne: {vide}"
        )
        + 1
    )


def test_une_consigne_d_espaces_entre_guillemets_est_vide() -> None:
    p = seul_probleme(modele(CONSIGNE_ECHANGE, 'consigne: "   "'))
    assert p.chemin == "deroulement.echange.etapes[0].consigne"
    assert "vide" in p.message


def test_un_champ_inconnu_a_la_racine() -> None:
    texte = modele("phase: accompagnement", "couleur: rouge\nphase: accompagnement")
    p = seul_probleme(texte)
    assert p.chemin == "couleur"
    assert p.ligne == ligne_de(texte, "couleur: rouge")
    assert "« couleur »" in p.message
    assert "titre" in p.correction and "visual_course" in p.correction


def test_un_champ_inconnu_dans_une_etape_propose_les_champs_d_une_etape() -> None:
    texte = modele(
        "        aide: Un conseil pratique pour mener cette étape.",
        "        astuce: Un conseil pratique pour mener cette étape.",
    )
    p = seul_probleme(texte)
    assert p.chemin == "deroulement.echange.etapes[0].astuce"
    assert p.ligne == ligne_de(texte, "astuce:")
    assert "aide" in p.correction and "consigne" in p.correction
    assert "visual_course" not in p.correction


def test_un_champ_obligatoire_manquant_dans_une_etape() -> None:
    texte = modele(f"        {CONSIGNE_ECHANGE}\n", "")
    p = seul_probleme(texte)
    assert p.chemin == "deroulement.echange.etapes[0].consigne"
    assert "manque" in p.message
    assert "consigne:" in p.correction
    # La ligne de l'étape qui devrait la contenir.
    assert p.ligne == ligne_de(texte, "identifiant: premier-echange")


def test_un_champ_obligatoire_manquant_a_la_racine() -> None:
    p = seul_probleme(modele("titre: Titre de l'entretien à compléter\n", ""))
    assert p.chemin == "titre"
    assert "manque" in p.message
    assert "titre:" in p.correction


def test_une_rubrique_manquante() -> None:
    texte = texte_modele()
    debut = texte.index("visual_course:")
    p = seul_probleme(texte[:debut])
    assert p.chemin == "visual_course"
    assert "manque" in p.message


def test_plusieurs_defauts_donnent_plusieurs_messages() -> None:
    texte = modele(ECHANGE_TYPE, "        type: textes\n  conclusion:")
    texte = texte.replace(CONSIGNE_ECHANGE, 'consigne: ""')
    texte = texte.replace('version: "1.0"', "version: 1")
    chemins = sorted(p.chemin for p in problemes_de(texte))
    assert chemins == [
        "deroulement.echange.etapes[0].consigne",
        "deroulement.echange.etapes[0].type",
        "version",
    ]


# ---------------------------------------------------------- pièges YAML
def test_un_nombre_a_la_place_d_un_texte() -> None:
    texte = modele('version: "1.0"', "version: 1")
    p = seul_probleme(texte)
    assert p.chemin == "version"
    assert p.ligne == ligne_de(texte, "version: 1")
    assert "texte est attendu" in p.message
    assert "guillemets" in p.correction


def test_une_duree_en_heures_minutes_est_refusee_et_pas_lue_comme_90() -> None:
    assert charger_yaml("duree_minutes: 1:30") == {"duree_minutes": "1:30"}
    texte = modele("duree_minutes: 60 ", "duree_minutes: 1:30 ")
    p = seul_probleme(texte)
    assert p.chemin == "duree_minutes"
    assert p.ligne == ligne_de(texte, "duree_minutes: 1:30")
    assert "« 1:30 »" in p.message
    assert "60" in p.correction


@pytest.mark.parametrize("mot", ["yes", "no", "on", "off", "y", "n", "Yes", "NO"])
def test_yes_no_on_off_restent_des_textes(mot: str) -> None:
    assert charger_yaml(f"a: {mot}") == {"a": mot}
    conducteur = lire_texte(
        modele("titre: Titre de l'entretien à compléter", f"titre: {mot}"), "essai.yaml"
    )
    assert conducteur.titre == mot


def test_seuls_true_et_false_sont_des_booleens() -> None:
    assert charger_yaml("a: true\nb: false\nc: True") == {"a": True, "b": False, "c": True}
    texte = modele(ECHANGE_TYPE, "        type: texte\n        obligatoire: yes\n  conclusion:")
    p = seul_probleme(texte)
    assert p.chemin == "deroulement.echange.etapes[0].obligatoire"
    assert "« yes »" in p.message
    assert "true" in p.correction and "false" in p.correction


def test_les_nombres_ordinaires_restent_des_nombres() -> None:
    assert charger_yaml("a: 45\nb: -3\nc: 1.5\nd: 0") == {"a": 45, "b": -3, "c": 1.5, "d": 0}


OBJECTIF = "  objectif: Ce que l'entretien doit permettre d'atteindre."


@pytest.mark.parametrize(
    ("fautif", "explication"),
    [
        ("  objectif: \"Ce que l'entretien doit permettre", "jamais refermé"),
        ("  objectif: 'Ce que l'entretien doit permettre'", "mal formé"),
        ("  objectif: ]Ce que l'entretien doit permettre", "mal formé"),
        ("  objectif: @Ce que l'entretien doit permettre", "entre guillemets"),
        ("  objectif: `Ce que l'entretien doit permettre", "entre guillemets"),
    ],
)
def test_une_erreur_de_syntaxe_donne_sa_ligne(fautif: str, explication: str) -> None:
    texte = modele(OBJECTIF, fautif)
    p = seul_probleme(texte)
    assert p.chemin == ""
    assert p.ligne == ligne_de(texte, fautif)
    assert "le YAML est mal formé" in p.message
    assert explication in p.message
    assert "guillemets" in p.correction


def test_un_decalage_incoherent_donne_sa_ligne() -> None:
    texte = modele("  decision_libre: Le choix", " decision_libre: Le choix")
    p = seul_probleme(texte)
    assert p.ligne == ligne_de(texte, " decision_libre: Le choix")
    assert "décalage" in p.message


def test_deux_points_dans_un_texte_non_cite() -> None:
    texte = modele(
        "  decision_libre: Le choix laissé",
        "  decision_libre: Décision : le choix: laissé",
    )
    p = seul_probleme(texte)
    assert p.ligne == ligne_de(texte, "decision_libre: Décision")
    assert "« : »" in p.message


def test_une_tabulation_donne_sa_ligne() -> None:
    texte = modele("  outils:\n    - Premier outil", "  outils:\n\t- Premier outil")
    p = seul_probleme(texte)
    assert p.ligne == ligne_de(texte, "\t- Premier outil")
    assert "tabulation" in p.message
    assert "jamais de tabulation" in p.correction


@pytest.mark.parametrize("contenu", ["", "   \n\n  \t\n"])
def test_un_texte_vide(contenu: str) -> None:
    p = seul_probleme(contenu)
    assert p.message == "le fichier est vide"
    assert "nouveau" in p.correction


@pytest.mark.parametrize(
    "contenu",
    [
        "- identifiant: essai\n- titre: Essai\n",
        "juste une phrase\n",
        "42\n",
        "# rien que des commentaires\n",
        "~\n",
    ],
)
def test_pas_un_dictionnaire(contenu: str) -> None:
    p = seul_probleme(contenu)
    assert "ne contient pas un conducteur" in p.message
    assert "identifiant:" in p.correction


def test_les_renvois_yaml_sont_refuses_avec_leur_ligne() -> None:
    """Un renvoi circulaire ou démesuré ne doit ni planter ni bloquer."""
    texte = "identifiant: essai\na: &a [*a]\n"
    p = seul_probleme(texte)
    assert p.ligne == 2
    assert "renvoi" in p.message
    rires = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}" if i > 1 else "*a"] * 9) + "]\n"
        for i in range(1, 12)
    )
    assert "renvoi" in seul_probleme(rires).message


@pytest.mark.parametrize(
    "contenu",
    [
        "titre: 2024-13-45\n",
        "a: !!int abc\n",
        "a: !!float x\n",
        "a: !!binary z\n",
        "a: !!python/object:os.system {}\n",
        "a: 1\n---\nb: 2\n",
        "a: !!float\n",
        "a: !!int ''\n",
    ],
)
def test_les_valeurs_que_yaml_ne_sait_pas_lire(contenu: str) -> None:
    p = seul_probleme(contenu)
    assert p.chemin == ""
    assert p.correction


def test_une_imbrication_demesuree() -> None:
    p = seul_probleme("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "profond" in p.message


# ------------------------------------------------------------- fichiers
def test_un_fichier_valide(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", texte_modele())
    assert lire_fichier(chemin).identifiant == "essai"
    assert lire_fichier(ecrire(tmp_path / "b", "essai.yml", texte_modele())).titre


def test_un_fichier_avec_bom_utf8(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", b"\xef\xbb\xbf" + texte_modele().encode())
    assert lire_fichier(chemin).identifiant == "essai"


def test_un_fichier_qui_n_est_pas_en_utf8(tmp_path: Path) -> None:
    texte = modele("titre: Titre de l'entretien à compléter", "titre: Entretien d'été")
    chemin = ecrire(tmp_path, "essai.yaml", texte.encode("latin-1"))
    (p,) = problemes_fichier(chemin)
    assert p.fichier == str(chemin)
    assert "UTF-8" in p.message
    assert "UTF-8" in p.correction
    # La première ligne fautive : le « à » du commentaire d'en-tête, pas la fin du fichier.
    premier = next(i for i, ligne in enumerate(texte.splitlines(), 1) if not ligne.isascii())
    assert p.ligne == premier


def test_un_fichier_vide(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", b"")
    (p,) = problemes_fichier(chemin)
    assert p.fichier == str(chemin)
    assert p.message == "le fichier est vide"


@pytest.mark.parametrize(
    "contenu", [b"\x00\x01\x02\x03identifiant", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff"]
)
def test_un_fichier_binaire(tmp_path: Path, contenu: bytes) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", contenu)
    (p,) = problemes_fichier(chemin)
    assert p.fichier == str(chemin)
    assert "binaire" in p.message or "UTF-8" in p.message


def test_un_dossier(tmp_path: Path) -> None:
    dossier = tmp_path / "essai.yaml"
    dossier.mkdir()
    (p,) = problemes_fichier(dossier)
    assert "dossier" in p.message
    assert ".yaml" in p.correction


def test_un_fichier_absent(tmp_path: Path) -> None:
    (p,) = problemes_fichier(tmp_path / "absent.yaml")
    assert p.fichier == str(tmp_path / "absent.yaml")
    assert "n'existe pas" in p.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root lit tous les fichiers")
def test_un_fichier_illisible(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", texte_modele())
    chemin.chmod(0)
    try:
        (p,) = problemes_fichier(chemin)
    finally:
        chemin.chmod(0o600)
    assert "droits" in p.message


def test_un_fichier_trop_gros(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", "# " + "x" * 1_100_000 + "\n")
    (p,) = problemes_fichier(chemin)
    assert "trop gros" in p.message


def test_une_liste_au_lieu_d_un_conducteur(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "essai.yaml", "- un\n- deux\n")
    (p,) = problemes_fichier(chemin)
    assert p.ligne == 1
    assert "ne contient pas un conducteur" in p.message


def test_l_identifiant_doit_correspondre_au_nom_du_fichier(tmp_path: Path) -> None:
    chemin = ecrire(tmp_path, "autre-nom.yaml", texte_modele())
    (p,) = problemes_fichier(chemin)
    assert p.fichier == str(chemin)
    assert p.chemin == "identifiant"
    assert "« essai »" in p.message and "« autre-nom.yaml »" in p.message
    assert "essai.yaml" in p.correction and "identifiant: autre-nom" in p.correction


def test_les_messages_de_fichier_nomment_le_fichier(tmp_path: Path) -> None:
    texte = modele(ECHANGE_TYPE, "        type: textes\n  conclusion:")
    chemin = ecrire(tmp_path, "essai.yaml", texte)
    (p,) = problemes_fichier(chemin)
    assert p.fichier == str(chemin)
    assert str(p).startswith(f"{chemin}, ligne {ligne_de(texte, 'type: textes')} — champ")


# ------------------------------------------------------------ valider
def test_valider_des_fichiers_et_des_dossiers(tmp_path: Path) -> None:
    bon = ecrire(tmp_path / "bons", "essai.yaml", texte_modele())
    ecrire(tmp_path / "bons", "lisez-moi.txt", "pas un conducteur")
    ecrire(tmp_path / "mauvais", "a.yaml", "")
    ecrire(tmp_path / "mauvais", "b.yml", "- liste\n")
    (tmp_path / "vide").mkdir()
    valides, problemes = valider_fichiers(
        [bon, tmp_path / "bons", tmp_path / "mauvais", tmp_path / "vide", tmp_path / "absent.yaml"]
    )
    assert valides == 2
    fichiers = [p.fichier for p in problemes]
    assert fichiers == [
        str(tmp_path / "bons" / "lisez-moi.txt"),  # ce qui n'est pas lu est dit
        str(tmp_path / "mauvais" / "a.yaml"),
        str(tmp_path / "mauvais" / "b.yml"),
        str(tmp_path / "vide"),
        str(tmp_path / "absent.yaml"),
    ]
    assert "n'est pas lu" in problemes[0].message
    assert "aucun fichier .yaml" in problemes[3].message


def test_valider_rien(tmp_path: Path) -> None:
    assert valider_fichiers([]) == (0, [])


def test_champ_ecrit_deux_fois() -> None:
    texte = texte_modele()
    texte = texte.replace(
        "titre: Titre de l'entretien à compléter",
        "titre: Titre de l'entretien à compléter\ntitre: Un autre titre",
    )
    probleme = seul_probleme(texte)
    assert probleme.chemin == "titre"
    assert "deux fois" in probleme.message
    assert probleme.ligne == ligne_de(texte, "titre: Un autre titre")


# ------------------------------------------------------------ le maximum
OPTIONS_ECHANGE = (
    "        type: choix_multiple\n"
    "        options:\n"
    "          - Premier choix\n"
    "          - Deuxième choix\n"
    "          - Troisième choix\n"
)


def test_un_maximum_sur_une_etape_a_cocher_se_lit() -> None:
    texte = modele(ECHANGE_TYPE, OPTIONS_ECHANGE + "        maximum: 2\n  conclusion:")
    conducteur = lire_texte(texte, "essai.yaml")
    assert conducteur.deroulement.echange.etapes[0].maximum == 2


@pytest.mark.parametrize(
    ("fautif", "morceau_message", "morceau_correction"),
    [
        ("maximum: 4", "dépasse le nombre d'options (3)", "entre 1 et 3"),
        ("maximum: 0", "trop petit", "au moins 1"),
        ("maximum: trois", "nombre entier", "nombre d'options"),
    ],
)
def test_un_maximum_invalide(fautif: str, morceau_message: str, morceau_correction: str) -> None:
    texte = modele(ECHANGE_TYPE, OPTIONS_ECHANGE + f"        {fautif}\n  conclusion:")
    p = seul_probleme(texte)
    assert p.fichier == "essai.yaml"
    assert p.chemin == "deroulement.echange.etapes[0].maximum"
    assert p.ligne == ligne_de(texte, fautif)
    assert morceau_message in p.message
    assert morceau_correction in p.correction


def test_un_maximum_hors_d_une_etape_a_cocher() -> None:
    texte = modele(ECHANGE_TYPE, "        type: texte\n        maximum: 2\n  conclusion:")
    p = seul_probleme(texte)
    assert p.chemin == "deroulement.echange.etapes[0].maximum"
    assert p.ligne == ligne_de(texte, "maximum: 2")
    assert "étape à cocher" in p.message
    assert "retirez « maximum »" in p.correction


def test_les_guides_integres_fixent_trois_priorites_au_plus() -> None:
    from assistant.aides.presentation import presenter
    from conducteurs.chargeur import charger_catalogue

    diagnostic = charger_catalogue(None).get("diagnostic")
    priorites = diagnostic.etape("priorites")
    assert "trois au plus" in priorites.consigne
    assert priorites.maximum == 3
    assert "3 au plus" in presenter(diagnostic)  # `entretien conducteurs montrer`


def test_la_decision_libre_n_est_jamais_personnelle(tmp_path: Path) -> None:
    """`conducteurs valider` refuse une décision libre marquée personnelle : fichier, champ,
    ligne et ce qu'il faut écrire."""
    texte = modele(
        ECHANGE_TYPE,
        "        type: texte\n        role: decision_libre\n        personnel: true\n  conclusion:",
    )
    p = seul_probleme(texte)
    assert p.fichier == "essai.yaml"
    assert p.chemin == "deroulement.echange.etapes[0].personnel"
    assert p.ligne == ligne_de(texte, "personnel: true")
    assert "décision libre" in p.message
    assert "personnel: false" in p.correction
    # La même étape, non personnelle, est valide.
    lire_texte(
        modele(ECHANGE_TYPE, "        type: texte\n        role: decision_libre\n  conclusion:"),
        "essai.yaml",
    )
    chemin = tmp_path / "essai.yaml"
    chemin.write_text(texte, encoding="utf-8")
    assert problemes_fichier(chemin)[0].chemin == "deroulement.echange.etapes[0].personnel"


def test_les_conducteurs_integres_ont_une_decision_libre_non_personnelle() -> None:
    from conducteurs.chargeur import lire_fichier as lire
    from conducteurs.modele import Role

    guides = sorted((Path(__file__).resolve().parents[2] / "conducteurs" / "guides").glob("*.yaml"))
    assert len(guides) == 9
    for guide in guides:
        decision = lire(guide).etape_de_role(Role.decision_libre)
        assert decision is not None, guide.name
        assert not decision.personnel, guide.name
