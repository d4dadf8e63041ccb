"""Le corpus de recherche : le texte normalisé de toutes les séances.

Fichier `recherche.idx`, en ASCII, une ligne par séance :
`<seance_id>\\t<adherent_id>\\t<texte normalisé>\\n`. Chercher revient à un
`bytes.find` sur le fichier chargé d'un bloc : quelques dizaines de
millisecondes pour 10 000 séances, sans index inversé à tenir à jour.

Les séances modifiées pendant la session sont gardées à part en mémoire
(`noter`) et ne réécrivent pas le corpus à chaque réponse ; il est réécrit à
la fermeture du dépôt, ou tout de suite après un effacement. Comme l'index,
c'est un cache : après un arrêt brutal il est reconstruit depuis les fichiers
des dossiers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stockage.fichiers import ecrire_atomique
from stockage.texte import texte_indexe

ENTETE = b"#recherche-entretien v1\n"
"""Première ligne du fichier : format et version."""
LARGEUR_ID = 36
"""Longueur d'un UUID sous forme canonique."""
LARGEUR_ENTETE_LIGNE = 2 * LARGEUR_ID + 2
"""Longueur de `<seance_id>\\t<adherent_id>\\t`."""


class CorpusInvalide(ValueError):
    """Le fichier du corpus est absent ou illisible : il faut le reconstruire."""


def ligne(seance_id: str, adherent_id: str, texte: bytes) -> bytes:
    """Une ligne du corpus."""
    return b"%s\t%s\t%s\n" % (seance_id.encode("ascii"), adherent_id.encode("ascii"), texte)


def ligne_document(document: Mapping[str, Any]) -> bytes:
    """La ligne du corpus d'une séance (document stocké)."""
    return ligne(str(document["id"]), str(document["adherent_id"]), texte_indexe(document))


def ecrire_corpus(chemin: Path, lignes: Iterable[bytes | memoryview]) -> None:
    """Écrit un corpus complet, atomiquement, au fil de l'eau."""

    def morceaux() -> Iterator[bytes | memoryview]:
        yield ENTETE
        yield from lignes

    ecrire_atomique(chemin, morceaux())


def valide(chemin: Path) -> bool:
    """Vrai si le fichier existe et commence par l'en-tête attendu."""
    try:
        with open(chemin, "rb") as fichier:
            return fichier.read(len(ENTETE)) == ENTETE
    except OSError:
        return False


@dataclass
class _Modification:
    adherent_id: str
    document: Mapping[str, Any] | None
    texte: bytes | None = None

    def normalise(self) -> bytes:
        if self.texte is None:
            self.texte = texte_indexe(self.document) if self.document is not None else b""
            self.document = None
        return self.texte


class Corpus:
    """Le corpus sur disque plus les séances modifiées depuis son écriture."""

    MAX_EN_ATTENTE = 64
    """Au-delà, les séances en attente sont normalisées (la mémoire reste bornée)."""
    MAX_MODIFIEES = 2000
    """Au-delà, le corpus est réécrit sans attendre la fermeture."""

    def __init__(self, chemin: Path) -> None:
        self.chemin = chemin
        self._donnees: bytes | None = None
        self._modifies: dict[str, _Modification | None] = {}
        self._en_attente: set[str] = set()
        self._memoire = False

    @classmethod
    def en_memoire(cls, chemin: Path, donnees: bytes) -> Corpus:
        """Un corpus tenu en mémoire (dépôt en lecture seule, cache impossible à écrire)."""
        corpus = cls(chemin)
        corpus._donnees = donnees
        corpus._memoire = True
        return corpus

    @property
    def modifie(self) -> bool:
        """Vrai si des séances ont changé depuis l'écriture du fichier."""
        return bool(self._modifies)

    def noter(self, seance_id: str, adherent_id: str, document: Mapping[str, Any]) -> None:
        """Prend en compte le nouveau contenu d'une séance.

        Le texte n'est normalisé que plus tard (recherche, fermeture, ou quand
        beaucoup de séances différentes attendent) : pendant un entretien, la
        même séance est notée à chaque réponse pour un coût quasi nul."""
        self._modifies[seance_id] = _Modification(adherent_id, document)
        self._en_attente.add(seance_id)
        if len(self._en_attente) > self.MAX_EN_ATTENTE:
            self._normaliser_en_attente()
        if len(self._modifies) > self.MAX_MODIFIEES:
            with contextlib.suppress(CorpusInvalide):
                self.reecrire()  # sinon le dépôt le reconstruira à la fermeture

    def _normaliser_en_attente(self) -> None:
        for seance_id in self._en_attente:
            modification = self._modifies.get(seance_id)
            if modification is not None:
                modification.normalise()
        self._en_attente.clear()

    def retirer(self, seance_ids: Iterable[str]) -> None:
        """Retire des séances de la recherche."""
        for seance_id in seance_ids:
            self._modifies[seance_id] = None
            self._en_attente.discard(seance_id)

    def _charge(self) -> bytes:
        if self._donnees is None:
            try:
                donnees = self.chemin.read_bytes()
            except OSError as exc:
                raise CorpusInvalide(str(exc)) from None
            if not donnees.startswith(ENTETE) or (
                len(donnees) > len(ENTETE) and not (donnees.endswith(b"\n"))
            ):
                raise CorpusInvalide("en-tête ou fin de fichier inattendus")
            self._donnees = donnees
        return self._donnees

    def chercher(self, requete: bytes, adherent_id: str | None = None) -> list[tuple[str, str]]:
        """Les séances (id, adhérent) dont le texte contient `requete` (normalisée)."""
        donnees = self._charge()
        modifies = self._modifies
        trouves: list[tuple[str, str]] = []
        position = donnees.find(requete, len(ENTETE))
        while position >= 0:
            debut = donnees.rfind(b"\n", 0, position) + 1
            texte = debut + LARGEUR_ENTETE_LIGNE
            if position < texte:
                position = donnees.find(requete, texte)
                continue
            fin = donnees.find(b"\n", position)
            seance_id = donnees[debut : debut + LARGEUR_ID].decode("ascii")
            if seance_id not in modifies:
                adherent = donnees[debut + LARGEUR_ID + 1 : texte - 1].decode("ascii")
                if adherent_id is None or adherent == adherent_id:
                    trouves.append((seance_id, adherent))
            position = donnees.find(requete, fin) if fin >= 0 else -1
        for seance_id, modification in modifies.items():
            if modification is None:
                continue
            if adherent_id is not None and modification.adherent_id != adherent_id:
                continue
            if requete in modification.normalise():
                trouves.append((seance_id, modification.adherent_id))
        return trouves

    def _lignes(self) -> Iterator[bytes | memoryview]:
        donnees = self._charge()
        vue = memoryview(donnees)
        modifies = self._modifies
        position = len(ENTETE)
        while position < len(donnees):
            fin = donnees.find(b"\n", position)
            if fin < 0:
                break
            seance_id = donnees[position : position + LARGEUR_ID].decode("ascii", "replace")
            if seance_id not in modifies:
                yield vue[position : fin + 1]
            position = fin + 1
        for seance_id, modification in modifies.items():
            if modification is not None:
                yield ligne(seance_id, modification.adherent_id, modification.normalise())

    def reecrire(self) -> None:
        """Réécrit le fichier avec les modifications de la session.

        Lève `CorpusInvalide` si le fichier actuel est illisible : il faut alors
        le reconstruire depuis les dossiers (`Depot`), pas l'écraser."""
        if not self.modifie:
            return
        self._charge()
        ecrire_corpus(self.chemin, self._lignes())
        self._donnees = None
        self._memoire = False
        self._modifies.clear()
        self._en_attente.clear()

    def oublier(self) -> None:
        """Libère la mémoire (le fichier sera relu à la prochaine recherche)."""
        if not self._memoire:
            self._donnees = None
