"""Outils des tests de la machine à états : petits conducteurs, horloge factice, parcours."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from conducteurs.modele import Conducteur, Etape, Role, TypeReponse
from etats import Entretien, Refus, Tache, ValeurReponse
from tests.support.horloge import Horloge

DEBUT = datetime(2025, 1, 14, 9, 0, tzinfo=UTC)
RDV = datetime(2025, 1, 28, 9, 30, tzinfo=UTC)


def _etape(identifiant: str, type_: str, **autres: Any) -> dict[str, Any]:
    return {
        "identifiant": identifiant,
        "titre": identifiant.replace("-", " ").capitalize(),
        "consigne": f"Consigne de {identifiant}.",
        "type": type_,
        **autres,
    }


def guide_accueil_dict() -> dict[str, Any]:
    """Un petit conducteur de phase d'accueil, avec consentement et étapes personnelles."""
    return {
        "identifiant": "accueil-test",
        "titre": "Accueil de test",
        "phase": "accueil",
        "duree_minutes": 30,
        "version": "1.0",
        "cadre": {
            "objectif": "Tester la machine.",
            "decision_libre": "Entrer ou non.",
            "informations_a_recueillir": ["Les règles."],
            "outils": ["Plaquette"],
            "travail_prochain_rdv": ["Apporter son CV."],
        },
        "deroulement": {
            "introduction": {
                "etapes": [
                    _etape("objectifs", "texte", cadre=["objectifs"]),
                    _etape("duree", "duree", cadre=["duree"]),
                    _etape("lieu", "oui_non", cadre=["lieu"]),
                    _etape(
                        "regles",
                        "liste_controle",
                        options=["Confidentialité", "Respect mutuel"],
                        cadre=["deontologie", "deroulement"],
                    ),
                ]
            },
            "echange": {
                "etapes": [
                    _etape("consentement", "oui_non", role="consentement"),
                    _etape("situation", "texte", personnel=True),
                    _etape(
                        "projet",
                        "choix",
                        options=["Emploi", "Formation"],
                        personnel=True,
                        obligatoire=False,
                    ),
                    _etape("remarques", "texte", obligatoire=False),
                ]
            },
            "conclusion": {
                "etapes": [
                    _etape(
                        "evaluation",
                        "choix",
                        options=["Atteint", "Non atteint"],
                        role="evaluation",
                    ),
                    _etape("travail", "taches", role="taches"),
                    _etape("prochain-rdv", "date_heure", role="prochain_rdv"),
                ]
            },
        },
        "visual_course": [{"champ": "Objet", "etapes": ["objectifs"]}],
    }


def guide_accompagnement_dict() -> dict[str, Any]:
    """Un conducteur d'accompagnement sans étape de consentement.

    La première étape et tout l'échange sont personnels : sans consentement au
    dossier, l'entretien commence à la deuxième étape et saute l'échange.
    """
    return {
        "identifiant": "suivi-test",
        "titre": "Suivi de test",
        "phase": "accompagnement",
        "duree_minutes": 20,
        "version": "2",
        "cadre": {
            "objectif": "Faire le point.",
            "decision_libre": "Choisir la suite.",
            "informations_a_recueillir": ["Les étapes."],
            "outils": ["Agenda"],
            "travail_prochain_rdv": ["Relancer l'employeur."],
        },
        "deroulement": {
            "introduction": {
                "etapes": [
                    _etape("retour-travail", "texte", personnel=True, role="suivi_taches"),
                    _etape(
                        "sujets",
                        "choix_multiple",
                        options=["Emploi", "Formation", "Mobilité"],
                        cadre=["objectifs"],
                    ),
                    _etape("duree", "duree", cadre=["duree"]),
                    _etape(
                        "cadre-convenu",
                        "oui_non",
                        cadre=["lieu", "deontologie", "deroulement"],
                    ),
                ]
            },
            "echange": {
                "etapes": [
                    _etape("demarches", "texte", personnel=True),
                    _etape("difficultes", "texte", personnel=True, obligatoire=False),
                ]
            },
            "conclusion": {
                "etapes": [
                    _etape("evaluation", "texte", role="evaluation"),
                    _etape("travail", "taches", role="taches"),
                    _etape("prochain-rdv", "date_heure", role="prochain_rdv"),
                    _etape("mot-de-la-fin", "texte", obligatoire=False),
                ]
            },
        },
        "visual_course": [{"champ": "Synthèse", "etapes": ["evaluation"]}],
    }


def modifie(donnees: dict[str, Any], **changements: Any) -> dict[str, Any]:
    """Une copie profonde du dictionnaire de conducteur, avec des clés remplacées."""
    copie = copy.deepcopy(donnees)
    copie.update(changements)
    return copie


def reponse_valide(etape: Etape) -> ValeurReponse:
    """Une réponse qui convient à l'étape, et qui marque l'accord pour le cadre."""
    match etape.type:
        case TypeReponse.texte:
            return f"Réponse à {etape.titre}"
        case TypeReponse.choix:
            return etape.options[0]
        case TypeReponse.choix_multiple:
            return [etape.options[0]]
        case TypeReponse.oui_non:
            return True
        case TypeReponse.date_heure:
            return RDV
        case TypeReponse.duree:
            return 45
        case TypeReponse.taches:
            return [Tache(quoi="Mettre à jour son CV", qui="adherent", echeance=RDV.date())]
        case TypeReponse.liste_controle:
            return list(etape.options)
    raise AssertionError(etape.type)


def mener_jusqu_a(entretien: Entretien, identifiant: str, horloge: Horloge) -> None:
    """Répond à chaque étape et avance jusqu'à l'étape demandée."""
    while entretien.etape_courante is not None and (
        entretien.etape_courante.identifiant != identifiant
    ):
        etape = entretien.etape_courante
        if entretien.reponse(etape.identifiant) is None:
            entretien.repondre(reponse_valide(etape))
        horloge.avancer()
        entretien.avancer()


def mener_a_terme(entretien: Entretien, horloge: Horloge) -> None:
    """Répond à tout ce qui reste, avance jusqu'au bout et clôt."""
    while True:
        etape = entretien.etape_courante
        assert etape is not None
        if entretien.reponse(etape.identifiant) is None:
            valeur = reponse_valide(etape)
            if etape.role == Role.formulaire_signe and entretien.consentement is False:
                valeur = False  # « signé : oui » ne suit pas un refus du consentement
            entretien.repondre(valeur)
        horloge.avancer()
        if entretien.possible("avancer") is not None:
            break
        entretien.avancer()
    entretien.cloturer()


def conducteur(donnees: dict[str, Any]) -> Conducteur:
    """Le conducteur validé à partir de son dictionnaire."""
    return Conducteur.model_validate(donnees)


def _refus(refus: Refus | None) -> tuple[str, str | None] | None:
    return None if refus is None else (refus.raison, refus.etape)


def signature(entretien: Entretien) -> dict[str, Any]:
    """Tout ce qui doit être identique après une sauvegarde et une restauration."""
    actions = (
        "avancer",
        "passer",
        "cloturer",
        "precedent",
        "suspendre",
        "reprendre",
        "repondre",
        "noter",
    )
    return {
        "etat": entretien.etat,
        "etat_machine": entretien.etat_machine,
        "sequence": entretien.sequence,
        "etape": None if entretien.etape_courante is None else entretien.etape_courante.identifiant,
        "position": entretien.position,
        "position_sequence": entretien.position_sequence,
        "donnees": entretien.donnees.model_dump(mode="json"),
        "possible": {action: _refus(entretien.possible(action)) for action in actions},
        "aller_a": {
            etape.identifiant: _refus(entretien.possible("aller_a", etape.identifiant))
            for _, etape in entretien.conducteur.etapes()
        },
        "cadre": entretien.elements_cadre_convenus(),
        "manques": [_refus(m) for m in entretien.manques_cloture()],
        "consentement": entretien.consentement,
        "temps": entretien.temps_ecoule(),
    }
