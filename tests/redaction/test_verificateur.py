"""Le vérificateur : chaque catégorie avec sa position, les pièges, les variantes d'écriture."""

from __future__ import annotations

import pytest

from assistant.redaction import Categorie, Constat, verifier
from assistant.redaction.modele import PERSONNELLES

C = Categorie


def trouves(texte: str, prenoms: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(catégorie, passage) de chaque constat."""
    return [(c.categorie.value, texte[c.debut : c.fin]) for c in verifier(texte, prenoms)]


def categories(texte: str, prenoms: tuple[str, ...] = ()) -> set[Categorie]:
    return {c.categorie for c in verifier(texte, prenoms)}


# ---------------------------------------------------------------- chaque catégorie


@pytest.mark.parametrize(
    ("texte", "categorie", "passage"),
    [
        ("Vous êtes sous traitement pour une dépression.", C.sante, "dépression"),
        ("L'adhérente est enceinte de 5 mois.", C.sante, "enceinte"),
        ("Vous avez une RQTH depuis 2020.", C.sante, "RQTH"),
        ("Consommation d'alcool évoquée.", C.sante, "alcool"),
        ("Hospitalisation prévue en mars.", C.sante, "Hospitalisation"),
        ("L'adhérent est d'origine marocaine.", C.origine, "d'origine marocaine"),
        ("Vous êtes militante à LFI.", C.opinions_politiques, "militante"),
        ("L'adhérente porte le voile.", C.religion, "porte le voile"),
        ("Vous êtes musulman pratiquant.", C.religion, "musulman"),
        ("Vous êtes syndiqué à la CGT.", C.syndicat, "syndiqué"),
        ("L'adhérent est homosexuel.", C.vie_sexuelle, "homosexuel"),
        ("Test ADN réalisé l'an dernier.", C.genetique_biometrie, "ADN"),
        ("Vous êtes sous bracelet électronique.", C.judiciaire, "bracelet électronique"),
        ("Garde à vue samedi dernier.", C.judiciaire, "Garde à vue"),
        ("Casier judiciaire chargé.", C.judiciaire, "Casier judiciaire"),
        ("L'adhérent est fainéant.", C.jugement, "fainéant"),
        ("Vous êtes pas motivé du tout.", C.jugement, "pas motivé"),
        ("Personne de mauvaise foi.", C.jugement, "de mauvaise foi"),
        ("Mme Diallo est venue à l'heure.", C.style, "Mme Diallo"),
        ("Il souhaite se former au métier de cariste.", C.style, "Il"),
    ],
)
def test_chaque_categorie_avec_son_passage(texte: str, categorie: Categorie, passage: str) -> None:
    assert (categorie.value, passage) in trouves(texte)


def test_constat_complet_et_immuable() -> None:
    texte = "Vous êtes diabétique."
    (constat,) = verifier(texte)
    assert isinstance(constat, Constat)
    assert constat.categorie is Categorie.sante
    assert texte[constat.debut : constat.fin] == "diabétique"
    assert "diabétique" in constat.explication
    assert "RGPD" in constat.explication
    assert "contraintes" in constat.suggestion
    assert constat.en_dict() == {
        "categorie": "sante",
        "debut": constat.debut,
        "fin": constat.fin,
        "explication": constat.explication,
        "suggestion": constat.suggestion,
    }
    with pytest.raises(AttributeError):
        constat.debut = 0  # type: ignore[misc]


def test_toutes_les_categories_sont_couvertes() -> None:
    textes = [
        "Diabétique.",
        "D'origine algérienne.",
        "Militant RN.",
        "Catholique pratiquant.",
        "Délégué syndical.",
        "Lesbienne.",
        "Empreintes digitales relevées.",
        "Sortie de prison.",
        "Menteur.",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "Elle explique avoir perdu son emploi.",
    ]
    vues = set().union(*(categories(t) for t in textes))
    assert vues == set(Categorie) - PERSONNELLES
    personnelles = verifier("Tél. 06 12 34 56 78, vous êtes mariée.", personnelles=True)
    assert {c.categorie for c in personnelles} == PERSONNELLES


def test_suggestions_propres_a_la_famille() -> None:
    (grossesse,) = verifier("Vous êtes enceinte.")
    (hospit,) = verifier("Hospitalisation en mars.")
    assert grossesse.suggestion != hospit.suggestion
    assert all(c.suggestion and c.explication for c in verifier("Il est fainéant et alcoolique."))


@pytest.mark.parametrize(
    "texte",
    [
        "Il est fainéant, menteur et agressif.",
        "Vous êtes diabétique et enceinte.",
        "Casier judiciaire, bracelet électronique, suivi SPIP.",
        "D'origine turque.",
        "Catholique pratiquant, syndiqué CGT, militant LFI.",
        "Homosexuel.",
        "Test ADN.",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "Mme Diallo est venue.",
    ],
)
def test_suggestions_pretes_a_remplacer_le_passage(texte: str) -> None:
    constats = verifier(texte)
    assert constats
    for constat in constats:
        assert constat.suggestion.strip() == constat.suggestion != ""
        assert "«" not in constat.suggestion and "»" not in constat.suggestion
        assert texte[constat.debut : constat.fin] not in constat.suggestion
        assert constat.explication.startswith("« ")


def test_suggestion_de_style_accordee_et_en_majuscule_en_tete() -> None:
    (il,) = [c for c in verifier("Il souhaite un CDI.") if c.categorie is C.style]
    assert il.suggestion == "L'adhérent"
    (mme,) = verifier("Mme Diallo est venue.")
    assert mme.suggestion == "L'adhérente"
    (karim,) = verifier("Rendez-vous avec Karim mardi.", ("Karim",))
    assert karim.suggestion == "l'adhérent"
    texte = "Rendez-vous avec Karim mardi."
    remplace = texte[: karim.debut] + karim.suggestion + texte[karim.fin :]
    assert remplace == "Rendez-vous avec l'adhérent mardi."


def test_texte_vide_ou_blanc() -> None:
    assert verifier("") == []
    assert verifier("   \n\t") == []


def test_resultat_independant_de_la_memoire() -> None:
    premier = verifier("Vous êtes diabétique.")
    premier.clear()
    assert len(verifier("Vous êtes diabétique.")) == 1


# ---------------------------------------------------------------- écriture des conseillers


@pytest.mark.parametrize(
    "texte",
    [
        "Vous êtes diabétique.",
        "VOUS ETES DIABETIQUE.",
        "vous etes diabetique",
        "Vous êtes diabétiques.",
        "L'adhérente, diabétique, cherche un poste.",
        "Diabète de type 2.",
        "Problème de diabete.",
    ],
)
def test_accents_majuscules_pluriels_feminins(texte: str) -> None:
    assert C.sante in categories(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Problème d'alcool.",
        "Problème d’alcool.",
        "Probleme d alcool.",
        "L'hospitalisation est prévue.",
        "Vous sortez d'hospit. la semaine prochaine.",
        "ttt lourd en cours",
        "Suivi au CMP.",
        "Dossier MDPH déposé.",
        "Vous touchez l'AAH.",
        "ALD reconnue.",
        "Elle a fait une TS.",
        "Travailleuse handicapée.",
        "Hospitalisée en psychiatrie.",
        "Enceinte de 3 mois.",
        "Grossesse difficile.",
        "Consommation de cannabis.",
        "Vous avez eu un cancer.",
        "Dépressive depuis 2020.",
    ],
)
def test_abreviations_et_elisions_sante(texte: str) -> None:
    assert C.sante in categories(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Suivi SPIP en cours.",
        "TIG à effectuer.",
        "Vous êtes incarcéré depuis mai.",
        "Sous bracelet electronique.",
        "GAV le week-end dernier.",
        "Ex-détenu.",
        "Condamnée en 2021.",
        "Permis suspendu pour 6 mois.",
        "Le JAP a refusé.",
    ],
)
def test_abreviations_judiciaires(texte: str) -> None:
    assert C.judiciaire in categories(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Fainéante.",
        "FAINEANT",
        "Menteuse.",
        "Très agressive au téléphone.",
        "Paresseux.",
        "Manipulatrice.",
        "Tenue sale.",
        "Un peu bête.",
        "Incapable de suivre.",
        "Ne fait aucun effort.",
        "Profiteur.",
        "N'est pas motivée.",
        "Vous êtes nul en calcul.",
    ],
)
def test_jugements_de_valeur(texte: str) -> None:
    assert C.jugement in categories(texte)


# ---------------------------------------------------------------- pièges : vie professionnelle


@pytest.mark.parametrize(
    "texte",
    [
        "Vous souhaitez travailler dans le secteur de la santé.",
        "Projet : aide-soignante, concours en mai.",
        "Vous visez un poste d'infirmier en bloc opératoire.",
        "Candidature au poste de surveillant pénitentiaire.",
        "Vous préparez le concours de l'administration pénitentiaire.",
        "Immersion dans une clinique vétérinaire.",
        "Vous connaissez les gestes de premiers secours.",
        "Formation SST validée.",
        "Le syndic de copropriété recrute un gardien.",
        "Votre opinion sur l'atelier : très utile.",
        "Origine de la demande : CAF.",
        "Vous suivez religieusement les consignes.",
        "Casier au vestiaire pour le stage.",
        "Vous avez postulé comme agent hospitalier.",
        "Stage de 3 semaines à l'hôpital comme ASH.",
        "Vous souhaitez travailler auprès de personnes en situation de handicap.",
        "Soudure TIG et MIG maîtrisées.",
        "Inscription à la formation traitement de texte.",
        "La politique de la ville finance l'atelier.",
        "Vous parlez arabe et portugais.",
        "Commis dans un restaurant asiatique.",
        "Éclairs et religieuses au chocolat.",
        "Extrait de casier judiciaire à fournir pour le poste.",
        "Licenciement suite à la liquidation judiciaire de l'entreprise.",
        "Gilet jaune et chaussures de sécurité sur le chantier.",
        "Présentation soignée.",
        "Vous êtes intéressée par le milieu médical.",
        "Il y a eu un malentendu sur l'heure.",
        "Il faut prévoir une tenue adaptée.",
        "Il est important de relancer l'employeur.",
        "La formation dure 6 mois ; elle est rémunérée.",
        "Moniteur de voile en projet.",
        "Prière de rappeler l'employeur.",
        "L'entreprise est dans l'enceinte de l'aéroport.",
        "Rendez-vous avec Mme Martin, responsable RH.",
        "Vous avez une bonne santé financière.",
        "Atelier de prévention des TMS.",
        "Visite médicale d'embauche prévue.",
        "Vous êtes employé à la maison d'arrêt comme cuisinier.",
        "Le poste est au service psychiatrie de l'hôpital.",
        "Vous avez vécu 10 ans à l'étranger.",
        "Produits d'origine locale.",
        "Poste de brancardier au centre hospitalier.",
        "Vous travaillez en chambre froide.",
        "Le trafic routier rallonge le trajet.",
        "Votre dossier est en cours de traitement.",
        "Opération de recrutement à la mairie.",
        "Joints de carrelage à refaire sur le chantier.",
        "Vous parlez couramment le turc.",
    ],
)
def test_pas_de_fausse_alerte_sur_la_vie_professionnelle(texte: str) -> None:
    assert trouves(texte) == []


def test_le_contexte_personnel_l_emporte_sur_le_metier() -> None:
    assert categories("Vous êtes à l'hôpital cette semaine.") == {C.sante}
    assert categories("Vous avez fait un stage à l'hôpital.") == set()
    assert categories("Recherche d'emploi difficile à cause de son handicap.") == {C.sante}
    assert categories("Votre avocat vous a rappelé.") == {C.judiciaire}
    assert categories("Assistante juridique dans un cabinet d'avocats.") == set()


# ---------------------------------------------------------------- style


def test_style_pronoms_seulement_pour_une_personne() -> None:
    assert ("style", "Il") in trouves("Il n'a pas ramené ses papiers.")
    assert ("style", "Elle") in trouves("Elle a déposé trois candidatures.")
    assert ("style", "elle") in trouves("Le stage est fini, mais elle souhaite continuer.")
    assert ("style", "Il") in trouves("Il est paresseux.")
    assert trouves("Il reste deux places.") == []
    assert trouves("Il y a eu une erreur.") == []
    assert trouves("La formation commence lundi. Elle dure trois mois.") == []
    assert trouves("L'adhérent explique qu'il cherche un CDI.") == []


def test_style_civilites() -> None:
    assert ("style", "M. Martin") in trouves("M. Martin a postulé chez Lidl.")
    assert ("style", "Madame Leroy") in trouves("Madame Leroy indique vouloir se former.")
    assert ("style", "Monsieur") in trouves("Monsieur est arrivé en retard.")
    assert trouves("Rendez-vous avec M. Durand, directeur d'agence.") == []
    assert trouves("Bonjour Madame, voici le programme.") == []


def test_style_prenoms() -> None:
    assert ("style", "Karim") in trouves("Karim a trouvé un stage.", ("Karim",))
    assert ("style", "karim") in trouves("rdv avec karim mardi", ("Karim",))
    assert ("style", "Benali") in trouves("Benali est venu.", ("Karim Benali",))
    assert ("style", "Jean-Pierre") in trouves("Jean-Pierre est venu.", ("Jean-Pierre",))
    assert trouves("Karim a trouvé un stage.") == []
    # un prénom qui est aussi un mot courant n'est signalé qu'avec sa majuscule
    assert trouves("La situation est claire.", ("Claire",)) == []
    assert ("style", "Claire") in trouves("Claire est venue.", ("Claire",))
    assert trouves("Karim a trouvé un stage.", ("", "  ")) == []


# ---------------------------------------------------------------- positions d'origine


def test_positions_avec_ligatures_et_accents_decomposes() -> None:
    texte = "Cœur fragile, sœur présente ; vous êtes de\u0301prime\u0301e."
    (constat,) = verifier(texte)
    assert texte[constat.debut : constat.fin] == "de\u0301prime\u0301e"

    texte = "Œuvre sociale ; l’adhérent est alcoolique."
    (constat,) = verifier(texte)
    assert texte[constat.debut : constat.fin] == "alcoolique"


def test_positions_sur_plusieurs_lignes() -> None:
    texte = "Première ligne sans rien.\nDeuxième ligne : vous êtes\nen garde à vue."
    (constat,) = verifier(texte)
    assert texte[constat.debut : constat.fin] == "garde à vue"


def test_plusieurs_constats_dans_l_ordre_sans_chevauchement() -> None:
    texte = "Il a fait de la prison, il boit trop et il est fainéant."
    constats = verifier(texte)
    positions = [(c.debut, c.fin) for c in constats]
    assert positions == sorted(positions)
    assert all(a[1] <= b[0] for a, b in zip(positions, positions[1:], strict=False))
    assert {c.categorie for c in constats} == {C.style, C.judiciaire, C.sante, C.jugement}


def test_un_long_texte() -> None:
    texte = ("Vous avez envoyé trois candidatures cette semaine. " * 80) + "Vous êtes diabétique."
    constats = verifier(texte)
    assert [texte[c.debut : c.fin] for c in constats] == ["diabétique"]
