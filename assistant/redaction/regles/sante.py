"""Les règles de la santé (RGPD, art. 9) : diagnostics, handicap, santé psychique,
addictions, soins, grossesse, traitements ; leurs listes de mots sont dans
`lexique.sante`.
"""

from __future__ import annotations

from assistant.redaction.flexions import adjectif, verbe_er
from assistant.redaction.lexique.reformulations import (
    S_ADDICTION,
    S_ARRET,
    S_GROSSESSE,
    S_HANDICAP,
    S_HOSPITALISATION,
    S_PSY,
    S_TRAITEMENT,
)
from assistant.redaction.lexique.sante import (
    ADDICTIONS,
    ALCOOL,
    DIAGNOSTICS,
    HANDICAP,
    HOSPITALISATION,
    MOTS_DE_LA_SANTE,
    PERTES_ET_TROUBLES,
    SANTE_ADJECTIFS,
    SANTE_PSYCHIQUE,
    SOMMEIL,
    SOUFFRANCES,
    SPECIALISTES,
    SUIVIS_ET_TRAITEMENTS,
    TRAITEMENTS,
)
from assistant.redaction.modele import Categorie, Regle, regle

C = Categorie


def _sante() -> tuple[Regle, ...]:
    invalide = adjectif("invalide")
    return (
        # Le public d'un métier (« adultes autistes », « patients diabétiques ») : pas la
        # personne, sauf quand ce sont ses proches (« vos deux enfants autistes »).
        regle(
            None,
            r"(?:personnes?|publics?|usagers?|residents?|enfants|adultes|eleves|jeunes|"
            r"patients?|patientes?|beneficiaires|malades|personnes agees) (?:agee?s? )?"
            r"(?:autistes?|avec autisme|avec (?:un )?tsa|trisomiques?|polyhandicapee?s?|"
            r"psychotiques?|alzheimer|atteinte?s? (?:d'|de )\w+|deficient\w*|sourde?s?|"
            r"aveugles?|malvoyante?s?|malentendante?s?|toxicomanes?|dependante?s?|"
            r"en fin de vie|hospitalisee?s?|diabetiques?|cerebroles\w*|handicapee?s? mentaux|"
            r"souffrant de \w+|en soins palliatifs|dialysee?s?|amputee?s?|paraplegiques?)",
            sauf_avant=r"\b(?:vos|ses|votre|son|sa|leurs?|mes|ma|mon|deux|trois|quatre|avez|"
            r"a|ont|avait)\s*$",
        ),
        # L'adjectif du nom : « reconnue invalide », « invalide à 80 % ».
        regle(
            C.sante,
            invalide,
            exige_avant=r"\b(?:reconnue?s?|declaree?s?|classee?s?|etes|est|suis|etait|etiez|"
            r"devenue?s?|rendue?s?|personnes?|travailleu\w*|adherente?s?|grande?s?|"
            r"mutilee?s?|statut d'|categorie d'|comme)\s*",
            sauf_phrase=r"\b(?:carte|permis|adresse|mail|courriel|document|titre|piece|lien|"
            r"code|numero|identifiant|mot de passe|format|ticket|badge|saisie|formulaire|"
            r"attestation|justificatif|rib|iban|cheque|signature|date|dossier|fichier|"
            r"passeport|visa|contrat|requete|reponse|commande|paiement)",
            quoi="un handicap ou une invalidité",
            suggestion=S_HANDICAP,
        ),
        regle(
            C.sante,
            invalide + r" (?:a \d+|a plus de|de \d+|categorie|cat|\d)",
            r"reconnue?s? (?:inapte|handicapee?|invalide|en invalidite|travailleu\w* handicape\w*|"
            r"mdph|rqth)\w*",
            r"declaree?s? inaptes?",
            quoi="un handicap ou une invalidité",
            suggestion=S_HANDICAP,
        ),
        regle(C.sante, *SANTE_ADJECTIFS, quoi="un diagnostic ou un état de santé"),
        # Verbes et locutions : souffrir, avoir mal, se soigner, être opéré, interné…
        regle(
            C.sante,
            *SOUFFRANCES,
            quoi="un état de santé ou des soins",
            suggestion=S_HOSPITALISATION,
        ),
        regle(
            C.sante,
            r"(?:arret\w*|stopp\w*|cesse\w*|decroch\w*) (?:de boire|l'alcool|la drogue|"
            r"l'heroine|la cocaine|le cannabis|de consommer|de se droguer|de vous droguer)",
            r"sobre\w* depuis",
            r"abstinen\w*",
            r"(?:alcoolo|toxico|insulino|cortico|poly) ?dependan\w*",
            r"insulino\w*",
            quoi="une addiction ou un traitement",
            suggestion=S_ADDICTION,
        ),
        regle(
            C.sante,
            *PERTES_ET_TROUBLES,
            quoi="un état de santé",
        ),
        regle(
            C.sante,
            r"platree?s?",
            adjectif("muet", "muette"),
            exige_avant=r"\b(?:etes|est|suis|etait|etiez|toujours|encore|devenue?|nee?|"
            r"sourde?s?|sourde? et)\s*",
            exige_apres=r"\s*(?:$|[.,;:)(]|depuis|de naissance|et sourde?|jusqu|pour|"
            r"pendant \d|pendant (?:deux|trois|quatre|six) )",
            quoi="un état de santé",
        ),
        regle(
            C.sante,
            r"at",
            exige_avant=r"\b(?:victime d'un|un|d'un|son|votre|suite a un|"
            r"suite a son|suite a votre|apres un|apres son|apres votre|en)\s*",
            exige_apres=r"\s*(?:$|[.,;:)]|en \d|de \d|depuis|le \d|il y a|en (?:janvier|"
            r"fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|"
            r"reconnu|sur (?:le|un) chantier)",
            quoi="un accident du travail",
            suggestion=S_HOSPITALISATION,
        ),
        regle(
            C.sante,
            r"(?:maison|centre|clinique|etablissement|service)s? (?:de repos|"
            r"de convalescence|de (?:re)?readaptation|de reeducation|de post ?cure|de soins de "
            r"suite|psy\w*)",
            ambigu=True,
            quoi="des soins",
            suggestion=S_HOSPITALISATION,
        ),
        regle(
            C.sante,
            *SUIVIS_ET_TRAITEMENTS,
            quoi="un état de santé ou un traitement",
            suggestion=S_TRAITEMENT,
        ),
        regle(
            C.sante,
            r"lithium",
            exige_avant=r"\b(?:sous|prend\w*|traitement (?:au|de)|"
            r"dose de|cure de)\s*",
            quoi="un traitement",
            suggestion=S_TRAITEMENT,
        ),
        regle(
            C.sante,
            r"am",
            exige_apres=r"\s*(?:jusqu|depuis|prolonge\w*|de \d|du \d|en cours|"
            r"\d+ ?(?:j|jours|sem|semaines|mois)\b|pour (?:\d|deux|trois|un|une))",
            quoi="un arrêt de travail",
            suggestion=S_HOSPITALISATION,
        ),
        regle(
            C.sante,
            r"hp",
            exige_avant=r"\b(?:en|a l'|de l'|sortie? d'|sort de l'|sejour en|"
            r"passage en|interne\w* en|hospitalise\w* en)\s*",
            quoi="une hospitalisation",
            suggestion=S_HOSPITALISATION,
        ),
        # Grossesse : toutes les façons de le dire.
        regle(
            C.sante,
            r"attend\w* (?:(?:un|une|son|sa|votre|leur|des|deux) )?(?:(?:premier|"
            r"deuxieme|second|troisieme|2e|3e|petit|heureux) )?(?:bebes?|enfants?|jumeaux|"
            r"jumelles|triples|heureux evenement|naissance|garcon|fille|petite fille)",
            r"futures? (?:mamans?|meres?)",
            r"conges? mat",
            r"conges? mater",
            r"avort\w*",
            r"enceinte jusqu'aux yeux",
            quoi="une grossesse",
            suggestion=S_GROSSESSE,
        ),
        # Alcool et autres dépendances : le verbe conjugué, les locutions.
        regle(
            C.sante,
            *ALCOOL,
            quoi="une addiction",
            suggestion=S_ADDICTION,
        ),
        regle(
            C.sante,
            r"addicto\w*",
            r"addict\w*",
            quoi="une addiction",
            suggestion=S_ADDICTION,
            sauf_apres=r"(?:au travail|au boulot|au sport|aux sports?|a la course)",
        ),
        # Spécialistes : santé quand ils soignent la personne, métier sinon.
        regle(
            C.sante,
            *SPECIALISTES,
            ambigu=True,
            quoi="santé",
        ),
        regle(
            C.sante,
            r"cure\w*",
            exige_avant=r"\b(?:en|une|sa|son|votre|de|d'une|apres sa|"
            r"apres une|sorti\w* de|sortez de|fin de)\s*",
            sauf_apres=r"(?:thermale?s?|de (?:jouvence|minceur|detox|vitamines?))",
            quoi="une addiction ou des soins",
            suggestion=S_ADDICTION,
        ),
        regle(
            C.sante,
            r"traitement\w*",
            exige_avant=r"\b(?:un|des|le|son|votre|leur|sous|"
            r"lourd|nouveau)\s*",
            exige_apres=r"(?:pour (?:le|la|les|l'|son|sa|ses|votre|vos|une?|des) ?\w+|"
            r"(?:medical|medicamenteux|hormonal|psychiatrique|lourd|contre)\w*)",
            sauf_apres=r"(?:pour (?:le|la|les|l'|son|sa|ses|votre|vos|une?|des) ?"
            r"(?:dossier|demande|candidature|commande|courrier|client|facture|donnee|"
            r"reclamation|retour|colis|stock|archive|paie|salaire|eau|bois|sol|metau|surface|"
            r"dechet|plante|culture|vigne|nuisible|insecte|termite|charpente|air|image|"
            r"donnee|fichier|signal)\w*)",
            suggestion=S_TRAITEMENT,
        ),
    )


REGLES: tuple[Regle, ...] = (
    regle(
        C.sante,
        *DIAGNOSTICS,
        quoi="un diagnostic ou un état de santé",
    ),
    # Le sommeil : « vous faites de l'insomnie », « vous dormez très mal ».
    regle(
        C.sante,
        *SOMMEIL,
        quoi="un trouble du sommeil",
        suggestion=S_TRAITEMENT,
    ),
    regle(
        C.sante,
        *HANDICAP,
        quoi="un handicap",
        suggestion=S_HANDICAP,
    ),
    regle(
        C.sante,
        *SANTE_PSYCHIQUE,
        quoi="la santé psychique",
        suggestion=S_PSY,
    ),
    regle(
        C.sante,
        r"alcool\w*",
        r"ivre\w*",
        r"ivresse",
        r"boi(?:t|vent|vait|re) (?:trop|beaucoup|"
        r"de l'alcool|regulierement|tous les jours|le matin|plus que de raison)",
        r"picol\w*",
        r"cannabis",
        r"shit",
        r"beuh",
        r"drogue(?:e|s|es)?",
        verbe_er("drogu"),
        *ADDICTIONS,
        quoi="une addiction",
        suggestion=S_ADDICTION,
    ),
    regle(
        C.sante,
        *HOSPITALISATION,
        quoi="une hospitalisation ou des soins",
        suggestion=S_HOSPITALISATION,
    ),
    regle(
        C.sante,
        r"arrets? (?:maladie|de travail|medica\w*)",
        r"arretee? (?:par (?:son|le) medecin|pour (?:maladie|raison))",
        r"mi temps therapeutique",
        r"temps partiel therapeutique",
        quoi="un arrêt de travail",
        suggestion=S_ARRET,
    ),
    regle(
        C.sante,
        r"grossesse\w*",
        r"accouch\w*",
        r"ivg",
        r"fausses? couches?",
        r"pma",
        r"fiv",
        r"conges? (?:de )?maternite",
        r"conges? pathologique\w*",
        r"allaitement",
        verbe_er("allait"),
        r"(?:terme|naissance|accouchement) "
        r"(?:prevue?|attendue?) (?:pour|en|le|fin|debut|courant|mi)",
        r"(?:bebes?|enfants?|fils|fille|nee?s?) prematures?",
        r"prematurite",
        r"nee?s? prematurement",
        r"echographie\w*",
        r"mois de grossesse",
        r"congenital\w*",
        r"gynecolog\w* (?:pour|le|la|ce|demain|lundi|mardi|mercredi|jeudi|vendredi)",
        quoi="une grossesse",
        suggestion=S_GROSSESSE,
    ),
    regle(
        C.sante,
        *TRAITEMENTS,
        quoi="un traitement",
        suggestion=S_TRAITEMENT,
    ),
    regle(
        C.sante,
        r"enceintes?",
        sauf_avant=r"(?:une|des|les|cette|ces|mon|son|ma|sa|nouvelle|petite|grande|haute|"
        r"deux|l'|la|rayon|vente d'|vendre des|installer des|pose d'|montage d')",
        sauf_apres=r"(?:/|et |ou )?(?:hifi|hi fi|audio|bluetooth|connectees?|amplis?|"
        r"platines?|televiseurs?|tv|son)\b",
        suggestion=S_GROSSESSE,
    ),
    regle(
        C.sante,
        r"en arret",
        exige_avant=r"(?:est|etes|suis|etait|etais|mise?|reste|restee|"
        r"actuellement|toujours|encore|depuis|vous|il|elle|serez|sera)",
        sauf_apres=r"(?:de bus|devant|sur)",
        suggestion=S_ARRET,
    ),
    regle(
        C.sante,
        *MOTS_DE_LA_SANTE,
        ambigu=True,
        quoi="santé",
        sauf_apres=r"(?:de l'entreprise|financiere|et securite au travail|esthetique\w*|"
        r"du visage|du corps|capillaires?|de beaute|des animaux|aux animaux|infirmiers|"
        r"palliatifs|des ongles|des pieds|de la peau|veterinaire\w*)",
    ),
    regle(
        C.sante,
        r"traitement\w*",
        exige_avant=r"(?:sous|son|sa|ses|votre|vos|mon|ma|mes|leur|un|gros|lourd|nouveau|"
        r"changement de|suit un|suivez un|prend un|prenez un)",
        sauf_apres=r"(?:de (?:texte|donnees|la demande|dossier|l'information|surface)|"
        r"des (?:donnees|dossiers|demandes|commandes))",
        suggestion=S_TRAITEMENT,
    ),
    regle(
        C.sante,
        r"traitements? (?:medica\w*|lourds?|medicamenteu\w*|de substitution|"
        r"antidepresseurs?|hormona\w*|contre|pour (?:son|sa|ses|le|la) |psychiatrique\w*|"
        r"de fond|quotidien)",
        suggestion=S_TRAITEMENT,
    ),
    regle(
        C.sante,
        r"ts",
        exige_avant=r"(?:une|des|sa|fait|faire|tentative|suite a|apres|"
        r"apres une|suite a une|plusieurs)",
        suggestion=S_PSY,
    ),
    regle(
        C.sante,
        r"suivie?s? (?:psy\w*|medica\w*|therapeut\w*|en cmp\w*|par un psy\w*|"
        r"en addicto\w*|par le csapa|en psychiatrie|par un psychiatre|par une psychiatre|"
        r"par (?:son|un|une) medecin|a l'hopital|par l'hopital)",
        suggestion=S_PSY,
    ),
    regle(
        C.sante,
        r"fum\w* (?:des |un |du |beaucoup de |quelques )?(?:joints?|petards?|shit|"
        r"beuh|herbe)",
        r"joints?",
        exige_avant=r"(?:fume\w*|fumer|des|quelques|un|son)",
        sauf_phrase=r"carrel|plomb|etanch|menuis|silicone|mecani|peintu|faience|placo|"
        r"culasse|robinet",
        suggestion=S_ADDICTION,
    ),
)


FAMILLES: tuple[Regle, ...] = _sante()
