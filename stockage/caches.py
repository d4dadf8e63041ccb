"""Les caches du dépôt : l'index (`index.json`) et le corpus de recherche (`recherche.idx`).

Les fichiers des dossiers font foi ; les caches sont chargés à l'ouverture,
tenus à jour en mémoire, écrits à la fermeture (ou tout de suite après un
effacement) et reconstruits depuis les dossiers s'ils sont absents,
illisibles ou en retard (arrêt brutal, migration, dossiers changés hors de
l'assistant).
"""

from __future__ import annotations

from collections.abc import Iterator

from stockage import convertisseurs as conv
from stockage import corpus as corpus_mod
from stockage.controle import NOM_CORPUS, NOM_FICHE, NOM_INDEX
from stockage.corpus import Corpus, CorpusInvalide
from stockage.dossiers import (
    TABLE_ADHERENT,
    TABLE_SEANCE,
    Dossiers,
    document_unique,
    fichiers_seances,
)
from stockage.erreurs import FichierEndommage, message_systeme
from stockage.fichiers import supprimer_arborescence
from stockage.index import EntreeAdherent, Index
from stockage.migrations import version_actuelle
from stockage.modeles import maintenant
from stockage.tinydb_atomique import StockageAtomique, Tables, lire_tables


class Caches:
    """L'index et le corpus de recherche d'un dépôt ouvert.

    En lecture seule, rien n'est écrit : une reconstruction se fait en mémoire.
    Ce qui empêche d'écrire un cache sans empêcher de travailler va dans
    `avertissements` (la liste du dépôt)."""

    def __init__(self, dossiers: Dossiers, lecture_seule: bool, avertissements: list[str]) -> None:
        self._dossiers = dossiers
        self._lecture_seule = lecture_seule
        self._avertissements = avertissements
        self._chemin_index = dossiers.racine / NOM_INDEX
        self._chemin_corpus = dossiers.racine / NOM_CORPUS
        self.index = Index()
        """Les adhérents et le résumé des séances, en mémoire."""
        self.index_modifie = False
        """Vrai si l'index a changé depuis qu'il a été écrit."""
        self.corpus = Corpus(self._chemin_corpus)
        """Le texte normalisé des séances, pour la recherche."""
        self.reconstruit = False
        """Vrai si les caches ont été reconstruits depuis les dossiers."""
        self.perimes = ""
        """Pourquoi les caches ont dû être reconstruits en lecture seule (vide sinon)."""

    def marquer_endommage(self, adherent_id: str, endommage: bool = True) -> None:
        """Note dans l'index qu'un dossier a (ou n'a plus) un fichier endommagé."""
        entree = self.index.adherents.get(adherent_id)
        if entree is not None and entree.endommage != endommage:
            entree.endommage = endommage
            self.index_modifie = True

    def charger(self) -> bool:
        """Charge `index.json` ; rend faux s'il faut reconstruire les caches."""
        if not corpus_mod.valide(self._chemin_corpus):
            return False
        try:
            tables = lire_tables(self._chemin_index)
        except FichierEndommage:
            return False
        if tables is None:
            return False
        meta = tables.get("meta", {}).get("index", {})
        if meta.get("version_schema") != version_actuelle():
            return False
        try:
            index = _index_depuis(tables)
        except ValueError:
            return False
        presents = {d.name for d in self._dossiers.dossiers_adherents()}
        if presents != set(index.adherents):
            return False  # dossiers ajoutés ou retirés hors de l'assistant
        self.index = index
        return True

    def ecrire_index(self) -> None:
        """Écrit `index.json` (atomiquement)."""
        tables = {
            "meta": {"index": {"id": "index", "version_schema": version_actuelle()}},
            "adherents": {
                cle: conv.entree_adherent_vers_document(entree)
                for cle, entree in self.index.adherents.items()
            },
            "seances": {
                cle: conv.entree_seance_vers_document(entree)
                for cle, entree in self.index.seances.items()
            },
        }
        StockageAtomique(self._chemin_index).write(tables)
        self.index_modifie = False

    def ecrire_corpus(self) -> bool:
        """Écrit le corpus ; s'il est illisible, reconstruit tous les caches.

        Rend faux si une reconstruction a eu lieu (l'index est alors écrit)."""
        try:
            self.corpus.reecrire()
        except CorpusInvalide:
            self.reconstruire()
            return False
        return True

    def ecrire(self) -> None:
        """Écrit ce qui a changé (à la fermeture)."""
        self.ecrire_corpus()
        if self.index_modifie:
            self.ecrire_index()

    def reconstruire(self) -> None:
        """Reconstruit index et corpus depuis les fichiers des dossiers.

        Le corpus s'écrit au fil de la lecture des séances : la mémoire reste
        celle d'une séance, pas celle de tout l'historique."""
        index = Index()
        if not self._lecture_seule:
            try:
                corpus_mod.ecrire_corpus(self._chemin_corpus, self._parcourir(index))
            except OSError as exc:
                self._avertissements.append(
                    "Le cache de recherche n'a pas pu être écrit "
                    f"({message_systeme(exc, self._chemin_corpus)}) : il est refait "
                    "en mémoire pour cette session."
                )
            else:
                self.index = index
                self.corpus = Corpus(self._chemin_corpus)
                self.ecrire_index()
                self.reconstruit = True
                return
            index = Index()
        lignes = b"".join([corpus_mod.ENTETE, *self._parcourir(index)])
        self.index = index
        self.corpus = Corpus.en_memoire(self._chemin_corpus, lignes)
        self.reconstruit = True

    def _ancien_index(self) -> Index:
        try:
            return _index_depuis(lire_tables(self._chemin_index) or {})
        except (FichierEndommage, ValueError, AttributeError):
            return Index()

    def _parcourir(self, index: Index) -> Iterator[bytes]:
        """Lit tous les dossiers : remplit `index`, rend les lignes du corpus."""
        ancien = self._ancien_index()
        for dossier in self._dossiers.dossiers_adherents():
            adherent_id = dossier.name
            endommage = False
            entree: EntreeAdherent | None = None
            fiche = dossier / NOM_FICHE
            try:
                tables = lire_tables(fiche)
                if tables is not None:
                    document = document_unique(tables, TABLE_ADHERENT, adherent_id, fiche)
                    entree = conv.entree_depuis_document_adherent(document, fiche)
            except FichierEndommage:
                endommage = True
            seances = fichiers_seances(dossier)
            if entree is None and not endommage and not seances:
                # Dossier créé mais fiche jamais écrite : arrêt pendant la création.
                if not self._lecture_seule:
                    supprimer_arborescence(dossier)
                continue
            for chemin in seances:
                try:
                    tables_s = lire_tables(chemin)
                    if tables_s is None:
                        continue
                    document = document_unique(tables_s, TABLE_SEANCE, chemin.stem, chemin)
                    entree_s = conv.entree_depuis_document_seance(document, chemin)
                    if entree_s.adherent_id != adherent_id:
                        raise FichierEndommage(chemin, "séance rangée chez un autre adhérent")
                except FichierEndommage:
                    endommage = True
                    connue = ancien.seances.get(chemin.stem)
                    if connue is not None and connue.adherent_id == adherent_id:
                        index.poser_seance(connue)  # pour que `seance()` signale le fichier
                    continue
                index.poser_seance(entree_s)
                yield corpus_mod.ligne_document(document)
            if entree is None:
                connu = ancien.adherents.get(adherent_id)
                entree = EntreeAdherent(
                    id=adherent_id,
                    nom=connu.nom if connu else "(dossier endommagé)",
                    cree_le=connu.cree_le if connu else maintenant(),
                    dernier_contact=connu.dernier_contact if connu else None,
                )
                endommage = True
            entree.endommage = endommage
            index.poser_adherent(entree)


def _index_depuis(tables: Tables) -> Index:
    """L'index que décrivent les tables de `index.json` (`ValueError` si invalide)."""
    index = Index()
    for document in tables.get("adherents", {}).values():
        index.poser_adherent(conv.document_vers_entree_adherent(document))
    for document in tables.get("seances", {}).values():
        index.poser_seance(conv.document_vers_entree_seance(document))
    return index
