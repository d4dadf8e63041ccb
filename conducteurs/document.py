"""Le noyau de lecture partagé par les conducteurs et les personas.

Un texte YAML devient un `Document` (les données, et la ligne de chaque
champ), ou une exception `FichierInvalide` dont chaque `Probleme` dit le
fichier, la ligne, ce qui ne va pas et quoi écrire ; les erreurs de pydantic
deviennent des `Probleme` avec le champ et sa ligne (`problemes_validation`).
La lecture du fichier lui-même (taille, encodage) est dans
`conducteurs.fichiers`, celle du YAML (ancres, étiquettes) dans
`conducteurs.lecture_yaml`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml
from pydantic import ValidationError

from conducteurs.lecture_yaml import (
    chemin_de,
    composer_yaml,
    ligne_de,
    lignes_du_noeud,
    probleme_caractere,
    probleme_yaml,
)
from conducteurs.probleme import FichierInvalide, Probleme


@dataclass(frozen=True)
class Document:
    """Un texte YAML lu : ses données, son nœud racine et la ligne de chaque champ."""

    donnees: dict[str, Any]
    noeud: yaml.Node | None
    lignes: dict[str, int] = field(default_factory=dict)

    def ligne(self, chemin: str) -> int | None:
        """La ligne du champ, ou celle du plus proche parent connu."""
        return ligne_de(self.lignes, chemin)


@dataclass(frozen=True)
class Attendu:
    """Ce que le fichier doit contenir, pour les messages : « un conducteur », « une persona »."""

    nom: str
    """« un conducteur », « une persona »."""
    si_vide: str
    """Quoi écrire dans un fichier vide."""
    debut: str
    """Comment le fichier commence (« commencez par « identifiant: … », … »)."""


def _composer(
    source: str, nom_fichier: str, erreur: type[FichierInvalide]
) -> tuple[yaml.Node | None, Any]:
    """Le nœud racine et les données ; lève `erreur` si le YAML ne se lit pas."""
    try:
        return composer_yaml(source)
    except yaml.MarkedYAMLError as exc:
        raise erreur([probleme_yaml(exc, source, nom_fichier)]) from None
    except yaml.reader.ReaderError as exc:
        raise erreur([probleme_caractere(exc, source, nom_fichier)]) from None
    except yaml.YAMLError:
        raise erreur(
            [
                Probleme(
                    nom_fichier,
                    "",
                    "le YAML est illisible",
                    "vérifiez la syntaxe du fichier (décalage par des espaces, textes "
                    "entre guillemets)",
                )
            ]
        ) from None
    except RecursionError:
        raise erreur(
            [
                Probleme(
                    nom_fichier,
                    "",
                    "le YAML est imbriqué trop profondément",
                    "vérifiez les crochets et le décalage du fichier",
                )
            ]
        ) from None
    except Exception:
        # Un scalaire que les constructeurs de PyYAML ne savent pas convertir et
        # qu'ils laissent échapper tel quel : `2024-13-45` (ValueError),
        # `!!int abc` (ValueError), `!!float` sans valeur (IndexError).
        raise erreur(
            [
                Probleme(
                    nom_fichier,
                    "",
                    "une valeur est illisible (une date ou un nombre impossible, "
                    "comme « 2024-13-45 »)",
                    "mettez entre guillemets les textes qui ressemblent à une date ou à un nombre",
                )
            ]
        ) from None


def lire_document(
    source: str,
    nom_fichier: str,
    attendu: Attendu,
    erreur: type[FichierInvalide] = FichierInvalide,
) -> Document:
    """Le `Document` d'un texte YAML ; lève `erreur` (vide, illisible, pas une rubrique)."""
    if not source.strip():
        raise erreur([Probleme(nom_fichier, "", "le fichier est vide", attendu.si_vide)])
    noeud, donnees = _composer(source, nom_fichier, erreur)
    if not isinstance(donnees, dict):
        raise erreur(
            [
                Probleme(
                    nom_fichier,
                    "",
                    f"le fichier ne contient pas {attendu.nom}",
                    attendu.debut,
                    1,
                )
            ]
        )
    lignes: dict[str, int] = {}
    if noeud is not None:
        for chemin, ligne in lignes_du_noeud(noeud):
            lignes.setdefault(chemin, ligne)
    return Document(donnees, noeud, lignes)


Traduction = Callable[[Any], tuple[str, str]]
"""(message, correction) en français pour une erreur de pydantic (un dict de `errors()`)."""


def problemes_validation(
    exc: ValidationError, nom_fichier: str, document: Document, traduire: Traduction
) -> list[Probleme]:
    """Un `Probleme` par erreur de pydantic : le champ, sa ligne, le message traduit.

    Le « [key] » que pydantic ajoute au chemin d'une clé de dictionnaire
    invalide est retiré du chemin affiché (`traduire` reçoit l'erreur telle quelle).
    """
    problemes: list[Probleme] = []
    for erreur in exc.errors(include_url=False):
        chemin = chemin_de(tuple(p for p in erreur["loc"] if p != "[key]"))
        message, correction = traduire(erreur)
        problemes.append(Probleme(nom_fichier, chemin, message, correction, document.ligne(chemin)))
    return problemes


__all__ = ["Attendu", "Document", "Traduction", "lire_document", "problemes_validation"]
