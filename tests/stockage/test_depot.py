"""L'API du dépôt : adhérents, séances, tâches, recherche, répétition."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from stockage import (
    Adherent,
    AdherentInconnu,
    Depot,
    DepotFerme,
    DossierVerrouille,
    ErreurStockage,
    ResultatRecherche,
    ResumeAdherent,
    Seance,
    SeanceInconnue,
    Tache,
    TacheInconnue,
)
from tests.stockage.outils import nouvelle_seance
from tests.support.disque import fichiers


def test_creer_lister_relire_un_adherent(depot: Depot) -> None:
    adherent = depot.creer_adherent("Zoé Lefèvre")
    assert isinstance(adherent, Adherent)
    relu = depot.adherent(adherent.id)
    assert relu.nom == "Zoé Lefèvre"
    assert relu.id == adherent.id
    resumes = depot.adherents()
    assert [r.nom for r in resumes] == ["Zoé Lefèvre"]
    assert isinstance(resumes[0], ResumeAdherent)
    assert resumes[0].nombre_seances == 0
    assert resumes[0].derniere_seance is None


def test_nom_vide_refuse(depot: Depot) -> None:
    with pytest.raises(ErreurStockage, match="vide"):
        depot.creer_adherent("   ")


def test_consentement_et_parcours_conserves(depot: Depot) -> None:
    adherent = depot.creer_adherent("Karim Benali")
    adherent.enregistrer_consentement(
        accord=True,
        version_information="2024-03",
        formulaire_signe=True,
        date=dt.date(2025, 1, 6),
    )
    etape = adherent.parcours.ajouter_etape("Diagnostic", statut="en_cours")
    seance = nouvelle_seance(adherent.id)
    adherent.parcours.ajouter_seance(seance.id)
    depot.enregistrer_adherent(adherent)
    depot.enregistrer_seance(seance)
    relu = depot.adherent(adherent.id)
    assert relu.consentement is not None
    assert relu.consentement.version_information == "2024-03"
    assert relu.consentement.formulaire_signe
    assert relu.parcours.etapes[0].id == etape.id
    assert relu.parcours.sequences[0].seances == [seance.id]


def test_liste_alphabetique_sans_accents(depot: Depot) -> None:
    for nom in ("Zoé Martin", "élodie Roux", "Amina Diallo", "Emile Girard"):
        depot.creer_adherent(nom)
    assert [r.nom for r in depot.adherents()] == [
        "Amina Diallo",
        "élodie Roux",
        "Emile Girard",
        "Zoé Martin",
    ]


def test_chercher_adherents_sans_accents_ni_casse(depot: Depot) -> None:
    depot.creer_adherent("Hélène Müller")
    depot.creer_adherent("Paul Durand")
    assert [r.nom for r in depot.chercher_adherents("helene")] == ["Hélène Müller"]
    assert [r.nom for r in depot.chercher_adherents("MULLER")] == ["Hélène Müller"]
    assert [r.nom for r in depot.chercher_adherents("dur")] == ["Paul Durand"]
    assert len(depot.chercher_adherents("")) == 2


def test_seances_triees_et_resume(depot: Depot) -> None:
    adherent = depot.creer_adherent("Inès Traoré")
    jours = [dt.datetime(2025, 3, j, 10, 0).astimezone() for j in (12, 2, 20)]
    for jour in jours:
        depot.enregistrer_seance(nouvelle_seance(adherent.id, debut=jour, statut="cloture"))
    seances = depot.seances(adherent.id)
    assert [s.debut for s in seances] == sorted(jours)
    resume = depot.adherents()[0]
    assert resume.nombre_seances == 3
    assert resume.derniere_seance is not None
    assert resume.derniere_seance.date == max(jours)
    assert resume.derniere_seance.conducteur_id == "diagnostic"
    assert resume.derniere_seance.statut == "cloture"
    assert resume.dernier_contact is not None and resume.dernier_contact >= max(jours)


def test_enregistrer_seance_garde_tout_tel_quel(depot: Depot) -> None:
    adherent = depot.creer_adherent("Hugo Roux")
    entretien = {
        "etat": "conclusion",
        "reponses": {"objectif": "Trouver un CDI", "liste": [1, 2.5, None, True]},
        "imbrique": {"a": {"b": ["c", {"d": "é"}]}},
    }
    seance = nouvelle_seance(
        adherent.id,
        entretien=entretien,
        compte_rendu="Vous avez présenté votre projet.",
        fiche_visual_course={"objectif": "CDI", "freins": "aucun"},
        rgpd_confirmation="Formulation relue avec l'adhérent.",
        repetition=False,
    )
    seance.ajouter_tache("Mettre le CV à jour", qui="adherent", echeance=dt.date(2025, 5, 2))
    depot.enregistrer_seance(seance)
    relue = depot.seance(seance.id)
    assert relue.entretien == entretien
    assert relue.compte_rendu == seance.compte_rendu
    assert relue.fiche_visual_course == {"objectif": "CDI", "freins": "aucun"}
    assert relue.taches[0].echeance == dt.date(2025, 5, 2)
    assert relue.rgpd_confirmation == "Formulation relue avec l'adhérent."
    assert relue.modifie_le is not None
    assert relue == seance


def test_heure_sans_fuseau_comprise_comme_locale(depot: Depot) -> None:
    adherent = depot.creer_adherent("Léa Nguyen")
    naive = dt.datetime(2025, 4, 1, 14, 30)
    seance = nouvelle_seance(adherent.id, debut=naive)
    assert seance.debut.tzinfo is not None
    depot.enregistrer_seance(seance)
    depot.enregistrer_seance(nouvelle_seance(adherent.id))
    assert len(depot.seances(adherent.id)) == 2


def test_identifiants_uuid_exiges() -> None:
    with pytest.raises(ValidationError) as erreur:
        Seance(adherent_id="../../etc", conducteur_id="x")
    assert "../../etc" not in str(erreur.value)


def test_erreurs_de_validation_sans_donnees_personnelles() -> None:
    with pytest.raises(ValidationError) as erreur:
        Adherent.model_validate({"nom": "Jeanne Secret", "consentement": {"date": "pas une date"}})
    assert "pas une date" not in str(erreur.value)


def test_inconnus(depot: Depot) -> None:
    with pytest.raises(AdherentInconnu):
        depot.adherent("00000000-0000-4000-8000-000000000000")
    with pytest.raises(AdherentInconnu):
        depot.adherent("pas-un-id")
    with pytest.raises(AdherentInconnu):
        depot.seances("00000000-0000-4000-8000-000000000000")
    with pytest.raises(SeanceInconnue):
        depot.seance("00000000-0000-4000-8000-000000000000")
    with pytest.raises(AdherentInconnu):
        depot.enregistrer_seance(nouvelle_seance("00000000-0000-4000-8000-000000000000"))


def test_seance_ne_change_pas_de_dossier(depot: Depot) -> None:
    a = depot.creer_adherent("A")
    b = depot.creer_adherent("B")
    seance = nouvelle_seance(a.id)
    depot.enregistrer_seance(seance)
    seance.adherent_id = b.id
    with pytest.raises(ErreurStockage, match="autre adhérent"):
        depot.enregistrer_seance(seance)


def test_seances_interrompues(depot: Depot) -> None:
    adherent = depot.creer_adherent("Fatou Diallo")
    en_cours = nouvelle_seance(adherent.id)
    suspendue = nouvelle_seance(adherent.id, statut="suspendu")
    close = nouvelle_seance(adherent.id)
    close.cloturer()
    for seance in (en_cours, suspendue, close):
        depot.enregistrer_seance(seance)
    assert {s.id for s in depot.seances_interrompues()} == {en_cours.id, suspendue.id}
    en_cours.cloturer()
    depot.enregistrer_seance(en_cours)
    assert [s.id for s in depot.seances_interrompues()] == [suspendue.id]


def test_taches_ouvertes_et_maj(depot: Depot) -> None:
    adherent = depot.creer_adherent("Théo Girard")
    precedente = nouvelle_seance(adherent.id, debut=dt.datetime(2025, 1, 5, 9).astimezone())
    cv = precedente.ajouter_tache("Refaire le CV")
    appel = precedente.ajouter_tache("Appeler la mission locale", qui="conseiller")
    faite = precedente.ajouter_tache("Déjà faite")
    faite.changer_statut("faite")
    precedente.cloturer()
    depot.enregistrer_seance(precedente)
    courante = nouvelle_seance(adherent.id)
    courante.ajouter_tache("Tâche de la séance courante")
    depot.enregistrer_seance(courante)

    ouvertes = depot.taches_ouvertes(adherent.id, sauf_seance=courante.id)
    assert [t.id for t in ouvertes] == [cv.id, appel.id]
    assert all(isinstance(t, Tache) for t in ouvertes)

    maj = depot.maj_tache(adherent.id, cv.id, "faite")
    assert maj.statut == "faite"
    assert [t.id for t in depot.taches_ouvertes(adherent.id, sauf_seance=courante.id)] == [appel.id]
    relue = depot.seance(precedente.id).tache(cv.id)
    assert relue is not None
    assert [(h.de, h.vers) for h in relue.historique] == [(None, "a_faire"), ("a_faire", "faite")]
    with pytest.raises(TacheInconnue):
        depot.maj_tache(adherent.id, "00000000-0000-4000-8000-000000000000", "faite")


def test_historique_des_taches_a_l_heure_donnee(depot: Depot) -> None:
    """L'heure de chaque changement de statut est celle de l'horloge de l'appelant
    (l'assistant en direct passe la sienne), pas l'horloge système."""
    adherent = depot.creer_adherent("Lina Morel")
    seance = nouvelle_seance(adherent.id)
    cree_le = dt.datetime(2024, 3, 1, 10, 15).astimezone()
    tache = seance.ajouter_tache("Relancer l'employeur", le=cree_le)
    depot.enregistrer_seance(seance)
    faite_le = dt.datetime(2024, 3, 8, 14, 30).astimezone()
    depot.maj_tache(adherent.id, tache.id, "faite", le=faite_le)
    relue = depot.seance(seance.id).tache(tache.id)
    assert relue is not None
    assert [(h.le, h.vers) for h in relue.historique] == [
        (cree_le, "a_faire"),
        (faite_le, "faite"),
    ]


def test_recherche_sans_accents_ni_casse_avec_extrait(depot: Depot) -> None:
    adherent = depot.creer_adherent("Amina Diallo")
    seance = nouvelle_seance(
        adherent.id,
        entretien={"reponses": {"projet": "Devenir aide-soignante à Saint-Étienne, en CDI."}},
        compte_rendu="Vous souhaitez passer le permis de conduire.",
    )
    depot.enregistrer_seance(seance)
    for texte in ("saint etienne", "SAINT-ÉTIENNE", "aide soignante", "Permis De Conduire"):
        resultats = depot.rechercher(texte)
        assert [r.seance_id for r in resultats] == [seance.id], texte
        assert isinstance(resultats[0], ResultatRecherche)
        assert resultats[0].adherent_id == adherent.id
        assert resultats[0].nom_adherent == "Amina Diallo"
    resultat = depot.rechercher("saint etienne")[0]
    debut, fin = resultat.surlignage
    assert resultat.extrait[debut:fin] == "Saint-Étienne"
    assert depot.rechercher("boulangerie") == []
    assert depot.rechercher("   ") == []


def test_recherche_ignore_les_identifiants(depot: Depot) -> None:
    adherent = depot.creer_adherent("X")
    seance = nouvelle_seance(adherent.id)
    depot.enregistrer_seance(seance)
    depot.fermer()
    with Depot.ouvrir(depot.dossier) as rouvert:
        assert rouvert.rechercher(seance.id[:8]) == []
        assert rouvert.rechercher(adherent.id[-6:]) == []


def test_recherche_suit_les_modifications_et_survit_a_la_fermeture(dossier: Path) -> None:
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Hugo")
        seance = nouvelle_seance(adherent.id, compte_rendu="Projet de cariste.")
        depot.enregistrer_seance(seance)
        assert len(depot.rechercher("cariste")) == 1
        seance.compte_rendu = "Projet de vendeur."
        depot.enregistrer_seance(seance)
        assert depot.rechercher("cariste") == []
        assert len(depot.rechercher("vendeur")) == 1
    with Depot.ouvrir(dossier) as depot:
        assert not depot.reconstruit
        assert depot.rechercher("cariste") == []
        assert [r.seance_id for r in depot.rechercher("vendeur")] == [seance.id]
        depot.supprimer_seance(seance.id)
        assert depot.rechercher("vendeur") == []
    with Depot.ouvrir(dossier) as depot:
        assert depot.rechercher("vendeur") == []
        assert depot.adherents()[0].nombre_seances == 0


def test_recherche_limite_filtre_et_ordre(depot: Depot) -> None:
    a = depot.creer_adherent("A")
    b = depot.creer_adherent("B")
    for jour in range(1, 6):
        debut = dt.datetime(2025, 2, jour, 9).astimezone()
        depot.enregistrer_seance(nouvelle_seance(a.id, debut=debut, notes="atelier CV"))
        depot.enregistrer_seance(nouvelle_seance(b.id, debut=debut, notes="atelier CV"))
    tous = depot.rechercher("atelier")
    assert len(tous) == 10
    assert [r.date for r in tous] == sorted((r.date for r in tous), reverse=True)
    assert len(depot.rechercher("atelier", limite=3)) == 3
    assert {r.adherent_id for r in depot.rechercher("atelier", adherent_id=b.id)} == {b.id}


def test_depot_ferme(dossier: Path) -> None:
    depot = Depot.ouvrir(dossier)
    depot.fermer()
    depot.fermer()
    with pytest.raises(DepotFerme):
        depot.adherents()


def test_second_depot_meme_processus_refuse(depot: Depot) -> None:
    with pytest.raises(DossierVerrouille) as erreur:
        Depot.ouvrir(depot.dossier)
    assert str(depot.dossier) in str(erreur.value)


def test_repetition_a_part_et_effacable(dossier: Path) -> None:
    with Depot.ouvrir(dossier) as reel, Depot.ouvrir(dossier / "repetition") as repetition:
        vrai = reel.creer_adherent("Vraie Personne")
        simule = repetition.creer_adherent("Adhérent simulé")
        repetition.enregistrer_seance(nouvelle_seance(simule.id, repetition=True))
        assert [r.nom for r in reel.adherents()] == ["Vraie Personne"]
        assert [r.nom for r in repetition.adherents()] == ["Adhérent simulé"]
        etats = reel.verifier()
        assert not any("repetition" in e.chemin.parts for e in etats)
    (dossier / "conducteurs").mkdir()
    Depot.detruire(dossier / "repetition")
    assert not (dossier / "repetition").exists()
    assert (dossier / "conducteurs").is_dir()
    with Depot.ouvrir(dossier) as reel:
        assert [r.id for r in reel.adherents()] == [vrai.id]


def test_detruire_refuse_un_dossier_etranger(tmp_path: Path) -> None:
    etranger = tmp_path / "autre"
    (etranger / "adherents").mkdir(parents=True)
    (etranger / "adherents" / "precieux.txt").write_text("à garder")
    with pytest.raises(ErreurStockage, match="rien n'a été effacé"):
        Depot.detruire(etranger)
    assert (etranger / "adherents" / "precieux.txt").exists()


def test_detruire_un_depot_ouvert_refuse(depot: Depot) -> None:
    with pytest.raises(DossierVerrouille):
        Depot.detruire(depot.dossier)
    assert fichiers(depot.dossier)


def test_ouvrir_un_fichier_refuse(tmp_path: Path) -> None:
    fichier = tmp_path / "fichier"
    fichier.write_text("x")
    fichier.chmod(0o644)
    with pytest.raises(ErreurStockage, match="n'est pas un dossier"):
        Depot.ouvrir(fichier)
    assert fichier.stat().st_mode & 0o777 == 0o644


def test_chercher_adherents_dans_n_importe_quel_ordre(depot: Depot) -> None:
    depot.creer_adherent("Moreau Karine")
    depot.creer_adherent("Karine Dupuis")
    assert [r.nom for r in depot.chercher_adherents("Karine Moreau")] == ["Moreau Karine"]
    assert [r.nom for r in depot.chercher_adherents("MOREAU kar")] == ["Moreau Karine"]
    assert [r.nom for r in depot.chercher_adherents("karine")] == [
        "Karine Dupuis",
        "Moreau Karine",
    ]


def test_homonymes_aux_accents_casse_et_ordre_des_mots_pres(depot: Depot) -> None:
    depot.creer_adherent("Moreau Karine")
    depot.creer_adherent("Hélène Müller")
    depot.creer_adherent("Karine Moreau-Dupuis")
    assert [r.nom for r in depot.adherents_homonymes("karine  MOREAU")] == ["Moreau Karine"]
    assert [r.nom for r in depot.adherents_homonymes("MULLER helene")] == ["Hélène Müller"]
    assert depot.adherents_homonymes("Karine") == []
    assert depot.adherents_homonymes("  ") == []


def test_taches_ouvertes_a_un_moment_donne(depot: Depot) -> None:
    """À la reprise d'une séance : les tâches ouvertes à son début, même faites depuis."""
    adherent = depot.creer_adherent("Inès Traoré")
    avant = dt.datetime(2025, 3, 2, 10, 0, tzinfo=dt.UTC)
    seance = nouvelle_seance(adherent.id, debut=avant, statut="cloture")
    tache = seance.ajouter_tache("Mettre à jour le CV", "adherent", None, avant)
    depot.enregistrer_seance(seance)
    debut_suivante = avant + dt.timedelta(days=7)
    depot.maj_tache(adherent.id, tache.id, "faite", le=debut_suivante + dt.timedelta(minutes=5))
    assert depot.taches_ouvertes(adherent.id) == []
    [ouverte] = depot.taches_ouvertes(adherent.id, le=debut_suivante)
    assert (ouverte.quoi, ouverte.statut) == ("Mettre à jour le CV", "faite")
    assert ouverte.statut_le(debut_suivante) == "a_faire"
    assert depot.taches_ouvertes(adherent.id, le=avant - dt.timedelta(days=1)) == []
