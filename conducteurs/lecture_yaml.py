"""Le YAML des conducteurs et des personas : lecture sans pièges, lignes, messages en français.

`ChargeurYaml` lit le YAML sans les pièges de la version 1.1 et refuse ancres
et renvois ; `probleme_yaml` et `probleme_caractere` disent en français, avec
la ligne, ce qui rend un texte illisible et quoi écrire à la place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from conducteurs.probleme import Probleme


# --------------------------------------------------------------- YAML et lignes
def lignes_du_noeud(noeud: yaml.Node, chemin: str = "") -> Iterator[tuple[str, int]]:
    """Associe à chaque chemin de champ la ligne (1-based) où il commence."""
    yield chemin, noeud.start_mark.line + 1
    if isinstance(noeud, yaml.MappingNode):
        for cle, valeur in noeud.value:
            nom = str(cle.value)
            sous = f"{chemin}.{nom}" if chemin else nom
            yield sous, cle.start_mark.line + 1
            for c, ligne in lignes_du_noeud(valeur, sous):
                if c != sous:
                    yield c, ligne
    elif isinstance(noeud, yaml.SequenceNode):
        for i, element in enumerate(noeud.value):
            yield from lignes_du_noeud(element, f"{chemin}[{i}]")


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


def ligne_de(lignes: dict[str, int], chemin: str) -> int | None:
    """La ligne du champ, ou celle du plus proche parent connu."""
    while chemin:
        if chemin in lignes:
            return lignes[chemin]
        coupe = max(chemin.rfind("."), chemin.rfind("["))
        if coupe <= 0:
            break
        chemin = chemin[:coupe]
    return lignes.get(chemin)


def chemin_de(loc: tuple[int | str, ...]) -> str:
    """`("deroulement", "echange", "etapes", 2, "type")` → `deroulement.echange.etapes[2].type`."""
    texte = ""
    for partie in loc:
        if isinstance(partie, int):
            texte += f"[{partie}]"
        else:
            texte += f".{partie}" if texte else partie
    return texte


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


def probleme_yaml(exc: yaml.MarkedYAMLError, source: str, nom_fichier: str) -> Probleme:
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


def probleme_caractere(exc: yaml.reader.ReaderError, source: str, nom_fichier: str) -> Probleme:
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
