"""Exporter une séance ou un dossier, et relire les fichiers produits."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import docx
import pytest

from assistant.export.fichiers import (
    exporter_dossier,
    exporter_seance,
    nom_fichier,
    nom_structure,
)
from assistant.export.markdown import echapper
from conducteurs.chargeur import Catalogue
from stockage import Depot
from tests.historique.fabrique import PIEGES, premier_accueil
from tests.support.horloge import Horloge


def paragraphes(chemin: Path) -> list[str]:
    """Le texte de chaque paragraphe du fichier Word (titres compris)."""
    return [p.text for p in docx.Document(str(chemin)).paragraphs]


def desechapper(texte: str) -> str:
    return re.sub(r"\\(.)", r"\1", texte)


def structure(dossier: Path, nom: str) -> None:
    (dossier / "reglages.json").write_text(
        json.dumps({"conservation_mois": 24, "nom_structure": nom}), encoding="utf-8"
    )


@pytest.fixture
def dossier_rempli(depot: Depot, catalogue: Catalogue, horloge: Horloge) -> str:
    adherent = depot.creer_adherent("Marie Dupont")
    premier_accueil(depot, catalogue, adherent.id, horloge)
    horloge.avancer(7 * 24 * 60)
    premier_accueil(
        depot,
        catalogue,
        adherent.id,
        horloge,
        cloturer=False,
        demande="Conduire un chariot élévateur",
    )
    return adherent.id


def test_dossier_en_word(
    depot: Depot, catalogue: Catalogue, dossier: Path, dossier_rempli: str, tmp_path: Path
) -> None:
    structure(dossier, "PLIE du Val")
    chemin = exporter_dossier(depot, catalogue, dossier_rempli, tmp_path / "d.docx", "docx")
    assert stat.S_IMODE(chemin.stat().st_mode) == 0o600
    texte = paragraphes(chemin)
    assert texte[0] == "Dossier de Marie Dupont"
    assert texte[1].startswith("PLIE du Val — Exporté le ")
    assert "Parcours : 2 séance(s)" in texte
    assert any(
        t.startswith("lundi 30 novembre 2026 — Entretien de premier accueil (accueil)")
        and t.endswith("clôturée, 1 tâche(s)")
        for t in texte
    )
    assert "Entretien de premier accueil du lundi 30 novembre 2026" in texte
    assert "Entretien de premier accueil du lundi 7 décembre 2026" in texte
    assert "Date : lundi 30 novembre 2026 à 9h, fin à 9h34" in texte
    assert "Réponse (9h02) : Trouver un emploi dans la logistique" in texte
    assert "Étape passée, raison : vu au prochain rendez-vous" in texte
    assert any(
        t.startswith("Note de travail (9h15, à l'étape « Recueil de la demande ») : ")
        for t in texte
    )
    assert "Prescripteur : France Travail" in texte
    assert "Mettre à jour le CV (l'adhérent) — à faire" in texte
    assert "Statut : suspendue" in texte
    assert "Étape de reprise : Origine de l'orientation" in texte
    assert any("Conduire un chariot élévateur" in t for t in texte)
    document = docx.Document(str(chemin))
    assert document.sections[0].header.paragraphs[0].text == "PLIE du Val"
    assert document.core_properties.title == "Dossier de Marie Dupont"
    assert document.core_properties.language == "fr-FR"
    # L'export est noté dans le journal d'audit, sans contenu.
    journal = [
        json.loads(ligne)
        for ligne in (dossier / "journal_rgpd.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert journal[-1]["evenement"] == "export_historique"
    assert journal[-1]["seances"] == 2 and "adherent_id" not in journal[-1]


def test_seance_en_markdown(
    depot: Depot, catalogue: Catalogue, dossier_rempli: str, tmp_path: Path
) -> None:
    [premiere, _] = depot.seances(dossier_rempli)
    chemin = exporter_seance(depot, catalogue, premiere.id, tmp_path / "s.md", "md")
    assert stat.S_IMODE(chemin.stat().st_mode) == 0o600
    texte = chemin.read_text(encoding="utf-8")
    assert texte.startswith("# Entretien de premier accueil — Marie Dupont\n")
    assert "*Exporté le " in texte  # sans nom de structure : rien d'inventé
    assert "## Entretien de premier accueil du lundi 30 novembre 2026" in texte
    assert "### Conversation" in texte and "### Compte rendu" in texte
    assert "### Fiche Visual Course" in texte
    assert "**Réponse (9h02) :** Trouver un emploi dans la logistique" in texte
    assert "**Étape passée, raison :** vu au prochain rendez-vous" in texte
    assert "- Mettre à jour le CV (l'adhérent) — à faire" in texte
    assert "chariot" not in texte  # l'autre séance n'y est pas


def test_nom_de_la_structure(depot: Depot, dossier: Path) -> None:
    assert nom_structure(depot) == ""
    structure(dossier, "  Mission locale de l'Est  ")
    assert nom_structure(depot) == "Mission locale de l'Est"
    (dossier / "reglages.json").write_text("{ illisible", encoding="utf-8")
    assert nom_structure(depot) == ""  # un réglage illisible n'empêche pas d'exporter


def test_noms_de_fichiers(depot: Depot, dossier_rempli: str) -> None:
    [premiere, _] = depot.seances(dossier_rempli)
    assert nom_fichier("Marie Dupont", "docx") == "dossier-marie-dupont.docx"
    assert nom_fichier("Éloïse [bold] N'Diaye", "md") == "dossier-eloise-bold-n-diaye.md"
    assert nom_fichier("Marie Dupont", "md", premiere) == (
        "seance-marie-dupont-2026-11-30-premier-accueil.md"
    )
    assert nom_fichier("???", "md") == "dossier-adherent.md"


def test_pieges_verbatim_dans_les_exports(
    depot: Depot, catalogue: Catalogue, horloge: Horloge, tmp_path: Path
) -> None:
    nom = "[bold]Dupont[/] [0]"
    adherent = depot.creer_adherent(nom)
    premier_accueil(
        depot,
        catalogue,
        adherent.id,
        horloge,
        objectif="[TODO] *urgent* <b>gras</b> # titre",
        note="[/ note\n- ligne 2\n1. ligne 3",
        raison_saut="[bold",
        tache="[0] CV \x07 avec contrôle",
    )
    md = exporter_dossier(depot, catalogue, adherent.id, tmp_path / "d.md", "md")
    texte = md.read_text(encoding="utf-8")
    assert "<b>" not in texte and "*urgent*" not in texte  # rien d'actif en Markdown
    brut = desechapper(texte)
    for attendu in [nom, "[TODO] *urgent* <b>gras</b> # titre", "[bold", "- ligne 2", "1. ligne 3"]:
        assert attendu in brut
    mot = docx.Document(
        str(exporter_dossier(depot, catalogue, adherent.id, tmp_path / "d.docx", "docx"))
    )
    tout = "\n".join(p.text for p in mot.paragraphs)
    assert nom in tout
    assert "[TODO] *urgent* <b>gras</b> # titre" in tout
    assert "[/ note\n- ligne 2\n1. ligne 3" in tout  # retours à la ligne gardés
    assert "[0] CV ␇ avec contrôle" in tout  # le caractère de contrôle se voit
    assert "\x07" not in tout


@pytest.mark.parametrize("piege", PIEGES)
def test_echappement_markdown_reversible(piege: str) -> None:
    assert desechapper(echapper(piege)) == piege
