"""Mesurer le vérificateur sur un corpus étiqueté (`tests/data/rgpd_corpus*.tsv`).

Format : une phrase par ligne, trois colonnes séparées par une tabulation :
catégories attendues (séparées par des virgules, `-` si aucune), prénoms de
l'adhérent (`-` si aucun), phrase. Les lignes `#` sont des commentaires ; une
ligne d'en-tête `categories…` est ignorée.

Une phrase sensible est **retrouvée** quand chacune de ses catégories
attendues a au moins un constat ; une phrase neutre donne une **fausse
alerte** dès qu'elle a un constat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.redaction.modele import Categorie, Constat
from assistant.redaction.verificateur import verifier


@dataclass(frozen=True)
class Exemple:
    """Une phrase étiquetée du corpus."""

    attendu: frozenset[Categorie]
    prenoms: tuple[str, ...]
    texte: str
    ligne: int


def lire_corpus(chemin: Path) -> list[Exemple]:
    """Lit un corpus TSV ; lève `ValueError` (ligne fautive nommée) s'il est mal formé."""
    exemples: list[Exemple] = []
    for numero, brut in enumerate(chemin.read_text(encoding="utf-8").splitlines(), start=1):
        if not brut.strip() or brut.startswith("#") or brut.startswith("categories\t"):
            continue
        colonnes = brut.split("\t")
        if len(colonnes) != 3:
            raise ValueError(f"{chemin.name}, ligne {numero} : trois colonnes attendues")
        categories, prenoms, texte = colonnes
        try:
            attendu = frozenset(
                Categorie(c.strip()) for c in categories.split(",") if c.strip() not in ("", "-")
            )
        except ValueError as exc:
            raise ValueError(f"{chemin.name}, ligne {numero} : {exc}") from None
        noms = tuple(p.strip() for p in prenoms.split(",") if p.strip() not in ("", "-"))
        exemples.append(Exemple(attendu, noms, texte, numero))
    return exemples


@dataclass
class Mesures:
    """Les chiffres d'un corpus."""

    sensibles: int = 0
    retrouvees: int = 0
    neutres: int = 0
    fausses_alertes: int = 0
    par_categorie: dict[Categorie, list[int]] = field(default_factory=dict)
    """Catégorie → [retrouvées, attendues]."""
    manques: list[tuple[Exemple, list[Constat]]] = field(default_factory=list)
    alertes: list[tuple[Exemple, list[Constat]]] = field(default_factory=list)
    en_trop: list[tuple[Exemple, list[Constat]]] = field(default_factory=list)
    """Phrases sensibles avec un constat d'une catégorie non attendue."""

    @property
    def rappel(self) -> float:
        """Part des phrases sensibles dont toutes les catégories sont retrouvées."""
        return self.retrouvees / self.sensibles if self.sensibles else 1.0

    @property
    def taux_fausses_alertes(self) -> float:
        """Part des phrases neutres qui reçoivent au moins un constat."""
        return self.fausses_alertes / self.neutres if self.neutres else 0.0


def evaluer(
    exemples: Iterable[Exemple],
    verificateur: Callable[[str, tuple[str, ...]], list[Constat]] | None = None,
) -> Mesures:
    """Passe chaque phrase au vérificateur et compte."""
    verifie = verificateur or (lambda texte, prenoms: verifier(texte, prenoms))
    mesures = Mesures()
    for exemple in exemples:
        constats = verifie(exemple.texte, exemple.prenoms)
        trouvees = {c.categorie for c in constats}
        if exemple.attendu:
            mesures.sensibles += 1
            for categorie in exemple.attendu:
                compte = mesures.par_categorie.setdefault(categorie, [0, 0])
                compte[1] += 1
                compte[0] += categorie in trouvees
            if exemple.attendu <= trouvees:
                mesures.retrouvees += 1
            else:
                mesures.manques.append((exemple, constats))
            if trouvees - exemple.attendu:
                mesures.en_trop.append((exemple, constats))
        else:
            mesures.neutres += 1
            if constats:
                mesures.fausses_alertes += 1
                mesures.alertes.append((exemple, constats))
    return mesures
