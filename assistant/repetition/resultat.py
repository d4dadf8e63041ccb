"""Le retour d'une répétition tel qu'il se garde et se relit : critères, temps, constats."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from conducteurs.modele import ElementCadre

Consentement = Literal["obtenu", "refuse", "passe", "non_demande", "dossier", "sans_objet"]
"""Ce qu'il est advenu du consentement pendant l'entretien."""


class _Modele(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Critere(_Modele):
    """Un critère du barème : les points obtenus et ce qu'il faut en retenir."""

    nom: str
    libelle: str
    maximum: int
    obtenus: int
    remarques: list[str] = Field(default_factory=list)
    """Ce qui a été bien fait, ou le contexte d'un point perdu."""


class TempsSequence(_Modele):
    """Le temps passé dans une séquence face au temps prévu, en minutes."""

    sequence: str
    libelle: str
    prevu_minutes: float
    reel_minutes: float

    @property
    def ecart_minutes(self) -> float:
        """Le temps passé en plus (positif) ou en moins (négatif)."""
        return self.reel_minutes - self.prevu_minutes


class ConstatRgpd(_Modele):
    """Un passage de ce que le stagiaire a écrit qui n'est pas compatible RGPD."""

    source: str
    """Où le passage a été écrit (« étape « Recueil de la demande » », « note »…)."""
    etape: str | None
    categorie: str
    extrait: str
    explication: str
    suggestion: str = ""


class Retour(_Modele):
    """Le retour d'une répétition : ce qui a été fait, le score et chaque point perdu.

    Se conserve avec `model_dump(mode="json")` et se relit avec
    `Retour.model_validate(...)`.
    """

    format: Literal[1] = 1
    conducteur: str
    titre_conducteur: str
    version_conducteur: str
    persona: str | None = None
    date: AwareDatetime
    """Le début de l'entretien répété."""
    cloture: bool
    """L'entretien a été clos (sinon, la répétition a été interrompue)."""
    score: int = Field(ge=0, le=100)
    points_perdus: list[tuple[int, str]]
    """(points, raison en français), dans l'ordre du barème."""
    criteres: list[Critere]
    cadre: dict[ElementCadre, bool]
    etapes_couvertes: list[str]
    """Les étapes qui ont une réponse, dans l'ordre du conducteur."""
    etapes_passees: dict[str, str]
    """Les étapes passées, avec la raison (dont l'exclusion faute de consentement)."""
    etapes_oubliees: list[str]
    """Les étapes obligatoires restées sans réponse ni raison."""
    temps: list[TempsSequence]
    duree_prevue_minutes: int
    """La durée convenue avec l'adhérent, ou celle du conducteur."""
    duree_reelle_minutes: float
    consentement: Consentement
    taches_adherent: int
    taches_conseiller: int
    prochain_rdv: AwareDatetime | None = None
    prochain_rdv_a_fixer: str | None = None
    """La raison d'un rendez-vous « à fixer »."""
    constats_rgpd: list[ConstatRgpd] = Field(default_factory=list)
    epreuves: list[str] = Field(default_factory=list)
    """Les épreuves scénarisées de la persona (« arrive en retard »…)."""

    @property
    def points_perdus_total(self) -> int:
        """Le total des points perdus (100 − score)."""
        return sum(points for points, _ in self.points_perdus)

    def texte(self) -> str:
        """Le retour en texte lisible (terminal ou écran), sans balisage."""
        lignes = [
            f"Retour de répétition — {self.titre_conducteur}"
            + (f" (persona : {self.persona})" if self.persona else ""),
            f"Score : {self.score}/100" + ("" if self.cloture else " — entretien non clos"),
            "",
        ]
        for critere in self.criteres:
            lignes.append(f"{critere.libelle} : {critere.obtenus}/{critere.maximum}")
            lignes.extend(f"  · {remarque}" for remarque in critere.remarques)
        if self.points_perdus:
            lignes += ["", "Points perdus :"]
            lignes.extend(f"  −{points} : {raison}" for points, raison in self.points_perdus)
        lignes += ["", "Temps par séquence (réel / prévu) :"]
        lignes.extend(
            f"  {t.libelle} : {en_minutes(t.reel_minutes)} / {en_minutes(t.prevu_minutes)}"
            for t in self.temps
        )
        if self.constats_rgpd:
            lignes += ["", "À réécrire (RGPD) :"]
            for constat in self.constats_rgpd:
                suite = f" → {constat.suggestion}" if constat.suggestion else ""
                lignes.append(
                    f"  {constat.source} ({constat.categorie}) : {constat.explication}{suite}"
                )
        return "\n".join(lignes)


def en_minutes(valeur: float) -> str:
    return f"{round(valeur):d} min"
