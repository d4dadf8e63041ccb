"""Les règles des jugements de valeur (la CNIL demande des écrits objectifs) :
locutions, qualificatifs, comportements ; leurs listes de mots sont dans
`lexique.jugement`.
"""

from __future__ import annotations

from assistant.redaction.flexions import MENTIR, adjectif
from assistant.redaction.lexique.jugement import (
    COMPORTEMENTS,
    LOCUTIONS,
    QUALIFICATIFS,
    QUALIFICATIFS_APRES_SUJET,
    SUJETS_QUALIFIES,
)
from assistant.redaction.lexique.metiers import CADRE_METIER
from assistant.redaction.lexique.personnes import CHOSE_AVANT, SUJET_PERSONNE
from assistant.redaction.lexique.reformulations import (
    S_COMPORTEMENT,
    S_COMPRENDRE,
    S_EFFORT,
    S_MENSONGE,
    SUGGESTIONS,
)
from assistant.redaction.modele import Categorie, Regle, regle

C = Categorie


def _jugement() -> tuple[Regle, ...]:
    return (
        # Locutions figées : elles ne décrivent jamais un fait.
        regle(
            C.jugement,
            *LOCUTIONS,
            suggestion=SUGGESTIONS[C.jugement],
        ),
        # Qualificatifs à deux sens : seulement quand ils portent sur la personne.
        regle(
            C.jugement,
            r"un peu simples?",
            exige_avant=r"\b(?:etes|est|semble|semblez|parait|"
            r"paraissez|adherente?)\s*",
            sauf_avant=CHOSE_AVANT,
            suggestion=S_COMPRENDRE,
        ),
        regle(
            C.jugement,
            r"a l'ouest",
            r"dans la lune",
            r"a la masse",
            r"a cote",
            r"dans les choux",
            exige_avant=SUJET_PERSONNE + r"\s*",
            sauf_apres=r"(?:de|du|des|d'|la|le)\b",
            sauf_avant=CHOSE_AVANT,
            sauf_phrase=r"\b(?:habit\w*|situee?|vit|vivez|loge\w*|"
            r"domicil\w*|sans domicile|hebergee?|sdf|logement|dormez|dort)\b",
            suggestion=SUGGESTIONS[C.jugement],
        ),
        regle(
            C.jugement,
            adjectif("penible"),
            adjectif("insupportable"),
            r"agacant\w*",
            r"enervant\w*",
            r"exasperant\w*",
            r"gonflant\w*",
            r"soulant\w*",
            r"saoulant\w*",
            adjectif("louche"),
            adjectif("bizarre"),
            r"(?:pas|peu) (?:tres |bien |trop )?net(?:te)?s?",
            adjectif("lourdingue"),
            adjectif("pot de colle"),
            adjectif("collant"),
            adjectif("envahissant"),
            adjectif("ingrat"),
            adjectif("desagreable"),
            adjectif("teigneu", "teigneuse"),
            adjectif("bavard"),
            adjectif("naif", "naive"),
            adjectif("paume"),
            adjectif("crade"),
            adjectif("susceptible") + r"(?! de| d')",
            adjectif("largue"),
            r"dans (?:son|votre|leur|sa) (?:monde|bulle|delire|trip)(?! professionnel| du | de | "
            r"associatif| de l')",
            r"(?:un|une) (?:loser|looser|guignol|rate|ratee|charlot|zero|minus)s?",
            adjectif("crado"),
            r"demotivee?s?",
            r"sans (?:envie|motivation|volonte|"
            r"ambition|gout pour rien)",
            exige_avant=SUJET_PERSONNE + r"(?:\s*(?:,|et)\s*\w+)?\s*",
            sauf_apres=r"(?:a (?:faire|porter|lire|vivre|supporter|realiser)|pour (?:le|la|les|"
            r"l'|vous|lui)|de (?:rester|porter|travailler)|physiquement|en (?:hiver|ete))\b",
            sauf_avant=CHOSE_AVANT,
            suggestion=S_COMPORTEMENT,
        ),
        regle(
            C.jugement,
            adjectif("difficile"),
            exige_avant=r"\b(?:personne|adherente?|"
            r"individu|caractere|personnalite|jeune|monsieur|madame|homme|femme|quelqu'un de)"
            r"(?: (?:tres|un peu|assez|plutot|vraiment|particulierement))?\s*",
            sauf_apres=r"(?:a (?:placer|joindre|convaincre|accompagner|orienter|mobiliser|"
            r"reveiller)|d'acces|pour (?:vous|lui|elle))",
            sauf_avant=r"\b(?:public|profil|publics|profils|situation|parcours|contexte)\b"
            r"(?:\s+[\w']+){0,3}\s*$",
            suggestion=S_COMPORTEMENT,
        ),
        regle(
            C.jugement,
            MENTIR,
            exige_avant=r"\b(?:il|elle|qui|on|adherente?|nous|me|m'|lui|leur|vous|a|souvent|"
            r"toujours|tendance a|beaucoup|encore|aussi|ne|n'|nous a|m'a|vous avez)\s*",
            sauf_apres=r"(?:ionne|ion)",
            suggestion=S_MENSONGE,
        ),
        regle(
            C.jugement,
            r"(?:lente?s?|longue?s?|dure?s?) (?:a|de) comprendre",
            r"(?:ne )?comprend (?:rien|jamais rien|rien a rien)",
            r"bouche\w* a l'emeri",
            r"pas (?:le|la) plus (?:affutee?|aiguisee?|futee?|brillante?|degourdie?|"
            r"malin|maligne|vif|vive|eveillee?) (?:du|de la|des)",
            r"simple d'esprit",
            r"lent d'esprit",
            r"simplet\w*",
            r"pas (?:tres|bien) eveillee?",
            suggestion=S_COMPRENDRE,
        ),
        regle(
            C.jugement,
            r"(?:fait|faites|faisait|ferait) (?:le|la) (?:mort|morte|sourde?|"
            r"autruche|difficile|fine bouche)",
            r"mauvaise graine",
            r"(?:se|vous) (?:fiche|fichez|fout|foutez|moque|moquez|moquait|fichait|foutait) "
            r"(?:du monde|de tout|de nous|de vous|de l'accompagnement|des conseils)",
            suggestion=S_EFFORT,
        ),
    )


MANIPULATION: tuple[Regle, ...] = (
    regle(
        C.jugement,
        r"manipulat(?:eur|eurs|rice|rices)",
        sauf_avant=CADRE_METIER,
        suggestion=S_MENSONGE,
    ),
)


REGLES: tuple[Regle, ...] = (
    regle(
        C.jugement,
        *QUALIFICATIFS,
        suggestion=SUGGESTIONS[C.jugement],
    ),
    # « agressif » qualifie aussi des choses : « objectifs agressifs », « prix agressifs ».
    regle(
        C.jugement,
        r"agressi(?:f|fs|ve|ves|vite)",
        sauf_avant=r"(?:objectifs?|prix|tarifs?|politiques?|strategies?|marketing|commerciale?s?|"
        r"management|campagnes?|concurrence|marches?|negociations?|annonces?|produits?|"
        r"chimiques?|detergents?|environnements?|milieux?|ton|conditions?|climat|design|style|"
        r"lignes?|publicites?|ventes?|demarchage|prospection|approches?|methodes?|pratiques?|"
        r"rythmes?|cadences?|couleurs?|lumieres?|bruits?|sons?|musiques?|odeurs?|virus|"
        r"cancers?|tumeurs?|traitements?|chiens?|animaux|conduite sportive|offres?|remises?|"
        r"promotions?|recouvrement|relances?|publics?|clients?|clienteles?|usagers?|"
        r"patients?|situations?|visiteurs?|passagers?|voyageurs?|residents?)"
        r"(?: (?:tres|trop|assez|plutot|particulierement|un peu|vraiment|super|hyper|parfois|"
        r"souvent|jugee?s?|juges))*",
        suggestion=S_COMPORTEMENT,
    ),
    regle(
        C.jugement,
        r"ne fait (?:rien|jamais rien|strictement rien|pas grand chose)",
        sauf_avant=r"(?:ca|cela|ce|l'entreprise|la formation)\s*",
        suggestion=S_EFFORT,
    ),
    regle(
        C.jugement,
        *QUALIFICATIFS_APRES_SUJET,
        exige_avant=SUJETS_QUALIFIES
        + r"|un|une|gros|grosse|sale|vieux|vieille|petit|petite|espece d'",
        sauf_apres=r"(?:rire|part|envie|de joie|amoureu\w*|a lier|sur)\b",
        sauf_phrase=r"\bsalle|\bdouche|\beau\b|linge|vaisselle|locaux|bureaux|surfaces?|"
        r"chantiers?|toilettes|sanitaires|nettoy|menage|proprete|entretien des|lavage|"
        r"\bbetes? (?:de somme|a cornes|"
        r"d'elevage)|elevage|animaux|troupeau|traite|temps|meteo|vitre|sol|sols|"
        r"bouteille|chiffon",
        suggestion=SUGGESTIONS[C.jugement],
    ),
    regle(
        C.jugement,
        r"nul(?:le)?s?",
        exige_avant=SUJETS_QUALIFIES,
        sauf_apres=r"(?:part|et non avenu)",
        sauf_phrase=r"risque|resultat|solde|score|impact|cout|montant|reste a charge|taux|"
        r"match|bulletin|vote|effet|contrat|clause|procedure",
        suggestion=S_COMPRENDRE,
    ),
    regle(
        C.jugement,
        *COMPORTEMENTS,
        exige_avant=r"(?:est|etait|etes|es|semble|parait|tres|trop|assez|plutot|un peu|"
        r"vraiment|completement|totalement|franchement|particulierement|extremement|parfois|"
        r"souvent|toujours|devenue?|s'est montree?|se montre|quelqu'un de|"
        r"emotionnellement|psychologiquement|caractere|personnalite|humeur|propos|"
        r"langage|tenue|homme|femme|personne|individu|adherente?s?|comportement|attitude)",
        sauf_apres=r"(?:en|dans|par|de|d'|du|des|pour|que|qu'|physiquement|"
        r"le poste|le travail|ce poste|l'emploi|financierement)\b",
        sauf_phrase=r"\bcolis|charges?\b|poids|carton|materiel|machine|meuble|"
        r"travail physique|vent|meteo|\beau\b|chambre|situation|logement|emploi|revenus?|"
        r"hebergement|contrat|connexion|internet|reseau|ordinateur|erreur|faute|"
        r"approximation|entreprise|societe|commande|budget|chiffre|produit|pate|"
        r"tempete|orage|film|jeu|match|sport|voiture|vehicule",
        suggestion=S_COMPORTEMENT,
    ),
    regle(
        C.jugement,
        r"assistee?s?",
        exige_avant=r"(?:un|une|des|vrai|vraie|eternel\w*|"
        r"mentalite d'|est|etes|comme un|comme une)",
        sauf_apres=r"(?:par|de|d'|a|au|aux|en|sociale?|medicale?|dans|pour|sur|juridique|"
        r"administrati\w*|commerciale?|rh|direction)\b",
        suggestion=SUGGESTIONS[C.jugement],
    ),
    regle(C.jugement, r"fumiste\w*", ambigu=True, suggestion=SUGGESTIONS[C.jugement]),
)


FAMILLES: tuple[Regle, ...] = _jugement()
