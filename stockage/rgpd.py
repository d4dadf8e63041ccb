"""Les opérations RGPD du stockage : export, effacement, purge, journal d'audit.

Le journal d'audit (`journal_rgpd.jsonl`) est en ajout seul et ne contient
aucune donnée personnelle ni aucun identifiant : l'heure, l'événement
(export, effacement, purge…) et des nombres (séances concernées). Un
identifiant d'adhérent y survivrait à l'effacement et se relierait à la
personne par une sauvegarde ou un export remis : il n'y est donc pas noté.

L'export rend des données (`ExportRgpd`) ; sa mise en forme lisible
(Markdown) est dans `assistant.export.rgpd`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stockage import convertisseurs as conv
from stockage.caches import Caches
from stockage.controle import PREFIXE_EFFACEMENT
from stockage.dossiers import Dossiers, fichiers_seances
from stockage.erreurs import ErreurStockage, FichierEndommage, message_systeme
from stockage.fichiers import ajouter_ligne, ecrire_atomique, fsync_dossier, supprimer_arborescence
from stockage.index import Index
from stockage.migrations import version_actuelle
from stockage.modeles import CONSERVATION_MAX_MOIS, Adherent, ResumeAdherent, Seance, maintenant


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


class JournalRgpd:
    """Le journal d'audit d'un dépôt ; un échec d'écriture devient un avertissement."""

    def __init__(self, chemin: Path, avertissements: list[str]) -> None:
        self.chemin = chemin
        self._avertissements = avertissements

    def noter(self, evenement: str, **details: int) -> None:
        """Note une opération RGPD (sans identifiant)."""
        try:
            journaliser(self.chemin, evenement, **details)
        except OSError as exc:
            self._avertissements.append(
                f"L'opération « {evenement} » n'a pas pu être notée au journal RGPD "
                f"({message_systeme(exc, self.chemin)})."
            )

    def lignes(self) -> list[dict[str, Any]]:
        """Les lignes lisibles du journal."""
        return lire_journal(self.chemin)

    def oublier(self, adherent_ids: list[str]) -> None:
        """Retire du journal les identifiants qu'y notaient les versions précédentes."""
        try:
            contenu = self.chemin.read_bytes()
        except OSError:
            return
        cles = [i.encode("ascii") for i in adherent_ids]
        if not any(cle in contenu for cle in cles):
            return
        for cle in cles:
            contenu = contenu.replace(cle, b"(efface)")
        try:
            ecrire_atomique(self.chemin, contenu)
        except OSError as exc:
            self._avertissements.append(
                "Un identifiant effacé n'a pas pu être retiré du journal RGPD "
                f"({message_systeme(exc, self.chemin)})."
            )


@dataclass(frozen=True)
class ExportRgpd:
    """Tout ce qui est conservé sur une personne (droit d'accès).

    `donnees` s'écrit tel quel en JSON ; les autres champs servent à la
    version lisible (`assistant.export.rgpd.markdown_export`)."""

    donnees: dict[str, Any]
    """Le document JSON de l'export (fiche, séances, fichiers illisibles)."""
    adherent: Adherent
    seances: list[Seance]
    """Les séances lisibles, de la plus ancienne à la plus récente."""
    illisibles: list[FichierEndommage]
    """Les fichiers de séance illisibles, absents de l'export."""
    exporte_le: dt.datetime


def preparer_export(
    adherent: Adherent, seances: list[Seance], illisibles: list[FichierEndommage]
) -> ExportRgpd:
    """L'export des données d'un adhérent, daté de maintenant."""
    exporte_le = maintenant()
    donnees: dict[str, Any] = {
        "format": "entretien-export",
        "version_schema": version_actuelle(),
        "exporte_le": exporte_le.isoformat(),
        "adherent": conv.adherent_vers_document(adherent),
        "seances": [conv.seance_vers_document(s) for s in seances],
    }
    if illisibles:
        donnees["fichiers_illisibles"] = [str(e.chemin) for e in illisibles]
    return ExportRgpd(donnees, adherent, seances, illisibles, exporte_le)


def effacer_dossiers(
    dossiers: Dossiers,
    caches: Caches,
    journal: JournalRgpd,
    adherent_ids: list[str],
    evenement: str,
) -> None:
    """Efface les dossiers des adhérents, leurs traces dans les caches et le journal.

    Chaque dossier est d'abord renommé (`.efface-…`) puis supprimé : un arrêt
    brutal entre les deux est fini au démarrage suivant."""
    effaces: list[int] = []
    for adherent_id in adherent_ids:
        dossier = dossiers.dossier_adherent(adherent_id)
        seances = len(fichiers_seances(dossier))
        if dossier.exists():
            corbeille = dossiers.adherents / f"{PREFIXE_EFFACEMENT}{evenement}-{adherent_id}"
            os.replace(dossier, corbeille)
            fsync_dossier(dossiers.adherents)
            supprimer_arborescence(corbeille)
        caches.corpus.retirer(caches.index.retirer_adherent(adherent_id))
        effaces.append(seances)
    # Les caches contiennent noms et réponses : ils sont réécrits tout de suite.
    if caches.ecrire_corpus():
        caches.ecrire_index()
    journal.oublier(adherent_ids)
    for seances in effaces:
        journal.noter(evenement, seances=seances)


def a_purger(index: Index, duree: int) -> list[ResumeAdherent]:
    """Les adhérents sans contact depuis plus de `duree` mois, du plus ancien contact."""
    if not 1 <= duree <= CONSERVATION_MAX_MOIS:
        raise ErreurStockage(
            f"La durée de conservation doit aller de 1 à {CONSERVATION_MAX_MOIS} mois "
            f"(pas {duree})."
        )
    limite = mois_avant(dt.date.today(), duree)
    resumes = []
    for adherent_id in index.adherents:
        resume = index.resume(adherent_id)
        contact = resume.dernier_contact or resume.cree_le
        if contact.date() < limite:
            resumes.append(resume)
    return sorted(resumes, key=lambda r: (r.dernier_contact or r.cree_le, r.id))


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
