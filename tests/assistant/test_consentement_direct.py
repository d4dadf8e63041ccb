"""Le service de l'entretien en direct : consentement en historique, notes sans
consentement, retrait, « ne souhaite pas répondre » dans le compte rendu."""

from __future__ import annotations

import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from assistant.aides.saisies import NonCommuniqueSaisi, TacheSaisie
from assistant.cli import main
from assistant.direct import SeanceEnDirect
from conducteurs.chargeur import charger_catalogue
from etats import Refus
from stockage import Depot
from tests.historique.fabrique import premier_accueil
from tests.support.horloge import Horloge

NOTE_PERSONNELLE = "Vous habitez 12 rue des Lilas, 29600 Morlaix, joignable au 06 12 34 56 78."


def contenu_du_dossier(dossier: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(dossier.rglob("*")) if p.is_file())


def _jusqu_au_consentement(direct: SeanceEnDirect, horloge: Horloge) -> None:
    for valeur in (
        "Faire connaissance",
        60,
        list(direct.conducteur.etape("lieu-deontologie").options),
        True,
        ["Missions de la structure et partenaires"],
    ):
        horloge.avancer(1)
        direct.repondre_seulement(valeur)
        direct.avancer()


def test_note_personnelle_avant_consentement_stockee_nulle_part(dossier: Path) -> None:
    horloge = Horloge()
    catalogue = charger_catalogue(dossier / "conducteurs")
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Marie Dupont")
        direct = SeanceEnDirect.demarrer(
            depot, adherent.id, catalogue.get("premier-accueil"), horloge=horloge
        )
        raison = direct.note_refusee(NOTE_PERSONNELLE)
        assert raison is not None and "consentement" in raison
        with pytest.raises(Refus, match="Note non enregistrée"):
            direct.noter(NOTE_PERSONNELLE)
        _jusqu_au_consentement(direct, horloge)
        direct.repondre_seulement(False)  # refusé
        direct.avancer()
        with pytest.raises(Refus, match="consentement refusé"):
            direct.noter("Mariée, 3 enfants, vous bénéficiez du RSA.")
        direct.noter("Vous arrivez en avance.")  # sans donnée personnelle : gardée
        assert [n.texte for n in direct.entretien.donnees.notes] == ["Vous arrivez en avance."]
    brut = contenu_du_dossier(dossier)
    for morceau in ("Lilas", "Morlaix", "06 12 34 56 78", "RSA", "3 enfants"):
        assert morceau.encode() not in brut
    assert b"Vous arrivez en avance" in brut


def test_deux_entretiens_deux_evenements_chaque_compte_rendu_cite_le_sien(dossier: Path) -> None:
    horloge = Horloge()
    catalogue = charger_catalogue(dossier / "conducteurs")
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Karim Benali")
        premiere = premier_accueil(depot, catalogue, adherent.id, horloge)
        horloge.avancer(60 * 24 * 9)  # neuf jours plus tard
        seconde = premier_accueil(depot, catalogue, adherent.id, horloge)
        relu = depot.adherent(adherent.id)
    types = [(e.type, e.seance_id) for e in relu.consentements]
    assert types == [
        ("donne", premiere.id),
        ("formulaire_signe", premiere.id),
        ("donne", seconde.id),
        ("formulaire_signe", seconde.id),
    ]
    assert relu.consentements[0].date != relu.consentements[2].date
    assert premiere.compte_rendu is not None and seconde.compte_rendu is not None
    assert "Consentement au traitement des données : donné le lundi 30 novembre 2026" in (
        premiere.compte_rendu
    )
    assert "Consentement au traitement des données : donné le mercredi 9 décembre 2026" in (
        seconde.compte_rendu
    )
    assert "(premier-accueil, version 1.1)" in seconde.compte_rendu


def test_revalider_la_meme_reponse_n_ajoute_rien(dossier: Path) -> None:
    horloge = Horloge()
    catalogue = charger_catalogue(dossier / "conducteurs")
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Revalidé")
        direct = SeanceEnDirect.demarrer(
            depot, adherent.id, catalogue.get("premier-accueil"), horloge=horloge
        )
        _jusqu_au_consentement(direct, horloge)
        direct.repondre_seulement(True)
        direct.repondre_seulement(True)
        direct.repondre_seulement(False)  # l'adhérent change d'avis : un nouvel événement
        assert [e.type for e in depot.adherent(adherent.id).consentements] == ["donne", "refuse"]


def test_retrait_en_entretien_puis_entretien_suivant(dossier: Path) -> None:
    horloge = Horloge()
    catalogue = charger_catalogue(dossier / "conducteurs")
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Retrait")
        premier_accueil(depot, catalogue, adherent.id, horloge)
        horloge.avancer(60 * 24 * 7)
        direct = SeanceEnDirect.demarrer(
            depot, adherent.id, catalogue.get("diagnostic"), horloge=horloge
        )
        personnelles = [e.identifiant for _, e in direct.conducteur.etapes() if e.personnel]
        assert not direct.entretien.exclue(personnelles[0])
        direct.retirer_consentement()
        assert all(direct.entretien.exclue(i) for i in personnelles)
        assert depot.adherent(adherent.id).consentements[-1].type == "retire"
        # L'entretien suivant (phase d'accompagnement) démarre sans consentement en vigueur.
        horloge.avancer(60 * 24 * 7)
        suivant = SeanceEnDirect.demarrer(
            depot, adherent.id, catalogue.get("suivi-parcours"), horloge=horloge
        )
        suivi = [e.identifiant for _, e in suivant.conducteur.etapes() if e.personnel]
        assert suivi and all(suivant.entretien.exclue(i) for i in suivi)
        assert "Consentement au traitement des données : retiré le" in (
            suivant.brouillon_compte_rendu()
        )


def test_non_communique_dans_le_compte_rendu_et_la_fiche(dossier: Path) -> None:
    horloge = Horloge()
    catalogue = charger_catalogue(dossier / "conducteurs")
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Discrète")
        direct = SeanceEnDirect.demarrer(
            depot, adherent.id, catalogue.get("premier-accueil"), horloge=horloge
        )
        _jusqu_au_consentement(direct, horloge)
        for _ in range(2):  # consentement, formulaire signé
            direct.repondre_seulement(True)
            direct.avancer()
        for _ in range(3):  # demande, origine, situation : personnelles
            etape = direct.entretien.etape_courante
            assert etape is not None and etape.personnel
            direct.repondre_seulement(NonCommuniqueSaisi())
            direct.avancer()
        direct.passer("aucune question")
        suite: tuple[object, ...] = (
            "Entre dans l'accompagnement",
            "Objectif atteint",
            [TacheSaisie(quoi="Mettre à jour le CV", qui="adherent")],
            horloge.instant + timedelta(days=7),
        )
        for valeur in suite:
            direct.repondre_seulement(valeur)
            if not direct.est_derniere_etape():
                direct.avancer()
        compte_rendu = direct.brouillon_compte_rendu()
        direct.cloturer(compte_rendu)
    assert "- Recueil de la demande : non communiqué" in compte_rendu, compte_rendu
    assert direct.seance.statut == "cloture"
    assert "non communiqué" in "\n".join(direct.seance.fiche_visual_course.values())


def test_cli_consentement_historique_et_retrait(
    dossier: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    horloge = Horloge()
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Claire Martin")
        premier_accueil(depot, charger_catalogue(dossier / "conducteurs"), adherent.id, horloge)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    options = ["--donnees", str(dossier)]
    assert main([*options, "rgpd", "consentement", "Claire Martin"]) == 0
    sortie = capsys.readouterr().out
    assert "donné le lundi 30 novembre 2026" in sortie and "formulaire signé" in sortie
    assert main([*options, "rgpd", "consentement", "retirer", "Claire Martin"]) == 0
    assert "retiré" in capsys.readouterr().out
    assert main([*options, "rgpd", "consentement", "retirer", "Claire Martin"]) == 1
    assert "rien à retirer" in capsys.readouterr().err
    with Depot.ouvrir(dossier) as depot:
        relu = depot.adherent(adherent.id)
    assert [e.type for e in relu.consentements] == ["donne", "formulaire_signe", "retire"]
    assert relu.consentement is not None and not relu.consentement.accord


def test_reponse_libre_personnelle_refusee_avant_consentement(dossier: Path) -> None:
    horloge = Horloge()
    catalogue = charger_catalogue(dossier / "conducteurs")
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Sans consentement")
        direct = SeanceEnDirect.demarrer(
            depot, adherent.id, catalogue.get("premier-accueil"), horloge=horloge
        )
        with pytest.raises(Refus, match="Réponse non enregistrée"):
            direct.repondre_seulement("Trouver un emploi, joignable au 06 12 34 56 78")
        assert direct.entretien.reponse("accueil-objectifs") is None
    assert b"06 12 34 56 78" not in contenu_du_dossier(dossier)
