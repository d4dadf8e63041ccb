"""Style : l'adhérent nommé par sa civilité (« Monsieur X indique… », « Mme Y est venue »).

Une civilité suivie d'un nom ou d'un verbe de personne désigne l'adhérent, sauf
quand elle nomme un interlocuteur (« M. Dupont, le recruteur ») ; les mots
(tiers, rôles, documents) sont dans `lexique.style`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.redaction.contexte import DEBUT_PHRASE, Contexte
from assistant.redaction.lexique.personnes import TITRES, VERBES_PERSONNE
from assistant.redaction.lexique.style import DOCUMENTS, ROLES, TIERS, TIERS_PROCHES
from assistant.redaction.motifs import convertir
from assistant.redaction.normalisation import mots

_TITRE = re.compile(r"(?<![a-z0-9])" + TITRES + r"(\.?)(?=\s)")


_VERBE_PERSONNE = re.compile(convertir(VERBES_PERSONNE))


NOM_PROPRE = re.compile(r"\s+([A-ZÀ-ÖØ-Þ][\w'’-]*)")


_VIRGULE = re.compile(r"\s*,?\s*")


_AUXILIAIRE = re.compile(
    r"(?:est|etait|sera|serait|a|avait|aura|aurait|n'|ne|se|s'|semble|parait|reste|doit|"
    r"peut|va|vient|fait|dit|pense|veut)(?![a-z0-9])"
)


def civilites(ctx: Contexte) -> Iterable[tuple[int, int]]:
    """« Monsieur X indique… », « Mme Y est venue » : l'adhérent nommé par sa civilité."""
    texte, norme = ctx.texte, ctx.norme
    for trouve in _TITRE.finditer(norme):
        titre, point = trouve.group(0), trouve.group(1)
        base = titre.rstrip(".")
        if base == "m" and not point:
            continue
        fin = trouve.end()
        noms = 0
        while noms < 3:
            nom = NOM_PROPRE.match(texte, fin) if ctx.normalise.carte is None else None
            if nom is None or (noms and nom.group(1).lower() in ("il", "elle")):
                break
            if _VERBE_PERSONNE.match(norme, nom.start(1)) and noms:
                break
            fin = nom.end()
            noms += 1
        if base in ("m", "mr") and not noms:
            continue  # « M. » sans nom : abréviation
        debut = trouve.start()
        avant = ctx.norme[ctx.debut_phrase(debut) : debut]
        en_tete = DEBUT_PHRASE.match(avant) is not None
        suite = _VIRGULE.match(norme, fin)
        position_verbe = suite.end() if suite else fin
        verbe = _VERBE_PERSONNE.match(norme, position_verbe) is not None or (
            en_tete and _AUXILIAIRE.match(norme, position_verbe) is not None
        )
        mots_avant = mots(avant)
        precedent = mots_avant[-1:] or [""]
        tiers = precedent[0] in TIERS
        # « M. Dupont, le recruteur », « votre ancien patron, M. Roux » : un interlocuteur.
        if _ROLE_APRES.match(norme, fin) or _ROLE_AVANT.search(avant):
            continue
        # « le CV de M. Garnier » : le nom complément d'un document désigne la personne ;
        # « L'employeur a rappelé M. Garnier » : l'objet d'un tiers aussi.
        possession = (
            noms > 0
            and len(mots_avant) >= 2
            and precedent[0] in ("de", "du")
            and (mots_avant[-2] in DOCUMENTS)
        )
        objet = (
            noms > 0
            and not tiers
            and not en_tete
            and "vous" not in mots_avant
            and not TIERS_PROCHES.intersection(mots_avant[-3:])
        )
        if (en_tete and (noms or verbe)) or (verbe and not tiers) or possession or objet:
            yield debut, fin


_ROLE_APRES = re.compile(
    r"\s*,\s*(?:(?:le|la|l'|votre|notre|son|sa|un|une|ancien|ancienne|futur|future|nouveau|"
    r"nouvelle)\s+)*" + ROLES + r"\b"
)


_ROLE_AVANT = re.compile(ROLES + r"(?:\s+[\w']+){0,3}\s*,\s*$")
