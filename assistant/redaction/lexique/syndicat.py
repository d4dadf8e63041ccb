"""Les mots syndicaux : confédérations, adhésion, activité. Données seules,
utilisées par `regles.syndicat` et `regles.neutres`.
"""

from __future__ import annotations

# Le vocabulaire syndical qui nomme un employeur : « assistante de direction dans une
# fédération syndicale », « comptable au siège de la CFDT ». L'adhésion ou le
# militantisme (« vous êtes adhérent d'une fédération syndicale ») reste signalé.
SYNDICATS = r"(?:cgt|cfdt|cftc|cfe cgc|fo|force ouvriere|unsa|fsu|solidaires|sud \w+|cnt)"

ADHESION_SYNDICALE = (
    r"syndiqu\w*",
    r"syndical\w*",
    r"cgt",
    r"cfdt",
    r"cftc",
    r"cfe cgc",
    r"force ouvriere",
    r"unsa",
    r"fsu",
    r"snes\w*",
    r"cnt",
    r"unef",
    r"greviste\w*",
    r"militant\w* (?:syndica\w*|cgt|cfdt|fo|cftc|sud|unsa|fsu|cnt|force ouvriere|"
    r"a la cgt|a la cfdt|a fo|au syndicat)",
    r"sud (?:rail|ptt|sante|solidaires|education|travail|industrie|chimie|commerce|"
    r"poste|collectivites)",
    r"solidaires sud",
)
"""L'adhésion et l'activité syndicales."""
