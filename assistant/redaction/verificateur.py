"""Le vérificateur des textes libres : données sensibles, jugements, identifiants, style.

    >>> from assistant.redaction import verifier
    >>> [c.categorie.value for c in verifier("Il est diabétique.")]
    ['style', 'sante']

Fonctionnement, pensé pour tourner à chaque frappe (moins d'une
milliseconde pour quelques centaines de caractères) :

1. le texte est **normalisé** (minuscules, sans accents, tirets en espaces)
   en gardant le chemin retour vers les positions d'origine ;
2. il est découpé en mots ; chaque mot cherche dans un **index** les règles
   dont l'amorce (les premières lettres fixes) commence ce mot, et seules
   celles-là sont essayées, ancrées au début du mot ;
3. chaque correspondance passe les **contrôles de contexte** de sa règle
   (expressions neutres, contexte professionnel, mots exigés ou exclus
   avant et après, phrase) ;
4. les numéros (NIR, IBAN, carte) sont cherchés et validés par leur clé ;
   les civilités et les prénoms de l'adhérent donnent les constats de style ;
5. les chevauchements sont résolus (le passage le plus long l'emporte).

Tout est compilé à l'import.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from assistant.redaction.familles import FAMILLES
from assistant.redaction.identifiants import chercher_numeros
from assistant.redaction.modele import Categorie, Constat
from assistant.redaction.normalisation import TexteNormalise, mots, normaliser
from assistant.redaction.personnelles import CATEGORIE_DE, chercher_personnelles
from assistant.redaction.personnelles import NATURES as NATURES_PERSONNELLES
from assistant.redaction.regles import (
    _A_VERBE,
    CADRE_ACTIVITES,
    CADRE_ARTICLES,
    CADRE_MOTS,
    CADRE_ORGANISATIONS,
    CADRE_PREPOSITIONS,
    CADRE_RADICAUX,
    CADRE_RUPTURES,
    CONSEILS,
    COPULES,
    EXPLICATIONS,
    MARQUEURS_FORTS,
    MARQUEURS_PERSONNE,
    MOTS_METIER,
    POSSESSIFS,
    RADICAUX_METIER,
    RAPPEL_SENSIBLE,
    REGLES,
    SENSIBLES,
    SUGGESTIONS,
    SUGGESTIONS_PAR_MOT,
    TITRES,
    VERBES_PERSONNE,
    VERBES_PERSONNELS,
    Regle,
)

__all__ = ["Categorie", "Constat", "Contexte", "verifier"]

# ---------------------------------------------------------------------------
# Compilation des motifs
# ---------------------------------------------------------------------------

_LETTRES = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _convertir(motif: str) -> str:
    """Écriture des motifs → expression régulière (espaces et apostrophes souples)."""
    sortie: list[str] = []
    dans_classe = False
    i = 0
    while i < len(motif):
        car = motif[i]
        suivant = motif[i + 1] if i + 1 < len(motif) else ""
        if car == "\\":
            sortie.append(motif[i : i + 2])
            i += 2
            continue
        if dans_classe:
            dans_classe = car != "]"
            sortie.append(car)
        elif car == "[":
            dans_classe = True
            sortie.append(car)
        elif car == " ":
            if suivant == "?":
                sortie.append(r"\s*")
                i += 1
            else:
                sortie.append(r"\s+")
        elif car == "'":
            if suivant == "?":
                sortie.append(r"(?:['\s]\s*)?")
                i += 1
            else:
                sortie.append(r"['\s]\s*")
        else:
            sortie.append(car)
        i += 1
    return "".join(sortie)


def _fin_groupe(motif: str, ouvrant: int) -> int:
    """Position de la parenthèse qui ferme celle en `ouvrant`."""
    profondeur = 0
    i = ouvrant
    dans_classe = False
    while i < len(motif):
        car = motif[i]
        if car == "\\":
            i += 2
            continue
        if dans_classe:
            dans_classe = car != "]"
        elif car == "[":
            dans_classe = True
        elif car == "(":
            profondeur += 1
        elif car == ")":
            profondeur -= 1
            if profondeur == 0:
                return i
        i += 1
    raise ValueError(f"parenthèse non fermée : {motif!r}")


def _alternatives(interieur: str) -> list[str]:
    """Découpe `a|b|(c|d)e` au premier niveau."""
    morceaux: list[str] = []
    profondeur = 0
    debut = 0
    dans_classe = False
    i = 0
    while i < len(interieur):
        car = interieur[i]
        if car == "\\":
            i += 2
            continue
        if dans_classe:
            dans_classe = car != "]"
        elif car == "[":
            dans_classe = True
        elif car == "(":
            profondeur += 1
        elif car == ")":
            profondeur -= 1
        elif car == "|" and profondeur == 0:
            morceaux.append(interieur[debut:i])
            debut = i + 1
        i += 1
    morceaux.append(interieur[debut:])
    return morceaux


def developper(motif: str) -> list[str]:
    """Développe un groupe de tête pour que chaque motif commence par des lettres fixes.

    `(?:ne )?fait rien` donne `ne fait rien` et `fait rien` ;
    `(?:pas|peu) motive` donne `pas motive` et `peu motive`.
    """
    if not motif.startswith("(?:"):
        alternatives = _alternatives(motif)
        if len(alternatives) > 1:
            return [m for alt in alternatives for m in developper(alt)]
        return [motif]
    fin = _fin_groupe(motif, 0)
    interieur, reste = motif[3:fin], motif[fin + 1 :]
    optionnel = reste.startswith("?")
    if reste[:1] in ("*", "+", "{"):
        raise ValueError(f"groupe de tête répété : {motif!r}")
    if optionnel:
        reste = reste[1:]
    resultat = [m for alt in _alternatives(interieur) for m in developper(alt + reste)]
    if optionnel:
        resultat.extend(developper(reste))
    return resultat


def amorce(motif: str) -> str:
    """Les lettres fixes qui commencent le motif (clé d'index)."""
    lettres: list[str] = []
    for i, car in enumerate(motif):
        if car not in _LETTRES:
            break
        if i + 1 < len(motif) and motif[i + 1] in "?*{":
            break
        lettres.append(car)
    if not lettres:
        raise ValueError(f"un motif doit commencer par une lettre fixe : {motif!r}")
    return "".join(lettres)


@dataclass(frozen=True, slots=True)
class _Compilee:
    """Une règle prête à l'emploi."""

    regle: Regle
    exige_avant: re.Pattern[str] | None
    sauf_avant: re.Pattern[str] | None
    exige_apres: re.Pattern[str] | None
    sauf_apres: re.Pattern[str] | None
    sauf_phrase: re.Pattern[str] | None


def _avant(motif: str | None) -> re.Pattern[str] | None:
    return None if motif is None else re.compile(r"(?:" + _convertir(motif) + r")\s*$")


def _apres(motif: str | None) -> re.Pattern[str] | None:
    return None if motif is None else re.compile(r"\s*(?:" + _convertir(motif) + r")")


def _phrase(motif: str | None) -> re.Pattern[str] | None:
    return None if motif is None else re.compile(_convertir(motif))


def _compiler(
    regles: Iterable[Regle],
) -> tuple[dict[str, list[tuple[re.Pattern[str], _Compilee]]], tuple[int, ...]]:
    index: dict[str, list[tuple[re.Pattern[str], _Compilee]]] = {}
    for regle in regles:
        compilee = _Compilee(
            regle,
            _avant(regle.exige_avant),
            _avant(regle.sauf_avant),
            _apres(regle.exige_apres),
            _apres(regle.sauf_apres),
            _phrase(regle.sauf_phrase),
        )
        for motif in regle.motifs:
            for forme in developper(motif):
                expression = re.compile(r"(?:" + _convertir(forme) + r")(?![a-z0-9])")
                index.setdefault(amorce(forme), []).append((expression, compilee))
    return index, tuple(sorted({len(cle) for cle in index}))


_INDEX, _LONGUEURS = _compiler((*REGLES, *FAMILLES))
_MOT = re.compile(r"[a-z0-9]+")
_FIN_PHRASE = re.compile(r"[.!?;](?=\s|$)|\n")
_FENETRE = 120

# ---------------------------------------------------------------------------
# Contexte d'une correspondance
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Contexte:
    """Ce qu'une règle voit autour d'une correspondance."""

    texte: str
    """Le texte d'origine."""
    normalise: TexteNormalise
    norme: str
    """Le texte normalisé."""
    fins: list[int]
    """Positions des fins de phrase dans le texte normalisé."""

    def debut_phrase(self, position: int) -> int:
        """Début de la phrase qui contient `position` (fenêtre bornée)."""
        rang = bisect_left(self.fins, position)
        debut = self.fins[rang - 1] + 1 if rang else 0
        return max(debut, position - _FENETRE)

    def fin_phrase(self, position: int) -> int:
        """Fin de la phrase qui contient `position` (fenêtre bornée)."""
        rang = bisect_right(self.fins, position)
        fin = self.fins[rang] if rang < len(self.fins) else len(self.norme)
        return min(fin, position + _FENETRE)


def _est_metier(mot: str) -> bool:
    return mot in MOTS_METIER or mot.startswith(RADICAUX_METIER)


def _contexte_sensible(ctx: Contexte, debut: int, fin: int) -> bool:
    """Pour un mot ambigu : vrai s'il parle de la personne, faux s'il parle du métier.

    Le mot le plus proche avant l'emporte : « vous êtes à l'hôpital »
    (la personne), « stage à l'hôpital » (le métier). Sans indice avant,
    un mot de métier juste après suffit (« l'hôpital recrute »). Sans aucun
    indice, prudence : le mot est signalé.
    """
    avant = mots(ctx.norme[ctx.debut_phrase(debut) : debut])[-7:]
    copule = False
    for rang, mot in enumerate(reversed(avant)):
        if (rang == 0 and mot in POSSESSIFS) or mot in VERBES_PERSONNELS:
            return True
        if _est_metier(mot):
            # « votre conseillère au SPIP », « son éducateur à l'IME » : un interlocuteur
            # de la personne, pas son métier (« votre poste au CHU » reste le métier).
            precedent = avant[-rang - 2] if rang + 2 <= len(avant) else ""
            return precedent in POSSESSIFS and not mot.startswith(CADRE_ACTIVITES)
        copule = copule or mot in COPULES
    if copule:
        return True
    apres = mots(ctx.norme[fin : ctx.fin_phrase(fin)])[:3]
    return not any(_est_metier(mot) for mot in apres)


_MOT_CADRE = re.compile(r"[a-z0-9]+'?")
_FIN_PROPOSITION = re.compile(r"[,:()\[\]\"]|\s-\s")
_PORTEE_CADRE = 10
_PORTEE_RELATIVE = 15
_APPOSITIONS = frozenset({"option", "mention", "specialite", "parcours", "section", "filiere"})
_COORDONNES = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "des",
        "de",
        "du",
        "d'",
        "aux",
        "au",
        "un",
        "une",
    }
)
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


def _mots_cadre(segment: str) -> list[str]:
    return _MOT_CADRE.findall(segment)


_PARTICIPE = re.compile(r"[a-z]{3,}(?:e|ee|es|ees|i|ie|is|it|u|ue|us)")
_A_PREPOSITION = frozenset(
    {
        "domicile",
        "distance",
        "temps",
        "plein",
        "mi",
        "partir",
        "cote",
        "proximite",
        "la",
        "le",
        "les",
        "l'",
        "une",
        "un",
        "cette",
        "ce",
        "son",
        "sa",
        "votre",
    }
)


def _est_preposition(mot: str, suivant: str | None) -> bool:
    if mot == "a":
        # « l'employeur a enregistré le scan » : « a » auxiliaire d'un participe.
        return suivant not in _A_VERBE and not (
            suivant is not None and suivant not in _A_PREPOSITION and _PARTICIPE.fullmatch(suivant)
        )
    return mot in CADRE_PREPOSITIONS


_RELATIF = re.compile(r"(?<![a-z0-9'])(?:qui|dont)\s")
_ORGANISATIONS_SUJETS = frozenset(
    {
        "laboratoire",
        "laboratoires",
        "fondation",
        "officine",
        "pharmacie",
        "fabricant",
        "cabinet",
        "institut",
        "cooperative",
        "entreprise",
        "societe",
        "association",
        "structure",
        "etablissement",
        "organisme",
        "clinique",
        "hopital",
        "centre",
        "groupe",
        "enseigne",
        "marque",
        "start",
        "usine",
        "agence",
        "employeur",
        "foyer",
        "service",
        "federation",
        "mutuelle",
        "editeur",
        "industriel",
        "fournisseur",
        "distributeur",
        "boutique",
        "magasin",
        "ecole",
        "maison",
        "residence",
        "ehpad",
        "esat",
        "adaptee",
    }
)


def _relative_d_organisation(norme: str, debut_phrase: int, debut: int) -> bool:
    """« un laboratoire qui fabrique des antidépresseurs », « une fondation qui finance la
    recherche sur les addictions » : le mot dit l'activité d'une organisation."""
    relatifs = list(_RELATIF.finditer(norme, debut_phrase, debut))
    if not relatifs:
        return False
    relatif = relatifs[-1]
    entre = _mots_cadre(norme[relatif.end() : debut])
    if len(entre) > _PORTEE_RELATIVE or any(m in MARQUEURS_PERSONNE for m in entre):
        return False
    tete = _mots_cadre(norme[debut_phrase : relatif.start()])[-5:]
    return any(m in _ORGANISATIONS_SUJETS for m in tete)


def _cadre_professionnel(ctx: Contexte, debut: int, fin: int) -> bool:
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
        and not any(m in MARQUEURS_PERSONNE for m in _mots_cadre(norme[ouvrante:debut]))
    ):
        return _cadre_professionnel(ctx, ouvrante, fin)
    coupes = [debut_phrase]
    coupes.extend(c.end() for c in _FIN_PROPOSITION.finditer(norme, debut_phrase, debut))
    debut_p = coupes[-1]
    avant = _mots_cadre(norme[debut_p:debut])
    # Une apposition de lieu ou d'intitulé (« stage au tribunal, au service de
    # l'application des peines », « BTS, option génétique ») prolonge la proposition.
    if (
        len(coupes) > 1
        and avant
        and (
            avant[0] in _APPOSITIONS
            or _est_preposition(avant[0], avant[1] if len(avant) > 1 else None)
        )
    ):
        debut_p = coupes[-2]
        avant = _mots_cadre(norme[debut_p:debut])
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
        if mot == "et" and suivant in _COORDONNES:
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
    apres = _mots_cadre(norme[fin:fin_p])[:_PORTEE_CADRE]
    for i, mot in enumerate(apres[:-1]):
        if mot in CADRE_RUPTURES - {"comme"} or mot in MARQUEURS_PERSONNE:
            return False
        if mot in {"comme", "en"} and _est_cadre(apres[i + 1]) and apres[i + 1] != "cours":
            return True
    return False


def _accepte(c: _Compilee, ctx: Contexte, debut: int, fin: int) -> bool:
    norme = ctx.norme
    if c.exige_avant is not None or c.sauf_avant is not None:
        fenetre = norme[ctx.debut_phrase(debut) : debut]
        if c.exige_avant is not None and not c.exige_avant.search(fenetre):
            return False
        if c.sauf_avant is not None and c.sauf_avant.search(fenetre):
            return False
    if c.exige_apres is not None or c.sauf_apres is not None:
        fin_phrase = ctx.fin_phrase(fin)
        if c.exige_apres is not None and not c.exige_apres.match(norme, fin, fin_phrase):
            return False
        if c.sauf_apres is not None and c.sauf_apres.match(norme, fin, fin_phrase):
            return False
    if c.sauf_phrase is not None and c.sauf_phrase.search(
        norme, ctx.debut_phrase(debut), ctx.fin_phrase(fin)
    ):
        return False
    if c.regle.ambigu and not _contexte_sensible(ctx, debut, fin):
        return False
    return c.regle.condition is None or c.regle.condition(ctx, debut, fin)


# ---------------------------------------------------------------------------
# Style : civilités et prénoms
# ---------------------------------------------------------------------------

_TITRE = re.compile(r"(?<![a-z0-9])" + TITRES + r"(\.?)(?=\s)")
_VERBE_PERSONNE = re.compile(_convertir(VERBES_PERSONNE))
_NOM_PROPRE = re.compile(r"\s+([A-ZÀ-ÖØ-Þ][\w'’-]*)")
_TIERS = frozenset(
    {
        "avec",
        "aupres",
        "chez",
        "contacter",
        "contacte",
        "contactee",
        "appeler",
        "appele",
        "rencontre",
        "rencontrer",
        "rencontree",
        "par",
        "pour",
        "entre",
        "et",
        "bonjour",
        "cher",
        "chere",
        "a",
        "ou",
        "recruteur",
        "recruteuse",
        "responsable",
        "directeur",
        "directrice",
        "employeur",
        "tuteur",
        "tutrice",
        "conseiller",
        "conseillere",
    }
)
_TIERS_PROCHES = frozenset(
    {
        "agit",
        "remplace",
        "remplacee",
        "remplacant",
        "remplacante",
        "succede",
        "signe",
        "signee",
        "redige",
        "redigee",
        "ecrit",
        "ecrite",
        "transmis",
        "envoye",
        "envoyee",
    }
)
_DEBUT_PHRASE = re.compile(r"^\W*$")
_VIRGULE = re.compile(r"\s*,?\s*")
_AUXILIAIRE = re.compile(
    r"(?:est|etait|sera|serait|a|avait|aura|aurait|n'|ne|se|s'|semble|parait|reste|doit|"
    r"peut|va|vient|fait|dit|pense|veut)(?![a-z0-9])"
)


def _titres(ctx: Contexte) -> Iterable[tuple[int, int]]:
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
            nom = _NOM_PROPRE.match(texte, fin) if ctx.normalise.carte is None else None
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
        en_tete = _DEBUT_PHRASE.match(avant) is not None
        suite = _VIRGULE.match(norme, fin)
        position_verbe = suite.end() if suite else fin
        verbe = _VERBE_PERSONNE.match(norme, position_verbe) is not None or (
            en_tete and _AUXILIAIRE.match(norme, position_verbe) is not None
        )
        mots_avant = mots(avant)
        precedent = mots_avant[-1:] or [""]
        tiers = precedent[0] in _TIERS
        # « M. Dupont, le recruteur », « votre ancien patron, M. Roux » : un interlocuteur.
        if _ROLE_APRES.match(norme, fin) or _ROLE_AVANT.search(avant):
            continue
        # « le CV de M. Garnier » : le nom complément d'un document désigne la personne ;
        # « L'employeur a rappelé M. Garnier » : l'objet d'un tiers aussi.
        possession = (
            noms > 0
            and len(mots_avant) >= 2
            and precedent[0] in ("de", "du")
            and (mots_avant[-2] in _DOCUMENTS)
        )
        objet = (
            noms > 0
            and not tiers
            and not en_tete
            and "vous" not in mots_avant
            and not _TIERS_PROCHES.intersection(mots_avant[-3:])
        )
        if (en_tete and (noms or verbe)) or (verbe and not tiers) or possession or objet:
            yield debut, fin


_ROLES = (
    r"(?:recruteu(?:r|se)|responsable|directeu(?:r|rs)|directrice|patron(?:ne)?|employeur|"
    r"tuteur|tutrice|conseill(?:er|ere)|manager|manageur|gerante?|chef|drh|rh|referente?|"
    r"format(?:eur|rice)|psychologue|medecin|assistante?|maire|president(?:e)?|collegue|"
    r"contact|interlocut(?:eur|rice)|charge(?:e)? de recrutement|proprietaire|superieur|"
    r"superieure|encadrant(?:e)?|maitre de stage|coordinat(?:eur|rice)|avocate?|notaire)"
)
_ROLE_APRES = re.compile(
    r"\s*,\s*(?:(?:le|la|l'|votre|notre|son|sa|un|une|ancien|ancienne|futur|future|nouveau|"
    r"nouvelle)\s+)*" + _ROLES + r"\b"
)
_ROLE_AVANT = re.compile(_ROLES + r"(?:\s+[\w']+){0,3}\s*,\s*$")
_DOCUMENTS = frozenset(
    {
        "cv",
        "dossier",
        "numero",
        "no",
        "secu",
        "situation",
        "candidature",
        "lettre",
        "inscription",
        "demande",
        "attestation",
        "carte",
        "compte",
        "adresse",
        "telephone",
        "mail",
        "parcours",
        "projet",
        "nom",
        "identite",
        "date",
        "fiche",
        "releve",
        "rib",
        "iban",
        "permis",
        "diplome",
        "contrat",
        "arret",
        "absence",
        "retard",
        "sante",
    }
)
_LIEU_AVANT = frozenset(
    {
        "saint",
        "sainte",
        "st",
        "ste",
        "chez",
        "rue",
        "avenue",
        "av",
        "boulevard",
        "bd",
        "place",
        "a",
        "au",
        "en",
        "boulangerie",
        "restaurant",
        "pharmacie",
        "magasin",
        "enseigne",
        "hotel",
        "cafe",
        "brasserie",
        "garage",
        "salon",
        "institut",
        "ecole",
        "college",
        "lycee",
        "residence",
        "clinique",
        "hopital",
        "centre",
        "societe",
        "entreprise",
        "groupe",
        "etablissements",
        "quai",
        "impasse",
        "allee",
        "chemin",
        "cours",
        "square",
        "stade",
        "gymnase",
        "parc",
        "pont",
        "port",
        "fondation",
        "association",
    }
)
_PAS_UN_PRENOM_APRES = _LIEU_AVANT | {"la", "le", "les", "l'"}
_MOTS_COURANTS = frozenset(
    {
        "claire",
        "pierre",
        "rose",
        "marine",
        "olive",
        "ange",
        "france",
        "aime",
        "desire",
        "prudence",
        "constance",
        "patience",
        "victoire",
        "rene",
        "paris",
        "blanche",
        "reine",
        "marguerite",
        "violette",
        "capucine",
        "jade",
        "ambre",
        "perle",
        "hermine",
        "aurore",
        "celeste",
        "colombe",
        "esperance",
        "fleur",
        "iris",
        "lys",
        "mai",
        "noel",
        "pascal",
        "sage",
        "sylvain",
        "laurent",
        "vincent",
        "martin",
        "bernard",
        "petit",
        "grand",
        "roux",
        "leger",
        "fort",
        "blanc",
        "brun",
        "noir",
        "marchand",
        "boucher",
        "boulanger",
        "berger",
        "meunier",
        "fabre",
        "faure",
        "lefebvre",
        "mercier",
        "chevalier",
        "charpentier",
        "ali",
        "nour",
        "amine",
        "sami",
        "salut",
        "bon",
        "bonne",
        "abel",
        "lucie",
        "mathieu",
        "clement",
        "clemente",
        "constant",
        "juste",
        "fidele",
        "modeste",
        "honore",
        "auguste",
        "aimee",
        "desiree",
        "pascale",
        "felicite",
        "clemence",
        "grace",
        "joie",
        "loyal",
    }
)


_PARTICULES = frozenset(
    {
        "de",
        "du",
        "des",
        "le",
        "la",
        "les",
        "van",
        "von",
        "der",
        "den",
        "ben",
        "bin",
        "el",
        "al",
        "da",
        "das",
        "dos",
        "di",
        "del",
        "della",
        "mme",
        "mr",
        "monsieur",
        "madame",
        "mademoiselle",
        "mlle",
    }
)


def _formes_du_nom(nom: str) -> set[str]:
    """« Karim Benali » → « karim benali », « karim », « benali » (sans particules)."""
    entier = " ".join(normaliser(nom).texte.replace("'", " ").split())
    formes = {entier} if len(entier) > 1 else set()
    formes.update(m for m in entier.split() if len(m) >= 3 and m not in _PARTICULES)
    return formes


@lru_cache(maxsize=128)
def _motif_prenoms(prenoms: tuple[str, ...]) -> re.Pattern[str] | None:
    formes = sorted(set().union(*(_formes_du_nom(p) for p in prenoms)), key=len, reverse=True)
    if not formes:
        return None
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in formes)
    return re.compile(r"(?<![a-z0-9])(?:" + alternatives + r")(?![a-z0-9])")


def _prenoms(ctx: Contexte, motif: re.Pattern[str]) -> Iterable[tuple[int, int]]:
    for trouve in motif.finditer(ctx.norme):
        debut, fin = trouve.span()
        forme = trouve.group(0)
        origine = ctx.texte[ctx.normalise.origine(debut, fin)[0]]
        if forme in _MOTS_COURANTS and not origine.isupper():
            continue
        # « dans la Marine nationale » (un article), « chez Jules », « à Nancy »,
        # « Saint-Étienne », « boulangerie Paul » : un nom commun, un lieu, une enseigne ;
        # « Marie Blachère », « France Travail » : un autre nom propre.
        precedent = _mots_cadre(ctx.norme[ctx.debut_phrase(debut) : debut])[-1:]
        if precedent and precedent[0] in _PAS_UN_PRENOM_APRES:
            continue
        suite = _NOM_PROPRE.match(ctx.texte, ctx.normalise.origine(debut, fin)[1])
        if (
            suite is not None
            and ctx.normalise.carte is None
            and not motif.fullmatch(normaliser(suite.group(1)).texte)
        ):
            continue
        yield debut, fin


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


def _pronoms_qualifies(
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
        if not _DEBUT_PHRASE.match(ctx.norme[ctx.debut_phrase(debut) : debut]):
            continue
        fin_phrase = ctx.fin_phrase(debut)
        if any(trouve.end() <= d < fin_phrase for d in sensibles):
            yield debut, trouve.end(1)


_SUJET_NOMINAL = re.compile(
    r"^\W*(?:(le|un|ce|cet|son)|(la|une|cette|sa)|(?:l'|votre|notre|leur)\s*)\s*([a-z]+)"
)
_SUJETS_ADHERENT = frozenset(
    {
        "adherent",
        "adherente",
        "jeune",
        "candidat",
        "candidate",
        "personne",
        "beneficiaire",
        "demandeur",
        "demandeuse",
        "stagiaire",
        "interesse",
        "interessee",
        "accompagne",
        "accompagnee",
        "usager",
        "participant",
        "participante",
        "monsieur",
        "madame",
        "mr",
        "mme",
        "m",
        "allocataire",
        "inscrit",
        "inscrite",
        "salarie",
        "salariee",
    }
)


def _pronom_d_une_chose(ctx: Contexte, debut: int) -> bool:
    """« L'employeur (…) ; il loge les saisonniers », « Le contrat est bancal, et il devra
    être revu » : le pronom reprend le sujet nominal de la phrase (ou de la précédente, s'il
    l'ouvre), qui n'est pas l'adhérent."""
    norme = ctx.norme
    debut_phrase = ctx.debut_phrase(debut)
    if _DEBUT_PHRASE.match(norme[debut_phrase:debut]):
        if debut_phrase == 0:
            return False
        debut_phrase = ctx.debut_phrase(max(0, debut_phrase - 2))
    sujet = _SUJET_NOMINAL.match(norme, debut_phrase, debut)
    if sujet is None or sujet.group(3) in _SUJETS_ADHERENT:
        return False
    pronom = "elle" if norme.startswith("elle", debut) else "il"
    if sujet.group(1) and pronom != "il":
        return False
    return not (sujet.group(2) and pronom == "il")


# ---------------------------------------------------------------------------
# Vérification
# ---------------------------------------------------------------------------

_PRIORITE = {
    categorie: rang
    for rang, categorie in enumerate(
        (
            Categorie.identifiant,
            Categorie.judiciaire,
            Categorie.sante,
            Categorie.vie_sexuelle,
            Categorie.religion,
            Categorie.origine,
            Categorie.opinions_politiques,
            Categorie.syndicat,
            Categorie.genetique_biometrie,
            Categorie.jugement,
            Categorie.style,
            Categorie.coordonnees,
            Categorie.situation,
        )
    )
}
_NATURES = {
    "nir": "numéro de sécurité sociale (NIR)",
    "iban": "coordonnées bancaires (IBAN)",
    "carte": "numéro de carte de paiement",
}
_PAR_MOT = tuple(
    (categorie, re.compile(motif), suggestion)
    for categorie, motif, suggestion in SUGGESTIONS_PAR_MOT
)
_FEMININ = re.compile(r"(?:elle|madame|mademoiselle|mme|mlle|melle)\b")


def _explication(categorie: Categorie, extrait: str, nature: str | None = None) -> str:
    quoi = nature or EXPLICATIONS[categorie]
    if categorie in SENSIBLES:
        return f"« {extrait} » : {quoi}. {RAPPEL_SENSIBLE} : {CONSEILS[categorie]}"
    return f"« {extrait} » : {quoi} ; {CONSEILS[categorie]}"


def _suggestion(ctx: Contexte, categorie: Categorie, debut: int, fin: int, defaut: str) -> str:
    """La reformulation prête à remplacer le passage."""
    passage = ctx.norme[debut:fin]
    if categorie is Categorie.style:
        texte = "l'adhérente" if _FEMININ.match(passage) else "l'adhérent"
        if _DEBUT_PHRASE.match(ctx.norme[ctx.debut_phrase(debut) : debut]):
            texte = texte[0].upper() + texte[1:]
        return texte
    for categorie_mot, motif, suggestion in _PAR_MOT:
        if categorie_mot is categorie and motif.search(passage):
            return suggestion
    return defaut


def _constat(
    texte: str,
    ctx: Contexte,
    categorie: Categorie,
    debut: int,
    fin: int,
    suggestion: str,
    nature: str | None = None,
) -> Constat:
    debut_o, fin_o = ctx.normalise.origine(debut, fin)
    extrait = " ".join(texte[debut_o:fin_o].split())
    return Constat(
        categorie=categorie,
        debut=debut_o,
        fin=fin_o,
        explication=_explication(categorie, extrait, nature),
        suggestion=_suggestion(ctx, categorie, debut, fin, suggestion),
    )


def _analyser(
    texte: str, prenoms: tuple[str, ...], personnelles: bool = False
) -> tuple[Constat, ...]:
    if not texte or texte.isspace():
        return ()
    normalise = normaliser(texte)
    norme = normalise.texte
    ctx = Contexte(texte, normalise, norme, [m.start() for m in _FIN_PHRASE.finditer(norme)])
    neutres: list[tuple[int, int]] = []
    trouves: dict[tuple[int, int, Categorie], str] = {}

    for mot in _MOT.finditer(norme):
        jeton = mot.group()
        position = mot.start()
        for longueur in _LONGUEURS:
            if longueur > len(jeton):
                break
            candidats = _INDEX.get(jeton[:longueur])
            if not candidats:
                continue
            for expression, compilee in candidats:
                correspondance = expression.match(norme, position)
                if correspondance is None:
                    continue
                debut, fin = correspondance.span()
                categorie = compilee.regle.categorie
                if categorie is not None and (debut, fin, categorie) in trouves:
                    continue
                if not _accepte(compilee, ctx, debut, fin):
                    continue
                if categorie in SENSIBLES and _cadre_professionnel(ctx, debut, fin):
                    continue
                if categorie is None:
                    neutres.append((debut, fin))
                else:
                    trouves[(debut, fin, categorie)] = (
                        compilee.regle.suggestion or SUGGESTIONS[categorie]
                    )

    for debut, fin in _pronoms_qualifies(ctx, trouves):
        trouves.setdefault((debut, fin, Categorie.style), SUGGESTIONS[Categorie.style])
    for cle in [c for c in trouves if c[2] is Categorie.style]:
        if norme[cle[0] : cle[1]] in ("il", "elle") and _pronom_d_une_chose(ctx, cle[0]):
            del trouves[cle]

    constats: list[tuple[int, int, Categorie, str, str | None]] = [
        (debut, fin, categorie, suggestion, None)
        for (debut, fin, categorie), suggestion in trouves.items()
        if not any(n_debut <= debut and fin <= n_fin for n_debut, n_fin in neutres)
    ]
    for numero in chercher_numeros(norme):
        constats.append(
            (
                numero.debut,
                numero.fin,
                Categorie.identifiant,
                SUGGESTIONS[Categorie.identifiant],
                _NATURES[numero.nature],
            )
        )
    if personnelles:
        for donnee in chercher_personnelles(norme):
            constats.append(
                (
                    donnee.debut,
                    donnee.fin,
                    Categorie(CATEGORIE_DE[donnee.nature]),
                    SUGGESTIONS[Categorie(CATEGORIE_DE[donnee.nature])],
                    NATURES_PERSONNELLES[donnee.nature],
                )
            )
    for debut, fin in _titres(ctx):
        constats.append((debut, fin, Categorie.style, SUGGESTIONS[Categorie.style], None))
    motif = _motif_prenoms(prenoms) if prenoms else None
    if motif is not None:
        for debut, fin in _prenoms(ctx, motif):
            constats.append((debut, fin, Categorie.style, SUGGESTIONS[Categorie.style], None))

    constats.sort(key=lambda c: (c[0] - c[1], _PRIORITE[c[2]], c[0]))
    retenus: list[tuple[int, int, Categorie, str, str | None]] = []
    for candidat in constats:
        if all(candidat[1] <= r[0] or candidat[0] >= r[1] for r in retenus):
            retenus.append(candidat)
    retenus.sort(key=lambda c: (c[0], c[1]))
    return tuple(
        _constat(texte, ctx, categorie, debut, fin, suggestion, nature)
        for debut, fin, categorie, suggestion, nature in retenus
    )


@lru_cache(maxsize=512)
def _verifier_memo(texte: str, prenoms: tuple[str, ...], personnelles: bool) -> tuple[Constat, ...]:
    return _analyser(texte, prenoms, personnelles)


def verifier(texte: str, prenoms: Iterable[str] = (), personnelles: bool = False) -> list[Constat]:
    """Les passages à revoir dans un texte libre, dans l'ordre du texte.

    `prenoms` : le prénom et le nom de l'adhérent, pour signaler qu'il est
    nommé au lieu d'écrire « vous » ou « l'adhérent ». Les positions des
    constats sont celles du texte reçu. Les derniers textes vérifiés sont
    gardés en mémoire : retaper le même texte ne coûte rien.

    `personnelles` : signaler aussi les coordonnées et la situation de
    l'adhérent (catégories `coordonnees` et `situation`), interdites tant que
    le consentement n'est pas en vigueur (voir `personnelles.py`).
    """
    return list(_verifier_memo(texte, tuple(p for p in prenoms if p and p.strip()), personnelles))
