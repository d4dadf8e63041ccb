"""`entretien donnees …` : l'état des fichiers de données, les données de répétition."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.aides.systeme import decrire_erreur
from assistant.cli.base import erreur, sous_commandes
from assistant.config import Emplacements
from stockage import Depot, ErreurStockage, EtatFichier
from stockage.texte import rendre_visible

DOSSIER_REPETITION = "repetition"
"""Sous-dossier des données de répétition, tenues à part des vrais dossiers."""

LIBELLES_ETAT = {
    "intact": "intact",
    "endommage": "ENDOMMAGÉ",
    "temporaire": "temporaire",
    "inconnu": "inconnu",
    "permissions": "droits trop ouverts",
    "perime": "à reconstruire",
    "effacement": "à terminer",
}

REPARATIONS = {
    "temporaire": "supprimer le fichier temporaire orphelin",
    "perime": "reconstruire les caches depuis les dossiers",
    "effacement": "terminer l'effacement interrompu (noté au journal RGPD)",
    "permissions": "ramener les droits à 0600 (fichiers) ou 0700 (dossiers)",
}
"""Ce que `entretien donnees reparer` fait pour chaque état signalé par `verifier`."""


def enregistrer(sous: Any) -> None:
    """Enregistre `entretien donnees` et ses sous-commandes."""
    parser = sous.add_parser(
        "donnees",
        help="vérifier les fichiers de données, effacer la répétition",
        description="Les fichiers de données des adhérents (dossier --donnees).",
    )
    groupe = sous_commandes(parser, "commande_donnees")
    groupe.required = True

    p = groupe.add_parser(
        "verifier",
        help="vérifie chaque fichier de données (code 1 si l'un est endommagé)",
        description=(
            "Relit chaque fichier du dossier de données et de la répétition, et dit "
            "s'il est intact. Rien n'est modifié (cela marche aussi sur un disque plein "
            "ou en lecture seule) : « entretien donnees reparer » fait les réparations "
            "signalées. Code de sortie 1 si un fichier est endommagé."
        ),
    )
    p.add_argument("--problemes", action="store_true", help="n'affiche que les fichiers à problème")
    p.set_defaults(action=verifier)

    p = groupe.add_parser(
        "reparer",
        help="fait les réparations que « verifier » signale (après confirmation)",
        description=(
            "Liste puis fait les réparations signalées par « entretien donnees verifier » : "
            "fichiers temporaires orphelins supprimés, effacements interrompus terminés, "
            "droits ramenés à 0600/0700, caches reconstruits. Les fichiers endommagés ne "
            "sont jamais modifiés : restaurez-les depuis une sauvegarde."
        ),
    )
    p.add_argument("--oui", action="store_true", help="ne demande pas de confirmation")
    p.set_defaults(action=reparer)

    p = groupe.add_parser(
        "effacer-repetition",
        help="efface toutes les données de répétition",
        description="Efface le dossier des séances de répétition (les vrais dossiers restent).",
    )
    p.add_argument("--oui", action="store_true", help="ne demande pas de confirmation")
    p.set_defaults(action=effacer_repetition)


def executer(action: Callable[[], int]) -> int:
    """Exécute une action sur les données ; toute erreur prévue devient un message."""
    try:
        return action()
    except ErreurStockage as exc:
        erreur(str(exc))
        return 1
    except OSError as exc:
        erreur(f"accès impossible aux données : {decrire_erreur(exc)}.")
        return 1


def avertir(depot: Depot) -> None:
    """Écrit les avertissements du dépôt (cache refait en mémoire, journal non écrit…)."""
    for message in depot.avertissements:
        print(f"Attention : {message}", file=sys.stderr)
    depot.avertissements.clear()


def peut_demander() -> bool:
    """Vrai si une personne peut répondre à une question (entrée standard interactive)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def confirmer(question: str) -> bool:
    """Pose une question sur l'entrée standard ; seul « oui » confirme."""
    print(f"{question} Tapez « oui » pour confirmer : ", end="", flush=True)
    reponse = sys.stdin.readline()
    if not reponse:
        print()
    return reponse.strip().lower() == "oui"


def _afficher(etats: list[EtatFichier], base: Path, problemes: bool) -> None:
    for etat in etats:
        if problemes and etat.etat == "intact":
            continue
        try:
            chemin = etat.chemin.relative_to(base)
        except ValueError:
            chemin = etat.chemin
        detail = f" : {etat.detail}" if etat.detail else ""
        ligne = f"{LIBELLES_ETAT[etat.etat]:<20} {chemin}{detail}"
        print(rendre_visible(ligne, une_ligne=True))  # un nom de fichier ne fait pas de ligne


def verifier(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien donnees verifier`."""

    def action() -> int:
        base = emplacements.donnees
        if not base.is_dir():
            print(f"Le dossier de données {base} n'existe pas encore : rien à vérifier.")
            return 0
        dossiers = [base]
        if (base / DOSSIER_REPETITION).is_dir():
            dossiers.append(base / DOSSIER_REPETITION)
        tous: list[EtatFichier] = []
        for dossier in dossiers:
            with Depot.ouvrir(dossier, lecture_seule=True) as depot:
                etats = depot.verifier()
                avertir(depot)
            _afficher(etats, base, args.problemes)
            tous.extend(etats)
        endommages = sum(1 for etat in tous if etat.endommage)
        autres = sum(1 for etat in tous if etat.etat not in ("intact", "endommage"))
        print(
            f"{len(tous)} fichier(s) vérifié(s) dans {base} : "
            f"{endommages} endommagé(s), {autres} autre(s) remarque(s)."
        )
        if any(etat.etat in REPARATIONS for etat in tous):
            print("« entretien donnees reparer » peut faire les réparations signalées.")
        if endommages:
            erreur(
                "des fichiers sont endommagés. Ils n'ont pas été modifiés ; restaurez-les "
                "depuis une sauvegarde ou effacez les dossiers concernés."
            )
            return 1
        return 0

    return executer(action)


def reparer(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien donnees reparer [--oui]`."""

    def action() -> int:
        base = emplacements.donnees
        if not base.is_dir():
            print(f"Le dossier de données {base} n'existe pas : rien à réparer.")
            return 0
        dossiers = [base]
        if (base / DOSSIER_REPETITION).is_dir():
            dossiers.append(base / DOSSIER_REPETITION)
        a_faire: list[tuple[Path, list[EtatFichier]]] = []
        endommages: list[EtatFichier] = []
        for dossier in dossiers:
            with Depot.ouvrir(dossier, lecture_seule=True) as depot:
                etats = depot.verifier()
            endommages += [etat for etat in etats if etat.endommage]
            reparables = [etat for etat in etats if etat.etat in REPARATIONS]
            if reparables:
                a_faire.append((dossier, reparables))
        for etat in endommages:
            print(f"Endommagé, laissé tel quel : {etat.chemin} ({etat.detail})")
        if not a_faire:
            print("Rien à réparer.")
            return 1 if endommages else 0
        print("Réparations à faire :")
        for _dossier, etats in a_faire:
            for etat in etats:
                print(f"  {etat.chemin} : {REPARATIONS[etat.etat]}")
        if not args.oui:
            if not peut_demander():
                erreur(
                    "confirmation impossible sans terminal : relancez avec --oui pour "
                    "réparer sans question. Rien n'a été modifié."
                )
                return 2
            if not confirmer("Faire ces réparations ?"):
                print("Réparation annulée : rien n'a été modifié.")
                return 1
        for dossier, _etats in a_faire:
            with Depot.ouvrir(dossier) as depot:
                for fait in depot.reparer():
                    print(f"  fait : {fait}")
                avertir(depot)
        print("Réparations terminées.")
        return 1 if endommages else 0

    return executer(action)


def effacer_repetition(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien donnees effacer-repetition`."""

    def action() -> int:
        dossier = emplacements.donnees / DOSSIER_REPETITION
        if not dossier.is_dir():
            print("Aucune donnée de répétition.")
            return 0
        if not args.oui and not confirmer(
            f"Effacer toutes les données de répétition ({dossier}) ?"
        ):
            print("Effacement annulé.")
            return 1
        from assistant.repetition.journal import effacer_retours

        effacer_retours(emplacements.donnees)
        Depot.detruire(dossier)
        print("Données de répétition effacées.")
        return 0

    return executer(action)
