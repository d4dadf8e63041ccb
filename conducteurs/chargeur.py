"""Lire et valider les fichiers de conducteurs (YAML).

Chaque problème trouvé devient un `Probleme` qui dit quel fichier, quel champ
(`deroulement.echange.etapes[2].type`), quelle ligne, ce qui ne va pas et quoi
écrire à la place. Aucun contenu de fichier, si étrange soit-il, ne produit de
trace technique : tout finit en `Probleme`.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
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
LIMITE_EN_OCTETS = f"{TAILLE_MAX:_}".replace("_", " ")
SOUS_DOSSIER_PERSONAS = "personas"
"""Le sous-dossier des personas dans le dossier des conducteurs de la structure."""


@dataclass(frozen=True)
class Probleme:
    """Un défaut dans un fichier de conducteur, dit en français."""

    fichier: str
    chemin: str
    message: str
    correction: str = ""
    ligne: int | None = None

    def __str__(self) -> str:
        return self.texte()

    def texte(self, montrer: Callable[[str], str] = str) -> str:
        """Le problème sur une ou deux lignes : où, quoi, puis « → » quoi faire.

        `montrer` transforme le fichier, le champ, le message et la correction
        avant la mise en page (la ligne de commande y passe `rendre_visible` :
        un nom de fichier ou une valeur du fichier ne peut pas fabriquer de ligne).
        """
        ou = montrer(self.fichier) + (f", ligne {self.ligne}" if self.ligne else "")
        champ = f" — champ « {montrer(self.chemin)} »" if self.chemin else ""
        suite = f"\n    → {montrer(self.correction)}" if self.correction else ""
        return f"{ou}{champ} : {montrer(self.message)}{suite}"


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
            "écrivez un nombre de minutes, par exemple 60",
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


# ------------------------------------------------------------------ lecture
class ChargeurYaml(yaml.SafeLoader):
    """YAML sans les pièges de la version 1.1.

    `1:30` reste un texte (pas 90 en base 60) et `yes`/`no`/`on`/`off` restent
    des textes : seuls `true` et `false` sont des booléens.

    Les renvois (`*nom`) sont refusés : un conducteur n'en a pas besoin, et ils
    permettent des structures circulaires ou démesurées (« billion laughs »).
    Les ancres (`&nom`) aussi : sans renvoi elles ne servent à rien, et elles
    disparaîtraient sans un mot d'un texte qui commence par « & ».
    """

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            evenement = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(None, None, "found alias", evenement.start_mark)
        evenement = self.peek_event()  # type: ignore[no-untyped-call]
        if getattr(evenement, "anchor", None):
            # `titre: &a Titre` donnerait « Titre » : l'ancre disparaîtrait sans un mot.
            raise yaml.composer.ComposerError(
                None, None, f"found anchor &{evenement.anchor}", evenement.start_mark
            )
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


CORRECTION_SYNTAXE = (
    "vérifiez le décalage (des espaces, jamais de tabulation) et mettez entre "
    "guillemets les textes qui contiennent « : » ou commencent par un signe"
)

_RAISONS_YAML: tuple[tuple[str, str, str], ...] = (
    # (début du message de PyYAML, ce qui ne va pas, quoi faire)
    (
        "found character '\\t' that cannot start any token",
        "une tabulation est utilisée pour décaler le texte",
        CORRECTION_SYNTAXE,
    ),
    (
        "found a tab character",
        "une tabulation est utilisée pour décaler le texte",
        CORRECTION_SYNTAXE,
    ),
    (
        "mapping values are not allowed here",
        "un « : » inattendu (un texte contenant « : » doit être entre guillemets)",
        CORRECTION_SYNTAXE,
    ),
    (
        "could not find expected ':'",
        "un « : » manque après le nom d'un champ",
        "écrivez « champ: valeur » ; " + CORRECTION_SYNTAXE,
    ),
    (
        "that cannot start any token",
        "un texte qui commence par ce signe doit être entre guillemets",
        CORRECTION_SYNTAXE,
    ),
    (
        "expected <block end>",
        "le décalage de cette ligne ne correspond pas à celui des lignes voisines",
        CORRECTION_SYNTAXE,
    ),
    (
        "end of stream",
        "un guillemet ou un crochet ouvert n'est jamais refermé",
        "refermez-le sur la même ligne ; " + CORRECTION_SYNTAXE,
    ),
    (
        "expected ',' or",
        "une liste entre crochets est mal refermée",
        "séparez les éléments par des virgules et refermez le crochet, ou mettez le "
        "texte entre guillemets",
    ),
    (
        "found unknown escape character",
        "une barre « \\ » entre guillemets doubles est suivie d'un signe inconnu",
        "doublez la barre (« \\\\ ») ou mettez le texte entre guillemets simples",
    ),
    (
        "found unhashable key",
        "un nom de champ n'est pas un simple mot",
        CORRECTION_SYNTAXE,
    ),
    (
        "found alias",
        "un renvoi « *nom » est utilisé, et les renvois ne sont pas permis",
        "recopiez plutôt le texte voulu ; un texte qui commence par « * » s'écrit entre guillemets",
    ),
    (
        "found undefined alias",
        "un renvoi « *nom » est utilisé, et les renvois ne sont pas permis",
        "recopiez plutôt le texte voulu ; un texte qui commence par « * » s'écrit entre guillemets",
    ),
)
_ERREURS_DE_DECALAGE = (
    "mapping values are not allowed here",
    "expected <block end>",
    "could not find expected ':'",
    "did not find expected key",
    "did not find expected '-' indicator",
    "expected <document start>",
)


def _etiquette(tag: str) -> str:
    """`tag:yaml.org,2002:python/object` → `!!python/object`, comme dans le fichier."""
    prefixe = "tag:yaml.org,2002:"
    return "!!" + tag.removeprefix(prefixe) if tag.startswith(prefixe) else tag


def _decalage_suspect(source: str, numero: int) -> tuple[int, list[int]] | None:
    """(décalage de la ligne, décalages possibles) si la ligne `numero` (0-based) est
    décalée d'une façon qu'aucune ligne au-dessus n'explique ; None sinon."""
    lignes = source.splitlines()
    if not 0 <= numero < len(lignes):
        return None

    def decalage(ligne: str) -> int:
        return len(ligne) - len(ligne.lstrip(" "))

    cible = lignes[numero]
    if not cible.strip() or cible.lstrip(" ").startswith("\t"):
        return None
    possibles: set[int] = {0}
    ouvre = False
    for ligne in lignes[:numero]:
        contenu = ligne.strip()
        if not contenu or contenu.startswith("#"):
            continue
        retrait = decalage(ligne)
        possibles.add(retrait)
        reste = ligne[retrait:]
        while reste.startswith("- "):  # le contenu d'un élément de liste
            retrait += 2
            reste = reste[2:].lstrip(" ")
            possibles.add(retrait)
        sans_commentaire = contenu.split(" #", 1)[0].rstrip()
        ouvre = sans_commentaire.endswith((":", "|", ">", "|-", ">-", "-"))
    retrait = decalage(cible)
    if retrait in possibles or ouvre:
        return None
    return retrait, sorted(possibles)


def _probleme_yaml(exc: yaml.MarkedYAMLError, source: str, nom_fichier: str) -> Probleme:
    """Le `Probleme` d'un YAML mal formé : en français, exact, avec sa ligne."""
    raison = (exc.problem or "").strip()
    marque = exc.problem_mark or exc.context_mark
    if "end of stream" in raison and exc.context_mark is not None:
        # Guillemet ou crochet jamais refermé : la ligne où il s'ouvre.
        marque = exc.context_mark
    ligne = marque.line + 1 if marque else None
    constructeur = re.search(r"constructor for the tag '([^']*)'", raison)
    poignee = re.search(r"found undefined tag handle '?([^' ]*)", f"{exc.context} {raison}")
    if constructeur or poignee or "undefined tag handle" in raison:
        tag = (
            _etiquette(constructeur.group(1))
            if constructeur
            else poignee.group(1)
            if poignee
            else ""
        )
        return Probleme(
            nom_fichier,
            "",
            f"l'étiquette « {tag} » n'est pas permise : les étiquettes YAML (« !!… », "
            "« !… ») ne sont pas acceptées dans un conducteur",
            f"retirez « {tag} » ; si le texte commence vraiment par « ! », "
            "mettez-le entre guillemets",
            ligne,
        )
    ancre = re.match(r"found anchor (&\S*)", raison)
    if ancre:
        return Probleme(
            nom_fichier,
            "",
            f"une ancre « {ancre.group(1)} » est utilisée (les ancres et les renvois ne "
            "sont pas permis)",
            f"retirez « {ancre.group(1)} » ; si le texte commence vraiment par « & », "
            "mettez-le entre guillemets",
            ligne,
        )
    if marque is not None and any(k in raison for k in _ERREURS_DE_DECALAGE):
        suspect = _decalage_suspect(source, marque.line)
        if suspect is None and marque.line > 0:
            suspect = _decalage_suspect(source, marque.line - 1)
            ligne = marque.line if suspect else ligne
        if suspect is not None:
            retrait, possibles = suspect
            espaces = f"{retrait} espace" + ("s" if retrait > 1 else "")
            autres = ", ".join(str(p) for p in possibles)
            return Probleme(
                nom_fichier,
                "",
                f"le YAML est mal formé (cette ligne est décalée de {espaces}, ce qui ne "
                f"correspond à aucune rubrique au-dessus ; décalages utilisés : {autres})",
                "alignez la ligne sur les champs de sa rubrique (deux espaces de plus que "
                "la rubrique), avec des espaces, jamais de tabulation",
                ligne,
            )
    for debut, message, correction in _RAISONS_YAML:
        if debut in raison:
            return Probleme(
                nom_fichier, "", f"le YAML est mal formé ({message})", correction, ligne
            )
    return Probleme(
        nom_fichier, "", "le YAML est mal formé à cet endroit", CORRECTION_SYNTAXE, ligne
    )


def _probleme_caractere(exc: yaml.reader.ReaderError, source: str, nom_fichier: str) -> Probleme:
    """Un caractère que le YAML refuse (caractère de contrôle) : lequel, et sa ligne."""
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or " ")
    ligne = source[: exc.position].count("\n") + 1
    return Probleme(
        nom_fichier,
        "",
        f"le fichier contient un caractère de contrôle invisible (U+{code:04X}), "
        "refusé dans un fichier YAML",
        "retirez-le (il vient souvent d'un copier-coller) ou réenregistrez le fichier "
        "en texte simple UTF-8",
        ligne,
    )


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
        raise ConducteurInvalide([_probleme_yaml(exc, source, nom_fichier)]) from None
    except yaml.reader.ReaderError as exc:
        raise ConducteurInvalide([_probleme_caractere(exc, source, nom_fichier)]) from None
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


def _taille_lisible(octets: int) -> str:
    """1 000 000 → « 1 Mo », 1 234 567 → « 1,2 Mo », 2048 → « 2 ko »."""
    if octets >= 1_000_000:
        valeur, unite = octets / 1_000_000, "Mo"
    else:
        valeur, unite = octets / 1000, "ko"
    texte = f"{valeur:.1f}".replace(".", ",").removesuffix(",0")
    return f"{texte} {unite}"


def _raison_lecture(exc: OSError, chemin: Path) -> tuple[str, str]:
    """(ce qui ne va pas, quoi faire) pour une erreur du système, en français."""
    if exc.errno == errno.ELOOP:
        return (
            "ce lien symbolique forme une boucle (il renvoie, directement ou non, à lui-même)",
            "remplacez le lien par le fichier lui-même, ou faites-le pointer vers un "
            "fichier .yaml existant",
        )
    if exc.errno == errno.ENOENT and chemin.is_symlink():
        return (
            f"ce lien symbolique pointe vers un fichier qui n'existe pas ({os.readlink(chemin)})",
            "corrigez le lien, ou copiez ici le fichier lui-même",
        )
    if exc.errno == errno.ENOENT:
        return "le fichier n'existe pas", "vérifiez le chemin"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (
            "le fichier ne peut pas être lu (droits insuffisants)",
            "donnez-vous le droit de lecture sur ce fichier",
        )
    if exc.errno == errno.EISDIR:
        return "c'est un dossier, pas un fichier", "indiquez un fichier .yaml"
    return (
        f"le fichier ne peut pas être lu (erreur du système n° {exc.errno})",
        "vérifiez le fichier (disque, clé USB ou partage réseau accessibles ?)",
    )


def lire_texte_fichier(chemin: Path, quoi: str = "un conducteur") -> str:
    """Le texte d'un fichier YAML (UTF-8) ; lève `ConducteurInvalide` s'il ne se lit pas.

    `quoi` nomme ce que le fichier devrait contenir (« un conducteur », « une persona »).
    """
    nom = str(chemin)
    try:
        etat = chemin.stat()
        if stat.S_ISDIR(etat.st_mode):
            raise ConducteurInvalide(
                [Probleme(nom, "", "c'est un dossier, pas un fichier", "indiquez un fichier .yaml")]
            )
        if not stat.S_ISREG(etat.st_mode):
            raise ConducteurInvalide(
                [
                    Probleme(
                        nom,
                        "",
                        "ce n'est pas un fichier ordinaire (tube, périphérique…)",
                        "indiquez un fichier .yaml",
                    )
                ]
            )
        if etat.st_size > TAILLE_MAX:
            raise ConducteurInvalide(
                [
                    Probleme(
                        nom,
                        "",
                        f"le fichier est trop gros : {_taille_lisible(etat.st_size)}, plus "
                        f"que la limite de {_taille_lisible(TAILLE_MAX)} "
                        f"({LIMITE_EN_OCTETS} octets) pour {quoi}",
                        f"vérifiez que ce fichier est bien {quoi} (.yaml) : {quoi} fait "
                        "d'ordinaire quelques kilo-octets",
                    )
                ]
            )
        brut = chemin.read_bytes()
    except OSError as exc:
        message, correction = _raison_lecture(exc, chemin)
        raise ConducteurInvalide([Probleme(nom, "", message, correction)]) from None
    try:
        texte = brut.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        ligne = brut[: exc.start].count(b"\n") + 1
        debut_ligne = brut.rfind(b"\n", 0, exc.start) + 1
        raise ConducteurInvalide(
            [
                Probleme(
                    nom,
                    "",
                    "le fichier n'est pas encodé en UTF-8 (octet "
                    f"{exc.start - debut_ligne + 1} de la ligne, 0x{brut[exc.start]:02X}, "
                    f"octet {exc.start + 1} du fichier)",
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


def _nom_voulu(nom: str) -> str | None:
    """« x.YAML » → « x.yaml », « x.yaml.txt » → « x.yaml » ; None si rien ne ressemble à .yaml."""
    bas = nom.lower()
    for extension in EXTENSIONS:
        position = bas.find(extension)
        while position > 0:
            fin = position + len(extension)
            if fin == len(bas) or not bas[fin].isalnum():
                return nom[:position] + extension
            position = bas.find(extension, position + 1)
    return None


def examiner_dossier(
    dossier: Path, quoi: str = "conducteurs", sous_dossiers: tuple[str, ...] = ()
) -> tuple[list[Path], list[Probleme]]:
    """(les fichiers à lire, un `Probleme` par autre entrée du dossier) ; non récursif.

    Tout ce qui n'est pas lu est signalé, par son nom, avec la raison : extension
    en majuscules (`.YAML`), nom en `.yaml.txt`, dossier ou lien cassé nommé
    `*.yaml`, lien en boucle, autre fichier. Les noms qui commencent par « . »
    (fichiers cachés) et les `sous_dossiers` attendus (« personas ») sont passés
    sous silence. `quoi` : « conducteurs » ou « personas ». Lève `OSError` si le
    dossier ne se lit pas.
    """
    if not dossier.exists():
        return [], []
    if not dossier.is_dir():
        return [], [
            Probleme(
                str(dossier),
                "",
                f"ce n'est pas un dossier : les {quoi} de la structure sont lus dans un dossier",
                "indiquez un dossier (option --conducteurs) ou retirez ce fichier",
            )
        ]
    fichiers: list[Path] = []
    problemes: list[Probleme] = []

    def ecarte(chemin: Path, message: str, correction: str) -> None:
        problemes.append(Probleme(str(chemin), "", f"{message} ; il n'est pas lu", correction))

    for chemin in sorted(dossier.iterdir()):
        nom = chemin.name
        if nom.startswith("."):
            continue
        est_dossier = chemin.is_dir()
        if est_dossier and nom in sous_dossiers:
            continue
        voulu = _nom_voulu(nom)
        if chemin.suffix in EXTENSIONS and not est_dossier:
            try:
                chemin.stat()
            except OSError as exc:
                message, correction = _raison_lecture(exc, chemin)
                ecarte(chemin, message, correction)
                continue
            fichiers.append(chemin)
        elif est_dossier:
            ecarte(
                chemin,
                "c'est un dossier" + (f", pas un fichier {chemin.suffix}" if voulu else ""),
                f"les {quoi} se rangent directement dans {dossier}, pas dans ses "
                "sous-dossiers : sortez-en les fichiers",
            )
        elif voulu is not None and voulu.lower() == nom.lower():
            ecarte(
                chemin,
                f"l'extension « {chemin.suffix} » doit être écrite en minuscules",
                f"renommez le fichier « {voulu} »",
            )
        elif voulu is not None:
            ecarte(
                chemin,
                f"son nom ne finit pas par {', '.join(EXTENSIONS)}",
                f"renommez le fichier « {voulu} » (votre éditeur a peut-être ajouté "
                f"« {nom[len(voulu) :]} »)",
            )
        else:
            ecarte(
                chemin,
                "seuls les fichiers .yaml (ou .yml) sont lus dans ce dossier",
                "renommez-le en .yaml s'il décrit un conducteur ou une persona, sinon "
                "rangez-le ailleurs",
            )
    return fichiers, problemes


def fichiers_du_dossier(dossier: Path) -> list[Path]:
    """Les fichiers de conducteurs d'un dossier (non récursif)."""
    return examiner_dossier(dossier, sous_dossiers=(SOUS_DOSSIER_PERSONAS,))[0]


def probleme_dossier_illisible(dossier: Path, exc: OSError, quoi: str) -> Probleme:
    """Le dossier des conducteurs ou des personas ne se lit pas : pourquoi, en français."""
    message, correction = _raison_lecture(exc, dossier)
    if exc.errno in (errno.EACCES, errno.EPERM):
        message = f"le dossier des {quoi} ne peut pas être lu (droits insuffisants)"
        correction = "donnez-vous le droit de lecture et d'accès sur ce dossier"
    return Probleme(str(dossier), "", message, correction)


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
