"""Le seul endroit où documents stockés et modèles du domaine se convertissent.

Un document stocké est le `model_dump(mode="json")` du modèle, plus
`version_schema`. À la lecture, le document est d'abord migré vers la version
actuelle (`stockage.migrations`), puis validé ; un document invalide lève
`FichierEndommage` avec le chemin du fichier, sans jamais recopier son contenu
dans le message.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from stockage.erreurs import FichierEndommage
from stockage.index import EntreeAdherent, EntreeSeance
from stockage.migrations import Document, migrer, version_actuelle
from stockage.modeles import LECTURE, STATUTS_INTERROMPUS, Adherent, Seance, StatutSeance

Modele = TypeVar("Modele", bound=BaseModel)


def _vers_document(modele: BaseModel) -> Document:
    document = modele.model_dump(mode="json")
    document["version_schema"] = version_actuelle()
    return document


def _depuis_document(classe: type[Modele], genre: str, document: Any, chemin: Path) -> Modele:
    if not isinstance(document, dict):
        raise FichierEndommage(chemin, f"le document « {genre} » n'est pas un objet JSON")
    document, _ = migrer(genre, document, chemin)
    try:
        return classe.model_validate(document, context={LECTURE: True})
    except ValidationError as exc:
        raise FichierEndommage(chemin, _resumer(exc)) from None


def _resumer(exc: ValidationError) -> str:
    champs = []
    for probleme in exc.errors(include_input=False, include_url=False):
        lieu = ".".join(str(partie) for partie in probleme["loc"]) or "document"
        champs.append(lieu)
    liste = ", ".join(f"« {champ} »" for champ in champs[:3])
    suite = " …" if len(champs) > 3 else ""
    return f"contenu invalide : {liste}{suite}"


def adherent_vers_document(adherent: Adherent) -> Document:
    """Le document stocké d'un adhérent."""
    return _vers_document(adherent)


def document_vers_adherent(document: Any, chemin: Path) -> Adherent:
    """L'adhérent décrit par un document stocké (migré si besoin)."""
    return _depuis_document(Adherent, "adherent", document, chemin)


def seance_vers_document(seance: Seance) -> Document:
    """Le document stocké d'une séance."""
    return _vers_document(seance)


def document_vers_seance(document: Any, chemin: Path) -> Seance:
    """La séance décrite par un document stocké (migré si besoin)."""
    return _depuis_document(Seance, "seance", document, chemin)


# ------------------------------------------------------------------ index


def _date(valeur: Any) -> dt.datetime:
    if not isinstance(valeur, str):
        raise ValueError("date absente")
    date = dt.datetime.fromisoformat(valeur)
    return date if date.tzinfo is not None else date.astimezone()


def _date_ou_rien(valeur: Any) -> dt.datetime | None:
    return None if valeur is None else _date(valeur)


def _statut(valeur: Any) -> StatutSeance:
    if valeur == "en_cours":
        return "en_cours"
    if valeur == "suspendu":
        return "suspendu"
    if valeur == "cloture":
        return "cloture"
    raise ValueError("statut inconnu")


def entree_depuis_adherent(adherent: Adherent, endommage: bool = False) -> EntreeAdherent:
    """Le résumé d'index d'un adhérent."""
    return EntreeAdherent(
        id=adherent.id,
        nom=adherent.nom,
        cree_le=adherent.cree_le,
        dernier_contact=adherent.dernier_contact,
        endommage=endommage,
    )


def entree_depuis_seance(seance: Seance) -> EntreeSeance:
    """Le résumé d'index d'une séance."""
    return EntreeSeance(
        id=seance.id,
        adherent_id=seance.adherent_id,
        conducteur_id=seance.conducteur_id,
        conducteur_titre=seance.conducteur_titre,
        debut=seance.debut,
        statut=seance.statut,
    )


def entree_depuis_document_adherent(document: Any, chemin: Path) -> EntreeAdherent:
    """Le résumé d'index d'un adhérent, lu rapidement dans son document stocké.

    Sert à reconstruire l'index : seuls les champs résumés sont contrôlés."""
    try:
        document, _ = migrer("adherent", dict(document), chemin)
        nom = document["nom"]
        if not isinstance(nom, str) or not nom:
            raise ValueError("nom absent")
        return EntreeAdherent(
            id=str(document["id"]),
            nom=nom,
            cree_le=_date(document["cree_le"]),
            dernier_contact=_date_ou_rien(document.get("dernier_contact")),
        )
    except (KeyError, TypeError, ValueError):
        raise FichierEndommage(chemin, "contenu invalide (fiche de l'adhérent)") from None


def entree_depuis_document_seance(document: Any, chemin: Path) -> EntreeSeance:
    """Le résumé d'index d'une séance, lu rapidement dans son document stocké."""
    try:
        document, _ = migrer("seance", dict(document), chemin)
        return EntreeSeance(
            id=str(document["id"]),
            adherent_id=str(document["adherent_id"]),
            conducteur_id=str(document["conducteur_id"]),
            conducteur_titre=str(document.get("conducteur_titre") or ""),
            debut=_date(document["debut"]),
            statut=_statut(document["statut"]),
        )
    except (KeyError, TypeError, ValueError):
        raise FichierEndommage(chemin, "contenu invalide (résumé de la séance)") from None


def entree_adherent_vers_document(entree: EntreeAdherent) -> Document:
    """La ligne de `index.json` pour un adhérent."""
    return {
        "id": entree.id,
        "nom": entree.nom,
        "cree_le": entree.cree_le.isoformat(),
        "dernier_contact": entree.dernier_contact.isoformat() if entree.dernier_contact else None,
        "endommage": entree.endommage,
    }


def document_vers_entree_adherent(document: Any) -> EntreeAdherent:
    """Relit une ligne de `index.json` (lève ValueError si elle est invalide)."""
    try:
        return EntreeAdherent(
            id=str(document["id"]),
            nom=str(document["nom"]),
            cree_le=_date(document["cree_le"]),
            dernier_contact=_date_ou_rien(document.get("dernier_contact")),
            endommage=bool(document.get("endommage", False)),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError("entrée d'index invalide") from exc


def entree_seance_vers_document(entree: EntreeSeance) -> Document:
    """La ligne de `index.json` pour une séance."""
    return {
        "id": entree.id,
        "adherent_id": entree.adherent_id,
        "conducteur_id": entree.conducteur_id,
        "conducteur_titre": entree.conducteur_titre,
        "debut": entree.debut.isoformat(),
        "statut": entree.statut,
    }


def document_vers_entree_seance(document: Any) -> EntreeSeance:
    """Relit une ligne de `index.json` (lève ValueError si elle est invalide)."""
    try:
        return EntreeSeance(
            id=str(document["id"]),
            adherent_id=str(document["adherent_id"]),
            conducteur_id=str(document["conducteur_id"]),
            conducteur_titre=str(document.get("conducteur_titre") or ""),
            debut=_date(document["debut"]),
            statut=_statut(document["statut"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError("entrée d'index invalide") from exc


def seance_interrompue(entree: EntreeSeance) -> bool:
    """Vrai si la séance résumée est en cours ou suspendue."""
    return entree.statut in STATUTS_INTERROMPUS
