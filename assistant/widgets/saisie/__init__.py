"""Les zones de saisie, une par type de réponse.

Chaque zone envoie `Saisie.Reponse` avec une valeur déjà comprise (texte,
option, booléen, date, durée, tâches) ou `Saisie.Commande` quand le conseiller
tape une commande (`/passer …`, `/note …`). Les dates et durées sont relues en
toutes lettres avant d'être validées ; une date de rendez-vous passée, au jour
de la semaine contradictoire ou à plus de six mois demande une confirmation
(le choix par défaut est de la corriger).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from assistant.aides.saisies import AFixerSaisi, TacheSaisie
from assistant.widgets.saisie.base import Saisie
from assistant.widgets.saisie.choix import (
    ListeChoix,
    ListeCoches,
    SaisieChoix,
    SaisieCoches,
    SaisieOuiNon,
)
from assistant.widgets.saisie.ligne import SaisieDateHeure, SaisieDuree, SaisieLigne
from assistant.widgets.saisie.taches import SaisieTaches
from assistant.widgets.saisie.texte import SaisieTexte, ZoneTexte
from conducteurs.modele import Etape, TypeReponse


def classe_pour(etape: Etape) -> type[Saisie]:
    """La classe de zone de saisie adaptée au type de réponse de l'étape."""
    return {
        TypeReponse.texte: SaisieTexte,
        TypeReponse.choix: SaisieChoix,
        TypeReponse.oui_non: SaisieOuiNon,
        TypeReponse.choix_multiple: SaisieCoches,
        TypeReponse.liste_controle: SaisieCoches,
        TypeReponse.duree: SaisieDuree,
        TypeReponse.date_heure: SaisieDateHeure,
        TypeReponse.taches: SaisieTaches,
    }[etape.type]


def saisie_pour(
    etape: Etape,
    valeur: Any = None,
    suggestions: list[str] | None = None,
    maintenant: Callable[[], datetime] | None = None,
) -> Saisie:
    """La zone de saisie adaptée au type de réponse de l'étape."""
    classe = classe_pour(etape)
    if classe is SaisieDateHeure:
        return SaisieDateHeure(etape, valeur, maintenant=maintenant)
    if classe is SaisieTaches:
        jour: Callable[[], date] | None = (lambda: maintenant().date()) if maintenant else None
        return SaisieTaches(etape, valeur, suggestions=suggestions, aujourdhui=jour)
    return classe(etape, valeur)


__all__ = [
    "AFixerSaisi",
    "ListeChoix",
    "ListeCoches",
    "Saisie",
    "SaisieChoix",
    "SaisieCoches",
    "SaisieDateHeure",
    "SaisieDuree",
    "SaisieLigne",
    "SaisieOuiNon",
    "SaisieTaches",
    "SaisieTexte",
    "TacheSaisie",
    "ZoneTexte",
    "classe_pour",
    "saisie_pour",
]
