"""Les mots de la vie et de l'orientation sexuelles, du couple et du partenaire.
Données seules, utilisées par `regles.vie_sexuelle`.
"""

from __future__ import annotations

EN_COUPLE = (
    r"(?:en couple|maries?|mariees?|pacses?|pacsees?|fiances?|fiancees?|sort avec|sortez avec|"
    r"sortait avec|en concubinage|en union libre|en relation|partage\w* (?:sa|votre|leur) vie|"
    r"vi(?:t|vez|vait|vent|vais|vre) en couple)"
)


PARTENAIRE = (
    # Verbe de couple + toute personne : « en couple avec un homme », « sort avec une fille ».
    EN_COUPLE + r" avec (?:un homme|une femme|un garcon|une fille|un gars|un mec|une nana|"
    r"un autre homme|une autre femme|(?:son|sa|votre|leur) (?:copain|copine))|"
    # Le rôle de partenaire, quel que soit le verbe : « son compagnon », « votre mari ».
    r"(?:avez|a|avait|aviez|ai) (?:un|une) (?:compagnon|compagne|petit ami|petite amie|mari|"
    r"epouse)|"
    r"(?:votre|son|sa|leur|dont le|dont la) (?:mari|epouse|compagnon|compagne|conjointe?|"
    r"petit ami|petite amie|fiancee?)"
)

ORIENTATIONS = (
    r"homosexu\w*",
    r"homos?",
    r"gays?",
    r"lesbien\w*",
    r"bisexu\w*",
    r"asexu\w*",
    r"pansexu\w*",
    r"demisexu\w*",
    r"aromanti\w*",
    r"intersexu\w*",
    r"transgenres?",
    r"transsexu\w*",
    r"transidentit\w*",
    r"non binaires?",
    r"lgbt\w*",
    r"queer\w*",
    r"orientation sexuelle",
    r"vie sexuelle",
    r"sexualit\w*",
    r"relations? sexuelles?",
    r"rapports? sexuels?",
    r"heteros?",
    r"heterosexu\w*",
    r"pd",
    r"pedes?",
    r"gouines?",
    r"coming out",
    r"prostitu\w*",
    r"travailleu\w* du sexe",
    r"escorts?",
    r"escort girl\w*",
    r"libertin\w*",
    r"echangiste\w*",
    r"partenaires? sexuel\w*",
    r"vie intime",
    r"sexuellement",
    r"(?:son|sa|votre) (?:compagnon|compagne|conjoint|conjointe|mari|epouse|copain|"
    r"copine) (?:est |etait )?(?:un homme|une femme)",
)
"""Les orientations sexuelles et les identités de genre."""
