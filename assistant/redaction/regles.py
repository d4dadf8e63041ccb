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
    r"commence|termine|fini|suivi|passe|pris|eu|pu|su|voulu|du|dit|explique|indique|"
    r"precise|exprime|evoque|souhaite|presente|apporte|ramene|actualise|perdu|retrouve|"
    r"progresse|repondu|ecrit|lu|consulte|assiste|prevenu|annule|reporte|confirme|"
    r"demande|raconte|confie|declare|mentionne|signale|avoue|reconnu|admis|montre|"
    r"besoin|peur|envie|honte|tendance|confiance|l'air|du mal|des difficultes|un enfant|"
    r"des enfants|\d+ ans|ete (?:embauchee?|recrutee?|licenciee?|convoquee?|recue?|"
    r"orientee?|admise?|acceptee?|retenue?|inscrite?|hospitalisee?|incarceree?|"
    r"condamnee?|malade|absente?|presente?|en arret|en formation|en poste|au chomage|"
    r"licenciee?|placee?|suivie?|victime))"
)
_ATTRIBUTS = (
    r"(?:venue?|arrivee?|presente?|absente?|motivee?|interessee?|inscrite?|partante?|"
    r"prete?|inquiete?|stressee?|contente?|ravie?|satisfaite?|decue?|decouragee?|fatiguee?|"
    r"malade|enceinte|mere|pere|maman|papa|celibataire|mariee?|divorcee?|separee?|veuve?|"
    r"hebergee?|logee?|sans emploi|au chomage|en recherche|a la recherche|demandeu(?:r|se)|"
    r"titulaire|diplomee?|bilingue|originaire|nee?|agee?|en retard|a l'heure|ponctuel(?:le)?|"
    r"assidue?|serieu(?:x|se)|timide|souriante?|d'accord|volontaire|en arret|sortie?|"
    r"repartie?|partie?|allee?|rentree?|revenue?|retournee?|embauchee?|recrutee?|"
    r"licenciee?|retenue?|convoquee?|accompagnee?|suivie?|orientee?|hospitalisee?|"
    r"incarceree?|condamnee?|capable|incapable|autonome|mobile|vehiculee?|motorisee?|"
    r"a l'aise|reticente?|ouverte?|disposee?|dispo|joignable|injoignable|en formation|"
    r"en poste|en stage|en couple|seule?|isolee?|aidante?|beneficiaire|allocataire|"
    r"proprietaire|locataire|francaise?|etrangere?|(?:tres|assez|plutot|bien|peu|pas|"
    r"toujours|vraiment|un peu|moins|plus) \w+)"
)
_PRONOMS = r"(?:(?:ne|n|se|s|lui|nous|me|m|en|l|les|la|le|vous|leur|y|m'en|s'en) ?'? ?){0,2}"
VERBES_PERSONNE = (
    _PRONOMS
    + r"(?:a (?:(?:deja|bien|pu|su|enfin|toujours|jamais|beaucoup|notamment|egalement|aussi|"
    r"pas|plus|rien|encore|tout|vite|rapidement|ensuite|finalement) )*" + _PARTICIPES
    + r"|avait (?:\w+ )?" + _PARTICIPES
    + r"|(?:est|etait|sera|serait|semble|parait|reste|demeure) (?:(?:tres|bien|deja|"
    r"toujours|actuellement|aujourd'hui|maintenant|encore|pas|plus|desormais|vraiment) )*"
    + _ATTRIBUTS
    + r"|(?:s'?est|se sont) (?!passee?s?\b|deroulee?s?\b|terminee?s?\b|tenue?s?\b)\w+"
    r"|(?:souhait|voul|veut|voudr|aimer|pens|croi|estim|dit|disait|indiqu|expliqu|declar|"
    r"exprim|evoqu|precis|racont|confi|affirm|reconna|admet|avou|signal|mentionn|rapport|"
    r"sait|savait|connai|maitris|parl|compren|comprend|cherch|recherch|postul|candidat|"
    r"habit|vit\b|vivait|resid|loge|vien|revien|repren|travaill|conduit|conduis|possed|"
    r"dispos|aim|prefer|refus|accept|hesit|envisag|compt|prevoi|doit|devait|devra|peut|"
    r"pouvait|pourr|ira\b|fera\b|fait (?!beau|froid|chaud|jour|nuit|partie)|participe|"
    r"suit|rencontr|contact|appel|telephon|envoi|depos|attend|obtien|reussi|echou|oubli|"
    r"ment\b|boit|fume|sort|part\b|partira|rentr|demenag|garde|eleve|s'occup|ger|utilis|"
    r"tien|souffr|benefici|percoi|touche|recoi|perd|gagn|apprend|progress|avanc|"
    r"s'inquiet|regrett|remerci|demand|present|montr|manifest|arriv(?!e qu|e que))\w*"
    r"|(?:n'|ne )\w+)"
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

REGLES: tuple[Regle, ...] = (
    # ------------------------------------------------------------------ neutres
    _r(None,
       r"(?:secteur|domaine|milieu|monde|champ|filiere|metiers?|professions?|professionnel\w*|"
       r"etablissements?|structures?|centres?|formations?|carrieres?|emplois?|postes?|offres?|"
       r"agents?|personnels?|services?|institutions?|acteurs?|pole|branche|reseau|"
       r"organismes?|ecoles?|instituts?|cadre|equipes?|employes?|salaries?|"
       r"travailleurs? sociaux) (?:(?:du|de la|de l'|des|d'|de|en|sanitaire et|medico) )?"
       r"(?:sante|medical\w*|medico social\w*|medico sociaux|paramedical\w*|handicap|"
       r"hospitali\w*|penitentiaire\w*|carceral\w*|justice|soins?|aide a la personne|"
       r"psychiatri\w*|addictologie|sanitaire\w*|social|sociale|securite|police|"
       r"gendarmerie|soignants?|hopitaux|hopital|clinique\w*|protection de l'enfance)"),
    _r(None,
       r"aides? soignant\w*", r"aides? medico psycholog\w*", r"agents? (?:de service )?"
       r"hospitali\w*", r"agents? (?:des services )?hospitali\w*",
       r"auxiliaires? (?:de vie|de puericulture|medicale?s?|veterinaires?|sanitaires?)",
       r"secretaires? (?:medical\w*|medico social\w*|hospitali\w*)",
       r"assistante?s? (?:medical\w*|dentaires?|veterinaires?|sociale?s?|de soins)",
       r"delegue\w* medica\w*", r"visiteu\w* medica\w*",
       r"transports? (?:medica\w*|sanitaire\w*|de malades|de patients)",
       r"brancardi\w*", r"ambulanci\w*",
       r"accompagnant\w* educati\w*", r"educat\w* specialise\w*", r"moniteurs? educat\w*",
       r"surveillant\w* (?:penitentiaire\w*|de prison|de l'administration penitentiaire|"
       r"pénitentiaire\w*|de detention)",
       r"administration penitentiaire", r"agents? penitentiaires?",
       r"conseill\w* penitentiaire\w* d'insertion et de probation",
       r"conseill\w* d'insertion et de probation", r"concours (?:de )?(?:cpip|surveillant\w*|"
       r"de la penitentiaire|penitentiaire|de la police|de police|de gendarme\w*|"
       r"de la gendarmerie|de greffier|de l'administration penitentiaire|d'infirmi\w*|"
       r"d'aide soignant\w*)",
       r"police municipale", r"police nationale", r"gardiens? de la paix",
       r"adjoints? de securite", r"agents? de (?:police|securite|surete|prevention)",
       r"cliniques? veterinaires?", r"cabinets? veterinaires?", r"(?:aux|des|les) animaux",
       r"premiers? secours", r"psc1", r"sst", r"sauveteurs? secouristes?\w*",
       r"secouris\w*", r"gestes qui sauvent", r"massage cardiaque", r"defibrillat\w*",
       r"formation (?:aux )?(?:gestes et postures|prap|incendie)",
       r"assurance maladie", r"caisse (?:primaire )?d'assurance maladie", r"cpam",
       r"mutuelle\w*", r"complementaire sante", r"carte vitale", r"attestation de droits",
       r"visite medicale d'(?:embauche|aptitude|information)", r"medecine du travail",
       r"visite d'information et de prevention",
       r"prevention des (?:risques|tms|accidents)", r"sante (?:et|&) securite au travail",
       r"sante securite", r"hygiene et securite", r"hygiene (?:alimentaire|des locaux|haccp)",
       r"syndic\w* (?:de coproprietaires?|de copropriete|d'immeuble|benevole)",
       r"syndicats? (?:intercommuna\w*|mixtes?|des eaux|d'initiative|de copropriete|agricoles?|"
       r"d'energie\w*|de transports?|des transports?|departementa\w*|de communes|de gestion|"
       r"viticoles?|d'electricite|du bassin|de rivieres?|des dechets|de traitement)",
       r"origine de (?:la|sa|votre|leur|cette) (?:demande|candidature|orientation|venue|"
       r"prescription|inscription|situation|difficulte|retard|absence|panne|erreur|projet|"
       r"motivation|rupture|idee|reconversion|licenciement)",
       r"(?:a l'|a|l'|les|des) origines? (?:de|du|des|d')",
       r"d'origine (?:controlee|protegee|animale|vegetale|geographique|agricole|france|"
       r"francaise|professionnelle|inconnue)",
       r"appellation d'origine", r"pays d'origine des (?:produits|marchandises)",
       r"traitements? (?:de texte|des donnees|de donnees|de la demande|des demandes|"
       r"de (?:votre|son|sa|la|leur) (?:dossier|demande|candidature)|des dossiers|"
       r"des commandes|du courrier|de surface|des surfaces|des dechets|de l'eau|des eaux|"
       r"thermique\w*|comptable\w*|administratif\w*|des reclamations|de l'information|"
       r"informatique\w*|des factures|de salaire|de la paie|des images|du bois|des metaux|"
       r"des sols|phytosanitaire\w*|des appels|des retours|des colis|des litiges|"
       r"des candidatures|des stocks|des archives)",
       r"adn (?:de|du|d') ?(?:l'|la |notre |leur |votre |son |sa |cette )?(?:entreprise|marque|"
       r"societe|structure|association|maison|groupe|enseigne|metier|equipe|projet|poste)",
       r"politiques? (?:de la ville|de l'emploi|de l'entreprise|d'entreprise|salariale\w*|"
       r"sociale\w*|publique\w*|rh|de recrutement|commerciale\w*|tarifaire\w*|"
       r"qualite|de prix|de securite|d'achat|de formation|interne\w*|environnementale\w*|"
       r"de l'habitat|du logement|de prevention|de confidentialite|educative\w*|"
       r"d'insertion|de remuneration|de mobilite|de diversite|handicap)",
       r"quartiers? (?:prioritaires? )?(?:de la )?politique de la ville", r"qpv",
       r"sciences po\w*", r"politiquement correct\w*",
       r"manifestations? (?:d'interet|sportives?|culturelles?|evenementielles?|"
       r"commerciales?|festives?|publiques?|associatives?)",
       r"profession de foi", r"bonne foi",
       r"cuisines? (?:du monde|asiatique|africaine|orientale|marocaine|libanaise|indienne|"
       r"chinoise|japonaise|italienne|portugaise|turque|antillaise|creole|halal|juive|"
       r"casher|kasher|traditionnelle|maghrebine|espagnole|mexicaine|thai\w*|vietnamienne)",
       r"(?:restaurants?|epicerie\w*|boucherie\w*|traiteur\w*|patisserie\w*|specialites?|"
       r"produits?|magasins?|commerces?|boulangerie\w*|snack\w*) (?:asiatique\w*|africain\w*|"
       r"oriental\w*|marocain\w*|libanais\w*|indien\w*|chinois\w*|japonais\w*|italien\w*|"
       r"portugais\w*|turc\w*|antillais\w*|creole\w*|halal|casher|kasher|exotique\w*|"
       r"maghrebin\w*|espagnol\w*|polonais\w*|russe\w*|vietnamien\w*|thai\w*)",
       r"(?:langue|langues|parle|parlez|parlant|cours|bilingue|traduct\w*|interpret\w*|"
       r"notions|niveau|lu|ecrit|lire|ecrire|maitrise\w*|couramment) (?:en |d'|de l'|le |l')?"
       r"(?:arabe|turc|chinois|portugais|russe|roumain|polonais|espagnol|italien|anglais|"
       r"allemand|berbere|kabyle|tamoul|wolof|bambara|lingala|soninke|peul|creole|"
       r"ukrainien|vietnamien|dari|pachto|farsi|persan|kurde|albanais|serbe|bulgare|"
       r"tigrinya|amharique|somali|swahili|hindi|ourdou|bengali|japonais|coreen|hebreu)",
       r"chiens? de race", r"races? (?:bovine|canine|feline|ovine|porcine|equine|"
       r"de chiens?|de chats?|de chevaux)",
       r"empreinte\w* (?:carbone|ecologique|environnementale)",
       r"liquidation judiciaire", r"redressement judiciaire", r"mandataire\w* judiciaire\w*",
       r"administrateur\w* judiciaire\w*", r"expert\w* judiciaire\w*", r"police judiciaire",
       r"sauvegarde judiciaire", r"huissiers? de justice", r"commissaires? de justice",
       r"ministere de la justice", r"palais de justice", r"maisons? de (?:la )?justice",
       r"tribuna\w* (?:de commerce|des prud'?hommes|administratif\w*|du travail)",
       r"prud'?hom\w*", r"conseil\w* prud'?hom\w*",
       r"detention (?:du|d'un|d'une|des) (?:permis|titre|diplome|brevet|certificat|caces|"
       r"habilitation|carte|vehicule)", r"detenu\w* (?:par|a \d|au capital)",
       r"peine (?:a|perdue)", r"a peine", r"la peine", r"sans peine", r"grand peine",
       r"casiers? (?:a|de|du|des|pour|individuel\w*|vestiaire\w*|metallique\w*)",
       r"gilets? jaunes? (?:de securite|haute visibilite|fluo\w*|reflechissant\w*)",
       r"(?:porter|porte|portez|port du|port d'un) (?:un |le |des |les )?(?:gilets?|tenue\w*|"
       r"equipements?|epi|casques?|chaussures?)",
       r"espaces? verts?", r"moniteur\w* de voile", r"planche a voile",
       r"priere de", r"religieusement",
       r"phobie administrative", r"surete nucleaire", r"sante financiere",
       r"(?:personnes?|publics?|usagers?|residents?|enfants|adultes|eleves|jeunes|patients|"
       r"beneficiaires) (?:agees? |dependante?s? |fragiles? )*(?:en situation de handicap|"
       r"handicape\w*|dependant\w*|atteint\w* de troubles?|avec (?:un |des )?handicaps?|"
       r"en perte d'autonomie)",
       r"personnes? dependante\w*", r"perte d'autonomie",
       r"loi (?:handicap|de 2005|du 11 fevrier 2005)",
       r"referent\w* handicap", r"mission handicap", r"politique handicap",
       r"accessib\w* (?:aux personnes )?(?:handicape\w*|en situation de handicap|pmr)",
       r"travaux d'interet general (?:en|au sein|dans)",
       r"soudure (?:a l'arc |au )?(?:tig|mig|mag)", r"(?:tig|mig|mag) (?:mag|tig|mig)",
       r"poids lourds?", r"permis (?:poids lourd\w*|c|ce|d|be|b|c1|caces)",
       r"psychologue\w* du travail", r"psychologie du travail", r"conseill\w* en evolution",
       r"vente d'alcool\w*", r"permis d'exploitation", r"licence (?:iv|4|de debit de boissons)",
       r"sans alcool",
       r"religieuses? (?:au (?:cafe|chocolat)|et (?:eclairs?|choux))",
       r"(?:eclairs?|choux|patisserie\w*|gateaux) (?:et |ou )?(?:des )?religieuses?",
       r"dans l'enceinte", r"l'enceinte (?:de|du|des|d')", r"enceintes? (?:bluetooth|"
       r"connectee\w*|acoustique\w*|portable\w*|sonore\w*|hifi|hi fi)",
       r"tele ?travail\w*", r"trafic (?:routier|ferroviaire|aerien|fluvial|maritime|urbain)",
       r"vols? (?:pour|vers|a destination|direct\w*|retour|aller|annule\w*|de nuit|"
       r"interieur\w*|international\w*|long courrier|moyen courrier|charter)",
       r"(?:hotesse\w*|steward\w*|personnel\w*|compagnie\w*) (?:de l'air|navigant\w*|"
       r"aerienne\w*)",
       r"fiches? (?:de poste|metiers?|rome|de paie|de liaison|de suivi|de synthese|"
       r"de renseignements?|de poste|action|de prescription|navette|de presence|d'emargement)",
       r"mauvais etat", r"etat de sante de l'entreprise", r"sante de l'entreprise",
       r"en bonne sante financiere",
       ),
    # ------------------------------------------------------------------ santé
    _r(C.sante,
       r"diabet\w*", r"cancer\w*", r"chimio\w*", r"radiotherap\w*", r"tumeur\w*",
       r"leucemi\w*", r"lymphome\w*", r"metastas\w*", r"vih", r"sida", r"seropositi\w*",
       r"hepatite\w*", r"asthm\w*", r"epilep\w*", r"sclerose\w*", r"parkinson\w*",
       r"alzheimer\w*", r"avc", r"infarctus", r"crise cardiaque", r"cardiaques?",
       r"cardio\w*", r"insuffisan\w* (?:cardiaque|renal\w*|respiratoire)", r"dialyse\w*",
       r"hypertension", r"hypertendu\w*", r"cholesterol", r"obes\w*", r"surpoids",
       r"anorex\w*", r"boulimi\w*", r"autis\w*", r"asperger", r"tdah", r"hyperactivite",
       r"hyperacti\w*", r"dyslex\w*", r"dyspraxi\w*", r"dysphasi\w*", r"dyscalcul\w*",
       r"dysorthograph\w*", r"bipolai\w*", r"schizo\w*", r"psychos\w*", r"psychotique\w*",
       r"paranoia", r"paranoiaque\w*", r"depress\w*", r"deprim\w*", r"burn ?out",
       r"anxiet\w*", r"anxieu\w*", r"crises? d'angoisse", r"crises? de panique",
       r"attaques? de panique", r"troubles? anxieu\w*", r"phobi\w*", r"toc",
       r"troubles? (?:psy\w*|mentaux|mental|du comportement\w*|bipolaire\w*|de l'humeur|"
       r"alimentaire\w*|musculo\w*|cognitif\w*|de la personnalite|du sommeil|"
       r"de l'attention|dys\w*|de l'apprentissage|du langage|auditif\w*|visuel\w*|"
       r"neuro\w*|obsessionnel\w*|du spectre|de sante)",
       r"maladie\w*", r"malade\w*", r"pathologie\w*", r"diagnosti\w*",
       r"handicape\w*", r"rqth", r"travailleu\w* handicape\w*", r"\bth\b (?:reconnu)",
       r"qualite de travailleu\w* handicape\w*", r"aah", r"mdph", r"cdaph", r"pch",
       r"invalidite\w*", r"ald", r"affection\w* (?:de )?longue duree", r"epilepti\w*",
       r"fauteuil roulant", r"malvoyan\w*", r"non voyant\w*", r"aveugle\w*",
       r"sourde?s?", r"malentend\w*", r"surdit\w*", r"amput\w*", r"prothese\w*",
       r"paraplegi\w*", r"tetraplegi\w*", r"hemipleg\w*", r"trisomi\w*", r"myopathi\w*",
       r"mucoviscidose", r"deficien\w* (?:intellectuel\w*|visuel\w*|auditi\w*|mental\w*|"
       r"motric\w*|cogniti\w*)", r"lombalgi\w*", r"sciatique\w*", r"hernie\w*",
       r"tendinite\w*", r"arthrose\w*", r"rhumatis\w*", r"polyarthrite\w*",
       r"fibromyalgi\w*", r"migraine\w*", r"fatigue chronique", r"endometriose",
       r"mal de dos", r"maux de dos", r"problemes? de dos", r"soucis de dos",
       r"dos fragile", r"douleurs? (?:chronique\w*|au dos|aux|au|dorsale\w*|lombaire\w*|"
       r"articulaire\w*|physique\w*|dans)", r"fractur\w*", r"entorse\w*",
       r"blessure\w*", r"blesse(?:e|s|es)?", r"plaies?", r"operee?s? (?:du|de|des|d')",
       r"opere(?:e|s|es)?", r"operation\w* (?:du|de la|des|de l') ?(?:genou|dos|hanche|"
       r"epaule|coeur|cheville|main|poignet|pied|jambe|bras|yeux|oeil|ventre|colonne|"
       r"cerveau|estomac|rein|vesicule|appendicite|canal carpien)",
       r"intervention chirurgicale", r"chirurgi\w*", r"greffe\w*", r"convalescen\w*",
       r"reeducation", r"seances? de kine\w*", r"kines?", r"accidents? (?:du|de) travail",
       r"accidente\w*", r"arrets? (?:maladie|de travail|medica\w*)", r"en arret",
       r"arretee? (?:par (?:son|le) medecin|pour (?:maladie|raison))",
       r"inapt\w*", r"mi temps therapeutique", r"temps partiel therapeutique",
       r"restrictions? medica\w*", r"contre indication\w*", r"reserves? medica\w*",
       r"sante\w* (?:fragile|mentale|precaire|physique|psychique|defaillante|mauvaise)",
       r"(?:probleme|souci|ennui|raison|etat|question|motif)s? (?:de|medica\w*) ?(?:sante)?",
       r"enceintes?", r"grossesse\w*", r"accouch\w*", r"ivg", r"fausses? couches?",
       r"pma", r"fiv", r"conges? (?:de )?maternite", r"conges? pathologique\w*",
       r"allait\w*", r"nourrisson",
       r"alcool\w*", r"ivre\w*", r"ivresse", r"picol\w*", r"cannabis", r"shit", r"beuh",
       r"fum\w* (?:des |un |du |beaucoup de |quelques )?(?:joints?|petards?|shit|beuh|herbe)",
       r"joints?", r"drogue(?:e|s|es)?", r"toxico\w*", r"addict\w*", r"alcoologie",
       r"dependan\w* (?:a|aux|au|de) ?(?:l'|la )?(?:alcool|drogue\w*|cannabis|jeux?|tabac|"
       r"medicaments?|opiace\w*|cocaine|heroine|ecrans?|substances?)",
       r"sevr\w*", r"desintox\w*", r"cure\w* (?:de |d')(?:desintox\w*|sevrage)", r"post cure\w*",
       r"(?:en|une|sa|son) cure", r"heroin\w*", r"cocain\w*", r"crack", r"ecstasy", r"mdma",
       r"opiace\w*", r"csapa", r"caarud", r"substitution", r"methadone", r"subutex",
       r"psychiatr\w*", r"psychiat\w*", r"psychatr\w*", r"psychotrope\w*",
       r"psychotherap\w*", r"psychanaly\w*", r"psychique\w*", r"psychologiquement",
       r"therapi\w*", r"therapeut\w*", r"cmpp?", r"hdj", r"hopital de jour",
       r"antidepresseur\w*", r"anxiolytique\w*", r"neuroleptique\w*", r"somnifere\w*",
       r"insuline", r"medicament\w*", r"medoc\w*", r"ttt", r"trt", r"suicid\w*",
       r"tentatives? de suicide", r"scarifi\w*", r"automutil\w*", r"idees noires",
       r"hospitali[sz]\w*", r"hospit", r"hosp", r"hosto\w*", r"ist", r"mst",
       r"handicaps? (?:moteur|psychique|mental|visuel|auditif|cognitif|invisible|physique|"
       r"lourd|leger)",
       r"incapacite\w*", r"pension d'invalidite", r"esat",
       r"curatelle\w*", r"tutelle\w*",
       suggestion=SUGGESTIONS[C.sante]),
    _r(C.sante, r"sante", r"medic\w*", r"medecin\w*", r"hopital\w*", r"hopitaux",
       r"clinique\w*", r"urgences", r"chu", r"samu", r"soins", r"soigne\w*", r"psy",
       r"psys", r"psychologue\w*", r"psychologique\w*", r"kinesitherap\w*",
       r"handicap\w*", r"cap emploi", r"agefiph", r"tms",
       ambigu=True, quoi="santé",
       sauf_apres=r"(?:de l'entreprise|financiere|et securite au travail)"),
    _r(C.sante, r"traitement\w*",
       exige_avant=r"(?:sous|son|sa|ses|votre|vos|mon|ma|mes|leur|un|gros|lourd|nouveau|"
       r"changement de|suit un|suivez un|prend un|prenez un)",
       sauf_apres=r"(?:de (?:texte|donnees|la demande|dossier|l'information|surface)|"
       r"des (?:donnees|dossiers|demandes|commandes))",
       suggestion=S_TRAITEMENT),
    _r(C.sante, r"traitements? (?:medica\w*|lourds?|medicamenteu\w*|de substitution|"
       r"antidepresseurs?|hormona\w*|contre|pour (?:son|sa|ses|le|la) |psychiatrique\w*|"
       r"de fond|quotidien)", suggestion=S_TRAITEMENT),
    _r(C.sante, r"ts", exige_avant=r"(?:une|des|sa|fait|faire|tentative|suite a|apres|"
       r"apres une|suite a une|plusieurs)", suggestion=S_PSY),
    _r(C.sante, r"suivie?s? (?:psy\w*|medica\w*|therapeut\w*|en cmp\w*|par un psy\w*|"
       r"en addicto\w*|par le csapa|en psychiatrie|par un psychiatre|par une psychiatre|"
       r"par (?:son|un|une) medecin|a l'hopital|par l'hopital)", suggestion=S_PSY),
    # ------------------------------------------------------------------ origine
    _r(C.origine, r"origines?",
       sauf_apres=r"(?::|de la demande|du (?:projet|besoin|retard|probleme)|controlee)",
       sauf_avant=r"(?:^|[:\-]|\bl'|\ba l'|\bune|\bquelle|\bl)\s*",
       exige_apres=r"(?:\w+ ){0,2}(?:" + _PEUPLES + r"|" + _PAYS + r"|etrangere\w*|immigree\w*|"
       r"modeste\w*|sociale\w*|ethnique\w*|\w+)",
       suggestion=SUGGESTIONS[C.origine]),
    _r(C.origine, r"originaires? (?:du |de |d'|des )?(?:la |l')?" + _PAYS,
       r"nee?s? (?:au|en|a) " + _PAYS,
       r"ne(?:e|s|es)? (?:a l'etranger|hors de france)",
       r"arrivee?s? (?:du|de|d') ?" + _PAYS,
       r"(?:nationalite|de nationalite|nationalites) (?!francaise)\w+",
       suggestion=SUGGESTIONS[C.origine]),
    _r(C.origine, _PEUPLES,
       exige_avant=r"(?:" + _MARQUEURS_ORIGINE + r"|d'origine|de type|un|une|des|les|"
       r"cette|ce|femme|homme|personne|jeune|fille|garcon|gars|mec|nana|monsieur|madame|"
       r"couple|est|etes|suis|etait|famille|communaute|issue?s? de|parents?|pere|mere|"
       r"racines?|culture|peau|d'ascendance)",
       sauf_apres=r"(?:de (?:france|l'emploi|la region)|d'oeuf|en neige|d'espagne|de la boite)",
       sauf_avant=r"(?:parle\w*|langue\w*|cours|en|cuisine\w*|restaurant\w*|marche\w*|"
       r"produit\w*|vin\w*|tenue\w*|vetement\w*|tableau|ecran|fond|voiture|vehicule|"
       r"bac|bts|licence|master|diplome)\s+\w*\s*",
       suggestion=SUGGESTIONS[C.origine]),
    _r(C.origine, r"maghrebin\w*", r"nord africain\w*", r"subsaharien\w*", r"rebeus?",
       r"beurs?", r"beurettes?", r"renois?", r"noichs?", r"bougnoul\w*", r"negres?",
       r"negresses?", r"bamboula\w*", r"ethni\w*", r"raciale?s?", r"raciaux", r"racises?",
       r"racisees?", r"couleur de peau", r"couleur de sa peau",
       r"peau (?:noire|blanche|foncee|claire|mate|brune|noir|mat)",
       r"issue?s? de (?:l'immigration|parents immigre\w*|la diversite)",
       r"immigree?s?", r"gens du voyage", r"gitan\w*", r"tsigane\w*", r"tzigane\w*",
       r"manouche\w*", r"yenich\w*", r"communaute (?:rom|noire|arabe|asiatique|africaine|"
       r"maghrebine|turque|juive|musulmane|chinoise|kurde|tamoule|comorienne|"
       r"portugaise|antillaise|haitienne|senegalaise|malienne)",
       suggestion=SUGGESTIONS[C.origine]),
    _r(C.origine, r"races?", sauf_avant=r"(?:chiens?|chats?|chevaux|cheval|animaux|animal|"
       r"bovins?|ovins?|vaches?|porcs?|poules?|moutons?|betail|de|toutes)\s+(?:de\s+)?",
       suggestion=SUGGESTIONS[C.origine]),
    # ------------------------------------------------------------------ opinions politiques
    _r(C.opinions_politiques, r"politiques?",
       exige_avant=r"(?:opinions?|convictions?|idees?|engagements?|engagee?s?|militante?s?|"
       r"militantisme|sensibilite|activites?|appartenance|partis?|orientations?|bord|"
       r"couleur|positions?|positionnements?|vie|carriere|mandats?|responsabilites?|"
       r"engagement|de la|fait de la|en|reunions?|meetings?|associations?|mouvements?|"
       r"organisations?|discours|propos|debats?|tracts?|campagnes?|ses|son|sa|leurs?)",
       sauf_apres=r"(?:de la ville|de l'emploi|de l'entreprise|sociale|salariale|rh)"),
    _r(C.opinions_politiques, r"politiquement", r"militan\w*", r"milit(?:e|es|ent|ait|er|"
       r"ais)", r"encartee?s?", r"lfi", r"france insoumise", r"insoumis\w*",
       r"rassemblement national", r"front national", r"fn", r"parti socialiste",
       r"socialistes?", r"communistes?", r"pcf", r"eelv", r"ecologistes?", r"zemmour\w*",
       r"le pen\w*", r"lepenistes?", r"melenchon\w*", r"macronistes?", r"trotsk\w*",
       r"maoistes?", r"anarchistes?", r"gauchistes?", r"fachos?", r"fachistes?",
       r"fascistes?", r"nazis?", r"neo ?nazis?", r"identitaires?", r"royalistes?",
       r"souverainistes?", r"extreme (?:droite|gauche)", r"ultra (?:droite|gauche)",
       r"antifas?", r"black blocs?", r"zadistes?", r"gilets? jaunes?",
       r"partis? (?:politiques?|socialiste|communiste|republicain|radical|pirate|"
       r"animaliste|de gauche|de droite|d'extreme|ecologiste|national)",
       r"manifs?", r"cortege\w*", r"reconquete", r"republicains",
       r"vote\w* (?:pour (?:le |la |les )?(?:rn|fn|lfi|ps|extreme|front|zemmour|le pen|"
       r"macron|melenchon|gauche|droite)|rn|fn|lfi|a gauche|a droite|extreme\w*)",
       r"electeur\w* (?:du|de|d') ?(?:rn|fn|lfi|ps|extreme|gauche|droite|zemmour|le pen|"
       r"macron|melenchon)",
       sauf_avant=r"(?:gilets?|porter?|port du|porte)\s+", sauf_phrase=r"securite|chantier|fluo"),
    _r(C.opinions_politiques, r"(?:de|a|d'extreme) (?:droite|gauche)",
       exige_avant=r"(?:est|etes|suis|etait|idees|opinions?|sensibilite|militante?s?|"
       r"plutot|tres|bien|vote\w*|electeur|electrice|homme|femme|parti|engagee?|"
       r"convictions?|politiquement|clairement)"),
    _r(C.opinions_politiques, r"ps", r"rn", r"lr", r"udi", r"modem", r"npa",
       exige_avant=r"(?:au|du|militant\w*|adherent\w*|adhere\w*|vote\w*|encarte\w*|pour le|"
       r"carte du|elu\w*|proche du|sympathisant\w*|membre du|electeur\w*|electrice\w*)",
       sauf_apres=r"\d"),
    _r(C.opinions_politiques, r"manifestations?",
       exige_avant=r"(?:participe\w*|va|vas|allee?|aux|des|en|lors d'une|pendant une|"
       r"arretee? lors d'une|a une|a des|dans les|toutes les)",
       sauf_apres=r"(?:d'interet|sportive|culturelle|evenementielle|commerciale|salon|"
       r"de l'entreprise)"),
    # ------------------------------------------------------------------ religion
    _r(C.religion, r"musulman\w*", r"islam\w*", r"catholique\w*", r"chretien\w*",
       r"protestant\w*", r"evangeli\w*", r"juif", r"juive", r"juifs", r"juives",
       r"judaism\w*", r"israelite\w*", r"bouddhis\w*", r"hindou\w*", r"hindouis\w*",
       r"sikhs?", r"temoins? de jehovah", r"jehovah", r"athee?s?", r"agnosti\w*",
       r"religions?", r"religieu(?:x|se|ses)", r"croyante?s?", r"pratiquante?s?",
       r"hijab\w*", r"niqab\w*", r"burqa\w*", r"burka\w*", r"kippa\w*", r"tchador\w*",
       r"jilbab\w*", r"abaya\w*", r"voilee?s?", r"ramadan", r"careme", r"shabbat",
       r"sabbat", r"mosquee\w*", r"synagogue\w*", r"paroisse\w*", r"imams?", r"rabbins?",
       r"pretres?", r"sectes?", r"lieux? de culte", r"cultes? (?:musulman|catholique|juif|"
       r"protestant|religieux)", r"pelerinage\w*", r"la mecque", r"catechis\w*",
       r"communion", r"bapteme\w*", r"franc macon\w*", r"franc maconnerie",
       r"scientolog\w*", r"radicalis\w*", r"salafis\w*", r"jihad\w*", r"djihad\w*",
       r"convictions? (?:religieuse\w*|philosophique\w*|spirituelle\w*)",
       r"confession (?:musulmane|chretienne|juive|catholique|protestante)",
       r"(?:mange|manger|mangez|regime|repas) (?:uniquement |que |seulement )?(?:halal|"
       r"casher|kasher|cacher)", r"(?:ne )?mange\w* pas de porc",
       r"port\w* (?:le |un |son |du )?(?:voile|foulard|hijab|niqab|kippa|turban)",
       r"fait (?:sa|ses|la) prieres?", r"prier", r"prie (?:tous|plusieurs|cinq|5)",
       r"fete\w* (?:religieuse\w*|de l'aid|musulmane\w*|juive\w*)", r"aid (?:el )?(?:kebir|"
       r"fitr|adha|seghir)", r"l'aid",
       sauf_apres=r"(?:au chocolat|au cafe|de l'air)",
       sauf_phrase=r"eclair|patiss|choux|gateau|viennoiser|cuisine|boulang",
       suggestion=SUGGESTIONS[C.religion]),
    _r(C.religion, r"prieres?", r"eglise\w*", r"foi", r"dieu", r"allah", r"spiritualite",
       ambigu=True, sauf_avant=r"(?:mauvaise|bonne|ma|profession de|ajouter|digne de)\s+",
       sauf_apres=r"(?:de |d')"),
    # ------------------------------------------------------------------ syndicat
    _r(C.syndicat, r"syndiqu\w*", r"syndical\w*", r"cgt", r"cfdt", r"cftc", r"cfe cgc",
       r"force ouvriere", r"unsa", r"fsu", r"snes\w*", r"cnt", r"unef", r"greviste\w*",
       r"sud (?:rail|ptt|sante|solidaires|education|travail|industrie|chimie|commerce|"
       r"poste|collectivites)", r"solidaires sud",
       suggestion=SUGGESTIONS[C.syndicat]),
    _r(C.syndicat, r"syndicats?", ambigu=True),
    _r(C.syndicat, r"fo", exige_avant=r"(?:syndiqu\w*|adherent\w*|adhere\w*|militant\w*|"
       r"delegue\w*|chez|a|au|carte|elue?|syndicat|representant\w*|membre de)"),
    _r(C.syndicat, r"greves?", exige_avant=r"(?:fait|faisait|faire|participe\w*|suivi|"
       r"a fait|fait la|faisait la|mouvement de|piquet de|en|fait une|participer a la)\s*"
       r"(?:la|a la|a une|aux|une)?",
       sauf_apres=r"(?:des transports|sncf|ratp|des trains|des bus)"),
    # ------------------------------------------------------------------ vie sexuelle
    _r(C.vie_sexuelle, r"homosexu\w*", r"homos?", r"gays?", r"lesbien\w*", r"bisexu\w*",
       r"transgenres?", r"transsexu\w*", r"transidentit\w*", r"non binaires?",
       r"lgbt\w*", r"queer\w*", r"orientation sexuelle", r"vie sexuelle", r"sexualit\w*",
       r"relations? sexuelles?", r"rapports? sexuels?", r"heteros?", r"heterosexu\w*",
       r"pd", r"pedes?", r"gouines?", r"coming out", r"prostitu\w*",
       r"travailleu\w* du sexe", r"escort\w*", r"libertin\w*", r"echangiste\w*",
       r"partenaires? sexuel\w*", r"vie intime", r"sexuellement",
       r"(?:femme|homme|personne|est|etes|fille|garcon) trans",
       suggestion=SUGGESTIONS[C.vie_sexuelle]),
    _r(C.vie_sexuelle, r"trans", exige_avant=r"(?:femme|homme|personne|est|etes|fille|"
       r"garcon|une|un|jeune)"),
    # ------------------------------------------------------------------ génétique, biométrie
    _r(C.genetique_biometrie, r"adn", r"genetique\w*", r"genome\w*", r"caryotype\w*",
       r"hereditaire\w*", r"empreintes? digitales?", r"empreintes? (?:biometrique\w*|"
       r"palmaire\w*|vocale\w*|papillaire\w*)", r"reconnaissance faciale",
       r"biometri\w*", r"(?:scan|scanner|lecture|reconnaissance) (?:de l'|des )?iris",
       r"groupe sanguin", r"test\w* de paternite", r"sequencage\w*", r"mutation genetique",
       r"gene\w* (?:brca|de predisposition)", r"predisposition genetique",
       sauf_phrase=r"(?:technicien|laboratoire|ingenieur|biolog)\w* (?:en |de )?genetique",
       suggestion=SUGGESTIONS[C.genetique_biometrie]),
    # ------------------------------------------------------------------ judiciaire
    _r(C.judiciaire, r"incarcer\w*", r"emprisonn\w*", r"ecrouee?s?", r"levee d'ecrou",
       r"maisons? d'arret", r"centres? de detention", r"centres? de retention",
       r"semi liberte", r"liberte conditionnelle", r"placement exterieur", r"sursis",
       r"mise a l'epreuve", r"controle judiciaire", r"casiers? judiciaires?",
       r"antecedents? judiciaires?", r"passe judiciaire", r"dossier judiciaire",
       r"procedure\w* judiciaire\w*", r"affaire\w* judiciaire\w*",
       r"poursuites? judiciaires?", r"suivi judiciaire", r"mesures? judiciaires?",
       r"(?:probleme|souci|ennui|demele)s? (?:judiciaire\w*|avec la justice|avec la police|"
       r"avec les flics|avec la gendarmerie)", r"avec la justice",
       r"sous main de justice", r"ppsmj", r"condamn\w*", r"garde a vue", r"gardee? a vue",
       r"gav", r"interpell\w* (?:par|pour|lors)", r"interpellation\w*", r"arrestation\w*",
       r"arretee?s? (?:par (?:la police|les policiers|la gendarmerie|les gendarmes|la bac|"
       r"les flics)|pour)", r"correctionnel\w*", r"cour d'assises", r"aux assises",
       r"(?:le|la|un|une|son|sa|au|du|devant le|chez le|avec le|par le) juges? "
       r"(?:d'application|des enfants|d'instruction|des libertes|aux affaires)",
       r"juges? (?:d'application|des enfants|d'instruction|des libertes)",
       r"jap", r"spip", r"probation", r"tig", r"travaux d'interet general",
       r"bracelet\w* electronique\w*", r"surveillance electronique", r"detention a domicile",
       r"ddse", r"delits?", r"delinqu\w*", r"crimes?", r"criminel\w*", r"infraction\w*",
       r"contravention\w*", r"amendes?", r"mise? en examen", r"inculp\w*",
       r"poursuivie?s? (?:en justice|pour|par la justice)", r"comparu\w*", r"comparait\w*",
       r"comparution\w*", r"proces(?! verba)", r"peines? (?:de prison|d'emprisonnement|"
       r"de travail|de sursis|ferme|avec sursis|alternative|de \d+ (?:mois|ans))",
       r"(?:purge\w*|effectu\w*|execut\w*|amenagement\w* (?:de|des)|fin de|application des) "
       r"(?:sa |la |de |des |leur |une )?peines?",
       r"voleu(?:r|rs|se|ses)", r"vols? (?:a l'etalage|avec violence|a la tire|en reunion|"
       r"de (?:voiture|vehicule|scooter|telephone|portable|marchandise\w*))",
       r"escroc\w*", r"escroquerie\w*", r"recel\w*", r"trafic\w* (?:de|d') ?(?:drogue\w*|"
       r"stup\w*|cannabis|armes?|voitures?|vehicules?|shit|cocaine)", r"trafiquant\w*",
       r"dealer\w*", r"dealeu\w*", r"dealait", r"stupefiant\w*", r"stups?",
       r"violences? (?:conjugale\w*|familiale\w*|volontaire\w*|aggravee\w*|sur)",
       r"agression\w*", r"agresse(?:e|s|es|ur|urs|use|uses)?", r"braquage\w*",
       r"braque\w* (?:une|un|des)", r"cambriol\w*", r"meurtre\w*", r"homicide\w*",
       r"viols?", r"menaces? de mort", r"permis (?:suspendu|retire|annule|invalide|"
       r"a zero point)\w*", r"(?:suspension|retrait|annulation|perte) (?:de|du) (?:son |"
       r"votre )?permis", r"(?:suspension|retrait|annulation) de permis",
       r"exces de vitesse", r"conduite (?:sans permis|en etat d'ivresse|sous l'emprise|"
       r"en etat alcoolique)", r"taulards?", r"taule", r"zonzon", r"en cavale",
       r"fichee? s", r"ex detenue?s?", r"detenue?s?", r"detention\w*", r"prisonni\w*",
       r"sortant\w* de prison", r"sortie? de prison", r"plaintes? (?:contre|pour|deposee\w*)",
       r"(?:porte\w*|deposer|depose\w*|porter|depot de) plainte",
       r"jugement\w* (?:du tribunal|correctionnel|penal|pour|de condamnation)",
       r"penal\w*", r"casier (?:charge|pas vierge|non vierge)",
       r"placee? sous (?:controle|main de justice|surveillance)",
       sauf_apres=r"(?:par (?:la|les|une|des) (?:societe|entreprise|structure))",
       sauf_phrase=r"soud\w*|(?:mig|mag)\b|procede",
       suggestion=SUGGESTIONS[C.judiciaire]),
    _r(C.judiciaire, r"prison\w*", r"penitentiaire\w*", r"carceral\w*", r"detentions?",
       r"police", r"policiers?", r"gendarmerie\w*", r"gendarmes?", r"commissariat\w*",
       r"flics?", r"keufs?", r"tribuna\w*", r"juge", r"juges", r"cpip", r"avocat\w*",
       r"judiciaire\w*", r"justice",
       ambigu=True, sauf_apres=r"(?:de commerce|des prud)",
       sauf_phrase=r"fruit|guacamole|cuisine|salade|recette"),
    # ------------------------------------------------------------------ jugements
    _r(C.jugement, r"faineant\w*", r"feignant\w*", r"feignass\w*", r"faineass\w*",
       r"feneant\w*", r"flemmard\w*", r"paresse\w*", r"glandeu\w*", r"glandouill\w*",
       r"tire au flanc", r"branleu\w*", r"je m'en foutiste\w*", r"m'en foutiste\w*",
       r"jmenfoutiste\w*", r"menteu(?:r|rs|se|ses)", r"mensong\w*", r"mytho\w*",
       r"affabul\w*", r"agressi(?:f|fs|ve|ves|vite)", r"manipulat(?:eur|eurs|rice|rices)",
       r"de mauvaise foi", r"mauvaise foi", r"mauvaise volonte", r"mauvais esprit",
       r"aucune motivation", r"zero motivation", r"manque\w* (?:total |cruel |flagrant |"
       r"evident |de )?(?:de )?motivation", r"aucune volonte", r"aucun effort",
       r"zero effort", r"fait (?:aucun|pas d'|peu d'|zero|pas beaucoup d') ?efforts?",
       r"(?:ne )?fait (?:rien|que le minimum|le strict minimum|le minimum)",
       r"(?:ne )?se bouge pas", r"fait semblant", r"idiot\w*", r"debile\w*", r"abruti\w*",
       r"stupide\w*", r"connard\w*", r"connasse\w*", r"cretin\w*", r"imbecile\w*",
       r"bon a rien", r"bonne a rien", r"bons a rien", r"profiteu(?:r|rs|se|ses)",
       r"profite\w* (?:du systeme|des aides|de la situation|du chomage|du rsa|des allocs?|"
       r"des allocations|de la caf)", r"parasite\w*", r"boulet\w*", r"cas soc\w*",
       r"cas desespere\w*", r"irrecuperable\w*", r"arrogan\w*", r"insolen\w*",
       r"impoli\w*", r"malpoli\w*", r"pretentieu\w*", r"hautain\w*", r"vulgaire\w*",
       r"caracteriel\w*", r"ingerable\w*", r"lunatique\w*", r"hysteri\w*", r"parano\w*",
       r"pas fiable\w*", r"peu fiable\w*", r"pas serieu\w*", r"peu serieu\w*",
       r"desinvolt\w*", r"negligent\w*", r"mal (?:habillee?s?|rasee?s?|coiffee?s?|elevee?s?|"
       r"lavee?s?|embouchee?s?|lunee?s?|polie?s?|fagotee?s?)", r"simplet\w*", r"benet\w*",
       r"pas (?:tres|bien|super|franchement|vraiment) (?:malin|maligne|fute|futee|"
       r"intelligente?|debrouillarde?|degourdie?|fin|fine|finaude?)", r"bete comme",
       r"sans gene", r"hypocrite\w*", r"sournois\w*", r"fourbe\w*", r"immature\w*",
       r"pueril\w*", r"capricieu\w*", r"tetue?s?", r"nonchalan\w*", r"egoiste\w*",
       r"irresponsable\w*", r"chiant\w*", r"lourdingue\w*", r"racaille\w*", r"voyou\w*",
       r"cassos", r"beaufs?", r"ploucs?", r"bouseu\w*", r"gogols?", r"moches?",
       r"colerique\w*", r"impulsi(?:f|fs|ve|ves|vite)", r"menacant\w*", r"odieu\w*",
       r"detestable\w*", r"antipathique\w*", r"desagreable\w*", r"incapable\w*",
       r"nullite\w*", r"minable\w*", r"pitoyable\w*", r"lamentable\w*", r"inutile\w*",
       r"feignasse\w*", r"ne veut pas (?:travailler|bosser|se bouger|faire d'effort\w*|"
       r"s'en sortir|chercher)", r"pas envie de (?:travailler|bosser|se bouger)",
       r"(?:s'en|se) (?:fiche|fout|foutait|fichait)", r"n'en a rien a (?:faire|foutre|cirer)",
       r"(?:hygiene|tenue|odeur|proprete) (?:douteuse|limite|deplorable|a revoir|"
       r"laisse a desirer|negligee|repoussante|inadaptee|corporelle)", r"sent (?:mauvais|fort|"
       r"la transpiration|la sueur)", r"pue\w*", r"crasseu\w*", r"puant\w*",
       r"hygiene corporelle",
       r"(?:pas|peu|aucunement|nullement|guere|absolument pas|jamais) (?:du tout |vraiment |"
       r"tres |assez |tellement |franchement |l'air |si |trop |suffisamment |reellement |"
       r"serieusement )?motive\w*",
       r"demotive\w*", r"amorphe\w*", r"apathique\w*", r"mollasson\w*",
       r"aucune (?:envie|implication|rigueur|volonte|ambition)",
       suggestion=SUGGESTIONS[C.jugement],
       sauf_phrase=r"\binutile de\b|\bil est inutile\b"),
    _r(C.jugement, r"violente?s?", r"sale", r"sales", r"betes?", r"nulle?s?",
       r"instables?", r"negligee?s?", r"limitee?s?", r"bornee?s?", r"butee?s?", r"mou",
       r"molle", r"fous?", r"folle?s?", r"cingle\w*", r"dingues?", r"taree?s?",
       r"timbree?s?", r"attarde\w*", r"lente?s?", r"con", r"conne", r"cons", r"connes",
       r"lourde?s?", r"bizarre\w*", r"louche\w*", r"grossie(?:r|re|rs|res)", r"grosse?",
       r"laide?s?", r"brute?s?", r"froide?s?", r"penible\w*",
       exige_avant=r"(?:est|etait|etes|es|semble|parait|reste|tres|trop|assez|plutot|un peu|"
       r"vraiment|completement|totalement|franchement|carrement|particulierement|"
       r"extremement|parfois|souvent|toujours|intellectuellement|emotionnellement|"
       r"a moitie|devenue?|s'est montree?|se montre|quelqu'un de|personne|un|une|cette|"
       r"sale|gros|grosse|bien|si|archi|super)",
       sauf_apres=r"(?:a|au|aux|en|dans|par|de|d'|du|des|pour|que|qu'|part|charge|lourd|"
       r"rire|envie|physiquement|le poste|le travail|ce poste|l'emploi)\b",
       sauf_phrase=r"\bcolis|charges?\b|poids|carton|materiel|machine|meuble|travail physique|"
       r"vent|temps|meteo|\bsalle|\bdouche|eau|lumiere|linge|vaisselle|bouteille|"
       r"\bbetes? (?:de somme|a cornes|d'elevage)|elevage|animaux|troupeau|traite",
       suggestion=SUGGESTIONS[C.jugement]),
    _r(C.jugement, r"ment", r"mentent", r"menti", r"mentait", r"ment (?:souvent|toujours|"
       r"beaucoup|comme)", exige_avant=r"(?:il|elle|qui|on|adherent|adherente|nous|me|m|"
       r"lui|leur|vous|a|souvent|toujours)", suggestion=S_MENSONGE),
    _r(C.jugement, r"assistee?s?", exige_avant=r"(?:un|une|des|vrai|vraie|eternel\w*|"
       r"mentalite d'|est|etes|comme un|comme une)",
       sauf_apres=r"(?:par|de|d'|a|au|aux|en|sociale?|medicale?|dans|pour|sur)\b"),
    _r(C.jugement, r"fumiste\w*", ambigu=True),
    # ------------------------------------------------------------------ style
    _r(C.style, r"il " + VERBES_PERSONNE, r"elle " + VERBES_PERSONNE,
       exige_avant=r"(?:^\W*|[:(\"]\s*|,\s*|\bet|\bmais|\bpuis|\bdonc|\bcar|\bensuite|"
       r"\balors|\bpourtant|\bcependant|\bpar contre|\bpar ailleurs|\bd'ailleurs|"
       r"\baujourd'hui|\bactuellement|\bdepuis|\bsinon|\bpuisqu'|\bparce qu'|\bquand|"
       r"\blorsqu'|\bsi|\bensuite)",
       suggestion=SUGGESTIONS[C.style]),
)
