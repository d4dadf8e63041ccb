"""Vérifier et réparer un dossier de données (`entretien donnees verifier / reparer`).

`verifier` dit l'état de chaque fichier sans rien modifier sur disque ;
`reparer` fait ce qui peut l'être sans perte : fichiers temporaires
orphelins, droits trop ouverts, caches. Un fichier endommagé n'est jamais
touché : il se restaure depuis une sauvegarde.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from stockage import corpus as corpus_mod
from stockage.caches import Caches
from stockage.controle import (
    DOSSIER_SEANCES,
    FICHIERS_RACINE,
    NOM_CORPUS,
    NOM_FICHE,
    NOM_INDEX,
    NOM_JOURNAL,
    NOM_REGLAGES,
    NOM_SESSION,
    NOM_VERSION,
    PREFIXE_EFFACEMENT,
)
from stockage.dossiers import Dossiers
from stockage.erreurs import AdherentInconnu, FichierEndommage, raison_systeme
from stockage.fichiers import MODE_DOSSIER, MODE_FICHIER, balayer_temporaires, est_temporaire
from stockage.modeles import EtatFichier, est_identifiant
from stockage.reglages import lire_reglages
from stockage.tinydb_atomique import lire_tables


def verifier(dossiers: Dossiers, caches: Caches, lecture_seule: bool) -> list[EtatFichier]:
    """L'état de chaque fichier du dépôt (rien n'est modifié sur disque).

    L'index en mémoire apprend au passage quels dossiers ont un fichier endommagé."""
    racine_donnees = dossiers.racine
    etats: list[EtatFichier] = []
    with os.scandir(racine_donnees) as entrees:
        racine = sorted((e.name, e.is_file(follow_symlinks=False)) for e in entrees)
    for nom, est_fichier in racine:
        if not est_fichier:
            continue
        chemin = racine_donnees / nom
        if est_temporaire(nom):
            etats.append(EtatFichier(chemin=chemin, etat="temporaire"))
        elif nom == NOM_SESSION and lecture_seule:
            etats.append(
                EtatFichier(
                    chemin=chemin,
                    etat="perime",
                    detail="la dernière session s'est arrêtée brutalement",
                )
            )
        elif nom in FICHIERS_RACINE:
            etats.append(_verifier_racine(chemin, caches.perimes))
    if caches.perimes:
        for nom in (NOM_INDEX, NOM_CORPUS):
            if not (racine_donnees / nom).is_file():
                etats.append(
                    EtatFichier(
                        chemin=racine_donnees / nom,
                        etat="perime",
                        detail=f"cache à reconstruire ({caches.perimes})",
                    )
                )
    adherents = dossiers.adherents
    if not adherents.is_dir():
        return [etat for etat in etats if etat.etat != "intact" or etat.chemin.is_file()]
    etats.append(_verifier_droits_dossier(adherents))
    for dossier in dossiers.dossiers_adherents():
        etats.extend(_verifier_dossier(dossiers, caches, dossier))
    with os.scandir(adherents) as entrees:
        autres = sorted(e.name for e in entrees if not est_identifiant(e.name))
    for nom in autres:
        if nom.startswith(PREFIXE_EFFACEMENT):
            etats.append(
                EtatFichier(
                    chemin=adherents / nom,
                    etat="effacement",
                    detail="effacement interrompu, à terminer",
                )
            )
            continue
        etat = "temporaire" if est_temporaire(nom) else "inconnu"
        etats.append(EtatFichier(chemin=adherents / nom, etat=etat))
    return [etat for etat in etats if etat.etat != "intact" or etat.chemin.is_file()]


def reparer(dossiers: Dossiers, caches: Caches) -> list[str]:
    """Fait les réparations que `verifier` peut signaler ; rend ce qui a été fait.

    Supprime les fichiers temporaires orphelins, ramène à 0600/0700 les droits
    de ce que le dépôt possède et reconstruit les caches depuis les dossiers."""
    faits = [
        f"fichier temporaire supprimé : {chemin}"
        for chemin in (
            balayer_temporaires(dossiers.racine)
            + balayer_temporaires(dossiers.adherents, recursif=True)
        )
    ]
    for chemin in _chemins_prives(dossiers):
        attendu = MODE_DOSSIER if chemin.is_dir() else MODE_FICHIER
        if os.name == "posix" and stat.S_IMODE(chemin.stat().st_mode) & 0o077:
            os.chmod(chemin, attendu)
            faits.append(f"droits ramenés à {attendu:o} : {chemin}")
    caches.reconstruire()
    faits.append("index et cache de recherche reconstruits depuis les dossiers")
    return faits


def _chemins_prives(dossiers: Dossiers) -> Iterator[Path]:
    """Ce que le dépôt possède dans le dossier de données (le dossier lui-même,
    peut-être adopté, garde ses droits : voir `controler_dossier`)."""
    for nom in sorted(FICHIERS_RACINE):
        if (dossiers.racine / nom).is_file():
            yield dossiers.racine / nom
    yield dossiers.adherents
    for dossier in dossiers.dossiers_adherents():
        yield dossier
        for racine, sous_dossiers, noms in os.walk(dossier):
            for nom in sorted(sous_dossiers):
                yield Path(racine) / nom
            for nom in sorted(noms):
                yield Path(racine) / nom


def _droits(chemin: Path, attendu: int) -> EtatFichier | None:
    mode = stat.S_IMODE(chemin.stat().st_mode)
    if os.name == "posix" and mode & 0o077:
        return EtatFichier(
            chemin=chemin,
            etat="permissions",
            detail=f"droits {mode:o} : attendus {attendu:o} (lisible par d'autres comptes)",
        )
    return None


def _verifier_droits_dossier(dossier: Path) -> EtatFichier:
    return _droits(dossier, MODE_DOSSIER) or EtatFichier(chemin=dossier, etat="intact")


def _verifier_fichier(chemin: Path) -> EtatFichier:
    return _droits(chemin, MODE_FICHIER) or EtatFichier(chemin=chemin, etat="intact")


def _verifier_racine(chemin: Path, caches_perimes: str) -> EtatFichier:
    try:
        if chemin.name == NOM_CORPUS:
            if not corpus_mod.valide(chemin):
                return EtatFichier(
                    chemin=chemin,
                    etat="perime",
                    detail="cache illisible : « entretien donnees reparer » le reconstruit",
                )
        elif chemin.name == NOM_INDEX:
            try:
                lire_tables(chemin)
            except FichierEndommage as exc:
                return EtatFichier(
                    chemin=chemin,
                    etat="perime",
                    detail=f"cache illisible ({exc.raison}) : « entretien donnees "
                    "reparer » le reconstruit",
                )
        elif chemin.name == NOM_VERSION:
            lire_tables(chemin)
        elif chemin.name == NOM_REGLAGES:
            lire_reglages(chemin)
        elif chemin.name == NOM_JOURNAL:
            etat = _verifier_journal(chemin)
            if etat is not None:
                return etat
    except FichierEndommage as exc:
        return EtatFichier(chemin=chemin, etat="endommage", detail=exc.raison)
    if chemin.name in (NOM_INDEX, NOM_CORPUS) and caches_perimes:
        return EtatFichier(
            chemin=chemin,
            etat="perime",
            detail=f"cache à reconstruire ({caches_perimes})",
        )
    return _verifier_fichier(chemin)


def _verifier_journal(chemin: Path) -> EtatFichier | None:
    """La première ligne illisible du journal RGPD, s'il y en a une."""
    try:
        contenu = chemin.read_bytes()
    except OSError as exc:
        raise FichierEndommage(chemin, f"lecture impossible : {raison_systeme(exc)}") from None
    for numero, brute in enumerate(contenu.splitlines(), start=1):
        try:
            json.loads(brute)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return EtatFichier(chemin=chemin, etat="endommage", detail=f"ligne {numero} illisible")
    return None


def _verifier_dossier(dossiers: Dossiers, caches: Caches, dossier: Path) -> list[EtatFichier]:
    adherent_id = dossier.name
    etats = [_verifier_droits_dossier(dossier)]
    endommage = False
    fiche = dossier / NOM_FICHE
    try:
        dossiers.lire_adherent(adherent_id, connu=adherent_id in caches.index.adherents)
        etats.append(_verifier_fichier(fiche))
    except (FichierEndommage, AdherentInconnu) as exc:
        raison = exc.raison if isinstance(exc, FichierEndommage) else "fichier manquant"
        etats.append(EtatFichier(chemin=fiche, etat="endommage", detail=raison))
        endommage = True
    seances = dossier / DOSSIER_SEANCES
    if seances.is_dir():
        etats.append(_verifier_droits_dossier(seances))
        with os.scandir(seances) as entrees:
            noms = sorted(e.name for e in entrees)
        for nom in noms:
            chemin = seances / nom
            if est_temporaire(nom):
                etats.append(EtatFichier(chemin=chemin, etat="temporaire"))
                continue
            if not nom.endswith(".json") or not est_identifiant(chemin.stem):
                etats.append(EtatFichier(chemin=chemin, etat="inconnu"))
                continue
            try:
                dossiers.lire_seance(adherent_id, chemin.stem)
            except FichierEndommage as exc:
                etats.append(EtatFichier(chemin=chemin, etat="endommage", detail=exc.raison))
                endommage = True
                continue
            etats.append(_verifier_fichier(chemin))
    caches.marquer_endommage(adherent_id, endommage)
    return etats
