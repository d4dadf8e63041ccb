"""Les organisations et les employeurs : organismes, sujets d'une relative
d'organisation, organisations du cadre professionnel. Données seules.
"""

from __future__ import annotations

# Les mots de santé au sens figuré : une entreprise, un secteur, une économie
# « malade », « en convalescence », « à l'agonie », « sous perfusion ».
ORGANISMES = (
    r"(?:entreprises?|societes?|secteurs?|economies?|marches?|filieres?|industries?|"
    r"commerces?|boites?|usines?|magasins?|branches?|agences?|enseignes?|groupes?|"
    r"activites?|pays|regions?|villes?|quartiers?|systemes?|boutiques?|restaurants?|"
    r"hotels?|chantiers?|btp|batiment|immobilier|agriculture|presse|tourisme|automobile|"
    r"hotellerie|restauration|commerce|emploi|bourse|monnaie|carnets? de commandes?|"
    r"associations?|structures?|services? publics?|compagnies?|banques?|ateliers?)"
)


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


ORGANISATIONS_SUJETS = frozenset(
    {
        "laboratoire",
        "laboratoires",
        "fondation",
        "officine",
        "pharmacie",
        "fabricant",
        "cabinet",
        "institut",
        "cooperative",
        "entreprise",
        "societe",
        "association",
        "structure",
        "etablissement",
        "organisme",
        "clinique",
        "hopital",
        "centre",
        "groupe",
        "enseigne",
        "marque",
        "start",
        "usine",
        "agence",
        "employeur",
        "foyer",
        "service",
        "federation",
        "mutuelle",
        "editeur",
        "industriel",
        "fournisseur",
        "distributeur",
        "boutique",
        "magasin",
        "ecole",
        "maison",
        "residence",
        "ehpad",
        "esat",
        "adaptee",
    }
)
