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
- le **cadre professionnel** (`verificateur._cadre_professionnel`, pour toutes les
  catégories sensibles) fait taire un mot complément d'un mot de travail, d'employeur,
  de formation ou d'études (« agent d'entretien dans un centre de dialyse », « juriste
  en droit des étrangers ») et laisse parler « vous allez au centre de dialyse » ;
- `exige_avant`, `sauf_avant`, `exige_apres`, `sauf_apres`, `sauf_phrase`
  précisent le contexte d'un mot à plusieurs sens (« enceinte »,
  « soudure TIG », « prière de rappeler ») ; `condition` reçoit le contexte et
  la correspondance pour les cas qu'un motif ne dit pas (le genre du sujet et
  celui du partenaire, dans `familles`).

Les familles ajoutées pour généraliser (conjugaisons, adjectifs des noms,
locutions, argot) sont dans `familles`, écrites avec les formes de `flexions`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.redaction.flexions import verbe_er
from assistant.redaction.modele import Categorie
from assistant.redaction.normalisation import mots

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
    condition: Callable[[Contexte, int, int], bool] | None = None
    """Dernier contrôle, sur le texte normalisé et la correspondance `[debut, fin)`."""


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
    C.jugement: "jugement de valeur (la CNIL demande des écrits objectifs, "
    "jamais excessifs ni injurieux)",
    C.identifiant: "numéro d'identification",
    C.style: "l'adhérent est désigné à la troisième personne ou par son nom",
    C.coordonnees: "coordonnée ou donnée d'identité de l'adhérent",
    C.situation: "donnée sur la situation familiale ou les ressources de l'adhérent",
}

CONSEILS: dict[Categorie, str] = {
    C.sante: "écrivez le besoin (contrainte, aménagement, disponibilité), pas le diagnostic.",
    C.origine: "ne l'écrivez pas ; nommez seulement un besoin concret s'il existe (langue, "
    "démarches).",
    C.opinions_politiques: "ne l'écrivez pas ; gardez seulement la compétence utile au projet, "
    "s'il y en a une.",
    C.religion: "ne l'écrivez pas ; notez seulement une contrainte d'horaires si elle compte "
    "pour le poste.",
    C.syndicat: "ne l'écrivez pas ; gardez seulement l'expérience utile au projet.",
    C.vie_sexuelle: "ne l'écrivez pas : c'est sans rapport avec le projet professionnel.",
    C.genetique_biometrie: "ne l'écrivez pas : c'est sans rapport avec le projet professionnel.",
    C.judiciaire: "ne l'écrivez pas ; notez seulement la contrainte qui compte pour l'emploi "
    "(horaires, déplacements, métiers réglementés).",
    C.jugement: "l'adhérent peut tout lire : décrivez un fait daté et son effet plutôt qu'un "
    "qualificatif.",
    C.identifiant: "retirez-le : il n'a pas sa place dans une note et figure déjà dans le "
    "dossier administratif.",
    C.style: "écrivez « vous » ou « l'adhérent » : la personne peut demander à tout lire.",
    C.coordonnees: "sans consentement en vigueur, rien de personnel ne s'enregistre : "
    "retirez-la et notez seulement ce qui concerne la démarche (« coordonnées à recueillir "
    "après le consentement »).",
    C.situation: "sans consentement en vigueur, rien de personnel ne s'enregistre : "
    "retirez-la et notez seulement le besoin (« contraintes à prendre en compte »).",
}
"""Ce qu'il faut faire, à la fin de chaque explication."""

SENSIBLES = frozenset(
    {
        C.sante,
        C.origine,
        C.opinions_politiques,
        C.religion,
        C.syndicat,
        C.vie_sexuelle,
        C.genetique_biometrie,
        C.judiciaire,
    }
)
RAPPEL_SENSIBLE = (
    "Une donnée sensible n'a pas sa place dans un texte libre que l'adhérent peut lire "
    "et qui peut être transmis"
)

SUGGESTIONS: dict[Categorie, str] = {
    C.sante: "contraintes à prendre en compte dans le choix du poste",
    C.origine: "besoins éventuels à préciser (langue, démarches)",
    C.opinions_politiques: "engagement associatif",
    C.religion: "disponibilités à préciser (jours, horaires)",
    C.syndicat: "expérience de négociation et de représentation",
    C.vie_sexuelle: "situation personnelle",
    C.genetique_biometrie: "situation personnelle",
    C.judiciaire: "contraintes de disponibilité à prendre en compte",
    C.jugement: "fait observé à décrire (date, situation)",
    C.identifiant: "numéro consigné dans le dossier administratif",
    C.style: "l'adhérent",
    C.coordonnees: "coordonnées à recueillir après le consentement",
    C.situation: "contraintes personnelles à prendre en compte",
}
"""Reformulation par défaut : un texte prêt à remplacer le passage signalé."""

S_HOSPITALISATION = "indisponibilité temporaire ; reprise des démarches à convenir"
S_GROSSESSE = "disponibilité à organiser ; reprise des démarches à convenir"
S_ADDICTION = "démarches personnelles en cours"
S_HANDICAP = "aménagements de poste éventuels à étudier ensemble"
S_TRAITEMENT = "contraintes d'horaires à prendre en compte"
S_ARRET = "indisponibilité temporaire ; reprise des démarches à convenir"
S_PSY = "période difficile ; rythme de l'accompagnement adapté"
S_MOTIVATION = "projet encore à préciser"
S_EFFORT = "démarches convenues non réalisées"
S_COMPORTEMENT = "échange difficile ; cadre de l'accompagnement rappelé"
S_MENSONGE = "informations à vérifier ensemble"
S_TENUE = "présentation à préparer pour les entretiens d'embauche"
S_COMPRENDRE = "consignes à reformuler par écrit"

SUGGESTIONS_PAR_MOT: tuple[tuple[Categorie, str, str], ...] = (
    (
        C.judiciaire,
        r"bracelet|surveillance|controle judiciaire|semi liberte|conditionnelle|"
        r"placement exterieur|sursis|probation|epreuve|\btig\b|interet general|a domicile|ddse|"
        r"amenagement",
        "contraintes d'horaires et de déplacements à prendre en compte",
    ),
    (
        C.judiciaire,
        r"casier|antecedent|passe judiciaire|fiche",
        "métiers réglementés à vérifier ensemble",
    ),
    (
        C.judiciaire,
        r"permis|vitesse|conduite|points",
        "pas de permis de conduire utilisable actuellement",
    ),
    (
        C.judiciaire,
        r"spip|cpip|\bjap\b|juge|ppsmj|main de justice",
        "accompagnement par un autre organisme en cours",
    ),
    (
        C.judiciaire,
        r"prison|incarcer|detention|detenu|arret|taul|ecrou|emprisonn|centrale|"
        r"carceral|penitentiaire|peine|sortant|zonzon|retention",
        "période d'indisponibilité ; parcours à reprendre à partir de …",
    ),
    (
        C.judiciaire,
        r"plainte|victime|violence|agress|harcel",
        "situation personnelle difficile ; soutien proposé",
    ),
    (
        C.judiciaire,
        r"tribunal|audience|proces|comparu|convoc|avocat|garde|gav|commissariat|"
        r"police|gendarm|interpell|examen",
        "indisponibilité ponctuelle (rendez-vous extérieur)",
    ),
    (
        C.jugement,
        r"faineant|feignant|feneant|feignass|paress|flemm|gland|effort|minimum|"
        r"bouge|flanc|branl|foutiste|rien|semblant|fiche|fout",
        S_EFFORT,
    ),
    (C.jugement, r"ment|mensong|mytho|affabul|foi|hypocrite|sournois|fourbe|manipul", S_MENSONGE),
    (
        C.jugement,
        r"motiv|volonte|ambition|implication|amorphe|apathique|nonchalan|desinvolt|"
        r"mollasson|mou\b|molle|envie|interesse",
        S_MOTIVATION,
    ),
    (
        C.jugement,
        r"agress|violent|arrogan|insolen|impoli|malpoli|caracter|coleri|impulsi|"
        r"menacant|irrespect|hautain|vulgaire|grossie|ingerable|odieu|inadmissible|"
        r"inacceptable|intolerable|lunatique|hysteri|instable|froid|lourd|chiant|penible",
        S_COMPORTEMENT,
    ),
    (
        C.jugement,
        r"bete|idiot|debile|stupide|cretin|imbecile|limite|lent|nul|incapable|"
        r"simplet|benet|malin|fute|intelligent|attarde|borne|bute|abruti|gogol",
        S_COMPRENDRE,
    ),
    (
        C.jugement,
        r"sale|hygiene|tenue|odeur|sent|pue|puant|crass|neglige|habille|rase|"
        r"coiffe|proprete|moche|laid|gros",
        S_TENUE,
    ),
)
"""Reformulations propres à une famille de mots (cherchées dans le passage normalisé)."""

# ---------------------------------------------------------------------------
# Contexte professionnel et contexte personnel (règles ambiguës)
# ---------------------------------------------------------------------------

RADICAUX_METIER = (
    "secteur",
    "domaine",
    "milieu",
    "filiere",
    "metier",
    "profession",
    "poste",
    "emploi",
    "job",
    "boulot",
    "travail",
    "bosse",
    "bosser",
    "formation",
    "former",
    "formateur",
    "formatrice",
    "stage",
    "stagiaire",
    "immersion",
    "pmsmp",
    "alternan",
    "apprenti",
    "candidat",
    "postul",
    "recrut",
    "embauch",
    "interim",
    "mission",
    "vacation",
    "concours",
    "diplom",
    "titre",
    "certification",
    "qualification",
    "agent",
    "aide",
    "assistant",
    "secretaire",
    "employe",
    "technicien",
    "educat",
    "accompagnant",
    "animat",
    "auxiliaire",
    "brancard",
    "infirmi",
    "surveillan",
    "conseiller",
    "greffi",
    "gardien",
    "cuisin",
    "commis",
    "plong",
    "menage",
    "entretien",
    "nettoyage",
    "proprete",
    "accueil",
    "hotesse",
    "standardist",
    "chauffeur",
    "ambulanc",
    "vendeu",
    "magasin",
    "cariste",
    "manutention",
    "logisti",
    "restauration",
    "lingerie",
    "blanchisserie",
    "maintenance",
    "projet",
    "devenir",
    "deviendr",
    "vise",
    "viser",
    "interess",
    "attir",
    "passion",
    "experience",
    "ancien",
    "offre",
    "annonce",
    "fiche",
    "lettre",
    "entreprise",
    "employeur",
    "structure",
    "etablissement",
    "association",
    "aupres",
    "personnes",
    "public",
    "usager",
    "resident",
    "beneficiaire",
    "patient",
    "eleve",
    "reconversion",
    "carriere",
    "benevol",
    "volontari",
    "recherche",
    "cherche",
    "salarie",
    "intervenant",
    "educ",
    "moniteur",
    "juriste",
    "militaire",
    "pompier",
    "securite",
    "comptab",
    "commerci",
    "caissi",
    "magasini",
    "surveillance",
    "prestataire",
    "sous traitan",
    "fournisseur",
    "client",
    "partenaire",
)
MOTS_METIER = frozenset(
    {
        "cdi",
        "cdd",
        "cap",
        "bep",
        "bac",
        "bts",
        "dut",
        "but",
        "deas",
        "deaes",
        "ash",
        "aesh",
        "rome",
        "cv",
        "job",
        "amp",
        "aes",
        "asv",
        "ide",
        "as",
        "ap",
        "rh",
        "drh",
        "grh",
    }
)
POSSESSIFS = frozenset(
    {
        "son",
        "sa",
        "ses",
        "votre",
        "vos",
        "mon",
        "ma",
        "mes",
        "leur",
        "leurs",
        "notre",
        "nos",
    }
)
COPULES = frozenset(
    {
        "est",
        "etait",
        "sera",
        "soit",
        "sont",
        "etre",
        "reste",
        "restee",
        "va",
        "vont",
        "passe",
        "passee",
        "ete",
    }
)
"""Verbes d'état : personnels seulement si rien ne dit « métier » plus loin."""
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
    _PRONOMS + r"(?:a (?:(?:deja|bien|pu|su|enfin|toujours|jamais|beaucoup|notamment|egalement|"
    r"aussi|pas|plus|rien|encore|tout|vite|rapidement|ensuite|finalement|recemment) )*"
    + _PARTICIPES
    + r"|avait (?:\w+ )?"
    + _PARTICIPES
    + r"|(?:est|etait|sera|serait|semble|parait|reste|demeure) (?:(?:tres|bien|deja|"
    r"toujours|actuellement|aujourd'hui|maintenant|encore|pas|plus|desormais|vraiment|"
    r"assez|plutot|peu|un peu|si|trop|moins|souvent|parfois|de nouveau) )*"
    + _ATTRIBUTS
    + r"|(?:s'est|s'etait|se sont|s est) (?:(?:bien|mal|tres|vite|deja|finalement|"
    r"rapidement|beaucoup|peu) )?"
    + _PARTICIPES_PRONOMINAUX
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
PEUPLES = (
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


_SUJETS = (
    r"(?:est|etait|etes|es|suis|semble|parait|reste|tres|trop|assez|plutot|un peu|vraiment|"
    r"completement|totalement|franchement|carrement|particulierement|extremement|parfois|"
    r"souvent|toujours|a moitie|devenue?|s'est montree?|se montre|quelqu'un de|"
    r"personne|si|archi|super|bien)"
)

INSTITUTIONS = (
    r"\b(?:ecoles?|lycees?|colleges?|etablissements?|institutions?|associations?|secours|"
    r"fondations?|instituts?|universites?|facultes?|hopitaux|hopital|cliniques?|"
    r"enseignement|dioceses?|structures?|ong|organismes?|radios?|journa(?:l|ux)|"
    r"mouvements?|oeuvres?|sociologie|histoire|sciences?|etudes?|anthropologie|"
    r"philosophie|theologie|masters?|licences?|cours|professeu\w*|prof|enseignant\w*|"
    r"specialiste\w*|chercheu\w*|musees?|patrimoine|edifices?|art|architecture|fait|"
    r"librairie\w*|editions?|maison d'edition|magasin\w*|boutique\w*|boucherie\w*|"
    r"epicerie\w*|restaurants?|cantine\w*|traiteur\w*|cimetiere\w*|pompes funebres|"
    r"scoutisme|scouts?)\b"
    r"(?:\s*(?:prive\w*|public\w*|sous contrat|scolaires?|confessionnel\w*|"
    r"d'enseignement|secondaires?|superieure?s?|d'|de|des|du|en|sur|l'|la|le|les|et|ou|"
    r"comparee?s?|grandes?|autres?|\d+)(?![a-z]))*\s*$"
)
"""Un mot religieux qui qualifie une institution, un employeur ou un objet d'étude
(« Secours catholique », « école privée catholique », « sociologie des religions »)."""


SCIENCE_AVANT = (
    r"\b(?:labo\w*|laboratoire\w*|technicien\w*|ingenieu\w*|chercheu\w*|biolog\w*|licence|"
    r"master|doctorat|these|universit\w*|etudes|cours|lecteurs?|equipements?|materiels?|"
    r"systemes?|appareils?|maintenance|install\w*|logiciels?|developp\w*|solutions?|"
    r"bio ?informati\w*|sequenceu\w*|plateformes?|capteurs?|scanners?|terminaux|terminal|"
    r"bornes?|technologies?|dispositifs?|modules?|specialite|specialisee?|poste|emploi|stage|"
    r"formation|secteur|domaine|fabricant\w*|industrie\w*|conseil\w*|medecine|"
    r"recherche|badges?|badgeuses?|pointeuses?|portiques?|tourniquets?|serrures?|"
    r"controles? d'acces|acces|portes?|coffres?|cartes?|telephones?|smartphones?|"
    r"tablettes?|ordinateurs?|cameras?|videosurveillance|capteur\w*|biotechnolog\w*|"
    r"moleculaire\w*|cellulaire\w*|bts|dut|but|bac|options?|mentions?|parcours|"
    r"majeure|mineure|matieres?|bioanaly\w*|agents?|operat\w*|controleu\w*|"
    r"responsable\w*|chargee?s?|referent\w*|specialiste\w*|experte?s?|"
    r"charge de (?:mission|projet))(?:[\s,;:]+[\w']+){0,3}\s*$"
)
SCIENCE_APRES = (
    r"(?:[\w']+ ){0,3}?(?:(?:en|au|dans (?:un|le|les|des)|d'un|du|des) "
    r"(?:laboratoire\w*|labos?) (?:de recherche|universitaire\w*|de biologie moleculaire|"
    r"de biotechnolog\w*|pharmaceutique\w*|de genetique (?:vegetale|animale|bacterienne))|"
    r"(?:pour|en) (?:la )?recherche (?:medicale|scientifique|fondamentale|appliquee|"
    r"agronomique|publique|universitaire)|(?:d'|de |des )(?:bacteries?|bacterien\w*|"
    r"virus|viral\w*|plantes?|vegeta\w*|animaux|animal\w*|bovin\w*|ovin\w*|porcin\w*|"
    r"equin\w*|canin\w*|souris|levures?|cellules?|echantillons?|semences?)|"
    r"(?:bacterien\w*|vira(?:l|le|les|ux)|vegeta(?:l|le|les|ux)|anima(?:l|le|les|ux)|"
    r"environnementa\w*)(?![a-z]))"
)
"""Un terme génétique ou biométrique qui nomme un métier, des études ou un équipement
(« laboratoire d'analyses génétiques », « master, spécialité génétique », « lecteurs
biométriques ») et non une donnée de la personne."""

_REPRISES = {
    "S_COMPRENDRE": S_COMPRENDRE,
    "S_EFFORT": S_EFFORT,
    "S_PSY": S_PSY,
    "S_HOSPITALISATION": S_HOSPITALISATION,
}


# Un lieu où la personne séjourne, est soignée ou détenue : « vous sortez du centre
# pénitentiaire », « hospitalisée au centre hospitalier » ne sont pas des métiers.
_SEJOUR_AVANT = (
    r"(?:sort\w*|sorti\w*|incarcer\w*|detenue?s?|enferme\w*|transfere\w*|liberee?s?|"
    r"hospitalise\w*|internee?s?|admise?s?|soignee?s?|suivie?s?|accueillie?s?|hebergee?s?|"
    r"placee?s?|passe \w+ (?:mois|ans|annees|semaines|jours)|sejourne\w*|etes|etiez|"
    r"restez|restee?s?|vivez|vit|residez|reside)(?: \w+)? (?:au|aux|du|des|en|dans|a)"
    r"(?: (?:un|une|le|la|l'|les))?"
)
_LIAISON_DOMAINE = r" (?:(?:du|de la|de l'|des|d'|de|en|dans le|dans la|sanitaire et|medico) )*"
_DOMAINES_DE_SEJOUR = (
    r"sante|medical\w*|medico social\w*|medico sociaux|paramedical\w*|handicap|hospitali\w*|"
    r"penitentiaire\w*|carceral\w*|soins?|psychiatri\w*|addictologie|sanitaire\w*|"
    r"hopitaux|hopital|clinique\w*"
)
"""Les domaines d'un lieu où l'on peut travailler comme séjourner (soins, détention)."""
_LIEUX_DE_SEJOUR = _r(
    None,
    r"(?:etablissements?|structures?|centres?|services?|institutions?|pole)"
    + _LIAISON_DOMAINE
    + r"(?:"
    + _DOMAINES_DE_SEJOUR
    + r")",
    sauf_avant=_SEJOUR_AVANT,
)

_NEUTRES = _r(
    None,
    # Métiers, secteurs et institutions : des projets et des compétences.
    r"(?:secteur|domaine|milieu|monde|champ|filiere|metiers?|professions?|professionnel\w*|"
    r"formations?|carrieres?|emplois?|postes?|offres?|"
    r"agents?|personnels?|services?|institutions?|acteurs?|pole|branche|reseau|organismes?|"
    r"ecoles?|instituts?|cadre|equipes?|employes?|salaries?|travailleurs? sociaux|"
    r"concours|diplomes?|titres?|cursus|etudes?)"
    + _LIAISON_DOMAINE
    + r"(?:"
    + _DOMAINES_DE_SEJOUR
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

_EXTRAIT_CASIER = _r(
    None,
    r"extraits? (?:de |du )?casier judiciaire(?: (?:n ?o ?3|b3|bulletin n ?o? ?3))?",
    exige_avant=r"(?:demande\w*|fournir|fourni\w*|exige\w*|requis\w*|obtenir|commander|"
    r"demander|un|l'|d'un|le poste|l'employeur|necessite|necessaire|joindre|presenter)",
    sauf_apres=r"(?:n'est pas vierge|non vierge|charge|portant|mentionn|avec)",
)

_EXTRAIT_CASIER_EXIGE = _r(
    None,
    r"extraits? (?:de |du )?casier judiciaire(?: (?:n ?o ?3|b3|bulletin n ?o? ?3))?",
    exige_apres=r"(?:a fournir|a demander|demande|exige|requis|necessaire|obligatoire|"
    r"pour (?:le|ce|un) (?:poste|emploi|metier|concours|recrutement|dossier))",
)

# Les spécialités médicales et les lieux de justice qu'un métier peut prendre pour
# cadre. Un tel lieu nommé comme lieu de travail (« agent d'entretien dans un centre de
# dialyse ») est reconnu par le cadre professionnel général (`verificateur`).
SPECIALITES = (
    r"(?:l'|la |le |les )?(?:(?:hemo)?dialyse\w*|oncolog\w*|cancerolog\w*|radiotherap\w*|"
    r"chimiotherap\w*|chimio|imagerie\w*|(?:electro ?)?radiolog\w*|psychiatri\w*|"
    r"pedopsychiatri\w*|addictolog\w*|alcoolog\w*|geriatri\w*|gerontolog\w*|"
    r"cardiolog\w*|neurolog\w*|pneumolog\w*|nephrolog\w*|hematolog\w*|urolog\w*|"
    r"gastro ?enterolog\w*|endocrinolog\w*|rhumatolog\w*|dermatolog\w*|ophtalmolog\w*|"
    r"pediatri\w*|maternite\w*|obstetri\w*|gynecolog\w*|reeducation|readaptation|"
    r"reanimation|soins palliatifs|soins intensifs|soins de suite\w*|"
    r"sante mentale|medecine\w*(?: \w+)?|chirurgie\w*(?: \w+)?|urgences|transfusion\w*|"
    r"desintox\w*|sevrage|detention|retention|semi liberte|alzheimer|neonatolog\w*|"
    r"orthopedi\w*|traumatolog\w*|anesthesi\w*|infectiolog\w*|allergolog\w*|orl|"
    r"stomatolog\w*|virolog\w*|soins de longue duree|soins a domicile|hopital de jour|"
    r"ssr|usld|smur)"
)

# Le droit pénal comme matière d'études, spécialité ou module de formation :
# « master de droit pénal des affaires », « juriste en droit pénal », « module code
# pénal » (formation d'agent de sécurité). Une mise en cause de la personne
# (« condamné au pénal », « poursuivi au titre du code pénal », « une procédure
# pénale en cours contre vous ») reste signalée.
MISE_EN_CAUSE = (
    r"\b(?:condamn\w*|poursui\w*|infraction\w*|enfrein\w*|viol\w*|contrevenu\w*|"
    r"sanctionn\w*|puni\w*|inculp\w*|mise? en (?:cause|examen)|prevenu\w*|accuse\w*|"
    r"relev\w*|tomb\w*|articles?|art|casier|plainte\w*|contre (?:vous|lui|elle))"
    r"(?:\W+\w+){0,5}\W*"
)
ETUDES_OU_METIER = (
    r"\b(?:formation\w*|form\w*|master\w*|licence\w*|doctorat\w*|these|dut|but|bts|"
    r"capacite en droit|cours|module\w*|notions?|etudi\w*|etude\w*|diplom\w*|specialis\w*|"
    r"specialite\w*|option|stage\w*|stagiaire\w*|alternan\w*|juriste\w*|avocat\w*|"
    r"assistant\w*|greffi\w*|magistrat\w*|enseign\w*|professeu\w*|universit\w*|fac|"
    r"faculte\w*|ecole\w*|institut\w*|cabinet\w*|service\w*|poste\w*|emploi\w*|metier\w*|"
    r"experience\w*|competence\w*|concours|examen\w*|carte pro\w*|cnaps|cqp|agent\w*|"
    r"securite|surete|juridique\w*|droit)\b.*"
)
_DROIT_PENAL = _r(
    None,
    r"droits? penal\w*",
    r"droit (?:et|&) (?:de la )?procedure penale\w*",
    r"sciences? criminelle\w*",
    r"penaliste\w*",
    sauf_avant=MISE_EN_CAUSE,
)
_MATIERE_PENALE = _r(
    None,
    r"(?:codes?|procedures?|contentieux|matieres?|chambres?|poles?|sections?|"
    r"specialite\w*|specialisee?s? en|en|du) penal\w*",
    exige_avant=ETUDES_OU_METIER,
    sauf_avant=MISE_EN_CAUSE,
)

# « Par vos soins » et les autres locutions où le soin n'est pas médical.
_SOIN_LOCUTIONS = _r(
    None,
    r"(?:par|a|aux|de|pour) (?:vos|nos|ses|leurs|mes|tes|les|ces) (?:bons |propres )?soins",
    r"(?:aux|a nos|a vos) bons soins",
    r"(?:prendre|prend|prends|prenez|prenons|prennent|pris|prise|prises|prenait|prenant|"
    r"prendra\w*|prendr\w*|prenne\w*) (?:grand |bien |un grand |tout |le plus grand )?soin",
    r"avec (?:grand |beaucoup de |le plus grand |un grand |tout le |soin)?soin",
    r"soin (?:du detail|des details|apporte\w* a|minutieux)",
)

# Un mot de jugement qui est aussi un titre de métier : « manipulateur radio »,
# « manipulatrice en électroradiologie », « manipulateur d'engins ».
_TITRES_DE_METIER = _r(
    None,
    r"manipulat\w* (?:(?:en|de|du|des|d'|d'un|d'une) ?(?:l'|la |le )?)?(?:radio\w*|"
    r"(?:electro ?)?radiolog\w*|imagerie\w*|medica\w*|erm|meem|dts|irm|scanner\w*|"
    r"radiotherap\w*|medecine nucleaire|engins?|laboratoire\w*|labo\w*|machines?|"
    r"production|cinema|fonds|instruments?|produits?|charges?|materiel\w*|echantillons?)",
    r"manips? radio\w*",
)
CADRE_METIER = (
    r"\b(?:postes?|emplois?|metiers?|offres?|stages?|formations?|diplom\w*|ecoles?|concours|"
    r"comme|en tant qu|devenir|deviendr\w*|cdi|cdd|missions?|candidatures?|profession\w*|"
    r"titre\w*|fiche\w*|contrat\w*|interim\w*|vacation\w*|recrut\w*|embauch\w*)"
    r"(?: (?:de|d'|du|que|qu'|comme|en tant que|un|une))*\W*"
)


# Les mots de personne qui servent de contexte de métier aux règles ambiguës
# (« auprès de patients »), mais qui, juste avant une spécialité, désignent la
# personne soignée : « ancien patient en psychiatrie ».
_PERSONNES_SOIGNEES = (
    "patient",
    "ancien",
    "usager",
    "resident",
    "beneficiaire",
    "personnes",
    "public",
    "eleve",
    "recherche",
    "cherche",
)


def _metier_juste_avant(ctx: Contexte, debut: int, _fin: int) -> bool:
    """Vrai si le mot significatif le plus proche avant `debut` nomme un métier, un stage,
    une formation ou un poste (« infirmière en addictologie », « stage en cancérologie »),
    faux s'il désigne la personne (« vous êtes en psychiatrie », « suivi en
    addictologie », « son service de cancérologie ») ou s'il n'y a aucun indice."""
    avant = mots(ctx.norme[ctx.debut_phrase(debut) : debut])[-8:]
    for rang, mot in enumerate(reversed(avant)):
        if (rang == 0 and mot in POSSESSIFS) or mot in VERBES_PERSONNELS:
            return False
        if mot.startswith(_PERSONNES_SOIGNEES):
            return False
        if mot in MOTS_METIER or mot.startswith(RADICAUX_METIER):
            return True
    return False


# Une spécialité médicale nommée comme cadre d'un métier, d'un stage, d'une formation
# ou d'un poste : « infirmière en addictologie », « stage en cancérologie »,
# « formation aux soins palliatifs », « ASH en soins de suite ». Sans métier juste
# avant (« vous êtes en psychiatrie », « suivi en addictologie »), rien n'est masqué.
_SPECIALITE_DU_METIER = _r(
    None,
    r"(?:en|aux|au|a la|a l'|de la|de l'|de|d'|du|des|dans le service d'|dans le service de|"
    r"dans l'unite de|dans l'unite d'|au service d'|au service de|au pole d'|au pole de) "
    + SPECIALITES,
    condition=_metier_juste_avant,
)

# Des biens manipulés au travail : vendus, livrés, fabriqués, conditionnés, stockés
# (« livrer des médicaments », « commercial en dispositifs médicaux », « vendre des
# prothèses auditives »). Le même objet rapporté à la personne (« vous prenez des
# médicaments », « votre prothèse auditive ») reste signalé.
COMMERCE_AVANT = (
    r"\b(?:vend\w*|vente\w*|revend\w*|commerc\w*|livr\w*|fabri\w*|distribu\w*|"
    r"grossiste\w*|repartit\w*|conditionn\w*|emball\w*|logisti\w*|stock\w*|magasin\w*|"
    r"boutique\w*|rayon\w*|usine\w*|industri\w*|production|produi\w*|laboratoire\w*|"
    r"labos?|fournisseu\w*|import\w*|export\w*|negoc\w*|transport\w*|achat\w*|"
    r"approvisionn\w*|entrepot\w*|preparat\w*|catalogue\w*|install\w*|maintenance|"
    r"depann\w*|repar\w*|cariste\w*|manutent\w*|commande\w*|assembl\w*|montage|"
    r"location|representant\w*|delegue\w*|visiteu\w*|clients?|clientele|secteur|"
    r"marche|marques?|enseigne\w*|fabricant\w*|societe\w*|entreprise\w*|chez)"
    r"(?:\s+[\w']+){0,5}\s*$"
)
PERSONNEL_AVANT = (
    r"\b(?:prend\w*|pren\w*|pris|prise|sous|votre|vos|son|sa|ses|mon|ma|mes|leur|leurs|"
    r"porte\w*|besoin|avale\w*|traite\w*|prescri\w*|ordonnance\w*|oubli\w*|dose\w*|"
    r"equipee?|appareillee?|dependan\w*|abus\w*)(?:\s+[\w']+){0,2}\s*$"
)
_BIENS_MEDICAUX = _r(
    None,
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
    exige_avant=COMMERCE_AVANT,
    sauf_avant=PERSONNEL_AVANT,
)

# Le vocabulaire syndical qui nomme un employeur : « assistante de direction dans une
# fédération syndicale », « comptable au siège de la CFDT ». L'adhésion ou le
# militantisme (« vous êtes adhérent d'une fédération syndicale ») reste signalé.
_SYNDICATS = r"(?:cgt|cfdt|cftc|cfe cgc|fo|force ouvriere|unsa|fsu|solidaires|sud \w+|cnt)"
_EMPLOYEUR_SYNDICAL = _r(
    None,
    r"(?:federations?|confederations?|unions?|organisations?|centrales?|chambres?) "
    r"(?:\w+ )?syndica\w*",
    r"(?:siege|sieges|locaux|bureaux|services?|permanences?|comptabilite|secretariat|"
    r"accueil|standard|imprimerie|journal|revue|centre de formation|institut|federations?|"
    r"confederations?|unions? (?:locales?|departementales?|regionales?)) "
    r"(?:(?:national|nationale|confederal|confederale|departemental|departementale|"
    r"regional|regionale|juridique|social|sociale) )?(?:de la |du |de l'|d'une |d'un |"
    r"des |de )?" + _SYNDICATS,
    r"unions? (?:locales?|departementales?|regionales?)",
    condition=_metier_juste_avant,
)

# Les mots de santé au sens figuré : une entreprise, un secteur, une économie
# « malade », « en convalescence », « à l'agonie », « sous perfusion ».
_ORGANISMES = (
    r"(?:entreprises?|societes?|secteurs?|economies?|marches?|filieres?|industries?|"
    r"commerces?|boites?|usines?|magasins?|branches?|agences?|enseignes?|groupes?|"
    r"activites?|pays|regions?|villes?|quartiers?|systemes?|boutiques?|restaurants?|"
    r"hotels?|chantiers?|btp|batiment|immobilier|agriculture|presse|tourisme|automobile|"
    r"hotellerie|restauration|commerce|emploi|bourse|monnaie|carnets? de commandes?|"
    r"associations?|structures?|services? publics?|compagnies?|banques?|ateliers?)"
)
_FIGURES = _r(
    None,
    _ORGANISMES + r" (?:(?:du|de la|de l'|des|de|d') ?)?(?:\w+ )?(?:(?:est|etait|sont|etaient|"
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

REGLES: tuple[Regle, ...] = (
    _NEUTRES,
    _LIEUX_DE_SEJOUR,
    _SPECIALITE_DU_METIER,
    _BIENS_MEDICAUX,
    _EMPLOYEUR_SYNDICAL,
    _FIGURES,
    _EXTRAIT_CASIER,
    _EXTRAIT_CASIER_EXIGE,
    _DROIT_PENAL,
    _MATIERE_PENALE,
    _SOIN_LOCUTIONS,
    _TITRES_DE_METIER,
    _r(
        C.jugement,
        r"manipulat(?:eur|eurs|rice|rices)",
        sauf_avant=CADRE_METIER,
        suggestion=S_MENSONGE,
    ),
    # ------------------------------------------------------------------ santé
    _r(
        C.sante,
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
        quoi="un diagnostic ou un état de santé",
    ),
    # Le sommeil : « vous faites de l'insomnie », « vous dormez très mal ».
    _r(
        C.sante,
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
        quoi="un trouble du sommeil",
        suggestion=S_TRAITEMENT,
    ),
    _r(
        C.sante,
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
        quoi="un handicap",
        suggestion=S_HANDICAP,
    ),
    _r(
        C.sante,
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
        quoi="la santé psychique",
        suggestion=S_PSY,
    ),
    _r(
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
        quoi="une addiction",
        suggestion=S_ADDICTION,
    ),
    _r(
        C.sante,
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
        quoi="une hospitalisation ou des soins",
        suggestion=S_HOSPITALISATION,
    ),
    _r(
        C.sante,
        r"arrets? (?:maladie|de travail|medica\w*)",
        r"arretee? (?:par (?:son|le) medecin|pour (?:maladie|raison))",
        r"mi temps therapeutique",
        r"temps partiel therapeutique",
        quoi="un arrêt de travail",
        suggestion=S_ARRET,
    ),
    _r(
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
    _r(
        C.sante,
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
        quoi="un traitement",
        suggestion=S_TRAITEMENT,
    ),
    _r(
        C.sante,
        r"enceintes?",
        sauf_avant=r"(?:une|des|les|cette|ces|mon|son|ma|sa|nouvelle|petite|grande|haute|"
        r"deux|l'|la|rayon|vente d'|vendre des|installer des|pose d'|montage d')",
        sauf_apres=r"(?:/|et |ou )?(?:hifi|hi fi|audio|bluetooth|connectees?|amplis?|"
        r"platines?|televiseurs?|tv|son)\b",
        suggestion=S_GROSSESSE,
    ),
    _r(
        C.sante,
        r"en arret",
        exige_avant=r"(?:est|etes|suis|etait|etais|mise?|reste|restee|"
        r"actuellement|toujours|encore|depuis|vous|il|elle|serez|sera)",
        sauf_apres=r"(?:de bus|devant|sur)",
        suggestion=S_ARRET,
    ),
    _r(
        C.sante,
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
        ambigu=True,
        quoi="santé",
        sauf_apres=r"(?:de l'entreprise|financiere|et securite au travail|esthetique\w*|"
        r"du visage|du corps|capillaires?|de beaute|des animaux|aux animaux|infirmiers|"
        r"palliatifs|des ongles|des pieds|de la peau|veterinaire\w*)",
    ),
    _r(
        C.sante,
        r"traitement\w*",
        exige_avant=r"(?:sous|son|sa|ses|votre|vos|mon|ma|mes|leur|un|gros|lourd|nouveau|"
        r"changement de|suit un|suivez un|prend un|prenez un)",
        sauf_apres=r"(?:de (?:texte|donnees|la demande|dossier|l'information|surface)|"
        r"des (?:donnees|dossiers|demandes|commandes))",
        suggestion=S_TRAITEMENT,
    ),
    _r(
        C.sante,
        r"traitements? (?:medica\w*|lourds?|medicamenteu\w*|de substitution|"
        r"antidepresseurs?|hormona\w*|contre|pour (?:son|sa|ses|le|la) |psychiatrique\w*|"
        r"de fond|quotidien)",
        suggestion=S_TRAITEMENT,
    ),
    _r(
        C.sante,
        r"ts",
        exige_avant=r"(?:une|des|sa|fait|faire|tentative|suite a|apres|"
        r"apres une|suite a une|plusieurs)",
        suggestion=S_PSY,
    ),
    _r(
        C.sante,
        r"suivie?s? (?:psy\w*|medica\w*|therapeut\w*|en cmp\w*|par un psy\w*|"
        r"en addicto\w*|par le csapa|en psychiatrie|par un psychiatre|par une psychiatre|"
        r"par (?:son|un|une) medecin|a l'hopital|par l'hopital)",
        suggestion=S_PSY,
    ),
    _r(
        C.sante,
        r"fum\w* (?:des |un |du |beaucoup de |quelques )?(?:joints?|petards?|shit|"
        r"beuh|herbe)",
        r"joints?",
        exige_avant=r"(?:fume\w*|fumer|des|quelques|un|son)",
        sauf_phrase=r"carrel|plomb|etanch|menuis|silicone|mecani|peintu|faience|placo|"
        r"culasse|robinet",
        suggestion=S_ADDICTION,
    ),
    # ------------------------------------------------------------------ origine
    _r(
        C.origine,
        r"origines?",
        exige_avant=r"(?:d'|de|ses|son|sa|leurs?|mes|vos|votre|tes|ton|ta|par ses|des|ces)",
        sauf_apres=r"(?::|de la demande|du (?:projet|besoin|retard|probleme)|controlee)",
        suggestion=SUGGESTIONS[C.origine],
    ),
    _r(
        C.origine,
        r"originaires? (?:du |de |d'|des )?(?:la |l')?" + _PAYS,
        r"nee?s? (?:au|en|a|aux) " + _PAYS,
        r"nee?s? (?:a l'etranger|hors de france)",
        r"arrivee?s? (?:du|de|d'|des) ?" + _PAYS,
        r"(?:de |d'une )?nationalites? (?:" + PEUPLES + r"|etrangere|hors ue|extra \w+)",
        r"(?:d'origine|d'origines|de nationalite|de nationalites) etrangere\w*",
        r"(?:d'|de par (?:ses|son|sa|leurs?) |ses |son |sa |des |aux )?origines? "
        r"(?:\w+ )?(?:" + PEUPLES + r"|etrangere\w*|immigree\w*)",
        suggestion=SUGGESTIONS[C.origine],
    ),
    _r(
        C.origine,
        PEUPLES,
        exige_avant=r"(?:" + _MARQUEURS_ORIGINE + r"|d'origine|de type|un|une|des|les|"
        r"cette|ce|femme|homme|personne|jeune|fille|garcon|gars|mec|nana|monsieur|madame|"
        r"couple|est|etes|suis|etait|famille|communaute|issue?s? de|parents?|pere|mere|"
        r"racines?|culture|peau|d'ascendance|vrai|vraie|typiquement|d'|pas d')",
        sauf_apres=r"(?:de (?:france|l'emploi|la region)|d'oeuf|de la boite|de l'arabe|"
        r"litteraire|dialectal)",
        sauf_avant=r"(?:parle\w*|langue\w*|cours|cuisine\w*|restaurant\w*|marche\w*|"
        r"produit\w*|vin\w*|tenue\w*|vetement\w*|tableau|ecran|fond|voiture|vehicule|"
        r"bac|bts|licence|master|diplome|entreprise|societe|groupe|client\w*|fournisseur\w*|"
        r"marque|usine|filiale|chiffre\w*|alphabet|clavier|en|professeur|prof|enseignant\w*|"
        r"traduct\w*|interpret\w*|notions?|bases?|niveau|cours|lecon\w*|apprentissage|"
        r"formation|tradition\w*)\s+(?:\w+\s+)?(?:d'|de\s+)?",
        suggestion=SUGGESTIONS[C.origine],
    ),
    _r(
        C.origine,
        r"noire?s?",
        r"blanc(?:he)?s?",
        r"metis(?:se)?s?",
        r"blacks?",
        r"bridee?s?",
        exige_avant=r"(?:femme|homme|personne|jeune|fille|garcon|gars|mec|nana|type|peau|est|"
        r"etes|etait|communaute|origine|un|une|monsieur|madame|client|cliente|les noirs et "
        r"les)",
        sauf_apres=r"(?:et (?:blanc|noir|blanche|noire)|de monde|comme|sur|d'oeuf|en neige|"
        r"ou)",
        sauf_phrase=r"tenue|pantalon|chemise|vetement|ecran|tableau|voiture|page|feuille|"
        r"liste|nuit|vin|pain|chocolat|carte|marche noir|travail au noir|yeux bride",
        suggestion=SUGGESTIONS[C.origine],
    ),
    _r(
        C.origine,
        r"maghrebin\w*",
        r"nord africain\w*",
        r"subsaharien\w*",
        r"rebeus?",
        r"beurs?",
        r"beurettes?",
        r"renois?",
        r"noichs?",
        r"bougnoul\w*",
        r"negres?",
        r"negresses?",
        r"bamboula\w*",
        r"ethni\w*",
        r"raciale?s?",
        r"raciaux",
        r"racises?",
        r"racisees?",
        r"couleur de peau",
        r"couleur de sa peau",
        r"peau (?:noire|blanche|foncee|claire|mate|brune|noir|mat)",
        r"issue?s? de (?:l'immigration|parents immigre\w*|la diversite)",
        r"immigree?s?",
        r"gens du voyage",
        r"gitan\w*",
        r"tsigane\w*",
        r"tzigane\w*",
        r"manouche\w*",
        r"yenich\w*",
        r"communaute (?:rom|noire|arabe|asiatique|africaine|"
        r"maghrebine|turque|juive|musulmane|chinoise|kurde|tamoule|comorienne|"
        r"portugaise|antillaise|haitienne|senegalaise|malienne)",
        suggestion=SUGGESTIONS[C.origine],
    ),
    _r(
        C.origine,
        r"races?",
        sauf_avant=r"(?:chiens?|chats?|chevaux|cheval|animaux|animal|"
        r"bovins?|ovins?|vaches?|porcs?|poules?|moutons?|betail|toutes)\s+(?:de\s+)?",
        suggestion=SUGGESTIONS[C.origine],
    ),
    # ------------------------------------------------------------------ opinions politiques
    _r(
        C.opinions_politiques,
        r"politiques?",
        exige_avant=r"(?:opinions?|convictions?|idees?|engagements?|engagee?s?|militante?s?|"
        r"militantisme|sensibilite|activites?|appartenance|partis?|orientations?|bord|"
        r"couleur|positions?|positionnements?|vie|carriere|mandats?|responsabilites?|"
        r"engagement|de la|fait de la|en|reunions?|meetings?|associations?|mouvements?|"
        r"organisations?|discours|propos|debats?|tracts?|campagnes?|ses|son|sa|leurs?|"
        r"affiches?|slogans?|groupes?)",
        sauf_apres=r"(?:de la ville|de l'emploi|de l'entreprise|sociale|salariale|rh)",
    ),
    _r(
        C.opinions_politiques,
        r"politiquement",
        r"militan\w*",
        r"milit(?:e|es|ent|ait|er|ais|ez|ons|aient|iez)",
        r"encartee?s?",
        r"lfi",
        r"france insoumise",
        r"insoumis\w*",
        r"rassemblement national",
        r"front national",
        r"fn",
        r"parti socialiste",
        r"socialistes?",
        r"communistes?",
        r"pcf",
        r"eelv",
        r"europe ecologie(?: les verts)?",
        r"les verts",
        r"lutte ouvriere",
        r"npa",
        r"nouveau parti anticapitaliste",
        r"debout la france",
        r"en marche",
        r"lrem",
        r"la republique en marche",
        r"renaissance(?= (?:depuis|en|au|a|aux|comme|et|,|\.|$))",
        r"les republicains",
        r"nupes",
        r"nouveau front populaire",
        r"generation\.?s",
        r"place publique",
        r"parti (?:radical|pirate|animaliste|ouvrier|chretien|"
        r"de la france|du travail)",
        r"les patriotes",
        r"mouvement (?:politique|"
        r"democrate|national|insoumis)",
        r"cellule (?:du parti|communiste|du pcf)",
        r"ecologistes?",
        r"zemmour\w*",
        r"le pen\w*",
        r"lepenistes?",
        r"melenchon\w*",
        r"macronistes?",
        r"trotsk\w*",
        r"maoistes?",
        r"anarchistes?",
        r"gauchistes?",
        r"fachos?",
        r"fachistes?",
        r"fascistes?",
        r"nazis?",
        r"neo ?nazis?",
        r"identitaires?",
        r"royalistes?",
        r"souverainistes?",
        r"extreme (?:droite|gauche)",
        r"ultra (?:droite|gauche)",
        r"antifas?",
        r"black blocs?",
        r"zadistes?",
        r"partis? (?:politiques?|socialiste|communiste|republicain|radical|pirate|"
        r"animaliste|de gauche|de droite|d'extreme|ecologiste|national)",
        r"manifs?",
        r"reconquete",
        r"republicains",
        r"vote\w* (?:pour (?:le |la |les )?(?:rn|fn|lfi|ps|extreme|front|zemmour|le pen|"
        r"macron|melenchon|gauche|droite)|rn|fn|lfi|a gauche|a droite|extreme\w*)",
        r"electeur\w* (?:du |de |d')?(?:rn|fn|lfi|ps|extreme|gauche|droite|zemmour|le pen|"
        r"macron|melenchon)",
        r"sympathisant\w*",
        r"engagee?s? (?:a gauche|a droite)",
        suggestion=SUGGESTIONS[C.opinions_politiques],
    ),
    # Une élection n'est une opinion que si la personne s'y engage (« candidat aux
    # municipales ») ; « intentions de vote pour la présidentielle » est un sondage.
    _r(
        C.opinions_politiques,
        r"elections? (?:municipales|legislatives|presidentielles?|"
        r"europeennes|regionales|departementales|cantonales)",
        r"(?:aux|les) (?:municipales|"
        r"legislatives|regionales|europeennes|departementales|cantonales)",
        exige_avant=r"(?:candidat\w*|candidature|listes?|elue?s?|colistier\w*|tract\w*|"
        r"campagne|milit\w*|presente\w*|engage\w*|assesseu\w*|mandat|battu\w*|"
        r"vote\w*|votez)(?:\s+[\w']+){0,6}\s*",
    ),
    _r(
        C.opinions_politiques,
        r"gilets? jaunes?",
        sauf_avant=r"(?:porter?|port du|porte|"
        r"portez|un|des)",
        sauf_phrase=r"securite|chantier|fluo|epi|visibilite|btp",
    ),
    _r(
        C.opinions_politiques,
        r"de (?:droite|gauche)",
        r"a (?:droite|gauche)",
        r"d'extreme (?:droite|gauche)",
        exige_avant=r"(?:est|etes|suis|etait|idees|opinions?|sensibilite|militante?s?|"
        r"plutot|tres|bien|vote\w*|electeur|electrice|homme|femme|parti|engagee?|"
        r"convictions?|politiquement|clairement|positionnee?|classee?)",
    ),
    _r(
        C.opinions_politiques,
        r"ps",
        r"rn",
        r"lr",
        r"udi",
        r"modem",
        r"npa",
        exige_avant=r"(?:au|du|militant\w*|adherent\w*|adhere\w*|vote\w*|encarte\w*|pour le|"
        r"carte du|elu\w*|proche du|sympathisant\w*|membre du|electeur\w*|electrice\w*)",
        sauf_apres=r"\d",
    ),
    _r(
        C.opinions_politiques,
        r"manifestations?",
        exige_avant=r"(?:participe\w*|va|vas|allee?|aux|en|lors d'une|pendant une|"
        r"arretee? lors d'une|a une|a des|dans les|toutes les|les)",
        sauf_apres=r"(?:d'interet|sportive|culturelle|evenementielle|commerciale|salon|"
        r"de l'entreprise|cliniques?|allergiques?)",
    ),
    # ------------------------------------------------------------------ religion
    _r(
        C.religion,
        r"musulman\w*",
        r"islam\w*",
        r"catholique\w*",
        r"chretien\w*",
        r"protestant\w*",
        r"evangeli\w*",
        r"juif",
        r"juive",
        r"juifs",
        r"juives",
        r"judaism\w*",
        r"israelite\w*",
        r"bouddhis\w*",
        r"hindou\w*",
        r"hindouis\w*",
        r"sikhs?",
        r"temoins? de jehovah",
        r"jehovah",
        r"athee?s?",
        r"agnosti\w*",
        r"religions?",
        r"croyante?s?",
        r"hijab\w*",
        r"niqab\w*",
        r"burqa\w*",
        r"burka\w*",
        r"kippa\w*",
        r"tchador\w*",
        r"jilbab\w*",
        r"abaya\w*",
        r"voilees?",
        r"ramadan",
        r"careme",
        r"shabbat",
        r"sabbat",
        r"mosquee\w*",
        r"synagogue\w*",
        r"paroisse\w*",
        r"aumoneri\w*",
        r"aumonier\w*",
        r"imams?",
        r"rabbins?",
        r"pretres?",
        r"sectes?",
        r"lieux? de culte",
        r"cultes? (?:musulman|catholique|juif|protestant|religieux)",
        r"pelerinage\w*",
        r"la mecque",
        r"catechis\w*",
        r"communion",
        r"bapteme\w*",
        r"franc macon\w*",
        r"franc maconnerie",
        r"scientolog\w*",
        r"radicalis\w*",
        r"salafis\w*",
        r"jihad\w*",
        r"djihad\w*",
        r"integris\w*",
        r"fondamentalis\w*",
        r"extremistes? religieu\w*",
        r"convictions? (?:religieuse\w*|philosophique\w*|spirituelle\w*)",
        r"confession (?:musulmane|chretienne|juive|catholique|protestante)",
        r"(?:mange|manger|mangez|regime|repas) (?:uniquement |que |seulement )?(?:halal|"
        r"casher|kasher|cacher)",
        r"(?:ne )?mange\w* pas de porc",
        r"port\w* (?:le |un |son |du )?(?:voile|foulard|hijab|niqab|kippa|turban)",
        r"fait (?:sa|ses|la) prieres?",
        r"prier",
        r"prie (?:tous|plusieurs|cinq|5)",
        r"fete\w* (?:religieuse\w*|de l'aid|musulmane\w*|juive\w*)",
        r"aid (?:el )?(?:kebir|fitr|adha|seghir)",
        r"l'aid",
        sauf_apres=r"(?:de l'air)",
        sauf_avant=INSTITUTIONS,
        suggestion=SUGGESTIONS[C.religion],
    ),
    _r(
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
    _r(
        C.religion,
        r"pratiquante?s?",
        sauf_apres=r"(?:de|du|des|d'|la|le|les|un|une|regulier\w*)\b",
        sauf_phrase=r"sport|judo|foot|boxe|danse|club|musique|yoga|athletisme|natation|"
        r"tennis|karate|rugby|basket|handball|arts martiaux|course|velo|equitation",
        suggestion=SUGGESTIONS[C.religion],
    ),
    _r(
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
    # ------------------------------------------------------------------ syndicat
    _r(
        C.syndicat,
        r"syndiqu\w*",
        r"syndical\w*",
        r"cgt",
        r"cfdt",
        r"cftc",
        r"cfe cgc",
        r"force ouvriere",
        r"unsa",
        r"fsu",
        r"snes\w*",
        r"cnt",
        r"unef",
        r"greviste\w*",
        r"militant\w* (?:syndica\w*|cgt|cfdt|fo|cftc|sud|unsa|fsu|cnt|force ouvriere|"
        r"a la cgt|a la cfdt|a fo|au syndicat)",
        r"sud (?:rail|ptt|sante|solidaires|education|travail|industrie|chimie|commerce|"
        r"poste|collectivites)",
        r"solidaires sud",
        suggestion=SUGGESTIONS[C.syndicat],
    ),
    _r(
        C.syndicat, r"syndicats?", r"syndicalis\w*", ambigu=True, suggestion=SUGGESTIONS[C.syndicat]
    ),
    _r(
        C.syndicat,
        r"fo",
        exige_avant=r"(?:syndiqu\w*|adherent\w*|adhere\w*|militant\w*|"
        r"delegue\w*|chez|a|au|carte|elue?|syndicat|representant\w*|membre de|personnel|"
        r"liste|section|cse)",
        suggestion=SUGGESTIONS[C.syndicat],
    ),
    _r(
        C.syndicat,
        r"greves?",
        exige_avant=r"(?:fait|faisait|faire|participe\w*|suivi|a fait|mouvement de|piquet de|"
        r"etes en|suis en|etiez en|fait une|participer a la|pendant la|lors de la|"
        r"lors d'une|pendant une)\s*(?:la|a la|a une|aux|une|des)?",
        sauf_apres=r"(?:des transports|sncf|ratp|des trains|des bus|des enseignants|"
        r"des routiers|des controleurs)",
        suggestion=SUGGESTIONS[C.syndicat],
    ),
    # ------------------------------------------------------------------ vie sexuelle
    _r(
        C.vie_sexuelle,
        r"homosexu\w*",
        r"homos?",
        r"gays?",
        r"lesbien\w*",
        r"bisexu\w*",
        r"asexu\w*",
        r"pansexu\w*",
        r"demisexu\w*",
        r"aromanti\w*",
        r"intersexu\w*",
        r"transgenres?",
        r"transsexu\w*",
        r"transidentit\w*",
        r"non binaires?",
        r"lgbt\w*",
        r"queer\w*",
        r"orientation sexuelle",
        r"vie sexuelle",
        r"sexualit\w*",
        r"relations? sexuelles?",
        r"rapports? sexuels?",
        r"heteros?",
        r"heterosexu\w*",
        r"pd",
        r"pedes?",
        r"gouines?",
        r"coming out",
        r"prostitu\w*",
        r"travailleu\w* du sexe",
        r"escorts?",
        r"escort girl\w*",
        r"libertin\w*",
        r"echangiste\w*",
        r"partenaires? sexuel\w*",
        r"vie intime",
        r"sexuellement",
        r"(?:son|sa|votre) (?:compagnon|compagne|conjoint|conjointe|mari|epouse|copain|"
        r"copine) (?:est |etait )?(?:un homme|une femme)",
        suggestion=SUGGESTIONS[C.vie_sexuelle],
    ),
    _r(
        C.vie_sexuelle,
        r"trans",
        exige_avant=r"(?:femme|homme|personne|est|etes|fille|"
        r"garcon|une|un|jeune)",
        suggestion=SUGGESTIONS[C.vie_sexuelle],
    ),
    # ------------------------------------------------------------------ génétique, biométrie
    _r(
        C.genetique_biometrie,
        r"adn",
        r"genetique\w*",
        r"genome\w*",
        r"caryotype\w*",
        r"hereditaire\w*",
        r"empreintes? digitales?",
        r"empreintes? (?:biometrique\w*|"
        r"palmaire\w*|vocale\w*|papillaire\w*|genetique\w*)",
        r"reconnaissance faciale",
        r"biometri\w*",
        r"(?:scan|scanner|lecture|reconnaissance|photo|image|releve) "
        r"(?:de |du |des )?(?:l'|votre |son |sa |leur |ses |vos )?(?:iris|retines?|"
        r"empreintes?|visage)",
        r"iris (?:enregistr\w*|scann\w*|numeris\w*|captur\w*|releve\w*|photographi\w*|"
        r"stocke\w*|conserve\w*)",
        r"(?:empreintes?|visage|iris) (?:\w+ )?(?:enregistree?s?|scannee?s?|"
        r"numerisee?s?|capturee?s?|stockee?s?|conservee?s?) (?:par|dans|sur|a|au)",
        r"groupe sanguin",
        r"test\w* de paternite",
        r"sequencage\w*",
        r"mutation genetique",
        r"genes? (?:brca|de predisposition)",
        r"predisposition genetique",
        r"donnees? biometrique\w*",
        sauf_phrase=r"pointeuse|badgeuse",
        sauf_avant=SCIENCE_AVANT,
        sauf_apres=SCIENCE_APRES,
        suggestion=SUGGESTIONS[C.genetique_biometrie],
    ),
    # ------------------------------------------------------------------ judiciaire
    _r(
        C.judiciaire,
        r"incarcer\w*",
        r"emprisonn\w*",
        r"ecrouee?s?",
        r"levee d'ecrou",
        r"semi liberte",
        r"liberte conditionnelle",
        r"placement exterieur",
        r"sursis",
        r"mise a l'epreuve",
        r"controle judiciaire",
        r"casiers? judiciaires?",
        r"antecedents? judiciaires?",
        r"passe judiciaire",
        r"dossier judiciaire",
        r"procedure\w* judiciaire\w*",
        r"affaire\w* judiciaire\w*",
        r"poursuites? judiciaires?",
        r"suivi judiciaire",
        r"mesures? judiciaires?",
        r"(?:probleme|souci|ennui|demele)s? (?:judiciaire\w*|avec la justice|avec la police|"
        r"avec les flics|avec la gendarmerie)",
        r"avec la justice",
        r"sous main de justice",
        r"ppsmj",
        r"condamn\w*",
        r"garde a vue",
        r"gardee? a vue",
        r"gav",
        r"interpell\w* (?:par|pour|lors)",
        r"interpellation\w*",
        r"arrestation\w*",
        r"arretee?s? (?:par (?:la police|les policiers|la gendarmerie|les gendarmes|la bac|"
        r"les flics)|pour (?:vol|violence\w*|trafic|conduite|agression|outrage|rebellion|"
        r"recel|degradation\w*))",
        r"correctionnel\w*",
        r"cour d'assises",
        r"aux assises",
        r"(?:le|la|un|une|son|sa|au|du|devant le|devant la|chez le|avec le|par le|par la) "
        r"juges?",
        r"juges? (?:d'application|des enfants|d'instruction|des libertes|aux affaires)",
        r"jap",
        r"probation",
        r"travaux d'interet general",
        r"travail d'interet general",
        r"bracelet\w* electronique\w*",
        r"surveillance electronique",
        r"detention a domicile",
        r"ddse",
        r"delits?",
        r"delinqu\w*",
        r"crimes?",
        r"criminel\w*",
        r"infraction\w*",
        r"contravention\w*",
        r"mise? en examen",
        r"inculp\w*",
        r"poursuivie?s? (?:en justice|pour|par la justice)",
        r"comparu\w*",
        r"comparait\w*",
        r"comparution\w*",
        r"proces(?! verba)",
        r"peines? (?:de prison|d'emprisonnement|"
        r"de travail|de sursis|ferme|avec sursis|alternative|de \d+ (?:mois|ans))",
        r"(?:purge\w*|effectu\w*|execut\w*|amenagement\w* (?:de|des)|fin de|application des) "
        r"(?:sa |la |de |des |leur |une |son )?peines?",
        r"voleu(?:r|rs|se|ses)",
        r"vols? (?:a l'etalage|avec violence|a la tire|en reunion|"
        r"de (?:voiture|vehicule|scooter|telephone|portable|marchandise\w*))",
        r"escroc\w*",
        r"escroquerie\w*",
        r"recel\w*",
        r"trafic\w* (?:de |d')?(?:drogue\w*|"
        r"stup\w*|cannabis|armes?|voitures?|vehicules?|shit|cocaine)",
        r"trafiquant\w*",
        r"dealer\w*",
        r"dealeu\w*",
        r"dealait",
        r"stupefiant\w*",
        r"stups?",
        r"violences? (?:conjugale\w*|familiale\w*|volontaire\w*|aggravee\w*|sur)",
        r"agression\w*",
        r"agresse(?:e|s|es|ur|urs|use|uses)?",
        r"braquage\w*",
        r"braque\w* (?:une|un|des)",
        r"cambriol\w*",
        r"meurtre\w*",
        r"homicide\w*",
        r"viols?",
        r"menaces? de mort",
        r"permis (?:suspendu|retire|annule|invalide|"
        r"a zero point)\w*",
        r"(?:suspension|retrait|annulation|perte) (?:de |du )?(?:son |"
        r"votre |de son |de votre )?permis",
        r"exces de vitesse",
        r"conduite (?:sans permis|en etat d'ivresse|sous l'emprise|en etat alcoolique)",
        r"taulards?",
        r"taule",
        r"zonzon",
        r"en cavale",
        r"fichee? s",
        r"ex detenue?s?",
        r"detenue?s?",
        r"detention\w*",
        r"prisonni\w*",
        r"sortant\w* de prison",
        r"sortie? de prison",
        r"plaintes? (?:contre|pour|deposee\w*)",
        r"(?:porte\w*|deposer|depose\w*|porter|depot de) plainte",
        r"jugement\w* (?:du tribunal|correctionnel|penal|pour|de condamnation)",
        r"penale?s?",
        r"penaux",
        r"penalement",
        r"casier (?:charge|pas vierge|non vierge)",
        r"placee? sous (?:controle|main de justice|surveillance)",
        r"outrage\w*",
        r"rebellion",
        r"recidiv\w*",
        r"mandat de depot",
        r"ordonnance penale",
        r"tribunal (?:correctionnel|pour enfants|de police)",
        r"victimes? (?:de |d')(?:violences?|harcelement|agressions?|viols?|vols?|"
        r"escroquerie|coups|menaces|inceste|traite)",
        r"(?:perdu|perd) (?:tous )?(?:ses|vos|"
        r"les|des) points",
        r"permis a zero",
        suggestion=SUGGESTIONS[C.judiciaire],
    ),
    _r(C.judiciaire, r"amendes?", sauf_apres=r"honorable", suggestion=SUGGESTIONS[C.judiciaire]),
    _r(
        C.judiciaire,
        r"tig",
        sauf_phrase=r"soud\w*|\bmig\b|\bmag\b|procede|electrode|arc|"
        r"argon|inox|alu",
        suggestion=SUGGESTIONS[C.judiciaire],
    ),
    _r(
        C.judiciaire,
        r"prison\w*",
        r"penitentiaire\w*",
        r"carceral\w*",
        r"maisons? d'arret",
        r"centres? de detention",
        r"centres? de retention",
        r"police",
        r"policiers?",
        r"gendarmerie\w*",
        r"gendarmes?",
        r"commissariat\w*",
        r"flics?",
        r"keufs?",
        r"tribuna\w*",
        r"cpip",
        r"spip",
        r"avocat\w*",
        r"judiciaire\w*",
        r"justice",
        ambigu=True,
        sauf_apres=r"(?:de commerce|des prud|d'assurance)",
        sauf_phrase=r"fruit|guacamole|cuisine|salade|recette|legume",
        suggestion=SUGGESTIONS[C.judiciaire],
    ),
    # ------------------------------------------------------------------ jugements
    _r(
        C.jugement,
        r"faineant\w*",
        r"feignant\w*",
        r"feignass\w*",
        r"faineass\w*",
        r"feneant\w*",
        r"flemmard\w*",
        r"paresse\w*",
        r"glandeu\w*",
        r"glandouill\w*",
        r"tire au flanc",
        r"branleu\w*",
        r"je m'en foutiste\w*",
        r"m'en foutiste\w*",
        r"jmenfoutiste\w*",
        r"menteu(?:r|rs|se|ses)",
        r"mensong\w*",
        r"mytho\w*",
        r"affabul\w*",
        r"de mauvaise foi",
        r"mauvaise foi",
        r"mauvaise volonte",
        r"mauvais esprit",
        r"aucune motivation",
        r"zero motivation",
        r"manque\w* (?:total |cruel |flagrant |"
        r"evident |complet )?de motivation",
        r"aucune volonte",
        r"aucun effort",
        r"zero effort",
        r"fait (?:aucun|pas d'|peu d'|zero|pas beaucoup d'|jamais d') ?efforts?",
        r"font (?:aucun|pas d'|peu d') ?efforts?",
        r"(?:ne )?se bouge pas",
        r"fait semblant",
        r"idiot\w*",
        r"debile\w*",
        r"abruti\w*",
        r"stupide\w*",
        r"connard\w*",
        r"connasse\w*",
        r"cretin\w*",
        r"imbecile\w*",
        r"bon a rien",
        r"bonne a rien",
        r"bons a rien",
        r"profiteu(?:r|rs|se|ses)",
        r"profite\w* (?:du systeme|des aides|de la situation|du chomage|du rsa|des allocs?|"
        r"des allocations|de la caf)",
        r"parasite\w*",
        r"boulet\w*",
        r"cas soc\w*",
        r"cas desespere\w*",
        r"irrecuperable\w*",
        r"arrogan\w*",
        r"insolen\w*",
        r"impoli\w*",
        r"malpoli\w*",
        r"pretentieu\w*",
        r"hautain\w*",
        r"vulgaire\w*",
        r"caracteriel\w*",
        r"ingerable\w*",
        r"lunatique\w*",
        r"hysteri\w*",
        r"paranos?",
        r"pas fiable\w*",
        r"peu fiable\w*",
        r"pas serieu\w*",
        r"peu serieu\w*",
        r"desinvolt\w*",
        r"negligent\w*",
        r"mal (?:habillee?s?|rasee?s?|coiffee?s?|elevee?s?|"
        r"lavee?s?|embouchee?s?|lunee?s?|polie?s?|fagotee?s?)",
        r"simplet\w*",
        r"benet\w*",
        r"pas (?:tres|bien|super|franchement|vraiment) (?:malin|maligne|fute|futee|"
        r"intelligente?|debrouillarde?|degourdie?|fin|fine|finaude?|maline)",
        r"bete comme",
        r"sans gene",
        r"hypocrite\w*",
        r"sournois\w*",
        r"fourbe\w*",
        r"immature\w*",
        r"pueril\w*",
        r"capricieu\w*",
        r"tetue?s?",
        r"nonchalan\w*",
        r"egoiste\w*",
        r"irresponsable\w*",
        r"chiant\w*",
        r"lourdingue\w*",
        r"racaille\w*",
        r"voyou\w*",
        r"cassos",
        r"beaufs?",
        r"ploucs?",
        r"bouseu\w*",
        r"gogols?",
        r"moches?",
        r"colerique\w*",
        r"impulsi(?:f|fs|ve|ves|vite)",
        r"menacant\w*",
        r"odieu\w*",
        r"detestable\w*",
        r"antipathique\w*",
        r"incapable\w*",
        r"nullite\w*",
        r"minable\w*",
        r"pitoyable\w*",
        r"lamentable\w*",
        r"feignasse\w*",
        r"ne veut pas (?:travailler|bosser|se bouger|faire d'efforts?|s'en sortir|chercher)",
        r"pas envie de (?:travailler|bosser|se bouger)",
        r"(?:s'en|se) (?:fiche|fout|foutait|fichait)",
        r"n'en a rien a (?:faire|foutre|cirer)",
        r"(?:hygiene|tenue|odeur|proprete) (?:douteuse|limite|deplorable|a revoir|"
        r"laisse a desirer|negligee|repoussante|inadaptee|sale)",
        r"sent (?:mauvais|fort|la transpiration|la sueur)",
        r"pue",
        r"puent",
        r"puait",
        r"crasseu\w*",
        r"puant\w*",
        r"(?:pas|peu|aucunement|nullement|guere|absolument pas|jamais) (?:du tout |vraiment |"
        r"tres |assez |tellement |franchement |l'air |si |trop |suffisamment |reellement |"
        r"serieusement )?motivee?s?",
        r"amorphe\w*",
        r"apathique\w*",
        r"mollasson\w*",
        r"je sais tout",
        r"aucune (?:implication|rigueur|ambition|politesse|education)",
        suggestion=SUGGESTIONS[C.jugement],
    ),
    # « agressif » qualifie aussi des choses : « objectifs agressifs », « prix agressifs ».
    _r(
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
    _r(
        C.jugement,
        r"ne fait (?:rien|jamais rien|strictement rien|pas grand chose)",
        sauf_avant=r"(?:ca|cela|ce|l'entreprise|la formation)\s*",
        suggestion=S_EFFORT,
    ),
    _r(
        C.jugement,
        r"sale",
        r"sales",
        r"betes?",
        r"cons?",
        r"connes?",
        r"fous?",
        r"folle?s?",
        r"cingle\w*",
        r"dingues?",
        r"taree?s?",
        r"timbree?s?",
        r"bornee?s?",
        r"butee?s?",
        r"laide?s?",
        r"attardee?s?",
        r"debile\w*",
        exige_avant=_SUJETS + r"|un|une|gros|grosse|sale|vieux|vieille|petit|petite|espece d'",
        sauf_apres=r"(?:rire|part|envie|de joie|amoureu\w*|a lier|sur)\b",
        sauf_phrase=r"\bsalle|\bdouche|\beau\b|linge|vaisselle|locaux|bureaux|surfaces?|"
        r"chantiers?|toilettes|sanitaires|nettoy|menage|proprete|entretien des|lavage|"
        r"\bbetes? (?:de somme|a cornes|"
        r"d'elevage)|elevage|animaux|troupeau|traite|temps|meteo|vitre|sol|sols|"
        r"bouteille|chiffon",
        suggestion=SUGGESTIONS[C.jugement],
    ),
    _r(
        C.jugement,
        r"nul(?:le)?s?",
        exige_avant=_SUJETS,
        sauf_apres=r"(?:part|et non avenu)",
        sauf_phrase=r"risque|resultat|solde|score|impact|cout|montant|reste a charge|taux|"
        r"match|bulletin|vote|effet|contrat|clause|procedure",
        suggestion=S_COMPRENDRE,
    ),
    _r(
        C.jugement,
        r"violente?s?",
        r"instables?",
        r"negligee?s?",
        r"mou",
        r"molle",
        r"gros(?:se)?s?",
        r"lourde?s?",
        r"lente?s?",
        r"froide?s?",
        r"grossie(?:r|re|rs|res)",
        r"inadmissible\w*",
        r"inacceptable\w*",
        r"intolerable\w*",
        r"irrespectueu\w*",
        r"intellectuellement limitee?s?",
        r"un peu limitee?s?",
        r"tres limitee?s?",
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
    _r(
        C.jugement,
        r"assistee?s?",
        exige_avant=r"(?:un|une|des|vrai|vraie|eternel\w*|"
        r"mentalite d'|est|etes|comme un|comme une)",
        sauf_apres=r"(?:par|de|d'|a|au|aux|en|sociale?|medicale?|dans|pour|sur|juridique|"
        r"administrati\w*|commerciale?|rh|direction)\b",
        suggestion=SUGGESTIONS[C.jugement],
    ),
    _r(C.jugement, r"fumiste\w*", ambigu=True, suggestion=SUGGESTIONS[C.jugement]),
    # ------------------------------------------------------------------ style
    _r(
        C.style,
        r"il(?= " + VERBES_PERSONNE + r")",
        r"elle(?= " + VERBES_PERSONNE + r")",
        exige_avant=r"(?:^\W*|[:(\"]\s*|,\s*|\bet|\bmais|\bpuis|\bdonc|\bcar|\bensuite|"
        r"\balors|\bpourtant|\bcependant|\bpar contre|\bpar ailleurs|\bd'ailleurs|"
        r"\baujourd'hui|\bactuellement|\bdepuis|\bsinon|\bpuisqu'|\bparce qu'|\bquand|"
        r"\blorsqu'|\bsi|\bdes lors|\bdesormais|\benfin|\bfinalement)",
        suggestion=SUGGESTIONS[C.style],
    ),
    # « Il a son permis B », « Elle a un entretien jeudi » : en tête de phrase, un pronom
    # sujet d'« avoir » suivi d'un déterminant désigne une personne (« il y a » exclu).
    _r(
        C.style,
        r"(?:il|elle)(?= (?:a|avait|aura) (?:(?:deja|toujours|encore|aussi|bien|"
        r"maintenant|desormais) )?(?:son|sa|ses|un|une|deux|trois|quatre|\d+|plusieurs|"
        r"beaucoup|peu|le|la|les|l'|du|des|de la|votre|vos)(?![a-z0-9]))",
        exige_avant=r"^\W*",
        suggestion=SUGGESTIONS[C.style],
    ),
    # « Il a décroché un entretien », « Elle avait terminé sa formation » : en tête de
    # phrase, un pronom sujet d'un passé composé (« il a fallu », « il a été convenu »,
    # « il a lieu » exclus).
    _r(
        C.style,
        r"(?:il|elle)(?= (?:a|avait|aura|aurait) (?:(?:deja|bien|enfin|finalement|aussi|"
        r"encore|toujours|pas|jamais|rapidement|vite|recemment|egalement) )?"
        r"(?!fallu|ete|lieu|trait|besoin|peu|plu|vu que)[a-z]{2,}(?:e|i|u|is|it|ert|eint|aint|oint)"
        r"(?![a-z0-9']))",
        exige_avant=r"^\W*",
        suggestion=SUGGESTIONS[C.style],
    ),
)

# ---------------------------------------------------------------------------
# Cadre professionnel (toutes les catégories sensibles)
# ---------------------------------------------------------------------------
# Un mot sensible complément d'un mot de travail, d'employeur, de formation ou
# d'études (« aide-soignante au CMPP », « juriste en droit des étrangers », « cours
# en maison d'arrêt », « serveur dans un bar gay ») parle du lieu, de l'employeur ou
# de la matière, pas de la personne ; un marqueur de la personne plus proche
# (« suivi au CMPP », « vous allez à l'aumônerie », « votre conseillère au SPIP »)
# le rend à la personne. Voir `verificateur._cadre_professionnel`.

CADRE_RADICAUX = (
    "travail",
    "bosse",
    "boulot",
    "job",
    "poste",
    "stage",
    "stagiaire",
    "emploi",
    "employ",
    "embauch",
    "recrut",
    "candidat",
    "postul",
    "mission",
    "interim",
    "vacat",
    "benevol",
    "volontari",
    "salari",
    "agent",
    "entreprise",
    "societe",
    "formation",
    "formateur",
    "formatrice",
    "diplom",
    "etude",
    "etudi",
    "licence",
    "master",
    "doctorat",
    "these",
    "cursus",
    "cours",
    "enseign",
    "professeu",
    "apprenti",
    "alternan",
    "metier",
    "profession",
    "carriere",
    "secteur",
    "filiere",
    "specialis",
    "juriste",
    "guide",
    "visite",
    "touristi",
    "serveu",
    "barman",
    "barmaid",
    "cuisin",
    "plongeu",
    "chauffeur",
    "livreu",
    "jardinier",
    "secretaire",
    "comptab",
    "educat",
    "animat",
    "atelier",
    "prevention",
    "sensibilisation",
    "moniteur",
    "monitrice",
    "infirmi",
    "soignant",
    "brancard",
    "ambulanc",
    "puericult",
    "psychomotric",
    "hotesse",
    "conseill",
    "greffi",
    "surveillan",
    "gardien",
    "menage",
    "nettoyage",
    "maintenance",
    "logisti",
    "cariste",
    "manutention",
    "vendeu",
    "caissi",
    "commerci",
    "accompagnant",
    "auxiliaire",
    "traduct",
    "interpret",
    "mediat",
    "organiste",
    "maraud",
    "permanent",
    "attache",
    "assistant",
    "contrat",
    "intervenant",
    "technicien",
    "ouvrier",
    "operat",
    "preparat",
    "laborantin",
    "chercheu",
    "ingenieu",
    "consultant",
    "directeu",
    "responsable",
    "gestionnaire",
    "coordinat",
    "chef",
    "vacataire",
    "recrue",
    "communica",
    "redact",
    "journalis",
    "graphist",
    "webmaster",
    "informatic",
    "administrat",
    "juridi",
    "photograph",
    "standardist",
    "receptionnist",
    "revendeu",
    "visiteu",
    "module",
    "seminaire",
    "experience",
    "competence",
    "connaissance",
    "conference",
    "colloque",
    "magasin",
    "grossiste",
    "fournisseur",
    "distributeur",
    "questionnaire",
    "sondage",
    "enquete",
    "cabinet",
    "laboratoire",
    "officine",
    "fabricant",
    "fondation",
    "cooperative",
    "institut",
)
CADRE_MOTS = frozenset(
    {
        "cdi",
        "cdd",
        "bts",
        "but",
        "dut",
        "cap",
        "bac",
        "iut",
        "fac",
        "universite",
        "charge",
        "chargee",
        "charges",
        "chargees",
        "accueil",
        "anime",
        "animez",
        "animer",
        "animait",
        "animiez",
        "animee",
        "agents",
    }
)
"""Mots du travail, de l'employeur, de la formation et des études."""
CADRE_ACTIVITES = (
    "travail",
    "boulot",
    "job",
    "poste",
    "stage",
    "emploi",
    "mission",
    "interim",
    "contrat",
    "entreprise",
    "societe",
    "formation",
    "etude",
    "licence",
    "master",
    "doctorat",
    "these",
    "cursus",
    "cours",
    "apprenti",
    "alternan",
    "metier",
    "carriere",
    "atelier",
    "cdi",
    "cdd",
)
"""Ceux qu'un possessif peut précéder sans désigner un interlocuteur de la personne
(« votre poste au CHU » reste le métier ; « votre conseillère au SPIP » est la
personne)."""
CADRE_ORGANISATIONS = frozenset(
    {
        "entreprise",
        "societe",
        "magasin",
        "secteur",
        "marche",
        "equipe",
        "boite",
        "usine",
        "employeur",
        "structure",
        "enseigne",
        "groupe",
        "filiale",
        "agence",
        "boutique",
        "service",
        "direction",
        "usines",
        "entreprises",
        "magasins",
        "patron",
        "chantier",
    }
)
"""Un sujet de proposition qui n'est pas une personne (« l'entreprise a fait une cure
d'austérité »)."""
CADRE_PREPOSITIONS = frozenset(
    {
        "a",
        "au",
        "aux",
        "en",
        "dans",
        "chez",
        "de",
        "du",
        "des",
        "d'",
        "pour",
        "aupres",
        "sein",
        "sur",
        "par",
        "pres",
        "avec",
        "contre",
        "entre",
    }
)
CADRE_ARTICLES = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "ce",
        "cet",
        "cette",
        "ces",
    }
)
_A_VERBE = frozenset(
    {
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "ete",
        "eu",
        "fait",
        "pas",
        "plus",
        "deja",
        "toujours",
        "souvent",
        "aussi",
        "encore",
        "bien",
        "beaucoup",
        "peu",
        "trop",
        "subi",
        "perdu",
        "recu",
        "pris",
        "ses",
        "son",
        "sa",
        "leur",
        "leurs",
        "besoin",
        "peur",
    }
)
"""« a » verbe (« l'agent a un cancer ») et non préposition (« agent à la CAF »)."""
CADRE_RUPTURES = frozenset(
    {
        "car",
        "parce",
        "depuis",
        "suite",
        "cause",
        "raison",
        "raisons",
        "motif",
        "motifs",
        "malgre",
        "sans",
        "apres",
        "pendant",
        "lors",
        "et",
        "mais",
        "ou",
        "donc",
        "puis",
        "sous",
        "avec",
        "interrompu",
        "interrompue",
        "arret",
        "arrete",
        "arretee",
        "accident",
        "inapte",
        "inaptitude",
        "amenagement",
        "amenage",
        "adapte",
        "adaptee",
        "compatible",
        "medecin",
        "medecine",
        "reprise",
        "therapeutique",
        "quand",
        "lorsque",
        "si",
        "comme",
        "ne",
        "pas",
        "jamais",
        "plus",
    }
)
"""Ce qui coupe le lien entre le mot de travail et le mot sensible (« arrêt de travail
pour dépression », « poste adapté à son handicap », « formation interrompue par une
hospitalisation »)."""
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
