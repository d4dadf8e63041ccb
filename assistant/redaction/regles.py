"""Le lexique du vérificateur : des familles de mots, leurs contextes, leurs reformulations.

Chaque règle décrit une **famille de mots** (radicaux et variantes :
pluriels, féminins, abréviations), sur le texte normalisé : minuscules, sans
accents, tirets changés en espaces (voir `normalisation`). Dans un motif :

- une espace veut dire « un blanc ou plus » ;
- une apostrophe veut dire « une apostrophe ou un blanc » (« d'origine »,
  « d origine ») ;
- un motif commence par des lettres fixes (son amorce), qui servent d'index :
  seules les règles dont l'amorce commence un mot du texte sont essayées ;
- la fin d'un motif est toujours une fin de mot : un radical s'écrit donc
  avec sa terminaison (`diabet\\w*`).

Le contexte évite les fausses alertes sur la vie professionnelle :

- les **expressions neutres** (catégorie `None`) masquent ce qu'elles
  recouvrent : « secteur de la santé », « administration pénitentiaire » ;
- une règle **ambiguë** (« hôpital », « handicap », « prison ») se tait quand
  le mot le plus proche avant elle relève du métier (« stage à l'hôpital »,
  « travailler auprès de personnes en situation de handicap ») et parle quand
  il désigne la personne (« vous êtes à l'hôpital », « son handicap ») ;
- `exige_avant`, `sauf_avant`, `exige_apres`, `sauf_apres`, `sauf_phrase`
  précisent le contexte d'un mot à plusieurs sens (« enceinte »,
  « soudure TIG », « prière de rappeler »).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.redaction.modele import Categorie

if TYPE_CHECKING:
    from assistant.redaction.verificateur import Contexte

C = Categorie


@dataclass(frozen=True)
class Regle:
    """Une famille de mots d'une catégorie (ou une expression neutre si `None`)."""

    categorie: Categorie | None
    motifs: tuple[str, ...]
    quoi: str = ""
    """Ce que le passage révèle, pour l'explication (« un diagnostic »)."""
    suggestion: str = ""
    """Reformulation propre à la règle ; sinon celle de la catégorie."""
    ambigu: bool = False
    exige_avant: str | None = None
    sauf_avant: str | None = None
    exige_apres: str | None = None
    sauf_apres: str | None = None
    sauf_phrase: str | None = None
    condition: Callable[[Contexte], bool] | None = None


def _r(categorie: Categorie | None, *motifs: str, **options: object) -> Regle:
    return Regle(categorie, motifs, **options)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Explications et reformulations par catégorie
# ---------------------------------------------------------------------------

EXPLICATIONS: dict[Categorie, str] = {
    C.sante: "donnée de santé (RGPD, art. 9 : y compris handicap, grossesse, "
    "addictions, traitements)",
    C.origine: "révèle une origine raciale ou ethnique (RGPD, art. 9)",
    C.opinions_politiques: "révèle une opinion politique (RGPD, art. 9)",
    C.religion: "révèle une conviction religieuse ou philosophique (RGPD, art. 9)",
    C.syndicat: "révèle une appartenance syndicale (RGPD, art. 9)",
    C.vie_sexuelle: "concerne la vie ou l'orientation sexuelle (RGPD, art. 9)",
    C.genetique_biometrie: "donnée génétique ou biométrique (RGPD, art. 9)",
    C.judiciaire: "concerne une infraction, une condamnation ou une mesure judiciaire "
    "(RGPD, art. 10)",
    C.jugement: "jugement de valeur : la CNIL demande des écrits objectifs, "
    "jamais excessifs ni injurieux",
    C.identifiant: "numéro d'identification",
    C.style: "l'adhérent est désigné à la troisième personne ou par son nom",
}

CONSEQUENCES: dict[Categorie, str] = {
    C.identifiant: "il n'a pas sa place dans une note ; il figure déjà dans le dossier "
    "administratif.",
    C.style: "l'adhérent peut demander à lire tout ce qui est écrit sur lui : "
    "écrivez-lui comme à un lecteur.",
    C.jugement: "l'adhérent peut tout lire ; décrivez des faits.",
}
CONSEQUENCE_SENSIBLE = (
    "une donnée sensible n'a pas sa place dans un texte libre que l'adhérent peut lire "
    "et qui peut être transmis."
)

SUGGESTIONS: dict[Categorie, str] = {
    C.sante: "« contraintes à prendre en compte dans le choix du poste »",
    C.origine: "ne pas l'écrire ; si un besoin existe, le nommer : « français écrit "
    "à renforcer »",
    C.opinions_politiques: "ne pas l'écrire ; si c'est une compétence utile : "
    "« engagement associatif, prise de parole en public »",
    C.religion: "ne pas l'écrire ; si une contrainte existe : « disponibilités à "
    "préciser (jours, horaires) »",
    C.syndicat: "ne pas l'écrire ; si c'est une compétence utile : « expérience de "
    "négociation et de représentation »",
    C.vie_sexuelle: "ne pas l'écrire : sans rapport avec le projet professionnel",
    C.genetique_biometrie: "ne pas l'écrire : sans rapport avec le projet professionnel",
    C.judiciaire: "« contraintes de disponibilité à prendre en compte (horaires, "
    "déplacements) »",
    C.jugement: "décrire un fait observable et daté : « rendez-vous du 12 non honoré, "
    "sans nouvelles »",
    C.identifiant: "retirer le numéro (il est déjà dans le dossier administratif)",
    C.style: "« Vous … » ou « L'adhérent … »",
}

S_HOSPITALISATION = "« indisponible pour une période ; reprise des démarches à convenir ensemble »"
S_GROSSESSE = "« disponibilité à organiser ; date de reprise des démarches à convenir »"
S_ADDICTION = "« démarches personnelles en cours ; accompagnement adapté proposé »"
S_HANDICAP = "« aménagements de poste éventuels à étudier avec vous »"
S_TRAITEMENT = "« contraintes d'horaires à prendre en compte »"
S_ARRET = "« indisponible jusqu'au … ; reprise des démarches à convenir »"
S_PSY = "« période difficile ; rythme de l'accompagnement à adapter avec vous »"
S_DETENTION = "« période d'indisponibilité ; parcours à reprendre à partir de … »"
S_MESURE = "« contraintes d'horaires et de déplacements à prendre en compte »"
S_CASIER = "« certains métiers réglementés sont à vérifier ensemble »"
S_PERMIS = "« pas de permis de conduire utilisable actuellement »"
S_SUIVI = "« un accompagnement par un autre organisme est en cours »"
S_MOTIVATION = "« le projet reste à préciser ; prochaine étape convenue : … »"
S_EFFORT = "« démarches prévues non réalisées : … ; point à refaire ensemble »"
S_COMPORTEMENT = "« l'échange a été tendu ; nous avons convenu de … »"
S_MENSONGE = "« les informations données diffèrent de … ; point à vérifier ensemble »"
S_TENUE = "« tenue adaptée aux entretiens d'embauche à préparer ensemble »"
S_COMPRENDRE = "« consignes à reformuler par écrit ; à vérifier ensemble »"

# ---------------------------------------------------------------------------
# Contexte professionnel et contexte personnel (règles ambiguës)
# ---------------------------------------------------------------------------

RADICAUX_METIER = (
    "secteur", "domaine", "milieu", "filiere", "metier", "profession", "poste", "emploi",
    "job", "boulot", "travail", "bosse", "bosser", "formation", "former", "formateur",
    "formatrice", "stage", "stagiaire", "immersion", "pmsmp", "alternan", "apprenti",
    "candidat", "postul", "recrut", "embauch", "interim", "mission", "vacation",
    "concours", "diplom", "titre", "certification", "qualification", "agent", "aide",
    "assistant", "secretaire", "employe", "technicien", "educat", "accompagnant",
    "animat", "auxiliaire", "brancard", "infirmi", "surveillan", "conseiller", "greffi",
    "gardien", "cuisin", "commis", "plong", "menage", "entretien", "nettoyage", "proprete",
    "accueil", "hotesse", "standardist", "chauffeur", "ambulanc", "vendeu", "magasin",
    "cariste", "manutention", "logisti", "restauration", "lingerie", "blanchisserie",
    "maintenance", "projet", "devenir", "deviendr", "vise", "viser", "interess", "attir",
    "passion", "experience", "ancien", "offre", "annonce", "fiche", "lettre", "entreprise",
    "employeur", "structure", "etablissement", "association", "aupres", "personnes",
    "public", "usager", "resident", "beneficiaire", "patient", "eleve", "reconversion",
    "carriere", "benevol", "volontari", "recherche", "cherche", "salarie", "intervenant",
    "psychologue", "medecin", "kine", "ergotherap", "orthophon", "educ", "moniteur",
    "avocat", "juriste", "policier", "gendarme", "militaire", "pompier", "securite",
    "surveillance", "prestataire", "sous traitan", "fournisseur", "client", "partenaire",
)
MOTS_METIER = frozenset({
    "cdi", "cdd", "cap", "bep", "bac", "bts", "dut", "but", "deas", "deaes", "ash", "aesh",
    "rome", "cv", "job", "amp", "aes", "asv", "ide", "as", "ap",
})
POSSESSIFS = frozenset({
    "son", "sa", "ses", "votre", "vos", "mon", "ma", "mes", "leur", "leurs", "notre", "nos",
})
VERBES_PERSONNELS = frozenset({
    "est", "etes", "suis", "es", "etait", "etiez", "etais", "sera", "serez", "soit",
    "sont", "etre", "reste", "restee", "restez", "va", "vas", "allez", "vont", "alle",
    "allee", "passe", "passee", "passez", "admis", "admise", "emmene", "emmenee",
    "transporte", "transportee", "sorti", "sortie", "sortez", "souffre", "souffrez",
    "souffrant", "souffrante", "atteint", "atteinte", "diagnostique", "diagnostiquee",
    "reconnu", "reconnue", "avez", "ai", "avait", "aviez", "ont", "avons", "suivi",
    "suivie", "suivis", "suivies", "traite", "traitee", "soigne", "soignee", "opere",
    "operee", "hospitalise", "hospitalisee", "interne", "internee", "incarcere",
    "incarceree", "detenu", "detenue", "lui", "elle", "il", "vous", "moi", "je", "tu",
    "convoque", "convoquee", "place", "placee", "envoye", "envoyee", "retrouve",
    "retrouvee", "rendu", "rendue", "rendez",
})

# ---------------------------------------------------------------------------
# Verbes qui désignent une personne (style : « Il souhaite… », « Mme X indique… »)
# ---------------------------------------------------------------------------

_PARTICIPES = (
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
_ATTRIBUTS = (
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
    r"en colere|en difficulte|en situation|sans logement|sans ressources|sans domicile)"
)
_PRONOMS = r"(?:(?:ne|se|lui|nous|me|en|les|la|le|vous|leur) |(?:n|s|m|l|j)')*"
_PARTICIPES_PRONOMINAUX = (
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
    _PRONOMS
    + r"(?:a (?:(?:deja|bien|pu|su|enfin|toujours|jamais|beaucoup|notamment|egalement|"
    r"aussi|pas|plus|rien|encore|tout|vite|rapidement|ensuite|finalement|recemment) )*"
    + _PARTICIPES
    + r"|avait (?:\w+ )?" + _PARTICIPES
    + r"|(?:est|etait|sera|serait|semble|parait|reste|demeure) (?:(?:tres|bien|deja|"
    r"toujours|actuellement|aujourd'hui|maintenant|encore|pas|plus|desormais|vraiment|"
    r"assez|plutot|peu|un peu|si|trop|moins|souvent|parfois|de nouveau) )*"
    + _ATTRIBUTS
    + r"|(?:s'est|s'etait|se sont|s est) (?:(?:bien|mal|tres|vite|deja|finalement|"
    r"rapidement|beaucoup|peu) )?" + _PARTICIPES_PRONOMINAUX
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
    r"pleur|rit\b|sourit|craint|redoute|ignore|decid|choisi|"
    r"retourn|relanc|actualis|consult|frequent|pratiqu|se (?:sent|dit|montre|presente|"
    r"pose|questionne|demande|rend|deplace|forme|renseigne|declare|projette|voit|"
    r"positionne|mobilise|decourage|interroge|plaint|sent|souvient|occupe|debrouille|"
    r"connecte|excuse|trompe|fatigue|inquiete|met|lance|tourne|renseigne|prepare|"
    r"rapproche|reoriente|reconvertit|soigne|fache|braque|isole|renferme|confie|bat|"
    r"dispute|presente))\w*"
    r")"
)
TITRES = r"(?:monsieur|madame|mademoiselle|mme|mlle|melle|mr|m)"

# ---------------------------------------------------------------------------
# Lexique
# ---------------------------------------------------------------------------

_PAYS = (
    r"(?:maghreb|afrique|algerie|maroc|tunisie|senegal|mali|cote d'ivoire|cameroun|congo|rdc|"
    r"guinee|comores|madagascar|turquie|portugal|espagne|italie|pologne|roumanie|bulgarie|"
    r"ukraine|russie|syrie|afghanistan|irak|iran|liban|egypte|vietnam|chine|cambodge|laos|"
    r"inde|pakistan|bangladesh|sri lanka|haiti|antilles|guadeloupe|martinique|guyane|"
    r"mayotte|la reunion|bresil|colombie|kosovo|albanie|serbie|tchetchenie|armenie|georgie|"
    r"soudan|erythree|ethiopie|somalie|nigeria|ghana|benin|togo|burkina|niger|tchad|"
    r"mauritanie|centrafrique|gabon|angola|cap vert|moldavie|europe de l'est|asie|"
    r"amerique latine|amerique du sud|moyen orient|proche orient|l'etranger|"
    r"l'ex yougoslavie|yougoslavie|philippines|thailande|indonesie|chili|perou|bolivie|"
    r"equateur|venezuela|cuba|republique dominicaine|israel|palestine|jordanie|libye|"
    r"yemen|kurdistan|bosnie|croatie|macedoine|hongrie|tchequie|slovaquie|lituanie|"
    r"lettonie|estonie|belarus|bielorussie|azerbaidjan|kazakhstan|ouzbekistan|tadjikistan|"
    r"mongolie|coree|japon|nepal|tibet|birmanie|djibouti|rwanda|burundi|ouganda|kenya|"
    r"tanzanie|mozambique|zimbabwe|afrique du sud|sierra leone|liberia|gambie|"
    r"guinee bissau|mauritanie|maurice|seychelles|cap vert)"
)
_PEUPLES = (
    r"(?:maghreb\w*|africain\w*|nord africain\w*|subsaharien\w*|asiatique\w*|arabe\w*|"
    r"berbere\w*|kabyle\w*|algerien\w*|marocain\w*|tunisien\w*|senegalais\w*|malien\w*|"
    r"ivoirien\w*|camerounais\w*|congolais\w*|guineen\w*|comorien\w*|malgache\w*|turc|"
    r"turque\w*|turcs|kurde\w*|portugais\w*|espagnol\w*|italien\w*|polonais\w*|roumain\w*|"
    r"bulgare\w*|ukrainien\w*|russe\w*|syrien\w*|afghan\w*|irakien\w*|iranien\w*|"
    r"libanais\w*|egyptien\w*|vietnamien\w*|chinois\w*|cambodgien\w*|laotien\w*|"
    r"indien\w*|pakistanais\w*|bangladais\w*|sri lankais\w*|tamoul\w*|haitien\w*|"
    r"antillais\w*|guadeloupeen\w*|martiniquais\w*|guyanais\w*|reunionnais\w*|"
    r"mahorais\w*|bresilien\w*|colombien\w*|kosovar\w*|albanais\w*|serbe\w*|"
    r"tchetchene\w*|armenien\w*|georgien\w*|soudanais\w*|erythreen\w*|ethiopien\w*|"
    r"somali\w*|nigerian\w*|ghaneen\w*|beninois\w*|togolais\w*|burkinabe\w*|"
    r"nigerien\w*|tchadien\w*|mauritanien\w*|centrafricain\w*|gabonais\w*|angolais\w*|"
    r"capverdien\w*|cap verdien\w*|moldave\w*|etranger\w*|etrangere\w*|immigree?s?|"
    r"gitan\w*|tsigane\w*|tzigane\w*|manouche\w*|roms?|yeniche\w*|rrom\w*|"
    r"juif|juive|juifs|juives|noire?s?|blanche?s?|metisse?s?|black|blacks|"
    r"caucasien\w*|europeen\w*|slave\w*|latino\w*|hispanique\w*|creole\w*|"
    r"bosniaque\w*|croate\w*|hongrois\w*|tcheque\w*|lituanien\w*|chilien\w*|"
    r"peruvien\w*|cubain\w*|dominicain\w*|israelien\w*|palestinien\w*|jordanien\w*|"
    r"libyen\w*|yemenite\w*|mongol\w*|coreen\w*|japonais\w*|nepalais\w*|tibetain\w*|"
    r"birman\w*|djiboutien\w*|rwandais\w*|burundais\w*|ougandais\w*|kenyan\w*|"
    r"philippin\w*|thailandais\w*|indonesien\w*)"
)
_MARQUEURS_ORIGINE = (
    r"(?:origine|origines|originaire|originaires|communaute|ethnie|ascendance|descendance|"
    r"descendant|descendante|racines|nationalite|type|physique|de type|famille|parents)"
)

