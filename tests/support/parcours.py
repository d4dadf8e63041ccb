"""Aller vite à l'écran sous test de l'assistant : conversation ouverte, étape voulue, bulles.

`ouvrir_entretien` entre directement dans la conversation d'un nouvel entretien
(comme le fait l'écran « Nouvel entretien » une fois validé) ; le parcours par les
menus de l'accueil reste couvert par `demarrer_premier_accueil` et les tests
marqués `bout_en_bout`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.pilot import Pilot

from tests.support.pilote import coller, presser, taper

if TYPE_CHECKING:
    from assistant.ecrans.conversation import Conversation
    from assistant.widgets.bulle import Bulle


def conversation_ouverte(pilot: Pilot[Any]) -> Conversation:
    """L'écran de conversation actif (échoue si ce n'en est pas une)."""
    from assistant.ecrans.conversation import Conversation

    ecran = pilot.app.screen
    assert isinstance(ecran, Conversation), ecran
    return ecran


async def ouvrir_entretien(
    pilot: Pilot[Any], nom: str = "Marie Dupont", conducteur: str = "premier-accueil"
) -> None:
    """Crée le dossier de l'adhérent et ouvre la conversation, sans passer par les menus."""
    from assistant.app import AssistantApp
    from assistant.ecrans.conversation import Conversation

    app = pilot.app
    assert isinstance(app, AssistantApp)
    await pilot.pause()
    adherent = app.depot.creer_adherent(nom)
    app.demarrer(adherent.id, conducteur)
    for _ in range(50):  # l'écran est empilé, puis la zone de saisie prend le focus
        if isinstance(app.screen, Conversation) and _focus_dans_la_saisie(pilot):
            break
        await pilot.pause()
    conversation_ouverte(pilot)
    assert _focus_dans_la_saisie(pilot), f"focus hors de la zone de saisie : {app.focused}"


async def entretien_commence(pilot: Pilot[Any], objectif: str = "Objectif") -> Conversation:
    """Ouvre un premier accueil et enregistre sa première réponse ; rend la conversation."""
    await ouvrir_entretien(pilot)
    await coller(pilot, objectif)
    await presser(pilot, "enter")
    return conversation_ouverte(pilot)


def _focus_dans_la_saisie(pilot: Pilot[Any]) -> bool:
    focus = pilot.app.focused
    return focus is not None and any(a.id == "zone-saisie" for a in focus.ancestors)


async def demarrer_premier_accueil(pilot: Pilot[Any], nom: str = "Marie Dupont") -> None:
    """Ouvre un premier accueil par les menus : accueil, nom tapé, conducteur conseillé."""
    await presser(pilot, "n")
    await taper(pilot, nom)
    await presser(pilot, "enter")  # créer le dossier
    await presser(pilot, "enter")  # le conducteur conseillé : premier accueil
    await presser(pilot, "enter")  # « Commencer l'entretien »


async def introduction(pilot: Pilot[Any]) -> None:
    """Répond, au clavier, aux étapes d'introduction du premier accueil."""
    await coller(pilot, "Faire connaissance et présenter l'accompagnement")
    await presser(pilot, "enter")
    await taper(pilot, "1h")
    await presser(pilot, "enter")
    # Lieu et déontologie : tout cocher.
    for _ in range(5):
        await presser(pilot, "space", "down")
    await presser(pilot, "enter")
    await presser(pilot, "o")  # déroulement annoncé


def bulles(app: Any) -> list[Bulle]:
    """Les bulles de l'écran actif, dans l'ordre."""
    from assistant.widgets.bulle import Bulle

    return list(app.screen.query(Bulle))


def derniere(app: Any, voix: str) -> str:
    """Le texte de la dernière bulle de cette voix."""
    return [b.texte for b in bulles(app) if b.voix == voix][-1]


async def jusqu_aux_taches(pilot: Pilot[Any]) -> None:
    """Conduit l'entretien ouvert jusqu'à l'étape des tâches, par la machine elle-même."""
    await jusqu_a(pilot, "taches")


async def jusqu_a(pilot: Pilot[Any], arret: str) -> None:
    """Conduit l'entretien ouvert par la machine elle-même jusqu'à l'étape dont
    l'identifiant ou le rôle est `arret`."""
    ecran = conversation_ouverte(pilot)
    entretien = ecran.direct.entretien
    valeurs: dict[str, Any] = {"texte": "Projet dans la logistique", "duree": 60, "oui_non": True}
    while entretien.etape_courante is not None:
        etape = entretien.etape_courante
        if arret in (etape.identifiant, etape.role.value if etape.role else None):
            break
        multiple = etape.type.value in ("liste_controle", "choix_multiple")
        premiere = etape.options[0] if etape.options else None
        defaut = list(etape.options)[: etape.maximum] if multiple else premiere
        ecran.direct.repondre_seulement(valeurs.get(etape.type.value, defaut))
        ecran.direct.avancer()
    ecran._montrer_etape()
    await pilot.pause()
