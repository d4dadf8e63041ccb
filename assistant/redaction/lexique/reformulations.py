"""Les textes montrés au conseiller : explication et conseil par catégorie,
reformulations par défaut et par mot. Données seules.
"""

from __future__ import annotations

from assistant.redaction.modele import Categorie

C = Categorie


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
