"""Les gardes : chaque refus nomme ce qui manque, puis l'action passe une fois corrigé."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conducteurs.modele import Conducteur, ElementCadre
from etats import (
    RAISON_CONSENTEMENT_NON_RECUEILLI,
    RAISON_CONSENTEMENT_REFUSE,
    AFixer,
    Entretien,
    Refus,
    Tache,
)
from tests.etats.outils import (
    DEBUT,
    RDV,
    conducteur,
    guide_accueil_dict,
    mener_a_terme,
    mener_jusqu_a,
    reponse_valide,
)
from tests.support.horloge import Horloge


def refuse(entretien: Entretien, action: str, *args: object) -> Refus:
    """L'action est annoncée refusée par `possible`, et lève le même refus."""
    annonce = entretien.possible(action, *args)
    assert annonce is not None, f"{action} devrait être refusé"
    with pytest.raises(Refus) as erreur:
        getattr(entretien, action)(*args)
    assert (erreur.value.raison, erreur.value.etape) == (annonce.raison, annonce.etape)
    return erreur.value


# ------------------------------------------------------------------ obligatoire
def test_etape_obligatoire_avant_d_avancer(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    refus = refuse(entretien, "avancer")
    assert refus.raison == "L'étape « Objectifs » est obligatoire : répondez-y avant d'avancer."
    assert refus.etape == "objectifs"
    entretien.repondre("Trouver un emploi de cariste")
    assert entretien.possible("avancer") is None
    entretien.avancer()
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.identifiant == "duree"


def test_une_etape_obligatoire_ne_se_passe_pas(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    refus = refuse(entretien, "passer", "pas le temps")
    assert "obligatoire : elle ne peut pas être passée" in refus.raison
    assert refus.etape == "objectifs"
    assert entretien.possible("passer") is not None


def test_passer_une_etape_facultative(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "consentement", horloge)
    entretien.repondre(True)
    entretien.avancer()
    entretien.repondre("Cherche un emploi depuis six mois")
    entretien.avancer()
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.identifiant == "projet"
    refus = refuse(entretien, "passer", "   ")
    assert "Indiquez pourquoi l'étape « Projet » est passée" in refus.raison
    assert entretien.possible("passer") is None
    entretien.passer("  L'adhérent préfère en parler au diagnostic  ")
    assert entretien.etape_courante.identifiant == "remarques"
    assert entretien.donnees.passees == {"projet": "L'adhérent préfère en parler au diagnostic"}
    # Répondre après coup retire le passage.
    entretien.precedent()
    entretien.repondre("Emploi")
    assert "projet" not in entretien.donnees.passees
    # Une étape déjà renseignée ne se passe pas.
    refus = refuse(entretien, "passer", "finalement non")
    assert "a déjà une réponse" in refus.raison


def test_avancer_sans_repondre_a_une_etape_facultative(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "remarques", horloge)
    entretien.avancer()
    assert entretien.sequence == "conclusion"
    assert entretien.reponse("remarques") is None


# ------------------------------------------------------------------------ cadre
def test_le_cadre_garde_l_entree_dans_l_echange(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    assert entretien.elements_cadre_convenus() == dict.fromkeys(ElementCadre, False)
    entretien.repondre("Trouver un emploi")
    entretien.avancer()
    entretien.repondre(45)
    entretien.avancer()
    entretien.repondre(False)  # le lieu ne convient pas
    entretien.avancer()
    entretien.repondre(["Confidentialité"])  # un point non coché
    assert entretien.elements_cadre_convenus() == {
        ElementCadre.objectifs: True,
        ElementCadre.duree: True,
        ElementCadre.lieu: False,
        ElementCadre.deontologie: False,
        ElementCadre.deroulement: False,
    }
    refus = refuse(entretien, "avancer")
    assert refus.raison == (
        "Le cadre n'est pas encore convenu : il manque « lieu » (réponse « non » à l'étape "
        "« Lieu »), « déontologie » (des points restent à cocher à l'étape « Regles ») et "
        "« déroulement » (des points restent à cocher à l'étape « Regles »)."
    )
    assert refus.etape == "lieu"
    entretien.aller_a("lieu")
    entretien.repondre(True)
    entretien.avancer()
    refus = refuse(entretien, "avancer")
    assert refus.etape == "regles"
    assert "« lieu »" not in refus.raison
    entretien.repondre(["Confidentialité", "Respect mutuel"])
    assert all(entretien.elements_cadre_convenus().values())
    entretien.avancer()
    assert entretien.etat == "echange"


def test_objectifs_et_duree_doivent_etre_notes() -> None:
    donnees = guide_accueil_dict()
    intro = donnees["deroulement"]["introduction"]["etapes"]
    intro[0]["obligatoire"] = False
    intro[1]["obligatoire"] = False
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(conducteur(donnees), horloge=horloge)
    entretien.passer("déjà dit")
    entretien.passer("déjà dit")
    entretien.repondre(True)
    entretien.avancer()
    entretien.repondre(["Confidentialité", "Respect mutuel"])
    refus = refuse(entretien, "avancer")
    assert refus.raison == (
        "Le cadre n'est pas encore convenu : il manque « objectifs partagés » (à noter à "
        "l'étape « Objectifs ») et « durée » (à noter à l'étape « Duree »)."
    )
    assert refus.etape == "objectifs"
    entretien.aller_a("objectifs")
    entretien.repondre("Préparer un entretien d'embauche")
    entretien.avancer()
    entretien.repondre(30)
    entretien.aller_a("regles")
    entretien.avancer()
    assert entretien.etat == "echange"


def test_aller_a_ne_contourne_pas_le_cadre(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "remarques", horloge)
    entretien.aller_a("lieu")
    entretien.repondre(False)
    refus = refuse(entretien, "aller_a", "remarques")
    assert "« lieu »" in refus.raison and refus.etape == "lieu"
    entretien.repondre(True)
    entretien.aller_a("remarques")
    assert entretien.etat == "echange"


def test_passer_la_derniere_etape_de_l_introduction_respecte_le_cadre() -> None:
    donnees = guide_accueil_dict()
    donnees["deroulement"]["introduction"]["etapes"].append(
        {
            "identifiant": "questions",
            "titre": "Questions",
            "consigne": "?",
            "type": "texte",
            "obligatoire": False,
        }
    )
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(conducteur(donnees), horloge=horloge)
    mener_jusqu_a(entretien, "regles", horloge)
    entretien.repondre(["Confidentialité"])
    entretien.avancer()
    refus = refuse(entretien, "passer", "aucune question")
    assert "cadre" in refus.raison
    assert "questions" not in entretien.donnees.passees
    entretien.aller_a("regles")
    entretien.repondre(["Confidentialité", "Respect mutuel"])
    entretien.avancer()
    entretien.passer("aucune question")
    assert entretien.etat == "echange"
    assert entretien.donnees.passees == {"questions": "aucune question"}


# ----------------------------------------------------------------- consentement
def test_consentement_accorde(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "consentement", horloge)
    assert entretien.consentement is None
    refus = refuse(entretien, "avancer")
    assert refus.etape == "consentement"
    entretien.repondre(True)
    assert entretien.consentement is True
    entretien.avancer()
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.identifiant == "situation"
    entretien.repondre("Cherche depuis six mois")
    assert entretien.reponse("situation") == "Cherche depuis six mois"


def test_consentement_refuse(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "consentement", horloge)
    entretien.repondre(False)
    assert entretien.consentement is False
    assert entretien.donnees.passees == {
        "situation": RAISON_CONSENTEMENT_REFUSE,
        "projet": RAISON_CONSENTEMENT_REFUSE,
    }
    entretien.avancer()
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.identifiant == "remarques"
    assert entretien.exclue("situation") and not entretien.exclue("remarques")
    refus = refuse(entretien, "aller_a", "situation")
    assert "exclue (consentement refusé)" in refus.raison
    assert refus.etape == "consentement"
    entretien.precedent()
    assert entretien.etape_courante.identifiant == "consentement"
    # L'entretien continue et se clôt sans les étapes personnelles.
    mener_a_terme(entretien, horloge)
    assert entretien.etat == "cloture"
    assert entretien.reponse("situation") is None


def test_refuser_apres_avoir_accepte_efface_les_reponses_personnelles(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "consentement", horloge)
    entretien.repondre(True)
    entretien.avancer()
    entretien.repondre("Cherche depuis six mois")
    entretien.avancer()
    entretien.repondre("Emploi")
    entretien.aller_a("consentement")
    entretien.repondre(False)
    donnees = entretien.donnees
    assert "situation" not in donnees.reponses and "projet" not in donnees.reponses
    assert donnees.evenements[-1].type == "consentement"
    assert donnees.evenements[-1].detail == "2 réponse(s) personnelle(s) effacée(s)"
    assert "six mois" not in donnees.model_dump_json()
    # Revenir sur le refus rétablit les étapes, vides.
    entretien.repondre(True)
    assert entretien.donnees.passees == {}
    entretien.avancer()
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.identifiant == "situation"
    assert entretien.reponse("situation") is None


def test_consentement_passe_exclut_les_etapes_personnelles() -> None:
    donnees = guide_accueil_dict()
    donnees["deroulement"]["echange"]["etapes"][0]["obligatoire"] = False
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(conducteur(donnees), horloge=horloge)
    mener_jusqu_a(entretien, "consentement", horloge)
    refus = refuse(entretien, "avancer")
    assert "Le consentement n'est pas recueilli" in refus.raison
    entretien.passer("L'adhérent veut relire le formulaire")
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.identifiant == "remarques"
    assert entretien.donnees.passees["situation"] == RAISON_CONSENTEMENT_NON_RECUEILLI
    assert entretien.consentement is False


def test_etape_personnelle_bloquee_tant_que_le_consentement_manque() -> None:
    donnees = guide_accueil_dict()
    donnees["phase"] = "accompagnement"
    echange = donnees["deroulement"]["echange"]["etapes"]
    echange[0], echange[1] = echange[1], echange[0]
    # Le chargeur refuse désormais ce conducteur (étape personnelle avant le
    # consentement) ; la machine doit quand même le garder s'il arrive en mémoire.
    guide = Conducteur.model_validate(donnees, context={"regles": False})
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(guide, horloge=horloge)
    mener_jusqu_a(entretien, "situation", horloge)
    refus = refuse(entretien, "repondre", "Cherche depuis six mois")
    assert "le consentement doit d'abord être recueilli (étape « Consentement »)" in refus.raison
    assert refus.etape == "consentement"
    refus = refuse(entretien, "avancer")
    assert refus.etape == "consentement"


def test_sans_etape_de_consentement_le_dossier_decide(
    guide_accompagnement: Conducteur, horloge: Horloge
) -> None:
    sans = Entretien.nouveau(guide_accompagnement, horloge=horloge)
    assert sans.etape_courante is not None
    assert sans.etape_courante.identifiant == "sujets"
    assert sans.donnees.passees == {
        "retour-travail": RAISON_CONSENTEMENT_NON_RECUEILLI,
        "demarches": RAISON_CONSENTEMENT_NON_RECUEILLI,
        "difficultes": RAISON_CONSENTEMENT_NON_RECUEILLI,
    }
    refus = refuse(sans, "precedent")
    assert "première étape" in refus.raison
    mener_jusqu_a(sans, "cadre-convenu", horloge)
    sans.repondre(True)
    sans.avancer()  # l'échange, tout personnel, est sauté
    assert sans.etat == "conclusion"
    mener_a_terme(sans, horloge)
    assert sans.etat_machine == "cloture"

    refuse_ = Entretien.nouveau(guide_accompagnement, horloge=horloge, consentement_dossier=False)
    assert set(refuse_.donnees.passees.values()) == {RAISON_CONSENTEMENT_REFUSE}

    avec = Entretien.nouveau(guide_accompagnement, horloge=horloge, consentement_dossier=True)
    assert avec.etape_courante is not None
    assert avec.etape_courante.identifiant == "retour-travail"
    assert avec.donnees.passees == {}
    mener_a_terme(avec, horloge)
    assert avec.reponse("demarches") is not None


# ---------------------------------------------------------------------- clôture
def test_cloture_exige_evaluation_taches_et_rendez_vous(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    manques = entretien.manques_cloture()
    assert [m.etape for m in manques] == [
        "objectifs",
        "objectifs",
        "duree",
        "lieu",
        "regles",
        "consentement",
        "situation",
        "evaluation",
        "travail",
        "prochain-rdv",
    ]
    mener_jusqu_a(entretien, "evaluation", horloge)
    refus = refuse(entretien, "cloturer")
    assert refus.raison == (
        "Impossible de clore l'entretien : il manque l'évaluation du résultat atteint "
        "(étape « Evaluation ») ; il manque le travail demandé pour le prochain rendez-vous : "
        "au moins une tâche (étape « Travail ») ; il manque la date du prochain rendez-vous, "
        "ou « à fixer » avec la raison (étape « Prochain rdv »)."
    )
    assert refus.etape == "evaluation"
    entretien.repondre("Atteint")
    entretien.avancer()
    assert [m.etape for m in entretien.manques_cloture()] == ["travail", "prochain-rdv"]
    entretien.repondre([Tache(quoi="Mettre à jour son CV", qui="adherent")])
    entretien.avancer()
    refus = refuse(entretien, "cloturer")
    assert refus.raison == (
        "Il manque la date du prochain rendez-vous, ou « à fixer » avec la raison "
        "(étape « Prochain rdv »)."
    )
    assert refus.etape == "prochain-rdv"
    entretien.repondre(AFixer(raison="Attend la date de son entrée en formation"))
    assert entretien.manques_cloture() == []
    horloge.avancer(5)
    entretien.cloturer()
    assert entretien.etat == "cloture"
    assert entretien.etape_courante is None and entretien.sequence is None
    assert entretien.donnees.fin == horloge()
    assert entretien.position == (11, 11)
    assert entretien.position_sequence == (0, 0)
    for action in (
        "avancer",
        "precedent",
        "suspendre",
        "reprendre",
        "cloturer",
        "passer",
        "repondre",
        "noter",
    ):
        assert entretien.possible(action) is not None, action
    assert entretien.possible("aller_a", "objectifs") is not None


def test_cloture_possible_depuis_une_etape_anterieure(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "prochain-rdv", horloge)
    entretien.repondre(RDV)
    entretien.aller_a("objectifs")
    assert entretien.possible("cloturer") is None
    entretien.cloturer()
    assert entretien.etat == "cloture"


def test_derniere_et_premiere_etape(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    assert "première étape" in refuse(entretien, "precedent").raison
    mener_jusqu_a(entretien, "prochain-rdv", horloge)
    entretien.repondre(RDV)
    refus = refuse(entretien, "avancer")
    assert refus.raison == "C'est la dernière étape de l'entretien : clôturez-le."


# -------------------------------------------------------------------- suspension
def test_suspendre_et_reprendre(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    mener_jusqu_a(entretien, "lieu", horloge)
    assert "pas suspendu" in refuse(entretien, "reprendre").raison
    entretien.suspendre()
    assert entretien.etat == "suspendu"
    assert entretien.etat_machine == "suspendu"
    assert entretien.sequence == "introduction"
    assert entretien.etape_courante is not None
    assert entretien.etape_courante.identifiant == "lieu"
    for action, args in (
        ("avancer", ()),
        ("precedent", ()),
        ("passer", ("x",)),
        ("repondre", (True,)),
        ("cloturer", ()),
        ("aller_a", ("objectifs",)),
        ("suspendre", ()),
    ):
        refuse(entretien, action, *args)
    entretien.noter("L'adhérente répond au téléphone")
    entretien.reprendre()
    assert entretien.etat_machine == "introduction.lieu"
    entretien.repondre(True)
    entretien.avancer()


def test_noter(fabrique: Callable[..., Entretien], horloge: Horloge) -> None:
    entretien = fabrique()
    assert "La note est vide" in refuse(entretien, "noter", "  ").raison
    horloge.avancer(3)
    entretien.noter("  Arrivée en avance  ")
    note = entretien.donnees.notes[0]
    assert (note.texte, note.etape) == ("Arrivée en avance", "objectifs")
    assert note.horodatage == horloge()


def test_action_inconnue(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    with pytest.raises(ValueError, match="action inconnue"):
        entretien.possible("sauter")
    with pytest.raises(TypeError):
        entretien.possible("aller_a")


def test_aller_a_une_etape_jamais_abordee(
    fabrique: Callable[..., Entretien], horloge: Horloge
) -> None:
    entretien = fabrique()
    entretien.repondre("Trouver un emploi")
    refus = refuse(entretien, "aller_a", "remarques")
    assert "n'a pas encore été abordée" in refus.raison
    assert "n'a pas d'étape « inconnue »" in refuse(entretien, "aller_a", "inconnue").raison
    assert entretien.possible("aller_a", "objectifs") is None
    entretien.aller_a("objectifs")  # l'étape courante : rien ne change
    assert entretien.etat_machine == "introduction.objectifs"


def test_reponse_valide_pour_chaque_etape(guide_accueil: Conducteur) -> None:
    entretien = Entretien.nouveau(guide_accueil)
    for _, etape in guide_accueil.etapes():
        assert etape.identifiant
        reponse_valide(etape)
    assert entretien.possible("repondre", "Trouver un emploi") is None
