"""Les expressions neutres : le vocabulaire sensible dans un sens professionnel,
administratif ou figuré. Données seules, utilisées par `regles.neutres`.
"""

from __future__ import annotations

from assistant.redaction.lexique.lieux import DOMAINES_DE_SEJOUR, LIAISON_DOMAINE
from assistant.redaction.lexique.organisations import ORGANISMES

EXPRESSIONS_NEUTRES = (
    r"(?:secteur|domaine|milieu|monde|champ|filiere|metiers?|professions?|professionnel\w*|"
    r"formations?|carrieres?|emplois?|postes?|offres?|"
    r"agents?|personnels?|services?|institutions?|acteurs?|pole|branche|reseau|organismes?|"
    r"ecoles?|instituts?|cadre|equipes?|employes?|salaries?|travailleurs? sociaux|"
    r"concours|diplomes?|titres?|cursus|etudes?)"
    + LIAISON_DOMAINE
    + r"(?:"
    + DOMAINES_DE_SEJOUR
    + r"|justice|aide a la personne|social|sociale|securite|police|"
    r"gendarmerie|soignants?|protection de l'enfance|infirmi\w*|aide soignant\w*|"
    r"petite enfance|pharmac\w*|veterinaire\w*)",
    r"aides? soignant\w*",
    r"aides? medico psycholog\w*",
    r"agents? (?:de service |des services )?hospitali\w*",
    r"ash",
    r"auxiliaires? (?:de vie|de puericulture|medicale?s?|veterinaires?|sanitaires?)",
    r"secretaires? (?:medical\w*|medico social\w*|hospitali\w*)",
    r"assistante?s? (?:medical\w*|dentaires?|veterinaires?|sociale?s?|de soins)",
    r"delegue\w* medica\w*",
    r"visiteu\w* medica\w*",
    r"transports? (?:medica\w*|sanitaire\w*|de malades|de patients)",
    r"accompagnant\w* educati\w*",
    r"educat\w* specialise\w*",
    r"moniteurs? educat\w*",
    r"surveillant\w* (?:penitentiaire\w*|de prison|de l'administration penitentiaire|"
    r"de detention|pénitentiaire\w*)",
    r"administration penitentiaire",
    r"agents? penitentiaires?",
    r"conseill\w* penitentiaire\w* d'insertion et de probation",
    r"conseill\w* d'insertion et de probation",
    r"concours (?:de |d'|du )?(?:cpip|surveillant\w*|la penitentiaire|penitentiaire|"
    r"la police|police|gendarme\w*|la gendarmerie|greffier|l'administration penitentiaire|"
    r"infirmi\w*|aide soignant\w*)",
    r"police municipale",
    r"police nationale",
    r"gardiens? de la paix",
    r"adjoints? de securite",
    r"agents? de (?:police|securite|surete|prevention)",
    r"cliniques? veterinaires?",
    r"cabinets? veterinaires?",
    r"premiers? secours",
    r"psc1",
    r"sst",
    r"sauveteurs? secouristes?\w*",
    r"secouris\w*",
    r"gestes qui sauvent",
    r"massage cardiaque",
    r"defibrillat\w*",
    r"formation (?:aux )?(?:gestes et postures|prap|incendie)",
    r"assurance maladie",
    r"caisse (?:primaire )?d'assurance maladie",
    r"cpam",
    r"mutuelle\w*",
    r"complementaire sante",
    r"carte vitale",
    r"attestation de droits",
    r"visite medicale d'(?:embauche|aptitude|information)",
    r"medecine du travail",
    r"visite d'information et de prevention",
    r"medecins? du travail (?:avant|pour l'embauche)",
    r"prevention des (?:risques|tms|accidents)",
    r"sante (?:et|&) securite au travail",
    r"sante securite",
    r"hygiene et securite",
    r"hygiene (?:alimentaire|des locaux|haccp)",
    r"syndic\w* (?:de coproprietaires?|de copropriete|d'immeuble|benevole)",
    r"syndicats? (?:intercommuna\w*|mixtes?|des eaux|d'initiative|de copropriete|agricoles?|"
    r"d'energie\w*|de transports?|des transports?|departementa\w*|de communes|de gestion|"
    r"viticoles?|d'electricite|du bassin|de rivieres?|des dechets|de traitement)",
    r"chambres? syndicales?",
    r"droit syndical",
    r"(?:relations?|negociations?|dialogue|echanges?) (?:sociale?s? )?(?:avec les )?"
    r"(?:syndicales?|organisations syndicales|syndicats|partenaires sociaux|"
    r"representants du personnel|instances representatives)",
    r"(?:elections|instances) (?:professionnelles|representatives du personnel)",
    # Un métier de la santé ou de la justice exercé par la personne : « vous êtes médecin ».
    r"(?:etes|est|suis|etait|etiez|devenue?|devenir|comme|en tant que|metier d'|metier de) "
    r"(?:(?:un|une|ancien|ancienne|diplomee?|formee?|aussi|deja|toujours) )?"
    r"(?:medecins?|psychologues?|kines?|kinesitherapeutes?|infirmi(?:er|ere)s?|"
    r"chirurgien\w*|psychiatres?|therapeutes?|orthophonistes?|ergotherapeutes?|"
    r"cardiologues?|dermatologues?|sages? femmes?|pharmacien\w*|ambulanci\w*|"
    r"aides? soignante?s?|dentistes?|opticien\w*|psychomotricien\w*|avocate?s?|"
    r"policiere?s?|gendarmes?|greffiere?s?|surveillante?s?|educat\w*|veterinaires?)"
    r"(?= de formation|\s*[,.;:!?)]|\s*$| en | dans | a | au | aux | chez | depuis | "
    r"pendant | diplome| liberal| salarie| remplacant| de metier)",
    r"origine de (?:la|sa|votre|leur|cette) (?:demande|candidature|orientation|venue|"
    r"prescription|inscription|situation|difficulte|retard|absence|panne|erreur|projet|"
    r"motivation|rupture|idee|reconversion|licenciement)",
    r"(?:a l'|a|l'|les|des|aux) origines? (?:de|du|des|d')",
    r"d'origine (?:controlee|protegee|animale|vegetale|geographique|agricole|france|"
    r"francaise|professionnelle|inconnue|locale|biologique|naturelle|humaine|industrielle|"
    r"fossile|minerale|artisanale|europeenne|etrangere des produits)",
    r"appellation d'origine",
    r"pays d'origine des (?:produits|marchandises)",
    r"traitements? (?:de texte|des donnees|de donnees|de la demande|des demandes|"
    r"de (?:votre|son|sa|la|leur) (?:dossier|demande|candidature)|des dossiers|"
    r"des commandes|du courrier|de surface|des surfaces|des dechets|de l'eau|des eaux|"
    r"thermique\w*|comptable\w*|administratif\w*|des reclamations|de l'information|"
    r"informatique\w*|des factures|de salaire|de la paie|des images|du bois|des metaux|"
    r"des sols|phytosanitaire\w*|des appels|des retours|des colis|des litiges|"
    r"des candidatures|des stocks|des archives)",
    r"adn (?:de |du |d')?(?:l'|la |notre |leur |votre |son |sa |cette )?(?:entreprise|marque|"
    r"societe|structure|association|maison|groupe|enseigne|metier|equipe|projet|poste)",
    r"politiques? (?:de la ville|de l'emploi|de l'entreprise|d'entreprise|salariale\w*|"
    r"sociale\w*|publique\w*|rh|de recrutement|commerciale\w*|tarifaire\w*|qualite|"
    r"de prix|de securite|d'achat|de formation|interne\w*|environnementale\w*|"
    r"de l'habitat|du logement|de prevention|de confidentialite|educative\w*|"
    r"d'insertion|de remuneration|de mobilite|de diversite|handicap)",
    r"quartiers? (?:prioritaires? )?(?:de la )?politique de la ville",
    r"qpv",
    r"sciences po\w*",
    r"politiquement correct\w*",
    r"manifestations? (?:d'interet|sportives?|culturelles?|evenementielles?|"
    r"commerciales?|festives?|publiques?|associatives?)",
    r"profession de foi",
    r"bonne foi",
    r"cuisines? (?:du monde|asiatique|africaine|orientale|marocaine|libanaise|indienne|"
    r"chinoise|japonaise|italienne|portugaise|turque|antillaise|creole|halal|juive|"
    r"casher|kasher|traditionnelle|maghrebine|espagnole|mexicaine|thai\w*|vietnamienne)",
    r"(?:restaurants?|epicerie\w*|boucherie\w*|traiteur\w*|patisserie\w*|specialites?|"
    r"produits?|magasins?|commerces?|boulangerie\w*|snack\w*) (?:asiatique\w*|africain\w*|"
    r"oriental\w*|marocain\w*|libanais\w*|indien\w*|chinois\w*|japonais\w*|italien\w*|"
    r"portugais\w*|turc\w*|antillais\w*|creole\w*|halal|casher|kasher|exotique\w*|"
    r"maghrebin\w*|espagnol\w*|polonais\w*|russe\w*|vietnamien\w*|thai\w*)",
    r"(?:langue|langues|parle|parlez|parlant|cours|bilingue|traduct\w*|interpret\w*|"
    r"notions|niveau|lu|ecrit|lire|ecrire|maitrise\w*|couramment|et|ou) (?:en |d'|de l'|le |"
    r"l')?(?:arabe|turc|chinois|portugais|russe|roumain|polonais|espagnol|italien|anglais|"
    r"allemand|berbere|kabyle|tamoul|wolof|bambara|lingala|soninke|peul|creole|ukrainien|"
    r"vietnamien|dari|pachto|farsi|persan|kurde|albanais|serbe|bulgare|tigrinya|amharique|"
    r"somali|swahili|hindi|ourdou|bengali|japonais|coreen|hebreu)",
    r"chiens? de race",
    r"races? (?:bovine|canine|feline|ovine|porcine|equine|de chiens?|"
    r"de chats?|de chevaux)",
    r"empreinte\w* (?:carbone|ecologique|environnementale)",
    r"liquidation judiciaire",
    r"redressement judiciaire",
    r"mandataire\w* judiciaire\w*",
    r"administrateur\w* judiciaire\w*",
    r"expert\w* judiciaire\w*",
    r"police judiciaire",
    r"sauvegarde judiciaire",
    r"huissiers? de justice",
    r"commissaires? de justice",
    r"ministere de la justice",
    r"palais de justice",
    r"maisons? de (?:la )?justice",
    r"tribuna\w* (?:de commerce|des prud'?hommes|administratif\w*|du travail)",
    r"prud'?hom\w*",
    r"conseil\w* prud'?hom\w*",
    r"police d'assurance",
    r"detention (?:du|d'un|d'une|des) (?:permis|titre|diplome|brevet|certificat|caces|"
    r"habilitation|carte|vehicule)",
    r"detenu\w* (?:par|a \d|au capital)",
    r"peine (?:a(?! effectuer| purger| executer)|perdue)",
    r"a peine",
    r"la peine",
    r"sans peine",
    r"grand peine",
    r"casiers? (?:a|de|du|des|pour|individuel\w*|vestiaire\w*|metallique\w*)",
    r"gilets? jaunes? (?:de securite|haute visibilite|fluo\w*|reflechissant\w*)",
    r"(?:porter|porte|portez|port du|port d'un|port des) (?:un |le |des |les |de )?(?:gilets?|"
    r"tenue\w*|equipements?|epi|casques?|chaussures?|charges?)",
    r"espaces? verts?",
    r"moniteur\w* de voile",
    r"planche a voile",
    r"priere de",
    r"religieusement",
    r"phobie administrative",
    r"surete nucleaire",
    r"sante financiere",
    r"(?:personnes?|publics?|usagers?|residents?|enfants|adultes|eleves|jeunes|patients|"
    r"beneficiaires) (?:agees? |dependante?s? |fragiles? )*(?:en situation de handicap|"
    r"handicape\w*|dependant\w*|atteint\w* de troubles?|avec (?:un |des )?handicaps?|"
    r"en perte d'autonomie)",
    r"personnes? dependante\w*",
    r"perte d'autonomie",
    r"loi (?:handicap|de 2005|du 11 fevrier 2005)",
    r"referent\w* handicap",
    r"mission handicap",
    r"politique handicap",
    r"accessib\w* (?:aux personnes )?(?:handicape\w*|en situation de handicap|pmr)",
    r"soudure (?:a l'arc |au )?(?:tig|mig|mag)",
    r"soudeu\w* (?:tig|mig|mag)",
    r"(?:tig|mig|mag) (?:mag|tig|mig)",
    r"poste a souder",
    r"poids lourds?",
    r"permis (?:poids lourd\w*|c|ce|d|be|b|c1|caces)",
    r"psychologue\w* du travail",
    r"psychologie du travail",
    r"conseill\w* en evolution",
    r"vente d'alcool\w*",
    r"permis d'exploitation",
    r"licence (?:iv|4|de debit de boissons)",
    r"sans alcool",
    r"religieuses? (?:au (?:cafe|chocolat)|et (?:eclairs?|choux))",
    r"(?:eclairs?|choux|patisserie\w*|gateaux) (?:et |ou )?(?:des )?religieuses?",
    r"dans l'enceinte",
    r"l'enceinte (?:de|du|des|d')",
    r"enceintes? (?:bluetooth|connectee\w*|acoustique\w*|portable\w*|sonore\w*|hifi|hi fi)",
    r"trafic (?:routier|ferroviaire|aerien|fluvial|maritime|urbain)",
    r"vols? (?:pour|vers|a destination|direct\w*|retour|aller|annule\w*|de nuit|"
    r"interieur\w*|international\w*|long courrier|moyen courrier|charter)",
    r"(?:hotesse\w*|steward\w*|personnel\w*|compagnie\w*) (?:de l'air|navigant\w*|"
    r"aerienne\w*)",
    r"fiches? (?:de poste|metiers?|rome|de paie|de liaison|de suivi|de synthese|"
    r"de renseignements?|action|de prescription|navette|de presence|d'emargement)",
    r"sante de l'entreprise",
    r"bonne sante financiere",
    r"fracture (?:numerique|sociale|territoriale)",
    r"entorse (?:au|a la|aux)",
    r"joints? (?:de carrelage|d'etancheite|de dilatation|silicone)",
    r"confiance aveugle",
    r"ministere de tutelle",
    r"autorite de tutelle",
    r"(?:hyper|super|grande?s?|moyenne?s?|petite?s?) surfaces?",
    r"caisses? (?:de retraite|d'allocations)",
    r"proces d'intentions?",
    r"feuilles? de soins",
    r"prestations? de soins",
    r"intentions? de vote",
    r"instituts? de sondage",
    r"sondages? d'opinion",
    # Les jours fériés ne sont pas une pratique religieuse.
    r"(?:lundis?|jeudis?|week ends?|ponts?|jours?|vacances|conges?|fetes?|ferie\w*|periodes?|"
    r"veilles?) "
    r"(?:de |de la |de l'|du )?(?:pentecote|l'ascension|ascension|paques|toussaint|noel|"
    r"l'assomption|assomption)",
    r"(?:vacances|conges?|fetes?) de fin d'annee",
    r"(?:biologie|analyses?|imagerie|recherche|materiels?|dispositifs?|equipements?|"
    r"fournitures?|secretariat|informatique|logiciels?|appareils?|produits?|lits?|"
    r"vehicules?|donnees|sciences?|electronique|radiologie|laboratoires?|plateaux?|"
    r"delegations?|visite|representation|transports?|diagnostic\w*|industrie\w*|"
    r"entreprises?|fabricants?|societes?|groupes?) (?:de |de la |des |du |en )?(?:medica\w*|"
    r"medicalise\w*|sante|hospitali\w*|paramedica\w*|pharmaceutique\w*)",
    r"hospitalisation (?:privee|publique)",
    r"(?:conditionnement|fabrication|production|"
    r"vente|distribution|delivrance|livraison|stockage|preparation) (?:de |des |d')?"
    r"(?:medicaments?|traitements?|antidepresseurs?|anxiolytiques?|psychotropes?|"
    r"opiaces?|produits? (?:pharmaceutiques?|medicaux))",
    r"malades?(?: ?\")? ?(?:de |du )(?!la |le |l'|les |parkinson|crohn|lyme|charcot|huntington|"
    r"cancer|sida|coeur|foie|rein)(?:foot\w*|sport\w*|musique|cinema|jeux? video|mode|"
    r"moto\w*|voitures?|mecanique|cuisine|danse|lecture|rap|rugby|basket|tennis|"
    r"informatique|series?|mangas?|boulot|travail|rangement|proprete|velo|peche|chasse)",
    r"(?:service|bureau|chambre|greffe|cellule|pole) (?:de l'|d')application des peines",
    r"condamn\w* (?:\w+ )?(?:par|devant) (?:le |les )?(?:conseil de )?(?:prud'?hom\w*|"
    r"tribunal (?:de commerce|administratif|judiciaire du travail))",
    # Les intensifs familiers : « un rythme de malade », « bosser comme un fou ».
    r"(?:rythme|boulot|travail|taf|job|ambiance|vitesse|charge|pression|cadence|stress|monde|"
    r"truc|bosser|bosse|bossez|travaille|travaillez|courir|court|rouler|roule) (?:de|comme "
    r"(?:un|une|des)) (?:malades?|fous|fou|folle|dingues?|ouf)",
    # Le remplacement d'un salarié absent : une offre, pas la santé de la personne.
    r"remplacements? (?:d'un |d'une |de |du |pendant (?:un|le|une) |pour )?(?:conges? "
    r"(?:de )?(?:maternite|maladie|parental|pathologique)|arrets? (?:maladie|de travail))",
    # Le public d'un emploi : « foyer pour mineurs délinquants ».
    r"(?:pour|aupres de|aupres des|avec des|avec les|accompagner des|accompagner les|"
    r"encadrer des|encadrer les|public de|publics?|accueillant des|accueille des|"
    r"suivi des|suivre des) (?:mineurs|jeunes|adolescents|adultes|personnes|publics?|"
    r"detenus|sortants de prison|hommes|femmes) (?:\w+ )?(?:delinquan\w*|detenu\w*|"
    r"sous main de justice|incarcere\w*|sortant\w* de prison|places? sous main de justice)",
    r"(?:les |des |aux |nos |vos )?urgences? (?:a traiter|administratives?|sociales?|"
    r"du dossier)",
)
"""Les expressions neutres : le vocabulaire sensible dans un sens professionnel ou figé."""

BIENS_MEDICAUX = (
    r"medicaments?(?: (?:generiques?|veterinaires?|et \w+))?",
    r"produits? (?:pharmaceutique\w*|medica\w*|de sante|paramedica\w*|d'hygiene et de sante)",
    r"(?:materiels?|dispositifs?|equipements?|fournitures?|instruments?|consommables?|"
    r"articles?|appareils?|appareillages?|lits?|mobiliers?|textiles?|gaz|implants?|gants?) "
    r"(?:\w+ )?(?:et (?:de |d')?\w+ )?(?:medica\w*|medicalise\w*|paramedica\w*|"
    r"biomedica\w*|pharmaceutique\w*|chirurgica\w*|orthopedique\w*|hospitalier\w*|"
    r"d'optique|de sante|de soins?|dentaires?|auditi\w*|de radiologie|d'imagerie|"
    r"de reeducation)",
    r"protheses?(?: (?:auditi\w*|dentaires?|capillaires?|orthopedique\w*|mammaire\w*))?",
    r"ortheses?",
    r"fauteuils? roulants?",
    r"aides? auditives?",
    r"vaccins?",
    r"seringues?",
    r"pansements?",
    r"bequilles?",
    r"deambulateurs?",
)
"""Des biens médicaux manipulés au travail (vendus, livrés, fabriqués, stockés)."""

FIGURES = (
    ORGANISMES + r" (?:(?:du|de la|de l'|des|de|d') ?)?(?:\w+ )?(?:(?:est|etait|sont|etaient|"
    r"reste|restent|semble|semblent|parait|paraissent|devient|deviennent|se porte|"
    r"se portent|a l'air) )?(?:(?:tres|bien|gravement|un peu|vraiment|encore|toujours|"
    r"aujourd'hui|depuis longtemps|completement) )?(?:malades?|en (?:crise|convalescence|"
    r"reanimation|soins intensifs|sursis|depression|perte de vitesse)|a l'agonie|"
    r"agonisante?s?|moribonde?s?|sous perfusion|sous assistance respiratoire|"
    r"convalescente?s?|exsangues?|anemiques?|en (?:mauvaise|bonne|pleine) sante|mal en point|"
    r"mal|bien)(?![a-z])",
    r"fievres? (?:acheteuse\w*|des achats|consumeriste\w*|immobiliere\w*|du samedi soir|"
    r"de noel|des soldes|boursiere\w*|speculative\w*)",
    r"depressions? (?:atlantique\w*|meteo\w*|meteorologique\w*|tropicale\w*|orageuse\w*|"
    r"atmospherique\w*|barometrique\w*|d'altitude|venue\w* (?:de|du|d')|"
    r"en provenance|sur (?:la|le|l'|les) (?:france|region|manche|ouest|nord|sud|est|"
    r"atlantique|mediterranee|cote\w*)|de terrain)",
    r"operations? (?:commerciale\w*|promotionnelle\w*|marketing|escargot|coup de poing|"
    r"portes ouvertes|speciale\w*|de (?:communication|promotion|destockage|nettoyage|"
    r"maintenance|recrutement|prospection|demarchage|inventaire|livraison|vente|"
    r"sensibilisation|caisse|com|pub|fidelisation|soldes|lancement|tri|manutention|"
    r"levage|chargement|dechargement|transport)|bancaire\w*|immobiliere\w*|"
    r"financiere\w*|comptable\w*|logistique\w*|militaire\w*|de police)",
    r"diagnostic\w* (?:immobilier\w*|auto\w*|automobile\w*|technique\w*|energetique\w*|"
    r"electrique\w*|amiante|plomb|gaz|termites?|de performance energetique|dpe|vehicule\w*|"
    r"moteur\w*|panne\w*|electronique\w*|informatique\w*|reseau\w*|territorial\w*|"
    r"financier\w*|commercial\w*|de l'entreprise|d'entreprise|strategique\w*|social\w*|"
    r"partage\w*|emploi|de competences?|professionnel\w*|d'accessibilite|securite|"
    r"de (?:la |l')?(?:panne|vehicule|voiture|moteur|batiment|logement|situation "
    r"professionnelle|projet|poste))",
    r"diagnostiqueu\w*",
)
"""Les mots de santé au sens figuré, dits d'une entreprise, d'un secteur, d'une économie."""
