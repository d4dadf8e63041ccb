"""Relire une séance : la conversation dans l'ordre, même quand le conducteur a changé."""

from __future__ import annotations

import datetime as dt

from assistant.export.lecture import EchangeEtape, NoteLibre, lire_seance
from conducteurs.chargeur import Catalogue
from stockage import Depot, Seance
from tests.historique.fabrique import premier_accueil
from tests.support.horloge import Horloge


def echanges(lecture_conversation: tuple[EchangeEtape | NoteLibre, ...]) -> list[EchangeEtape]:
    return [e for e in lecture_conversation if isinstance(e, EchangeEtape)]


def test_conversation_complete_dans_l_ordre(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    adherent = depot.creer_adherent("Marie Dupont")
    seance = premier_accueil(depot, catalogue, adherent.id, horloge)
    lecture = lire_seance(depot.seance(seance.id), catalogue, adherent.nom)

    etapes = echanges(lecture.conversation)
    assert etapes[0].titre == "Accueil et objectifs de l'entretien"
    assert etapes[0].consigne.startswith("Présentez-vous")
    assert etapes[0].reponse == "Trouver un emploi dans la logistique"
    assert etapes[0].sequence == "Introduction"
    # Les étapes passées gardent leur raison.
    passees = {e.identifiant: e.passee for e in etapes if e.passee}
    assert passees == {
        "situation-actuelle": "vu au prochain rendez-vous",
        "questions-adherent": "aucune question",
    }
    # Les réponses se lisent en français.
    reponses = {e.identifiant: e.reponse for e in etapes}
    assert reponses["duree-entretien"] == "1 h"
    assert reponses["deroulement-annonce"] == "oui"
    assert reponses["taches-prochain-rdv"] == "Mettre à jour le CV (l'adhérent)"
    assert reponses["prochain-rdv"] is not None and "décembre 2026" in reponses["prochain-rdv"]
    # Tout est dans l'ordre du temps, la note comprise.
    moments = [
        e.vue_le if isinstance(e, EchangeEtape) else e.horodatage for e in lecture.conversation
    ]
    assert moments == sorted(m for m in moments if m is not None)
    [note] = [e for e in lecture.conversation if isinstance(e, NoteLibre)]
    assert note.texte == "L'adhérent arrive en avance"
    assert note.etape == "Recueil de la demande"
    position = lecture.conversation.index(note)
    avant = lecture.conversation[position - 1]
    assert isinstance(avant, EchangeEtape) and avant.identifiant == "demande-adherent"

    assert lecture.statut == "clôturée"
    assert lecture.duree == "34 min"  # le temps passé, d'après les événements
    assert lecture.compte_rendu and "Trouver un emploi" in lecture.compte_rendu
    assert dict(lecture.fiche)["Prescripteur"] == "France Travail"
    [tache] = lecture.taches
    assert tache.quoi == "Mettre à jour le CV" and tache.statut == "à faire"
    assert lecture.avertissements == ()


def test_seance_interrompue_et_son_etape_de_reprise(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    adherent = depot.creer_adherent("Paul")
    seance = premier_accueil(depot, catalogue, adherent.id, horloge, cloturer=False)
    lecture = lire_seance(depot.seance(seance.id), catalogue, adherent.nom)
    assert lecture.interrompue
    assert lecture.statut == "suspendue"
    assert lecture.etape_courante == "Origine de l'orientation"
    assert lecture.compte_rendu is None
    derniere = echanges(lecture.conversation)[-1]
    assert derniere.identifiant == "origine-orientation"
    assert derniere.reponse is None and derniere.passee is None


def test_conducteur_absent_du_catalogue(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    adherent = depot.creer_adherent("Paul")
    seance = premier_accueil(depot, catalogue, adherent.id, horloge)
    lecture = lire_seance(depot.seance(seance.id), Catalogue(), adherent.nom)
    etapes = echanges(lecture.conversation)
    assert etapes[0].titre == "accueil-objectifs"  # par identifiant, sans consigne
    assert etapes[0].consigne == ""
    assert etapes[0].reponse == "Trouver un emploi dans la logistique"
    assert any("n'est plus dans le catalogue" in a for a in lecture.avertissements)
    assert lecture.titre == "Entretien de premier accueil"  # titre gardé dans la séance


def test_conducteur_modifie_depuis_la_seance(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    adherent = depot.creer_adherent("Paul")
    seance = premier_accueil(depot, catalogue, adherent.id, horloge)
    stockee = depot.seance(seance.id)
    stockee.entretien = {**stockee.entretien, "empreinte": "autre", "version": "0.9"}
    stockee.entretien["reponses"]["etape-retiree"] = {
        "type": "texte",
        "valeur": "Réponse à une étape disparue",
        "horodatage": "2026-11-30T09:40:00+00:00",
    }
    lecture = lire_seance(stockee, catalogue, adherent.nom)
    assert any("a changé depuis cette séance" in a for a in lecture.avertissements)
    retiree = [e for e in echanges(lecture.conversation) if e.identifiant == "etape-retiree"]
    assert retiree and retiree[0].reponse == "Réponse à une étape disparue"


def test_etat_dans_un_format_inconnu(depot: Depot, catalogue: Catalogue) -> None:
    adherent = depot.creer_adherent("Paul")
    debut = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    seance = Seance(
        adherent_id=adherent.id,
        conducteur_id="diagnostic",
        conducteur_titre="Diagnostic",
        phase="accueil",
        debut=debut,
        fin=debut + dt.timedelta(minutes=50),
        statut="cloture",
        entretien={"etat": "termine", "reponses": {"freins": "Permis de conduire", "n": 3}},
    )
    depot.enregistrer_seance(seance)
    lecture = lire_seance(depot.seance(seance.id), catalogue, adherent.nom)
    assert lecture.duree == "50 min"
    assert [(e.titre, e.reponse) for e in echanges(lecture.conversation)] == [
        ("freins", "Permis de conduire"),
        ("n", "3"),
    ]
    assert any("format attendu" in a for a in lecture.avertissements)


def test_constats_rgpd_des_textes_de_la_seance(
    depot: Depot, catalogue: Catalogue, horloge: Horloge
) -> None:
    adherent = depot.creer_adherent("Karim Benali")
    seance = premier_accueil(
        depot, catalogue, adherent.id, horloge, note="Suivi médical pour son diabète"
    )
    lecture = lire_seance(depot.seance(seance.id), catalogue, adherent.nom)
    assert lecture.constats is not None
    sources = {c.source for c in lecture.constats}
    assert any(s.startswith("Note de") for s in sources)
    assert any(c.categorie == "santé" and c.passage.lower() == "diabète" for c in lecture.constats)
    # Sans vérification demandée : pas de constats.
    assert (
        lire_seance(depot.seance(seance.id), catalogue, adherent.nom, rgpd=False).constats is None
    )


def test_evolution_des_taches(depot: Depot, catalogue: Catalogue, horloge: Horloge) -> None:
    adherent = depot.creer_adherent("Paul")
    seance = premier_accueil(depot, catalogue, adherent.id, horloge)
    tache = seance.taches[0]
    depot.maj_tache(adherent.id, tache.id, "en_cours")
    depot.maj_tache(adherent.id, tache.id, "faite")
    lecture = lire_seance(depot.seance(seance.id), catalogue, adherent.nom, rgpd=False)
    [suivi] = lecture.taches
    assert suivi.statut == "faite"
    assert [c.statut for c in suivi.historique] == ["à faire", "en cours", "faite"]
    assert suivi.evolution.count("→") == 2
