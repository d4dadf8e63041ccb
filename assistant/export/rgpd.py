"""L'export RGPD lisible : tout ce qui est conservé sur une personne, en Markdown.

Le stockage rend les données (`stockage.rgpd.ExportRgpd`, via
`Depot.exporter`) ; ce module les met en forme pour la personne (droit
d'accès). La commande `entretien rgpd exporter` écrit ce texte à côté du JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from stockage.modeles import (
    LIBELLES_QUI,
    LIBELLES_STATUT_SEANCE,
    LIBELLES_STATUT_TACHE,
    Adherent,
    Seance,
)
from stockage.rgpd import ExportRgpd
from stockage.texte import rendre_visible


def markdown_export(export: ExportRgpd) -> str:
    """Le Markdown d'un export, avec la liste des fichiers illisibles s'il y en a."""
    texte = export_markdown(export.adherent, export.seances, export.exporte_le)
    if export.illisibles:
        texte += "\n## Fichiers illisibles\n\n" + "".join(
            f"- `{e.chemin.name}` : {e.raison}\n" for e in export.illisibles
        )
    return texte


def _date(valeur: dt.datetime | dt.date | None) -> str:
    if valeur is None:
        return "—"
    if isinstance(valeur, dt.datetime):
        return valeur.strftime("%d/%m/%Y à %H:%M")
    return valeur.strftime("%d/%m/%Y")


def _oui_non(valeur: bool) -> str:
    return "oui" if valeur else "non"


def _lignes_valeur(valeur: Any, niveau: int) -> list[str]:
    """Une valeur enregistrée en liste à puces : `- **clé** : valeur` pour un
    dictionnaire, `- valeur` pour une liste, un niveau de retrait par imbrication."""
    retrait = "  " * niveau
    if isinstance(valeur, Mapping):
        elements = [(f"**{cle}** :", sous) for cle, sous in valeur.items()]
    elif isinstance(valeur, list):
        elements = [("", sous) for sous in valeur]
    else:
        return [f"{retrait}- {_texte(valeur)}"]
    lignes = []
    for etiquette, sous in elements:
        if isinstance(sous, Mapping | list) and sous:
            lignes.append(f"{retrait}- {etiquette}".rstrip())
            lignes.extend(_lignes_valeur(sous, niveau + 1))
        else:
            lignes.append(f"{retrait}- " + (f"{etiquette} " if etiquette else "") + _texte(sous))
    return lignes


def _texte(valeur: Any) -> str:
    if valeur is None:
        return "—"
    if isinstance(valeur, bool):
        return _oui_non(valeur)
    if isinstance(valeur, Mapping | list) and not valeur:
        return "—"
    return " ".join(str(valeur).splitlines())


def export_markdown(adherent: Adherent, seances: list[Seance], exporte_le: dt.datetime) -> str:
    """Tout ce qui est conservé sur une personne, lisible par elle (droit d'accès)."""
    lignes = [
        f"# Données conservées : {adherent.nom}",
        "",
        f"Export du {_date(exporte_le)}. Ce document reprend toutes les informations "
        "que l'assistant d'entretiens conserve sur vous.",
        "",
        f"- Identifiant : `{adherent.id}`",
        f"- Dossier créé le : {_date(adherent.cree_le)}",
        f"- Dernier contact : {_date(adherent.dernier_contact)}",
        "",
        "## Consentement",
        "",
    ]
    consentement = adherent.consentement
    if consentement is None:
        lignes.append("Aucun consentement enregistré.")
    else:
        lignes += [
            f"- Date : {_date(consentement.date)}",
            f"- Accord : {_oui_non(consentement.accord)}",
            f"- Formulaire signé : {_oui_non(consentement.formulaire_signe)}",
            f"- Version de l'information remise : {consentement.version_information}",
        ]
    lignes += ["", "## Parcours", ""]
    if not adherent.parcours.etapes and not adherent.parcours.sequences:
        lignes.append("Aucune étape enregistrée.")
    for etape in adherent.parcours.etapes:
        lignes.append(
            f"- {etape.intitule} ({etape.statut}) : du {_date(etape.debut)} au {_date(etape.fin)}"
        )
    for sequence in adherent.parcours.sequences:
        lignes.append(
            f"- Séquence {sequence.intitule or sequence.id} : {len(sequence.seances)} séance(s)"
        )
    lignes += ["", f"## Séances ({len(seances)})"]
    for seance in seances:
        titre = seance.conducteur_titre or seance.conducteur_id
        statut = LIBELLES_STATUT_SEANCE.get(seance.statut, seance.statut)
        lignes += [
            "",
            f"### {_date(seance.debut)} — {titre}",
            "",
            f"- Statut : {statut}" + (" (répétition)" if seance.repetition else ""),
            f"- Phase : {seance.phase or '—'}",
            f"- Fin : {_date(seance.fin)}",
            f"- Identifiant : `{seance.id}`",
        ]
        if seance.compte_rendu:
            lignes += ["", "#### Compte rendu", "", seance.compte_rendu.strip()]
        if seance.notes:
            lignes += ["", "#### Notes", "", seance.notes.strip()]
        if seance.rgpd_confirmation:
            lignes += ["", "#### Motif de validation du compte rendu", "", seance.rgpd_confirmation]
        if seance.fiche_visual_course:
            lignes += ["", "#### Fiche Visual Course", ""]
            lignes += [
                f"- **{cle}** : {_texte(val)}" for cle, val in seance.fiche_visual_course.items()
            ]
        if seance.taches:
            lignes += ["", "#### Travail pour le prochain rendez-vous", ""]
            for tache in seance.taches:
                echeance = f", pour le {_date(tache.echeance)}" if tache.echeance else ""
                lignes.append(
                    f"- {tache.quoi} ({LIBELLES_QUI[tache.qui]}{echeance}) : "
                    f"{LIBELLES_STATUT_TACHE[tache.statut]}"
                )
        if seance.entretien:
            lignes += ["", "#### Réponses et déroulement enregistrés", ""]
            lignes += _lignes_valeur(seance.entretien, 0)
    lignes.append("")
    return rendre_visible("\n".join(lignes))
