"""Versions du schéma et migrations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from stockage import Depot, SchemaTropRecent, migrations
from tests.stockage.outils import nouvelle_seance


def _v2_vers_v3(document: dict[str, Any]) -> dict[str, Any]:
    """Migration d'essai : le titre du conducteur passe en majuscules."""
    document["conducteur_titre"] = str(document.get("conducteur_titre", "")).upper()
    return document


def _version_dossier(dossier: Path) -> int:
    donnees = json.loads((dossier / "version.json").read_text(encoding="utf-8"))
    return int(donnees["meta"]["schema"]["version_schema"])


def test_documents_et_dossier_portent_la_version(depot: Depot) -> None:
    adherent = depot.creer_adherent("Versionné")
    seance = nouvelle_seance(adherent.id)
    depot.enregistrer_seance(seance)
    chemin = depot.dossier / "adherents" / adherent.id / "seances" / f"{seance.id}.json"
    document = json.loads(chemin.read_text(encoding="utf-8"))["seance"][seance.id]
    assert document["version_schema"] == migrations.VERSION_SCHEMA == 2
    assert _version_dossier(depot.dossier) == 2


def test_migration_a_l_ouverture(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Ancien Format")
        seance = nouvelle_seance(adherent.id, conducteur_titre="Diagnostic")
        depot.enregistrer_seance(seance)
    chemin = dossier / "adherents" / adherent.id / "seances" / f"{seance.id}.json"

    monkeypatch.setattr(migrations, "VERSION_SCHEMA", 3)
    monkeypatch.setitem(migrations.MIGRATIONS["seance"], 2, _v2_vers_v3)
    with Depot.ouvrir(dossier) as depot:
        assert depot.reconstruit  # caches refaits au nouveau schéma
        assert depot.seance(seance.id).conducteur_titre == "DIAGNOSTIC"
        derniere = depot.adherents()[0].derniere_seance
        assert derniere is not None
        assert derniere.conducteur_titre == "DIAGNOSTIC"
    assert _version_dossier(dossier) == 3
    document = json.loads(chemin.read_text(encoding="utf-8"))["seance"][seance.id]
    assert document["version_schema"] == 3
    assert document["conducteur_titre"] == "DIAGNOSTIC"
    # Rejouée, la migration ne touche plus rien.
    with Depot.ouvrir(dossier) as depot:
        assert not depot.reconstruit
        assert depot.seance(seance.id).conducteur_titre == "DIAGNOSTIC"


def test_migration_a_la_lecture_d_un_fichier_ancien(
    dossier: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Un fichier resté ancien (restauré d'une sauvegarde) est migré à la lecture."""
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Restauré")
        seance = nouvelle_seance(adherent.id, conducteur_titre="Suivi")
        depot.enregistrer_seance(seance)
    monkeypatch.setattr(migrations, "VERSION_SCHEMA", 3)
    monkeypatch.setitem(migrations.MIGRATIONS["seance"], 2, _v2_vers_v3)
    with Depot.ouvrir(dossier) as depot:
        pass
    chemin = dossier / "adherents" / adherent.id / "seances" / f"{seance.id}.json"
    tables = json.loads(chemin.read_text(encoding="utf-8"))
    tables["seance"][seance.id]["version_schema"] = 2
    tables["seance"][seance.id]["conducteur_titre"] = "Suivi"
    chemin.write_text(json.dumps(tables), encoding="utf-8")
    with Depot.ouvrir(dossier) as depot:
        assert depot.seance(seance.id).conducteur_titre == "SUIVI"


def test_dossier_trop_recent_refuse(dossier: Path) -> None:
    with Depot.ouvrir(dossier) as depot:
        depot.creer_adherent("Futur")
    version = dossier / "version.json"
    version.write_text(
        json.dumps({"meta": {"schema": {"id": "schema", "version_schema": 7}}}), encoding="utf-8"
    )
    avant = {p: p.read_bytes() for p in dossier.rglob("*") if p.is_file() and p.name != ".verrou"}
    with pytest.raises(SchemaTropRecent) as erreur:
        Depot.ouvrir(dossier)
    assert "plus récente" in str(erreur.value)
    assert str(version) in str(erreur.value)
    apres = {p: p.read_bytes() for p in dossier.rglob("*") if p.is_file() and p.name != ".verrou"}
    assert apres == avant
    # Le verrou a été relâché : une version à jour pourra ouvrir le dossier.
    version.write_text(
        json.dumps({"meta": {"schema": {"id": "schema", "version_schema": 2}}}), encoding="utf-8"
    )
    with Depot.ouvrir(dossier) as depot:
        assert [r.nom for r in depot.adherents()] == ["Futur"]


def test_document_trop_recent(dossier: Path) -> None:
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Document futur")
        seance = nouvelle_seance(adherent.id)
        depot.enregistrer_seance(seance)
        chemin = dossier / "adherents" / adherent.id / "seances" / f"{seance.id}.json"
        tables = json.loads(chemin.read_text(encoding="utf-8"))
        tables["seance"][seance.id]["version_schema"] = 9
        chemin.write_text(json.dumps(tables), encoding="utf-8")
        with pytest.raises(SchemaTropRecent):
            depot.seance(seance.id)


def test_version_illisible_reecrite(dossier: Path) -> None:
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Version perdue")
    (dossier / "version.json").write_text("{abîmé", encoding="utf-8")
    with Depot.ouvrir(dossier) as depot:
        assert depot.adherent(adherent.id).nom == "Version perdue"
    assert _version_dossier(dossier) == migrations.VERSION_SCHEMA


def test_consentement_unique_devient_un_evenement(dossier: Path) -> None:
    """Version 1 → 2 : le consentement d'un dossier ancien devient son historique."""
    with Depot.ouvrir(dossier) as depot:
        adherent = depot.creer_adherent("Consentement ancien")
    chemin = dossier / "adherents" / adherent.id / "adherent.json"
    tables = json.loads(chemin.read_text(encoding="utf-8"))
    (document,) = tables["adherent"].values()
    document["version_schema"] = 1
    document.pop("consentements", None)
    document["consentement"] = {
        "date": "2025-03-04",
        "accord": True,
        "formulaire_signe": True,
        "version_information": "premier-accueil 1.0",
    }
    chemin.write_text(json.dumps(tables), encoding="utf-8")
    (dossier / "version.json").write_text(
        json.dumps({"meta": {"schema": {"id": "schema", "version_schema": 1}}}), encoding="utf-8"
    )
    for _ in range(2):  # rejouable : la seconde ouverture ne change rien
        with Depot.ouvrir(dossier) as depot:
            relu = depot.adherent(adherent.id)
        assert [
            (e.type, e.date.isoformat(), e.conducteur, e.version) for e in relu.consentements
        ] == [
            ("donne", "2025-03-04", "premier-accueil", "1.0"),
            ("formulaire_signe", "2025-03-04", "premier-accueil", "1.0"),
        ]
        assert relu.consentement is not None and relu.consentement.accord
