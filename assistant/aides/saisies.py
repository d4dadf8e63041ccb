"""Les valeurs saisies dans l'interface avant conversion pour la machine à états."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from assistant.aides.dates import DateIncomprise, formater_date, lire_date_heure


@dataclass
class TacheSaisie:
    """Une tâche telle que saisie : quoi, qui, échéance."""

    quoi: str
    qui: str = "adherent"
    echeance: date | None = None


@dataclass
class AFixerSaisi:
    """Un prochain rendez-vous « à fixer », avec sa raison."""

    raison: str


@dataclass(frozen=True)
class NonCommuniqueSaisi:
    """« Ne souhaite pas répondre » choisi pour une étape personnelle."""


NON_COMMUNIQUE = "non communiqué"
"""Comment « ne souhaite pas répondre » se lit dans le compte rendu et la fiche."""
LIBELLE_NSP = "Ne souhaite pas répondre"
"""L'option ajoutée d'office aux choix et listes des étapes personnelles."""


def lire_tache(texte: str, aujourdhui: date) -> TacheSaisie:
    """« Mettre à jour le CV ; adhérent ; 05/12 » → une tâche."""
    morceaux = [m.strip() for m in texte.split(";")]
    quoi = morceaux[0]
    if not quoi:
        raise DateIncomprise("décrivez la tâche avant le premier « ; »")
    qui = "adherent"
    echeance: date | None = None
    for morceau in morceaux[1:]:
        bas = morceau.casefold()
        if not bas:
            continue
        if bas.startswith(("cons", "moi", "accomp", "réf", "ref")):
            qui = "conseiller"
        elif bas.startswith(("adh", "vous", "lui", "elle", "pers")):
            qui = "adherent"
        else:
            instant = datetime.combine(aujourdhui, datetime.min.time())
            try:
                moment, _ = lire_date_heure(morceau + " 12h", instant)
            except DateIncomprise:
                raise DateIncomprise(
                    f"« {morceau} » n'est ni « adhérent », ni « conseiller », ni une date"
                ) from None
            echeance = moment.date()
    return TacheSaisie(quoi, qui, echeance)


def decrire_tache(tache: TacheSaisie) -> str:
    qui = "l'adhérent" if tache.qui == "adherent" else "le conseiller"
    echeance = f", pour le {formater_date(tache.echeance)}" if tache.echeance else ""
    return f"{tache.quoi} ({qui}{echeance})"
