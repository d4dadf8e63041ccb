"""Ce qui désigne la personne : verbes personnels, verbes de personne (style),
civilités, marqueurs de la personne, sujets et objets d'un qualificatif.
Données seules.
"""

from __future__ import annotations

from assistant.redaction.lexique.grammaire import POSSESSIFS

VERBES_PERSONNELS = frozenset(
    {
        "etes",
        "suis",
        "es",
        "etiez",
        "etais",
        "serez",
        "restez",
        "vas",
        "allez",
        "alle",
        "allee",
        "passez",
        "admis",
        "admise",
        "emmene",
        "emmenee",
        "prend",
        "prenez",
        "prends",
        "prenait",
        "preniez",
        "transporte",
        "transportee",
        "sorti",
        "sortie",
        "sortez",
        "souffre",
        "souffrez",
        "souffrant",
        "souffrante",
        "atteint",
        "atteinte",
        "diagnostique",
        "diagnostiquee",
        "reconnu",
        "reconnue",
        "avez",
        "ai",
        "avait",
        "aviez",
        "ont",
        "avons",
        "suivi",
        "suivie",
        "suivis",
        "suivies",
        "traite",
        "traitee",
        "soigne",
        "soignee",
        "opere",
        "operee",
        "hospitalise",
        "hospitalisee",
        "interne",
        "internee",
        "incarcere",
        "incarceree",
        "detenu",
        "detenue",
        "lui",
        "elle",
        "il",
        "vous",
        "moi",
        "je",
        "tu",
        "convoque",
        "convoquee",
        "place",
        "placee",
        "envoye",
        "envoyee",
        "retrouve",
        "retrouvee",
        "rendu",
        "rendue",
        "rendez",
        "accueilli",
        "accueillie",
        "accueillis",
        "accueillies",
        "sort",
        "sortait",
        "sortira",
        "sortant",
        "sortante",
        "sortent",
        "scolarise",
        "scolarisee",
        "scolarises",
        "scolarisees",
        "heberge",
        "hebergee",
        "orientee",
        "reoriente",
        "reorientee",
        "prise",
    }
)


# Verbes qui désignent une personne (style : « Il souhaite… », « Mme X indique… »)
PARTICIPES = (
    r"(?:trouve|depose|envoye|postule|candidate|obtenu|reussi|echoue|rate|manque|participe|"
    r"rencontre|contacte|appele|rappele|telephone|relance|realise|effectue|fait|decide|"
    r"choisi|accepte|refuse|oublie|compris|appris|travaille|arrete|quitte|demenage|signe|"
    r"suivi|passe|pris|eu|pu|su|voulu|du|dit|explique|indique|precise|exprime|evoque|"
    r"souhaite|presente|apporte|ramene|actualise|perdu|retrouve|progresse|repondu|ecrit|"
    r"lu|consulte|assiste|prevenu|annule|reporte|confirme|demande|raconte|confie|declare|"
    r"mentionne|signale|avoue|reconnu|montre|besoin|peur|envie|honte|tendance|confiance|"
    r"l'air|du mal|des difficultes|un enfant|des enfants|deux enfants|trois enfants|"
    r"\d+ enfants?|\d+ ans|ete (?:embauchee?|recrutee?|licenciee?|convoquee?|orientee?|"
    r"admise?|inscrite?|hospitalisee?|incarceree?|condamnee?|malade|absente?|en arret|"
    r"en formation|en poste|au chomage|placee?|victime|operee?|arretee?|interpellee?|"
    r"reconnue?|diagnostiquee?|mariee?|divorcee?))"
)


ATTRIBUTS = (
    r"(?:venue?|arrivee?|presente?|absente?|motivee?|interessee?|inscrite?(?! au rncp)|"
    r"partante?|prete?|inquiete?|stressee?|contente?|ravie?|satisfaite?|decue?|"
    r"decouragee?|fatiguee?|malade|enceinte|mere|pere|maman|papa|celibataire|mariee?|"
    r"divorcee?|separee?|veuve?|hebergee?|logee?|sans emploi|sans permis|au chomage|"
    r"en recherche|a la recherche|demandeu(?:r|se)|titulaire|diplomee?|bilingue|"
    r"originaire|nee?|agee?|en retard|a l'heure|ponctuel(?:le)?|assidue?|serieu(?:x|se)|"
    r"timide|souriante?|d'accord|volontaire|en arret|sortie?|repartie?|partie?|allee?|"
    r"rentree?|revenue?|retournee?|embauchee?|recrutee?|licenciee?|convoquee?|"
    r"hospitalisee?|incarceree?|condamnee?|capable|incapable|autonome|mobile|vehiculee?|"
    r"motorisee?|a l'aise|reticente?|disposee?|joignable|injoignable|en formation|"
    r"en stage|en couple|seule?|isolee?|aidante?|beneficiaire|allocataire|proprietaire|"
    r"locataire|francaise?|enthousiaste|demotivee?|perdue?|debordee?|angoissee?|"
    r"anxieuse|anxieux|deprimee?|malheureu(?:x|se)|heureu(?:x|se)|soulagee?|fiere?|"
    r"consciente?|preoccupee?|genee?|embarrassee?|handicapee?|diabetique|agressi(?:f|ve)|"
    r"en colere|en difficulte|en situation|sans logement|sans ressources|sans domicile|"
    r"paresseu(?:x|se)|faineante?|feignante?|agressi(?:f|ve)|violente?|gentille?|polie?|"
    r"calme|nerveu(?:x|se)|dynamique|discrete?|reservee?|bavarde?|fiable|sympathique|"
    r"agreable|desagreable|patiente?|impatiente?|curieu(?:x|se)|honnete|menteu(?:r|se)|"
    r"arrogante?|insolente?|impolie?|souriante?|investie?|impliquee?|assidue?|organisee?|"
    r"desorganisee?|perdue?|timide|introvertie?|extravertie?|emotive|sensible|fragile|"
    r"susceptible|tetue?|bornee?|immature|mature|courageu(?:x|se)|travailleu(?:r|se)|"
    r"ponctuelle?|rigoureu(?:x|se)|volontaire|autonome|soignee?|negligee?|lente?|"
    r"rapide|efficace|competente?|qualifiee?|experimentee?|debutante?|jeune|agee?|"
    r"mineure?|majeure?|malin|maligne|intelligente?|bete|idiote?|limitee?|"
    r"disponibles?|indisponibles?|dispo|en poste|en activite|en cdd|en cdi|en interim|"
    r"en mission|en contrat|en conge|en vacances|en reconversion|en demande|accompagnee?|"
    r"determinee?|decidee?|polyvalente?|sociable|souple|flexible|adaptable|"
    r"debrouillarde?|minutieu(?:x|se)|soigneu(?:x|se)|manuel(?:le)?|creati(?:f|ve)|"
    r"sans (?:voiture|vehicule|diplome|qualification|experience|enfant|solution)|"
    r"un (?:assiste|profiteur|menteur|faineant|fumiste|bon|vrai)|une (?:assistee|"
    r"profiteuse|menteuse|faineante|bonne|vraie))"
)


PRONOMS = r"(?:(?:ne|se|lui|nous|me|en|les|la|le|vous|leur) |(?:n|s|m|l|j)')*"


PARTICIPES_PRONOMINAUX = (
    r"(?:presentee?|inscrite?|rendue?|deplacee?|renseignee?|excusee?|engagee?|investie?|"
    r"mobilisee?|positionnee?|montree?|exprimee?|interessee?|orientee?|reorientee?|"
    r"decouragee?|sentie?|retrouvee?|blessee?|faite?|mise?|trompee?|perdue?|absentee?|"
    r"desistee?|fatiguee?|inquietee?|reconvertie?|formee?|installee?|separee?|mariee?|"
    r"pacsee?|occupee?|epanouie?|impliquee?|appropriee?|questionnee?|interrogee?|"
    r"documentee?|connectee?|manifestee?|confiee?|plainte?|souvenue?|endettee?|cassee?|"
    r"remotivee?|lancee?|tournee?|adressee?|inscrite?|presentee?|enfermee?|isolee?|"
    r"emportee?|energee?|fachee?|mise? en colere|montree? (?:tres |assez |plutot )?\w+)"
)


VERBES_PERSONNE = (
    PRONOMS + r"(?:a (?:(?:deja|bien|pu|su|enfin|toujours|jamais|beaucoup|notamment|egalement|"
    r"aussi|pas|plus|rien|encore|tout|vite|rapidement|ensuite|finalement|recemment) )*"
    + PARTICIPES
    + r"|avait (?:\w+ )?"
    + PARTICIPES
    + r"|(?:est|etait|sera|serait|semble|parait|reste|demeure) (?:(?:tres|bien|deja|"
    r"toujours|actuellement|aujourd'hui|maintenant|encore|pas|plus|desormais|vraiment|"
    r"assez|plutot|peu|un peu|si|trop|moins|souvent|parfois|de nouveau) )*"
    + ATTRIBUTS
    + r"|(?:s'est|s'etait|se sont|s est) (?:(?:bien|mal|tres|vite|deja|finalement|"
    r"rapidement|beaucoup|peu) )?"
    + PARTICIPES_PRONOMINAUX
    + r"|(?:souhait|voul|veut|voudr|aimer|pens|croi|estim|dit\b|disait|indiqu|expliqu|"
    r"declar|exprim|evoqu|precis|racont|confi|affirm|reconna|admet|avou|signal|"
    r"mentionn|rapport|sait|savait|connai|maitris|parl|cherch|recherch|postul|candidat|"
    r"habit|vit\b|vivait|resid|loge|vien|revien|repren|travaill|conduit|conduis|possed|"
    r"dispos|aim|prefer|refus|accept|hesit|envisag|compt|doit|devait|devra|ira\b|"
    r"fera\b|fait (?!beau|froid|chaud|jour|nuit|partie)|participe|suit\b|suivait|rencontr|"
    r"contact|appel|telephon|envoi|depos|attend|obtien|reussi|echou|oubli|ment\b|boit|"
    r"fume|sort\b|sortira|part\b|partira|rentr|demenag|garde|eleve|s'occup|gere|utilis|"
    r"tien|souffr|benefici|percoi|touche|recoi|perd|gagn|apprend|progress|avanc|"
    r"s'inquiet|regrett|remerci|demand|montr|manifest|arriv(?!e qu|e que)|insist|"
    r"pleur|rit\b|sourit|craint|redoute|ignore|decid|choisi|decroch|signe\b|signera|"
    r"entam|integr|rejoin|prepar|valid|inscri|enverr|viendr|transmet|fourni|rappel|"
    r"retourn|relanc|actualis|consult|frequent|pratiqu|se (?:sent|dit|montre|presente|"
    r"pose|questionne|demande|rend|deplace|forme|renseigne|declare|projette|voit|"
    r"positionne|mobilise|decourage|interroge|plaint|sent|souvient|occupe|debrouille|"
    r"connecte|excuse|trompe|fatigue|inquiete|met|lance|tourne|renseigne|prepare|"
    r"rapproche|reoriente|reconvertit|soigne|fache|braque|isole|renferme|confie|bat|"
    r"dispute|presente))\w*"
    r")(?![a-z0-9])"
)


TITRES = r"(?:monsieur|madame|mademoiselle|mme|mlle|melle|mr|m)"


MARQUEURS_PERSONNE = (
    VERBES_PERSONNELS
    | POSSESSIFS
    | frozenset(
        {
            "membre",
            "membres",
            "militant",
            "militante",
            "adherent",
            "adherente",
            "adherents",
            "pratiquant",
            "pratiquante",
            "fidele",
            "croyant",
            "croyante",
            "voyez",
            "voit",
            "vu",
            "vue",
            "consultez",
            "consulte",
            "consultee",
            "frequentez",
            "frequente",
            "oriente",
            "orientee",
            "accueilli",
            "accueillie",
            "heberge",
            "hebergee",
            "condamne",
            "condamnee",
            "poursuivi",
            "poursuivie",
            "pris",
            "prise",
            "adresse",
            "adressee",
            "inscrit",
            "inscrite",
            "enfant",
            "fils",
            "fille",
            "mari",
            "femme",
            "conjoint",
            "conjointe",
            "souffrant",
            "malade",
            "victime",
            "attente",
            "liste",
            "conversion",
            "converti",
            "convertie",
        }
    )
)
"""Ce qui rend le mot sensible à la personne quand il est plus proche que le cadre."""


MARQUEURS_FORTS = MARQUEURS_PERSONNE - frozenset(
    {
        "vous",
        "il",
        "elle",
        "je",
        "tu",
        "moi",
        "lui",
        "avez",
        "ai",
        "avait",
        "aviez",
        "ont",
        "avons",
        "etes",
        "suis",
        "es",
        "etiez",
        "etais",
        "serez",
        "restez",
    }
)
"""Les marqueurs qui comptent même loin du mot (« vous avez fait des maraudes avec le Samu
social comme salarié » : « vous avez » ne suffit pas à désigner la personne)."""


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
