"""`entretien rgpd exporter|effacer|purger|consentement` : les droits des personnes.

Chaque opération est notée dans le journal d'audit du dossier de données
(`journal_rgpd.jsonl` : heure, événement, nombres ; ni donnée personnelle ni
identifiant).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from assistant.cli.base import erreur
from assistant.cli.donnees import avertir, confirmer, executer
from assistant.config import Emplacements
from assistant.export.rgpd import markdown_export
from stockage import Depot, ResumeAdherent
from stockage.fichiers import creer_dossier, ecrire_atomique
from stockage.modeles import CONSERVATION_MAX_MOIS, est_identifiant
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

    p = sous.add_parser(
        "consentement",
        help="montre l'historique du consentement d'un adhérent, ou le retire",
        description=(
            "Sans action : l'historique du consentement (donné, refusé, retiré, formulaire "
            "signé), du plus ancien au plus récent. « retirer » : l'adhérent retire son "
            "consentement à partir d'aujourd'hui ; les étapes personnelles des entretiens "
            "suivants sont exclues. Ce qui a été enregistré avant reste au dossier jusqu'à "
            "une demande d'effacement (entretien rgpd effacer)."
        ),
    )
    p.add_argument(
        "elements",
        metavar="[retirer] ADHERENT",
        nargs="+",
        help="« retirer » (facultatif) puis l'identifiant ou le nom exact de l'adhérent",
    )
    p.set_defaults(action=consentement)


def _mois(texte: str) -> int:
    try:
        valeur = int(texte)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {texte} » n'est pas un nombre de mois") from None
    if not 1 <= valeur <= CONSERVATION_MAX_MOIS:
        raise argparse.ArgumentTypeError(
            f"la durée doit aller de 1 à {CONSERVATION_MAX_MOIS} mois (comme "
            "« conservation_mois » dans reglages.json)"
        )
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
        with Depot.ouvrir(emplacements.donnees, lecture_seule=True) as depot:
            resume = trouver_adherent(depot, args.adherent)
            if resume is None:
                return 1
            export = depot.exporter(resume.id)
            avertir(depot)
        donnees, texte = export.donnees, markdown_export(export)
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
        illisibles = donnees.get("fichiers_illisibles", [])
        if illisibles:
            erreur(
                f"{len(illisibles)} fichier(s) de séance illisible(s), absents de l'export "
                "(listés à la fin du Markdown) : "
                + ", ".join(illisibles)
                + ". Restaurez-les depuis une sauvegarde puis refaites l'export."
            )
            return 1
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
            avertir(depot)
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
            avertir(depot)
        print(f"{len(effaces)} dossier(s) effacé(s).")
        return 0

    return executer(action)


def consentement(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien rgpd consentement [retirer] ADHERENT`."""
    from assistant.aides.compte_rendu import phrase_consentement_en_vigueur
    from assistant.aides.dates import formater_date

    elements: list[str] = list(args.elements)
    retirer = len(elements) > 1 and elements[0].casefold() == "retirer"
    if retirer:
        elements = elements[1:]
    if len(elements) != 1:
        erreur(
            "indiquez un seul adhérent : entretien rgpd consentement [retirer] ADHERENT "
            "(entre guillemets si le nom contient des espaces)."
        )
        return 2

    def action() -> int:
        with Depot.ouvrir(emplacements.donnees) as depot:
            resume = trouver_adherent(depot, elements[0])
            if resume is None:
                return 1
            adherent = depot.adherent(resume.id)
            if retirer:
                en_vigueur = adherent.consentement_en_vigueur()
                if en_vigueur is None or en_vigueur.type != "donne":
                    erreur(
                        f"le consentement de {resume.nom} n'est pas en vigueur (« "
                        + ("non recueilli" if en_vigueur is None else en_vigueur.libelle)
                        + " ») : il n'y a rien à retirer."
                    )
                    return 1
                maintenant = dt.datetime.now().astimezone()
                adherent.ajouter_consentement("retire", maintenant.date(), le=maintenant)
                depot.enregistrer_adherent(adherent)
                print(
                    f"Consentement de {resume.nom} retiré le {formater_date(maintenant.date())}. "
                    "Les étapes personnelles des prochains entretiens seront exclues ; ce qui "
                    "a été enregistré avant reste au dossier jusqu'à une demande d'effacement "
                    "(entretien rgpd effacer)."
                )
                return 0
            print(f"{resume.nom} ({resume.id})")
            print(phrase_consentement_en_vigueur(adherent.consentements))
            for evenement in adherent.consentements:
                source = (
                    f"{evenement.conducteur} {evenement.version}".strip()
                    if evenement.conducteur
                    else "depuis le dossier"
                )
                print(f"  {formater_date(evenement.date)} : {evenement.libelle} ({source})")
            return 0

    return executer(action)
