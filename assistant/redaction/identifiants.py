"""Les numéros qui n'ont pas leur place dans une note : NIR, IBAN, carte bancaire.

Chaque numéro est validé par sa clé quand elle existe (clé du NIR modulo 97,
IBAN modulo 97, carte de paiement par l'algorithme de Luhn), pour ne pas
signaler un numéro de commande, un SIRET ou un téléphone. Sans clé valide,
un numéro n'est signalé que s'il est annoncé comme tel (« n° sécu », « IBAN »,
« carte bancaire »).

Les recherches portent sur le texte normalisé (voir `normalisation`) : les
lettres y sont en minuscules et les tirets sont des espaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.redaction.lexique.identifiants import (
    CARTE_ANNONCE,
    CARTE_EXCLUE,
    IBAN_ANNONCE,
    LONGUEURS_IBAN,
    NIR_ANNONCE,
)

_SEP = r"[ .]?"

_NIR = re.compile(
    rf"(?<![0-9a-z])([1-478]){_SEP}(\d\d){_SEP}(\d\d){_SEP}(\d\d|2[ab]){_SEP}(\d{{3}}){_SEP}"
    rf"(\d{{3}})(?:{_SEP}(\d\d))?(?![0-9])"
)
_NIR_ANNONCE = re.compile(NIR_ANNONCE)

_IBAN = re.compile(r"(?<![0-9a-z])([a-z]{2}\d\d(?: ?[a-z0-9]){11,40})")
_IBAN_ANNONCE = re.compile(IBAN_ANNONCE)

_CARTE = re.compile(r"(?<![0-9])(\d{4}(?: ?\d{4}){2} ?\d{1,7})(?![0-9])")
_CARTE_ANNONCE = re.compile(CARTE_ANNONCE)
_CARTE_EXCLUE = re.compile(CARTE_EXCLUE)


@dataclass(frozen=True, slots=True)
class Numero:
    """Un numéro trouvé dans le texte normalisé."""

    debut: int
    fin: int
    nature: str
    """`nir`, `iban` ou `carte`."""


def cle_nir_valide(chiffres: str) -> bool:
    """Vrai si les 15 caractères (13 + clé) d'un NIR ont une clé correcte.

    La Corse (2A, 2B) se calcule en remplaçant le département par 19 ou 18
    et en retranchant 1 000 000 ou 2 000 000, comme le fait l'INSEE.
    """
    chiffres = chiffres.lower()
    if len(chiffres) != 15:
        return False
    corps, cle = chiffres[:13], chiffres[13:]
    if not cle.isdigit():
        return False
    if "2a" in corps[5:7] or "2b" in corps[5:7]:
        retrait = 1_000_000 if corps[5:7] == "2a" else 2_000_000
        corps = corps[:5] + ("19" if corps[5:7] == "2a" else "18") + corps[7:]
        if not corps.isdigit():
            return False
        nombre = int(corps) - retrait
    elif corps.isdigit():
        nombre = int(corps)
    else:
        return False
    return 97 - nombre % 97 == int(cle)


def _mois_plausible(mois: str) -> bool:
    valeur = int(mois)
    return 1 <= valeur <= 12 or 20 <= valeur <= 42 or 50 <= valeur <= 99


def iban_valide(iban: str) -> bool:
    """Contrôle modulo 97 d'un IBAN (espaces permis, casse indifférente)."""
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or len(compact) > 34 or not compact.isalnum():
        return False
    reorganise = compact[4:] + compact[:4]
    try:
        nombre = int("".join(str(int(c, 36)) for c in reorganise))
    except ValueError:
        return False
    return nombre % 97 == 1


def luhn_valide(chiffres: str) -> bool:
    """Algorithme de Luhn (cartes de paiement)."""
    chiffres = chiffres.replace(" ", "")
    if not chiffres.isdigit():
        return False
    total = 0
    for rang, car in enumerate(reversed(chiffres)):
        valeur = int(car)
        if rang % 2 == 1:
            valeur *= 2
            if valeur > 9:
                valeur -= 9
        total += valeur
    return total % 10 == 0


def _fin_apres(texte: str, debut: int, nombre: int) -> int:
    """Position qui suit le `nombre`-ième caractère non blanc à partir de `debut`."""
    vus = 0
    position = debut
    while position < len(texte) and vus < nombre:
        if texte[position] != " ":
            vus += 1
        position += 1
    return position


_AU_MOINS_11_CHIFFRES = re.compile(r"\d(?:[ .]?\d){10}")


def chercher_numeros(norme: str) -> Iterator[Numero]:
    """Les NIR, IBAN et numéros de carte du texte normalisé, sans chevauchement."""
    if not _AU_MOINS_11_CHIFFRES.search(norme):
        return
    pris: list[tuple[int, int]] = []

    def libre(debut: int, fin: int) -> bool:
        return all(fin <= d or debut >= f for d, f in pris)

    for trouve in _IBAN.finditer(norme):
        brut = trouve.group(1)
        compact = brut.replace(" ", "")
        pays = compact[:2]
        longueurs = [LONGUEURS_IBAN[pays]] if pays in LONGUEURS_IBAN else range(34, 14, -1)
        for longueur in longueurs:
            if len(compact) < longueur:
                continue
            candidat = compact[:longueur]
            annonce_iban = (
                _IBAN_ANNONCE.search(norme, max(0, trouve.start() - 40), trouve.start()) is not None
            )
            if iban_valide(candidat) or (annonce_iban and candidat[2:4].isdigit()):
                fin = _fin_apres(norme, trouve.start(), longueur)
                pris.append((trouve.start(), fin))
                yield Numero(trouve.start(), fin, "iban")
                break

    for trouve in _NIR.finditer(norme):
        debut, fin = trouve.span()
        if not libre(debut, fin) or not _mois_plausible(trouve.group(3)):
            continue
        cle = trouve.group(7)
        corps = "".join(trouve.group(i) for i in range(1, 7))
        annonce = _NIR_ANNONCE.search(norme, max(0, debut - 50), debut) is not None
        groupe = " " in trouve.group(0) or "." in trouve.group(0)
        if cle is not None and cle_nir_valide(corps + cle):
            ok = True
        elif cle is not None:
            ok = annonce
        else:
            ok = annonce or groupe
        if ok:
            pris.append((debut, fin))
            yield Numero(debut, fin, "nir")

    for trouve in _CARTE.finditer(norme):
        debut, fin = trouve.span()
        brut = trouve.group(1)
        compact = brut.replace(" ", "")
        if not libre(debut, fin) or not 13 <= len(compact) <= 19:
            continue
        if " " not in brut and len(compact) in (14, 9):  # SIRET, SIREN : Luhn aussi
            continue
        if _CARTE_EXCLUE.search(norme, max(0, debut - 30), debut):
            continue
        # Sans clé valide (faute de frappe), un numéro annoncé comme une carte l'est encore.
        if luhn_valide(compact) or (
            len(compact) == 16
            and _CARTE_ANNONCE.search(norme, max(0, debut - 40), debut) is not None
        ):
            pris.append((debut, fin))
            yield Numero(debut, fin, "carte")
