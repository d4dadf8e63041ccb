"""Le schéma des conducteurs et les règles du métier, une règle à la fois.

Chaque test part du modèle de `entretien conducteurs nouveau` (un conducteur
valide), le modifie à un seul endroit et vérifie que le défaut est refusé avec
le bon chemin et une correction qui dit quoi écrire.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from conducteurs.modele import (
    LIBELLES_CADRE,
    Conducteur,
    ElementCadre,
    ErreurRegle,
    Role,
    TypeReponse,
    est_identifiant,
)
from tests.conducteurs.outils import (
    etape,
    guide_valide,
    probleme_en,
    problemes_de,
    seul_probleme,
)


def erreurs_metier(guide: dict[str, Any]) -> list[ErreurRegle]:
    """Les règles du métier non respectées (le schéma, lui, doit être correct)."""
    return Conducteur.model_validate(guide, context={"regles": False}).erreurs_metier()


def erreur_en(erreurs: list[ErreurRegle], chemin: str) -> ErreurRegle:
    trouvees = [e for e in erreurs if e.chemin == chemin]
    assert trouvees, f"aucune erreur sur « {chemin} » parmi {[e.chemin for e in erreurs]}"
    return trouvees[0]


def consentement() -> dict[str, Any]:
    return {
        "identifiant": "consentement",
        "titre": "Information et consentement",
        "consigne": "Expliquez l'usage des données et demandez l'accord de la personne.",
        "type": "oui_non",
        "role": "consentement",
    }


def etape_personnelle(identifiant: str = "situation") -> dict[str, Any]:
    return {
        "identifiant": identifiant,
        "titre": "Situation personnelle",
        "consigne": "Demandez à la personne de décrire sa situation.",
        "type": "texte",
        "personnel": True,
    }


# ------------------------------------------------------------------ valides
def test_le_modele_est_un_conducteur_valide() -> None:
    conducteur = Conducteur.model_validate(guide_valide())
    assert conducteur.erreurs_metier() == []
    assert conducteur.identifiant == "essai"
    assert conducteur.nombre_etapes == 7
    assert [nom for nom, _ in conducteur.deroulement.sequences()] == [
        "introduction",
        "echange",
        "conclusion",
    ]
    assert conducteur.etape_de_role(Role.taches) is conducteur.etape("travail-demande")
    assert conducteur.sequence_de("premier-echange") == "echange"
    assert problemes_de(guide_valide()) == []


def test_un_conducteur_minimal_sans_champs_facultatifs_est_accepte() -> None:
    guide = guide_valide()
    del guide["description"], guide["suite_conseillee"]
    for sequence in guide["deroulement"].values():
        for e in sequence["etapes"]:
            e.pop("aide", None)
    conducteur = Conducteur.model_validate(guide)
    assert conducteur.description == ""
    assert conducteur.suite_conseillee == []
    assert all(e.obligatoire and not e.personnel for _, e in conducteur.etapes())


def test_les_regles_sont_appliquees_a_toute_construction() -> None:
    """Sans le contexte du chargeur, la première règle violée lève une erreur."""
    guide = guide_valide()
    del etape(guide, "conclusion", "prochain-rdv")["role"]
    with pytest.raises(ValidationError, match="prochain rendez-vous"):
        Conducteur.model_validate(guide)


def test_le_conducteur_est_immuable() -> None:
    conducteur = Conducteur.model_validate(guide_valide())
    with pytest.raises(ValidationError):
        conducteur.titre = "autre"  # type: ignore[misc]


def test_l_empreinte_change_avec_le_contenu() -> None:
    a = Conducteur.model_validate(guide_valide())
    guide = guide_valide()
    etape(guide, "echange", "premier-echange")["consigne"] += " Reformulez."
    b = Conducteur.model_validate(guide)
    assert a.empreinte() == Conducteur.model_validate(guide_valide()).empreinte()
    assert a.empreinte() != b.empreinte()


# ------------------------------------------------------- les cinq éléments
def _retirer_element(guide: dict[str, Any], element: str) -> None:
    for e in guide["deroulement"]["introduction"]["etapes"]:
        if element in e.get("cadre", []):
            e["cadre"].remove(element)


@pytest.mark.parametrize("element", [e.value for e in ElementCadre])
def test_un_element_du_cadre_manquant_est_refuse(element: str) -> None:
    guide = guide_valide()
    _retirer_element(guide, element)
    erreurs = erreurs_metier(guide)
    libelle = LIBELLES_CADRE[ElementCadre(element)]
    manquants = [e for e in erreurs if f"« {libelle} »" in e.message]
    assert len(manquants) == 1, [e.message for e in erreurs]
    assert manquants[0].chemin == "deroulement.introduction.etapes"
    assert f"cadre: [{element}]" in manquants[0].correction
    probleme = probleme_en(problemes_de(guide), "deroulement.introduction.etapes")
    assert libelle in probleme.message


def test_l_introduction_sans_aucun_element_signale_les_cinq() -> None:
    guide = guide_valide()
    for e in guide["deroulement"]["introduction"]["etapes"]:
        e.pop("cadre", None)
    messages = [e.message for e in erreurs_metier(guide)]
    for libelle in LIBELLES_CADRE.values():
        assert sum(f"« {libelle} »" in m for m in messages) == 1


def test_un_element_du_cadre_hors_introduction_est_refuse() -> None:
    guide = guide_valide()
    etape(guide, "echange", "premier-echange")["cadre"] = ["lieu"]
    erreur = erreur_en(erreurs_metier(guide), "deroulement.echange.etapes[0].cadre")
    assert "introduction" in erreur.correction


@pytest.mark.parametrize("type_", ["oui_non", "liste_controle", "date_heure", "duree"])
def test_les_objectifs_sans_etape_qui_en_note_la_valeur_sont_refuses(type_: str) -> None:
    guide = guide_valide()
    objectifs = etape(guide, "introduction", "objectifs")
    objectifs["type"] = type_
    if type_ == "liste_controle":
        objectifs["options"] = ["Objectif rappelé", "Attentes recueillies"]
    erreur = erreur_en(erreurs_metier(guide), "deroulement.introduction.etapes")
    assert "objectifs partagés" in erreur.message
    assert "recueille la valeur" in erreur.message
    assert "« texte »" in erreur.correction and "cadre: [objectifs]" in erreur.correction


@pytest.mark.parametrize("type_", ["texte", "oui_non", "date_heure"])
def test_la_duree_sans_etape_de_type_duree_est_refusee(type_: str) -> None:
    guide = guide_valide()
    etape(guide, "introduction", "duree")["type"] = type_
    erreurs = erreurs_metier(guide)
    assert len(erreurs) == 1, [e.message for e in erreurs]
    assert erreurs[0].chemin == "deroulement.introduction.etapes"
    assert "« durée »" in erreurs[0].message
    assert "« duree »" in erreurs[0].correction


def test_un_objectif_convenu_par_une_liste_a_cocher_ne_suffit_pas() -> None:
    """L'élément est « couvert », mais aucune étape n'en garde la valeur."""
    guide = guide_valide()
    etape(guide, "introduction", "objectifs")["cadre"] = []
    etape(guide, "introduction", "cadre-convenu")["cadre"].append("objectifs")
    erreurs = erreurs_metier(guide)
    assert len(erreurs) == 1
    assert "doit être noté" in erreurs[0].message


# ------------------------------------------------------------- la conclusion
@pytest.mark.parametrize(
    ("identifiant", "role", "libelle", "indication"),
    [
        ("evaluation", "evaluation", "l'évaluation du résultat", ""),
        ("travail-demande", "taches", "le travail demandé", "type: taches"),
        ("prochain-rdv", "prochain_rdv", "la date du prochain rendez-vous", "type: date_heure"),
    ],
)
def test_la_conclusion_sans_son_etape_est_refusee(
    identifiant: str, role: str, libelle: str, indication: str
) -> None:
    guide = guide_valide()
    del etape(guide, "conclusion", identifiant)["role"]
    erreurs = erreurs_metier(guide)
    assert len(erreurs) == 1, [e.message for e in erreurs]
    assert erreurs[0].chemin == "deroulement.conclusion.etapes"
    assert libelle in erreurs[0].message
    assert f"role: {role}" in erreurs[0].correction
    assert indication in erreurs[0].correction
    probleme = seul_probleme(guide)
    assert probleme.chemin == "deroulement.conclusion.etapes"
    assert probleme.ligne is not None


def test_le_travail_demande_ne_peut_pas_etre_ailleurs_qu_en_conclusion() -> None:
    guide = guide_valide()
    conclusion = guide["deroulement"]["conclusion"]["etapes"]
    travail = etape(guide, "conclusion", "travail-demande")
    conclusion.remove(travail)
    guide["deroulement"]["echange"]["etapes"].append(travail)
    erreurs = erreurs_metier(guide)
    deplacee = erreur_en(erreurs, "deroulement.echange.etapes[1].role")
    assert "conclusion" in deplacee.correction
    manque = erreur_en(erreurs, "deroulement.conclusion.etapes")
    assert "role: taches" in manque.correction


@pytest.mark.parametrize("identifiant", ["travail-demande", "prochain-rdv"])
def test_le_travail_et_le_prochain_rdv_ne_sont_pas_facultatifs(identifiant: str) -> None:
    guide = guide_valide()
    etape(guide, "conclusion", identifiant)["obligatoire"] = False
    index = [e["identifiant"] for e in guide["deroulement"]["conclusion"]["etapes"]].index(
        identifiant
    )
    erreur = erreur_en(erreurs_metier(guide), f"deroulement.conclusion.etapes[{index}].obligatoire")
    assert "obligatoire: true" in erreur.correction


# -------------------------------------------------------------- les étapes
def test_des_identifiants_d_etape_en_double_sont_refuses() -> None:
    guide = guide_valide()
    etape(guide, "echange", "premier-echange")["identifiant"] = "objectifs"
    for champ in guide["visual_course"]:
        champ["etapes"] = [i for i in champ["etapes"] if i != "premier-echange"]
    erreurs = erreurs_metier(guide)
    assert len(erreurs) == 1, [e.message for e in erreurs]
    erreur = erreurs[0]
    assert erreur.chemin == "deroulement.echange.etapes[0].identifiant"
    assert "« objectifs »" in erreur.message
    assert "deroulement.introduction.etapes[0]" in erreur.message
    assert "unique" in erreur.correction


@pytest.mark.parametrize("type_", ["choix", "choix_multiple", "liste_controle"])
@pytest.mark.parametrize("options", [None, [], ["Une seule option"]])
def test_un_choix_sans_options_est_refuse(type_: str, options: list[str] | None) -> None:
    guide = guide_valide()
    echange = etape(guide, "echange", "premier-echange")
    echange["type"] = type_
    if options is not None:
        echange["options"] = options
    probleme = seul_probleme(guide)
    assert probleme.chemin == "deroulement.echange.etapes[0]"
    assert f"« {type_} »" in probleme.message
    assert "deux options" in probleme.message
    assert "options:" in probleme.correction


@pytest.mark.parametrize("type_", ["texte", "oui_non", "date_heure", "duree", "taches"])
def test_des_options_sur_une_etape_sans_choix_sont_refusees(type_: str) -> None:
    guide = guide_valide()
    echange = etape(guide, "echange", "premier-echange")
    echange["type"] = type_
    echange["options"] = ["Oui", "Non"]
    probleme = seul_probleme(guide)
    assert probleme.chemin == "deroulement.echange.etapes[0]"
    assert "n'a pas d'options" in probleme.message
    assert "retirez « options »" in probleme.correction
    assert "choix_multiple" in probleme.correction


def test_une_option_en_double_est_refusee() -> None:
    guide = guide_valide()
    etape(guide, "conclusion", "evaluation")["options"] = ["Atteint", "atteint", "Non atteint"]
    probleme = seul_probleme(guide)
    assert probleme.chemin == "deroulement.conclusion.etapes[0].options"
    assert "« atteint »" in probleme.message
    assert probleme.correction


@pytest.mark.parametrize(
    ("identifiant", "role", "mauvais_type", "type_attendu"),
    [
        ("prochain-rdv", "prochain_rdv", "texte", "date_heure"),
        ("travail-demande", "taches", "texte", "taches"),
        ("premier-echange", "consentement", "texte", "oui_non"),
        ("premier-echange", "formulaire_signe", "duree", "oui_non"),
    ],
)
def test_un_role_et_un_type_incompatibles_sont_refuses(
    identifiant: str, role: str, mauvais_type: str, type_attendu: str
) -> None:
    guide = guide_valide()
    e = etape(guide, "echange" if identifiant == "premier-echange" else "conclusion", identifiant)
    e["role"] = role
    e["type"] = mauvais_type
    problemes = problemes_de(guide)
    chemins = {
        "prochain-rdv": "deroulement.conclusion.etapes[2]",
        "travail-demande": "deroulement.conclusion.etapes[1]",
        "premier-echange": "deroulement.echange.etapes[0]",
    }
    probleme = probleme_en(problemes, chemins[identifiant])
    assert f"rôle « {role} »" in probleme.message
    assert f"« {type_attendu} »" in probleme.message
    assert f"type: {type_attendu}" in probleme.correction


def test_un_role_inconnu_est_refuse_avec_la_liste_des_roles() -> None:
    guide = guide_valide()
    etape(guide, "echange", "premier-echange")["role"] = "synthese"
    probleme = seul_probleme(guide)
    assert probleme.chemin == "deroulement.echange.etapes[0].role"
    for role in Role:
        assert role.value in probleme.correction


# ---------------------------------------------------------- le consentement
def test_en_accueil_une_etape_personnelle_sans_consentement_est_refusee() -> None:
    guide = guide_valide()
    guide["phase"] = "accueil"
    guide["deroulement"]["echange"]["etapes"].append(etape_personnelle())
    erreurs = erreurs_metier(guide)
    assert len(erreurs) == 1, [e.message for e in erreurs]
    assert erreurs[0].chemin == "deroulement.echange.etapes[1]"
    assert "consentement" in erreurs[0].message
    assert "role: consentement" in erreurs[0].correction
    assert "oui_non" in erreurs[0].correction


def test_en_accueil_le_consentement_avant_l_etape_personnelle_est_accepte() -> None:
    guide = guide_valide()
    guide["phase"] = "accueil"
    guide["deroulement"]["introduction"]["etapes"].append(consentement())
    guide["deroulement"]["echange"]["etapes"].append(etape_personnelle())
    conducteur = Conducteur.model_validate(guide)
    assert conducteur.demande_consentement


def test_en_accueil_un_consentement_apres_l_etape_personnelle_est_refuse() -> None:
    guide = guide_valide()
    guide["phase"] = "accueil"
    etapes = guide["deroulement"]["echange"]["etapes"]
    etapes.extend([etape_personnelle(), consentement()])
    erreurs = erreurs_metier(guide)
    assert len(erreurs) == 1, [e.message for e in erreurs]
    assert erreurs[0].chemin == "deroulement.echange.etapes[1]"
    assert "après l'information et le consentement" in erreurs[0].message


def test_le_premier_pas_personnel_compte_meme_dans_l_introduction() -> None:
    guide = guide_valide()
    guide["phase"] = "accueil"
    etape(guide, "introduction", "objectifs")["personnel"] = True
    guide["deroulement"]["echange"]["etapes"].insert(0, consentement())
    erreur = erreur_en(erreurs_metier(guide), "deroulement.introduction.etapes[0]")
    assert "consentement" in erreur.correction


def test_en_accompagnement_le_consentement_n_est_pas_exige() -> None:
    guide = guide_valide()
    assert guide["phase"] == "accompagnement"
    guide["deroulement"]["echange"]["etapes"].append(etape_personnelle())
    assert erreurs_metier(guide) == []


def test_l_etape_de_consentement_ne_peut_pas_etre_personnelle() -> None:
    guide = guide_valide()
    guide["phase"] = "accueil"
    etape_ = consentement() | {"personnel": True}
    guide["deroulement"]["introduction"]["etapes"].append(etape_)
    erreur = erreur_en(erreurs_metier(guide), "deroulement.introduction.etapes[3].personnel")
    assert "personnel: false" in erreur.correction


# ----------------------------------------------------------- Visual Course
def test_visual_course_qui_renvoie_a_une_etape_inconnue_est_refuse() -> None:
    guide = guide_valide()
    guide["visual_course"][1]["etapes"] = ["premier-echange", "synthese-finale"]
    probleme = seul_probleme(guide)
    assert probleme.chemin == "visual_course[1].etapes[1]"
    assert "« synthese-finale »" in probleme.message
    assert "« objectifs »" in probleme.correction  # un identifiant qui existe
    assert probleme.ligne is not None


def test_visual_course_vide_est_refuse() -> None:
    guide = guide_valide()
    guide["visual_course"] = []
    probleme = seul_probleme(guide)
    assert probleme.chemin == "visual_course"
    assert "« - »" in probleme.correction


def test_un_conducteur_ne_se_conseille_pas_lui_meme() -> None:
    guide = guide_valide()
    guide["suite_conseillee"] = ["diagnostic", "essai"]
    probleme = seul_probleme(guide)
    assert probleme.chemin == "suite_conseillee[1]"
    assert "autre conducteur" in probleme.correction


# ------------------------------------------------------------ identifiants
@pytest.mark.parametrize(
    ("texte", "valide"),
    [
        ("premier-accueil", True),
        ("etape2", True),
        ("a", True),
        ("premier_accueil", False),
        ("Premier-accueil", False),
        ("évaluation", False),
        ("premier accueil", False),
        ("-debut", False),
        ("fin-", False),
        ("double--tiret", False),
        ("", False),
    ],
)
def test_est_identifiant(texte: str, valide: bool) -> None:
    assert est_identifiant(texte) is valide


@pytest.mark.parametrize(
    ("ou", "chemin"),
    [
        ("guide", "identifiant"),
        ("etape", "deroulement.echange.etapes[0].identifiant"),
        ("visual_course", "visual_course[1].etapes[0]"),
        ("suite", "suite_conseillee[0]"),
    ],
)
def test_un_tiret_bas_dans_un_identifiant_est_refuse(ou: str, chemin: str) -> None:
    guide = guide_valide()
    if ou == "guide":
        guide["identifiant"] = "mon_guide"
    elif ou == "etape":
        etape(guide, "echange", "premier-echange")["identifiant"] = "premier_echange"
        guide["visual_course"][1]["etapes"] = ["evaluation"]
    elif ou == "visual_course":
        guide["visual_course"][1]["etapes"][0] = "premier_echange"
    else:
        guide["suite_conseillee"] = ["suivi_parcours"]
    probleme = seul_probleme(guide)
    assert probleme.chemin == chemin
    assert "_" in probleme.message
    assert "tiret bas" in probleme.correction
    assert probleme.ligne is not None


def test_les_types_de_reponse_du_schema() -> None:
    """La liste publiée dans le modèle commenté est celle du schéma."""
    assert {t.value for t in TypeReponse} == {
        "texte",
        "choix",
        "choix_multiple",
        "oui_non",
        "date_heure",
        "duree",
        "taches",
        "liste_controle",
    }


def test_etape_de_cadre_ou_de_cloture_jamais_personnelle() -> None:
    guide = guide_valide()
    guide["deroulement"]["introduction"]["etapes"][0]["personnel"] = True
    guide["deroulement"]["conclusion"]["etapes"][1]["personnel"] = True
    erreurs = erreurs_metier(guide)
    erreur_en(erreurs, "deroulement.introduction.etapes[0].personnel")
    erreur_en(erreurs, "deroulement.conclusion.etapes[1].personnel")


def test_personnelle_avant_consentement_refusee_aussi_en_accompagnement() -> None:
    guide = guide_valide()
    assert guide["phase"] == "accompagnement"
    echange = guide["deroulement"]["echange"]["etapes"]
    echange[0]["personnel"] = True
    echange.append(
        {
            "identifiant": "accord",
            "titre": "Accord",
            "consigne": "Demandez l'accord.",
            "type": "oui_non",
            "role": "consentement",
        }
    )
    erreur = erreur_en(erreurs_metier(guide), "deroulement.echange.etapes[0]")
    assert "consentement" in erreur.message
