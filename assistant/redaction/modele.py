"""Le modèle du vérificateur : catégories, constats rendus et règles appliquées."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.redaction.contexte import Contexte


class Categorie(StrEnum):
    """La nature d'un constat. Les neuf premières sont les données sensibles
    des articles 9 et 10 du RGPD ; viennent ensuite les jugements de valeur,
    les identifiants et le style (l'adhérent désigné autrement que par
    « vous » ou « l'adhérent »). Les deux dernières (`coordonnees`,
    `situation`) sont les données personnelles qui identifient ou décrivent
    l'adhérent : elles ne sont cherchées que sur demande
    (`verifier(..., personnelles=True)`), quand le consentement n'est pas
    en vigueur (voir `assistant.redaction.personnelles`)."""

    sante = "sante"
    origine = "origine"
    opinions_politiques = "opinions_politiques"
    religion = "religion"
    syndicat = "syndicat"
    vie_sexuelle = "vie_sexuelle"
    genetique_biometrie = "genetique_biometrie"
    judiciaire = "judiciaire"
    jugement = "jugement"
    identifiant = "identifiant"
    style = "style"
    coordonnees = "coordonnees"
    situation = "situation"

    @property
    def libelle(self) -> str:
        """Le nom de la catégorie pour une personne."""
        return LIBELLES[self]


LIBELLES: dict[Categorie, str] = {
    Categorie.sante: "santé",
    Categorie.origine: "origine",
    Categorie.opinions_politiques: "opinions politiques",
    Categorie.religion: "convictions religieuses",
    Categorie.syndicat: "appartenance syndicale",
    Categorie.vie_sexuelle: "vie sexuelle",
    Categorie.genetique_biometrie: "données génétiques ou biométriques",
    Categorie.judiciaire: "infractions et condamnations",
    Categorie.jugement: "jugement de valeur",
    Categorie.identifiant: "identifiant",
    Categorie.style: "style",
    Categorie.coordonnees: "coordonnées et identité",
    Categorie.situation: "situation familiale et ressources",
}


@dataclass(frozen=True, slots=True)
class Constat:
    """Un passage à revoir dans un texte libre.

    `debut` et `fin` sont des positions dans le texte **d'origine**
    (`texte[debut:fin]` est le passage), quelles que soient ses majuscules,
    ses accents ou ses apostrophes.
    """

    categorie: Categorie
    debut: int
    fin: int
    explication: str
    """Pourquoi le passage pose problème, en français."""
    suggestion: str
    """Une reformulation compatible RGPD : dire le besoin sans la donnée."""

    def en_dict(self) -> dict[str, str | int]:
        """La forme JSON du constat (clés de la commande `rgpd verifier --json`)."""
        return {
            "categorie": self.categorie.value,
            "debut": self.debut,
            "fin": self.fin,
            "explication": self.explication,
            "suggestion": self.suggestion,
        }


PERSONNELLES: frozenset[Categorie] = frozenset({Categorie.coordonnees, Categorie.situation})
"""Les catégories cherchées seulement sur demande (`verifier(..., personnelles=True)`) :
données personnelles permises avec le consentement, interdites sans."""


@dataclass(frozen=True)
class Regle:
    """Une famille de mots d'une catégorie (ou une expression neutre si `None`)."""

    categorie: Categorie | None
    motifs: tuple[str, ...]
    quoi: str = ""
    """Ce que le passage révèle, pour l'explication (« un diagnostic »)."""
    suggestion: str = ""
    """Reformulation propre à la règle ; sinon celle de la catégorie."""
    ambigu: bool = False
    exige_avant: str | None = None
    sauf_avant: str | None = None
    exige_apres: str | None = None
    sauf_apres: str | None = None
    sauf_phrase: str | None = None
    condition: Callable[[Contexte, int, int], bool] | None = None
    """Dernier contrôle, sur le texte normalisé et la correspondance `[debut, fin)`."""


def regle(categorie: Categorie | None, *motifs: str, **options: object) -> Regle:
    """Une règle de `categorie` sur `motifs` (options : les champs de `Regle`)."""
    return Regle(categorie, motifs, **options)  # type: ignore[arg-type]
