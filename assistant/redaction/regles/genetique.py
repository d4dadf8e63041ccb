"""Les règles des données génétiques et biométriques (RGPD, art. 9) ; leurs listes
de mots sont dans `lexique.genetique`.
"""

from __future__ import annotations

from assistant.redaction.lexique.genetique import DONNEES_GENETIQUES, SCIENCE_APRES, SCIENCE_AVANT
from assistant.redaction.lexique.reformulations import SUGGESTIONS
from assistant.redaction.modele import Categorie, Regle, regle

C = Categorie


def _genetique() -> tuple[Regle, ...]:
    return (
        regle(
            C.genetique_biometrie,
            r"empreinte",
            exige_avant=r"\b(?:votre|son|sa|leur|mon|ma|"
            r"prise d'|releve\w* (?:de |d')?|enregistrement (?:de |d')?)\s*$",
            sauf_apres=r"(?:carbone|ecologique|environnementale|de pas|de (?:votre|son) "
            r"passage|positive|durable|sur (?:le|l'|les|la) (?:equipe|entreprise|projet))",
            sauf_avant=SCIENCE_AVANT,
            suggestion=SUGGESTIONS[C.genetique_biometrie],
        ),
        regle(
            C.genetique_biometrie,
            r"empreintes",
            r"chromosom\w*",
            r"porteu\w* (?:du|d'un|d'une|de la|de l') ?(?:gene|mutation|anomalie|alteration)",
            r"reconnaissance (?:vocale|palmaire|digitale|veineuse|de l'iris|du visage|"
            r"biometrique)",
            exige_avant=r"\b(?:vos|ses|votre|son|sa|leurs?|mes|ma|mon|releve\w*|prise?s?|pris|"
            r"enregistre\w*|scanne\w*|stocke\w*|conserve\w*|collecte\w*|utilise\w*|"
            r"donne\w*|fourni\w*|transmis\w*|demande\w*|exige\w*|les|des|d'|anomalie|"
            r"test|caryotype|analyse|etes|est|vous|avez|a|un|une|de|par)\s*"
            r"(?:\w+\s+)?$",
            sauf_apres=r"(?:carbone|ecologique|environnementale|de pas|digitale? sur le|"
            r"sur le sol|de pneu)",
            sauf_avant=SCIENCE_AVANT,
            suggestion=SUGGESTIONS[C.genetique_biometrie],
        ),
        regle(
            C.genetique_biometrie,
            r"(?:scan\w*|lecture|reconnaissance|releve\w*|capture) "
            r"(?:de |d'|des |du )?(?:l'|votre |son |vos |ses |leur )?(?:iris|retines?|visage|voix)",
            sauf_avant=SCIENCE_AVANT,
            suggestion=SUGGESTIONS[C.genetique_biometrie],
        ),
        regle(
            C.genetique_biometrie,
            r"(?:votre|son|sa|vos|ses|leurs?) (?:iris|retines?|visage|voix|"
            r"empreintes?|reseau veineux)",
            exige_apres=r"(?:\s+[\w']+){0,3}\s+(?:scanne\w*|enregistre\w*|numerise\w*|capte\w*|"
            r"releve\w*|analyse\w*|stocke\w*|conserve\w*|utilise\w*|fiche\w*)|\s+pour (?:le|la|"
            r"les) (?:badge|pointage|acces|controle)",
            sauf_avant=SCIENCE_AVANT,
            suggestion=SUGGESTIONS[C.genetique_biometrie],
        ),
    )


REGLES: tuple[Regle, ...] = (
    regle(
        C.genetique_biometrie,
        *DONNEES_GENETIQUES,
        sauf_phrase=r"pointeuse|badgeuse",
        sauf_avant=SCIENCE_AVANT,
        sauf_apres=SCIENCE_APRES,
        suggestion=SUGGESTIONS[C.genetique_biometrie],
    ),
)


FAMILLES: tuple[Regle, ...] = _genetique()
