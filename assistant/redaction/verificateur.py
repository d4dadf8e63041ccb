"""Le vérificateur des textes libres : données sensibles, jugements, identifiants, style.

    >>> from assistant.redaction import verifier
    >>> [c.categorie.value for c in verifier("Il est diabétique.")]
    ['style', 'sante']

Ce module orchestre ; chaque étape vit dans son module. Fonctionnement, pensé
pour tourner à chaque frappe (moins d'une milliseconde pour quelques centaines
de caractères) :

1. le texte est **normalisé** (`normalisation` : minuscules, sans accents,
   tirets en espaces) en gardant le chemin retour vers les positions d'origine ;
2. il est découpé en mots ; chaque mot cherche dans un **index** (`motifs`)
   les règles (`regles`, listes de mots dans `lexique`) dont l'amorce (les
   premières lettres fixes) commence ce mot, et seules celles-là sont
   essayées, ancrées au début du mot ;
3. chaque correspondance passe les **contrôles de contexte** de sa règle
   (`contexte` : expressions neutres, contexte professionnel, mots exigés ou
   exclus avant et après, phrase) et le **cadre professionnel** (`cadre`) ;
4. les numéros (NIR, IBAN, carte) sont cherchés et validés par leur clé
   (`identifiants`) ; les civilités (`civilites`), les prénoms de l'adhérent
   (`prenoms`) et les pronoms (`pronoms`) donnent les constats de style ;
5. les chevauchements sont résolus (le passage le plus long l'emporte).

Tout est compilé à l'import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.redaction.cadre import cadre_professionnel
from assistant.redaction.civilites import civilites
from assistant.redaction.contexte import DEBUT_PHRASE, Contexte, accepte
from assistant.redaction.identifiants import chercher_numeros
from assistant.redaction.lexique.reformulations import (
    CONSEILS,
    EXPLICATIONS,
    RAPPEL_SENSIBLE,
    SENSIBLES,
    SUGGESTIONS,
    SUGGESTIONS_PAR_MOT,
)
from assistant.redaction.modele import Categorie, Constat
from assistant.redaction.motifs import compiler
from assistant.redaction.normalisation import normaliser
from assistant.redaction.personnelles import CATEGORIE_DE, chercher_personnelles
from assistant.redaction.personnelles import NATURES as NATURES_PERSONNELLES
from assistant.redaction.prenoms import motif_prenoms, prenoms_nommes
from assistant.redaction.pronoms import pronom_d_une_chose, pronoms_qualifies
from assistant.redaction.regles import FAMILLES, REGLES

__all__ = ["Categorie", "Constat", "Contexte", "verifier"]


_INDEX, _LONGUEURS = compiler((*REGLES, *FAMILLES))


_MOT = re.compile(r"[a-z0-9]+")


_FIN_PHRASE = re.compile(r"[.!?;](?=\s|$)|\n")


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
        if DEBUT_PHRASE.match(ctx.norme[ctx.debut_phrase(debut) : debut]):
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
                if not accepte(compilee, ctx, debut, fin):
                    continue
                if categorie in SENSIBLES and cadre_professionnel(ctx, debut, fin):
                    continue
                if categorie is None:
                    neutres.append((debut, fin))
                else:
                    trouves[(debut, fin, categorie)] = (
                        compilee.regle.suggestion or SUGGESTIONS[categorie]
                    )

    for debut, fin in pronoms_qualifies(ctx, trouves):
        trouves.setdefault((debut, fin, Categorie.style), SUGGESTIONS[Categorie.style])
    for cle in [c for c in trouves if c[2] is Categorie.style]:
        if norme[cle[0] : cle[1]] in ("il", "elle") and pronom_d_une_chose(ctx, cle[0]):
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
    for debut, fin in civilites(ctx):
        constats.append((debut, fin, Categorie.style, SUGGESTIONS[Categorie.style], None))
    motif = motif_prenoms(prenoms) if prenoms else None
    if motif is not None:
        for debut, fin in prenoms_nommes(ctx, motif):
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
