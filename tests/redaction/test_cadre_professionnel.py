"""Le « cadre professionnel » : un mot sensible complément d'un mot de travail, d'employeur,
de formation ou d'études désigne le lieu, l'employeur ou la matière, pas la personne.

Phrases neuves (absentes des corpus) : le cadre du métier se tait, la même institution ou
le même mot rattaché à la personne reste signalé.
"""

from __future__ import annotations

import pytest

from assistant.redaction import Categorie, verifier

C = Categorie


def categories(texte: str) -> set[Categorie]:
    return {c.categorie for c in verifier(texte)}


@pytest.mark.parametrize(
    "texte",
    [
        "Vous travaillez comme aide-soignant au CMPP de Bondy.",
        "Animatrice à l'aumônerie de la prison, contrat aidé.",
        "Vous avez été embauchée comme secrétaire au centre de détention.",
        "Stage de six semaines chez un traiteur casher.",
        "Vous êtes agent d'accueil au sein de la MDPH.",
        "Licence en droit des étrangers validée.",
        "Vous cherchez une alternance en laboratoire de génétique.",
        "Vous avez été vendeur dans une librairie religieuse.",
        "Vous avez été cuisinier pour une association de malades du sida.",
        "Vous êtes veilleur de nuit, poste au foyer pour toxicomanes.",
        "Vous avez fait des permanences avec le Samu social comme vacataire.",
        "L'entreprise a subi une saignée de ses effectifs.",
        "Vous avez été serveuse dans un bar lesbien de Lyon.",
        "Master de théologie protestante obtenu en 2019.",
        "Vous avez travaillé à la CPAM au service des arrêts maladie.",
    ],
)
def test_cadre_professionnel_neutre(texte: str) -> None:
    assert not categories(texte) & {
        C.sante,
        C.religion,
        C.judiciaire,
        C.origine,
        C.vie_sexuelle,
        C.syndicat,
        C.opinions_politiques,
        C.genetique_biometrie,
    }, texte


@pytest.mark.parametrize(
    ("texte", "categorie"),
    [
        ("Votre enfant est suivi au CMPP de Bondy.", C.sante),
        ("Vous allez à l'aumônerie chaque semaine.", C.religion),
        ("Vous êtes suivi au CSAPA depuis un an.", C.sante),
        ("Votre conseillère au SPIP vous attend lundi.", C.judiciaire),
        ("Vous êtes en arrêt de travail pour une dépression.", C.sante),
        ("Poste adapté à votre handicap à prévoir.", C.sante),
        ("Formation interrompue par une hospitalisation.", C.sante),
        ("Vous êtes salarié et séropositif.", C.sante),
        ("L'agent a un cancer du côlon.", C.sante),
        ("Vous êtes un employé musulman pratiquant.", C.religion),
        ("Vous êtes militant dans un syndicat étudiant, la CGT.", C.syndicat),
        ("Vous avez été condamné pour vol chez votre ancien employeur.", C.judiciaire),
        ("Vous ne travaillez pas le samedi pour le shabbat.", C.religion),
        ("Vous êtes asexuel.", C.vie_sexuelle),
        ("Vous êtes pansexuelle depuis toujours, dites-vous.", C.vie_sexuelle),
        ("Vous parlez de votre bisexualité avec aisance.", C.vie_sexuelle),
        ("Conversion à l'islam en cours.", C.religion),
    ],
)
def test_personne_signalee(texte: str, categorie: Categorie) -> None:
    assert categorie in categories(texte), texte
