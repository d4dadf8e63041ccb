"""`entretien conducteurs …` : lister, montrer, valider, créer les conducteurs."""

from __future__ import annotations

import argparse
import os
import textwrap
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.cli.base import erreur, sous_commandes
from assistant.config import Emplacements
from conducteurs.chargeur import (
    Catalogue,
    Probleme,
    charger_catalogue,
    valider_fichiers,
)
from conducteurs.modele import (
    LIBELLES_CADRE,
    LIBELLES_SEQUENCE,
    Conducteur,
    est_identifiant,
)

LARGEUR = 80

LIBELLES_TYPE = {
    "texte": "texte libre",
    "choix": "choix unique",
    "choix_multiple": "choix multiple",
    "oui_non": "oui / non",
    "date_heure": "date et heure",
    "duree": "durée",
    "taches": "liste de tâches",
    "liste_controle": "liste à cocher",
}


def enregistrer(sous: Any) -> None:
    """Enregistre `entretien conducteurs` et ses sous-commandes."""
    parser = sous.add_parser(
        "conducteurs", help="lister, montrer, valider ou créer des conducteurs d'entretien",
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
        "valider", help="vérifie des fichiers de conducteurs",
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
def _catalogue(emplacements: Emplacements) -> Catalogue:
    catalogue = charger_catalogue(emplacements.conducteurs)
    for probleme in catalogue.problemes:
        erreur(f"conducteur ignoré : {probleme}")
    return catalogue


def _conducteur(emplacements: Emplacements, identifiant: str) -> Conducteur | None:
    catalogue = _catalogue(emplacements)
    try:
        return catalogue.get(identifiant)
    except KeyError as exc:
        erreur(str(exc.args[0]))
        return None


def _tableau(lignes: list[list[str]], entetes: list[str]) -> str:
    largeurs = [max(len(x) for x in colonne) for colonne in zip(entetes, *lignes, strict=False)]
    def ligne(cellules: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cellules, largeurs, strict=False)).rstrip()
    return "\n".join(
        [ligne(entetes), ligne(["─" * w for w in largeurs])] + [ligne(l) for l in lignes]
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
    print(f"\n{len(lignes)} conducteurs. Dossier de la structure : {emplacements.conducteurs}")
    return 1 if catalogue.problemes else 0


# ----------------------------------------------------------------- montrer
def _para(texte: str, retrait: str = "", premier: str | None = None) -> list[str]:
    return textwrap.wrap(
        " ".join(texte.split()), width=LARGEUR,
        initial_indent=premier if premier is not None else retrait,
        subsequent_indent=retrait, break_long_words=True, break_on_hyphens=False,
    ) or [premier or retrait]


def _titre(texte: str, car: str = "═") -> list[str]:
    return ["", texte, car * min(LARGEUR, len(texte))]


def presenter(conducteur: Conducteur) -> str:
    """Le conducteur mis en page comme les tableaux du document, sur 80 colonnes."""
    c = conducteur
    lignes: list[str] = []
    lignes += _para(f"{c.titre} ({c.identifiant}, version {c.version})")
    lignes.append("═" * LARGEUR)
    lignes += _para(
        f"Phase : {c.phase.value} · Durée prévue : {c.duree_minutes} min · "
        f"{c.nombre_etapes} étapes"
    )
    if c.description:
        lignes += _para(c.description)

    lignes += _titre("1. LE CADRE DE L'ENTRETIEN")
    def rubrique(nom: str, valeurs: list[str] | str) -> None:
        lignes.append(f"{nom} :")
        if isinstance(valeurs, str):
            lignes.extend(_para(valeurs, "    "))
        else:
            for v in valeurs:
                lignes.extend(_para(v, "      ", "    • "))
    rubrique("Objectif de l'entretien", c.cadre.objectif)
    rubrique("Décision libre", c.cadre.decision_libre)
    rubrique("Informations à recueillir par l'adhérent", c.cadre.informations_a_recueillir)
    rubrique("Outils utilisés", c.cadre.outils)
    rubrique("Travail demandé pour le prochain rendez-vous", c.cadre.travail_prochain_rdv)

    lignes += _titre("2. LE DÉROULEMENT")
    numero = 0
    for nom, sequence in c.deroulement.sequences():
        entete = LIBELLES_SEQUENCE[nom].upper()
        if sequence.duree_minutes:
            entete += f" (≈ {sequence.duree_minutes} min)"
        lignes += _titre(entete, "─")
        if sequence.objectif:
            lignes += _para(sequence.objectif)
        for etape in sequence.etapes:
            numero += 1
            marques = [LIBELLES_TYPE[etape.type.value]]
            if not etape.obligatoire:
                marques.append("facultative")
            if etape.personnel:
                marques.append("données personnelles")
            if etape.cadre:
                marques.append("cadre : " + ", ".join(LIBELLES_CADRE[e] for e in etape.cadre))
            lignes.append("")
            lignes += _para(f"{numero}. {etape.titre} [{' · '.join(marques)}]", "    ")
            lignes += _para(etape.consigne, "    ")
            for option in etape.options:
                lignes += _para(option, "        ", "      ◦ ")
            if etape.aide:
                lignes += _para(f"Conseil : {etape.aide}", "    ")

    lignes += _titre("3. À SAISIR DANS VISUAL COURSE")
    for champ in c.visual_course:
        sources = ", ".join(c.etape(i).titre for i in champ.etapes)
        lignes += _para(f"{champ.champ} ← {sources}", "      ", "    • ")
        if champ.aide:
            lignes += _para(champ.aide, "      ")
    if c.suite_conseillee:
        lignes.append("")
        lignes += _para("Entretien suivant conseillé : " + ", ".join(c.suite_conseillee))
    return "\n".join(lignes)


def montrer(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Affiche un conducteur sous forme de tableaux lisibles."""
    conducteur = _conducteur(emplacements, args.identifiant)
    if conducteur is None:
        return 1
    print(presenter(conducteur))
    return 0


# ----------------------------------------------------------------- valider
def valider(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Valide des fichiers : 0 s'ils sont tous valides, 1 sinon."""
    problemes: list[Probleme]
    if args.chemins:
        valides, problemes = valider_fichiers(Path(c) for c in args.chemins)
    else:
        catalogue = charger_catalogue(emplacements.conducteurs)
        valides, problemes = len(catalogue), catalogue.problemes
    if problemes:
        fichiers = {p.fichier for p in problemes}
        print(
            f"{len(problemes)} problème(s) dans {len(fichiers)} fichier(s) "
            f"({valides} conducteur(s) valide(s)) :\n"
        )
        for probleme in problemes:
            print(f"✗ {probleme}\n")
        return 1
    print(f"{valides} conducteurs valides")
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
        dossier.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(fichier, "x", encoding="utf-8") as sortie:
            sortie.write(gabarit(identifiant, fichier))
        os.chmod(fichier, 0o600)
    except OSError as exc:
        erreur(f"impossible d'écrire {fichier} ({exc.strerror}).")
        return 1
    catalogue = charger_catalogue(None)
    remplace = " Il remplacera le conducteur intégré du même identifiant." if (
        identifiant in catalogue
    ) else ""
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

    print(mermaid(conducteur))
    return 0
