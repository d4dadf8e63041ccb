"""Les mots de la santé (RGPD, art. 9) : diagnostics, handicap, santé psychique,
addictions, soins, traitements. Données seules, utilisées par `regles.sante`.
"""

from __future__ import annotations

from assistant.redaction.flexions import BOIRE

SANTE_ADJECTIFS = (
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

SUIVIS_ET_TRAITEMENTS = (
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
)
"""Les états, rémissions, médicaments et suivis nommés."""

ALCOOL = (
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
)
"""L'alcool : le verbe boire conjugué et les locutions."""

SPECIALISTES = (
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
)
"""Les spécialistes médicaux : santé s'ils soignent la personne, métier sinon."""

DIAGNOSTICS = (
    r"diabet\w*",
    r"cancer\w*",
    r"chimio\w*",
    r"radiotherap\w*",
    r"tumeur\w*",
    r"leucemi\w*",
    r"lymphome\w*",
    r"metastas\w*",
    r"vih",
    r"sida",
    r"seropositi\w*",
    r"hepatite\w*",
    r"asthm\w*",
    r"epilep\w*",
    r"sclerose\w*",
    r"parkinson\w*",
    r"alzheimer\w*",
    r"avc",
    r"infarctus",
    r"crise cardiaque",
    r"cardiaques?",
    r"insuffisan\w* (?:cardiaque|renal\w*|respiratoire)",
    r"dialysees?",
    r"hypertension",
    r"hypertendu\w*",
    r"cholesterol",
    r"obes\w*",
    r"surpoids",
    r"anorex\w*",
    r"boulimi\w*",
    r"maladie\w*",
    r"malade\w*",
    r"pathologie\w*",
    r"diagnostic (?:medical|psychiatrique|de (?:son|sa|la|l'|du|d'un|d'une) ?(?:maladie|"
    r"cancer|trouble|handicap|autisme|diabete))",
    r"diagnostiquee?s? (?:avec|d'un|d'une|comme|bipolaire|autiste|diabetique)",
    r"lombalgi\w*",
    r"sciatique\w*",
    r"hernie\w*",
    r"tendinite\w*",
    r"arthrose\w*",
    r"rhumatis\w*",
    r"polyarthrite\w*",
    r"fibromyalgi\w*",
    r"migraine\w*",
    r"fatigue chronique",
    r"endometriose",
    r"mal de dos",
    r"maux de dos",
    r"problemes? (?:de dos|de genou|de hanche|d'epaule|de coeur|cardiaques?|"
    r"respiratoires?|de vue|d'audition|de poids|neurologiques?)",
    r"soucis (?:de dos|de genou|de hanche|d'epaule|de coeur|cardiaques?|respiratoires?)",
    r"dos fragile",
    r"douleurs? (?:chronique\w*|au dos|aux|au|dorsale\w*|lombaire\w*|articulaire\w*|"
    r"physique\w*|dans)",
    r"fractur\w*",
    r"entorse\w*",
    r"blessure\w*",
    r"blesse(?:e|s|es)?",
    r"accidents? (?:du|de) travail",
    r"accidente\w*",
    r"contre indication\w*",
    r"reserves? medica\w*",
    r"restrictions? medica\w*",
    r"sante\w* (?:fragile|mentale|precaire|physique|psychique|defaillante|mauvaise)",
    r"(?:probleme|souci|ennui|raison|etat|question|motif)s? de sante",
    r"(?:probleme|souci|ennui|raison|motif)s? medica\w*",
    r"ist",
    r"mst",
    r"hyperacousie",
    r"acouphene\w*",
    r"vertiges?",
    r"evanoui\w*",
    r"malaise\w*",
    r"crises? d'epilepsie",
    r"convulsion\w*",
    r"incapacite\w*",
    r"ipp",
    r"spasmophil\w*",
    r"tabagi\w*",
    r"(?:dos|genou|genoux|hanche|epaule|cheville|poignet|bras|jambe|colonne) (?:casse|"
    r"bloque|en vrac|abime|use|fragile|en compote|fichu|foutu)",
    r"fum\w* (?:\d+|un|deux|trois|plusieurs|un demi) (?:paquets?|cigarettes?)",
)
"""Les diagnostics et les états de santé."""

SOMMEIL = (
    r"insomni\w*",
    r"apnees? du sommeil",
    r"narcolep\w*",
    r"hypersomni\w*",
    r"(?:problemes?|soucis|difficultes?) (?:de|du) sommeil",
    r"(?:difficultes?|mal|peine) (?:a|pour) (?:dormir|s'endormir|trouver le sommeil)",
    r"(?:dort|dormez|dormait|dormiez|dors|dormir|dormi|dorment) (?:(?:tres|trop|vraiment|"
    r"toujours|souvent|assez|plutot) )?(?:mal|peu|difficilement)",
    r"(?:ne|n') ?(?:dort|dormez|dormait|dormiez|dors|dormir|dorment) (?:plus|pas|presque "
    r"pas|presque plus|que \d+ ?h\w*|que quelques heures)",
    r"reveils? nocturnes?",
    r"sommeil (?:agite|perturbe|difficile|fragmente|"
    r"non reparateur|de mauvaise qualite)",
    r"nuits? (?:agitees?|sans sommeil)",
)
"""Les troubles du sommeil."""

HANDICAP = (
    r"handicape\w*",
    r"rqth",
    r"travailleu\w* handicape\w*",
    r"allocations? (?:aux |d')?adultes? handicape\w*",
    r"allocation d'education de l'enfant "
    r"handicape",
    r"aeeh",
    r"qualite de travailleu\w* handicape\w*",
    r"aah",
    r"mdph",
    r"cdaph",
    r"pch",
    r"invalidite\w*",
    r"pension d'invalidite",
    r"ald",
    r"affection\w* (?:de )?longue duree",
    r"fauteuil roulant",
    r"malvoyan\w*",
    r"non voyant\w*",
    r"aveugle\w*",
    r"sourde?s?",
    r"malentendant\w*",
    r"surdit\w*",
    r"amput\w*",
    r"prothese\w*",
    r"paraplegi\w*",
    r"tetraplegi\w*",
    r"hemipleg\w*",
    r"trisomi\w*",
    r"myopathi\w*",
    r"mucoviscidose",
    r"deficien\w* (?:intellectuel\w*|visuel\w*|auditi\w*|mental\w*|"
    r"motric\w*|cogniti\w*)",
    r"autis\w*",
    r"asperger",
    r"tdah",
    r"hyperactivite",
    r"hyperacti(?:f|fs|ve|ves)",
    r"dyslex\w*",
    r"dyspraxi\w*",
    r"dysphasi\w*",
    r"dyscalcul\w*",
    r"dysorthograph\w*",
    r"inapt\w*",
    r"handicaps? (?:moteur|psychique|mental|visuel|auditif|cognitif|invisible|physique|"
    r"lourd|leger)",
    r"curatelle\w*",
    r"sous tutelle",
)
"""Le handicap, sa reconnaissance et ses aménagements."""

SANTE_PSYCHIQUE = (
    r"bipolai\w*",
    r"schizo\w*",
    r"psychoses?",
    r"psychosomati\w*",
    r"psychotique\w*",
    r"paranoia",
    r"paranoiaque\w*",
    r"depress\w*",
    r"deprim\w*",
    r"burn ?out",
    r"anxiete generalisee",
    r"anxio depress\w*",
    r"crises? d'angoisse",
    r"crises? de panique",
    r"attaques? de panique",
    r"troubles? anxieu\w*",
    r"phobi\w*",
    r"toc",
    r"troubles? (?:psy\w*|mentaux|mental|du comportement\w*|bipolaire\w*|de l'humeur|"
    r"alimentaire\w*|musculo\w*|cognitif\w*|de la personnalite|du sommeil|"
    r"de l'attention|dys\w*|de l'apprentissage|du langage|auditif\w*|visuel\w*|"
    r"neuro\w*|obsessionnel\w*|du spectre|de sante|de la memoire|de l'audition|"
    r"de la vision)",
    r"problemes? (?:psychologiques?|psy|mentaux)",
    r"soucis (?:psychologiques?|psy)",
    r"psychotrope\w*",
    r"psychotherap\w*",
    r"psychanaly\w*",
    r"psychique\w*",
    r"psychologiquement",
    r"therapi\w*",
    r"cmpp?",
    r"hdj",
    r"hopital de jour",
    r"suicid\w*",
    r"tentatives? de suicide",
    r"scarifi\w*",
    r"automutil\w*",
    r"idees noires",
)
"""La santé psychique : troubles, diagnostics, suivis."""

ADDICTIONS = (
    r"toxico\w*",
    r"addicti\w*",
    r"addicts?",
    r"problemes? (?:d'alcool|de drogue|d'addiction)",
    r"dependan\w* (?:a|aux|au|de) ?(?:l'|la )?(?:alcool|drogue\w*|cannabis|jeux?|tabac|"
    r"medicaments?|opiace\w*|cocaine|heroine|ecrans?|substances?)",
    r"sevrage\w*",
    r"sevree?s?",
    r"desintox\w*",
    r"cures? (?:de |d')(?:desintox\w*|sevrage)",
    r"post cure\w*",
    r"(?:en|une|sa|son) cure",
    r"heroin\w*",
    r"cocain\w*",
    r"crack",
    r"ecstasy",
    r"mdma",
    r"opiace\w*",
    r"csapa",
    r"caarud",
    r"methadone",
    r"subutex",
)
"""Les addictions et leur prise en charge."""

HOSPITALISATION = (
    r"hospitalis\w*",
    r"hospitaliz\w*",
    r"hospit",
    r"hosp",
    r"hosto\w*",
    r"operee?s? (?:du|de la|des|de l'|d'un|d'une) ?"
    r"(?:genou|dos|hanche|epaule|coeur|cheville|main|poignet|pied|jambe|bras|yeux|oeil|"
    r"ventre|colonne|cerveau|estomac|rein|vesicule|appendicite|canal carpien|tumeur|"
    r"hernie|ligaments?|menisque|cataracte)",
    r"(?:a ete|ete|etre|s'est fait|se faire|doit etre|va etre|sera|vient d'etre|fait) "
    r"operee?s?",
    r"operation\w* (?:du|de la|des|de l') ?(?:genou|dos|hanche|epaule|coeur|cheville|main|"
    r"poignet|pied|jambe|bras|yeux|oeil|ventre|colonne|cerveau|estomac|rein|vesicule|"
    r"appendicite|canal carpien)",
    r"intervention chirurgicale",
    r"greffe (?:de|du) (?:rein|foie|coeur|moelle|poumon)",
    r"convalescen\w*",
    r"seances? de kine\w*",
)
"""Les hospitalisations et les soins."""

TRAITEMENTS = (
    r"antidepresseur\w*",
    r"anxiolytique\w*",
    r"neuroleptique\w*",
    r"somnifere\w*",
    r"insuline",
    r"medocs?",
    r"ttt",
    r"trt",
    r"methylphenidate",
    r"benzodiazepine\w*",
    r"opioide\w*",
    r"morphine",
    r"corticoide\w*",
    r"antipsychotique\w*",
    r"antiepileptique\w*",
    r"anticoagulant\w*",
    r"regulateurs? de l'humeur",
)
"""Les traitements et les médicaments pris par la personne."""

MOTS_DE_LA_SANTE = (
    r"sante",
    r"medic\w*",
    r"medecin\w*",
    r"hopital\w*",
    r"hopitaux",
    r"hospitalier\w*",
    r"clinique\w*",
    r"urgences",
    r"chu",
    r"samu",
    r"soins",
    r"psy",
    r"psys",
    r"psychologue\w*",
    r"psychologique\w*",
    r"kinesitherap\w*",
    r"kines?",
    r"handicap\w*",
    r"cap emploi",
    r"agefiph",
    r"tms",
    r"esat",
    r"psychiatr\w*",
    r"ime",
    r"impro",
    r"itep",
    r"sessad",
    r"camsp",
    r"foyers? de vie",
    r"foyers? d'accueil medicalise",
    r"fam",
    r"samsah",
    r"savs",
    r"pmi",
    r"ehpad",
    r"sanatorium",
    r"maternite",
    r"pediatre\w*",
    r"gynecolog\w*",
    r"orthophon\w*",
    r"ergotherap\w*",
    r"psychomotric\w*",
    r"neurolog\w*",
    r"cardiolog\w*",
    r"oncolog\w*",
    r"dermatolog\w*",
    r"pneumolog\w*",
    r"rhumatolog\w*",
    r"endocrinolog\w*",
    r"ophtalmolog\w*",
    r"dialyse\w*",
    r"reeducation",
    r"centres? de reeducation",
    r"cmp",
    r"medecine du travail",
    r"ulis",
    r"psychiat\w*",
    r"psychatr\w*",
    r"addicto\w*",
    r"therapeut\w*",
    r"chirurgi\w*",
    r"medicament\w*",
    r"se (?:fait )?soigner",
    r"soignee? (?:pour|a l'hopital|en)",
    r"infirmi\w* (?:a domicile|passe|vient)",
)
"""Le vocabulaire général de la santé (santé, médecin, hôpital…), ambigu."""

SOUFFRANCES = (
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
)
"""Souffrir, avoir mal, se soigner : les verbes et locutions d'un état de santé."""

PERTES_ET_TROUBLES = (
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
)
"""Les pertes d'une fonction et les troubles nommés par leur organe."""
