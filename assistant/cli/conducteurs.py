"""`entretien conducteurs …` : lister, montrer, valider, créer les conducteurs."""

from __future__ import annotations

import argparse
import os
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.aides.presentation import presenter
from assistant.aides.systeme import raison_systeme
from assistant.cli.base import erreur, sous_commandes
from assistant.config import Emplacements
from conducteurs.chargeur import (
    Catalogue,
    Probleme,
    charger_catalogue,
    valider_fichiers,
)
from conducteurs.modele import Conducteur, est_identifiant
from stockage.texte import rendre_visible


def enregistrer(sous: Any) -> None:
    """Enregistre `entretien conducteurs` et ses sous-commandes."""
    parser = sous.add_parser(
        "conducteurs",
        help="lister, montrer, valider ou créer des conducteurs d'entretien",
        description="Les conducteurs d'entretien : intégrés ou propres à la structure.",
    )
    groupe = sous_commandes(parser, "commande_conducteurs")
    groupe.required = True

    p = groupe.add_parser("lister", help="liste les conducteurs disponibles")
    p.set_defaults(action=lister)

    p = groupe.add_parser("montrer", help="affiche un conducteur sous forme de tableaux")
    p.add_argument("identifiant", metavar="ID", help="identifiant du conducteur")
    p.set_defaults(action=montrer)

    p = groupe.add_parser(
        "valider",
        help="vérifie des fichiers de conducteurs",
        description=(
            "Vérifie des fichiers ou dossiers de conducteurs. Sans chemin : les "
            "conducteurs intégrés et ceux du dossier de la structure."
        ),
    )
    p.add_argument("chemins", metavar="CHEMIN", nargs="*", help="fichier .yaml ou dossier")
    p.set_defaults(action=valider)

    p = groupe.add_parser(
        "nouveau", help="crée un modèle de conducteur dans le dossier de la structure"
    )
    p.add_argument("identifiant", metavar="ID", help="identifiant du nouveau conducteur")
    p.set_defaults(action=nouveau)

    p = groupe.add_parser(
        "schema", help="affiche la machine à états d'un conducteur (diagramme Mermaid)"
    )
    p.add_argument("identifiant", metavar="ID", help="identifiant du conducteur")
    p.set_defaults(action=schema)


# ----------------------------------------------------------------- communs
def _une_ligne(texte: str) -> str:
    """Un texte venu d'un fichier ou de la commande, sûr sur une ligne de sortie."""
    return rendre_visible(texte, une_ligne=True)


def _probleme(probleme: Probleme) -> str:
    """Le problème, chaque valeur rendue visible (un nom de fichier ne fabrique pas de ligne)."""
    return probleme.texte(_une_ligne)


def _catalogue(emplacements: Emplacements) -> Catalogue:
    catalogue = charger_catalogue(emplacements.conducteurs)
    for probleme in catalogue.problemes:
        erreur(f"conducteur ignoré : {_probleme(probleme)}")
    return catalogue


def _conducteur(emplacements: Emplacements, identifiant: str) -> Conducteur | None:
    catalogue = _catalogue(emplacements)
    try:
        return catalogue.get(identifiant)
    except KeyError as exc:
        erreur(_une_ligne(str(exc.args[0])))
        return None


def _tableau(lignes: list[list[str]], entetes: list[str]) -> str:
    lignes = [[_une_ligne(c) for c in cellules] for cellules in lignes]
    largeurs = [max(len(x) for x in colonne) for colonne in zip(entetes, *lignes, strict=False)]

    def ligne(cellules: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cellules, largeurs, strict=False)).rstrip()

    return "\n".join(
        [ligne(entetes), ligne(["─" * w for w in largeurs])]
        + [ligne(cellules) for cellules in lignes]
    )


# ----------------------------------------------------------------- lister
def lister(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Le tableau des conducteurs disponibles."""
    catalogue = _catalogue(emplacements)
    lignes = [
        [
            e.conducteur.identifiant,
            e.conducteur.titre,
            e.conducteur.phase.value,
            f"{e.conducteur.duree_minutes} min",
            str(e.conducteur.nombre_etapes),
            e.origine,
        ]
        for e in catalogue.tries()
    ]
    print(_tableau(lignes, ["Identifiant", "Titre", "Phase", "Durée", "Étapes", "Origine"]))
    dossier = _une_ligne(str(emplacements.conducteurs))
    print(f"\n{len(lignes)} conducteurs. Dossier de la structure : {dossier}")
    return 1 if catalogue.problemes else 0


def montrer(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Affiche un conducteur sous forme de tableaux lisibles."""
    conducteur = _conducteur(emplacements, args.identifiant)
    if conducteur is None:
        return 1
    print(rendre_visible(presenter(conducteur)))
    return 0


# ----------------------------------------------------------------- valider
def valider(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Valide des fichiers : 0 s'ils sont tous valides, 1 sinon."""
    from conducteurs.persona import DOSSIER_PERSONAS, charger_personas, valider_personas

    problemes: list[Probleme]
    catalogue = charger_catalogue(emplacements.conducteurs)
    if args.chemins:
        chemins = [Path(c) for c in args.chemins]
        # Un fichier rangé dans un dossier « personas » est une persona ; un dossier
        # de conducteurs est vérifié avec son sous-dossier « personas ».
        personas = [c for c in chemins if DOSSIER_PERSONAS in c.parts]
        personas += [
            c / DOSSIER_PERSONAS for c in chemins if c.is_dir() and (c / DOSSIER_PERSONAS).is_dir()
        ]
        guides = [c for c in chemins if DOSSIER_PERSONAS not in c.parts]
        valides, problemes = valider_fichiers(guides) if guides else (0, [])
        nombre_personas, autres = valider_personas(personas, catalogue) if personas else (0, [])
        problemes = problemes + autres
    else:
        catalogue_personas = charger_personas(emplacements.conducteurs, catalogue)
        valides, nombre_personas = len(catalogue), len(catalogue_personas)
        problemes = list(catalogue.problemes) + list(catalogue_personas.problemes)
    if problemes:
        fichiers = {p.fichier for p in problemes}
        print(
            f"{len(problemes)} problème(s) dans {len(fichiers)} fichier(s) "
            f"({valides} conducteur(s) valide(s)) :\n"
        )
        for probleme in problemes:
            print(f"✗ {_probleme(probleme)}\n")
        return 1
    suite = f", {nombre_personas} personas valides" if nombre_personas else ""
    print(f"{valides} conducteurs valides{suite}")
    return 0


# ----------------------------------------------------------------- nouveau
def gabarit(identifiant: str, fichier: Path) -> str:
    """Le modèle commenté d'un nouveau conducteur."""
    texte = (resources.files("conducteurs") / "modele_nouveau.yaml.txt").read_text("utf-8")
    return texte.replace("{identifiant}", identifiant).replace("{fichier}", str(fichier))


def nouveau(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Écrit un modèle de conducteur dans le dossier de la structure."""
    identifiant = args.identifiant
    if not est_identifiant(identifiant):
        erreur(
            f"« {identifiant} » n'est pas un identifiant valide : utilisez des minuscules "
            "sans accents, des chiffres et des tirets (par exemple « bilan-immersion »)."
        )
        return 2
    dossier = emplacements.conducteurs
    fichier = dossier / f"{identifiant}.yaml"
    if fichier.exists():
        erreur(f"le fichier {fichier} existe déjà ; il n'a pas été modifié.")
        return 1
    try:
        # `mkdir(parents=True)` ne donne pas `mode` aux parents : le dossier de
        # données serait créé lisible par tous. Chaque dossier manquant en 0700.
        for manquant in reversed([d for d in (dossier, *dossier.parents) if not d.exists()]):
            manquant.mkdir(mode=0o700, exist_ok=True)
        with open(fichier, "x", encoding="utf-8") as sortie:
            sortie.write(gabarit(identifiant, fichier))
        os.chmod(fichier, 0o600)
    except OSError as exc:
        erreur(f"impossible d'écrire {fichier} ({raison_systeme(exc)}).")
        return 1
    catalogue = charger_catalogue(None)
    remplace = (
        " Il remplacera le conducteur intégré du même identifiant."
        if (identifiant in catalogue)
        else ""
    )
    print(f"Modèle écrit : {fichier}.{remplace}")
    print(f"Complétez-le, puis vérifiez-le avec : entretien conducteurs valider {fichier}")
    return 0


# ----------------------------------------------------------------- schema
def schema(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Le diagramme Mermaid de la machine à états du conducteur."""
    conducteur = _conducteur(emplacements, args.identifiant)
    if conducteur is None:
        return 1
    from etats import mermaid

    print(rendre_visible(mermaid(conducteur)))
    return 0
