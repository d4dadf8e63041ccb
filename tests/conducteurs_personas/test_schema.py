"""Le schéma des personas : des erreurs en français, avec le champ et la correction."""

from __future__ import annotations

from typing import Any

import pytest

from conducteurs.persona import (
    Attitude,
    EvenementPersona,
    TypeEvenementPersona,
    chercher_mots,
)
from tests.conducteurs_personas.outils import (
    en_yaml,
    lire,
    persona_valide,
    problemes_de,
    seul_probleme,
)


def evenement(type_: str, **champs: Any) -> dict[str, Any]:
    return {"type": type_, "repliques": ["Une réplique."], **champs}


def test_la_persona_de_base_se_lit() -> None:
    persona = lire(persona_valide())
    assert persona.identifiant == "essai"
    assert persona.attitude == Attitude.cooperative
    assert persona.libelle_attitude == "coopérative"
    assert persona.conducteurs == []
    assert persona.convient_a("premier-accueil")
    assert persona.prenom == "Camille"


@pytest.mark.parametrize("ecrit", ["coopérative", "Coopérative", "COOPERATIVE", "cooperative"])
def test_l_attitude_s_ecrit_avec_ou_sans_accents(ecrit: str) -> None:
    assert lire(persona_valide(attitude=ecrit)).attitude == Attitude.cooperative


def test_une_attitude_inconnue() -> None:
    p = seul_probleme(persona_valide(attitude="agressive"))
    assert p.chemin == "attitude"
    assert "« agressive » n'est pas reconnue" in p.message
    assert "cooperative" in p.correction and "mefiante" in p.correction


def test_conducteurs_cites() -> None:
    persona = lire(persona_valide(conducteurs=["diagnostic"]))
    assert persona.convient_a("diagnostic")
    assert not persona.convient_a("premier-accueil")


def test_un_conducteur_cite_deux_fois() -> None:
    p = seul_probleme(persona_valide(conducteurs=["diagnostic", "diagnostic"]))
    assert p.chemin == "conducteurs"
    assert "deux fois" in p.message


def test_un_identifiant_invalide() -> None:
    p = seul_probleme(persona_valide(identifiant="Essai_1"))
    assert p.chemin == "identifiant"
    assert "n'est pas valide" in p.message
    assert "minuscules sans accents" in p.correction


def test_un_champ_obligatoire_manque() -> None:
    donnees = persona_valide()
    del donnees["situation"]
    p = seul_probleme(donnees)
    assert p.chemin == "situation"
    assert p.message == "ce champ obligatoire manque"
    assert "situation:" in p.correction


def test_les_repliques_generiques_sont_obligatoires() -> None:
    donnees = persona_valide()
    del donnees["repliques"]["generiques"]
    p = seul_probleme(donnees)
    assert p.chemin == "repliques.generiques"
    assert "ajoutez « generiques: … »" in p.correction


def test_un_champ_inconnu_a_la_racine_liste_les_champs_possibles() -> None:
    p = seul_probleme(persona_valide(age=34))
    assert p.chemin == "age"
    assert "« age » n'existe pas" in p.message
    assert "attitude" in p.correction and "repliques" in p.correction
    assert "deroulement" not in p.correction  # pas les champs d'un conducteur


def test_un_champ_inconnu_dans_les_repliques() -> None:
    donnees = persona_valide()
    donnees["repliques"]["generique"] = ["Oui.", "Non."]
    p = seul_probleme(donnees)
    assert p.chemin == "repliques.generique"
    assert "generiques" in p.correction and "roles" in p.correction


def test_une_seule_variante_ne_suffit_pas() -> None:
    donnees = persona_valide()
    donnees["repliques"]["roles"]["taches"] = ["Je m'en charge."]
    p = seul_probleme(donnees)
    assert p.chemin == "repliques.roles.taches"
    assert "plusieurs variantes" in p.message
    assert "au moins 2 variantes" in p.correction


def test_une_variante_en_double() -> None:
    donnees = persona_valide()
    donnees["repliques"]["generiques"] = ["D'accord.", "d'accord. "]
    p = seul_probleme(donnees)
    assert p.chemin == "repliques.generiques"
    assert "en double" in p.message


def test_un_role_inconnu() -> None:
    donnees = persona_valide()
    donnees["repliques"]["roles"]["consentment"] = ["Oui.", "D'accord."]
    p = seul_probleme(donnees)
    assert p.chemin == "repliques.roles.consentment"
    assert p.message == "la rubrique « consentment » n'est pas reconnue"
    assert "consentement" in p.correction and "prochain_rdv" in p.correction


def test_un_type_de_reponse_inconnu() -> None:
    donnees = persona_valide()
    donnees["repliques"]["types"]["textes"] = ["Oui.", "D'accord."]
    p = seul_probleme(donnees)
    assert p.chemin == "repliques.types.textes"
    assert "oui_non" in p.correction


def test_un_identifiant_d_etape_invalide_en_cle() -> None:
    donnees = persona_valide()
    donnees["repliques"]["etapes"]["Duree_Entretien"] = ["Oui.", "D'accord."]
    p = seul_probleme(donnees)
    assert p.chemin == "repliques.etapes.Duree_Entretien"
    assert "n'est pas valide" in p.message


def test_une_variante_vide() -> None:
    donnees = persona_valide()
    donnees["repliques"]["generiques"] = ["D'accord.", ""]
    p = seul_probleme(donnees)
    assert p.chemin == "repliques.generiques[1]"
    assert p.message == "ce texte est vide"


# --------------------------------------------------------------- événements
def test_les_evenements_se_lisent() -> None:
    persona = lire(
        persona_valide(
            evenements=[
                evenement("retard", retard_minutes=15),
                evenement("conteste_duree", duree_disponible_minutes=30),
                evenement("refus consentement"),
                evenement("refus_tache"),
                evenement(
                    "santé",
                    a_ne_pas_ecrire=["hernie*"],
                    reformulation="Des contraintes à prendre en compte.",
                ),
            ]
        )
    )
    assert persona.retard_minutes == 15
    assert persona.duree_disponible_minutes == 30
    assert persona.refuse_consentement
    refus = persona.evenement(TypeEvenementPersona.refus_consentement)
    tache = persona.evenement(TypeEvenementPersona.refus_tache)
    assert refus is not None and refus.nombre_de_fois is None
    assert tache is not None and tache.nombre_de_fois == 1
    assert persona.evenement(TypeEvenementPersona.judiciaire) is None


def test_un_retard_sans_minutes() -> None:
    p = seul_probleme(persona_valide(evenements=[evenement("retard")]))
    assert p.chemin == "evenements[0]"
    assert "nombre de minutes de retard" in p.message
    assert "retard_minutes: 15" in p.correction


def test_des_minutes_de_retard_sur_un_autre_evenement() -> None:
    p = seul_probleme(persona_valide(evenements=[evenement("refus_tache", retard_minutes=10)]))
    assert "« retard_minutes » ne sert qu'à l'événement « retard »" in p.message
    assert p.correction == "retirez la ligne"


def test_une_duree_contestee_sans_duree_disponible() -> None:
    p = seul_probleme(persona_valide(evenements=[evenement("conteste_duree")]))
    assert "duree_disponible_minutes: 30" in p.correction


def test_un_retard_demesure() -> None:
    p = seul_probleme(persona_valide(evenements=[evenement("retard", retard_minutes=600)]))
    assert p.chemin == "evenements[0].retard_minutes"
    assert p.message == "ce nombre est trop grand"


def test_un_evenement_inconnu() -> None:
    p = seul_probleme(persona_valide(evenements=[evenement("colere")]))
    assert p.chemin == "evenements[0].type"
    assert "« colere » n'est pas reconnue" in p.message
    assert "refus_consentement" in p.correction and "judiciaire" in p.correction


def test_un_evenement_sensible_sans_mots_a_ne_pas_ecrire() -> None:
    p = seul_probleme(
        persona_valide(evenements=[evenement("sante", reformulation="Des contraintes.")])
    )
    assert "a_ne_pas_ecrire" in p.correction


def test_un_evenement_sensible_sans_reformulation() -> None:
    p = seul_probleme(
        persona_valide(evenements=[evenement("judiciaire", a_ne_pas_ecrire=["prison*"])])
    )
    assert "reformulation" in p.correction


def test_des_mots_sensibles_sur_un_evenement_qui_n_en_a_pas() -> None:
    p = seul_probleme(
        persona_valide(evenements=[evenement("refus_tache", a_ne_pas_ecrire=["prison"])])
    )
    assert "ne servent qu'aux événements « sante » et « judiciaire »" in p.message


@pytest.mark.parametrize("mot", ["*", "ab", "12 ans", "prison**"])
def test_un_mot_a_ne_pas_ecrire_invalide(mot: str) -> None:
    p = seul_probleme(
        persona_valide(
            evenements=[evenement("sante", a_ne_pas_ecrire=[mot], reformulation="Des contraintes.")]
        )
    )
    assert p.chemin == "evenements[0].a_ne_pas_ecrire"
    assert "n'est pas un mot à chercher" in p.message


def test_un_evenement_en_double() -> None:
    deux = [evenement("refus_tache"), evenement("refus_tache")]
    p = seul_probleme(persona_valide(evenements=deux))
    assert p.chemin == "evenements"
    assert "apparaît deux fois" in p.message


def test_fois_n_est_pas_un_nombre() -> None:
    p = seul_probleme(persona_valide(evenements=[evenement("refus_tache", fois="deux")]))
    assert p.chemin == "evenements[0].fois"
    assert "combien de fois" in p.correction


def test_toutes_les_erreurs_d_un_coup() -> None:
    donnees = persona_valide(attitude="agressive", identifiant="Mauvais Id")
    del donnees["nom"]
    assert {p.chemin for p in problemes_de(donnees)} == {"attitude", "identifiant", "nom"}


# ------------------------------------------------------------- lignes, YAML
def test_la_ligne_du_probleme() -> None:
    texte = en_yaml(persona_valide(attitude="agressive"))
    ligne = next(i for i, t in enumerate(texte.splitlines(), 1) if t.startswith("attitude:"))
    assert seul_probleme(texte).ligne == ligne


def test_la_ligne_d_une_variante_vide() -> None:
    donnees = persona_valide()
    donnees["repliques"]["generiques"] = ["D'accord.", ""]
    texte = en_yaml(donnees)
    lignes = texte.splitlines()
    attendu = next(i for i, t in enumerate(lignes, 1) if t.strip() == "- ''")
    assert seul_probleme(texte).ligne == attendu


def test_un_yaml_mal_forme_est_dit_en_francais() -> None:
    texte = en_yaml(persona_valide()).replace("nom: Camille Essai", "nom: Camille\tEssai: x")
    p = seul_probleme(texte)
    assert "YAML" in p.message
    assert p.ligne is not None


def test_un_fichier_vide() -> None:
    p = seul_probleme("  \n")
    assert p.message == "le fichier est vide"


def test_un_fichier_qui_n_est_pas_une_persona() -> None:
    p = seul_probleme("- une\n- liste\n")
    assert p.message == "le fichier ne contient pas une persona"


def test_un_renvoi_yaml_est_refuse() -> None:
    texte = en_yaml(persona_valide()) + "autre: &a [1]\nencore: *a\n"
    p = seul_probleme(texte)
    assert "renvoi" in p.message


def test_oui_non_reste_un_texte() -> None:
    donnees = persona_valide()
    texte = en_yaml(donnees).replace("- D'accord.", "- yes", 1)
    assert "yes" in lire(texte).repliques.generiques


# ------------------------------------------------------------- recherche de mots
def test_chercher_mots_sans_accents_ni_majuscules() -> None:
    texte = "Il a été CONDAMNÉ ; sorti de prison. Volontaire. Des vols."
    trouves = chercher_mots(texte, ["condamn*", "prison", "vol"])
    assert [texte[d:f] for d, f, _ in trouves] == ["CONDAMNÉ", "prison", "vols"]


def test_chercher_une_expression() -> None:
    texte = "En arrêt  maladie depuis un an ; traitement des données accepté."
    trouves = chercher_mots(texte, ["arrêt maladie", "sous traitement"])
    assert [texte[d:f] for d, f, _ in trouves] == ["arrêt  maladie"]


def test_mots_trouves_d_un_evenement() -> None:
    evenement_ = EvenementPersona.model_validate(
        evenement("sante", a_ne_pas_ecrire=["hernie*"], reformulation="Des contraintes.")
    )
    assert [m for _, _, m in evenement_.mots_trouves("Hernies discales")] == ["hernie*"]
