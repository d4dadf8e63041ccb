"""Les mots du style : tiers, rôles et documents autour d'une civilité, sujets
qui désignent l'adhérent. Données seules, utilisées par `civilites` et
`pronoms`.
"""

from __future__ import annotations

TIERS = frozenset(
    {
        "avec",
        "aupres",
        "chez",
        "contacter",
        "contacte",
        "contactee",
        "appeler",
        "appele",
        "rencontre",
        "rencontrer",
        "rencontree",
        "par",
        "pour",
        "entre",
        "et",
        "bonjour",
        "cher",
        "chere",
        "a",
        "ou",
        "recruteur",
        "recruteuse",
        "responsable",
        "directeur",
        "directrice",
        "employeur",
        "tuteur",
        "tutrice",
        "conseiller",
        "conseillere",
    }
)


TIERS_PROCHES = frozenset(
    {
        "agit",
        "remplace",
        "remplacee",
        "remplacant",
        "remplacante",
        "succede",
        "signe",
        "signee",
        "redige",
        "redigee",
        "ecrit",
        "ecrite",
        "transmis",
        "envoye",
        "envoyee",
    }
)


ROLES = (
    r"(?:recruteu(?:r|se)|responsable|directeu(?:r|rs)|directrice|patron(?:ne)?|employeur|"
    r"tuteur|tutrice|conseill(?:er|ere)|manager|manageur|gerante?|chef|drh|rh|referente?|"
    r"format(?:eur|rice)|psychologue|medecin|assistante?|maire|president(?:e)?|collegue|"
    r"contact|interlocut(?:eur|rice)|charge(?:e)? de recrutement|proprietaire|superieur|"
    r"superieure|encadrant(?:e)?|maitre de stage|coordinat(?:eur|rice)|avocate?|notaire)"
)


DOCUMENTS = frozenset(
    {
        "cv",
        "dossier",
        "numero",
        "no",
        "secu",
        "situation",
        "candidature",
        "lettre",
        "inscription",
        "demande",
        "attestation",
        "carte",
        "compte",
        "adresse",
        "telephone",
        "mail",
        "parcours",
        "projet",
        "nom",
        "identite",
        "date",
        "fiche",
        "releve",
        "rib",
        "iban",
        "permis",
        "diplome",
        "contrat",
        "arret",
        "absence",
        "retard",
        "sante",
    }
)


SUJETS_ADHERENT = frozenset(
    {
        "adherent",
        "adherente",
        "jeune",
        "candidat",
        "candidate",
        "personne",
        "beneficiaire",
        "demandeur",
        "demandeuse",
        "stagiaire",
        "interesse",
        "interessee",
        "accompagne",
        "accompagnee",
        "usager",
        "participant",
        "participante",
        "monsieur",
        "madame",
        "mr",
        "mme",
        "m",
        "allocataire",
        "inscrit",
        "inscrite",
        "salarie",
        "salariee",
    }
)
