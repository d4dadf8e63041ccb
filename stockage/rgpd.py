"""Outils RGPD du stockage : journal d'audit, export lisible, durée de conservation.

Le journal d'audit (`journal_rgpd.jsonl`) est en ajout seul et ne contient
aucune donnée personnelle ni aucun identifiant : l'heure, l'événement
(export, effacement, purge…) et des nombres (séances concernées). Un
identifiant d'adhérent y survivrait à l'effacement et se relierait à la
personne par une sauvegarde ou un export remis : il n'y est donc pas noté.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from stockage.fichiers import ajouter_ligne
from stockage.modeles import (
    LIBELLES_QUI,
    LIBELLES_STATUT_SEANCE,
    LIBELLES_STATUT_TACHE,
    Adherent,
    Seance,
)
from stockage.texte import rendre_visible


def journaliser(chemin: Path, evenement: str, **details: int) -> None:
    """Ajoute une ligne au journal d'audit (sans donnée personnelle ni identifiant)."""
    ligne: dict[str, Any] = {
        "le": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "evenement": evenement,
    }
    ligne.update(details)
    ajouter_ligne(chemin, json.dumps(ligne, ensure_ascii=True).encode("ascii"))


def lire_journal(chemin: Path) -> list[dict[str, Any]]:
    """Les lignes lisibles du journal d'audit."""
    try:
        texte = chemin.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    lignes = []
    for brute in texte.splitlines():
        try:
            valeur = json.loads(brute)
        except json.JSONDecodeError:
            continue
        if isinstance(valeur, dict):
            lignes.append(valeur)
    return lignes


def mois_avant(date: dt.date, mois: int) -> dt.date:
    """La date `mois` mois avant `date` (fin de mois ramenée au dernier jour)."""
    total = date.year * 12 + (date.month - 1) - mois
    annee, mois_num = divmod(total, 12)
    mois_num += 1
    jour = min(date.day, _jours_du_mois(annee, mois_num))
    return dt.date(annee, mois_num, jour)


def _jours_du_mois(annee: int, mois: int) -> int:
    suivant = dt.date(annee + (mois == 12), mois % 12 + 1, 1)
    return (suivant - dt.timedelta(days=1)).day


def _date(valeur: dt.datetime | dt.date | None) -> str:
    if valeur is None:
        return "—"
    if isinstance(valeur, dt.datetime):
        return valeur.strftime("%d/%m/%Y à %H:%M")
    return valeur.strftime("%d/%m/%Y")


def _oui_non(valeur: bool) -> str:
    return "oui" if valeur else "non"


def _lignes_valeur(valeur: Any, niveau: int) -> list[str]:
    retrait = "  " * niveau
    if isinstance(valeur, Mapping):
        lignes = []
        for cle, sous in valeur.items():
            if isinstance(sous, Mapping | list) and sous:
                lignes.append(f"{retrait}- **{cle}** :")
                lignes.extend(_lignes_valeur(sous, niveau + 1))
            else:
                lignes.append(f"{retrait}- **{cle}** : {_texte(sous)}")
        return lignes
    if isinstance(valeur, list):
        lignes = []
        for sous in valeur:
            if isinstance(sous, Mapping | list) and sous:
                lignes.append(f"{retrait}-")
                lignes.extend(_lignes_valeur(sous, niveau + 1))
            else:
                lignes.append(f"{retrait}- {_texte(sous)}")
        return lignes
    return [f"{retrait}- {_texte(valeur)}"]


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
