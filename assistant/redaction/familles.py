"""Les familles de mots ajoutées pour généraliser : conjugaisons, accords, locutions, contextes.

Le premier lexique (`regles`) connaissait surtout des noms et des formes
figées. Sur des phrases jamais vues, il manquait les autres formes de la même
famille : le verbe conjugué (« vous priez », « buvait »), l'adjectif du nom
(« invalide » pour « invalidité »), les mots dans un autre ordre (« permis …
annulé »), l'argot (« en centrale »), les locutions de jugement (« à l'ouest »,
« beau parleur »). Chaque règle ici décrit une **famille**, jamais une phrase :
les conjugaisons et accords viennent de `flexions`, le contexte (qui est le
sujet, quel mot précède ou suit) départage les sens.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.redaction.flexions import BOIRE, CROIRE, FAIRE, MENTIR, TENIR, adjectif, verbe_er
from assistant.redaction.modele import Categorie
from assistant.redaction.regles import (
    PEUPLES,
    S_ADDICTION,
    S_COMPORTEMENT,
    S_COMPRENDRE,
    S_EFFORT,
    S_GROSSESSE,
    S_HANDICAP,
    S_HOSPITALISATION,
    S_MENSONGE,
    S_TRAITEMENT,
    SCIENCE_AVANT,
    SUGGESTIONS,
    Regle,
)

if TYPE_CHECKING:
    from assistant.redaction.verificateur import Contexte

C = Categorie


def _r(categorie: Categorie | None, *motifs: str, **options: object) -> Regle:
    return Regle(categorie, motifs, **options)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Contextes partagés
# ---------------------------------------------------------------------------

SUJET_PERSONNE = (
    r"\b(?:est|etait|etes|es|suis|etiez|etais|sera|serez|semble|semblez|parait|paraissez|"
    r"reste|restez|tres|trop|assez|plutot|un peu|vraiment|completement|totalement|"
    r"franchement|carrement|particulierement|extremement|parfois|souvent|toujours|"
    r"grave|a moitie|devenue?|s'est montree?|se montre|vous montrez|quelqu'un de|si|"
    r"archi|super|bien|adherente?s?|personne|individu|personnage|monsieur|madame|"
    r"(?:avez|a|avait|aviez|ai) l'air|"
    r"caractere|personnalite|comportement|attitude|humeur|type|gars|fille|jeune)"
)
"""Ce qui précède un qualificatif quand il porte sur la personne (« vous êtes », « très »,
« adhérente », « comportement »)."""

OBJETS_NON_PERSONNE = (
    r"\b(?:metier|poste|travail|taches?|horaires?|conditions?|rythme|trajets?|chantier|"
    r"mission|emploi|boulot|job|journees?|semaines?|situation|demarches?|procedure|"
    r"dossier|formulaire|logiciel|site|ordinateur|bruit|odeur|port de charges|charges?|"
    r"colis|cartons?|climat|meteo|trafic|transports?|attente|delai|formation|reunion|"
    r"cable|fil|prise|circuit|branchement|terre|louches?|cuisine|soupe|image|photo|"
    r"ecran|impression|volume|cheveux|coiffure|produit|village|coin|endroit|quartier|lieu|"
    r"zone|ville|commune|campagne|region|c'est|c'etait|ca|cela|ce serait|trouve\w*|juge\w*)"
    r"\b"
)
"""Les choses qu'un qualificatif peut décrire (« travail pénible », « câble relié à la
masse »)."""
CHOSE_AVANT = OBJETS_NON_PERSONNE + r"(?:\s+[\w']+){0,5}\s*$"
"""Une de ces choses dans les cinq mots qui précèdent le qualificatif : c'est elle qu'il
décrit, pas la personne."""

# ---------------------------------------------------------------------------
# Couple de même sexe : le genre du sujet et celui du partenaire
# ---------------------------------------------------------------------------

_EN_COUPLE = (
    r"(?:en couple|maries?|mariees?|pacses?|pacsees?|fiances?|fiancees?|sort avec|sortez avec|"
    r"sortait avec|en concubinage|en union libre|en relation|partage\w* (?:sa|votre|leur) vie|"
    r"vi(?:t|vez|vait|vent|vais|vre) en couple)"
)
_PARTENAIRE = (
    # Verbe de couple + toute personne : « en couple avec un homme », « sort avec une fille ».
    _EN_COUPLE + r" avec (?:un homme|une femme|un garcon|une fille|un gars|un mec|une nana|"
    r"un autre homme|une autre femme|(?:son|sa|votre|leur) (?:copain|copine))|"
    # Le rôle de partenaire, quel que soit le verbe : « son compagnon », « votre mari ».
    r"(?:avez|a|avait|aviez|ai) (?:un|une) (?:compagnon|compagne|petit ami|petite amie|mari|"
    r"epouse)|"
    r"(?:votre|son|sa|leur|dont le|dont la) (?:mari|epouse|compagnon|compagne|conjointe?|"
    r"petit ami|petite amie|fiancee?)"
)
_MASCULIN_PARTENAIRE = re.compile(
    r"(?:un homme|un autre homme|un garcon|un gars|un mec|compagnon|mari|conjoint|copain|petit ami|"
    r"fiance)$"
)
_SUJET_FEMININ = re.compile(
    r"\b(?:l'adherente|adherente|elle|madame|mme|mlle|mademoiselle|melle)\b|"
    r"\b(?:mariee|pacsee|fiancee|installee|venue|seule|heureuse|separee|divorcee)\b"
)
_SUJET_MASCULIN = re.compile(
    r"\b(?:l'adherent|adherent|il|monsieur|mr|m\.)(?![a-z])|"
    r"\b(?:marie|pacse|fiance|installe|venu|seul|heureux|separe|divorce)\b"
)


_GENRE_DIT = re.compile(
    r"\b(?:vous etes|il est|elle est|adherente? est) (?:un|une) "
    r"(?:(?:jeune|\w+) )?(homme|femme|garcon|fille)\b"
)


def _genre_du_sujet(avant: str, phrase: str) -> str | None:
    """« f », « m » ou `None` : le genre du sujet, dit (« vous êtes une femme ») ou
    sinon le dernier indice avant le partenaire (« l'adhérente », « mariée »)."""
    dit = _GENRE_DIT.search(phrase)
    if dit is not None:
        return "m" if dit.group(1) in ("homme", "garcon") else "f"
    dernier: tuple[int, str] | None = None
    for motif, genre in ((_SUJET_FEMININ, "f"), (_SUJET_MASCULIN, "m")):
        for trouve in motif.finditer(avant):
            if dernier is None or trouve.start() > dernier[0]:
                dernier = (trouve.start(), genre)
    return None if dernier is None else dernier[1]


def meme_sexe(ctx: Contexte, debut: int, fin: int) -> bool:
    """« L'adhérent est en couple avec un homme », « mariée avec une femme » : le sujet et
    son partenaire sont de même genre (sinon la phrase ne dit rien de l'orientation)."""
    partenaire = "m" if _MASCULIN_PARTENAIRE.search(ctx.norme, debut, fin) else "f"
    phrase = ctx.norme[ctx.debut_phrase(debut) : ctx.fin_phrase(fin)]
    sujet = _genre_du_sujet(ctx.norme[ctx.debut_phrase(debut) : fin], phrase)
    return sujet == partenaire


# ---------------------------------------------------------------------------
# Les familles
# ---------------------------------------------------------------------------

NOMBRE = (
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|"
    r"quelques|plusieurs|dix huit|dix \w+)"
)
DUREE = NOMBRE + r" (?:ans?|mois|annees?|semaines?|jours?)"
"""« 18 mois », « deux ans », « quelques semaines »."""

_SANTE_ADJECTIFS = (
    r"claustrophob\w*",
    r"agoraphob\w*",
    r"begue\w*",
    r"begaie\w*",
    r"begaiement\w*",
    r"paralysie\w*",
    r"infirmes?",
    r"infirmite\w*",
    r"alitee?s?",
    r"bequilles?",
    r"deambulateur\w*",
    r"canne blanche",
    r"chiens? guides?",
    r"appareils? auditifs?",
    r"appareillee?s?",
    r"sequelle\w*",
    r"traumatis\w*",
    r"stress post traumatique",
    r"ptsd",
    r"tspt",
    r"surmenage",
    r"cirrhose\w*",
    r"hepatique\w*",
    r"embolie\w*",
    r"bpco",
    r"covid long",
    r"thyroid\w*",
    r"crohn",
    r"lupus",
    r"cecite",
    r"daltonien\w*",
    r"myopath\w*",
    r"arthros\w*",
    r"hemophil\w*",
    r"drepanocyt\w*",
    r"neuropath\w*",
    r"infertil\w*",
    r"sterilite",
    r"immunodepri\w*",
    r"cardiopath\w*",
    r"diabeto\w*",
    r"neurolog\w* (?:lourd\w*|grave\w*)",
    r"troubles? neurolog\w*",
    r"tetanie\w*",
    r"epuisement (?:professionnel|psychique|nerveux|physique|moral)",
    r"paralysee?s? (?:des|du|de la|d'un|d'une|a vie|depuis|de naissance)",
    r"allergi(?:e|es|que|ques) (?:au|aux|a la|a l') ?(?:pollens?|latex|acariens?|"
    r"arachides?|gluten|lactose|poussieres?|poils?|produits?|gants?|solvants?|farines?|"
    r"ble|fruits? a coque|piqures?|guepes?|abeilles?|medicaments?|penicilline|"
    r"parfums?|nickel|chats?|chiens?|animaux)",
    r"allergies? (?:severes?|graves?|"
    r"alimentaires?|respiratoires?|cutanees?)",
    r"allergies",
    r"asthmatiques?",
    r"epileptiques?",
    r"(?:choc|oedeme) anaphylactique",
)


def _sante() -> tuple[Regle, ...]:
    invalide = adjectif("invalide")
    return (
        # Le public d'un métier (« adultes autistes », « patients diabétiques ») : pas la
        # personne, sauf quand ce sont ses proches (« vos deux enfants autistes »).
        _r(
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
        _r(
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
        _r(
            C.sante,
            invalide + r" (?:a \d+|a plus de|de \d+|categorie|cat|\d)",
            r"reconnue?s? (?:inapte|handicapee?|invalide|en invalidite|travailleu\w* handicape\w*|"
            r"mdph|rqth)\w*",
            r"declaree?s? inaptes?",
            quoi="un handicap ou une invalidité",
            suggestion=S_HANDICAP,
        ),
        _r(C.sante, *_SANTE_ADJECTIFS, quoi="un diagnostic ou un état de santé"),
        # Verbes et locutions : souffrir, avoir mal, se soigner, être opéré, interné…
        _r(
            C.sante,
            r"souffr\w* (?:du|des|de la|de l'|d'une?|aux?) ?(?:dos|genoux?|hanches?|epaules?|"
            r"coeur|jambes?|bras|pieds?|poignets?|nuque|cervicales|lombaires|tete|ventre|"
            r"estomac|yeux|oreilles?|articulations?|migraines?|douleurs?|maux|crises?|"
            r"troubles?|problemes?|pathologie|maladie|handicap|depression|anxiete|angoisses?|"
            r"insomnies?|phobie|addiction|dependance)",
            r"(?:mal|maux|douleurs?) (?:au|aux|a la|a l') ?(?:dos|genoux?|hanches?|epaules?|"
            r"coeur|jambes?|bras|pieds?|poignets?|nuque|cervicales|lombaires|ventre|estomac|"
            r"articulations?)",
            r"(?:se|vous vous|me|nous nous) (?:faire |fait |faites |fera |ferez )?soign\w*",
            r"(?:se|vous|va se|allez vous|doit se|devez vous) (?:faire|fait|faites|fera|ferez) "
            r"(?:operer|opere|operee|hospitaliser|soigner|interner|amputer|greffer|plater)",
            r"internee?s? (?:en|a l'|a|d'office|sous contrainte|plusieurs|\d)",
            r"internement\w*",
            r"traitee?s? (?:pour|par (?:chimio|radio|antidepress))\w*",
            r"sous (?:oxygene|perfusion|morphine|dialyse|chimio\w*|anxiolytiques?|"
            r"antidepresseurs?|lithium|ritaline|neuroleptiques?)",
            r"rechut\w*",
            r"en soins",
            r"soins (?:palliatifs|intensifs|psychiatriques?)",
            quoi="un état de santé ou des soins",
            suggestion=S_HOSPITALISATION,
        ),
        _r(
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
        _r(
            C.sante,
            r"(?:perte|perdu|perd\w*) (?:de |d')?(?:l'|la |une partie de (?:l'|la ))?"
            r"(?:audition|vue|ouie|usage (?:de|du|des|d'))",
            r"(?:probleme|souci|ennui|trouble|pb|pbm|pblm|prob)s? (?:de|aux|au|a la|a l'|d') ?"
            r"(?:dos|genoux?|"
            r"hanches?|epaules?|coeur|jambes?|pieds?|poignets?|nuque|cervicales|lombaires|vue|"
            r"yeux|oreilles?|audition|thyroide|tension|poumons?|reins?|foie|estomac|ventre|"
            r"articulations?|sommeil|memoire|equilibre|mobilite|motricite|vessie|prostate)",
            r"(?:pb|pbm|pblm|prob)s? (?:de sante|d'alcool|psy\w*|medica\w*|cardiaques?|"
            r"respiratoires?|d'addiction|de drogue)",
            r"(?:perdu|perte d'|perd) (?:un|l'|d'un|son|votre|sa|une) (?:oeil|bras|jambe|main|"
            r"doigt|pied|rein|poumon|sein)",
            r"borgnes?",
            r"en fauteuil(?! de bureau| club)",
            r"(?:poly|multi) ?handicap\w*",
            r"deficits? (?:d'attention|attentionnel\w*|cognitif\w*|auditif\w*|visuel\w*|"
            r"moteur\w*|intellectuel\w*)",
            r"port\w* (?:un|une|des) (?:corset|attelle|minerve|orthese|prothese|appareil auditif|"
            r"appareils auditifs|sonde|poche|pompe a insuline|pacemaker|stimulateur)\w*",
            r"attelle\w*",
            r"orthese\w*",
            r"canal carpien",
            r"(?:genou|dos|hanche|epaule|coeur|cheville|poignet|menisque|ligaments?|yeux|"
            r"oeil|colonne|vesicule|appendicite|tumeur|hernie|rein|thyroide)s? "
            r"(?:operee?s?|greffee?s?|plate?ree?s?)",
            r"pacemaker",
            r"stimulateur cardiaque",
            r"(?:jambe|bras|pied|main|poignet|cheville|genou|epaule|doigt)s? (?:dans le|sous|en|"
            r"dans un) platre",
            r"sous (?:tt|ttt|trt|ttmt)",
            r"accros? (?:a|au|aux|a la|a l') ?(?:jeux?|cannabis|"
            r"alcool|drogues?|shit|cocaine|coke|tabac|ecrans?|clopes?|joints?|medicaments?|"
            r"paris|casino|heroine|opiaces?|antidouleurs?)",
            quoi="un état de santé",
        ),
        _r(
            C.sante,
            r"platree?s?",
            adjectif("muet", "muette"),
            exige_avant=r"\b(?:etes|est|suis|etait|etiez|toujours|encore|devenue?|nee?|"
            r"sourde?s?|sourde? et)\s*",
            exige_apres=r"\s*(?:$|[.,;:)(]|depuis|de naissance|et sourde?|jusqu|pour|"
            r"pendant \d|pendant (?:deux|trois|quatre|six) )",
            quoi="un état de santé",
        ),
        _r(
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
        _r(
            C.sante,
            r"(?:maison|centre|clinique|etablissement|service)s? (?:de repos|"
            r"de convalescence|de (?:re)?readaptation|de reeducation|de post ?cure|de soins de "
            r"suite|psy\w*)",
            ambigu=True,
            quoi="des soins",
            suggestion=S_HOSPITALISATION,
        ),
        _r(
            C.sante,
            r"seropo\w*",
            r"remission\w*",
            r"lexomil",
            r"xanax",
            r"prozac",
            r"deroxat",
            r"seroplex",
            r"effexor",
            r"lysanxia",
            r"temesta",
            r"stilnox",
            r"tercian",
            r"risperdal",
            r"abilify",
            r"zyprexa",
            r"depakine",
            r"lamictal",
            r"ritaline",
            r"levothyrox",
            r"ventoline",
            r"tramadol",
            r"lyrica",
            r"metformine",
            r"skenan",
            r"seresta",
            r"valium",
            r"imovane",
            r"atarax",
            r"laroxyl",
            r"anafranil",
            r"zoloft",
            r"cymbalta",
            r"haldol",
            r"loxapac",
            r"solian",
            r"leponex",
            r"theralene",
            r"nicopatch",
            quoi="un état de santé ou un traitement",
            suggestion=S_TRAITEMENT,
        ),
        _r(
            C.sante,
            r"lithium",
            exige_avant=r"\b(?:sous|prend\w*|traitement (?:au|de)|"
            r"dose de|cure de)\s*",
            quoi="un traitement",
            suggestion=S_TRAITEMENT,
        ),
        _r(
            C.sante,
            r"am",
            exige_apres=r"\s*(?:jusqu|depuis|prolonge\w*|de \d|du \d|en cours|"
            r"\d+ ?(?:j|jours|sem|semaines|mois)\b|pour (?:\d|deux|trois|un|une))",
            quoi="un arrêt de travail",
            suggestion=S_HOSPITALISATION,
        ),
        _r(
            C.sante,
            r"hp",
            exige_avant=r"\b(?:en|a l'|de l'|sortie? d'|sort de l'|sejour en|"
            r"passage en|interne\w* en|hospitalise\w* en)\s*",
            quoi="une hospitalisation",
            suggestion=S_HOSPITALISATION,
        ),
        # Grossesse : toutes les façons de le dire.
        _r(
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
        _r(
            C.sante,
            BOIRE + r" (?:trop|beaucoup|de l'alcool|regulierement|tous les jours|"
            r"le matin|des le matin|plus que de raison|en cachette|seule?|enormement|"
            r"pas mal|un peu trop|souvent|chaque jour|chaque soir|le soir|des bieres|"
            r"du vin|de la vodka|du whisky|de l'alcool fort|comme un trou)",
            r"leve\w* (?:le|un peu trop le|souvent le|facilement le) coude",
            r"penchant pour (?:la bouteille|l'alcool|la boisson)",
            r"porte\w* sur la (?:bouteille|boisson)",
            r"(?:probleme|souci|ennui|difficulte)s? (?:avec|de|lie a|lies a) (?:la boisson|"
            r"le jeu|les jeux|la bouteille|la came)",
            r"ivrogn\w*",
            r"poivrot\w*",
            r"soiffard\w*",
            r"toxicomane\w*",
            r"jeux? d'argent (?:pathologique|compulsi)\w*",
            r"joueu\w* (?:compulsi|pathologi)\w*",
            r"consomm\w* (?:de |du |d'|des )?(?:coke|herbe|produits? stupefiants?)",
            quoi="une addiction",
            suggestion=S_ADDICTION,
        ),
        _r(
            C.sante,
            r"addicto\w*",
            r"addict\w*",
            quoi="une addiction",
            suggestion=S_ADDICTION,
            sauf_apres=r"(?:au travail|au boulot|au sport|aux sports?|a la course)",
        ),
        # Spécialistes : santé quand ils soignent la personne, métier sinon.
        _r(
            C.sante,
            r"cardiolog\w*",
            r"neurolog\w*",
            r"oncolog\w*",
            r"rhumatolog\w*",
            r"pneumolog\w*",
            r"gyneco\w*",
            r"endocrino\w*",
            r"nephrolog\w*",
            r"dermato\w*",
            r"ophtalmo\w*",
            r"orthophon\w*",
            r"ergotherap\w*",
            r"psychomotric\w*",
            r"gastro ?enterolog\w*",
            r"cancerolog\w*",
            r"hematolog\w*",
            r"urolog\w*",
            r"sage femme",
            r"maternite",
            r"psychiatre\w*",
            r"pedopsy\w*",
            r"reeducation",
            r"neuropsy\w*",
            r"ambulances?",
            r"dialyse",
            r"hemodialyse",
            ambigu=True,
            quoi="santé",
        ),
        _r(
            C.sante,
            r"cure\w*",
            exige_avant=r"\b(?:en|une|sa|son|votre|de|d'une|apres sa|"
            r"apres une|sorti\w* de|sortez de|fin de)\s*",
            sauf_apres=r"(?:thermale?s?|de (?:jouvence|minceur|detox|vitamines?))",
            quoi="une addiction ou des soins",
            suggestion=S_ADDICTION,
        ),
        _r(
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


def _religion() -> tuple[Regle, ...]:
    prier = verbe_er("pri")
    jeuner = verbe_er("jeun", sauf=("jeune", "jeunes"))
    return (
        # Prier : toutes les personnes et tous les temps, sauf la formule « prière de ».
        _r(
            C.religion,
            prier,
            sauf_avant=r"\b(?:je vous|je te|nous vous|on vous|je les|vous etes|etes|est|sont|"
            r"il est|elle est|sera|serez|etait|etiez|en vous|vous en|t'en|je)\s*",
            sauf_apres=r"(?:de|d'|instamment|poliment)\b",
            sauf_phrase=r"\b(?:prix|prise|prive)\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        _r(
            C.religion,
            r"prieres?",
            exige_avant=r"\b(?:ses|vos|sa|votre|leurs?|fait|"
            r"faites|faisait|faire|pendant|pour|aller|allez|va|heure de|heures de|temps de|"
            r"moment de|lieu de|salle de|tapis de|la)\s*",
            sauf_apres=r"(?:de|d')\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        # Jeûner : le verbe, et le nom « jeûne » (même forme que « jeune ») en contexte.
        _r(C.religion, jeuner, suggestion=SUGGESTIONS[C.religion]),
        _r(
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
        _r(
            C.religion,
            CROIRE + r" (?:en|a|au) (?:dieu|allah|jesus|christ|jehovah|l'au dela|"
            r"la reincarnation|une religion|la religion|une force|un dieu|des dieux|"
            r"la vie apres)",
            r"croyances?",
            suggestion=SUGGESTIONS[C.religion],
            sauf_apres=r"(?:populaires?|limitantes?|sur|que)\b",
        ),
        _r(
            C.religion,
            r"messes?",
            sauf_avant=r"\bgrande?s?\s*$",
            sauf_apres=r"(?:basses?)\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        _r(
            C.religion,
            r"bibles?",
            sauf_apres=r"(?:du|de la|des|de l'|d')\b",
            suggestion=SUGGESTIONS[C.religion],
        ),
        _r(
            C.religion,
            r"coran\w*",
            r"torah",
            r"talmud\w*",
            r"evangiles?",
            r"catholicisme",
            r"christianisme",
            r"protestantisme",
            r"baptisee?s?",
            r"conversion religieuse",
            r"communaute religieuse",
            r"sunnite\w*",
            r"chiite\w*",
            r"adventiste\w*",
            r"mormon\w*",
            r"pentecot\w*",
            r"orthodoxes? (?:pratiquante?|"
            r"russe|grecque?|copte|juive?)",
            r"coptes?",
            r"(?:le |un )?turban",
            r"(?:se|vous|me) " + verbe_er("voil", sauf=("voila", "voilas")),
            r"liberte de (?:culte|conscience)",
            r"(?:pratique|exercice) (?:de son|du|de votre|de leur) culte",
            r"(?:va|allez|vont|aller|allait|alliez|frequente\w*|se rend\w*|vous rendez) "
            r"(?:a la |au |a l')(?:eglise|temple|mosquee|synagogue|messe|paroisse|culte|"
            r"priere)",
            suggestion=SUGGESTIONS[C.religion],
        ),
        _r(
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
        _r(
            C.religion,
            r"cathos?",
            sauf_avant=r"\b(?:a la|de la|la|institut|universite|fac)\s*$",
            suggestion=SUGGESTIONS[C.religion],
        ),
        _r(
            C.religion,
            r"orthodoxes?",
            exige_avant=r"\b(?:etes|est|suis|etait|juif|juive|"
            r"chretien\w*|confession|religion|de religion|eglise|pratiquante?)\s*",
            suggestion=SUGGESTIONS[C.religion],
        ),
        _r(
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


def _judiciaire() -> tuple[Regle, ...]:
    sanction = r"(?:suspendu|retire|annule|invalide|confisque|sucre|supprime)(?:e|s|es)?"
    return (
        # Permis retiré, suspendu, annulé : dans les deux ordres, avec les mots entre.
        _r(
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
        _r(
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
        _r(
            C.judiciaire,
            r"maisons? centrales?",
            r"derriere les barreaux",
            r"au mitard",
            r"mitard",
            r"perpete",
            r"en cabane",
            r"(?:mois|ans?|annees?|jours|semaines) "
            r"(?:de prison |d'emprisonnement |de detention |de taule |de centrale )?fermes?",
            r"(?:mois|ans?|annees?|semaines) (?:de prison|d'emprisonnement|de detention|"
            r"de taule|derriere les barreaux)",
            r"sous bracelet",
            r"bracelet elec\w*",
            r"(?:en|sous) (?:liberte )?conditionnelle",
            r"(?:liberation|liberte|sortie|mise? en liberte) (?:conditionnelle|sous contrainte|"
            r"anticipee|sous surveillance)",
            r"peines? (?:a effectuer|a purger|a executer|en cours|restante|de \d)",
            r"(?:ete|etes|a ete|avez ete|s'est fait|vous etes fait|se faire) interpellee?s?",
            r"(?:liberee?s?|sortie?s?) (?:de prison|de detention|de maison d'arret|de centrale|"
            r"sous conditions?|en conditionnelle|de taule)",
            r"reconnue?s? coupable\w*",
            r"jugee?s? (?:pour|coupable|en comparution|au tribunal|"
            r"aux assises)",
            r"stage de citoyennete",
            r"obligation de soins",
            r"injonction de soins",
            r"interdiction de (?:paraitre|sejour|territoire|"
            r"(?:entrer en )?contact)",
            r"affaire a la (?:justice|police)",
            r"recherchee?s? par (?:la police|la justice|la gendarmerie|les gendarmes)",
            r"perquisition\w*",
            r"mandat d'arret",
            r"deferee?s? (?:au|devant)",
            r"(?:convoquee?s?|convocation) (?:au|devant le) (?:tribunal|juge|commissariat|"
            r"procureur)",
            r"sous le coup d'une (?:peine|condamnation|procedure|enquete)",
            r"(?:fait|passe|faisait|envoye\w*|mise?) (?:" + DUREE + r" )?(?:a l'ombre|au trou|"
            r"au placard en prison|en zonzon)",
            suggestion="période d'indisponibilité ; parcours à reprendre à partir de …",
        ),
        _r(
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
        _r(
            C.judiciaire,
            r"(?:avez|a|portez|porte|portait|sous) (?:un |le |son |votre )?"
            r"bracelets?",
            sauf_apres=r"(?:en|de|d'|montre|connecte\w*|cuir|argent|or|perles?|"
            r"bresilien\w*)\b",
            suggestion="contraintes d'horaires et de déplacements à prendre en compte",
        ),
        _r(
            C.judiciaire,
            r"vol(?:e|ee|es|ees|ez|ait|aient|er|ons) (?:dans (?:un|une|le|la|les|des)"
            r" (?:magasin|supermarche|boutique|caisse|vestiaire)\w*|a l'etalage|au travail|"
            r"de l'argent|la caisse|des (?:vetements|telephones|voitures|scooters|marchandises)|"
            r"un (?:telephone|portable|scooter|vehicule|sac)|une (?:voiture|moto))",
            sauf_phrase=r"\b(?:avion|planeur|parapente|ulm|pilote|vol libre|helicoptere|drone)",
            suggestion=SUGGESTIONS[C.judiciaire],
        ),
        _r(
            C.judiciaire,
            r"(?:attend\w*|date de|date du|appel de|appel du|avant|apres|"
            r"report\w* de|renvoi de) (?:votre|son|leur|sa) (?:jugement|proces|"
            r"audience|comparution|delibere|condamnation)",
            sauf_apres=r"(?:de (?:la|votre|son) (?:page|chaine|compte|site)|en ligne|sur les)",
            sauf_phrase=r"\b(?:surendettement|commission|jury|vae|prud\w*|chaine|abonnes|"
            r"reseaux sociaux)\b",
            suggestion=SUGGESTIONS[C.judiciaire],
        ),
        _r(
            C.judiciaire,
            r"casiers?",
            exige_avant=r"\b(?:a|avez|ai|avait|aviez|ont|avoir|as|sans|son|votre|leur)\s*"
            r"(?:un |deja un |pas de |pas un )?(?:petit |gros |lourd )?$",
            sauf_apres=r"(?:au|a|de|du|des|pour|dans|individuel|vestiaire|metallique|fermant|"
            r"personnel|a cle|attribue)\b",
            suggestion="métiers réglementés à vérifier ensemble",
        ),
        _r(C.judiciaire, r"procureur\w*", ambigu=True, suggestion=SUGGESTIONS[C.judiciaire]),
    )


def _jugement() -> tuple[Regle, ...]:
    return (
        # Locutions figées : elles ne décrivent jamais un fait.
        _r(
            C.jugement,
            r"a cote de (?:la plaque|ses pompes|vos pompes|leurs pompes)",
            r"poils? dans la main",
            r"(?:se|vous|vous vous) (?:tourn\w*|tourne) les pouces",
            r"tourner les pouces",
            r"(?:se|vous) la coul\w* douce",
            r"regard\w* le nombril",
            r"bayer aux corneilles",
            r"train\w* (?:les|des) pieds",
            r"invente\w* (?:l'eau chaude|la poudre|le fil a couper le beurre|l'eau tiede)",
            r"pas une (?:lumiere|fleche|lumiere)",
            r"(?:lente?|longue?) a la detente",
            r"dure? (?:a la comprenette|de la feuille)",
            r"a la ramasse",
            r"tete (?:de mule|de pioche|de linotte|a claques|brulee|en l'air)",
            r"(?:la )?tete dure",
            r"grandes? gueules?",
            r"grosses? gueules?",
            r"grosse tete",
            r"langue de vipere",
            r"mauvaise langue",
            r"mauvais coucheur",
            r"beaux? parleurs?",
            r"belles? parleuses?",
            r"baratin\w*",
            r"bonimente\w*",
            r"embobin\w*",
            r"vendeu\w* de (?:vent|reve|salades|tapis)",
            r"brass\w* du vent",
            r"racont\w* (?:des salades|des bobards|des craques|n'importe quoi|des carabistouilles|"
            r"des conneries|des balivernes|des sornettes|des histoires a dormir debout)",
            r"(?:invent\w*|sort\w*|debit\w*) (?:des bobards|des craques|n'importe quoi|"
            r"des carabistouilles|des conneries|des balivernes|des sornettes)",
            r"pipeau\w*",
            r"se la (?:pet|racont|jou)\w*",
            r"vous (?:vous )?la pet\w*",
            r"vous vous la (?:racont|jou)\w*",
            r"pete\w* plus haut que",
            r"(?:se|vous vous) (?:pren\w*|croi\w*|croy\w*) pour (?:qui|le roi|la reine|"
            r"un caid|une star|le boss|superieure?)",
            r"(?:croi\w*|croy\w*) tout permis",
            r"(?:se|vous) (?:croi|croy)\w* (?:superieure?|"
            r"au dessus|plus malin|plus maligne|meilleure?)",
            r"(?:n'en )?" + FAIRE + r" qu'a (?:sa|votre|leur|ma|ta) tete",
            r"negligee?s? (?:dans|sur) (?:sa|votre|leur) (?:tenue|presentation|hygiene|apparence)",
            r"limitee?s? intellectuellement",
            r"(?:pas )?fute fute",
            FAIRE + r" (?:que le|le strict|le) minimum(?! requis| d'heures| legal| de | d'| pour)",
            FAIRE + r" (?:aucun|pas d'|peu d'|zero|pas beaucoup d'|jamais d'|pas assez d'|"
            r"pas le moindre|jamais le moindre) ?efforts?",
            r"(?:ne |n')?(?:se|vous) boug\w* (?:pas|jamais|guere|plus)",
            r"(?:mauvais|sale|fichu|foutu) caractere",
            r"caracteres? (?:de cochon|difficile|"
            r"impossible|de chien|explosif|ombrageux|execrable)",
            r"humeur (?:massacrante|"
            r"de chien|execrable|changeante|de dogue)",
            r"(?:toujours|souvent|constamment|encore) de mauvaise humeur",
            r"de mauvaise humeur (?:tout le temps|constamment|permanente|en permanence|"
            r"chronique|a chaque)",
            r"manqu\w* (?:cruellement |clairement |totalement |serieusement )?(?:de maturite|"
            r"de serieux|de volonte|de rigueur|d'implication|de politesse|d'education|"
            r"de respect|de jugeote|de bon sens|de courage|d'ambition|de savoir vivre|"
            r"de savoir etre|de motivation|de plomb|d'envie|de reactivite)",
            r"qu'a (?:toucher|profiter|gratter|percevoir|garder) (?:les|ses|vos|des|leurs?) "
            r"(?:allocs?|allocations|aides|indemnites|chomage|rsa|droits)",
            r"(?:sens|sent|sentez|sentait|sentiez|sentent|"
            r"sentaient) (?:mauvais|fort|la transpiration|la sueur|l'alcool|le tabac|"
            r"la cigarette|le renferme)",
            r"(?:on |l'on )?n'en tirera (?:rien|pas grand chose)",
            r"rien a (?:en )?tirer",
            r"meprisant\w*",
            r"condescendant\w*",
            r"cradingue\w*",
            r"degueulasse\w*",
            r"perdue?s? dans la vie",
            r"geignard\w*",
            r"pleurnich\w*",
            r"raleu(?:r|rs|se|ses)",
            r"grincheu\w*",
            r"casse pieds",
            r"chieu(?:r|rs|se|ses)",
            r"relou\w*",
            r"ronchon\w*",
            r"rouspet\w*",
            r"rechign\w*",
            r"jamais contente?s?",
            r"victimis\w*",
            r"jou\w* (?:les|la|a la) victimes?",
            r"toujours a (?:(?:se|vous|me|nous) )?(?:plaindre|"
            r"rechigner|ronchonner|discuter|negocier|contester|rouspeter|raler|pleurer|"
            r"pleurnicher|chercher des excuses|trouver des excuses)",
            r"(?:se |vous vous )?plai(?:nt|gnez|gnait|gnent) (?:tout le temps|sans cesse|"
            r"constamment|toujours|de tout|sans arret)",
            r"trouillard\w*",
            r"froussard\w*",
            r"vantard\w*",
            r"cossard\w*",
            r"fait (?:son|sa) (?:cinema|comedie|diva|star|malin|maligne|interessante?)",
            r"(?:ne |n')" + TENIR + r" (?:jamais|pas|rarement|guere) (?:ses|vos|sa|votre|"
            r"leurs?) (?:engagements?|parole|promesses?)",
            r"pas de parole",
            r"(?:etes|est) d'une (?:lenteur|betise|naivete|mauvaise foi)",
            r"glandouill\w*",
            r"glander",
            r"glande\w* (?:rien|toute|tout)",
            r"n'en (?:fich|fout|branl)\w* pas une",
            r"n'en " + FAIRE + r" pas une",
            r"(?:ne |n')(?:fich|fout|branl|gland)\w* (?:rien|pas grand chose|que dalle)",
            r"pique assiettes?",
            r"nullard\w*",
            r"branquignol\w*",
            r"mollesse",
            r"apathie",
            r"profils? d'assistee?s?",
            r"mentalite d'assistee?s?",
            r"aucune (?:envie|volonte) (?:de |d')(?:s'en sortir|avancer|travailler|bouger|"
            r"chercher|faire)",
            r"revech\w*",
            r"acariatre\w*",
            r"irascible\w*",
            r"procedurie(?:r|rs|re|res)",
            r"chicanie(?:r|rs|re|res)",
            r"malhonnete\w*",
            r"tricheu(?:r|rs|se|ses)",
            r"cousue?s? de fil blanc",
            r"(?:sincerite|bonne foi|honnetete) (?:douteuse|"
            r"discutable|relative)",
            r"dout\w* (?:fortement |serieusement |beaucoup )?de "
            r"(?:votre|sa|son|leur) (?:sincerite|bonne foi|honnetete|parole)",
            r"susceptibilite (?:maladive|excessive|extreme|a fleur de peau)",
            r"(?:posture|position|role|attitude|discours) (?:de |d')(?:victime|assistee?)",
            r"vous complaisez",
            r"se complai\w*",
            r"(?:vous vous|se|il se|elle se) (?:refugi\w*|"
            r"cach\w*) (?:un peu trop |trop |commodement |facilement )*derriere",
            r"(?:votre|son|sa|leur) (?:inertie|passivite|nonchalance|indolence|paresse|"
            r"negligence|immaturite|incompetence|betise|mauvaise volonte)",
            r"(?:d'une|une) (?:mollesse|lenteur|passivite|nonchalance|indolence|betise|"
            r"naivete|immaturite) (?:desesperante|affligeante|consternante|incroyable|"
            r"deconcertante|rare)",
            r"(?:rend|rendait|rendent) (?:l'accompagnement|"
            r"les echanges|nos echanges|le suivi|les entretiens) (?:\w+ )?(?:epuisant|"
            r"penible|difficile|impossible|infernal)\w*",
            suggestion=SUGGESTIONS[C.jugement],
        ),
        # Qualificatifs à deux sens : seulement quand ils portent sur la personne.
        _r(
            C.jugement,
            r"un peu simples?",
            exige_avant=r"\b(?:etes|est|semble|semblez|parait|"
            r"paraissez|adherente?)\s*",
            sauf_avant=CHOSE_AVANT,
            suggestion=S_COMPRENDRE,
        ),
        _r(
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
        _r(
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
        _r(
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
        _r(
            C.jugement,
            MENTIR,
            exige_avant=r"\b(?:il|elle|qui|on|adherente?|nous|me|m'|lui|leur|vous|a|souvent|"
            r"toujours|tendance a|beaucoup|encore|aussi|ne|n'|nous a|m'a|vous avez)\s*",
            sauf_apres=r"(?:ionne|ion)",
            suggestion=S_MENSONGE,
        ),
        _r(
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
        _r(
            C.jugement,
            r"(?:fait|faites|faisait|ferait) (?:le|la) (?:mort|morte|sourde?|"
            r"autruche|difficile|fine bouche)",
            r"mauvaise graine",
            r"(?:se|vous) (?:fiche|fichez|fout|foutez|moque|moquez|moquait|fichait|foutait) "
            r"(?:du monde|de tout|de nous|de vous|de l'accompagnement|des conseils)",
            suggestion=S_EFFORT,
        ),
    )


def _syndicat() -> tuple[Regle, ...]:
    return (
        _r(
            C.syndicat,
            r"sud",
            r"fo",
            exige_avant=r"\b(?:syndiqu\w*|adherente?|militante?|"
            r"delegue\w*|elue?|representante?\w*|carte|liste|section|encartee?|chez|pour|"
            r"a|au syndicat|personnel|membre de|membre du syndicat)\s*(?:syndical\w* )?$",
            sauf_apres=r"(?:de|du|des|d'|ouest|est|france|ouest|la|le|les|\d)\b",
            suggestion=SUGGESTIONS[C.syndicat],
        ),
        _r(
            C.syndicat,
            FAIRE + r" (?:la |une |des |souvent |regulierement |plusieurs )?greves?",
            r"(?:etes|etiez|etais|suis|etait|est) (?:souvent |toujours )?en greve",
            r"(?:vous|il|elle|adherente?) (?:avez |a |aviez |avait )?(?:suivi|rejoint|participe a)"
            r" (?:la|une|les|des) greves?",
            sauf_phrase=r"\b(?:transports?|sncf|ratp|trains?|bus|metro|tram\w*|avions?|vols?|"
            r"controleurs|aiguilleurs|routiers|enseignants|ecoles?|creche)\b",
            suggestion=SUGGESTIONS[C.syndicat],
        ),
    )


def _vie_sexuelle() -> tuple[Regle, ...]:
    return (
        _r(
            C.vie_sexuelle,
            r"bis?",
            exige_avant=r"\b(?:etes|est|suis|etait|etiez|ouvertement|"
            r"plutot|se dit|vous dites|se declare|vous declarez)\s*",
            exige_apres=r"\s*(?:$|[.,;:!?)]|et\b|depuis|assume)",
            suggestion=SUGGESTIONS[C.vie_sexuelle],
        ),
        _r(
            C.vie_sexuelle, _PARTENAIRE, condition=meme_sexe, suggestion=SUGGESTIONS[C.vie_sexuelle]
        ),
        _r(
            C.vie_sexuelle,
            r"transition (?:de genre|de sexe|sexuelle|hormonale)",
            r"changement de sexe",
            r"(?:femme|homme) trans\w*",
            r"polyamour\w*",
            r"partenaires? (?:multiples|du meme sexe)",
            r"plusieurs partenaires",
            r"(?:meme sexe|de son sexe)",
            r"relations? (?:homosexuelles?|intimes?|amoureuses? "
            r"avec (?:un homme|une femme))",
            sauf_avant=r"\b(?:classes?|ecoles?|vestiaires?|toilettes?|equipes?|binomes?|"
            r"mixite)\s+(?:\w+\s+)?$",
            suggestion=SUGGESTIONS[C.vie_sexuelle],
        ),
    )


def _origine() -> tuple[Regle, ...]:
    return (
        _r(
            C.origine,
            r"couleur de (?:votre|leur|ma|ta|sa|notre|la) peau",
            r"(?:deuxieme|seconde|2e|2eme|2nde|troisieme|3e|3eme) generation",
            r"basanee?s?",
            r"facies",
            r"teint (?:mat|fonce|basane)",
            r"(?:personnes?|hommes?|femmes?|gens|jeunes?|gars|fille) de couleur",
            suggestion=SUGGESTIONS[C.origine],
        ),
        _r(
            C.origine,
            r"(?:parents?|pere|mere|famille|grands? parents?|grand (?:pere|mere)|"
            r"ancetres|aieux|freres?|soeurs?|mari|epouse) (?:\w+ )?(?:sont|est|etaient|etait|"
            r"viennent|vient|venaient|venait) (?:(?:tous|toutes|deux|d'origine|du|de|des) )*"
            + PEUPLES,
            suggestion=SUGGESTIONS[C.origine],
        ),
        _r(
            C.origine,
            r"typee?s?",
            exige_avant=r"\b(?:tres|physique|un peu|etes|est|assez|"
            r"plutot|fortement|visage)\s*",
            sauf_apres=r"(?:de|d'|par)\b",
            sauf_phrase=r"\b(?:poste|profil|contrat|document|"
            r"donnees?|format|variable|fichier|vin|produit|style|logement)\b",
            suggestion=SUGGESTIONS[C.origine],
        ),
    )


def _opinions() -> tuple[Regle, ...]:
    return (
        _r(
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
        _r(
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
        _r(
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
        _r(
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


def _genetique() -> tuple[Regle, ...]:
    return (
        _r(
            C.genetique_biometrie,
            r"empreinte",
            exige_avant=r"\b(?:votre|son|sa|leur|mon|ma|"
            r"prise d'|releve\w* (?:de |d')?|enregistrement (?:de |d')?)\s*$",
            sauf_apres=r"(?:carbone|ecologique|environnementale|de pas|de (?:votre|son) "
            r"passage|positive|durable|sur (?:le|l'|les|la) (?:equipe|entreprise|projet))",
            sauf_avant=SCIENCE_AVANT,
            suggestion=SUGGESTIONS[C.genetique_biometrie],
        ),
        _r(
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
        _r(
            C.genetique_biometrie,
            r"(?:scan\w*|lecture|reconnaissance|releve\w*|capture) "
            r"(?:de |d'|des |du )?(?:l'|votre |son |vos |ses |leur )?(?:iris|retines?|visage|voix)",
            sauf_avant=SCIENCE_AVANT,
            suggestion=SUGGESTIONS[C.genetique_biometrie],
        ),
        _r(
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


FAMILLES: tuple[Regle, ...] = (
    *_sante(),
    *_religion(),
    *_judiciaire(),
    *_jugement(),
    *_vie_sexuelle(),
    *_origine(),
    *_syndicat(),
    *_opinions(),
    *_opinions_marquees(),
    *_mandats(),
    *_genetique(),
)
"""Les règles de généralisation, ajoutées au lexique (`regles.REGLES`)."""
