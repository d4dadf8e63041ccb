"""Opérations RGPD : export, effacement sans trace, purge, journal d'audit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.export.rgpd import markdown_export
from stockage import AdherentInconnu, Depot, Reglages
from stockage.rgpd import mois_avant
from stockage.texte import normaliser
from tests.stockage.outils import nouvelle_seance
from tests.support.disque import fichiers

NOM = "Zéphyrine Quastelloni"
REPONSE = "Elle a travaillé huit ans à la Boulangerie Étoile du Berry."


def formes(texte: str) -> list[bytes]:
    """Les formes sous lesquelles un texte pourrait rester sur disque."""
    return [
        texte.encode("utf-8"),
        texte.encode("utf-16-le"),
        json.dumps(texte).strip('"').encode("ascii"),  # échappé \\u00e9
        normaliser(texte),
        texte.casefold().encode("utf-8"),
    ]


def traces(dossier: Path, textes: list[str]) -> list[tuple[Path, str]]:
    """Les fichiers sous `dossier` qui contiennent l'un des textes, sous une forme."""
    trouvees = []
    for chemin in fichiers(dossier):
        contenu = chemin.read_bytes()
        for texte in textes:
            for partie in (texte, *texte.split()):
                if len(partie) < 6:
                    continue
                if any(forme in contenu for forme in formes(partie)):
                    trouvees.append((chemin, partie))
    return trouvees


def remplir(depot: Depot) -> tuple[str, str]:
    """Un adhérent à effacer, avec séances en cours et closes, et un autre à garder."""
    cible = depot.creer_adherent(NOM)
    cible.enregistrer_consentement(accord=True, version_information="v1")
    depot.enregistrer_adherent(cible)
    for numero in range(3):
        seance = nouvelle_seance(
            cible.id,
            entretien={"reponses": {"experience": REPONSE, "numero": str(numero)}},
            compte_rendu=f"{NOM} souhaite un poste de vendeuse.",
            fiche_visual_course={"objectif": REPONSE},
        )
        seance.ajouter_tache("Apporter le certificat de la Boulangerie Étoile")
        if numero < 2:
            seance.cloturer()
        depot.enregistrer_seance(seance)
    autre = depot.creer_adherent("Paul Gardé")
    depot.enregistrer_seance(nouvelle_seance(autre.id, compte_rendu="Rien à effacer ici."))
    return cible.id, autre.id


@pytest.mark.parametrize("fermer_avant", [False, True])
def test_effacer_ne_laisse_aucune_trace(dossier: Path, fermer_avant: bool) -> None:
    with Depot.ouvrir(dossier) as depot:
        cible, autre = remplir(depot)
        assert depot.rechercher("boulangerie etoile")  # le corpus a bien le texte
        assert traces(dossier, [NOM, REPONSE])  # le test sait trouver les traces
        depot.exporter(cible)
    if fermer_avant:
        # Caches écrits sur disque, puis arrêt brutal simulé : tout est relu.
        (dossier / ".session").write_text("0")
    with Depot.ouvrir(dossier) as depot:
        depot.effacer(cible)
        assert traces(dossier, [NOM, REPONSE]) == []
        assert [r.id for r in depot.adherents()] == [autre]
        assert depot.rechercher("boulangerie") == []
        assert depot.rechercher("effacer ici")[0].adherent_id == autre
        with pytest.raises(AdherentInconnu):
            depot.adherent(cible)
    assert traces(dossier, [NOM, REPONSE]) == []
    assert not any(cible in str(p) for p in fichiers(dossier))
    with Depot.ouvrir(dossier) as depot:
        assert [r.id for r in depot.adherents()] == [autre]
        assert depot.rechercher("boulangerie") == []


def test_effacement_interrompu_termine_au_demarrage(dossier: Path) -> None:
    with Depot.ouvrir(dossier) as depot:
        cible, _ = remplir(depot)
    # Arrêt brutal juste après le renommage du dossier à effacer.
    adherents = dossier / "adherents"
    (adherents / cible).rename(adherents / f".efface-{cible}")
    (dossier / ".session").write_text("0")
    with Depot.ouvrir(dossier) as depot:
        assert [r.nom for r in depot.adherents()] == ["Paul Gardé"]
    assert traces(dossier, [NOM, REPONSE]) == []


def test_exporter(depot: Depot) -> None:
    cible, _ = remplir(depot)
    export = depot.exporter(cible)
    donnees, texte = export.donnees, markdown_export(export)
    assert donnees["adherent"]["nom"] == NOM
    assert len(donnees["seances"]) == 3
    assert all(s["entretien"]["reponses"]["experience"] == REPONSE for s in donnees["seances"])
    json.dumps(donnees)  # sérialisable tel quel
    assert texte.startswith(f"# Données conservées : {NOM}")
    assert REPONSE in texte
    assert "Apporter le certificat" in texte
    assert "Consentement" in texte and "v1" in texte


def test_journal_d_audit_sans_donnees_personnelles(depot: Depot) -> None:
    cible, autre = remplir(depot)
    depot.exporter(cible)
    depot.effacer(cible)
    journal = depot.journal_rgpd()
    assert [ligne["evenement"] for ligne in journal] == ["export", "effacement"]
    assert all({"le", "evenement", "seances"} <= set(ligne) for ligne in journal)
    brut = (depot.dossier / "journal_rgpd.jsonl").read_bytes()
    for forme in formes(NOM) + formes(REPONSE):
        assert forme not in brut
    # Aucun identifiant : rien ne relie une ligne à la personne effacée.
    assert cible.encode("ascii") not in brut
    assert all(set(ligne) == {"le", "evenement", "seances"} for ligne in journal)
    # Ajout seul : les lignes précédentes restent.
    depot.exporter(autre)
    assert (depot.dossier / "journal_rgpd.jsonl").read_bytes().startswith(brut)


def test_purge(depot: Depot) -> None:
    ancien = depot.creer_adherent("Ancien Contact")
    vieille = dt.datetime.now().astimezone() - dt.timedelta(days=365 * 3)
    ancien.dernier_contact = vieille
    ancien.cree_le = vieille
    depot.enregistrer_adherent(ancien)
    depot.enregistrer_seance(nouvelle_seance(ancien.id, debut=vieille, statut="cloture"))
    recent = depot.creer_adherent("Contact Récent")
    depot.enregistrer_seance(nouvelle_seance(recent.id))
    milieu = depot.creer_adherent("Contact Moyen")
    il_y_a_18_mois = dt.datetime.now().astimezone() - dt.timedelta(days=548)
    milieu.dernier_contact = il_y_a_18_mois
    milieu.cree_le = il_y_a_18_mois
    depot.enregistrer_adherent(milieu)

    assert [r.id for r in depot.a_purger()] == [ancien.id]
    assert {r.id for r in depot.a_purger(12)} == {ancien.id, milieu.id}
    depot.enregistrer_reglages(Reglages(conservation_mois=12))
    assert {r.id for r in depot.a_purger()} == {ancien.id, milieu.id}
    effaces = depot.purger()
    assert {r.id for r in effaces} == {ancien.id, milieu.id}
    assert [r.id for r in depot.adherents()] == [recent.id]
    assert [ligne["evenement"] for ligne in depot.journal_rgpd()] == ["purge", "purge"]


def test_seance_recente_retient_le_dossier(depot: Depot) -> None:
    adherent = depot.creer_adherent("Revenu")
    vieille = dt.datetime.now().astimezone() - dt.timedelta(days=365 * 3)
    adherent.dernier_contact = vieille
    adherent.cree_le = vieille
    depot.enregistrer_adherent(adherent)
    assert [r.id for r in depot.a_purger()] == [adherent.id]
    depot.enregistrer_seance(nouvelle_seance(adherent.id))
    assert depot.a_purger() == []


def test_mois_avant() -> None:
    assert mois_avant(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert mois_avant(dt.date(2026, 1, 15), 24) == dt.date(2024, 1, 15)
    assert mois_avant(dt.date(2024, 3, 1), 13) == dt.date(2023, 2, 1)
