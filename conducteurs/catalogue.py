"""Un catalogue générique : les éléments intégrés, complétés ou remplacés par la structure.

Le même mécanisme sert aux conducteurs (`conducteurs.chargeur.Catalogue`) et
aux personas (`conducteurs.persona_lecture.CataloguePersonas`) : les fichiers
livrés avec l'assistant d'abord, puis ceux du dossier de la structure, qui
ajoutent ou remplacent (même identifiant). Un fichier invalide n'empêche pas
de travailler : il est écarté, ses problèmes et chaque entrée du dossier qui
n'est pas lue sont listés dans `problemes`, avec un avis quand la version
intégrée sert à la place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from conducteurs.fichiers import EXTENSIONS, examiner_dossier, probleme_dossier_illisible
from conducteurs.probleme import FichierInvalide, Probleme

INTEGRE = "intégré"
STRUCTURE = "structure"


class AIdentifiant(Protocol):
    """Un élément de catalogue : un conducteur ou une persona."""

    @property
    def identifiant(self) -> str: ...


T = TypeVar("T", bound=AIdentifiant)


@dataclass(frozen=True)
class EntreeCatalogue(Generic[T]):
    """Un élément du catalogue, son origine (`INTEGRE` ou `STRUCTURE`) et son fichier."""

    element: T
    origine: str
    fichier: str


E = TypeVar("E", bound=EntreeCatalogue[Any])


def fichiers_du_paquet(dossier: str) -> list[Path]:
    """Les fichiers YAML livrés avec l'assistant dans ce dossier du paquet `conducteurs`."""
    racine = resources.files("conducteurs") / dossier
    return sorted(Path(str(f)) for f in racine.iterdir() if f.name.endswith(EXTENSIONS))


def avis_remplacement(fichier: Path, integres: Iterable[str]) -> Probleme | None:
    """Le fichier écarté devait remplacer un élément intégré : dire lequel sert à la place."""
    identifiant = fichier.name.split(".", 1)[0]
    if identifiant not in integres:
        return None
    return Probleme(
        str(fichier),
        "",
        f"la version intégrée de « {identifiant} » est utilisée à la place de ce fichier, "
        "qui n'est pas chargé",
        "corrigez ce qui est signalé pour ce fichier, puis vérifiez-le avec "
        f"« entretien conducteurs valider {fichier} »",
    )


@dataclass
class CatalogueDe(Generic[T, E]):
    """Les éléments `T` disponibles par identifiant (entrées `E`), et les problèmes écartés.

    Une sous-classe fixe `ENTREE` (la classe de ses entrées) et les mots de
    son message d'erreur (`AUCUN`, `DISPONIBLES`, `VIDE`).
    """

    ENTREE: ClassVar[type[EntreeCatalogue[Any]]] = EntreeCatalogue
    AUCUN: ClassVar[str] = "aucun élément"
    DISPONIBLES: ClassVar[str] = "éléments disponibles"
    VIDE: ClassVar[str] = "aucun"

    entrees: dict[str, E] = field(default_factory=dict)
    problemes: list[Probleme] = field(default_factory=list)

    def __contains__(self, identifiant: object) -> bool:
        return identifiant in self.entrees

    def __len__(self) -> int:
        return len(self.entrees)

    def __iter__(self) -> Iterator[E]:
        return iter(self.entrees.values())

    def entree(self, identifiant: str) -> E:
        """L'entrée de cet identifiant (KeyError avec un message français)."""
        try:
            return self.entrees[identifiant]
        except KeyError:
            connus = ", ".join(sorted(self.entrees)) or self.VIDE
            raise KeyError(
                f"{self.AUCUN} « {identifiant} » ; {self.DISPONIBLES} : {connus}"
            ) from None

    def get(self, identifiant: str) -> T:
        """L'élément de cet identifiant (KeyError avec un message français)."""
        element: T = self.entree(identifiant).element
        return element

    def ajouter(
        self,
        fichiers: Iterable[Path],
        origine: str,
        lire: Callable[[Path], AIdentifiant],
        integres: Iterable[str] = (),
    ) -> None:
        """Lit chaque fichier et l'ajoute (il remplace l'élément de même identifiant).

        Un fichier invalide est écarté : ses problèmes sont notés, avec un avis
        s'il devait remplacer l'un des `integres`.
        """
        integres = set(integres)
        for fichier in fichiers:
            try:
                element = lire(fichier)
            except FichierInvalide as exc:
                self.problemes.extend(exc.problemes)
                avis = avis_remplacement(fichier, integres)
                if avis is not None:
                    self.problemes.append(avis)
                continue
            entree: Any = self.ENTREE(element, origine, str(fichier))
            self.entrees[element.identifiant] = entree

    def ajouter_dossier(
        self,
        dossier: Path,
        lire: Callable[[Path], AIdentifiant],
        quoi: str,
        sous_dossiers: tuple[str, ...] = (),
    ) -> None:
        """Ajoute les fichiers du dossier de la structure, qui complètent ou remplacent.

        Chaque entrée du dossier qui n'est pas lue est signalée ; `quoi`
        (« conducteurs », « personas ») nomme ce que le dossier contient.
        """
        integres = set(self.entrees)
        try:
            fichiers, ecartes = examiner_dossier(dossier, quoi, sous_dossiers)
        except OSError as exc:
            self.problemes.append(probleme_dossier_illisible(dossier, exc, quoi))
            fichiers, ecartes = [], []
        for probleme in ecartes:
            self.problemes.append(probleme)
            avis = avis_remplacement(Path(probleme.fichier), integres)
            if avis is not None:
                self.problemes.append(avis)
        self.ajouter(fichiers, STRUCTURE, lire, integres)


__all__ = [
    "INTEGRE",
    "STRUCTURE",
    "CatalogueDe",
    "EntreeCatalogue",
    "avis_remplacement",
    "fichiers_du_paquet",
]
