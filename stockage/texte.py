"""Le texte des séances pour la recherche : normalisation, fragments, extraits.

La recherche ignore la casse et les accents : « Employé » se trouve en
tapant « employe ». Chaque texte est ramené à de l'ASCII en minuscules
(`normaliser`), une fois, à l'enregistrement ; la recherche se fait ensuite
par `bytes.find` sur le corpus, ce qui reste rapide sur des dizaines de Mo.

`rendre_visible` montre les caractères de contrôle d'un texte saisi (ceux
qu'un collage peut apporter) : l'écran et tous les exports l'utilisent, le
stockage garde le texte tel quel.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

SEPARATEUR = b"\x1f"
"""Sépare les fragments d'une séance dans le corpus normalisé."""

_REMPLACEMENTS = (
    ("œ", "oe"),
    ("æ", "ae"),
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u02bc", "'"),
    ("«", '"'),
    ("»", '"'),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u2013", "-"),
    ("\u2014", "-"),
)
_PONCTUATION = b"".join(
    bytes([code]) for code in range(128) if code < 32 or not chr(code).isalnum()
)
_BLANCS = bytes.maketrans(_PONCTUATION, b" " * len(_PONCTUATION))
_BLANCS_TEXTE = {code: " " for code in range(32)}
_VISIBLES = {code: chr(0x2400 + code) for code in range(32) if chr(code) not in "\n\t"}
_VISIBLES[0x7F] = "\u2421"


def rendre_visible(texte: str) -> str:
    """Le texte avec ses caractères de contrôle en symboles visibles (␛, ␀, ␇…).

    Le saut de ligne et la tabulation restent tels quels ; chaque autre
    caractère de contrôle ASCII (et DEL) devient son symbole du bloc Unicode
    « Control Pictures » (U+2400). Un caractère remplace un caractère : les
    positions dans le texte ne changent pas."""
    return texte.translate(_VISIBLES)


_CHAMPS_TEXTE = ("conducteur_titre", "compte_rendu", "notes", "rgpd_confirmation")


def normaliser(texte: str) -> bytes:
    """Minuscules, sans accents, en ASCII ; ponctuation et contrôles → espaces.

    Ainsi « saint etienne » trouve « Saint-Étienne » et « l'adherent » trouve
    « l’adhérent »."""
    texte = texte.casefold()
    if not texte.isascii():
        for avant, apres in _REMPLACEMENTS:
            if avant in texte:
                texte = texte.replace(avant, apres)
        texte = unicodedata.normalize("NFKD", texte)
    return texte.encode("ascii", "ignore").translate(_BLANCS)


def requete(texte: str) -> bytes:
    """Le texte cherché, normalisé, espaces en trop retirés."""
    return b" ".join(normaliser(texte).split())


def _chaines(valeur: Any) -> Iterator[str]:
    if isinstance(valeur, str):
        if valeur.strip():
            yield valeur
    elif isinstance(valeur, Mapping):
        for sous in valeur.values():
            yield from _chaines(sous)
    elif isinstance(valeur, list | tuple):
        for sous in valeur:
            yield from _chaines(sous)


def fragments(document: Mapping[str, Any]) -> list[str]:
    """Les textes d'une séance (document stocké), dans un ordre fixe.

    Titre du conducteur, compte rendu, notes, motif RGPD, fiche Visual Course,
    tâches, puis toutes les chaînes de l'état de l'entretien (les réponses)."""
    morceaux: list[str] = []
    for champ in _CHAMPS_TEXTE:
        morceaux.extend(_chaines(document.get(champ)))
    morceaux.extend(_chaines(document.get("fiche_visual_course")))
    for tache in document.get("taches") or ():
        if isinstance(tache, Mapping):
            morceaux.extend(_chaines(tache.get("quoi")))
    morceaux.extend(_chaines(document.get("entretien")))
    return morceaux


def texte_indexe(document: Mapping[str, Any]) -> bytes:
    """Le texte normalisé d'une séance, fragments séparés par `SEPARATEUR`."""
    return SEPARATEUR.join(normaliser(morceau) for morceau in fragments(document))


def _premier_indice(texte: str, seuil: int) -> int:
    """Le plus petit k tel que len(normaliser(texte[:k])) >= seuil."""
    bas, haut = 0, len(texte)
    while bas < haut:
        milieu = (bas + haut) // 2
        if len(normaliser(texte[:milieu])) >= seuil:
            haut = milieu
        else:
            bas = milieu + 1
    return bas


def extrait(
    morceaux: list[str], requete: bytes, contexte: int = 60
) -> tuple[str, tuple[int, int]] | None:
    """Le passage où `requete` (normalisée) apparaît, avec du contexte.

    Rend le texte original (accents compris) sur une ligne, et la position du
    texte trouvé dans ce passage ; None si la requête n'apparaît pas."""
    for morceau in morceaux:
        position = normaliser(morceau).find(requete)
        if position < 0:
            continue
        debut = max(0, _premier_indice(morceau, position + 1) - 1)
        fin = max(debut + 1, _premier_indice(morceau, position + len(requete)))
        gauche = max(0, debut - contexte)
        droite = min(len(morceau), fin + contexte)
        if gauche > 0:
            espace = morceau.find(" ", gauche, debut)
            gauche = espace + 1 if espace >= 0 else gauche
        if droite < len(morceau):
            espace = morceau.rfind(" ", fin, droite)
            droite = espace if espace >= 0 else droite
        prefixe = "…" if gauche > 0 else ""
        suffixe = "…" if droite < len(morceau) else ""
        passage = morceau[gauche:droite].translate(_BLANCS_TEXTE)
        decalage = len(prefixe) - gauche
        return prefixe + passage + suffixe, (debut + decalage, fin + decalage)
    return None
