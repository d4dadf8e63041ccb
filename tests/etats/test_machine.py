"""La machine hiérarchique : états, séparateur, transitions, diagramme."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from transitions.extensions.nesting import NestedState

from conducteurs.modele import Conducteur
from etats import SEPARATEUR, Entretien, mermaid
from etats.machine import ETAT_CLOTURE, ETAT_SUSPENDU, EtatImbrique, decomposer, passages
from tests.etats.outils import conducteur, guide_accueil_dict


def test_etats_hierarchiques(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    machine = entretien._machine
    noms = machine.get_nested_state_names()
    assert noms[:5] == [
        "introduction",
        "introduction.objectifs",
        "introduction.duree",
        "introduction.lieu",
        "introduction.regles",
    ]
    for nom in ("echange", "conclusion", ETAT_SUSPENDU, ETAT_CLOTURE):
        assert nom in noms
    assert "echange.consentement" in noms
    assert "conclusion.prochain-rdv" in noms
    assert entretien.etat_machine == "introduction.objectifs"


def test_separateur_propre_a_la_machine() -> None:
    assert SEPARATEUR == "."
    assert EtatImbrique.separator == "."
    # Le séparateur global de transitions n'est pas modifié.
    assert NestedState.separator == "_"


def test_un_identifiant_d_etape_est_un_seul_niveau(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    machine = entretien._machine
    etat = machine.get_state("conclusion.prochain-rdv")
    assert etat.name == "prochain-rdv"
    assert list(machine.get_state("conclusion").states) == [
        "evaluation",
        "travail",
        "prochain-rdv",
    ]
    assert decomposer("conclusion.prochain-rdv") == ("conclusion", "prochain-rdv")
    # Chaque sous-état a exactement deux niveaux : séquence puis étape.
    for nom in machine.get_nested_state_names():
        assert len(nom.split(SEPARATEUR)) in (1, 2)


def test_identifiant_avec_tiret_bas_refuse_par_le_schema() -> None:
    donnees = guide_accueil_dict()
    donnees["deroulement"]["introduction"]["etapes"][0]["identifiant"] = "mes_objectifs"
    try:
        conducteur(donnees)
    except ValueError as erreur:
        assert "identifiant" in str(erreur)
    else:  # pragma: no cover
        raise AssertionError("un identifiant avec « _ » doit être refusé")


def test_pas_de_transitions_automatiques(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    modele = entretien._modele
    assert not any(nom.startswith("to_") for nom in vars(modele))
    assert set(entretien._machine.events) == {
        "avancer",
        "precedent",
        "aller_a",
        "suspendre",
        "reprendre",
        "cloturer",
    }


def test_les_declencheurs_restent_sur_le_modele_interne(
    fabrique: Callable[..., Entretien],
) -> None:
    entretien = fabrique()
    # Les méthodes de l'API publique ne sont pas remplacées par transitions.
    assert Entretien.avancer.__qualname__ == "Entretien.avancer"
    assert entretien.avancer.__func__ is Entretien.avancer  # type: ignore[attr-defined]
    assert "may_avancer" not in vars(entretien)


def test_passages_sautent_les_etapes_personnelles(guide_accueil: Conducteur) -> None:
    avancer = [p for p in passages(guide_accueil) if p.declencheur == "avancer"]
    depuis_consentement = [p for p in avancer if p.source == "echange.consentement"]
    assert [p.destination for p in depuis_consentement] == [
        "echange.situation",
        "echange.projet",
        "echange.remarques",
    ]
    assert [p.saut for p in depuis_consentement] == [False, True, True]
    vers_echange = [p for p in avancer if p.source == "introduction.regles"]
    assert vers_echange[0].conditions == (
        "etape_quittable",
        "cadre_convenu",
        "destination_attendue",
    )
    cloturer = [p for p in passages(guide_accueil) if p.declencheur == "cloturer"]
    assert {p.destination for p in cloturer} == {ETAT_CLOTURE}
    assert all(p.conditions == ("cloture_possible",) for p in cloturer)


def test_may_trigger_suit_possible(fabrique: Callable[..., Entretien]) -> None:
    entretien = fabrique()
    modele = entretien._modele
    assert not modele.peut("avancer")
    entretien.repondre("Trouver un emploi")
    assert modele.peut("avancer")
    assert not modele.peut("precedent")
    assert not modele.peut("cloturer")
    assert not modele.peut("aller_a", cible="introduction.duree")
    entretien.avancer()
    assert modele.peut("precedent")
    assert modele.peut("aller_a", cible="introduction.objectifs")


def test_mermaid(guide_accueil: Conducteur) -> None:
    texte = mermaid(guide_accueil)
    assert texte.startswith('---\ntitle: "Accueil de test"\n---\nstateDiagram-v2\n')
    for _, etape in guide_accueil.etapes():
        ident = "e_" + etape.identifiant.replace("-", "_")
        assert f"as {ident}\n" in texte
    assert "introduction --> echange: avancer [cadre convenu]" in texte
    assert "echange --> conclusion: avancer" in texte
    assert "conclusion --> cloture: cloturer" in texte
    assert "suspendu --> echange: reprendre" in texte
    assert "Projet (facultative, personnelle)" in texte
    # Des identifiants Mermaid sûrs : lettres, chiffres et tirets bas.
    for ligne in texte.splitlines():
        fleche = re.match(r"\s*(\S+) --> (\S+?):? ", ligne + " ")
        if fleche:
            for ident in fleche.groups():
                assert re.fullmatch(r"\[\*\]|[A-Za-z0-9_]+", ident.rstrip(":")), ligne


def test_mermaid_saut_entre_sequences() -> None:
    donnees = guide_accueil_dict()
    # L'échange n'a plus que le consentement et des étapes personnelles,
    # et le consentement passe en introduction.
    echange = donnees["deroulement"]["echange"]["etapes"]
    consentement = echange.pop(0)
    echange.pop()  # « remarques », non personnelle
    donnees["deroulement"]["introduction"]["etapes"].insert(0, consentement)
    texte = mermaid(conducteur(donnees))
    assert "introduction --> echange: avancer [cadre convenu]" in texte
    assert "introduction --> conclusion: avancer [cadre convenu, sans consentement]" in texte


def test_mermaid_echappe_les_guillemets() -> None:
    donnees = guide_accueil_dict()
    donnees["titre"] = 'Accueil "spécial": test'
    donnees["deroulement"]["introduction"]["etapes"][0]["titre"] = 'Les "objectifs"'
    texte = mermaid(conducteur(donnees))
    assert 'title: "Accueil \\"spécial\\": test"' in texte
    assert 'state "Les #quot;objectifs#quot;" as e_objectifs' in texte


def test_etats_n_importe_pas_textual() -> None:
    code = (
        "import sys\n"
        "import etats, etats.entretien, etats.diagramme\n"
        "assert 'textual' not in sys.modules, 'textual importé'\n"
        "assert 'assistant' not in sys.modules, 'assistant importé'\n"
    )
    resultat = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert resultat.returncode == 0, resultat.stderr
