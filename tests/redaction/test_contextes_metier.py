"""Les cinq familles de fausses alertes du contrôle n°2, corrigées par des règles de contexte.

Chaque famille est essayée sur des phrases neuves (pas celles du corpus) : le piège
professionnel ou idiomatique se tait, la donnée de la personne reste signalée.
"""

from __future__ import annotations

import pytest

from assistant.redaction import Categorie, verifier

C = Categorie


def categories(texte: str) -> set[Categorie]:
    return {c.categorie for c in verifier(texte)}


# ------------------------------------------- psychosocial n'est pas psychose


@pytest.mark.parametrize(
    "texte",
    [
        "Référente RPS, vous pilotiez la prévention des risques psychosociaux.",
        "Formation risques psycho-sociaux et QVT suivie en 2022.",
        "Vous avez animé des ateliers psychosociaux pour les salariés.",
        "Accompagnement psychosocial des bénéficiaires dans votre poste de CESF.",
    ],
)
def test_psychosocial_neutre(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous avez fait une psychose l'an dernier.",
        "Psychoses à répétition, hospitalisations fréquentes.",
        "Vous avez des douleurs psychosomatiques.",
    ],
)
def test_psychose_signalee(texte: str) -> None:
    assert C.sante in categories(texte), texte


# ------------------------------------ un lieu de soins comme lieu de travail


@pytest.mark.parametrize(
    "texte",
    [
        "Vous étiez brancardier dans un centre de dialyse.",
        "Offre d'ASH en service d'oncologie transmise.",
        "Poste de secrétaire à l'unité de dialyse de l'hôpital privé.",
        "Vous êtes infirmière en hémodialyse depuis 2018.",
        "Vous avez fait le ménage au service de radiothérapie pendant 2 ans.",
        "Surveillant au centre de rétention administrative.",
    ],
)
def test_lieu_de_soins_comme_lieu_de_travail(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte, attendu",
    [
        ("Vous allez au centre de dialyse trois fois par semaine.", C.sante),
        ("Vous êtes en dialyse depuis janvier.", C.sante),
        ("Vous êtes dialysée, disponible seulement les après-midi.", C.sante),
        ("Dialyse le mardi et le jeudi.", C.sante),
        ("Vous êtes suivi au service d'oncologie du CHU.", C.sante),
        ("Vous sortez du centre de détention de Meaux.", C.judiciaire),
    ],
)
def test_lieu_de_soins_de_la_personne(texte: str, attendu: Categorie) -> None:
    assert attendu in categories(texte), texte


# --------------------------------------- le droit pénal, matière d'études


@pytest.mark.parametrize(
    "texte",
    [
        "Vous avez une licence de droit pénal.",
        "Juriste en droit penal de l'environnement, vous cherchez un cabinet.",
        "Formation d'agent de sécurité : module code pénal et légitime défense.",
        "Vous avez étudié la procédure pénale en master 1.",
        "Stage au pôle pénal d'un cabinet d'avocats.",
        "Juriste spécialisée en pénal, vous voulez vous reconvertir.",
    ],
)
def test_droit_penal_matiere(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous avez été condamné au pénal.",
        "Vous avez une procédure pénale en cours.",
        "Vous êtes poursuivi au titre du code pénal.",
        "Vous avez été condamnée en droit pénal pour vol.",
        "Vous avez une affaire pénale en cours.",
    ],
)
def test_penal_de_la_personne(texte: str) -> None:
    assert C.judiciaire in categories(texte), texte


# --------------------------------------------- les soins qui n'en sont pas


@pytest.mark.parametrize(
    "texte",
    [
        "Attestation à compléter par vos soins avant lundi.",
        "Le dossier sera transmis par nos soins à l'employeur.",
        "Courrier envoyé aux bons soins de la DRH.",
        "Vous avez pris grand soin de préparer l'entretien.",
        "Vous rangez l'atelier avec soin.",
    ],
)
def test_locutions_du_soin(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous recevez des soins pour votre dos.",
        "Vos soins à l'hôpital prennent trois matinées par semaine.",
        "Vous êtes en soins palliatifs.",
    ],
)
def test_soins_de_la_personne(texte: str) -> None:
    assert C.sante in categories(texte), texte


# ----------------------------------- un jugement qui est aussi un métier


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes manipulatrice radio depuis 10 ans.",
        "Projet : manipulateur en électroradiologie médicale.",
        "Ancien manipulateur d'engins sur chantier.",
        "Vous visez un poste de manipulateur.",
        "Formation de manipulatrice à l'IFMEM en septembre.",
        "Manip radio en intérim au CHU.",
    ],
)
def test_manipulateur_metier(texte: str) -> None:
    assert categories(texte) == set(), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes manipulateur.",
        "Vous êtes très manipulatrice avec l'équipe.",
        "Vous êtes manipulateur de l'équipe, vous jouez double jeu.",
        "Adhérent manipulateur et menteur.",
    ],
)
def test_manipulateur_jugement(texte: str) -> None:
    assert C.jugement in categories(texte), texte
