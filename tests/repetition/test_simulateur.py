"""L'adhérent simulé : des répliques variées, reproductibles, et des épreuves à l'heure dite."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.repetition import AdherentSimule
from conducteurs.modele import Conducteur, Etape, TypeReponse
from conducteurs.persona import Persona, TypeEvenementPersona
from tests.repetition.outils import CATALOGUE, PERSONAS, conduire, guide, persona


def etape(identifiant: str, type_: str = "texte", **autres: Any) -> Etape:
    return Etape.model_validate(
        {
            "identifiant": identifiant,
            "titre": identifiant,
            "consigne": "Consigne.",
            "type": type_,
            **autres,
        }
    )


def toutes_les_repliques(p: Persona, conducteur: Conducteur, graine: int) -> list[str]:
    adherent = AdherentSimule(p, graine, conducteur=conducteur)
    lignes = [adherent.evenement_initial() or ""]
    lignes += [adherent.replique(e) or "" for _, e in conducteur.etapes()]
    return lignes


# ---------------------------------------------------------------- variété
def test_meme_graine_meme_repetition() -> None:
    for entree in PERSONAS:
        for g in CATALOGUE:
            assert toutes_les_repliques(entree.persona, g.conducteur, 42) == (
                toutes_les_repliques(entree.persona, g.conducteur, 42)
            )


def test_deux_graines_deux_repetitions_differentes() -> None:
    for entree in PERSONAS:
        for g in CATALOGUE:
            un = toutes_les_repliques(entree.persona, g.conducteur, 1)
            deux = toutes_les_repliques(entree.persona, g.conducteur, 2)
            assert un != deux, (entree.persona.identifiant, g.conducteur.identifiant)


def test_sans_graine_le_tirage_varie() -> None:
    p = persona("samir-cooperatif")
    g = guide("diagnostic")
    tirages = {tuple(toutes_les_repliques(p, g, None)) for _ in range(10)}  # type: ignore[arg-type]
    assert len(tirages) > 1


@settings(max_examples=50, deadline=None)
@given(graine=st.integers(min_value=0, max_value=10_000), relances=st.integers(2, 8))
def test_jamais_deux_fois_la_meme_replique_de_suite(graine: int, relances: int) -> None:
    adherent = AdherentSimule(persona("lucie-hesitante"), graine)
    precedente = None
    for _ in range(relances):
        for e in guide("premier-accueil").deroulement.introduction.etapes:
            texte = adherent.replique(e)
            assert texte != precedente
            precedente = texte


# ------------------------------------------------------------- repli
def test_l_ordre_de_recherche_des_repliques() -> None:
    p = Persona.model_validate(
        {
            "identifiant": "essai",
            "nom": "Camille Essai",
            "situation": "Fictive.",
            "attitude": "cooperative",
            "repliques": {
                "etapes": {"precise": ["E1", "E2"]},
                "roles": {"taches": ["R1", "R2"]},
                "cadre": {"lieu": ["C1", "C2"]},
                "types": {"oui_non": ["T1", "T2"]},
                "generiques": ["G1", "G2"],
            },
        }
    )
    adherent = AdherentSimule(p, 3)
    cas = {
        "etape": etape("precise", "taches", role="taches"),
        "role": etape("travail", "taches", role="taches"),
        "cadre": etape("lieu", "oui_non", cadre=["lieu"]),
        "type": etape("accord", "oui_non"),
        "generique": etape("libre", "texte"),
    }
    for source, e in cas.items():
        replique = adherent.repliquer(e)
        assert replique is not None
        assert replique.source == source
        assert replique.etape == e.identifiant
        assert replique.texte[0] == source[0].upper()


def test_pas_de_replique_sans_etape() -> None:
    assert AdherentSimule(persona("samir-cooperatif"), 1).replique(None) is None


# ------------------------------------------------------------- épreuves
def test_le_retard_ouvre_la_repetition_une_seule_fois() -> None:
    adherent = AdherentSimule(persona("julien-presse"), 5)
    ouverture = adherent.evenement_initial()
    assert ouverture is not None and "retard" in ouverture
    assert adherent.evenement_initial() is None
    assert adherent.retard_minutes == 15
    assert [e.type for e in adherent.evenements_declenches] == [TypeEvenementPersona.retard]


def test_pas_d_ouverture_pour_une_persona_a_l_heure() -> None:
    adherent = AdherentSimule(persona("samir-cooperatif"), 5)
    assert adherent.evenement_initial() is None
    assert adherent.retard_minutes == 0


def test_la_duree_contestee_puis_acceptee() -> None:
    adherent = AdherentSimule(persona("julien-presse"), 5)
    duree = guide("premier-accueil").etape("duree-entretien")
    premiere = adherent.repliquer(duree)
    seconde = adherent.repliquer(duree)
    assert premiere is not None and premiere.evenement == TypeEvenementPersona.conteste_duree
    assert seconde is not None and seconde.source == "etape"
    assert adherent.duree_disponible_minutes == 30


def test_le_refus_du_consentement_a_chaque_demande() -> None:
    adherent = AdherentSimule(persona("monique-mefiante"), 5)
    assert adherent.refuse_consentement
    for identifiant, etape_ in (
        ("premier-accueil", "information-donnees"),
        ("diagnostic", "consentement-confirme"),
    ):
        e = guide(identifiant).etape(etape_)
        for _ in range(3):
            replique = adherent.repliquer(e)
            assert replique is not None
            assert replique.evenement == TypeEvenementPersona.refus_consentement


def test_le_refus_d_une_tache_la_premiere_fois_seulement() -> None:
    adherent = AdherentSimule(persona("lucie-hesitante"), 5)
    taches = guide("premier-accueil").etape("taches-prochain-rdv")
    assert adherent.evenement_a(taches) is not None
    assert adherent.evenement_a(taches) is not None  # regarder ne déclenche rien
    premiere = adherent.repliquer(taches)
    relance = adherent.repliquer(taches)
    assert premiere is not None and premiere.evenement == TypeEvenementPersona.refus_tache
    assert relance is not None and relance.evenement is None and relance.source == "role"
    assert adherent.evenement_a(taches) is None


def test_la_sante_survient_une_fois_a_une_etape_en_texte_libre_de_chaque_guide() -> None:
    for g in CATALOGUE:
        adherent = AdherentSimule(persona("nathalie-sante"), 9, conducteur=g.conducteur)
        deroule = conduire(g.conducteur, adherent=adherent)
        assert deroule.entretien.etat == "cloture"
        (declenche,) = adherent.evenements_declenches
        assert declenche.type == TypeEvenementPersona.sante
        assert declenche.etape is not None
        assert g.conducteur.etape(declenche.etape).type == TypeReponse.texte
        replique = dict(deroule.repliques)[declenche.etape]
        assert replique in persona("nathalie-sante").evenements[0].repliques


def test_le_passe_judiciaire_au_recueil_de_la_demande() -> None:
    g = guide("premier-accueil")
    adherent = AdherentSimule(persona("thierry-passe-judiciaire"), 2, conducteur=g)
    conduire(g, adherent=adherent)
    (declenche,) = adherent.evenements_declenches
    assert declenche.type == TypeEvenementPersona.judiciaire
    assert declenche.etape == "demande-adherent"


def test_sans_conducteur_l_evocation_attend_une_etape_citee() -> None:
    adherent = AdherentSimule(persona("nathalie-sante"), 2)
    g = guide("diagnostic")
    assert adherent.evenement_a(g.etape("formations-suivies")) is None
    assert adherent.evenement_a(g.etape("appuis-freins")) is not None


def test_sans_etapes_citees_l_evocation_vient_a_la_premiere_etape_personnelle_en_texte() -> None:
    p = persona("nathalie-sante")
    sante = p.evenements[0].model_copy(update={"etapes": []})
    sans_etapes = p.model_copy(update={"evenements": [sante]})
    adherent = AdherentSimule(sans_etapes, 2)
    g = guide("diagnostic")
    assert adherent.evenement_a(g.etape("niveau-formation")) is None  # un choix
    assert adherent.evenement_a(g.etape("formations-suivies")) is not None


# ------------------------------------------------------------- frontières
def test_le_mode_repetition_n_importe_pas_textual() -> None:
    code = (
        "import sys, assistant.repetition, conducteurs.persona; "
        "assert 'textual' not in sys.modules, 'textual importé'"
    )
    resultat = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert resultat.returncode == 0, resultat.stderr
