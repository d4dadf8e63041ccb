"""Les formes d'un mot : conjugaisons et accords, écrites une fois pour toute la famille.

Les règles du lexique (`regles`) cherchent des familles de mots plutôt que
des phrases : « vous priez », « il prie », « priait », « ont prié » sont le
même verbe ; « invalide », « invalides », « invalidité » le même mot. Ces
fonctions rendent un motif (sur le texte normalisé : minuscules, sans
accents) qui couvre toutes les formes, pour que les règles restent courtes
et n'oublient pas une personne ou un temps.

    >>> import re
    >>> bool(re.fullmatch(verbe_er("pri"), "priez"))
    True
"""

from __future__ import annotations

_TERMINAISONS_ER = (
    # présent, imparfait
    "e",
    "es",
    "ent",
    "ons",
    "ez",
    "ais",
    "ait",
    "ions",
    "iez",
    "aient",
    # infinitif, futur, conditionnel
    "er",
    "era",
    "eras",
    "erons",
    "erez",
    "eront",
    "erai",
    "erais",
    "erait",
    "erions",
    "eriez",
    "eraient",
    # passé simple, participes (é, ée, és, ées : sans accents)
    "a",
    "as",
    "ai",
    "ames",
    "erent",
    "ee",
    "ees",
    "ant",
    "ants",
    "ante",
    "antes",
)


def _alternative(formes: tuple[str, ...] | list[str]) -> str:
    """`(?:a|b|c)` avec les formes les plus longues d'abord."""
    uniques = sorted(set(formes), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(uniques) + ")"


def verbe_er(radical: str, sauf: tuple[str, ...] = ()) -> str:
    """Toutes les formes d'un verbe du premier groupe (`pri` → prie, priez, priait, prié…).

    `sauf` retire des formes ambiguës (« mentions », nom commun, pour
    mentir ; « jeune » pour jeûner).
    """
    formes = [t for t in _TERMINAISONS_ER if radical + t not in sauf]
    return radical + _alternative(formes)


def verbe(*formes: str) -> str:
    """Un verbe irrégulier donné par ses radicaux et terminaisons, sous forme de motif."""
    return _alternative(list(formes))


CROIRE = verbe(
    "crois",
    "croit",
    "croyons",
    "croyez",
    "croient",
    "croyais",
    "croyait",
    "croyions",
    "croyiez",
    "croyaient",
    "croire",
    "croira",
    "croiras",
    "croirons",
    "croirez",
    "croiront",
    "croirai",
    "croirais",
    "croirait",
    "croiraient",
    "croyant",
    "croyante",
    "croyants",
    "croyantes",
    "cru",
    "crue",
    "crus",
)
"""Croire (« vous croyez en Dieu », « croyait en »)."""

BOIRE = verbe(
    "bois",
    "boit",
    "buvons",
    "buvez",
    "boivent",
    "buvais",
    "buvait",
    "buvions",
    "buviez",
    "buvaient",
    "boire",
    "boira",
    "boiras",
    "boirez",
    "boiront",
    "boirai",
    "boirais",
    "boirait",
    "boiraient",
    "buvant",
    "bu",
    "bue",
    "bus",
    "but",
)
"""Boire (« vous buvez beaucoup », « buvait trop »)."""

MENTIR = verbe(
    "mens",
    "ment",
    "mentons",
    "mentez",
    "mentent",
    "mentais",
    "mentait",
    "mentiez",
    "mentaient",
    "mentir",
    "mentira",
    "mentiras",
    "mentirez",
    "mentiront",
    "mentirai",
    "mentirais",
    "mentirait",
    "mentiraient",
    "mentant",
    "menti",
)
"""Mentir, sans « mentions » (nom commun)."""

TENIR = verbe(
    "tiens",
    "tient",
    "tenons",
    "tenez",
    "tiennent",
    "tenais",
    "tenait",
    "teniez",
    "tenaient",
    "tenir",
    "tiendra",
    "tiendrez",
    "tiendront",
    "tiendrait",
    "tiendraient",
)
"""Tenir (« ne tient jamais ses engagements »)."""

FAIRE = verbe(
    "fais",
    "fait",
    "faisons",
    "faites",
    "font",
    "faisais",
    "faisait",
    "faisiez",
    "faisaient",
    "faire",
    "fera",
    "ferez",
    "feront",
    "ferait",
    "feraient",
    "faisant",
)
"""Faire (« fait le ramadan », « faisait le jeûne »)."""


def adjectif(masculin: str, feminin: str | None = None) -> str:
    """Masculin, féminin, singulier et pluriel : `invalide`, `sourd`/`sourde`, `muet`/`muette`."""
    formes = (
        [masculin, masculin + "s", masculin + "x"]
        if masculin.endswith("eau")
        else [masculin, masculin if masculin.endswith(("s", "x")) else masculin + "s"]
    )
    if feminin is None:
        feminin = masculin if masculin.endswith("e") else masculin + "e"
    formes.extend((feminin, feminin + "s"))
    return _alternative(formes)


def participe(radical: str, voyelle: str = "e") -> str:
    """Participe passé accordé : `declar` → declare, declaree, declares, declarees ;
    `reconn`, `u` → reconnu, reconnue, reconnus, reconnues."""
    return radical + voyelle + "(?:e|s|es)?"
