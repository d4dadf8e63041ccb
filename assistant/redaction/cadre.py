"""Le cadre professionnel, pour toutes les catégories sensibles.

Un mot sensible complément d'un mot de travail, d'employeur, de formation ou
d'études (« aide-soignante au CMPP », « juriste en droit des étrangers »,
« cours en maison d'arrêt ») parle du lieu, de l'employeur ou de la matière,
pas de la personne ; un marqueur de la personne plus proche (« suivi au
CMPP », « vous allez à l'aumônerie ») le rend à la personne. Les listes de
mots sont dans `lexique.metiers`, `lexique.grammaire`,
`lexique.organisations` et `lexique.personnes`.
"""

from __future__ import annotations

import re

from assistant.redaction.contexte import Contexte
from assistant.redaction.lexique.grammaire import (
    A_PREPOSITION,
    A_VERBE,
    APPOSITIONS,
    CADRE_ARTICLES,
    CADRE_PREPOSITIONS,
    CADRE_RUPTURES,
    COORDONNES,
)
from assistant.redaction.lexique.metiers import CADRE_ACTIVITES, CADRE_MOTS, CADRE_RADICAUX
from assistant.redaction.lexique.organisations import CADRE_ORGANISATIONS, ORGANISATIONS_SUJETS
from assistant.redaction.lexique.personnes import MARQUEURS_FORTS, MARQUEURS_PERSONNE

_MOT_CADRE = re.compile(r"[a-z0-9]+'?")


_FIN_PROPOSITION = re.compile(r"[,:()\[\]\"]|\s-\s")


_PORTEE_CADRE = 10


_PORTEE_RELATIVE = 15


_POSTE_APRES = re.compile(
    r"\s*(?:\w+\s+){0,2}pour\s+(?:un|une|le|la|ce|cet|cette|votre|son|sa)\s+(?:poste|emploi|"
    r"stage|entretien|cdd|cdi|contrat|mission|remplacement|job|recrutement|candidature|"
    r"immersion|alternance|vacation|prestataire|employeur|client|entreprise|agence|"
    r"sous[\s-]traitant|societe|interim)"
    # « la charpente d'une église comme compagnon charpentier », « à la prison comme
    # cuisinier » : le mot est le lieu d'un emploi.
    r"|\s*(?:[\w']+\s+){0,6}comme\s+(?:\w+\s+)?(?!patient|malade|beneficiaire|usager|"
    r"resident|victime|detenu|prevenu|temoin|accuse|suspect)(?:[a-z]+(?:ier|iere|eur|euse|"
    r"rice|iste|ien|ienne)|agent\w*|aide|employee?|ouvriere?|salariee?|benevole|stagiaire|"
    r"apprentie?|interimaire|saisonniere?|compagnon|manoeuvre|vendeu\w*|technicien\w*|"
    r"serveu\w*|cuisin\w*|assistante?|secretaire|animat\w*|peintre|macon|concierge|"
    r"guide|intendante?|econome|sacristain|commis|plongeu\w*|ambulanci\w*)\b"
)


def _est_cadre(mot: str) -> bool:
    return mot in CADRE_MOTS or mot.startswith(CADRE_RADICAUX)


def mots_cadre(segment: str) -> list[str]:
    return _MOT_CADRE.findall(segment)


_PARTICIPE = re.compile(r"[a-z]{3,}(?:e|ee|es|ees|i|ie|is|it|u|ue|us)")


def _est_preposition(mot: str, suivant: str | None) -> bool:
    if mot == "a":
        # « l'employeur a enregistré le scan » : « a » auxiliaire d'un participe.
        return suivant not in A_VERBE and not (
            suivant is not None and suivant not in A_PREPOSITION and _PARTICIPE.fullmatch(suivant)
        )
    return mot in CADRE_PREPOSITIONS


_RELATIF = re.compile(r"(?<![a-z0-9'])(?:qui|dont)\s")


def _relative_d_organisation(norme: str, debut_phrase: int, debut: int) -> bool:
    """« un laboratoire qui fabrique des antidépresseurs », « une fondation qui finance la
    recherche sur les addictions » : le mot dit l'activité d'une organisation."""
    relatifs = list(_RELATIF.finditer(norme, debut_phrase, debut))
    if not relatifs:
        return False
    relatif = relatifs[-1]
    entre = mots_cadre(norme[relatif.end() : debut])
    if len(entre) > _PORTEE_RELATIVE or any(m in MARQUEURS_PERSONNE for m in entre):
        return False
    tete = mots_cadre(norme[debut_phrase : relatif.start()])[-5:]
    return any(m in ORGANISATIONS_SUJETS for m in tete)


def cadre_professionnel(ctx: Contexte, debut: int, fin: int) -> bool:
    """Vrai si le mot sensible `[debut, fin)` désigne un lieu de travail, un employeur,
    un emploi, une formation ou une matière d'études plutôt que la personne.

    Dans la même proposition, en remontant depuis le mot : le premier mot de travail
    rencontré (« aide-soignante », « poste », « master », « juriste »), séparé du mot
    sensible par une préposition (« au », « en », « dans », « chez », « pour »), en fait le
    cadre du métier ; un marqueur de la personne plus proche (« suivi », « vous allez »,
    « votre », « membre ») ou une rupture (« arrêt de travail pour », « poste adapté à »,
    « depuis », « et ») le rend à la personne. Deux formes voisines : le mot complément
    suivi de « comme salarié », « en CDD » ; une organisation sujet de la proposition
    (« l'entreprise a fait une cure d'austérité »).
    """
    norme = ctx.norme
    debut_phrase = ctx.debut_phrase(debut)
    # Entre parenthèses, sans marqueur de la personne, le mot hérite du contexte d'avant
    # la parenthèse : « fabricant de matériel médical (fauteuils, déambulateurs) ».
    ouvrante = norme.rfind("(", debut_phrase, debut)
    if (
        ouvrante > debut_phrase
        and ")" not in norme[ouvrante:debut]
        and not any(m in MARQUEURS_PERSONNE for m in mots_cadre(norme[ouvrante:debut]))
    ):
        return cadre_professionnel(ctx, ouvrante, fin)
    coupes = [debut_phrase]
    coupes.extend(c.end() for c in _FIN_PROPOSITION.finditer(norme, debut_phrase, debut))
    debut_p = coupes[-1]
    avant = mots_cadre(norme[debut_p:debut])
    # Une apposition de lieu ou d'intitulé (« stage au tribunal, au service de
    # l'application des peines », « BTS, option génétique ») prolonge la proposition.
    if (
        len(coupes) > 1
        and avant
        and (
            avant[0] in APPOSITIONS
            or _est_preposition(avant[0], avant[1] if len(avant) > 1 else None)
        )
    ):
        debut_p = coupes[-2]
        avant = mots_cadre(norme[debut_p:debut])
    if not avant:
        return False
    if _relative_d_organisation(norme, debut_phrase, debut):
        return True
    # « une clinique psychiatrique privée pour un poste d'agent administratif ».
    if _POSTE_APRES.match(norme, fin, ctx.fin_phrase(fin)):
        return True
    preposition = False
    suivant: str | None = None
    for rang in range(len(avant) - 1, max(-1, len(avant) - 1 - _PORTEE_CADRE), -1):
        mot = avant[rang]
        # « la négociation collective et la représentativité syndicale » : « et » entre deux
        # groupes nominaux ne coupe pas le lien.
        if mot == "et" and suivant in COORDONNES:
            suivant = mot
            continue
        if mot in CADRE_RUPTURES:
            break
        if _est_cadre(mot):
            precedent = avant[rang - 1] if rang else ""
            if precedent in CADRE_RUPTURES:
                return False
            if (
                precedent in MARQUEURS_PERSONNE
                and not mot.startswith(CADRE_ACTIVITES)
                and (precedent in {"votre", "vos", "son", "sa", "ses", "mon", "ma", "mes", "leur"})
            ):
                return False
            if preposition:
                return True
            break
        if mot in MARQUEURS_PERSONNE:
            return False
        preposition = preposition or _est_preposition(mot, suivant)
        suivant = mot
    # Une organisation sujet de la proposition : « l'entreprise a fait une cure ».
    tete = [m for m in avant[:3] if m not in CADRE_ARTICLES and m not in {"votre", "son", "sa"}]
    if (
        tete
        and tete[0] in CADRE_ORGANISATIONS
        and not any(m in MARQUEURS_PERSONNE and m not in {"votre", "son", "sa"} for m in avant[1:])
    ):
        return True
    # Le mot complément, suivi de « comme salarié », « en CDD » : « maraudes avec le Samu
    # social comme salarié ».
    rang = len(avant) - 1
    while rang >= 0 and avant[rang] in CADRE_ARTICLES:
        rang -= 1
    if (
        rang < 0
        or not _est_preposition(avant[rang], None)
        or any(m in MARQUEURS_FORTS for m in avant)
    ):
        return False
    fin_p = ctx.fin_phrase(fin)
    for coupe in _FIN_PROPOSITION.finditer(norme, fin, fin_p):
        fin_p = coupe.start()
        break
    apres = mots_cadre(norme[fin:fin_p])[:_PORTEE_CADRE]
    for i, mot in enumerate(apres[:-1]):
        if mot in CADRE_RUPTURES - {"comme"} or mot in MARQUEURS_PERSONNE:
            return False
        if mot in {"comme", "en"} and _est_cadre(apres[i + 1]) and apres[i + 1] != "cours":
            return True
    return False
