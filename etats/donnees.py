"""Les données d'un entretien : ce qui se sauvegarde et se relit.

`DonneesEntretien` se sérialise en JSON (`model_dump(mode="json")`) et se
relit avec `DonneesEntretien.model_validate(...)` ; jamais de pickle. La
machine à états se reconstruit à partir de `etat` et `etape_courante`.
"""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from .reponses import ReponseEnregistree, ValeurReponse

NomSequence: TypeAlias = Literal["introduction", "echange", "conclusion"]
"""Les trois séquences du déroulement."""

Etat: TypeAlias = Literal["introduction", "echange", "conclusion", "cloture", "suspendu"]
"""L'état de premier niveau de l'entretien."""

SEQUENCES: tuple[NomSequence, ...] = ("introduction", "echange", "conclusion")

TypeEvenement: TypeAlias = Literal[
    "debut",
    "reponse",
    "avancer",
    "passer",
    "precedent",
    "aller_a",
    "note",
    "suspension",
    "reprise",
    "consentement",
    "cloture",
]
"""Ce qui s'est passé ; un événement ne contient jamais la réponse elle-même."""


class _Modele(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)


class Evenement(_Modele):
    """Un événement horodaté de l'entretien, et la position qui en résulte."""

    model_config = ConfigDict(frozen=True)

    horodatage: AwareDatetime
    type: TypeEvenement
    etat: Etat
    """L'état de l'entretien après l'événement."""
    etape: str | None
    """L'étape courante après l'événement (l'étape de reprise si suspendu)."""
    detail: str = ""
    """Un complément sans donnée personnelle (étape quittée, nombre de réponses effacées…)."""


class Note(_Modele):
    """Une note libre du conseiller, horodatée et rattachée à une étape."""

    model_config = ConfigDict(frozen=True)

    horodatage: AwareDatetime
    etape: str | None
    texte: Annotated[str, Field(min_length=1)]


class DonneesEntretien(_Modele):
    """Tout l'état d'un entretien, sérialisable en JSON."""

    format: Literal[1] = 1
    """Version du format de ces données."""
    conducteur: str
    """Identifiant du conducteur suivi."""
    version: str
    """Version du conducteur au début de l'entretien."""
    empreinte: str
    """Empreinte du contenu du conducteur (`Conducteur.empreinte()`)."""
    etat: Etat
    etape_courante: str | None
    """L'étape courante ; l'étape de reprise si suspendu ; None une fois clos."""
    reponses: dict[str, ReponseEnregistree] = Field(default_factory=dict)
    """Les réponses, par identifiant d'étape."""
    passees: dict[str, str] = Field(default_factory=dict)
    """Les étapes passées, par identifiant, avec la raison."""
    visitees: list[str] = Field(default_factory=list)
    """Les étapes déjà atteintes, dans l'ordre de leur première visite."""
    notes: list[Note] = Field(default_factory=list)
    evenements: list[Evenement] = Field(default_factory=list)
    debut: AwareDatetime
    fin: AwareDatetime | None = None
    """Le moment de la clôture."""
    consentement_dossier: bool | None = None
    """Sans étape de consentement dans le conducteur : le dossier contient-il le
    consentement de l'adhérent ? Sinon les étapes personnelles sont exclues."""
    consentement_retire: AwareDatetime | None = None
    """Le moment où l'adhérent a retiré son consentement pendant l'entretien : les
    étapes personnelles suivantes sont exclues ; ce qui était déjà enregistré reste."""

    def copie(self) -> DonneesEntretien:
        """Une copie indépendante (les réponses, notes et événements sont immuables)."""
        return self.model_copy(
            update={
                "reponses": dict(self.reponses),
                "passees": dict(self.passees),
                "visitees": list(self.visitees),
                "notes": list(self.notes),
                "evenements": list(self.evenements),
            }
        )

    def valeur(self, identifiant: str) -> ValeurReponse | None:
        """La réponse enregistrée à cette étape (une liste pour plusieurs valeurs), ou None."""
        reponse = self.reponses.get(identifiant)
        if reponse is None:
            return None
        valeur = reponse.valeur
        return list(valeur) if isinstance(valeur, tuple) else valeur  # type: ignore[return-value]
