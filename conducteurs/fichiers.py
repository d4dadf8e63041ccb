"""Lire un fichier de conducteur ou de persona, examiner un dossier de fichiers.

Tout ce qui empêche de lire un fichier (absent, lien cassé ou en boucle, trop
gros, pas en UTF-8) et tout ce qu'un dossier contient sans être lu (extension
en majuscules, `.yaml.txt`, sous-dossier…) devient un `Probleme` en français.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from conducteurs.probleme import ConducteurInvalide, FichierInvalide, Probleme

EXTENSIONS = (".yaml", ".yml")
TAILLE_MAX = 1_000_000
"""Un conducteur fait quelques dizaines de kilo-octets ; au-delà, c'est une erreur."""
LIMITE_EN_OCTETS = f"{TAILLE_MAX:_}".replace("_", " ")
SOUS_DOSSIER_PERSONAS = "personas"
"""Le sous-dossier des personas dans le dossier des conducteurs de la structure."""


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


def lire_texte_fichier(
    chemin: Path,
    quoi: str = "un conducteur",
    erreur: type[FichierInvalide] = ConducteurInvalide,
) -> str:
    """Le texte d'un fichier YAML (UTF-8) ; lève `erreur` s'il ne se lit pas.

    `quoi` nomme ce que le fichier devrait contenir (« un conducteur », « une persona »).
    """
    nom = str(chemin)
    try:
        etat = chemin.stat()
        if stat.S_ISDIR(etat.st_mode):
            raise erreur(
                [Probleme(nom, "", "c'est un dossier, pas un fichier", "indiquez un fichier .yaml")]
            )
        if not stat.S_ISREG(etat.st_mode):
            raise erreur(
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
            raise erreur(
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
        raise erreur([Probleme(nom, "", message, correction)]) from None
    try:
        texte = brut.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        ligne = brut[: exc.start].count(b"\n") + 1
        debut_ligne = brut.rfind(b"\n", 0, exc.start) + 1
        raise erreur(
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
        raise erreur(
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


def fichiers_a_valider(
    chemin: Path, quoi: str = "conducteurs", sous_dossiers: tuple[str, ...] = ()
) -> tuple[list[Path], list[Probleme]]:
    """(les fichiers à valider, les problèmes du dossier) pour un chemin donné à valider.

    Un fichier se valide lui-même ; dans un dossier, chaque entrée qui ne serait
    pas lue est signalée, et un dossier sans fichier .yaml aussi.
    """
    if not chemin.is_dir():
        return [chemin], []
    try:
        fichiers, ecartes = examiner_dossier(chemin, quoi, sous_dossiers)
    except OSError as exc:
        return [], [probleme_dossier_illisible(chemin, exc, quoi)]
    if not fichiers and not ecartes:
        ecartes = [
            Probleme(
                str(chemin),
                "",
                "ce dossier ne contient aucun fichier .yaml",
                f"indiquez un dossier de {quoi} ou des fichiers .yaml",
            )
        ]
    return fichiers, ecartes
