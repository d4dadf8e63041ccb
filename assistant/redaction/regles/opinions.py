"""Les règles des opinions politiques (RGPD, art. 9) : militantisme, partis,
candidatures et mandats, opinions marquées ; leurs listes de mots sont dans
`lexique.opinions`.
"""

from __future__ import annotations

from assistant.redaction.lexique.opinions import ENGAGEMENTS_POLITIQUES
from assistant.redaction.lexique.reformulations import SUGGESTIONS
from assistant.redaction.modele import Categorie, Regle, regle

C = Categorie


def _opinions() -> tuple[Regle, ...]:
    return (
        regle(
            C.opinions_politiques,
            r"(?:membre|adherente?|militante?|encartee?|cadre|elue?|candidate?|engagee?|"
            r"sympathisante?)s? (?:du|au|d'un|dans un|a un|pour un|chez un) parti",
            r"candidat\w* (?:aux|sur une liste|pour les|a l'election) (?:municipales|"
            r"legislatives|europeennes|regionales|departementales|elections|presidentielle)",
            r"(?:colle\w*|distribu\w*) (?:des )?(?:affiches|tracts)",
            r"tracts? (?:pour|du|de la|de l'|politiques?|electora\w*)",
            r"tract(?:e|es|ent|ez|ons|ait|ais|aient|er|ant)",
            sauf_avant=r"\b(?:vehicule|remorque|engin|materiel|tracteur|charge)\w*\s+"
            r"(?:\w+\s+)?$",
            suggestion=SUGGESTIONS[C.opinions_politiques],
        ),
        regle(
            C.opinions_politiques,
            r"(?:ideologie|conviction|opinion|sensibilite)s? "
            r"(?:de gauche|de droite|d'extreme|anarch|commun|social|liberal|ecolo|nationalist)"
            r"\w*",
            r"ecolos?",
            r"(?:convaincu|proche) (?:de la |du |des )?(?:gauche|droite)",
            sauf_avant=r"\b(?:produits?|gestes?|habitudes?|emballages?|magasin|boutique|"
            r"filiere|secteur|metiers?)\s+(?:\w+\s+)?$",
            suggestion=SUGGESTIONS[C.opinions_politiques],
        ),
    )


def _mandats() -> tuple[Regle, ...]:
    return (
        regle(
            C.opinions_politiques,
            r"conseill\w* (?:municipa|regiona|departementa)\w*",
            r"(?:maire|adjointe? au maire|deputee?|senat\w*|elue?s?) (?:de |d'|du |de la )?"
            r"(?:la commune|la ville|village|opposition|l'opposition|majorite|la majorite|"
            r"circonscription)",
            r"(?:d'|de l')opposition",
            exige_avant=r"\b(?:etes|est|suis|etait|etiez|ancienne?|elue?|comme|vous|il|elle|"
            r"adherente?|mandat de|liste|groupe)\s*(?:\w+\s+)?$",
            sauf_avant=r"\b(?:avec|aupres|par|rencontr\w*|contact\w*|appel\w*|le|la|les|un|"
            r"une)\s*$",
            suggestion=SUGGESTIONS[C.opinions_politiques],
        ),
    )


def _opinions_marquees() -> tuple[Regle, ...]:
    cibles = (
        r"(?:macron|le pen|lfi|rn|fn|melenchon|zemmour|gouvernement|systeme|capitalis\w*|"
        r"immigration|migrants|islam|republicain\w*|gauche|droite|europe\w*|ue|otan|"
        r"vax|vaccins?|pass sanitaire|reforme des retraites|ecolos?|flics|police|"
        r"fascistes?|fachos?|nucleaire)"
    )
    return (
        regle(
            C.opinions_politiques,
            r"anti ?" + cibles + r"\w*",
            r"pro ?(?:macron|le pen|lfi|rn|"
            r"fn|melenchon|zemmour|gouvernement)\w*",
            r"(?:etes|est|suis|etait|etiez|etais|ancien|ancienne|comme|avec|parmi|des|mouvement "
            r"des|manifs? des|manifestations? des) (?:un |une |les )?gilets? jaunes?",
            sauf_avant=r"\b(?:vaccin\w*|produits?|traitements?|spray|gel|filtre|\w+ique)\s*$",
            suggestion=SUGGESTIONS[C.opinions_politiques],
        ),
    )


REGLES: tuple[Regle, ...] = (
    regle(
        C.opinions_politiques,
        r"politiques?",
        exige_avant=r"(?:opinions?|convictions?|idees?|engagements?|engagee?s?|militante?s?|"
        r"militantisme|sensibilite|activites?|appartenance|partis?|orientations?|bord|"
        r"couleur|positions?|positionnements?|vie|carriere|mandats?|responsabilites?|"
        r"engagement|de la|fait de la|en|reunions?|meetings?|associations?|mouvements?|"
        r"organisations?|discours|propos|debats?|tracts?|campagnes?|ses|son|sa|leurs?|"
        r"affiches?|slogans?|groupes?)",
        sauf_apres=r"(?:de la ville|de l'emploi|de l'entreprise|sociale|salariale|rh)",
    ),
    regle(
        C.opinions_politiques,
        *ENGAGEMENTS_POLITIQUES,
        suggestion=SUGGESTIONS[C.opinions_politiques],
    ),
    # Une élection n'est une opinion que si la personne s'y engage (« candidat aux
    # municipales ») ; « intentions de vote pour la présidentielle » est un sondage.
    regle(
        C.opinions_politiques,
        r"elections? (?:municipales|legislatives|presidentielles?|"
        r"europeennes|regionales|departementales|cantonales)",
        r"(?:aux|les) (?:municipales|"
        r"legislatives|regionales|europeennes|departementales|cantonales)",
        exige_avant=r"(?:candidat\w*|candidature|listes?|elue?s?|colistier\w*|tract\w*|"
        r"campagne|milit\w*|presente\w*|engage\w*|assesseu\w*|mandat|battu\w*|"
        r"vote\w*|votez)(?:\s+[\w']+){0,6}\s*",
    ),
    regle(
        C.opinions_politiques,
        r"gilets? jaunes?",
        sauf_avant=r"(?:porter?|port du|porte|"
        r"portez|un|des)",
        sauf_phrase=r"securite|chantier|fluo|epi|visibilite|btp",
    ),
    regle(
        C.opinions_politiques,
        r"de (?:droite|gauche)",
        r"a (?:droite|gauche)",
        r"d'extreme (?:droite|gauche)",
        exige_avant=r"(?:est|etes|suis|etait|idees|opinions?|sensibilite|militante?s?|"
        r"plutot|tres|bien|vote\w*|electeur|electrice|homme|femme|parti|engagee?|"
        r"convictions?|politiquement|clairement|positionnee?|classee?)",
    ),
    regle(
        C.opinions_politiques,
        r"ps",
        r"rn",
        r"lr",
        r"udi",
        r"modem",
        r"npa",
        exige_avant=r"(?:au|du|militant\w*|adherent\w*|adhere\w*|vote\w*|encarte\w*|pour le|"
        r"carte du|elu\w*|proche du|sympathisant\w*|membre du|electeur\w*|electrice\w*)",
        sauf_apres=r"\d",
    ),
    regle(
        C.opinions_politiques,
        r"manifestations?",
        exige_avant=r"(?:participe\w*|va|vas|allee?|aux|en|lors d'une|pendant une|"
        r"arretee? lors d'une|a une|a des|dans les|toutes les|les)",
        sauf_apres=r"(?:d'interet|sportive|culturelle|evenementielle|commerciale|salon|"
        r"de l'entreprise|cliniques?|allergiques?)",
    ),
)


FAMILLES: tuple[Regle, ...] = _opinions()


FAMILLES_MARQUEES: tuple[Regle, ...] = _opinions_marquees()


FAMILLES_MANDATS: tuple[Regle, ...] = _mandats()
