"""Style : l'adhérent nommé par son prénom ou son nom (`verifier(..., prenoms=...)`).

Le motif des noms est compilé une fois par liste de noms (mémoire `lru_cache`) ;
un nom qui est aussi un mot courant, un lieu ou une enseigne n'est pas
signalé (listes dans `lexique.prenoms` et `lexique.lieux`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.redaction.cadre import mots_cadre
from assistant.redaction.civilites import NOM_PROPRE
from assistant.redaction.contexte import Contexte
from assistant.redaction.lexique.lieux import LIEU_AVANT
from assistant.redaction.lexique.prenoms import MOTS_COURANTS, PARTICULES
from assistant.redaction.normalisation import normaliser

_PAS_UN_PRENOM_APRES = LIEU_AVANT | {"la", "le", "les", "l'"}


def _formes_du_nom(nom: str) -> set[str]:
    """« Karim Benali » → « karim benali », « karim », « benali » (sans particules)."""
    entier = " ".join(normaliser(nom).texte.replace("'", " ").split())
    formes = {entier} if len(entier) > 1 else set()
    formes.update(m for m in entier.split() if len(m) >= 3 and m not in PARTICULES)
    return formes


@lru_cache(maxsize=128)
def motif_prenoms(prenoms: tuple[str, ...]) -> re.Pattern[str] | None:
    formes = sorted(set().union(*(_formes_du_nom(p) for p in prenoms)), key=len, reverse=True)
    if not formes:
        return None
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in formes)
    return re.compile(r"(?<![a-z0-9])(?:" + alternatives + r")(?![a-z0-9])")


def prenoms_nommes(ctx: Contexte, motif: re.Pattern[str]) -> Iterable[tuple[int, int]]:
    for trouve in motif.finditer(ctx.norme):
        debut, fin = trouve.span()
        forme = trouve.group(0)
        origine = ctx.texte[ctx.normalise.origine(debut, fin)[0]]
        if forme in MOTS_COURANTS and not origine.isupper():
            continue
        # « dans la Marine nationale » (un article), « chez Jules », « à Nancy »,
        # « Saint-Étienne », « boulangerie Paul » : un nom commun, un lieu, une enseigne ;
        # « Marie Blachère », « France Travail » : un autre nom propre.
        precedent = mots_cadre(ctx.norme[ctx.debut_phrase(debut) : debut])[-1:]
        if precedent and precedent[0] in _PAS_UN_PRENOM_APRES:
            continue
        suite = NOM_PROPRE.match(ctx.texte, ctx.normalise.origine(debut, fin)[1])
        if (
            suite is not None
            and ctx.normalise.carte is None
            and not motif.fullmatch(normaliser(suite.group(1)).texte)
        ):
            continue
        yield debut, fin
