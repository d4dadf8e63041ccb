"""Écrire un export en Markdown.

Le texte saisi est échappé (`\\*`, `\\[`, `\\#`…) : une réponse comme
« [TODO] *urgent* » s'affiche telle quelle une fois le Markdown rendu, sans
devenir un lien, de l'italique ou du HTML. Les retours à la ligne sont gardés
(sauts de ligne forcés).
"""

from __future__ import annotations

import re

from assistant.export.document import Champ, Document, Paragraphe, Puce, Titre
from stockage.texte import rendre_visible

_SPECIAUX = re.compile(r"([\\`*_\[\]<>#|~&])")
_DEBUT_LISTE = re.compile(r"^(\s*)([-+=])")
_DEBUT_NUMERO = re.compile(r"^(\s*\d+)([.)])")


def echapper_ligne(ligne: str) -> str:
    """Une ligne de texte saisi, rendue inerte pour Markdown (contrôles en symboles visibles)."""
    ligne = _SPECIAUX.sub(r"\\\1", rendre_visible(ligne))
    ligne = _DEBUT_LISTE.sub(r"\1\\\2", ligne)
    return _DEBUT_NUMERO.sub(r"\1\\\2", ligne)


def echapper(texte: str) -> str:
    """Un texte saisi (plusieurs lignes possibles), inerte pour Markdown, lignes gardées."""
    texte = rendre_visible(texte.replace("\r\n", "\n").replace("\r", "\n"))
    lignes = texte.split("\n")
    sortie: list[str] = []
    for i, ligne in enumerate(lignes):
        propre = echapper_ligne(ligne.rstrip())
        suivante_vide = i + 1 < len(lignes) and not lignes[i + 1].strip()
        if propre and i + 1 < len(lignes) and not suivante_vide:
            propre += "  "  # saut de ligne forcé
        sortie.append(propre)
    return "\n".join(sortie)


def en_markdown(document: Document) -> str:
    """Le document en Markdown (UTF-8, fin de ligne finale)."""
    morceaux: list[str] = []
    liste_ouverte = False
    for bloc in document.blocs:
        if isinstance(bloc, Puce):
            retrait = "  " * bloc.niveau
            valeur = echapper(bloc.texte).replace("\n", "\n" + retrait + "  ")
            if not liste_ouverte:
                morceaux.append("")
            morceaux.append(f"{retrait}- {valeur}")
            liste_ouverte = True
            continue
        liste_ouverte = False
        morceaux.append("")
        if isinstance(bloc, Titre):
            niveau = min(max(bloc.niveau, 1), 6)
            morceaux.append(f"{'#' * niveau} {echapper(' '.join(bloc.texte.split()))}")
        elif isinstance(bloc, Champ):
            valeur = echapper(bloc.valeur)
            separateur = "  \n" if "\n" in bloc.valeur.strip() else " "
            morceaux.append(f"**{echapper_ligne(bloc.libelle)} :**{separateur}{valeur}")
        elif isinstance(bloc, Paragraphe):
            texte = echapper(bloc.texte)
            if bloc.style == "discret":
                texte = "\n".join(
                    f"*{ligne.rstrip()}*" if ligne.strip() else ligne for ligne in texte.split("\n")
                )
            elif bloc.style == "intertitre":
                texte = f"**{texte}**"
            morceaux.append(texte)
    return "\n".join(morceaux).lstrip("\n") + "\n"
