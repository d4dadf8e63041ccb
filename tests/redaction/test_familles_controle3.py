"""Les familles de fausses alertes et de manques du contrôle n°3, corrigées par des règles
générales.

Chaque famille est essayée sur des phrases neuves (ni celles du contrôle n°3, ni celles
du contrôle n°4) : le cadre de travail se tait, la donnée de la personne reste signalée.
"""

from __future__ import annotations

import pytest

from assistant.redaction import Categorie, verifier

C = Categorie


def categories(texte: str) -> set[Categorie]:
    return {c.categorie for c in verifier(texte)}


# ------------------------------ une spécialité médicale comme cadre du métier


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes aide-soignante en hématologie depuis 2015.",
        "Stage infirmier en pneumologie validé.",
        "Formation aux soins de longue durée suivie l'an dernier.",
        "Poste d'agent hôtelier en orthopédie à pourvoir.",
        "Vous étiez secrétaire en neurologie au CHU.",
        "Vous êtes brancardier en unité Alzheimer.",
        "Offre d'infirmier de nuit en addictologie à Rouen.",
    ],
)
def test_specialite_du_metier_neutre(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes en psychiatrie depuis deux semaines.",
        "Suivie en cancérologie depuis 2020.",
        "Hospitalisé en addictologie en janvier.",
        "Vous allez en cardiologie pour un bilan.",
        "Vous avez rendez-vous en cancérologie mardi.",
    ],
)
def test_specialite_de_la_personne_signalee(texte: str) -> None:
    assert C.sante in categories(texte), texte


# --------------------------------------------- les biens médicaux du travail


@pytest.mark.parametrize(
    "texte",
    [
        "Vous avez préparé des commandes de médicaments pour une officine en ligne.",
        "Vendeur de matériel médical pour les particuliers.",
        "Vous étiez technico-commercial en équipements hospitaliers.",
        "Magasinier chez un distributeur de fauteuils roulants.",
        "Vous avez conditionné des vaccins sur une ligne de production.",
        "Vous vendez des appareils auditifs en magasin.",
    ],
)
def test_biens_medicaux_neutres(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous prenez des médicaments contre la douleur.",
        "Vous portez une prothèse de hanche.",
        "Vous êtes en fauteuil roulant depuis l'accident.",
        "Vous oubliez souvent vos médicaments.",
    ],
)
def test_biens_de_la_personne_signales(texte: str) -> None:
    assert C.sante in categories(texte), texte


# ------------------------------------- laboratoire et équipement biométrique


@pytest.mark.parametrize(
    "texte",
    [
        "Technicienne en biotechnologie, extraction d'ADN de levures.",
        "Vous avez posé des serrures biométriques dans des bureaux.",
        "Portique biométrique installé à l'entrée de l'entrepôt.",
        "Analyses ADN en laboratoire universitaire pendant votre thèse.",
    ],
)
def test_laboratoire_et_equipement_neutres(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous avez fait un test ADN pour retrouver votre père.",
        "Vos empreintes digitales ont été relevées.",
        "Vous êtes porteur d'une maladie génétique.",
    ],
)
def test_donnee_genetique_signalee(texte: str) -> None:
    assert C.genetique_biometrie in categories(texte), texte


# ------------------------------------- le syndicat comme employeur


@pytest.mark.parametrize(
    "texte",
    [
        "Vous étiez comptable dans une confédération syndicale.",
        "Poste d'accueil au siège de la CGT à Montreuil.",
        "Vous avez été juriste dans une union départementale.",
    ],
)
def test_employeur_syndical_neutre(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes membre d'une organisation syndicale.",
        "Vous militez dans une fédération syndicale.",
        "Vous êtes syndiqué à la CGT.",
    ],
)
def test_appartenance_syndicale_signalee(texte: str) -> None:
    assert C.syndicat in categories(texte), texte


# -------------------------------------------------- les figures de style


@pytest.mark.parametrize(
    "texte",
    [
        "La filière textile est malade depuis des années.",
        "Votre ancienne société était en sursis depuis 2022.",
        "Le commerce local est sous perfusion.",
        "Le marché de l'emploi se porte mal dans la vallée.",
        "Une dépression météorologique a retardé la livraison.",
        "Vous avez participé à une opération de destockage.",
        "Formation de diagnostiqueur en performance énergétique.",
        "La fièvre des soldes vous a apporté des heures en plus.",
    ],
)
def test_figures_neutres(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes malade depuis une semaine.",
        "Vous faites une dépression depuis l'hiver.",
        "Le travail en usine vous a rendu malade.",
    ],
)
def test_sante_de_la_personne_signalee(texte: str) -> None:
    assert C.sante in categories(texte), texte


# ------------------------------------------------------- le sommeil


@pytest.mark.parametrize(
    "texte",
    [
        "Vous souffrez d'insomnies depuis le licenciement.",
        "Vous avez des apnées du sommeil.",
        "Vous ne dormez plus que 4h par nuit.",
        "Vous avez du mal à dormir avant les entretiens.",
    ],
)
def test_sommeil_signale(texte: str) -> None:
    assert C.sante in categories(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous avez fait des nuits en hôtellerie, veilleur de nuit.",
        "Vous cherchez un poste de veilleur de nuit.",
    ],
)
def test_nuit_de_travail_neutre(texte: str) -> None:
    assert categories(texte) == set(), texte


# --------------------------------------------- le pronom sujet en tête de phrase


@pytest.mark.parametrize(
    "texte",
    [
        "Elle est indisponible le mercredi.",
        "Il est en CDD jusqu'en juin.",
        "Elle a un entretien chez Decathlon jeudi.",
        "Il a deux enfants à charge.",
    ],
)
def test_pronom_personne_signale(texte: str) -> None:
    assert C.style in categories(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Il y a des offres de manutention à Cergy.",
        "Il est possible de décaler le rendez-vous.",
        "Il faut renvoyer l'attestation avant jeudi.",
        "L'offre est en ligne ; elle expire vendredi.",
    ],
)
def test_pronom_impersonnel_neutre(texte: str) -> None:
    assert categories(texte) == set(), texte
