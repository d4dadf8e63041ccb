"""Les familles de mots : conjugaisons, accords, locutions et contextes, pas des phrases.

Chaque famille est essayée sous plusieurs formes (personnes, temps, genre,
nombre, ordre des mots, argot) et avec ses pièges de la vie professionnelle.
"""

from __future__ import annotations

import re

import pytest

from assistant.redaction import Categorie, verifier
from assistant.redaction.flexions import BOIRE, CROIRE, MENTIR, adjectif, participe, verbe_er

C = Categorie


def categories(texte: str) -> set[Categorie]:
    return {c.categorie for c in verifier(texte)}


# ---------------------------------------------------------------- flexions


def test_verbe_du_premier_groupe_toutes_les_formes() -> None:
    motif = re.compile(verbe_er("pri"))
    for forme in (
        "prie",
        "pries",
        "prient",
        "prions",
        "priez",
        "priait",
        "priaient",
        "prier",
        "priera",
        "prierez",
        "prierait",
        "pria",
        "priee",
        "priees",
        "priant",
    ):
        assert motif.fullmatch(forme), forme
    assert not motif.fullmatch("prix")
    assert not re.fullmatch(verbe_er("jeun", sauf=("jeune", "jeunes")), "jeune")


def test_verbes_irreguliers_et_accords() -> None:
    assert all(re.fullmatch(CROIRE, f) for f in ("croyez", "croit", "croyait", "croire"))
    assert all(re.fullmatch(BOIRE, f) for f in ("buvez", "boit", "buvait", "boivent"))
    assert all(re.fullmatch(MENTIR, f) for f in ("mentez", "ment", "mentait", "menti"))
    assert not re.fullmatch(MENTIR, "mentions")
    assert all(re.fullmatch(adjectif("invalide"), f) for f in ("invalide", "invalides"))
    assert all(re.fullmatch(adjectif("sourd"), f) for f in ("sourd", "sourde", "sourdes"))
    assert all(re.fullmatch(participe("reconn", "u"), f) for f in ("reconnu", "reconnues"))


# ---------------------------------------------------------------- santé


@pytest.mark.parametrize(
    "texte",
    [
        # l'adjectif du nom
        "Vous êtes reconnue invalide depuis 2021.",
        "Reconnu invalide à 80 %.",
        "L'adhérent est invalide catégorie 2.",
        "Vous avez été déclarée inapte par la médecine du travail.",
        "Vous êtes claustrophobe, pas d'ascenseur.",
        "Vous êtes bègue, l'oral est difficile.",
        "Vous gardez des séquelles de l'accident.",
        "Vous êtes traumatisé depuis l'agression.",
        "Vous êtes allergique au latex.",
        "Allergies sévères, à signaler.",
        "Vous marchez avec des béquilles.",
        "Vous êtes appareillée des deux oreilles.",
        "Vous êtes daltonien.",
        "Vous êtes arthrosique.",
        # verbes conjugués et locutions
        "Vous souffrez du dos depuis l'hiver.",
        "Vous souffriez de migraines.",
        "Vous avez mal aux genoux.",
        "Vous vous soignez depuis l'an dernier.",
        "Vous devez vous faire opérer en mai.",
        "Vous avez été internée plusieurs semaines.",
        "Vous êtes sous oxygène la nuit.",
        "Risque de rechute, vous le savez.",
        "Vous attendez un bébé pour l'été.",
        "Départ en congé mat prévu.",
        # alcool : le verbe boire à toutes les personnes
        "Vous buvez beaucoup le soir.",
        "Vous buviez trop à l'époque.",
        "L'adhérent boit dès le matin.",
        "Vous levez un peu trop le coude.",
        "Souci avec la boisson évoqué.",
        # spécialistes et soins quand ils concernent la personne
        "Vous êtes suivie par un neurologue.",
        "Rendez-vous chez votre oncologue mardi.",
        "Vous voyez une orthophoniste chaque semaine.",
        "Vous sortez de cure.",
        "Vous prenez un traitement pour la tension.",
    ],
)
def test_sante_familles(texte: str) -> None:
    assert C.sante in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Votre carte est invalide, à renouveler.",
        "Adresse mail invalide : à corriger.",
        "Le justificatif est invalide.",
        "Vous cherchez un poste de secrétaire chez un dermatologue.",
        "Vous avez postulé comme ambulancier.",
        "Vous visez un emploi en maternité comme ASH.",
        "Poste d'agent d'accueil dans un établissement de cure thermale.",
        "Traitement des commandes et du courrier.",
    ],
)
def test_sante_pieges(texte: str) -> None:
    assert C.sante not in categories(texte), verifier(texte)


# ---------------------------------------------------------------- religion


@pytest.mark.parametrize(
    "texte",
    [
        "Vous priez cinq fois par jour.",
        "L'adhérente prie chaque soir.",
        "Vous priiez à la mosquée.",
        "Vous avez prié pendant la pause.",
        "Vous faites vos prières au travail.",
        "Vous faites le jeûne, horaires à adapter.",
        "Pendant le jeûne, vous préférez le matin.",
        "Vous jeûnez pendant un mois.",
        "Vous croyez en Dieu.",
        "Vous croyiez en la réincarnation.",
        "Vos croyances vous interdisent certains postes.",
        "Vous allez à la messe le dimanche.",
        "Vous lisez le Coran chaque jour.",
        "Vous êtes baptisée depuis peu.",
        "Vous vous êtes convertie au christianisme.",
        "Vous êtes orthodoxe.",
    ],
)
def test_religion_familles(texte: str) -> None:
    assert C.religion in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Je vous prie de rappeler l'employeur.",
        "Vous êtes prié de fournir vos bulletins.",
        "Nous vous prions de trouver ci-joint le planning.",
        "Prière de rapporter le badge.",
        "Vous avez une licence en sociologie des religions.",
        "Vous avez postulé au Secours catholique comme chauffeur.",
        "Candidature dans un collège privé catholique pour un poste d'agent d'entretien.",
        "Vous êtes un jeune de 22 ans, motivé par la logistique.",
        "Le jeune stagiaire vous a présenté l'atelier.",
        "La grand-messe du recrutement a lieu au salon.",
        "Histoire des religions et philosophie au programme du master.",
        "Méthode pas très orthodoxe mais efficace pour trouver un stage.",
    ],
)
def test_religion_pieges(texte: str) -> None:
    assert categories(texte) == set(), verifier(texte)


# ---------------------------------------------------------------- judiciaire


@pytest.mark.parametrize(
    "texte",
    [
        "Votre permis a été annulé pour alcoolémie.",
        "Votre permis vous a été retiré en mars.",
        "Le permis de l'adhérent est suspendu pour six mois.",
        "Vous vous êtes fait retirer le permis.",
        "On vous a suspendu le permis en janvier.",
        "Suspension de votre permis jusqu'en juin.",
        "Vous avez passé 3 ans en centrale.",
        "Vous sortez de centrale depuis un mois.",
        "Vous avez fait 2 ans ferme.",
        "Vous avez pris six mois ferme.",
        "Vous êtes libéré sous conditions.",
        "Vous avez fait deux ans à l'ombre.",
        "Vous avez un casier.",
        "Vous avez déjà un casier chargé.",
        "Reconnu coupable en 2020.",
        "Vous êtes convoqué au tribunal en mai.",
        "Vous avez une obligation de soins.",
        "Interdiction de paraître dans le département.",
        "Refus d'obtempérer en 2019.",
    ],
)
def test_judiciaire_familles(texte: str) -> None:
    assert C.judiciaire in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Votre examen du permis a été annulé, nouvelle date en juin.",
        "La session du permis est annulée pour cause de neige.",
        "Vous avez retiré votre permis à la préfecture.",
        "Vous visez un poste de cariste en centrale d'achat.",
        "Mission à la centrale nucléaire comme agent de maintenance.",
        "Vous avez travaillé 3 ans en cuisine centrale.",
        "Vous avez un casier au vestiaire.",
        "Vous avez demandé un casier pour vos affaires.",
        "Vous cherchez une ferme pour un stage en maraîchage.",
    ],
)
def test_judiciaire_pieges(texte: str) -> None:
    assert C.judiciaire not in categories(texte), verifier(texte)


# ---------------------------------------------------------------- jugements


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes complètement à l'ouest.",
        "Adhérent un peu à l'ouest aujourd'hui.",
        "Vous êtes un beau parleur.",
        "Une belle parleuse qui promet beaucoup.",
        "Vous racontez des salades.",
        "Adhérente pénible et geignarde.",
        "Vous êtes pénible au téléphone.",
        "Vous êtes insupportable quand on parle de l'emploi.",
        "Vous avez un poil dans la main.",
        "Vous vous tournez les pouces.",
        "Vous traînez les pieds pour les démarches.",
        "Vous n'avez pas inventé la poudre.",
        "Vous êtes lente à la détente.",
        "Vous êtes une tête de mule.",
        "Grande gueule, vous coupez la parole.",
        "On n'en tirera rien.",
        "Vous ne tenez jamais vos engagements.",
        "Vous mentez souvent sur vos démarches.",
        "L'adhérent nous a menti sur ses diplômes.",
        "Vous êtes râleur.",
        "Vous êtes toujours à vous plaindre.",
        "Vous êtes à côté de vos pompes.",
        "Comportement bizarre en atelier.",
        "Vous vous la racontez.",
    ],
)
def test_jugement_familles(texte: str) -> None:
    assert C.jugement in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Vous habitez à l'ouest de la ville.",
        "L'entreprise est à l'ouest du département.",
        "Le travail en chambre froide est pénible.",
        "Port de charges pénible : à éviter.",
        "Horaires pénibles mais bien payés.",
        "Câble relié à la masse pour le contrôle.",
        "Vous maniez la louche en cuisine.",
        "Les mentions obligatoires figurent sur le CV.",
        "Vous racontez des histoires aux enfants comme animateur.",
        "Vous êtes à côté de la gare.",
    ],
)
def test_jugement_pieges(texte: str) -> None:
    assert C.jugement not in categories(texte), verifier(texte)


# ---------------------------------------------------------------- vie sexuelle, origine


@pytest.mark.parametrize(
    "texte",
    [
        "L'adhérent est en couple avec un homme.",
        "L'adhérente vit avec sa compagne.",
        "Vous êtes mariée avec une femme.",
        "Il vit avec son compagnon depuis 5 ans.",
        "Vous êtes en transition de genre.",
    ],
)
def test_vie_sexuelle_familles(texte: str) -> None:
    assert C.vie_sexuelle in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'adhérente est en couple avec un homme.",
        "L'adhérent vit avec sa compagne et deux enfants.",
        "Vous êtes mariée avec un homme.",
        "Vous vivez avec votre compagnon.",
    ],
)
def test_vie_sexuelle_pieges(texte: str) -> None:
    assert C.vie_sexuelle not in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes discriminé à cause de la couleur de votre peau.",
        "Vous êtes de la deuxième génération.",
        "Homme de couleur, vous parlez de remarques.",
        "Vous êtes très typé.",
    ],
)
def test_origine_familles(texte: str) -> None:
    assert C.origine in categories(texte), verifier(texte)


# ---------------------------------------------------------------- génétique, biométrie


@pytest.mark.parametrize(
    "texte",
    [
        "Le badge de votre ancien employeur utilisait vos empreintes.",
        "Vos empreintes ont été relevées.",
        "Prise d'empreintes exigée par l'ancien employeur.",
        "Vous êtes porteuse d'une mutation.",
        "Anomalie chromosomique connue.",
        "Vous avez fait une analyse génétique.",
    ],
)
def test_genetique_familles(texte: str) -> None:
    assert C.genetique_biometrie in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Vous cherchez un poste dans un laboratoire d'analyses génétiques.",
        "Vous visez un poste de technicien de labo en génétique.",
        "Master de biologie, spécialité génétique des populations.",
        "Vous réduisez votre empreinte carbone en venant à vélo.",
        "Vous avez installé des lecteurs biométriques chez votre ancien employeur.",
    ],
)
def test_genetique_pieges(texte: str) -> None:
    assert C.genetique_biometrie not in categories(texte), verifier(texte)


# ---------------------------------------------------------------- abréviations et argot


@pytest.mark.parametrize(
    ("texte", "categorie"),
    [
        ("Pb de dos, pas de port de charges.", C.sante),
        ("AM jusqu'au 30/06, reprise à voir.", C.sante),
        ("Vous avez été victime d'un AT en mars.", C.sante),
        ("Vous êtes sous Xanax.", C.sante),
        ("Vous sortez d'une maison de repos.", C.sante),
        ("Vous êtes accro aux jeux.", C.sante),
        ("Vous êtes catho.", C.religion),
        ("Vous étiez représentant du personnel pour FO.", C.syndicat),
        ("Vous êtes militante chez SUD.", C.syndicat),
        ("Vous faisiez grève régulièrement.", C.syndicat),
        ("Vous êtes un gilet jaune.", C.opinions_politiques),
        ("Vous êtes anti-Macron.", C.opinions_politiques),
        ("Vous êtes conseiller municipal d'opposition.", C.opinions_politiques),
        ("Vous attendez votre jugement.", C.judiciaire),
        ("Vous êtes en libération conditionnelle.", C.judiciaire),
        ("Vous avez une peine à effectuer.", C.judiciaire),
        ("Vous avez été interpellé.", C.judiciaire),
        ("Vous ne foutez rien.", C.jugement),
        ("Vous n'en fichez pas une.", C.jugement),
        ("Vous faites le minimum.", C.jugement),
        ("Vous êtes pas fute-fute.", C.jugement),
        ("Vous avez un caractère de cochon.", C.jugement),
        ("Vous manquez de maturité.", C.jugement),
        ("Vous êtes une personne difficile.", C.jugement),
        ("Vous avez l'air louche.", C.jugement),
        ("Vous êtes un homme, votre mari vous soutient.", C.vie_sexuelle),
        ("Votre iris a été scanné pour le badge.", C.genetique_biometrie),
        ("Vos parents sont marocains.", C.origine),
    ],
)
def test_abreviations_argot_et_locutions(texte: str, categorie: Categorie) -> None:
    assert categorie in categories(texte), verifier(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "RDV à 10h, AM libre pour les démarches.",
        "Vous avez travaillé à l'usine de batteries lithium.",
        "Vous avez fait vos études à la Catho de Lille.",
        "Vous cherchez au sud de Lyon.",
        "Formation anti-chute pour les travaux en hauteur.",
        "Vous portez un gilet jaune sur le chantier.",
        "Poste d'agent d'entretien en clinique psychiatrique.",
        "Vous avez postulé dans un centre de rééducation comme agent de service.",
        "Vous accompagnez des adultes autistes en foyer comme éducateur.",
        "Vous êtes médecin de formation, diplôme étranger à faire reconnaître.",
        "Vous visez un poste de juriste en droit syndical.",
        "Vous avez postulé comme agent administratif au SPIP.",
        "Vous attendez le jugement du jury de la VAE.",
        "Vous avez fait le minimum d'heures requis pour la formation.",
        "Vous travaillez avec un public difficile.",
        "Grève des transports : rendez-vous décalé.",
        "Vous vendez des bracelets sur les marchés.",
        "Vous êtes plâtrier, 10 ans d'expérience.",
        "Vous avez rencontré le conseiller municipal chargé de l'emploi.",
        "Vous voilà inscrit à la formation.",
        "Vous êtes venue avec une amie.",
        "L'adhérente vit avec son mari et ses enfants.",
        "Vous avez laissé une bonne empreinte chez l'employeur.",
        "Vous avez travaillé votre voix pour l'oral.",
        "C'est un peu bizarre que l'employeur ne rappelle pas.",
        "Vous consommez des produits locaux.",
        "La bible du marketing digital.",
        "Vous habitez un village un peu paumé.",
        "Vous êtes susceptible d'être recruté en mars.",
        "Vous êtes dans votre monde professionnel depuis 20 ans.",
    ],
)
def test_pieges_des_nouvelles_familles(texte: str) -> None:
    assert categories(texte) == set(), verifier(texte)


def test_proches_de_la_personne_ne_sont_pas_un_public() -> None:
    assert categories("Vous êtes éducateur auprès de jeunes autistes.") == set()
    assert C.sante in categories("Vous avez deux enfants autistes.")
