"""Les règles des convictions religieuses ou philosophiques (RGPD, art. 9) :
confessions, pratiques, lieux de culte ; leurs listes de mots sont dans
`lexique.religion`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.redaction.flexions import CROIRE, FAIRE, adjectif, verbe_er
from assistant.redaction.lexique.reformulations import SUGGESTIONS
from assistant.redaction.lexique.religion import CONFESSIONS, INSTITUTIONS, TEXTES_ET_LIEUX_DE_CULTE
from assistant.redaction.modele import Categorie, Regle, regle

if TYPE_CHECKING:
    from assistant.redaction.contexte import Contexte

C = Categorie


def _religion() -> tuple[Regle, ...]:
    prier = verbe_er("pri")
    jeuner = verbe_er("jeun", sauf=("jeune", "jeunes"))
    return (
        # Prier : toutes les personnes et tous les temps, sauf la formule « prière de ».
        regle(
            C.religion,
            prier,
            sauf_avant=r"\b(?:je vous|je te|nous vous|on vous|je les|vous etes|etes|est|sont|"
            r"il est|elle est|sera|serez|etait|etiez|en vous|vous en|t'en|je)\s*",
            sauf_apres=r"(?:de|d'|instamment|poliment)\b",
            sauf_phrase=r"\b(?:prix|prise|prive)\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        regle(
            C.religion,
            r"prieres?",
            exige_avant=r"\b(?:ses|vos|sa|votre|leurs?|fait|"
            r"faites|faisait|faire|pendant|pour|aller|allez|va|heure de|heures de|temps de|"
            r"moment de|lieu de|salle de|tapis de|la)\s*",
            sauf_apres=r"(?:de|d')\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        # Jeûner : le verbe, et le nom « jeûne » (même forme que « jeune ») en contexte.
        regle(C.religion, jeuner, suggestion=SUGGESTIONS[C.religion]),
        regle(
            C.religion,
            r"jeunes? (?:du ramadan|religieux|rituel|de kippour|du careme|"
            r"de yom kippour)",
            r"(?:" + FAIRE[3:-1] + r"|pendant|periode de|jours? de|mois de|rompre|rupture du|"
            r"romp\w*|observ\w*|suivez|suit|respect\w*) (?:le |du |son |votre |leur |un )?"
            r"jeunes?",
            condition=_jeune_religieux,
            suggestion=SUGGESTIONS[C.religion],
        ),
        # Croire (en Dieu, à une religion) : le verbe conjugué, la croyance.
        regle(
            C.religion,
            CROIRE + r" (?:en|a|au) (?:dieu|allah|jesus|christ|jehovah|l'au dela|"
            r"la reincarnation|une religion|la religion|une force|un dieu|des dieux|"
            r"la vie apres)",
            r"croyances?",
            suggestion=SUGGESTIONS[C.religion],
            sauf_apres=r"(?:populaires?|limitantes?|sur|que)\b",
        ),
        regle(
            C.religion,
            r"messes?",
            sauf_avant=r"\bgrande?s?\s*$",
            sauf_apres=r"(?:basses?)\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        regle(
            C.religion,
            r"bibles?",
            sauf_apres=r"(?:du|de la|des|de l'|d')\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        regle(
            C.religion,
            *TEXTES_ET_LIEUX_DE_CULTE,
            r"(?:se|vous|me) " + verbe_er("voil", sauf=("voila", "voilas")),
            r"liberte de (?:culte|conscience)",
            r"(?:pratique|exercice) (?:de son|du|de votre|de leur) culte",
            r"(?:va|allez|vont|aller|allait|alliez|frequente\w*|se rend\w*|vous rendez) "
            r"(?:a la |au |a l')(?:eglise|temple|mosquee|synagogue|messe|paroisse|culte|"
            r"priere)",
            suggestion=SUGGESTIONS[C.religion],
        ),
        regle(
            C.religion,
            adjectif("pieu", "pieuse"),
            r"pieux",
            r"devote?s?",
            r"piete",
            exige_avant=r"\b(?:etes|est|suis|etait|etiez|tres|assez|plutot|famille|personne|"
            r"femme|homme|profondement|sincerement|particulierement)\s*",
            sauf_phrase=r"\b(?:planter|plante|enfonc\w*|bois|cloture|chantier|battre|battage)\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        regle(
            C.religion,
            r"cathos?",
            sauf_avant=r"\b(?:a la|de la|la|institut|universite|fac)\s*$",
            suggestion=SUGGESTIONS[C.religion],
        ),
        regle(
            C.religion,
            r"orthodoxes?",
            exige_avant=r"\b(?:etes|est|suis|etait|juif|juive|"
            r"chretien\w*|confession|religion|de religion|eglise|pratiquante?)\s*",
            suggestion=SUGGESTIONS[C.religion],
        ),
        regle(
            C.religion,
            FAIRE + r" (?:le|la|sa|son|ses|votre|vos) (?:ramadan|careme|shabbat|"
            r"sabbat|priere|prieres|jeune|ablutions|pelerinage|hajj|omra|communion|"
            r"bar mitzvah|bat mitzvah)",
            suggestion=SUGGESTIONS[C.religion],
        ),
    )


def _jeune_religieux(ctx: Contexte, debut: int, fin: int) -> bool:
    """« Pendant le jeûne », « fait le jeûne » — pas « pendant le jeune âge »,
    « fait un jeune homme »."""
    return (
        re.match(
            r"\s*(?:homme|femme|fille|garcon|adulte|majeur|diplome|public|age|de \d|de moins|"
            r"en|qui|a la recherche|demandeur|actif|salarie|stagiaire|enfant|talent|pousse|"
            r"chien|chat|cadre|retraite|marie|couple|parent|apprenti)",
            ctx.norme[fin : fin + 30],
        )
        is None
    )


REGLES: tuple[Regle, ...] = (
    regle(
        C.religion,
        *CONFESSIONS,
        sauf_apres=r"(?:de l'air)",
        sauf_avant=INSTITUTIONS,
        suggestion=SUGGESTIONS[C.religion],
    ),
    regle(
        C.religion,
        r"religieu(?:x|se|ses)",
        sauf_apres=r"(?:au chocolat|au cafe)",
        sauf_avant=INSTITUTIONS + r"|(?:produits?|objets?|articles?|livres?|batiments?|"
        r"edifices?|patrimoine|"
        r"art|musique|chants?|ecoles?|etablissements?|fetes?|tourisme|sites?|monuments?|"
        r"mariages?|ceremonies?)\s+|(?:quasi|quasiment|presque|pseudo|limite|carrement|"
        r"silence|respect|rigueur|ferveur|devotion|ponctualite|discipline|application|"
        r"exactitude|precision|soin|attention|ecoute|admiration|culte)\s+",
        sauf_phrase=r"eclair|patiss|choux|gateau|viennoiser|boulang",
        suggestion=SUGGESTIONS[C.religion],
    ),
    regle(
        C.religion,
        r"pratiquante?s?",
        sauf_apres=r"(?:de|du|des|d'|la|le|les|un|une|regulier\w*)\b",
        sauf_phrase=r"sport|judo|foot|boxe|danse|club|musique|yoga|athletisme|natation|"
        r"tennis|karate|rugby|basket|handball|arts martiaux|course|velo|equitation",
        suggestion=SUGGESTIONS[C.religion],
    ),
    regle(
        C.religion,
        r"prieres?",
        r"eglise\w*",
        r"foi",
        r"dieu",
        r"allah",
        r"spiritualite",
        r"temple",
        ambigu=True,
        sauf_avant=INSTITUTIONS + r"|(?:mauvaise|bonne|ma|profession de|ajouter|digne de|rue du|"
        r"rue de l')\s*",
        sauf_apres=r"(?:de |d'|(?:dans|en) (?!dieu|allah|jesus|christ|le seigneur|"
        r"l'islam|la religion|l'eglise))",
        suggestion=SUGGESTIONS[C.religion],
    ),
)


FAMILLES: tuple[Regle, ...] = _religion()
