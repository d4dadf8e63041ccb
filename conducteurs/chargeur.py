"""Lire et valider les fichiers de conducteurs (YAML).

Chaque problème trouvé devient un `Probleme` qui dit quel fichier, quel champ
(`deroulement.echange.etapes[2].type`), quelle ligne, ce qui ne va pas et quoi
écrire à la place. Aucun contenu de fichier, si étrange soit-il, ne produit de
trace technique : tout finit en `Probleme`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from conducteurs.modele import (
    TYPES_AVEC_OPTIONS,
    Conducteur,
    ElementCadre,
    Phase,
    Role,
    TypeReponse,
)

EXTENSIONS = (".yaml", ".yml")
TAILLE_MAX = 1_000_000
"""Un conducteur fait quelques dizaines de kilo-octets ; au-delà, c'est une erreur."""


@dataclass(frozen=True)
class Probleme:
    """Un défaut dans un fichier de conducteur, dit en français."""

    fichier: str
    chemin: str
    message: str
    correction: str = ""
    ligne: int | None = None

    def __str__(self) -> str:
        ou = self.fichier + (f", ligne {self.ligne}" if self.ligne else "")
        champ = f" — champ « {self.chemin} »" if self.chemin else ""
        suite = f"\n    → {self.correction}" if self.correction else ""
        return f"{ou}{champ} : {self.message}{suite}"


class ConducteurInvalide(Exception):
    """Un fichier de conducteur n'a pas pu être chargé."""

    def __init__(self, problemes: list[Probleme]) -> None:
        super().__init__("\n".join(str(p) for p in problemes))
        self.problemes = problemes


# --------------------------------------------------------------- YAML et lignes
def _lignes(noeud: yaml.Node, chemin: str = "") -> Iterator[tuple[str, int]]:
    """Associe à chaque chemin de champ la ligne (1-based) où il commence."""
    yield chemin, noeud.start_mark.line + 1
    if isinstance(noeud, yaml.MappingNode):
        for cle, valeur in noeud.value:
            nom = str(cle.value)
            sous = f"{chemin}.{nom}" if chemin else nom
            yield sous, cle.start_mark.line + 1
            for c, ligne in _lignes(valeur, sous):
                if c != sous:
                    yield c, ligne
    elif isinstance(noeud, yaml.SequenceNode):
        for i, element in enumerate(noeud.value):
            yield from _lignes(element, f"{chemin}[{i}]")


def champs_en_double(noeud: yaml.Node, chemin: str = "") -> Iterator[tuple[str, int]]:
    """(chemin, ligne) de chaque champ écrit une seconde fois dans la même rubrique."""
    if isinstance(noeud, yaml.MappingNode):
        vus: set[str] = set()
        for cle, valeur in noeud.value:
            nom = str(cle.value)
            sous = f"{chemin}.{nom}" if chemin else nom
            if nom in vus:
                yield sous, cle.start_mark.line + 1
            vus.add(nom)
            yield from champs_en_double(valeur, sous)
    elif isinstance(noeud, yaml.SequenceNode):
        for i, element in enumerate(noeud.value):
            yield from champs_en_double(element, f"{chemin}[{i}]")


def _ligne_de(lignes: dict[str, int], chemin: str) -> int | None:
    """La ligne du champ, ou celle du plus proche parent connu."""
    while chemin:
        if chemin in lignes:
            return lignes[chemin]
        coupe = max(chemin.rfind("."), chemin.rfind("["))
        if coupe <= 0:
            break
        chemin = chemin[:coupe]
    return lignes.get(chemin)


def _chemin(loc: tuple[int | str, ...]) -> str:
    texte = ""
    for partie in loc:
        if isinstance(partie, int):
            texte += f"[{partie}]"
        else:
            texte += f".{partie}" if texte else partie
    return texte


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
            f"oui ou non est attendu, pas « {erreur.get('input')} »",
            "écrivez true (oui) ou false (non)",
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


# ------------------------------------------------------------------ lecture
class ChargeurYaml(yaml.SafeLoader):
    """YAML sans les pièges de la version 1.1.

    `1:30` reste un texte (pas 90 en base 60) et `yes`/`no`/`on`/`off` restent
    des textes : seuls `true` et `false` sont des booléens.

    Les renvois (`*nom`) sont refusés : un conducteur n'en a pas besoin, et ils
    permettent des structures circulaires ou démesurées (« billion laughs »).
    """

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            evenement = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(None, None, "found alias", evenement.start_mark)
        return super().compose_node(parent, index)


ChargeurYaml.yaml_implicit_resolvers = {
    premier: [
        (tag, motif)
        for tag, motif in resolveurs
        if not (tag == "tag:yaml.org,2002:bool" and motif.match("yes"))
        and not (tag == "tag:yaml.org,2002:int" and motif.match("1:30"))
        and not (tag == "tag:yaml.org,2002:float" and motif.match("1:30.5"))
    ]
    for premier, resolveurs in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
ChargeurYaml.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789")
)
ChargeurYaml.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9]+(?:[eE][-+]?[0-9]+)?$"),
    list("-+.0123456789"),
)
ChargeurYaml.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


_ChargeurC: type[Any] | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _ChargeurYamlRapide(yaml.CSafeLoader):
        """Le même YAML que `ChargeurYaml`, lu par libyaml (dix fois plus vite)."""

    _ChargeurYamlRapide.yaml_implicit_resolvers = ChargeurYaml.yaml_implicit_resolvers
    _ChargeurC = _ChargeurYamlRapide


def composer_yaml(source: str) -> tuple[yaml.Node | None, Any]:
    """Le nœud racine (pour les numéros de ligne) et les données d'un texte YAML.

    Le texte n'est lu qu'une fois. libyaml sert quand il est là et que le texte
    n'a ni ancre ni renvoi ; en cas d'erreur, la lecture est refaite en Python
    pour que le message soit le même partout.
    """
    classes: list[type[Any]] = [ChargeurYaml]
    if _ChargeurC is not None and "*" not in source and "&" not in source:
        classes.insert(0, _ChargeurC)
    for i, classe in enumerate(classes):
        chargeur = classe(source)
        try:
            noeud = chargeur.get_single_node()
            donnees = chargeur.construct_document(noeud) if noeud is not None else None
            return noeud, donnees
        except yaml.YAMLError:
            if i == len(classes) - 1:
                raise
        finally:
            chargeur.dispose()
    raise AssertionError("inaccessible")  # pragma: no cover


def charger_yaml(source: str) -> Any:
    """Les données d'un texte YAML, lu avec `ChargeurYaml`."""
    return composer_yaml(source)[1]


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
        raison = (exc.problem or "syntaxe incorrecte").strip()
        marque = exc.problem_mark or exc.context_mark
        if "end of stream" in raison and exc.context_mark is not None:
            # Guillemet ou crochet jamais refermé : la ligne où il s'ouvre.
            marque = exc.context_mark
        ligne = marque.line + 1 if marque else None
        raisons = {
            "found character '\\t' that cannot start any token": (
                "une tabulation est utilisée pour décaler le texte"
            ),
            "mapping values are not allowed here": (
                "un « : » inattendu (un texte contenant « : » doit être entre guillemets)"
            ),
            "could not find expected ':'": "un « : » manque après le nom d'un champ",
            "that cannot start any token": (
                "un texte qui commence par ce signe doit être entre guillemets"
            ),
            "expected <block end>": (
                "le décalage de cette ligne ne correspond pas à celui des lignes voisines"
            ),
            "end of stream": "un guillemet ou un crochet ouvert n'est jamais refermé",
            "found alias": "un renvoi « *nom » est utilisé ; recopiez plutôt le texte voulu",
        }
        raison_fr = next((v for k, v in raisons.items() if k in raison), raison)
        raise ConducteurInvalide(
            [
                Probleme(
                    nom_fichier,
                    "",
                    f"le YAML est mal formé ({raison_fr})",
                    "vérifiez le décalage (des espaces, jamais de tabulation) et mettez entre "
                    "guillemets les textes qui contiennent « : » ou commencent par un signe",
                    ligne,
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise ConducteurInvalide(
            [
                Probleme(
                    nom_fichier,
                    "",
                    f"le YAML est illisible ({exc})",
                    "vérifiez la syntaxe du fichier",
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
    except Exception as exc:
        # Un scalaire que les constructeurs de PyYAML ne savent pas convertir et
        # qu'ils laissent échapper tel quel : `2024-13-45` (ValueError),
        # `!!int abc` (ValueError), `!!float` sans valeur (IndexError).
        raise ConducteurInvalide(
            [
                Probleme(
                    nom_fichier,
                    "",
                    f"une valeur est illisible ({exc})",
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


def lire_texte_fichier(chemin: Path, quoi: str = "un conducteur") -> str:
    """Le texte d'un fichier YAML (UTF-8) ; lève `ConducteurInvalide` s'il ne se lit pas.

    `quoi` nomme ce que le fichier devrait contenir (« un conducteur », « une persona »).
    """
    nom = str(chemin)
    try:
        if chemin.is_dir():
            raise ConducteurInvalide(
                [Probleme(nom, "", "c'est un dossier, pas un fichier", "indiquez un fichier .yaml")]
            )
        if chemin.stat().st_size > TAILLE_MAX:
            raise ConducteurInvalide(
                [
                    Probleme(
                        nom,
                        "",
                        f"le fichier est beaucoup trop gros pour {quoi}",
                        f"vérifiez qu'il s'agit bien de {quoi} (.yaml)",
                    )
                ]
            )
        brut = chemin.read_bytes()
    except FileNotFoundError:
        raise ConducteurInvalide(
            [Probleme(nom, "", "le fichier n'existe pas", "vérifiez le chemin")]
        ) from None
    except PermissionError:
        raise ConducteurInvalide(
            [
                Probleme(
                    nom,
                    "",
                    "le fichier ne peut pas être lu (droits insuffisants)",
                    "donnez-vous le droit de lecture sur ce fichier",
                )
            ]
        ) from None
    except OSError as exc:
        raise ConducteurInvalide(
            [
                Probleme(
                    nom,
                    "",
                    f"le fichier ne peut pas être lu ({exc.strerror})",
                    "vérifiez le fichier",
                )
            ]
        ) from None
    try:
        texte = brut.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        ligne = brut[: exc.start].count(b"\n") + 1
        raise ConducteurInvalide(
            [
                Probleme(
                    nom,
                    "",
                    "le fichier n'est pas encodé en UTF-8",
                    "enregistrez-le en UTF-8 depuis votre éditeur "
                    "(« Enregistrer sous » → encodage UTF-8)",
                    ligne,
                )
            ]
        ) from None
    if "\x00" in texte:
        raise ConducteurInvalide(
            [
                Probleme(
                    nom,
                    "",
                    "le fichier contient des caractères binaires",
                    "ce n'est pas un fichier texte : indiquez un fichier .yaml",
                )
            ]
        )
    return texte


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


def fichiers_du_dossier(dossier: Path) -> list[Path]:
    """Les fichiers de conducteurs d'un dossier (non récursif)."""
    if not dossier.is_dir():
        return []
    return sorted(p for p in dossier.iterdir() if p.suffix in EXTENSIONS and p.is_file())


def charger_catalogue(dossier_structure: Path | None = None) -> Catalogue:
    """Les conducteurs intégrés, puis ceux de la structure (qui les remplacent).

    Un fichier de la structure invalide n'empêche pas de travailler : il est
    écarté et son problème est listé dans `catalogue.problemes`.
    """
    catalogue = Catalogue()
    _ajouter(catalogue, fichiers_integres(), INTEGRE)
    if dossier_structure is not None:
        try:
            fichiers = fichiers_du_dossier(dossier_structure)
        except OSError as exc:
            catalogue.problemes.append(
                Probleme(
                    str(dossier_structure),
                    "",
                    f"le dossier des conducteurs ne peut pas être lu ({exc.strerror})",
                    "vérifiez ses droits",
                )
            )
            fichiers = []
        _ajouter(catalogue, fichiers, STRUCTURE)
    return catalogue


def _ajouter(catalogue: Catalogue, fichiers: Iterable[Path], origine: str) -> None:
    for fichier in fichiers:
        try:
            conducteur = lire_fichier(fichier)
        except ConducteurInvalide as exc:
            catalogue.problemes.extend(exc.problemes)
            continue
        catalogue.entrees[conducteur.identifiant] = Entree(conducteur, origine, str(fichier))


def valider_fichiers(chemins: Iterable[Path]) -> tuple[int, list[Probleme]]:
    """Valide des fichiers ou des dossiers : (nombre de conducteurs valides, problèmes)."""
    valides = 0
    problemes: list[Probleme] = []
    for chemin in chemins:
        fichiers = fichiers_du_dossier(chemin) if chemin.is_dir() else [chemin]
        if chemin.is_dir() and not fichiers:
            problemes.append(
                Probleme(
                    str(chemin),
                    "",
                    "ce dossier ne contient aucun fichier .yaml",
                    "indiquez un dossier de conducteurs ou des fichiers .yaml",
                )
            )
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
    "charger_catalogue",
    "fichiers_integres",
    "lire_fichier",
    "lire_texte_fichier",
    "charger_yaml",
    "lire_texte",
    "valider_fichiers",
]
