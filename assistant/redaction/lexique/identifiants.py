"""Les mots qui annoncent un numéro (NIR, IBAN, carte) et les longueurs des IBAN
par pays. Données seules, utilisées par `identifiants`.
"""

from __future__ import annotations

NIR_ANNONCE = (
    r"(?:\bsecu\b|\bs[ .]?s\b|\bnir\b|\bsecurite sociale|\bcarte vitale|\bimmatriculation|"
    r"\bn(?:°|o|um(?:ero)?)\.? ?ss\b)[^0-9]{0,30}$"
)
"""Ce qui annonce un numéro de sécurité sociale, juste avant lui."""

IBAN_ANNONCE = r"(?:\biban\b|\brib\b|\bbic\b|\bcompte bancaire)[^0-9]{0,30}$"
"""Ce qui annonce des coordonnées bancaires, juste avant elles."""

LONGUEURS_IBAN = {
    "fr": 27,
    "mc": 27,
    "be": 16,
    "de": 22,
    "es": 24,
    "it": 27,
    "pt": 25,
    "lu": 20,
    "ch": 21,
    "gb": 22,
    "nl": 18,
    "ie": 22,
    "at": 20,
    "pl": 28,
    "ro": 24,
    "bg": 22,
    "gr": 27,
    "tn": 24,
    "dz": 26,
    "ma": 28,
    "sn": 28,
    "ci": 28,
    "ml": 28,
    "cm": 27,
    "tr": 26,
    "gp": 27,
    "mq": 27,
    "re": 27,
    "gf": 27,
    "yt": 27,
    "nc": 27,
    "pf": 27,
}
"""La longueur d'un IBAN par code de pays."""

CARTE_ANNONCE = (
    r"(?:\bcartes? (?:bancaires?|bleues?|de (?:credit|paiement|debit))|\bcb\b|\bvisa\b|"
    r"\bmastercard\b|\bamex\b|\bcarte n)[^0-9]{0,30}$"
)
"""Ce qui annonce un numéro de carte de paiement, juste avant lui."""

CARTE_EXCLUE = r"(?:\bsiret|\bsiren|\btva|\bcommande|\bfacture|\bdossier)[^0-9]{0,20}$"
"""Ce qui fait d'un long numéro autre chose qu'une carte (SIRET, commande…)."""
