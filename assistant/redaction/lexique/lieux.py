"""Les lieux : où l'on séjourne, est soigné ou détenu, et les mots qui annoncent
un lieu plutôt qu'un prénom. Données seules.
"""

from __future__ import annotations

# Un lieu où la personne séjourne, est soignée ou détenue : « vous sortez du centre
# pénitentiaire », « hospitalisée au centre hospitalier » ne sont pas des métiers.
SEJOUR_AVANT = (
    r"(?:sort\w*|sorti\w*|incarcer\w*|detenue?s?|enferme\w*|transfere\w*|liberee?s?|"
    r"hospitalise\w*|internee?s?|admise?s?|soignee?s?|suivie?s?|accueillie?s?|hebergee?s?|"
    r"placee?s?|passe \w+ (?:mois|ans|annees|semaines|jours)|sejourne\w*|etes|etiez|"
    r"restez|restee?s?|vivez|vit|residez|reside)(?: \w+)? (?:au|aux|du|des|en|dans|a)"
    r"(?: (?:un|une|le|la|l'|les))?"
)


LIAISON_DOMAINE = r" (?:(?:du|de la|de l'|des|d'|de|en|dans le|dans la|sanitaire et|medico) )*"


DOMAINES_DE_SEJOUR = (
    r"sante|medical\w*|medico social\w*|medico sociaux|paramedical\w*|handicap|hospitali\w*|"
    r"penitentiaire\w*|carceral\w*|soins?|psychiatri\w*|addictologie|sanitaire\w*|"
    r"hopitaux|hopital|clinique\w*"
)
"""Les domaines d'un lieu où l'on peut travailler comme séjourner (soins, détention)."""


LIEU_AVANT = frozenset(
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
