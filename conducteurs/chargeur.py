"""Lire et valider les fichiers de conducteurs (YAML), et le catalogue.

La lecture du YAML et ses messages sont dans `conducteurs.lecture_yaml`, la
lecture des fichiers et l'examen des dossiers dans `conducteurs.fichiers`,
`Probleme` dans `conducteurs.probleme` ; ce module les rassemble (ses noms
restent importables d'ici).

Chaque problème trouvé devient un `Probleme` qui dit quel fichier, quel champ
(`deroulement.echange.etapes[2].type`), quelle ligne, ce qui ne va pas et quoi
écrire à la place. Aucun contenu de fichier, si étrange soit-il, ne produit de
trace technique : tout finit en `Probleme`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from conducteurs.fichiers import EXTENSIONS as EXTENSIONS
from conducteurs.fichiers import LIMITE_EN_OCTETS as LIMITE_EN_OCTETS
from conducteurs.fichiers import SOUS_DOSSIER_PERSONAS as SOUS_DOSSIER_PERSONAS
from conducteurs.fichiers import TAILLE_MAX as TAILLE_MAX
from conducteurs.fichiers import examiner_dossier as examiner_dossier
from conducteurs.fichiers import fichiers_du_dossier as fichiers_du_dossier
from conducteurs.fichiers import lire_texte_fichier as lire_texte_fichier
from conducteurs.fichiers import probleme_dossier_illisible as probleme_dossier_illisible
from conducteurs.lecture_yaml import ChargeurYaml as ChargeurYaml
from conducteurs.lecture_yaml import (
    _chemin,
    _ligne_de,
    _lignes,
    champs_en_double,
    composer_yaml,
    probleme_caractere,
    probleme_yaml,
)
from conducteurs.lecture_yaml import charger_yaml as charger_yaml
from conducteurs.modele import (
    TYPES_AVEC_OPTIONS,
    Conducteur,
    ElementCadre,
    Phase,
    Role,
    TypeReponse,
)
from conducteurs.probleme import ConducteurInvalide as ConducteurInvalide
from conducteurs.probleme import Probleme as Probleme

# ----------------------------------------------------- traduction des erreurs
_VALEURS_ENUM: dict[str, list[str]] = {
    "type": [t.value for t in TypeReponse],
    "phase": [p.value for p in Phase],
    "role": [r.value for r in Role],
    "cadre": [e.value for e in ElementCadre],
}

_CHAMPS_CONNUS = {
    "racine": sorted(Conducteur.model_fields),
}


def _champs_autorises(loc: tuple[int | str, ...]) -> list[str]:
    from conducteurs import modele

    parents = [p for p in loc[:-1] if isinstance(p, str)]
    dernier = parents[-1] if parents else ""
    modeles: dict[str, type[Any]] = {
        "": modele.Conducteur,
        "cadre": modele.Cadre,
        "deroulement": modele.Deroulement,
        "introduction": modele.Sequence,
        "echange": modele.Sequence,
        "conclusion": modele.Sequence,
        "etapes": modele.Etape,
        "visual_course": modele.ChampVisualCourse,
    }
    classe = modeles.get(dernier)
    return sorted(classe.model_fields) if classe else []


def _traduire(erreur: Any) -> tuple[str, str]:
    """(message, correction) en français pour une erreur de pydantic."""
    type_ = erreur["type"]
    loc: tuple[int | str, ...] = erreur["loc"]
    nom = next((p for p in reversed(loc) if isinstance(p, str)), "")
    ctx = erreur.get("ctx") or {}
    if type_ == "missing":
        return "ce champ obligatoire manque", f"ajoutez « {nom}: … »"
    if type_ == "extra_forbidden":
        autorises = _champs_autorises(loc)
        liste = ", ".join(autorises)
        return (
            f"le champ « {nom} » n'existe pas ici",
            f"retirez-le ou corrigez son nom ; champs possibles : {liste}"
            if liste
            else "retirez-le",
        )
    if type_ in ("enum", "is_instance_of"):
        valeurs = _VALEURS_ENUM.get(nom) or [
            v.strip(" '") for v in str(ctx.get("expected", "")).replace(" or ", ",").split(",")
        ]
        return (
            f"la valeur « {erreur.get('input')} » n'est pas reconnue",
            "écrivez l'une de : " + ", ".join(v for v in valeurs if v),
        )
    if type_ in ("string_type", "str_type"):
        return (
            f"un texte est attendu, pas « {erreur.get('input')!s} »",
            "écrivez un texte ; mettez-le entre guillemets s'il ressemble à un nombre, "
            "une heure (9:30) ou à oui/non (yes, no, on, off)",
        )
    if type_ == "string_too_short":
        return "ce texte est vide", "écrivez un texte non vide"
    if type_ == "string_pattern_mismatch":
        return (
            f"l'identifiant « {erreur.get('input')} » n'est pas valide",
            "utilisez des minuscules sans accents, des chiffres et des tirets, "
            "par exemple « objectifs-partages » (pas de tiret bas ni d'espace)",
        )
    if type_ == "string_too_long":
        return "ce texte est trop long", f"au plus {ctx.get('max_length')} caractères"
    if type_ in ("int_type", "int_parsing", "int_from_float"):
        return (
            f"un nombre entier est attendu, pas « {erreur.get('input')} »",
            "écrivez un nombre d'options à cocher au plus, par exemple 3"
            if nom == "maximum"
            else "écrivez un nombre de minutes, par exemple 60",
        )
    if type_ == "greater_than_equal":
        return "ce nombre est trop petit", f"écrivez au moins {ctx.get('ge')}"
    if type_ == "less_than_equal":
        return "ce nombre est trop grand", f"écrivez au plus {ctx.get('le')}"
    if type_ in ("bool_type", "bool_parsing"):
        return (
            f"la valeur « {erreur.get('input')} » n'est pas reconnue : oui ou non est attendu",
            "écrivez « oui » ou « non » (ou true / false) ; pas yes, no, on ni off",
        )
    if type_ in ("list_type",):
        return (
            "une liste est attendue",
            "écrivez un élément par ligne, chacun précédé de « - »",
        )
    if type_ == "too_short":
        return (
            "cette liste est vide ou trop courte",
            f"ajoutez au moins {ctx.get('min_length', 1)} élément(s), un par ligne avec « - »",
        )
    if type_ in ("model_type", "dict_type", "model_attributes_type"):
        return (
            "une rubrique avec des champs est attendue ici",
            "écrivez les champs en dessous, décalés de deux espaces (« champ: valeur »)",
        )
    if type_ == "value_error":
        message = str(ctx.get("error", erreur.get("msg", "")))
        if " ; " in message:
            probleme, correction = message.split(" ; ", 1)
            return probleme, correction
        if " : " in message:
            probleme, correction = message.split(" : ", 1)
            return probleme, correction
        return message, ""
    return str(erreur.get("msg", "valeur invalide")), ""


def lire_texte(source: str, nom_fichier: str) -> Conducteur:
    """Valide le texte YAML d'un conducteur ; lève `ConducteurInvalide`."""
    if not source.strip():
        raise ConducteurInvalide(
            [
                Probleme(
                    nom_fichier,
                    "",
                    "le fichier est vide",
                    "écrivez un conducteur (voir « entretien conducteurs nouveau »)",
                )
            ]
        )
    try:
        noeud, donnees = composer_yaml(source)
    except yaml.MarkedYAMLError as exc:
        raise ConducteurInvalide([probleme_yaml(exc, source, nom_fichier)]) from None
    except yaml.reader.ReaderError as exc:
        raise ConducteurInvalide([probleme_caractere(exc, source, nom_fichier)]) from None
    except yaml.YAMLError:
        raise ConducteurInvalide(
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
        raise ConducteurInvalide(
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
        raise ConducteurInvalide(
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
    if not isinstance(donnees, dict):
        raise ConducteurInvalide(
            [
                Probleme(
                    nom_fichier,
                    "",
                    "le fichier ne contient pas un conducteur",
                    "commencez par « identifiant: … », « titre: … », « phase: … »",
                    1,
                )
            ]
        )
    lignes: dict[str, int] = {}
    if noeud is not None:
        for chemin, ligne in _lignes(noeud):
            lignes.setdefault(chemin, ligne)
        doublons = [
            Probleme(
                nom_fichier,
                chemin,
                "ce champ est écrit deux fois (seule la dernière valeur serait gardée)",
                "gardez une seule ligne pour ce champ",
                ligne,
            )
            for chemin, ligne in champs_en_double(noeud)
        ]
        if doublons:
            raise ConducteurInvalide(doublons)
    try:
        conducteur = Conducteur.model_validate(donnees, context={"regles": False})
    except ValidationError as exc:
        problemes = []
        for e in exc.errors(include_url=False):
            chemin = _chemin(e["loc"])
            message, correction = _traduire(e)
            if e.get("input", "") is None and e["type"] != "missing":
                message = "ce champ est vide"  # `consigne:` sans rien après, pas « None »
            problemes.append(
                Probleme(nom_fichier, chemin, message, correction, _ligne_de(lignes, chemin))
            )
        raise ConducteurInvalide(problemes) from None
    erreurs = conducteur.erreurs_metier()
    if erreurs:
        raise ConducteurInvalide(
            [
                Probleme(
                    nom_fichier, e.chemin, e.message, e.correction, _ligne_de(lignes, e.chemin)
                )
                for e in erreurs
            ]
        )
    return conducteur


def lire_fichier(chemin: Path) -> Conducteur:
    """Lit et valide un fichier de conducteur ; lève `ConducteurInvalide`."""
    nom = str(chemin)
    texte = lire_texte_fichier(chemin)
    conducteur = lire_texte(texte, nom)
    attendu = chemin.stem
    if chemin.suffix in EXTENSIONS and conducteur.identifiant != attendu:
        raise ConducteurInvalide(
            [
                Probleme(
                    nom,
                    "identifiant",
                    f"l'identifiant « {conducteur.identifiant} » ne correspond pas au nom "
                    f"du fichier « {chemin.name} »",
                    f"renommez le fichier « {conducteur.identifiant}.yaml » ou écrivez "
                    f"« identifiant: {attendu} »",
                    None,
                )
            ]
        )
    return conducteur


# ---------------------------------------------------------------- catalogue
INTEGRE = "intégré"
STRUCTURE = "structure"


@dataclass(frozen=True)
class Entree:
    """Un conducteur du catalogue et son origine."""

    conducteur: Conducteur
    origine: str
    fichier: str


@dataclass
class Catalogue:
    """Les conducteurs disponibles : intégrés, complétés ou remplacés par la structure."""

    entrees: dict[str, Entree] = field(default_factory=dict)
    problemes: list[Probleme] = field(default_factory=list)

    def __contains__(self, identifiant: object) -> bool:
        return identifiant in self.entrees

    def __len__(self) -> int:
        return len(self.entrees)

    def __iter__(self) -> Iterator[Entree]:
        return iter(self.entrees.values())

    def get(self, identifiant: str) -> Conducteur:
        """Le conducteur de cet identifiant (KeyError avec un message français)."""
        try:
            return self.entrees[identifiant].conducteur
        except KeyError:
            connus = ", ".join(sorted(self.entrees)) or "aucun"
            raise KeyError(
                f"aucun conducteur « {identifiant} » ; conducteurs disponibles : {connus}"
            ) from None

    def tries(self) -> list[Entree]:
        """Accueil d'abord, puis accompagnement, dans l'ordre du parcours."""
        ordre = {ident: i for i, ident in enumerate(ORDRE_PARCOURS)}
        return sorted(
            self.entrees.values(),
            key=lambda e: (
                e.conducteur.phase != Phase.accueil,
                ordre.get(e.conducteur.identifiant, len(ordre)),
                e.conducteur.titre,
            ),
        )


ORDRE_PARCOURS = (
    "premier-accueil",
    "diagnostic",
    "co-elaboration-parcours",
    "contractualisation",
    "preparation-etape",
    "evaluation-intermediaire",
    "evaluation-finale",
    "suivi-parcours",
    "evaluation-parcours",
)


def fichiers_integres() -> list[Path]:
    """Les fichiers des conducteurs livrés avec l'assistant."""
    dossier = resources.files("conducteurs") / "guides"
    return sorted(Path(str(f)) for f in dossier.iterdir() if f.name.endswith(EXTENSIONS))


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


def charger_catalogue(dossier_structure: Path | None = None) -> Catalogue:
    """Les conducteurs intégrés, puis ceux de la structure (qui les remplacent).

    Un fichier de la structure invalide n'empêche pas de travailler : il est
    écarté et son problème est listé dans `catalogue.problemes`, comme chaque
    entrée du dossier qui n'est pas lue.
    """
    catalogue = Catalogue()
    _ajouter(catalogue, fichiers_integres(), INTEGRE)
    if dossier_structure is not None:
        integres = set(catalogue.entrees)
        try:
            fichiers, ecartes = examiner_dossier(
                dossier_structure, sous_dossiers=(SOUS_DOSSIER_PERSONAS,)
            )
        except OSError as exc:
            catalogue.problemes.append(
                probleme_dossier_illisible(dossier_structure, exc, "conducteurs")
            )
            fichiers, ecartes = [], []
        for probleme in ecartes:
            catalogue.problemes.append(probleme)
            avis = avis_remplacement(Path(probleme.fichier), integres)
            if avis is not None:
                catalogue.problemes.append(avis)
        _ajouter(catalogue, fichiers, STRUCTURE, integres)
    return catalogue


def _ajouter(
    catalogue: Catalogue,
    fichiers: Iterable[Path],
    origine: str,
    integres: Iterable[str] = (),
) -> None:
    integres = set(integres)
    for fichier in fichiers:
        try:
            conducteur = lire_fichier(fichier)
        except ConducteurInvalide as exc:
            catalogue.problemes.extend(exc.problemes)
            avis = avis_remplacement(fichier, integres)
            if avis is not None:
                catalogue.problemes.append(avis)
            continue
        catalogue.entrees[conducteur.identifiant] = Entree(conducteur, origine, str(fichier))


def valider_fichiers(chemins: Iterable[Path]) -> tuple[int, list[Probleme]]:
    """Valide des fichiers ou des dossiers : (nombre de conducteurs valides, problèmes).

    Dans un dossier, chaque entrée qui ne serait pas lue est aussi signalée."""
    valides = 0
    problemes: list[Probleme] = []
    for chemin in chemins:
        if chemin.is_dir():
            try:
                fichiers, ecartes = examiner_dossier(chemin, sous_dossiers=(SOUS_DOSSIER_PERSONAS,))
            except OSError as exc:
                problemes.append(probleme_dossier_illisible(chemin, exc, "conducteurs"))
                continue
            problemes.extend(ecartes)
            if not fichiers and not ecartes:
                problemes.append(
                    Probleme(
                        str(chemin),
                        "",
                        "ce dossier ne contient aucun fichier .yaml",
                        "indiquez un dossier de conducteurs ou des fichiers .yaml",
                    )
                )
        else:
            fichiers = [chemin]
        for fichier in fichiers:
            try:
                lire_fichier(fichier)
                valides += 1
            except ConducteurInvalide as exc:
                problemes.extend(exc.problemes)
    return valides, problemes


__all__ = [
    "INTEGRE",
    "STRUCTURE",
    "TYPES_AVEC_OPTIONS",
    "Catalogue",
    "ConducteurInvalide",
    "Entree",
    "Probleme",
    "avis_remplacement",
    "charger_catalogue",
    "examiner_dossier",
    "fichiers_du_dossier",
    "fichiers_integres",
    "lire_fichier",
    "lire_texte_fichier",
    "charger_yaml",
    "lire_texte",
    "valider_fichiers",
]
