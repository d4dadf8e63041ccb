"""Propriétés sur des suites d'actions au hasard (hypothesis).

Quelle que soit la suite d'actions :

- l'entretien n'est jamais clos sans l'évaluation, une tâche, le prochain
  rendez-vous, les étapes obligatoires et le cadre convenu ;
- revenir en arrière, avancer, passer, suspendre ne perdent jamais une
  réponse ; répondre ne touche qu'à l'étape courante (sauf le refus du
  consentement, qui efface les seules réponses personnelles) ;
- sauvegarder puis restaurer donne le même état et les mêmes actions permises ;
- `possible()` annonce exactement ce que l'action fera (refus identique), et
  les gardes de la machine `transitions` disent la même chose.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conducteurs.modele import Conducteur, Etape, TypeReponse
from etats import (
    RAISON_CONSENTEMENT_NON_RECUEILLI,
    RAISON_CONSENTEMENT_REFUSE,
    AFixer,
    DonneesEntretien,
    Entretien,
    Refus,
    Tache,
)
from etats.machine import nom_etat
from tests.etats.outils import (
    DEBUT,
    conducteur,
    guide_accompagnement_dict,
    guide_accueil_dict,
    reponse_valide,
    signature,
)
from tests.support.campagne import fois
from tests.support.horloge import Horloge

GUIDES: dict[str, Conducteur] = {
    "accueil": conducteur(guide_accueil_dict()),
    "accompagnement": conducteur(guide_accompagnement_dict()),
}
_PREMIER_ACCUEIL = Path(__file__).resolve().parents[2] / "conducteurs/guides/premier-accueil.yaml"
if _PREMIER_ACCUEIL.exists():  # pragma: no branch
    import yaml

    GUIDES["premier-accueil"] = Conducteur.model_validate(
        yaml.safe_load(_PREMIER_ACCUEIL.read_text(encoding="utf-8"))
    )

ACTIONS = (
    ["repondre"] * 5
    + ["avancer"] * 5
    + ["progresser"] * 3
    + ["cloturer"] * 2
    + ["repondre_autre"] * 2
    + [
        "repondre_invalide",
        "passer",
        "precedent",
        "aller_a",
        "suspendre",
        "reprendre",
        "cloturer",
        "noter",
        "horloge",
    ]
)

REGLAGES = settings(
    max_examples=fois(40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

textes = st.text(min_size=1, max_size=20).filter(lambda t: t.strip() != "")


def valeur_quelconque(data: st.DataObject, etape: Etape) -> object:
    """Une réponse valable, pas forcément celle qui marque l'accord."""
    options = etape.options
    match etape.type:
        case TypeReponse.texte:
            return data.draw(textes)
        case TypeReponse.choix:
            return data.draw(st.sampled_from(options))
        case TypeReponse.choix_multiple:
            return data.draw(st.lists(st.sampled_from(options), min_size=1, unique=True))
        case TypeReponse.liste_controle:
            return data.draw(st.lists(st.sampled_from(options), unique=True))
        case TypeReponse.oui_non:
            return data.draw(st.booleans())
        case TypeReponse.duree:
            return data.draw(st.integers(1, 240))
        case TypeReponse.date_heure:
            moment = datetime(2025, 2, 1, 9, tzinfo=UTC) + timedelta(
                hours=data.draw(st.integers(0, 2000))
            )
            if (
                etape.role is not None
                and etape.role.value == "prochain_rdv"
                and data.draw(st.booleans())
            ):
                return AFixer(raison=data.draw(textes))
            return moment
        case TypeReponse.taches:
            return data.draw(
                st.lists(
                    st.builds(
                        Tache,
                        quoi=textes,
                        qui=st.sampled_from(["adherent", "conseiller"]),
                        echeance=st.none() | st.dates(),
                    ),
                    min_size=1,
                    max_size=3,
                )
            )
    raise AssertionError(etape.type)  # pragma: no cover


def valeur_invalide(data: st.DataObject) -> object:
    return data.draw(
        st.sampled_from(
            [
                None,
                "",
                "   ",
                -3,
                0,
                [],
                ["option inconnue"],
                4.5,
                {"quoi": ""},
                datetime(2025, 1, 1),
            ]
        )
    )


def _accord(etape: Etape, valeur: object) -> bool:
    if etape.type == TypeReponse.oui_non:
        return valeur is True
    if etape.type == TypeReponse.liste_controle:
        return isinstance(valeur, list) and set(valeur) == set(etape.options)
    return valeur is not None


def verifier_cloture(entretien: Entretien) -> None:
    """Un entretien clos a tout ce qu'il faut, vérifié sans passer par ses gardes."""
    donnees = entretien.donnees
    for sequence, etape in entretien.conducteur.etapes():
        ident = etape.identifiant
        valeur = entretien.reponse(ident)
        exclue = (
            etape.personnel
            and valeur is None
            and donnees.passees.get(ident)
            in (RAISON_CONSENTEMENT_REFUSE, RAISON_CONSENTEMENT_NON_RECUEILLI)
        )
        if exclue:
            continue
        if (
            etape.obligatoire
            or etape.role is not None
            and etape.role.value in ("evaluation", "taches", "prochain_rdv")
        ):
            assert valeur is not None, ident
        if etape.type == TypeReponse.taches and etape.role is not None:
            assert isinstance(valeur, list) and len(valeur) >= 1
        if sequence == "introduction" and etape.cadre:
            assert _accord(etape, valeur), ident


def verifier_machine(entretien: Entretien) -> None:
    """Les gardes de transitions (`may_trigger`) disent comme `possible()`."""
    modele = entretien._modele
    noms = [nom_etat(s, e.identifiant) for s, e in entretien.conducteur.etapes()]
    for declencheur in ("avancer", "precedent", "suspendre", "reprendre", "cloturer"):
        assert modele.peut(declencheur) == (entretien.possible(declencheur) is None), declencheur
    for nom in noms:
        ident = nom.split(".")[1]
        if ident == (entretien.etape_courante and entretien.etape_courante.identifiant):
            continue
        assert modele.peut("aller_a", cible=nom) == (entretien.possible("aller_a", ident) is None)


def restaurer(entretien: Entretien, horloge: Horloge) -> Entretien:
    document = json.loads(json.dumps(entretien.donnees.model_dump(mode="json")))
    return Entretien.restaurer(
        entretien.conducteur, DonneesEntretien.model_validate(document), horloge=horloge
    )


def progresser(entretien: Entretien, jusqu_a: str | None = None) -> None:
    """Répond comme il faut et avance, jusqu'à l'étape demandée ou au premier refus."""
    while (etape := entretien.etape_courante) is not None and etape.identifiant != jusqu_a:
        valeur = reponse_valide(etape)
        if (
            entretien.possible("repondre", valeur) is None
            and entretien.reponse(etape.identifiant) is None
        ):
            entretien.repondre(valeur)
        if entretien.possible("avancer") is not None:
            return
        entretien.avancer()
        if jusqu_a is None:
            return


def jouer(entretien: Entretien, action: str, data: st.DataObject) -> tuple[str, tuple[Any, ...]]:
    """L'action et ses arguments tirés au hasard (sans l'exécuter)."""
    etape = entretien.etape_courante
    if action == "repondre":
        if etape is None:
            return "repondre", ("texte",)
        if data.draw(st.booleans()):
            return "repondre", (reponse_valide(etape),)
        return "repondre", (valeur_quelconque(data, etape),)
    if action == "repondre_autre":
        return "repondre", (None if etape is None else valeur_quelconque(data, etape),)
    if action == "repondre_invalide":
        return "repondre", (valeur_invalide(data),)
    if action == "passer":
        return "passer", (data.draw(st.sampled_from(["", "  ", "L'adhérent préfère attendre"])),)
    if action == "aller_a":
        etapes = entretien.conducteur.etapes()
        return "aller_a", (data.draw(st.sampled_from(etapes))[1].identifiant,)
    if action == "noter":
        return "noter", (data.draw(st.sampled_from(["", "Note du conseiller"])),)
    return action, ()


@pytest.mark.campagne
@REGLAGES
@given(
    nom=st.sampled_from(sorted(GUIDES)),
    dossier=st.sampled_from([None, False, True]),
    longueur=st.integers(1, 40),
    data=st.data(),
)
def test_suites_d_actions(
    nom: str, dossier: bool | None, longueur: int, data: st.DataObject
) -> None:
    guide = GUIDES[nom]
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(guide, horloge=horloge, consentement_dossier=dossier)
    depart = data.draw(st.sampled_from([None] + [e.identifiant for _, e in guide.etapes()]))
    if depart is not None:
        progresser(entretien, depart)
    for _ in range(longueur):
        tirage = data.draw(st.sampled_from(ACTIONS))
        if tirage == "horloge":
            horloge.avancer(data.draw(st.integers(0, 15)))
            continue
        if tirage == "progresser":
            avant = entretien.donnees
            progresser(entretien)
            assert all(entretien.donnees.reponses.get(i) == r for i, r in avant.reponses.items())
            continue
        action, args = jouer(entretien, tirage, data)
        avant = entretien.donnees
        etape = entretien.etape_courante
        annonce = entretien.possible(action, *args)
        accepte = True
        try:
            getattr(entretien, action)(*args)
        except Refus as refus:
            accepte = False
            assert annonce is not None, f"{action} annoncé possible mais refusé : {refus}"
            assert (refus.raison, refus.etape) == (annonce.raison, annonce.etape)
            assert entretien.donnees.reponses == avant.reponses
            assert entretien.etat_machine == (
                entretien.etat
                if entretien.etat in ("suspendu", "cloture")
                else f"{entretien.sequence}.{etape.identifiant if etape else ''}"
            )
        else:
            assert annonce is None, f"{action} annoncé refusé ({annonce}) mais accepté"
        apres = entretien.donnees

        # Aucune réponse perdue, sauf le refus du consentement (réponses personnelles).
        consentement_retire = (
            accepte
            and action == "repondre"
            and etape is not None
            and etape.role is not None
            and etape.role.value == "consentement"
            and args[0] is False
        )
        for ident, reponse in avant.reponses.items():
            if action == "repondre" and etape is not None and ident == etape.identifiant:
                continue
            if consentement_retire and guide.etape(ident).personnel:
                assert ident not in apres.reponses
                continue
            assert apres.reponses.get(ident) == reponse, (action, ident)

        # L'état des données suit la machine.
        assert apres.etat == entretien.etat_machine.split(".")[0]
        if entretien.etat == "cloture":
            verifier_cloture(entretien)
        else:
            etape_courante = entretien.etape_courante
            assert etape_courante is not None
            assert not entretien.exclue(etape_courante.identifiant)

        verifier_machine(entretien)
        restaure = restaurer(entretien, horloge)
        assert signature(restaure) == signature(entretien)
    event(f"état final : {entretien.etat}")


@pytest.mark.campagne
@REGLAGES
@given(nom=st.sampled_from(sorted(GUIDES)), data=st.data())
def test_aller_retour_garde_toutes_les_reponses(nom: str, data: st.DataObject) -> None:
    """Répondre partout puis circuler au hasard ne change aucune réponse."""
    guide = GUIDES[nom]
    horloge = Horloge(DEBUT)
    entretien = Entretien.nouveau(guide, horloge=horloge, consentement_dossier=True)
    while (
        entretien.possible("avancer") is None
        or entretien.reponse(
            entretien.etape_courante.identifiant if entretien.etape_courante else ""
        )
        is None
    ):
        etape = entretien.etape_courante
        assert etape is not None
        if entretien.reponse(etape.identifiant) is None:
            entretien.repondre(reponse_valide(etape))
        if entretien.possible("avancer") is not None:
            break
        entretien.avancer()
    reponses = entretien.donnees.reponses
    identifiants = [e.identifiant for _, e in guide.etapes()]
    for _ in range(data.draw(st.integers(1, 30))):
        choix = data.draw(st.sampled_from(["precedent", "avancer", "aller_a"]))
        if choix == "aller_a":
            cible = data.draw(st.sampled_from(identifiants))
            if entretien.possible("aller_a", cible) is None:
                entretien.aller_a(cible)
        elif entretien.possible(choix) is None:
            getattr(entretien, choix)()
        assert entretien.donnees.reponses == reponses
