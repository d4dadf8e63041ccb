"""`entretien historique …` : ouvrir l'historique, lister un parcours, exporter.

    entretien historique [ADHERENT]
    entretien historique lister ADHERENT
    entretien historique exporter ADHERENT [--seance ID] [--format md|docx]
                                  [--sortie FICHIER] [--ecraser]

ADHERENT est l'identifiant du dossier ou le nom exact de l'adhérent.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.cli.base import AnalyseurFrancais, erreur
from assistant.cli.donnees import avertir, executer
from assistant.config import Emplacements
from assistant.export.fichiers import Format, format_du_chemin
from stockage.texte import rendre_visible

SOUS_COMMANDES = ("exporter", "lister")

DESCRIPTION = """\
Relire les séances passées et suivre le parcours de chaque adhérent.

  entretien historique [ADHERENT]
      ouvre l'historique dans l'assistant, sur cet adhérent s'il est indiqué
      (identifiant ou nom ; un nom partiel préremplit la recherche) ;

  entretien historique lister ADHERENT
      affiche le parcours : chaque séance avec sa date, son type, sa durée,
      son statut, son identifiant et les tâches demandées ;

  entretien historique exporter ADHERENT [--seance ID] [--format md|docx]
                                [--sortie FICHIER] [--ecraser]
      exporte tout le dossier, ou une seule séance, en Markdown ou en Word.
      Détails : « entretien historique exporter --help ».
"""


DESCRIPTION_EXPORT = """\
Exporte tout le dossier d'un adhérent (fiche, parcours, puis chaque séance avec
sa conversation, son compte rendu, sa fiche Visual Course et ses tâches), ou
une seule séance, en Markdown ou en Word (.docx).

Les dates sont écrites en français ; le nom de la structure vient du réglage
« nom_structure » de reglages.json (dossier de données). Le fichier contient
des données personnelles : il est créé lisible par vous seul (droits 0600), et
l'export est noté dans le journal d'audit RGPD.
"""


def enregistrer(sous: Any) -> None:
    """Enregistre `entretien historique`."""
    p = sous.add_parser(
        "historique",
        help="relire les séances, suivre les parcours, exporter",
        description=DESCRIPTION,
        epilog=(
            "Exemples :\n"
            "  entretien historique\n"
            '  entretien historique "Marie Dupont"\n'
            '  entretien historique lister "Marie Dupont"\n'
            '  entretien historique exporter "Marie Dupont" --format docx\n'
            '  entretien historique exporter "Marie Dupont" --seance 3f2a --sortie seance.md'
        ),
    )
    p.add_argument(
        "adherent",
        nargs="?",
        metavar="ADHERENT",
        help="identifiant ou nom de l'adhérent à ouvrir, ou « lister », « exporter »",
    )
    p.add_argument("reste", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    p.set_defaults(action=historique)


def analyseur_exporter() -> argparse.ArgumentParser:
    """L'analyseur de `entretien historique exporter`."""
    p = AnalyseurFrancais(
        prog="entretien historique exporter",
        description=DESCRIPTION_EXPORT,
    )
    p.add_argument("adherent", metavar="ADHERENT", help="identifiant ou nom exact de l'adhérent")
    p.add_argument(
        "--seance",
        metavar="ID",
        help="n'exporte que cette séance (identifiant, ou son début : voir "
        "« entretien historique lister »)",
    )
    p.add_argument(
        "--format",
        choices=("md", "docx"),
        help="md (Markdown) ou docx (Word) ; défaut : d'après l'extension de --sortie, sinon md",
    )
    p.add_argument(
        "--sortie",
        metavar="FICHIER",
        help="fichier à écrire (défaut : un nom tiré de l'adhérent, dans le dossier "
        "courant) ; si c'est un dossier, le fichier y est créé",
    )
    p.add_argument("--ecraser", action="store_true", help="remplace le fichier s'il existe déjà")
    return p


def analyseur_lister() -> argparse.ArgumentParser:
    """L'analyseur de `entretien historique lister`."""
    p = AnalyseurFrancais(
        prog="entretien historique lister",
        description="Affiche le parcours d'un adhérent : ses séances et les tâches demandées.",
    )
    p.add_argument("adherent", metavar="ADHERENT", help="identifiant ou nom exact de l'adhérent")
    return p


def historique(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien historique [ADHERENT]`, `… lister`, `… exporter`."""
    if args.adherent == "exporter":
        return exporter(analyseur_exporter().parse_args(args.reste), emplacements)
    if args.adherent == "lister":
        return lister(analyseur_lister().parse_args(args.reste), emplacements)
    options = [a for a in args.reste if a.startswith("-")]
    if options:
        erreur(f"option inconnue : {options[0]}. Voir « entretien historique --help ».")
        return 2
    designation = " ".join([args.adherent or "", *args.reste]).strip() or None
    return ouvrir(designation, emplacements)


def ouvrir(designation: str | None, emplacements: Emplacements) -> int:
    """Ouvre l'assistant sur l'historique (et sur l'adhérent désigné)."""
    from assistant.cli.interface import _lancer

    if designation is None:
        return _lancer(emplacements, "historique")

    def verifier() -> int:
        from stockage import Depot
        from stockage.modeles import est_identifiant

        with Depot.ouvrir(emplacements.donnees, lecture_seule=True) as depot:
            if est_identifiant(designation):
                ident = designation.lower()
                if any(r.id == ident for r in depot.adherents()):
                    return 0
            if not depot.chercher_adherents(designation):
                erreur(
                    f"aucun adhérent ne s'appelle « {rendre_visible(designation, une_ligne=True)} "
                    "» ni n'a cet identifiant. Lancez « entretien historique » pour voir la liste."
                )
                return 1
        return 0

    code = executer(verifier)
    if code:
        return code
    return _lancer(emplacements, "historique", adherent=designation)


def _trouver_seance(seances: list[Any], designation: str) -> Any | None:
    """La séance dont l'identifiant est `designation` ou commence par lui (sans ambiguïté)."""
    cle = designation.strip().lower()
    designation = rendre_visible(designation, une_ligne=True)  # pour les messages
    exactes = [s for s in seances if s.id == cle]
    if exactes:
        return exactes[0]
    if len(cle) < 4:
        erreur("indiquez au moins les 4 premiers caractères de l'identifiant de la séance.")
        return None
    debuts = [s for s in seances if s.id.startswith(cle)]
    if len(debuts) == 1:
        return debuts[0]
    if not debuts:
        erreur(
            f"aucune séance « {designation} » dans ce dossier. La liste des séances : "
            "« entretien historique lister ADHERENT »."
        )
    else:
        erreur(f"plusieurs séances commencent par « {designation} » : précisez l'identifiant.")
    return None


def _destination(
    args: argparse.Namespace, nom_par_defaut: Callable[[Format], str]
) -> tuple[Path, Format] | str:
    """(chemin, format) à écrire d'après --sortie et --format, ou un message d'erreur."""
    demande: Format | None = args.format
    if not args.sortie:
        format_ = demande or "md"
        return Path.cwd() / nom_par_defaut(format_), format_
    chemin = Path(args.sortie).expanduser()
    if chemin.is_dir():
        format_ = demande or "md"
        return chemin / nom_par_defaut(format_), format_
    suggere = format_du_chemin(chemin)
    if suggere is None:
        if chemin.suffix and demande is None:
            return (
                f"l'extension « {chemin.suffix} » n'est pas reconnue : écrivez un nom "
                "en .md ou en .docx, ou indiquez --format md ou --format docx."
            )
        format_ = demande or "md"
        return chemin.with_name(f"{chemin.name}.{format_}"), format_
    if demande is not None and demande != suggere:
        return (
            f"le fichier {chemin.name} a l'extension {chemin.suffix}, qui ne correspond "
            f"pas au format « {demande} » demandé."
        )
    return chemin, suggere


def exporter(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien historique exporter ADHERENT [--seance ID] [--format] [--sortie] [--ecraser]`."""
    from assistant.cli.rgpd_donnees import trouver_adherent
    from assistant.export.fichiers import (
        exporter_dossier,
        exporter_seance,
        nom_fichier,
        seances_lisibles,
        verifier_destination,
    )
    from conducteurs.chargeur import charger_catalogue
    from stockage import Depot

    def action() -> int:
        with Depot.ouvrir(emplacements.donnees, lecture_seule=True) as depot:
            resume = trouver_adherent(depot, args.adherent)
            if resume is None:
                return 1
            seance = None
            if args.seance:
                seances, _ = seances_lisibles(depot, resume.id)
                seance = _trouver_seance(seances, args.seance)
                if seance is None:
                    return 1
            destination = _destination(args, lambda f: nom_fichier(resume.nom, f, seance))
            if isinstance(destination, str):
                erreur(rendre_visible(destination, une_ligne=True))
                return 2
            chemin, format_ = destination
            probleme = verifier_destination(chemin, args.ecraser)
            if probleme is not None:
                if chemin.exists() and not args.ecraser and not chemin.is_dir():
                    probleme += " (option --ecraser pour le remplacer)"
                erreur(rendre_visible(probleme, une_ligne=True))
                return 1
            catalogue = charger_catalogue(emplacements.conducteurs)
            if seance is not None:
                exporter_seance(depot, catalogue, seance.id, chemin, format_)
                quoi = "Séance exportée"
            else:
                exporter_dossier(depot, catalogue, resume.id, chemin, format_)
                quoi = "Dossier exporté"
            avertir(depot)
        logiciel = "Word" if format_ == "docx" else "Markdown"
        print(f"{quoi} ({logiciel}) : {rendre_visible(str(chemin), une_ligne=True)}")
        print(
            "Ce fichier contient des données personnelles : transmettez-le par un moyen "
            "sûr, puis supprimez-le s'il n'est plus utile."
        )
        return 0

    return executer(action)


def lister(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien historique lister ADHERENT`."""
    from assistant.aides.dates import formater_duree
    from assistant.cli.rgpd_donnees import trouver_adherent
    from assistant.export.lecture import (
        LIBELLES_PHASE,
        date_courte,
        duree_minutes,
        heure,
        suivi_taches,
    )
    from stockage import Depot
    from stockage.modeles import LIBELLES_STATUT_SEANCE

    def action() -> int:
        with Depot.ouvrir(emplacements.donnees, lecture_seule=True) as depot:
            resume = trouver_adherent(depot, args.adherent)
            if resume is None:
                return 1
            lues, illisibles = depot.seances_lisibles(resume.id)
            seances = [s for s in lues if not s.repetition]
            avertir(depot)

        # Chaque ligne est rendue visible en entier : un texte enregistré ne fabrique
        # pas de ligne et n'envoie rien au terminal.
        def afficher(ligne: str) -> None:
            print(rendre_visible(ligne, une_ligne=True))

        afficher(f"{resume.nom} ({resume.id}) : {len(seances)} séance(s)")
        for s in seances:
            duree = duree_minutes(s)
            afficher(
                f"  {date_courte(s.debut)} {heure(s.debut):>5}  "
                f"{s.conducteur_titre or s.conducteur_id}  "
                f"({LIBELLES_PHASE.get(s.phase, s.phase) or '—'}, "
                f"{formater_duree(duree) if duree is not None else '—'}, "
                f"{LIBELLES_STATUT_SEANCE.get(s.statut, s.statut)})  {s.id}"
            )
            for tache in suivi_taches(s.taches):
                afficher(f"      • {tache.libelle} — {tache.evolution}")
        if illisibles:
            for illisible in illisibles:
                erreur(
                    rendre_visible(
                        f"séance illisible : {illisible.chemin} ({illisible.raison}).",
                        une_ligne=True,
                    )
                )
            erreur(
                f"{len(illisibles)} fichier(s) de séance illisible(s), les autres sont "
                "listées ci-dessus. Restaurez-les depuis une sauvegarde ; détail : "
                "« entretien donnees verifier »."
            )
            return 1
        return 0

    return executer(action)
