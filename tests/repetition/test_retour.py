"""Le retour de répétition : un bon entretien, des entretiens faibles, et chaque point perdu."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.repetition import AdherentSimule, Retour, evaluer, progression
from assistant.repetition import constats as module_constats
from assistant.repetition.retour import BAREME, temps_prevus
from conducteurs.modele import Conducteur, ElementCadre
from etats import RAISON_CONSENTEMENT_NON_RECUEILLI, RAISON_CONSENTEMENT_REFUSE
from tests.repetition.outils import (
    CATALOGUE,
    PERSONAS,
    RDV,
    TACHES_BIEN,
    AFixer,
    Passer,
    conduire,
    guide,
    persona,
)


@dataclass(frozen=True)
class ConstatFactice:
    """Un constat à la manière de `assistant.redaction.verifier`."""

    categorie: str
    debut: int
    fin: int
    explication: str
    suggestion: str = ""


@pytest.fixture(autouse=True)
def sans_verificateur(monkeypatch: pytest.MonkeyPatch) -> None:
    """Des tests indépendants des règles du vérificateur RGPD : il ne signale rien."""
    monkeypatch.setattr(module_constats, "verifier", lambda texte, prenoms=(): [])


_PREFIXES = {
    "Cadre": "cadre",
    "Durée": "cadre",
    "Consentement": "consentement",
    "Travail": "travail",
    "Autonomie": "autonomie",
    "Rendez-vous": "rendez-vous",
    "Étapes": "etapes",
    "Temps": "temps",
    "RGPD": "rgpd",
}


def _critere_de(raison: str) -> str:
    return _PREFIXES[raison.split(" :", 1)[0]]


def obtenus(retour: Retour) -> dict[str, int]:
    return {c.nom: c.obtenus for c in retour.criteres}


# ------------------------------------------------------------------ barème
def test_le_bareme_fait_cent_points() -> None:
    assert sum(points for _, points in BAREME.values()) == 100


def test_chaque_raison_porte_le_nom_de_son_critere() -> None:
    g = guide("premier-accueil")
    deroule = conduire(g, arreter_avant="information-donnees")
    retour = evaluer(g, deroule.entretien.donnees)
    for points, raison in retour.points_perdus:
        critere = _critere_de(raison)
        assert critere in BAREME
        assert points > 0
    perdus = {c.nom: c.maximum - c.obtenus for c in retour.criteres}
    for critere, total in perdus.items():
        assert total == sum(p for p, r in retour.points_perdus if _critere_de(r) == critere)


# ------------------------------------------------------------- bons entretiens
def test_un_bon_entretien_de_premier_accueil() -> None:
    g = guide("premier-accueil")
    p = persona("samir-cooperatif")
    deroule = conduire(g, adherent=AdherentSimule(p, 4, conducteur=g))
    assert deroule.entretien.etat == "cloture"
    retour = evaluer(g, deroule.entretien.donnees, persona=p)
    assert retour.score >= 90
    for critere in ("cadre", "consentement", "travail", "autonomie", "rendez-vous"):
        assert obtenus(retour)[critere] == BAREME[critere][1], critere
    assert retour.score == 100
    assert retour.points_perdus == []
    assert retour.cloture
    assert retour.cadre == dict.fromkeys(ElementCadre, True)
    assert retour.consentement == "obtenu"
    assert (retour.taches_adherent, retour.taches_conseiller) == (1, 1)
    assert retour.prochain_rdv == RDV
    assert retour.etapes_oubliees == []
    assert [t.sequence for t in retour.temps] == ["introduction", "echange", "conclusion"]
    assert [(t.prevu_minutes, t.reel_minutes) for t in retour.temps] == [
        (10, 10),
        (40, 40),
        (10, 10),
    ]
    assert retour.duree_prevue_minutes == 60
    assert retour.persona == "samir-cooperatif"
    texte = retour.texte()
    assert "Score : 100/100" in texte
    assert "Points perdus" not in texte


@pytest.mark.parametrize("identifiant", sorted(CATALOGUE.entrees))
def test_un_entretien_parfait_vaut_cent_dans_chaque_guide(identifiant: str) -> None:
    g = guide(identifiant)
    retour = evaluer(g, conduire(g).entretien.donnees)
    assert retour.points_perdus == []
    assert retour.score == 100


def test_la_duree_renegociee_avec_une_personne_pressee() -> None:
    g = guide("premier-accueil")
    p = persona("julien-presse")
    deroule = conduire(
        g,
        adherent=AdherentSimule(p, 4, conducteur=g),
        valeurs={"duree-entretien": 30, "situation-actuelle": Passer("Faute de temps")},
    )
    retour = evaluer(g, deroule.entretien.donnees, persona=p)
    assert retour.points_perdus == []
    assert retour.duree_prevue_minutes == 30
    assert [t.prevu_minutes for t in retour.temps] == [5, 20, 5]
    assert any("Durée renégociée" in r for c in retour.criteres for r in c.remarques)
    assert retour.etapes_passees == {"situation-actuelle": "Faute de temps"}
    assert "arrive en retard" in retour.epreuves


def test_un_refus_de_consentement_respecte() -> None:
    g = guide("premier-accueil")
    p = persona("monique-mefiante")
    deroule = conduire(
        g,
        adherent=AdherentSimule(p, 4, conducteur=g),
        valeurs={"information-donnees": False, "formulaire-signe": False},
    )
    retour = evaluer(g, deroule.entretien.donnees, persona=p)
    assert retour.score == 100
    assert retour.consentement == "refuse"
    personnelles = {e.identifiant for _, e in g.etapes() if e.personnel}
    assert retour.etapes_passees == dict.fromkeys(personnelles, RAISON_CONSENTEMENT_REFUSE)
    remarques = [r for c in retour.criteres for r in c.remarques]
    assert "Refus du consentement respecté : aucune donnée personnelle notée." in remarques


# ------------------------------------------------------------- entretiens faibles
def test_un_entretien_faible_mais_clos() -> None:
    g = guide("premier-accueil")
    p = persona("monique-mefiante")
    note = "La personne est agressive et paranoïaque."
    deroule = conduire(
        g,
        adherent=AdherentSimule(p, 4, conducteur=g),
        valeurs={
            "information-donnees": True,  # alors qu'elle a refusé
            "taches": [TACHES_BIEN[1]],  # seulement pour le conseiller
            "prochain-rdv": AFixer(raison="agenda pas disponible"),
        },
        minutes={"introduction": 20, "echange": 45, "conclusion": 10},
        notes={"demande-adherent": note},
    )
    assert deroule.entretien.etat == "cloture"
    constats = {
        note: [
            ConstatFactice(
                "jugement de valeur",
                note.find("agressive"),
                len(note) - 1,
                "un jugement, pas un fait",
                "décrivez les faits observés",
            )
        ]
    }
    retour = evaluer(g, deroule.entretien.donnees, constats, persona=p)
    assert retour.points_perdus == [
        (
            10,
            "Consentement : vous avez noté « oui » alors que la personne a refusé le "
            "traitement de ses données ; notez son refus, sans le lui reprocher.",
        ),
        (
            5,
            "Autonomie : toutes les tâches sont pour le conseiller ; convenez avec "
            "l'adhérent d'au moins une tâche qu'il réalise en autonomie.",
        ),
        (
            5,
            "Rendez-vous : laissé « à fixer » (agenda pas disponible) ; fixez la date avec "
            "la personne pendant l'entretien quand c'est possible.",
        ),
        (4, "Temps : l'entretien a duré 75 min pour 60 min convenues."),
        (2, "Temps : introduction — 20 min pour 10 min prévues."),
        (
            5,
            "RGPD : Note (étape « Recueil de la demande »), jugement de valeur — un "
            "jugement, pas un fait.",
        ),
    ]
    assert retour.score == 69
    assert obtenus(retour)["cadre"] == 30
    assert retour.prochain_rdv is None
    assert retour.prochain_rdv_a_fixer == "agenda pas disponible"
    (constat,) = retour.constats_rgpd
    assert constat.extrait == "agressive et paranoïaque"
    assert constat.suggestion == "décrivez les faits observés"
    texte = retour.texte()
    assert "Score : 69/100" in texte
    assert "−10 : Consentement" in texte


def test_une_repetition_interrompue_par_une_personne_en_retard() -> None:
    g = guide("premier-accueil")
    p = persona("julien-presse")
    adherent = AdherentSimule(p, 4, conducteur=g)
    assert adherent.evenement_initial() is not None
    deroule = conduire(
        g,
        adherent=adherent,
        valeurs={"duree-entretien": 60},
        arreter_avant="information-donnees",
    )
    retour = evaluer(g, deroule.entretien.donnees, persona=p)
    assert not retour.cloture
    assert retour.points_perdus[:5] == [
        (
            6,
            "Durée : vous avez noté 60 minutes alors que la personne a dit ne disposer que "
            "de 30 minutes ; renégociez la durée avec elle (au plus 30 minutes) et adaptez "
            "le déroulement.",
        ),
        (
            10,
            "Consentement : il n'a pas été demandé (étape « Information sur les données et "
            "consentement »).",
        ),
        (10, "Travail : aucune tâche n'a été convenue pour le prochain rendez-vous."),
        (5, "Autonomie : aucune tâche n'est confiée à l'adhérent."),
        (10, "Rendez-vous : la date du prochain rendez-vous n'a pas été fixée."),
    ]
    assert retour.cadre[ElementCadre.duree] is False
    assert obtenus(retour)["etapes"] == 0
    assert [r for p_, r in retour.points_perdus if r.startswith("Étapes")] == [
        f"Étapes : l'étape obligatoire « {g.etape(i).titre} » n'a pas été couverte."
        for i in (
            "formulaire-signe",
            "demande-adherent",
            "origine-orientation",
            "decision-entree",
            "evaluation-entretien",
        )
    ]
    assert retour.score == 44
    assert retour.consentement == "non_demande"
    assert {"information-donnees", "taches-prochain-rdv", "prochain-rdv"} <= set(
        retour.etapes_oubliees
    )
    assert "entretien non clos" in retour.texte()


def test_le_retard_seul_impose_une_duree_reduite() -> None:
    g = guide("diagnostic")  # 90 minutes
    p = persona("julien-presse")
    sans_contestation = p.model_copy(
        update={"evenements": [e for e in p.evenements if e.type.value == "retard"]}
    )
    deroule = conduire(g, valeurs={"duree-entretien": 90})
    retour = evaluer(g, deroule.entretien.donnees, persona=sans_contestation)
    (perte,) = retour.points_perdus
    assert perte[0] == 6
    assert "15 minutes de retard sur un entretien prévu de 90 minutes" in perte[1]
    assert "au plus 75 minutes" in perte[1]


# ------------------------------------------------------------------ RGPD
def test_les_confidences_de_sante_recopiees() -> None:
    g = guide("premier-accueil")
    p = persona("nathalie-sante")
    deroule = conduire(
        g,
        adherent=AdherentSimule(p, 4, conducteur=g),
        valeurs={"demande-adherent": "Vous avez une hernie discale, sous traitement."},
        notes={"situation-actuelle": "Arrêt maladie d'un an.", "questions-adherent": "Kiné"},
    )
    retour = evaluer(g, deroule.entretien.donnees, persona=p)
    assert [c.extrait for c in retour.constats_rgpd] == [
        "hernie … discale … sous traitement",
        "Arrêt maladie",
        "Kiné",
    ]
    assert all(c.categorie == "santé (article 9 du RGPD)" for c in retour.constats_rgpd)
    assert retour.constats_rgpd[0].source == "Étape « Recueil de la demande »"
    assert retour.constats_rgpd[0].suggestion == p.evenements[0].reformulation
    rgpd = [(pts, r) for pts, r in retour.points_perdus if r.startswith("RGPD")]
    assert [pts for pts, _ in rgpd] == [5, 5]  # plafonné à 10
    assert obtenus(retour)["rgpd"] == 0
    assert retour.score == 90
    remarques = next(c.remarques for c in retour.criteres if c.nom == "rgpd")
    assert any("plafond du critère atteint" in r for r in remarques)


def test_le_verificateur_rgpd_est_utilise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    appels: list[tuple[str, list[str]]] = []

    def verifier(texte: str, prenoms: Any) -> list[ConstatFactice]:
        appels.append((texte, list(prenoms)))
        debut = texte.find("hernie")
        if debut < 0:
            return []
        return [ConstatFactice("santé", debut, debut + 14, "donnée de santé")]

    monkeypatch.setattr(module_constats, "verifier", verifier)
    g = guide("premier-accueil")
    p = persona("nathalie-sante")
    texte = "Vous avez une hernie discale."
    deroule = conduire(g, valeurs={"demande-adherent": texte})
    retour = evaluer(g, deroule.entretien.donnees, persona=p)
    assert (texte, ["Nathalie", "Girard"]) in appels
    (constat,) = retour.constats_rgpd  # la persona ne redit pas ce que le vérificateur a vu
    assert constat.categorie == "santé"
    assert constat.extrait == "hernie discale"
    # Les constats fournis par l'interface passent avant le vérificateur.
    retour = evaluer(g, deroule.entretien.donnees, {texte: []})
    assert retour.constats_rgpd == []
    # Un vérificateur qui signale la même catégorie ailleurs dans le texte suffit aussi.
    texte_2 = "Vous êtes malade : hernie discale."
    deroule = conduire(g, valeurs={"demande-adherent": texte_2})
    retour = evaluer(
        g,
        deroule.entretien.donnees,
        {texte_2: [ConstatFactice("sante", 10, 16, "donnée de santé")]},
        persona=p,
    )
    assert [c.extrait for c in retour.constats_rgpd] == ["malade"]


@pytest.fixture
def vrai_verificateur(monkeypatch: pytest.MonkeyPatch) -> None:
    """Le vrai vérificateur `assistant.redaction.verifier`."""
    monkeypatch.undo()


@pytest.mark.usefixtures("vrai_verificateur")
def test_le_vrai_verificateur_ne_signale_rien_dans_un_bon_entretien() -> None:
    for entree in CATALOGUE:
        g = entree.conducteur
        retour = evaluer(g, conduire(g).entretien.donnees, persona=persona("samir-cooperatif"))
        assert retour.constats_rgpd == [], g.identifiant


@pytest.mark.usefixtures("vrai_verificateur")
def test_le_vrai_verificateur_signale_ce_que_le_stagiaire_a_ecrit() -> None:
    g = guide("premier-accueil")
    p = persona("thierry-passe-judiciaire")
    deroule = conduire(
        g,
        valeurs={"demande-adherent": "Thierry sort de prison."},
        notes={"origine-orientation": "Suivi par le SPIP le jeudi."},
    )
    retour = evaluer(g, deroule.entretien.donnees, persona=p)
    categories = [(c.source, c.categorie) for c in retour.constats_rgpd]
    assert ("Étape « Recueil de la demande »", "style") in categories  # son prénom
    assert ("Étape « Recueil de la demande »", "infractions et condamnations") in categories
    assert any(source.startswith("Note") for source, _ in categories)
    assert obtenus(retour)["rgpd"] == 0


# ------------------------------------------------------------------ consentement
def _premier_accueil_modifie(**etape_consentement: Any) -> Conducteur:
    donnees = guide("premier-accueil").model_dump(mode="json")
    for etape in donnees["deroulement"]["echange"]["etapes"]:
        if etape["identifiant"] == "information-donnees":
            etape.update(etape_consentement)
    return Conducteur.model_validate(donnees)


def test_un_consentement_passe_sans_reponse() -> None:
    g = _premier_accueil_modifie(obligatoire=False)
    deroule = conduire(g, valeurs={"information-donnees": Passer("La personne hésite")})
    retour = evaluer(g, deroule.entretien.donnees)
    assert retour.consentement == "passe"
    assert retour.points_perdus == [
        (
            5,
            "Consentement : l'étape « Information sur les données et consentement » a été "
            "passée sans réponse ; informez la personne et recueillez son accord ou son "
            "refus.",
        ),
    ]
    assert RAISON_CONSENTEMENT_NON_RECUEILLI in retour.etapes_passees.values()


def test_une_donnee_personnelle_notee_avant_le_consentement() -> None:
    g = guide("premier-accueil")
    donnees = conduire(g).entretien.donnees
    evenements = donnees.evenements
    i_consentement = next(
        i
        for i, e in enumerate(evenements)
        if e.type == "reponse" and e.etape == "information-donnees"
    )
    i_personnelle = next(
        i for i, e in enumerate(evenements) if e.type == "reponse" and e.etape == "demande-adherent"
    )
    # Une réponse personnelle journalisée juste avant le consentement (même instant).
    avant = evenements[i_personnelle].model_copy(
        update={"horodatage": evenements[i_consentement].horodatage}
    )
    evenements.insert(i_consentement, avant)
    retour = evaluer(g, donnees)
    assert retour.points_perdus == [
        (
            10,
            "Consentement : l'étape personnelle « Recueil de la demande » a été renseignée "
            "avant le consentement.",
        ),
    ]


def test_sans_etape_de_consentement_le_dossier_decide() -> None:
    g = guide("suivi-parcours")
    avec = evaluer(g, conduire(g, consentement_dossier=True).entretien.donnees)
    sans = evaluer(g, conduire(g, consentement_dossier=False).entretien.donnees)
    assert avec.consentement == "dossier"
    assert sans.consentement == "sans_objet"
    assert avec.score == sans.score == 100
    assert sans.etapes_passees and set(sans.etapes_passees.values()) == {RAISON_CONSENTEMENT_REFUSE}


def test_un_rendez_vous_anterieur_a_l_entretien() -> None:
    g = guide("premier-accueil")
    deroule = conduire(g, valeurs={"prochain-rdv": RDV - timedelta(days=30)})
    retour = evaluer(g, deroule.entretien.donnees)
    assert retour.points_perdus == [
        (5, "Rendez-vous : la date notée précède la fin de l'entretien ; vérifiez-la."),
    ]


# ------------------------------------------------------------------ temps prévu
def test_temps_prevus_par_sequence() -> None:
    g = guide("premier-accueil")
    assert temps_prevus(g) == {"introduction": 10, "echange": 40, "conclusion": 10}
    assert temps_prevus(g, 30) == {"introduction": 5, "echange": 20, "conclusion": 5}


def test_temps_prevus_sans_duree_de_sequence() -> None:
    donnees = guide("premier-accueil").model_dump(mode="json")
    for sequence in donnees["deroulement"].values():
        sequence["duree_minutes"] = None
    g = Conducteur.model_validate(donnees)
    # 4, 8 et 3 étapes : une part de 60 minutes proportionnelle au nombre d'étapes.
    assert temps_prevus(g) == pytest.approx({"introduction": 16, "echange": 32, "conclusion": 12})


# ------------------------------------------------------------------ conservation
def test_le_retour_se_conserve_en_json() -> None:
    g = guide("premier-accueil")
    p = persona("nathalie-sante")
    deroule = conduire(g, valeurs={"demande-adherent": "Hernie discale."})
    retour = evaluer(g, deroule.entretien.donnees, persona=p)
    relu = Retour.model_validate(retour.model_dump(mode="json"))
    assert relu == retour


def test_des_donnees_d_un_autre_conducteur_sont_refusees() -> None:
    from etats import ConducteurModifie

    donnees = conduire(guide("premier-accueil")).entretien.donnees
    with pytest.raises(ConducteurModifie):
        evaluer(guide("diagnostic"), donnees)


# ------------------------------------------------------------------ progression
def _retour(score: int, jours: int) -> Retour:
    g = guide("premier-accueil")
    base = evaluer(g, conduire(g).entretien.donnees)
    return base.model_copy(update={"score": score, "date": base.date + timedelta(days=jours)})


def test_progression_sans_repetition() -> None:
    assert progression([]) == "Aucune répétition pour l'instant."


def test_progression_des_scores() -> None:
    retours = [_retour(95, 7), _retour(42, 0), _retour(70, 3), _retour(100, 9)]
    lignes = progression(retours).splitlines()
    assert lignes[0] == "Progression sur 4 répétition(s)"
    assert lignes[1].split() == ["▄", "▆", "█", "█"]
    assert lignes[2].split() == ["42", "70", "95", "100"]
    # chaque valeur est sous sa barre : une colonne de 4 caractères par répétition
    barres = [lignes[1][i : i + 4].strip() for i in range(0, 16, 4)]
    valeurs = [lignes[2][i : i + 4].strip() for i in range(0, 16, 4)]
    assert list(zip(barres, valeurs, strict=True)) == [
        ("▄", "42"),
        ("▆", "70"),
        ("█", "95"),
        ("█", "100"),
    ]
    assert lignes[3] == (
        "Dernier score : 100/100 (+5 par rapport à la précédente) · meilleur : 100 · moyenne : 77"
    )
    assert lignes[4] == "Du 14/01/2025 au 23/01/2025"


def test_progression_extremes_et_longue_serie() -> None:
    assert progression([_retour(0, 0)]).splitlines()[1].strip() == "▁"
    retours = [_retour(s % 101, i) for i, s in enumerate(range(0, 250, 10))]
    lignes = progression(retours).splitlines()
    assert lignes[0] == "Progression sur 25 répétition(s) (les 20 dernières)"
    assert len(lignes[2].split()) == 20
    assert lignes[4].startswith("Du 14/01/2025")


# ------------------------------------------------------------------ propriétés
@settings(max_examples=40, deadline=None)
@given(
    identifiant=st.sampled_from(sorted(CATALOGUE.entrees)),
    arret=st.integers(min_value=0, max_value=40),
    minutes=st.tuples(*[st.floats(min_value=0, max_value=120)] * 3),
    consentement=st.booleans(),
    suspendre=st.booleans(),
    persona_id=st.sampled_from(sorted(PERSONAS.entrees)),
)
def test_le_retour_est_toujours_coherent(
    identifiant: str,
    arret: int,
    minutes: tuple[float, float, float],
    consentement: bool,
    suspendre: bool,
    persona_id: str,
) -> None:
    g = guide(identifiant)
    etapes = [e.identifiant for _, e in g.etapes()]
    deroule = conduire(
        g,
        valeurs={"consentement": consentement},
        minutes=dict(zip(("introduction", "echange", "conclusion"), minutes, strict=True)),
        arreter_avant=etapes[arret] if arret < len(etapes) else None,
        consentement_dossier=consentement,
    )
    if suspendre and deroule.entretien.etat not in ("cloture", "suspendu"):
        deroule.entretien.suspendre()
    retour = evaluer(g, deroule.entretien.donnees, persona=persona(persona_id))
    assert 0 <= retour.score <= 100
    assert retour.score == 100 - sum(points for points, _ in retour.points_perdus)
    for critere in retour.criteres:
        assert 0 <= critere.obtenus <= critere.maximum
    assert retour.cloture == (deroule.entretien.etat == "cloture")
    assert Retour.model_validate(retour.model_dump(mode="json")) == retour
    assert retour.texte()
