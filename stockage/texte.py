"""Le texte des séances : montrer sans danger, chercher.

**Montrer** (`rendre_visible`, `json_visible`, `probleme_nom`) : un texte
saisi ou collé peut contenir des caractères de contrôle (échappement ANSI
`\x1b[2J`, retour chariot, saut de ligne) ou des commandes de direction
d'écriture (U+202E) qui, affichés tels quels, effacent l'écran, réécrivent une
ligne ou retournent un nom. Ils sont conservés tels quels sur disque (verbatim)
mais toujours **montrés** de façon visible :

- C0 (U+0000 à U+001F) → le symbole du bloc « Control Pictures » U+2400 :
  `\x1b` → ␛, `\x00` → ␀, `\r` → ␍, `\n` → ␊, `\t` → ␉ ; DEL (U+007F) → ␡ ;
- C1 (U+0080 à U+009F), commandes de direction (U+061C, U+200E, U+200F,
  U+202A à U+202E, U+2066 à U+2069) et séparateurs U+2028, U+2029 →
  `⟨U+202E⟩` (aucun symbole n'existe pour eux).

`\n` et `\t` restent des sauts de ligne et des tabulations dans un texte sur
plusieurs lignes ; sur une ligne (`une_ligne=True`), ils deviennent ␊ et ␉ :
un texte enregistré ne peut pas fabriquer une ligne de sortie.

**Chercher** : la recherche ignore la casse et les accents : « Employé » se
trouve en tapant « employe ». Chaque texte est ramené à de l'ASCII en
minuscules (`normaliser`), une fois, à l'enregistrement ; la recherche se fait
ensuite par `bytes.find` sur le corpus, ce qui reste rapide sur des dizaines
de Mo.
"""

from __future__ import annotations

import json
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
_CHAMPS_TEXTE = ("conducteur_titre", "compte_rendu", "notes", "rgpd_confirmation")

# ------------------------------------------------------------------ montrer
DIRECTION = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Les commandes invisibles de direction d'écriture (U+202E retourne la suite)."""

INVISIBLES = frozenset(
    [chr(c) for c in range(0x20)]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)]
    + sorted(DIRECTION)
    + ["\u2028", "\u2029"]
)
"""Les caractères qu'un affichage ne doit jamais recevoir tels quels."""


def _symbole(caractere: str) -> str:
    code = ord(caractere)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"⟨U+{code:04X}⟩"


_VISIBLE_UNE_LIGNE = {ord(c): _symbole(c) for c in INVISIBLES}
_VISIBLE = {c: v for c, v in _VISIBLE_UNE_LIGNE.items() if chr(c) not in "\n\t"}
_JSON = {ord(c): f"\\u{ord(c):04x}" for c in INVISIBLES if ord(c) >= 0x7F}


def rendre_visible(texte: str, *, une_ligne: bool = False) -> str:
    """Le texte avec chaque caractère de contrôle ou de direction rendu visible.

    `une_ligne=True` pour une ligne de sortie : `\n` et `\t` y deviennent aussi
    ␊ et ␉. Voir la table en tête du module ; seul l'affichage change, jamais le
    texte enregistré."""
    if texte.isprintable():  # aucun caractère de INVISIBLES n'est « imprimable »
        return texte
    return texte.translate(_VISIBLE_UNE_LIGNE if une_ligne else _VISIBLE)


def json_visible(objet: object) -> str:
    """`json.dumps(objet, ensure_ascii=False)` où les caractères invisibles que JSON
    laisserait passer (DEL, C1, direction) sont écrits `\\u202e` : le même JSON,
    les mêmes valeurs une fois relu, mais sans rien qui trouble un terminal."""
    return json.dumps(objet, ensure_ascii=False).translate(_JSON)


def caracteres_invisibles(texte: str) -> list[str]:
    """Les caractères invisibles (contrôle, direction) du texte, sans doublon, dans l'ordre."""
    return list(dict.fromkeys(c for c in texte if c in INVISIBLES))


def probleme_nom(nom: str) -> str | None:
    """Pourquoi ce nom d'adhérent est refusé (phrase en français), ou None s'il convient.

    Un nom ne contient ni caractère de contrôle (échappement, saut de ligne,
    tabulation…) ni commande de direction d'écriture (U+202E…) : affiché, il
    pourrait effacer l'écran, fabriquer une ligne ou se montrer à l'envers. Le
    message ne recopie pas le nom (il peut finir dans un message du stockage)."""
    invisibles = caracteres_invisibles(nom)
    if not invisibles:
        return None
    codes = ", ".join(f"U+{ord(c):04X}" for c in invisibles)
    return (
        f"Le nom de l'adhérent contient un caractère invisible ou de contrôle ({codes}), "
        "sans doute venu d'un copier-coller : retapez le nom au clavier."
    )


def normaliser(texte: str) -> bytes:
    """Minuscules, sans accents, en ASCII ; ponctuation et contrôles → espaces.

    Ainsi « saint etienne » trouve « Saint-Étienne » et « l'adherent » trouve
    « l’adhérent »."""
    texte = texte.casefold()
    if not texte.isascii():
        for avant, apres in _REMPLACEMENTS:
            if avant in texte:
                texte = texte.replace(avant, apres)
        # Même repli que `commun.texte.replier` pour ce qui reste en ASCII : après la
        # décomposition, l'encodage ASCII retire les accents en C. C'est le chemin chaud
        # de la recherche (chaque extrait), quatre fois plus rapide qu'un repli général.
        texte = unicodedata.normalize("NFKD", texte)
    return texte.encode("ascii", "ignore").translate(_BLANCS)


def requete(texte: str) -> bytes:
    """Le texte cherché, normalisé, espaces en trop retirés."""
    return b" ".join(normaliser(texte).split())


def cle_nom(normalise: bytes) -> bytes:
    """La clé d'un nom déjà normalisé (`normaliser`) : ses mots dans l'ordre alphabétique.

    Deux noms de même clé désignent sans doute la même personne : « Karine Moreau »,
    « MOREAU Karine » et « moreau  karine » ont la même."""
    return b" ".join(sorted(normalise.split()))


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
