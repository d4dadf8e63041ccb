"""Style : les pronoms « il » et « elle » qui désignent l'adhérent (« Il est
fainéant », « Elle s'est convertie ») et ceux qui reprennent une chose ou un
tiers (« L'employeur (…) ; il loge les saisonniers »).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.redaction.contexte import DEBUT_PHRASE, Contexte
from assistant.redaction.lexique.reformulations import SENSIBLES
from assistant.redaction.lexique.style import SUJETS_ADHERENT
from assistant.redaction.modele import Categorie

_PRONOM_ATTRIBUT = re.compile(
    r"(?<![a-z0-9])(il|elle)\s+(?:ne\s+|n['\s]\s*)?(?:est|etait|semble|parait|reste|devient|"
    r"sera|serait|a\s+l['\s]\s*air)(?:\s+(?:pas|plus|tres|trop|assez|plutot|un\s+peu|"
    r"vraiment|completement|toujours|souvent|parfois|si|bien|aussi|egalement|un|une|"
    r"d['\s]\s*origine|de\s+nationalite))*\s+(?=[a-z])"
)


_PRONOM_SUJET = re.compile(
    r"(?<![a-z0-9])(il|elle)\s+(?!y\b|faut\b|faudr|fallait|fallu|s['\s]\s*agi|semble\s+qu|"
    r"parai\w*\s+qu|reste\b|restait|manque|convient|importe|suffi|vaut|existe|arrive\s+qu|"
    r"se\s+peut|pleut|fait\s+(?:beau|froid|chaud|jour|nuit)|en\s+va|s['\s]\s*av[eè]r|"
    r"ressort|apparai|est\s+(?:(?:tres|bien|pas|donc|aussi|alors)\s+)?(?:necessaire|possible|"
    r"impossible|important|prevu|convenu|question|temps|utile|conseille|recommande|difficile|"
    r"indispensable|preferable|urgent|souhaitable|interessant|dommage|vrai|clair|evident|"
    r"probable|rare|frequent|demande|entendu|rappele|precise|propose|note|souligne|envisage|"
    r"decide|exige|obligatoire|interdit|facile|tard|tot|\d|a\s+noter|a\s+prevoir))"
    r"(?=[a-z])"
)


_DEBUT_PROPOSITION = re.compile(
    r"(?:^\W*|[:(\"]\s*|,\s*|\bet\s*|\bmais\s*|\bpuis\s*|\bdonc\s*|\bcar\s*)$"
)


_QUALIFIANTES = frozenset(
    {
        Categorie.sante,
        Categorie.origine,
        Categorie.religion,
        Categorie.vie_sexuelle,
        Categorie.opinions_politiques,
        Categorie.syndicat,
        Categorie.jugement,
    }
)


def pronoms_qualifies(
    ctx: Contexte, trouves: dict[tuple[int, int, Categorie], str]
) -> Iterable[tuple[int, int]]:
    """« Il est fainéant », « Elle est diabétique » : le pronom désigne une personne.

    Un pronom en tête de proposition suivi de « est » (ou « semble »,
    « reste »…) et d'un mot déjà signalé comme qualité d'une personne
    (santé, origine, jugement…) désigne l'adhérent : c'est aussi un constat
    de style.
    """
    if " il" not in " " + ctx.norme and "elle" not in ctx.norme:
        return
    debuts = {debut for debut, _fin, categorie in trouves if categorie in _QUALIFIANTES}
    sensibles = {
        debut
        for debut, _fin, categorie in trouves
        if categorie in SENSIBLES or categorie is Categorie.jugement
    }
    if not sensibles:
        return
    for trouve in _PRONOM_ATTRIBUT.finditer(ctx.norme):
        if trouve.end() not in debuts:
            continue
        debut = trouve.start(1)
        if _DEBUT_PROPOSITION.search(ctx.norme[ctx.debut_phrase(debut) : debut]):
            yield debut, trouve.end(1)
    # « Il est sous contrôle judiciaire », « Elle s'est convertie à l'islam » : en tête de
    # phrase, un pronom sujet personnel dans une phrase qui dit une donnée sensible ou un
    # jugement désigne la personne (« il faut », « il est prévu de » exclus).
    for trouve in _PRONOM_SUJET.finditer(ctx.norme):
        debut = trouve.start(1)
        if not DEBUT_PHRASE.match(ctx.norme[ctx.debut_phrase(debut) : debut]):
            continue
        fin_phrase = ctx.fin_phrase(debut)
        if any(trouve.end() <= d < fin_phrase for d in sensibles):
            yield debut, trouve.end(1)


_SUJET_NOMINAL = re.compile(
    r"^\W*(?:(le|un|ce|cet|son)|(la|une|cette|sa)|(?:l'|votre|notre|leur)\s*)\s*([a-z]+)"
)


def pronom_d_une_chose(ctx: Contexte, debut: int) -> bool:
    """« L'employeur (…) ; il loge les saisonniers », « Le contrat est bancal, et il devra
    être revu » : le pronom reprend le sujet nominal de la phrase (ou de la précédente, s'il
    l'ouvre), qui n'est pas l'adhérent."""
    norme = ctx.norme
    debut_phrase = ctx.debut_phrase(debut)
    if DEBUT_PHRASE.match(norme[debut_phrase:debut]):
        if debut_phrase == 0:
            return False
        debut_phrase = ctx.debut_phrase(max(0, debut_phrase - 2))
    sujet = _SUJET_NOMINAL.match(norme, debut_phrase, debut)
    if sujet is None or sujet.group(3) in SUJETS_ADHERENT:
        return False
    pronom = "elle" if norme.startswith("elle", debut) else "il"
    if sujet.group(1) and pronom != "il":
        return False
    return not (sujet.group(2) and pronom == "il")
