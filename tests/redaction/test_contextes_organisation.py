"""Contextes ajoutés après les contrôles n°5 à n°9 : l'activité d'une organisation, le
pronom qui reprend une chose, l'interlocuteur nommé par sa civilité, le prénom dans un nom
de lieu.

Phrases neuves (absentes des corpus) : chaque piège se tait, et la même donnée rattachée
à la personne reste signalée.
"""

from __future__ import annotations

import pytest

from assistant.redaction import Categorie, verifier

C = Categorie


def categories(texte: str, prenoms: tuple[str, ...] = ()) -> set[Categorie]:
    return {c.categorie for c in verifier(texte, prenoms=prenoms)}


@pytest.mark.parametrize(
    "texte",
    [
        # L'activité d'une organisation (relative, parenthèse, apposition).
        "Vous postulez dans une pharmacie qui délivre des traitements de substitution.",
        "Entretien chez un fabricant qui conçoit des prothèses et des fauteuils roulants.",
        "Vous rejoindrez une fondation qui soutient la recherche sur la maladie d'Alzheimer.",
        "Magasinier chez un grossiste en matériel médical (lits médicalisés, béquilles).",
        "Stage au tribunal de Créteil, au service de l'application des peines.",
        "Vous avez un BTS, option génétique des populations.",
        # L'emploi dit après le mot.
        "Vous avez repeint la chapelle d'une paroisse comme peintre en bâtiment.",
        "Vous avez été reçue dans une clinique psychiatrique pour un poste de standardiste.",
        "Vous avez livré des colis au centre pénitentiaire pour un transporteur.",
        # Figures et locutions.
        "Les jours de Pentecôte et de l'Ascension sont chômés dans l'entreprise.",
        "Le recruteur vous a fait un procès d'intention sur votre mobilité.",
        "Vous êtes malade de cuisine depuis l'enfance, d'où le projet de CAP.",
        "L'entreprise a des objectifs agressifs sur le chiffre d'affaires.",
        "Vous avez rempli des questionnaires sur les intentions de vote pour un institut de "
        "sondage.",
        "Offre : remplacement d'un congé maternité, assistante comptable, 5 mois.",
    ],
)
def test_contexte_d_organisation_neutre(texte: str) -> None:
    assert not categories(texte), verifier(texte)


@pytest.mark.parametrize(
    ("texte", "attendue"),
    [
        ("Vous êtes suivi à la pharmacie pour votre traitement de substitution.", C.sante),
        ("Vous sortez du centre pénitentiaire de Meaux en juin.", C.judiciaire),
        ("Votre fils est accueilli à l'IME trois jours par semaine.", C.sante),
        ("Vous attendez votre deuxième enfant pour avril.", C.sante),
        (
            "Vous avez été candidate aux municipales sur une liste écologiste.",
            C.opinions_politiques,
        ),
        ("Vous êtes adhérent des Républicains depuis dix ans.", C.opinions_politiques),
        ("Vous percevez l'allocation aux adultes handicapés.", C.sante),
        ("Vous vous réfugiez derrière votre fatigue pour ne rien faire.", C.jugement),
        ("Profil d'assisté, selon l'ancien employeur.", C.jugement),
        ("Votre employeur a enregistré le scan de vos empreintes.", C.genetique_biometrie),
        ("Carte bleue 4970 1012 3456 7891, à ne pas noter.", C.identifiant),
    ],
)
def test_la_donnee_de_la_personne_reste_signalee(texte: str, attendue: Categorie) -> None:
    assert attendue in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le contrat proposé est flou, et il devra être relu par un juriste.",
        "L'employeur a rappelé hier. Il souhaite un second entretien.",
        "La formation est gratuite. Elle dure quatre mois.",
        "M. Leroy, le responsable du magasin, vous recevra jeudi.",
        "Votre ancienne tutrice, Mme Diallo, accepte d'être contactée.",
        "Votre référente change : il s'agit désormais de Mme Perret.",
    ],
)
def test_pronom_ou_civilite_d_un_tiers(texte: str) -> None:
    assert C.style not in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'adhérent est arrivé en retard. Il a décroché un entretien chez Lidl.",
        "Elle aurait aimé commencer la formation plus tôt.",
        "Il est sous curatelle depuis l'an dernier.",
        "L'employeur a rappelé M. Garnier pour un essai.",
        "Le CV de Mme Bertin est à jour.",
    ],
)
def test_la_personne_en_troisieme_personne_reste_signalee(texte: str) -> None:
    assert C.style in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    ("texte", "prenoms"),
    [
        ("Vous avez déposé votre candidature chez Jules, rue de la République.", ("Jules",)),
        ("Le poste est à Florence, en Italie, pour six mois.", ("Florence",)),
        ("Vous avez postulé chez Marie Blachère comme vendeuse.", ("Marie",)),
        ("Vous visez la Marine nationale.", ("Marine",)),
        ("Votre inscription à France Travail est faite.", ("France",)),
        ("Le jury a été clément à l'oral.", ("Clément",)),
    ],
)
def test_prenom_dans_un_lieu_ou_une_enseigne(texte: str, prenoms: tuple[str, ...]) -> None:
    assert C.style not in categories(texte, prenoms), verifier(texte, prenoms=prenoms)


def test_le_prenom_de_la_personne_reste_signale() -> None:
    assert C.style in categories("Jules a envoyé son CV à trois agences.", ("Jules",))
    assert C.style in categories("RDV avec florence pour préparer l'oral.", ("Florence",))
