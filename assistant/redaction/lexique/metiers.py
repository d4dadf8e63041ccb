"""Les métiers, postes, formations et études : le contexte professionnel des
règles ambiguës et le cadre professionnel. Données seules.
"""

from __future__ import annotations

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


CADRE_METIER = (
    r"\b(?:postes?|emplois?|metiers?|offres?|stages?|formations?|diplom\w*|ecoles?|concours|"
    r"comme|en tant qu|devenir|deviendr\w*|cdi|cdd|missions?|candidatures?|profession\w*|"
    r"titre\w*|fiche\w*|contrat\w*|interim\w*|vacation\w*|recrut\w*|embauch\w*)"
    r"(?: (?:de|d'|du|que|qu'|comme|en tant que|un|une))*\W*"
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


# Les spécialités médicales et les lieux de justice qu'un métier peut prendre pour
# cadre. Un tel lieu nommé comme lieu de travail (« agent d'entretien dans un centre de
# dialyse ») est reconnu par le cadre professionnel général (`cadre`).
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


# Les mots de personne qui servent de contexte de métier aux règles ambiguës
# (« auprès de patients »), mais qui, juste avant une spécialité, désignent la
# personne soignée : « ancien patient en psychiatrie ».
PERSONNES_SOIGNEES = (
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


# Le cadre professionnel (toutes les catégories sensibles) : un mot sensible complément
# d'un mot de travail, d'employeur, de formation ou d'études (« aide-soignante au CMPP »,
# « juriste en droit des étrangers ») parle du lieu, de l'employeur ou de la matière, pas
# de la personne. Voir `cadre.cadre_professionnel`.
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
