"""`entretien rgpd exporter|effacer|purger` : les droits des personnes sur leurs dossiers.

Chaque opération est notée dans le journal d'audit du dossier de données
(`journal_rgpd.jsonl` : heure, événement, identifiant, sans donnée personnelle).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from assistant.cli.base import erreur
from assistant.cli.donnees import confirmer, executer
from assistant.config import Emplacements
from stockage import Depot, ResumeAdherent
from stockage.fichiers import creer_dossier, ecrire_atomique
from stockage.modeles import est_identifiant
from stockage.texte import rendre_visible


def _visible(texte: object) -> str:
    """Un nom, un chemin ou un texte tapé, sûr sur une ligne de sortie."""
    return rendre_visible(str(texte), une_ligne=True)


def enregistrer(sous: Any) -> None:
    """Enregistre `exporter`, `effacer` et `purger` dans le groupe `rgpd`."""
    p = sous.add_parser(
        "exporter",
        help="exporte tout le dossier d'un adhérent (JSON et Markdown)",
        description=(
            "Droit d'accès : écrit tout ce qui est conservé sur une personne, en JSON "
            "et en Markdown lisible. Les fichiers produits contiennent des données "
            "personnelles : remettez-les à la personne puis supprimez-les."
        ),
    )
    p.add_argument("adherent", metavar="ADHERENT", help="identifiant ou nom exact de l'adhérent")
    p.add_argument(
        "--sortie",
        metavar="DOSSIER",
        default=".",
        help="dossier où écrire les fichiers (défaut : dossier courant)",
    )
    p.set_defaults(action=exporter)

    p = sous.add_parser(
        "effacer",
        help="efface définitivement le dossier d'un adhérent",
        description=(
            "Droit à l'effacement : supprime la fiche, les séances et toute trace de "
            "l'adhérent dans le dossier de données (index et recherche compris)."
        ),
    )
    p.add_argument("adherent", metavar="ADHERENT", help="identifiant ou nom exact de l'adhérent")
    p.add_argument("--oui", action="store_true", help="ne demande pas de confirmation")
    p.set_defaults(action=effacer)

    p = sous.add_parser(
        "purger",
        help="efface les dossiers sans contact depuis la durée de conservation",
        description=(
            "Liste puis efface les dossiers sans contact depuis plus de N mois (par "
            "défaut « conservation_mois » de reglages.json dans le dossier de "
            "données, sinon 24 mois)."
        ),
    )
    p.add_argument("--simulation", action="store_true", help="liste sans rien effacer")
    p.add_argument("--mois", metavar="N", type=_mois, help="durée de conservation en mois")
    p.add_argument("--oui", action="store_true", help="ne demande pas de confirmation")
    p.set_defaults(action=purger)


def _mois(texte: str) -> int:
    try:
        valeur = int(texte)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {texte} » n'est pas un nombre de mois") from None
    if valeur < 1:
        raise argparse.ArgumentTypeError("la durée doit être d'au moins 1 mois")
    return valeur


def _date(resume: ResumeAdherent) -> str:
    contact = resume.dernier_contact or resume.cree_le
    return contact.strftime("%d/%m/%Y")


def trouver_adherent(depot: Depot, designation: str) -> ResumeAdherent | None:
    """L'adhérent désigné par son identifiant ou son nom exact.

    Écrit un message et rend None s'il est introuvable ou si le nom est ambigu."""
    if est_identifiant(designation):
        identifiant = designation.strip().lower()
        for resume in depot.adherents():
            if resume.id == identifiant:
                return resume
    trouves = depot.adherents_nommes(designation)
    if len(trouves) == 1:
        return trouves[0]
    designation = _visible(designation)
    if not trouves:
        erreur(
            f"aucun adhérent ne s'appelle « {designation} » ni n'a cet identifiant. "
            "La liste des adhérents est dans l'assistant (écran d'accueil)."
        )
        return None
    lignes = "\n".join(
        f"  {r.id}  (créé le {r.cree_le:%d/%m/%Y}, {r.nombre_seances} séance(s))" for r in trouves
    )
    erreur(
        f"plusieurs adhérents s'appellent « {designation} » ; indiquez l'identifiant :\n{lignes}"
    )
    return None


def exporter(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien rgpd exporter ADHERENT [--sortie DOSSIER]`."""

    def action() -> int:
        sortie = Path(args.sortie).expanduser()
        if sortie.exists() and not sortie.is_dir():
            erreur(f"{_visible(sortie)} n'est pas un dossier : indiquez un dossier avec --sortie.")
            return 2
        with Depot.ouvrir(emplacements.donnees) as depot:
            resume = trouver_adherent(depot, args.adherent)
            if resume is None:
                return 1
            donnees, texte = depot.exporter(resume.id)
        creer_dossier(sortie)
        base = sortie / f"export-{resume.id}"
        json_chemin = base.with_suffix(".json")
        md_chemin = base.with_suffix(".md")
        contenu = json.dumps(donnees, ensure_ascii=False, indent=2) + "\n"
        ecrire_atomique(json_chemin, contenu.encode("utf-8"))
        ecrire_atomique(md_chemin, texte.encode("utf-8"))
        print(f"Export de {_visible(resume.nom)} ({resume.id}) :")
        print(f"  {_visible(json_chemin)}")
        print(f"  {_visible(md_chemin)}")
        print(
            "Ces fichiers contiennent des données personnelles : remettez-les à la "
            "personne, puis supprimez-les."
        )
        return 0

    return executer(action)


def effacer(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien rgpd effacer ADHERENT [--oui]`."""

    def action() -> int:
        with Depot.ouvrir(emplacements.donnees) as depot:
            resume = trouver_adherent(depot, args.adherent)
            if resume is None:
                return 1
            question = (
                f"Effacer définitivement le dossier de {_visible(resume.nom)} ({resume.id}, "
                f"{resume.nombre_seances} séance(s)) ? Rien ne pourra être récupéré."
            )
            if not args.oui and not confirmer(question):
                print("Effacement annulé : rien n'a été modifié.")
                return 1
            depot.effacer(resume.id)
        print(f"Dossier {resume.id} effacé.")
        return 0

    return executer(action)


def purger(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien rgpd purger [--simulation] [--mois N] [--oui]`."""

    def action() -> int:
        with Depot.ouvrir(emplacements.donnees) as depot:
            mois = args.mois or depot.reglages().conservation_mois
            resumes = depot.a_purger(mois)
            if not resumes:
                print(f"Aucun dossier sans contact depuis plus de {mois} mois.")
                return 0
            print(f"{len(resumes)} dossier(s) sans contact depuis plus de {mois} mois :")
            for resume in resumes:
                nom = _visible(resume.nom)
                print(f"  {resume.id}  {nom}  (dernier contact le {_date(resume)})")
            if args.simulation:
                print("Simulation : rien n'a été effacé.")
                return 0
            if not args.oui and not confirmer(f"Effacer ces {len(resumes)} dossier(s) ?"):
                print("Purge annulée : rien n'a été modifié.")
                return 1
            effaces = depot.purger(mois)
        print(f"{len(effaces)} dossier(s) effacé(s).")
        return 0

    return executer(action)
