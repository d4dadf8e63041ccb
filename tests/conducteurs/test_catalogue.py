"""Le catalogue : les conducteurs intégrés, complétés ou remplacés par la structure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.aides.presentation import presenter
from conducteurs.chargeur import (
    INTEGRE,
    ORDRE_PARCOURS,
    STRUCTURE,
    charger_catalogue,
    fichiers_integres,
    lire_fichier,
)
from conducteurs.modele import Phase
from tests.conducteurs.outils import ecrire, texte_modele

NEUF_CONDUCTEURS = {
    "premier-accueil",
    "diagnostic",
    "co-elaboration-parcours",
    "contractualisation",
    "preparation-etape",
    "evaluation-intermediaire",
    "evaluation-finale",
    "suivi-parcours",
    "evaluation-parcours",
}

INTEGRES = fichiers_integres()

TEXTES_DU_MODELE = [
    "Titre de l'entretien à compléter",
    "Ce que l'entretien doit permettre d'atteindre",
    "Première information",
    "Premier outil utilisé",
    "Première tâche possible",
    "Premier point de l'échange",
    "Ce que le conseiller fait ou demande",
]
"""Les textes d'exemple de `nouveau` : un conducteur livré ne doit pas les garder."""

TEMOINS_DE_BROUILLON = re.compile(r"\b(TODO|FIXME|XXX|TBD|lorem ipsum)\b", re.IGNORECASE)

PHASES = {
    "premier-accueil": Phase.accueil,
    "diagnostic": Phase.accueil,
    "co-elaboration-parcours": Phase.accueil,
    "contractualisation": Phase.accueil,
    "preparation-etape": Phase.accompagnement,
    "evaluation-intermediaire": Phase.accompagnement,
    "evaluation-finale": Phase.accompagnement,
    "suivi-parcours": Phase.accompagnement,
    "evaluation-parcours": Phase.accompagnement,
}
"""La phase de chaque type d'entretien, d'après le document méthodologique."""


# ------------------------------------------------------------- intégrés
def test_les_neuf_conducteurs_du_document_sont_livres() -> None:
    presents = {f.stem for f in INTEGRES}
    assert presents >= NEUF_CONDUCTEURS, f"manquent : {sorted(NEUF_CONDUCTEURS - presents)}"
    assert set(ORDRE_PARCOURS) == NEUF_CONDUCTEURS == set(PHASES)


def test_des_conducteurs_sont_livres_dans_le_paquet() -> None:
    assert INTEGRES, "aucun conducteur dans conducteurs/guides/"
    assert all(f.suffix in (".yaml", ".yml") for f in INTEGRES)


@pytest.mark.parametrize("fichier", INTEGRES, ids=[f.stem for f in INTEGRES])
def test_chaque_conducteur_integre_est_valide(fichier: Path) -> None:
    conducteur = lire_fichier(fichier)
    assert conducteur.identifiant == fichier.stem
    assert conducteur.erreurs_metier() == []


@pytest.mark.parametrize("fichier", INTEGRES, ids=[f.stem for f in INTEGRES])
def test_chaque_conducteur_integre_est_complet(fichier: Path) -> None:
    """Ce que l'issue demande en plus du schéma : au moins 4 étapes d'échange,
    aucun texte d'exemple, des conseils, une suite qui existe."""
    conducteur = lire_fichier(fichier)
    assert len(conducteur.deroulement.echange.etapes) >= 4
    texte = fichier.read_text(encoding="utf-8")
    for exemple in TEXTES_DU_MODELE:
        assert exemple not in texte, f"texte d'exemple laissé : « {exemple} »"
    for ligne in texte.splitlines():
        if not ligne.lstrip().startswith("#"):
            assert not TEMOINS_DE_BROUILLON.search(ligne), ligne
    assert any(e.aide for _, e in conducteur.etapes()), "aucun conseil pour le conseiller"
    for suite in conducteur.suite_conseillee:
        assert suite in NEUF_CONDUCTEURS, f"suite conseillée inconnue : {suite}"
    if conducteur.identifiant in PHASES:
        assert conducteur.phase == PHASES[conducteur.identifiant]


@pytest.mark.parametrize("fichier", INTEGRES, ids=[f.stem for f in INTEGRES])
def test_chaque_conducteur_integre_tient_sur_80_colonnes(fichier: Path) -> None:
    texte = presenter(lire_fichier(fichier))
    trop_longues = [ligne for ligne in texte.splitlines() if len(ligne) > 80]
    assert trop_longues == []


def test_premier_accueil_demande_le_consentement() -> None:
    if "premier-accueil" not in {f.stem for f in INTEGRES}:
        pytest.skip("premier-accueil pas encore écrit")
    conducteur = charger_catalogue(None).get("premier-accueil")
    assert conducteur.phase == Phase.accueil
    assert conducteur.demande_consentement


def test_le_catalogue_integre() -> None:
    catalogue = charger_catalogue(None)
    assert catalogue.problemes == []
    assert len(catalogue) == len(INTEGRES)
    assert {e.origine for e in catalogue} == {INTEGRE}
    assert {e.conducteur.identifiant for e in catalogue} == {f.stem for f in INTEGRES}
    for entree in catalogue:
        assert Path(entree.fichier).name == f"{entree.conducteur.identifiant}.yaml"


def test_le_catalogue_est_trie_dans_l_ordre_du_parcours(tmp_path: Path) -> None:
    ecrire(tmp_path, "aaa-premier-alphabet.yaml", texte_modele("aaa-premier-alphabet"))
    tries = [e.conducteur.identifiant for e in charger_catalogue(tmp_path).tries()]
    connus = [i for i in ORDRE_PARCOURS if i in tries]
    assert [i for i in tries if i in ORDRE_PARCOURS] == connus
    # Un conducteur de la structure en accompagnement vient après ceux du parcours.
    assert tries[-1] == "aaa-premier-alphabet"


def test_get_d_un_conducteur_inconnu_donne_un_message_francais() -> None:
    catalogue = charger_catalogue(None)
    with pytest.raises(KeyError) as exc:
        catalogue.get("inconnu")
    message = exc.value.args[0]
    assert "aucun conducteur « inconnu »" in message
    assert "inconnu" not in catalogue


# ------------------------------------------------------------ structure
def test_un_dossier_de_structure_absent_ou_vide(tmp_path: Path) -> None:
    for dossier in (tmp_path / "absent", tmp_path):
        catalogue = charger_catalogue(dossier)
        assert catalogue.problemes == []
        assert len(catalogue) == len(INTEGRES)


def test_la_structure_ajoute_un_conducteur(tmp_path: Path) -> None:
    fichier = ecrire(tmp_path, "bilan-immersion.yaml", texte_modele("bilan-immersion"))
    ecrire(tmp_path, ".cache", "fichier caché : passé sous silence")
    (tmp_path / "personas").mkdir()
    catalogue = charger_catalogue(tmp_path)
    assert catalogue.problemes == []
    assert len(catalogue) == len(INTEGRES) + 1
    entree = catalogue.entrees["bilan-immersion"]
    assert entree.origine == STRUCTURE
    assert entree.fichier == str(fichier)
    assert catalogue.get("bilan-immersion").titre == "Titre de l'entretien à compléter"


def test_la_structure_remplace_un_conducteur_integre(tmp_path: Path) -> None:
    integre = INTEGRES[0]
    identifiant = integre.stem
    texte = texte_modele(identifiant).replace(
        "titre: Titre de l'entretien à compléter", "titre: Version de la structure"
    )
    fichier = ecrire(tmp_path, f"{identifiant}.yaml", texte)
    catalogue = charger_catalogue(tmp_path)
    assert catalogue.problemes == []
    assert len(catalogue) == len(INTEGRES)
    entree = catalogue.entrees[identifiant]
    assert entree.origine == STRUCTURE == "structure"
    assert entree.fichier == str(fichier)
    assert entree.conducteur.titre == "Version de la structure"
    autres = [e for e in catalogue if e.conducteur.identifiant != identifiant]
    assert {e.origine for e in autres} <= {INTEGRE}


def test_un_fichier_invalide_de_la_structure_n_empeche_pas_les_integres(
    tmp_path: Path,
) -> None:
    casse = ecrire(tmp_path, "casse.yaml", "identifiant: casse\ntitre: [\n")
    bon = ecrire(tmp_path, "bon.yaml", texte_modele("bon"))
    catalogue = charger_catalogue(tmp_path)
    assert [p.fichier for p in catalogue.problemes] == [str(casse)]
    assert catalogue.problemes[0].ligne is not None
    assert len(catalogue) == len(INTEGRES) + 1
    assert catalogue.entrees["bon"].fichier == str(bon)
    assert "casse" not in catalogue


def test_un_remplacement_invalide_laisse_le_conducteur_integre(tmp_path: Path) -> None:
    identifiant = INTEGRES[0].stem
    texte = texte_modele(identifiant).replace("type: taches", "type: liste_de_taches")
    fichier = ecrire(tmp_path, f"{identifiant}.yaml", texte)
    catalogue = charger_catalogue(tmp_path)
    assert catalogue.entrees[identifiant].origine == INTEGRE
    # Le problème, puis l'avis : la version intégrée sert à la place.
    assert [p.fichier for p in catalogue.problemes] == [str(fichier)] * 2
    assert catalogue.problemes[0].chemin == "deroulement.conclusion.etapes[1].type"
    assert "version intégrée" in catalogue.problemes[1].message


def test_un_fichier_de_structure_mal_nomme_est_signale(tmp_path: Path) -> None:
    fichier = ecrire(tmp_path, "mauvais-nom.yaml", texte_modele("autre"))
    catalogue = charger_catalogue(tmp_path)
    assert [(p.fichier, p.chemin) for p in catalogue.problemes] == [(str(fichier), "identifiant")]
    assert "autre" not in catalogue and "mauvais-nom" not in catalogue
