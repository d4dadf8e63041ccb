"""Les règles de la justice (RGPD, art. 10) : détention, condamnations, procédures,
mesures ; leurs listes de mots sont dans `lexique.judiciaire`.
"""

from __future__ import annotations

from assistant.redaction.flexions import verbe_er
from assistant.redaction.lexique.judiciaire import (
    ARGOT_DE_LA_DETENTION,
    LIEUX_DE_DETENTION,
    PEINES_ET_PROCEDURES,
)
from assistant.redaction.lexique.reformulations import SUGGESTIONS
from assistant.redaction.modele import Categorie, Regle, regle

C = Categorie


def _judiciaire() -> tuple[Regle, ...]:
    sanction = r"(?:suspendu|retire|annule|invalide|confisque|sucre|supprime)(?:e|s|es)?"
    return (
        # Permis retiré, suspendu, annulé : dans les deux ordres, avec les mots entre.
        regle(
            C.judiciaire,
            r"permis (?:[a-z0-9]+ |[a-z]' ?[a-z0-9]+ ){0,5}" + sanction,
            r"(?:s'est fait|se fait|vous etes fait|s'etait fait|se faire|fait|on (?:lui|vous) a|"
            r"(?:lui|vous) a ete|a vu son|avez vu votre) (?:retirer|suspendre|annuler|sucrer|"
            r"confisquer|retire|suspendu|annule|sucre|confisque)\w* (?:le |son |votre |du |de )?"
            r"permis",
            r"(?:retrait|suspension|annulation|invalidation|confiscation) (?:administrati\w* |"
            r"judiciaire )?(?:de |du |d'un )?(?:son |votre |leur )?permis",
            r"(?:refus d'obtemperer|delit de fuite|defaut (?:de permis|d'assurance)|"
            r"conduite sans (?:permis|assurance))",
            sauf_phrase=r"\b(?:examen|epreuve|passage|lecon|session|financement|inscription|"
            r"auto ecole|code de la route|cours|rdv|rendez vous|date|formation)\b",
            suggestion="pas de permis de conduire utilisable actuellement",
        ),
        # L'argot et les périphrases de la prison.
        regle(
            C.judiciaire,
            r"(?:en|de|a la) centrale",
            exige_avant=r"\b(?:ans|an|mois|annees?|passe\w*|fait|faisait|sorti\w*|sort|"
            r"sortez|envoye\w*|transfere\w*|detenue?|incarceree?|etait|etiez|etes|est|"
            r"sejour|retour|purge\w*|derniere?s?|depuis)\s*(?:\w+\s+){0,2}",
            sauf_apres=r"(?:nucleaire|d'achats?|thermique|electrique|de reservation|solaire|"
            r"hydraulique|a beton|d'enrobage|de production|vapeur|de traitement|d'alarme|"
            r"de surveillance|telephonique|de mesure|photovoltaique|eolienne|de cuisson|"
            r"de cuisine|d'appel|d'information)",
            suggestion="période d'indisponibilité ; parcours à reprendre à partir de …",
        ),
        regle(
            C.judiciaire,
            *ARGOT_DE_LA_DETENTION,
            suggestion="période d'indisponibilité ; parcours à reprendre à partir de …",
        ),
        regle(
            C.judiciaire,
            r"(?:commi(?:s|se|ses|t|tte)|fait|faisait|accusee?s? d'?e?|soupconnee?s? d'?e?|"
            r"inculpee?s? d'?e?|"
            r"arretee?s? pour|interpellee?s? pour|pris en flagrant delit d'?e?|auteure?s? d'?e?)"
            r" (?:des |un |une |de |du |plusieurs |d')?(?:vols?|delits?|infractions?|agressions?|"
            r"violences?|cambriolages?|escroqueries?|braquages?|crimes?|fraudes?|trafics?|"
            r"recels?|degradations?|outrages?|larcins?|effractions?)",
            verbe_er("deal"),
            r"(?:purg\w*|effectu\w*|execut\w*|amenag\w*|fin de|"
            r"application des|reste de|exe?cution de) (?:sa|la|de|des|leur|une|son|votre|vos|ma|"
            r"mes|cette) peines?",
            r"peines? (?:en milieu ouvert|de prison|d'emprisonnement|"
            r"amenagee?s?|alternative\w*)",
            r"milieu (?:ouvert|ferme) (?:spip|penitentiaire)",
            sauf_phrase=r"\b(?:vols? (?:pour|vers|de nuit|annule\w*|long|moyen|court|retour|"
            r"aller|direct))\b",
            suggestion=SUGGESTIONS[C.judiciaire],
        ),
        regle(
            C.judiciaire,
            r"(?:avez|a|portez|porte|portait|sous) (?:un |le |son |votre )?"
            r"bracelets?",
            sauf_apres=r"(?:en|de|d'|montre|connecte\w*|cuir|argent|or|perles?|"
            r"bresilien\w*)\b",
            suggestion="contraintes d'horaires et de déplacements à prendre en compte",
        ),
        regle(
            C.judiciaire,
            r"vol(?:e|ee|es|ees|ez|ait|aient|er|ons) (?:dans (?:un|une|le|la|les|des)"
            r" (?:magasin|supermarche|boutique|caisse|vestiaire)\w*|a l'etalage|au travail|"
            r"de l'argent|la caisse|des (?:vetements|telephones|voitures|scooters|marchandises)|"
            r"un (?:telephone|portable|scooter|vehicule|sac)|une (?:voiture|moto))",
            sauf_phrase=r"\b(?:avion|planeur|parapente|ulm|pilote|vol libre|helicoptere|drone)",
            suggestion=SUGGESTIONS[C.judiciaire],
        ),
        regle(
            C.judiciaire,
            r"(?:attend\w*|date de|date du|appel de|appel du|avant|apres|"
            r"report\w* de|renvoi de) (?:votre|son|leur|sa) (?:jugement|proces|"
            r"audience|comparution|delibere|condamnation)",
            sauf_apres=r"(?:de (?:la|votre|son) (?:page|chaine|compte|site)|en ligne|sur les)",
            sauf_phrase=r"\b(?:surendettement|commission|jury|vae|prud\w*|chaine|abonnes|"
            r"reseaux sociaux)\b",
            suggestion=SUGGESTIONS[C.judiciaire],
        ),
        regle(
            C.judiciaire,
            r"casiers?",
            exige_avant=r"\b(?:a|avez|ai|avait|aviez|ont|avoir|as|sans|son|votre|leur)\s*"
            r"(?:un |deja un |pas de |pas un )?(?:petit |gros |lourd )?$",
            sauf_apres=r"(?:au|a|de|du|des|pour|dans|individuel|vestiaire|metallique|fermant|"
            r"personnel|a cle|attribue)\b",
            suggestion="métiers réglementés à vérifier ensemble",
        ),
        regle(C.judiciaire, r"procureur\w*", ambigu=True, suggestion=SUGGESTIONS[C.judiciaire]),
    )


REGLES: tuple[Regle, ...] = (
    regle(
        C.judiciaire,
        *PEINES_ET_PROCEDURES,
        suggestion=SUGGESTIONS[C.judiciaire],
    ),
    regle(C.judiciaire, r"amendes?", sauf_apres=r"honorable", suggestion=SUGGESTIONS[C.judiciaire]),
    regle(
        C.judiciaire,
        r"tig",
        sauf_phrase=r"soud\w*|\bmig\b|\bmag\b|procede|electrode|arc|"
        r"argon|inox|alu",
        suggestion=SUGGESTIONS[C.judiciaire],
    ),
    regle(
        C.judiciaire,
        *LIEUX_DE_DETENTION,
        ambigu=True,
        sauf_apres=r"(?:de commerce|des prud|d'assurance)",
        sauf_phrase=r"fruit|guacamole|cuisine|salade|recette|legume",
        suggestion=SUGGESTIONS[C.judiciaire],
    ),
)


FAMILLES: tuple[Regle, ...] = _judiciaire()
