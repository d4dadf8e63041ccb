"""Les expressions neutres (catégorie `None`) : elles masquent le vocabulaire
sensible employé dans un sens professionnel, administratif ou figuré (« secteur
de la santé », « infirmière en addictologie », « livrer des médicaments ») ;
leurs listes de mots sont dans `lexique.neutres`, `lexique.metiers`,
`lexique.lieux` et `lexique.organisations`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.redaction.lexique.grammaire import POSSESSIFS
from assistant.redaction.lexique.judiciaire import MISE_EN_CAUSE
from assistant.redaction.lexique.lieux import DOMAINES_DE_SEJOUR, LIAISON_DOMAINE, SEJOUR_AVANT
from assistant.redaction.lexique.metiers import (
    COMMERCE_AVANT,
    ETUDES_OU_METIER,
    MOTS_METIER,
    PERSONNEL_AVANT,
    PERSONNES_SOIGNEES,
    RADICAUX_METIER,
    SPECIALITES,
)
from assistant.redaction.lexique.neutres import BIENS_MEDICAUX, EXPRESSIONS_NEUTRES, FIGURES
from assistant.redaction.lexique.personnes import VERBES_PERSONNELS
from assistant.redaction.lexique.syndicat import SYNDICATS
from assistant.redaction.modele import Regle, regle
from assistant.redaction.normalisation import mots

if TYPE_CHECKING:
    from assistant.redaction.contexte import Contexte


_LIEUX_DE_SEJOUR = regle(
    None,
    r"(?:etablissements?|structures?|centres?|services?|institutions?|pole)"
    + LIAISON_DOMAINE
    + r"(?:"
    + DOMAINES_DE_SEJOUR
    + r")",
    sauf_avant=SEJOUR_AVANT,
)


_NEUTRES = regle(
    None,
    # Métiers, secteurs et institutions : des projets et des compétences.
    *EXPRESSIONS_NEUTRES,
)


_EXTRAIT_CASIER = regle(
    None,
    r"extraits? (?:de |du )?casier judiciaire(?: (?:n ?o ?3|b3|bulletin n ?o? ?3))?",
    exige_avant=r"(?:demande\w*|fournir|fourni\w*|exige\w*|requis\w*|obtenir|commander|"
    r"demander|un|l'|d'un|le poste|l'employeur|necessite|necessaire|joindre|presenter)",
    sauf_apres=r"(?:n'est pas vierge|non vierge|charge|portant|mentionn|avec)",
)


_EXTRAIT_CASIER_EXIGE = regle(
    None,
    r"extraits? (?:de |du )?casier judiciaire(?: (?:n ?o ?3|b3|bulletin n ?o? ?3))?",
    exige_apres=r"(?:a fournir|a demander|demande|exige|requis|necessaire|obligatoire|"
    r"pour (?:le|ce|un) (?:poste|emploi|metier|concours|recrutement|dossier))",
)


_DROIT_PENAL = regle(
    None,
    r"droits? penal\w*",
    r"droit (?:et|&) (?:de la )?procedure penale\w*",
    r"sciences? criminelle\w*",
    r"penaliste\w*",
    sauf_avant=MISE_EN_CAUSE,
)


_MATIERE_PENALE = regle(
    None,
    r"(?:codes?|procedures?|contentieux|matieres?|chambres?|poles?|sections?|"
    r"specialite\w*|specialisee?s? en|en|du) penal\w*",
    exige_avant=ETUDES_OU_METIER,
    sauf_avant=MISE_EN_CAUSE,
)


# « Par vos soins » et les autres locutions où le soin n'est pas médical.
_SOIN_LOCUTIONS = regle(
    None,
    r"(?:par|a|aux|de|pour) (?:vos|nos|ses|leurs|mes|tes|les|ces) (?:bons |propres )?soins",
    r"(?:aux|a nos|a vos) bons soins",
    r"(?:prendre|prend|prends|prenez|prenons|prennent|pris|prise|prises|prenait|prenant|"
    r"prendra\w*|prendr\w*|prenne\w*) (?:grand |bien |un grand |tout |le plus grand )?soin",
    r"avec (?:grand |beaucoup de |le plus grand |un grand |tout le |soin)?soin",
    r"soin (?:du detail|des details|apporte\w* a|minutieux)",
)


# Un mot de jugement qui est aussi un titre de métier : « manipulateur radio »,
# « manipulatrice en électroradiologie », « manipulateur d'engins ».
_TITRES_DE_METIER = regle(
    None,
    r"manipulat\w* (?:(?:en|de|du|des|d'|d'un|d'une) ?(?:l'|la |le )?)?(?:radio\w*|"
    r"(?:electro ?)?radiolog\w*|imagerie\w*|medica\w*|erm|meem|dts|irm|scanner\w*|"
    r"radiotherap\w*|medecine nucleaire|engins?|laboratoire\w*|labo\w*|machines?|"
    r"production|cinema|fonds|instruments?|produits?|charges?|materiel\w*|echantillons?)",
    r"manips? radio\w*",
)


def metier_juste_avant(ctx: Contexte, debut: int, _fin: int) -> bool:
    """Vrai si le mot significatif le plus proche avant `debut` nomme un métier, un stage,
    une formation ou un poste (« infirmière en addictologie », « stage en cancérologie »),
    faux s'il désigne la personne (« vous êtes en psychiatrie », « suivi en
    addictologie », « son service de cancérologie ») ou s'il n'y a aucun indice."""
    avant = mots(ctx.norme[ctx.debut_phrase(debut) : debut])[-8:]
    for rang, mot in enumerate(reversed(avant)):
        if (rang == 0 and mot in POSSESSIFS) or mot in VERBES_PERSONNELS:
            return False
        if mot.startswith(PERSONNES_SOIGNEES):
            return False
        if mot in MOTS_METIER or mot.startswith(RADICAUX_METIER):
            return True
    return False


# Une spécialité médicale nommée comme cadre d'un métier, d'un stage, d'une formation
# ou d'un poste : « infirmière en addictologie », « stage en cancérologie »,
# « formation aux soins palliatifs », « ASH en soins de suite ». Sans métier juste
# avant (« vous êtes en psychiatrie », « suivi en addictologie »), rien n'est masqué.
_SPECIALITE_DU_METIER = regle(
    None,
    r"(?:en|aux|au|a la|a l'|de la|de l'|de|d'|du|des|dans le service d'|dans le service de|"
    r"dans l'unite de|dans l'unite d'|au service d'|au service de|au pole d'|au pole de) "
    + SPECIALITES,
    condition=metier_juste_avant,
)


_BIENS_MEDICAUX = regle(
    None,
    *BIENS_MEDICAUX,
    exige_avant=COMMERCE_AVANT,
    sauf_avant=PERSONNEL_AVANT,
)


_EMPLOYEUR_SYNDICAL = regle(
    None,
    r"(?:federations?|confederations?|unions?|organisations?|centrales?|chambres?) "
    r"(?:\w+ )?syndica\w*",
    r"(?:siege|sieges|locaux|bureaux|services?|permanences?|comptabilite|secretariat|"
    r"accueil|standard|imprimerie|journal|revue|centre de formation|institut|federations?|"
    r"confederations?|unions? (?:locales?|departementales?|regionales?)) "
    r"(?:(?:national|nationale|confederal|confederale|departemental|departementale|"
    r"regional|regionale|juridique|social|sociale) )?(?:de la |du |de l'|d'une |d'un |"
    r"des |de )?" + SYNDICATS,
    r"unions? (?:locales?|departementales?|regionales?)",
    condition=metier_juste_avant,
)


_FIGURES = regle(
    None,
    *FIGURES,
)


REGLES: tuple[Regle, ...] = (
    _NEUTRES,
    _LIEUX_DE_SEJOUR,
    _SPECIALITE_DU_METIER,
    _BIENS_MEDICAUX,
    _EMPLOYEUR_SYNDICAL,
    _FIGURES,
    _EXTRAIT_CASIER,
    _EXTRAIT_CASIER_EXIGE,
    _DROIT_PENAL,
    _MATIERE_PENALE,
    _SOIN_LOCUTIONS,
    _TITRES_DE_METIER,
)
