"""Les données personnelles qui décrivent l'adhérent : coordonnées et situation.

Ces données ne sont pas interdites dans un écrit : avec le consentement de
l'adhérent, une étape personnelle les recueille. Elles le sont **sans**
consentement (pas encore donné, refusé ou retiré) : rien de personnel ne
s'enregistre alors, notes comprises. Le vérificateur ne les cherche donc que
si on le lui demande (`verifier(texte, personnelles=True)`) ; la vérification
ordinaire, mesurée par `benchmarks/rgpd.py`, n'en est pas changée.

Deux catégories :

- `coordonnees` (coordonnées et identité) : numéro de téléphone (« 06 12 34
  56 78 », « +33 6 12 34 56 78 »), adresse électronique, adresse postale
  (« 12 rue des Lilas », « 29600 Morlaix »), date de naissance (« né le … »,
  « date de naissance », « vous avez 34 ans ») ;
- `situation` (situation familiale et ressources) : situation de couple
  (« vous êtes mariée », « pacsé », « en instance de divorce »), enfants
  (« vous avez 3 enfants », « mère de deux enfants »), prestations perçues
  (« vous bénéficiez du RSA », « allocataire de l'ARE », « RSA depuis 2022 »),
  revenus et charges (« vous percevez 900 € par mois », « loyer de 600 € »).

Décisions contre les fausses alertes (les textes professionnels restent
libres) :

- un numéro, une adresse électronique ou une adresse postale annoncés comme
  ceux d'un employeur, d'un recruteur, d'une entreprise, d'un organisme ou
  d'un lieu de travail (« téléphone du recruteur : 04 72 10 20 30 »,
  « entretien au restaurant, 12 rue Mercière ») ne décrivent pas l'adhérent :
  ils ne sont pas signalés ; une adresse générique (`contact@`, `rh@`…) non
  plus ;
- un salaire proposé, visé ou attendu pour un poste n'est pas un revenu de
  l'adhérent ; un montant d'aide, de formation ou de CPF non plus ;
- « le RSA », « l'ARE » cités comme dispositifs (« il est possible de cumuler
  le RSA avec un temps partiel ») ne sont signalés que rattachés à la
  personne (« vous bénéficiez du RSA », « RSA depuis 2022 »).

Les recherches portent sur le texte normalisé (minuscules, sans accents,
tirets changés en espaces).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from assistant.redaction.lexique.personnelles import (
    CODE_POSTAL_EXCLU,
    COURRIEL_GENERIQUE,
    MOTS_APRES_CODE,
    NOMBRE_ENFANTS,
    PRESTATIONS,
    PROFESSIONNEL,
    REVENUS_PRO,
    VOIES,
)

Nature = Literal[
    "telephone",
    "courriel",
    "adresse",
    "code_postal",
    "naissance",
    "couple",
    "enfants",
    "prestation",
    "revenus",
]

NATURES: dict[Nature, str] = {
    "telephone": "numéro de téléphone",
    "courriel": "adresse électronique",
    "adresse": "adresse postale",
    "code_postal": "adresse postale (code postal et commune)",
    "naissance": "date de naissance ou âge",
    "couple": "situation familiale",
    "enfants": "situation familiale (enfants)",
    "prestation": "prestation ou allocation perçue",
    "revenus": "revenus ou charges",
}
"""Ce que chaque sorte de donnée personnelle est, pour une personne."""

CATEGORIE_DE: dict[Nature, Literal["coordonnees", "situation"]] = {
    "telephone": "coordonnees",
    "courriel": "coordonnees",
    "adresse": "coordonnees",
    "code_postal": "coordonnees",
    "naissance": "coordonnees",
    "couple": "situation",
    "enfants": "situation",
    "prestation": "situation",
    "revenus": "situation",
}


@dataclass(frozen=True, slots=True)
class DonneePersonnelle:
    """Un passage du texte normalisé qui identifie ou décrit l'adhérent."""

    debut: int
    fin: int
    nature: Nature


_PRO = re.compile(PROFESSIONNEL)

_FIN_PHRASE = re.compile(r"[.!?;\n]")

_TELEPHONE = re.compile(
    r"(?<![0-9a-z])(?:\+ ?33 ?(?:\(0\) ?)?|0033 ?|0)[1-9](?:[ .]?\d\d){4}(?![0-9])"
)
_COURRIEL = re.compile(r"(?<![a-z0-9._%+])([a-z0-9._%+]+)@[a-z0-9.]+\.[a-z]{2,}\b")
_COURRIEL_GENERIQUE = re.compile(COURRIEL_GENERIQUE)
_ADRESSE = re.compile(
    rf"(?<![0-9a-z])\d{{1,4}}(?: ?(?:bis|ter|b|t))?,? (?:{VOIES})\b\.? "
    r"(?:de |du |des |d'|la |le |l')?[a-z]"
)
_CODE_POSTAL = re.compile(
    r"(?<![0-9a-z.,])(?:0[1-9]|[1-8]\d|9[0-8])\d{3} "
    rf"(?!(?:{MOTS_APRES_CODE})\b)[a-z]{{3,}}"
)
_CODE_POSTAL_EXCLU = re.compile(CODE_POSTAL_EXCLU)
_NAISSANCE = re.compile(
    r"\b(?:nee?s? (?:le (?:\d|1er|premier)|en (?:19|20)\d\d|a [a-z])|"
    r"date de naissance|vous avez \d{2} ans|age(?:e)? de \d{2} ans|agee? de \d{2} ans)"
)
_COUPLE = re.compile(
    r"\b(?:(?:etes|est|suis|etre|sommes|vivez|vit|vis|vivant|reste[sz]?)"
    r"(?: (?:actuellement|maintenant|desormais|aujourd'hui|toujours|seule?))? "
    r"(?:mariee?s?|pacsee?s?|divorcee?s?|separee?s?|celibataires?|veu(?:f|ve)s?|"
    r"en concubinage|en couple|remariee?s?)|"
    r"en (?:instance|cours) de (?:divorce|separation)|"
    r"(?:mere|pere|parent|maman|papa) (?:isolee?|celibataire|seule?)|"
    r"situation (?:familiale|matrimoniale) ?: ?[a-z]|"
    r"(?:votre|son|sa|mon|ma) (?:mari|epoux|epouse|conjointe?|compagne|compagnon|concubine?)\b)"
)
_ENFANTS = re.compile(
    rf"\b(?:(?:avez|a|ai|avons|ont|avoir|elevez|eleve) (?:{NOMBRE_ENFANTS}|des) enfants?|"
    rf"(?:mere|pere|parent|maman|papa) (?:de |d')(?:{NOMBRE_ENFANTS}) enfants?|"
    rf"(?:{NOMBRE_ENFANTS}) enfants? a charge|enfants? a (?:sa|votre) charge)\b"
)
_PRESTATION = re.compile(
    rf"\b(?:(?:beneficiez|beneficie|beneficiaire|beneficiaires|percevez|percoit|percois|"
    rf"touchez|touche|allocataire|vivez|vit|avez droit|a droit|ouverture de droits?|"
    rf"fin de droits?|droits?) (?:du |de la |de l'|des |au |a la |a l'|aux |d'|le |la |l')?"
    rf"(?:{PRESTATIONS})|(?:{PRESTATIONS}) depuis)\b"
)
_MONTANT = r"\d[\d ]*(?:[,.]\d+)? ?(?:€|(?:euros?|eur)\b)"
_REVENUS = re.compile(
    rf"\b(?:(?:percevez|percoit|touchez|touche|gagnez|gagne|vivez avec|vit avec|"
    rf"revenus?(?: mensuels?)?|ressources(?: mensuelles)?|loyer|dettes?|endettement|credit|"
    rf"budget|reste a vivre|pension)\b[^.;\n]{{0,25}}?{_MONTANT}|"
    rf"(?:surendettement|dossier de surendettement|interdit bancaire))"
)
_REVENUS_PRO = re.compile(REVENUS_PRO)


def _debut_phrase(norme: str, position: int) -> int:
    avant = [m.end() for m in _FIN_PHRASE.finditer(norme, 0, position)]
    return avant[-1] if avant else 0


def _professionnel(norme: str, debut: int) -> bool:
    """Un mot du monde du travail annonce-t-il ce passage, dans la même phrase ?"""
    return _PRO.search(norme, _debut_phrase(norme, debut), debut) is not None


def chercher_personnelles(norme: str) -> Iterator[DonneePersonnelle]:
    """Les données personnelles de l'adhérent dans un texte normalisé."""
    for trouve in _TELEPHONE.finditer(norme):
        if not _professionnel(norme, trouve.start()):
            yield DonneePersonnelle(trouve.start(), trouve.end(), "telephone")
    for trouve in _COURRIEL.finditer(norme):
        if _COURRIEL_GENERIQUE.match(trouve.group(1)) or _professionnel(norme, trouve.start()):
            continue
        yield DonneePersonnelle(trouve.start(), trouve.end(), "courriel")
    for trouve in _ADRESSE.finditer(norme):
        if not _professionnel(norme, trouve.start()):
            fin = trouve.end()
            while fin < len(norme) and norme[fin] not in ",.;\n":
                fin += 1
            yield DonneePersonnelle(trouve.start(), fin, "adresse")
    for trouve in _CODE_POSTAL.finditer(norme):
        avant = norme[max(0, trouve.start() - 20) : trouve.start()]
        if _CODE_POSTAL_EXCLU.search(avant) or _professionnel(norme, trouve.start()):
            continue
        yield DonneePersonnelle(trouve.start(), trouve.end(), "code_postal")
    for motif, nature in (
        (_NAISSANCE, "naissance"),
        (_COUPLE, "couple"),
        (_ENFANTS, "enfants"),
        (_PRESTATION, "prestation"),
    ):
        for trouve in motif.finditer(norme):
            yield DonneePersonnelle(trouve.start(), trouve.end(), nature)  # type: ignore[arg-type]
    for trouve in _REVENUS.finditer(norme):
        debut = _debut_phrase(norme, trouve.start())
        if _REVENUS_PRO.search(norme, debut, trouve.end()):
            continue
        yield DonneePersonnelle(trouve.start(), trouve.end(), "revenus")
