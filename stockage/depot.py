"""Le dépôt : l'accès aux dossiers des adhérents dans un dossier de données.

Disposition du dossier (tout en `0700` / `0600`) ::

    version.json                 version du schéma (TinyDB)
    index.json                   cache : liste des adhérents, résumé des séances
    recherche.idx                cache : texte normalisé des séances
    reglages.json                réglages de la structure (facultatif)
    journal_rgpd.jsonl           journal d'audit RGPD, en ajout seul, sans identifiant
    .verrou                      processus qui écrit (le verrou est posé sur le dossier)
    .session                     présent tant qu'un processus travaille
    adherents/<id>/adherent.json                fiche de l'adhérent (TinyDB)
    adherents/<id>/seances/<seance_id>.json     une séance (TinyDB)

Chaque séance a son petit fichier : enregistrer une réponse réécrit la seule
séance en cours (quelques Ko), jamais l'historique. Les fichiers des dossiers
font foi ; `index.json` et `recherche.idx` sont des caches écrits à la
fermeture. Si `.session` existe à l'ouverture, le processus précédent s'est
arrêté brutalement : les fichiers temporaires sont balayés et les caches
reconstruits depuis les dossiers.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import json
import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from pydantic import ValidationError

from stockage import convertisseurs as conv
from stockage import corpus as corpus_mod
from stockage.corpus import Corpus, CorpusInvalide
from stockage.erreurs import (
    AdherentInconnu,
    DepotFerme,
    DossierAbsent,
    DossierEtranger,
    ErreurDisque,
    ErreurStockage,
    FichierEndommage,
    LectureSeule,
    PasUnDossier,
    SeanceInconnue,
    TacheInconnue,
    message_systeme,
    raison_systeme,
)
from stockage.fichiers import (
    MODE_DOSSIER,
    MODE_FICHIER,
    Verrou,
    balayer_temporaires,
    creer_dossier,
    ecrire_atomique,
    est_temporaire,
    fsync_dossier,
    proteger_dossier,
    supprimer,
    supprimer_arborescence,
)
from stockage.index import EntreeAdherent, EntreeSeance, Index
from stockage.migrations import migrer, version_actuelle
from stockage.modeles import (
    CONSERVATION_MAX_MOIS,
    Adherent,
    EtatFichier,
    Reglages,
    ResultatRecherche,
    ResumeAdherent,
    Seance,
    StatutTache,
    Tache,
    est_identifiant,
    maintenant,
)
from stockage.rgpd import export_markdown, journaliser, lire_journal, mois_avant
from stockage.texte import extrait, fragments, probleme_nom
from stockage.texte import requete as requete_normalisee
from stockage.tinydb_atomique import BaseUuid, StockageAtomique, Tables, lire_tables

NOM_VERSION = "version.json"
NOM_INDEX = "index.json"
NOM_CORPUS = "recherche.idx"
NOM_REGLAGES = "reglages.json"
NOM_JOURNAL = "journal_rgpd.jsonl"
NOM_SESSION = ".session"
DOSSIER_ADHERENTS = "adherents"
NOM_FICHE = "adherent.json"
DOSSIER_SEANCES = "seances"
PREFIXE_EFFACEMENT = ".efface-"
"""Un dossier d'adhérent en cours d'effacement (fini au démarrage suivant) :
`.efface-<evenement>-<id>` (ou `.efface-<id>` pour les versions précédentes)."""
EVENEMENTS_EFFACEMENT = ("effacement", "purge")
DOSSIERS_CONNUS = frozenset({DOSSIER_ADHERENTS, "conducteurs", "repetition", "retours"})
"""Les sous-dossiers qu'un dossier de données peut contenir avant d'avoir `version.json`."""
CONSEIL_REGLAGES = (
    "Corrigez ce fichier (format décrit dans le README), ou supprimez-le pour revenir "
    "aux réglages par défaut ; les dossiers des adhérents ne sont pas concernés."
)
TABLE_ADHERENT = "adherent"
TABLE_SEANCE = "seance"

FICHIERS_RACINE = frozenset(
    {NOM_VERSION, NOM_INDEX, NOM_CORPUS, NOM_REGLAGES, NOM_JOURNAL, NOM_SESSION, Verrou.NOM}
)
"""Les fichiers que le dépôt possède à la racine du dossier de données."""


def controler_dossier(chemin: Path) -> bool:
    """Vérifie qu'on peut utiliser `chemin` comme dossier de données, sans rien y écrire.

    Rend faux s'il n'existe pas (il sera créé, en `0700`), vrai si c'est un
    dossier de données de l'assistant ou un dossier vide. Lève `PasUnDossier`
    pour un fichier ou un périphérique, et `DossierEtranger` pour un dossier
    non vide qui n'est pas à l'assistant : on ne prend jamais un dossier en otage."""
    try:
        infos = os.stat(chemin)
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        raise PasUnDossier(chemin) from None
    except OSError as exc:
        raise ErreurDisque(chemin, exc, "ouvrir le dossier de données") from None
    if not stat.S_ISDIR(infos.st_mode):
        raise PasUnDossier(chemin)
    if not _est_dossier_de_donnees(chemin):
        raise DossierEtranger(chemin)
    return True


def _est_dossier_de_donnees(chemin: Path) -> bool:
    try:
        version = lire_tables(chemin / NOM_VERSION)
    except FichierEndommage:
        version = None
    if version is not None and isinstance(version.get("meta", {}).get("schema"), dict):
        return True
    try:
        with os.scandir(chemin) as entrees:
            noms = {e.name: e.is_dir(follow_symlinks=False) for e in entrees}
    except OSError as exc:
        raise ErreurDisque(chemin, exc, "lire le dossier de données") from None
    for nom, est_dossier in noms.items():
        if nom == NOM_VERSION and not noms.get(DOSSIER_ADHERENTS):
            return False  # un version.json qui n'est pas le nôtre, seul : pas à nous
        if est_temporaire(nom) or (nom in FICHIERS_RACINE and not est_dossier):
            continue
        if est_dossier and nom in DOSSIERS_CONNUS:
            continue
        return False
    if noms.get(DOSSIER_ADHERENTS):
        with os.scandir(chemin / DOSSIER_ADHERENTS) as entrees:
            for entree in entrees:
                if not (est_identifiant(entree.name) or entree.name.startswith(".")):
                    return False
    return True


P = ParamSpec("P")
R = TypeVar("R")


def _synchronise(
    methode: Callable[Concatenate[Depot, P], R],
) -> Callable[Concatenate[Depot, P], R]:
    """Sérialise les appels (l'interface peut appeler depuis plusieurs fils)."""

    def enveloppe(self: Depot, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._fil:
            if not self._verrou.pris:
                raise DepotFerme()
            return methode(self, *args, **kwargs)

    functools.update_wrapper(enveloppe, methode)
    return enveloppe


class Depot:
    """Les dossiers des adhérents d'un dossier de données (un processus à la fois).

    S'ouvre avec `Depot.ouvrir(dossier)` et se ferme avec `fermer()` (ou
    `with Depot.ouvrir(dossier) as depot:`). Les données de répétition vivent
    dans un dépôt à part : `Depot.ouvrir(dossier / "repetition")`, effaçable
    d'un bloc par `Depot.detruire`."""

    def __init__(self, dossier: Path, verrou: Verrou, lecture_seule: bool = False) -> None:
        """Utiliser `Depot.ouvrir`."""
        self.dossier = dossier
        self._verrou = verrou
        self.lecture_seule = lecture_seule
        """Vrai pour un dépôt ouvert en lecture : rien n'est écrit dans le dossier,
        sauf le journal RGPD (au mieux : un échec devient un avertissement)."""
        self.avertissements: list[str] = []
        """Ce qui n'a pas empêché de travailler mais doit être dit (en français)."""
        self.caches_perimes = ""
        """Pourquoi les caches ont dû être reconstruits (vide s'ils étaient à jour)."""
        self._fil = threading.RLock()
        self._index = Index()
        self._index_modifie = False
        self._corpus = Corpus(dossier / NOM_CORPUS)
        self.reconstruit = False
        """Vrai si les caches ont été reconstruits à l'ouverture (arrêt brutal)."""

    # ------------------------------------------------------------ ouverture

    @classmethod
    def ouvrir(cls, dossier: Path | str, lecture_seule: bool = False) -> Depot:
        """Ouvre (ou crée) un dossier de données et prend son verrou.

        En lecture seule (`lecture_seule=True`), le dossier n'est jamais créé
        ni modifié : verrou partagé, caches reconstruits en mémoire s'il le
        faut ; cela marche sur un disque plein ou en lecture seule.

        Lève `DossierVerrouille` si un autre processus l'utilise,
        `SchemaTropRecent` s'il vient d'une version plus récente,
        `DossierEtranger` pour un dossier non vide qui n'est pas à l'assistant,
        `PasUnDossier` pour un fichier, `DossierAbsent` en lecture seule."""
        chemin = Path(dossier).expanduser().absolute()
        if not controler_dossier(chemin):
            if lecture_seule:
                raise DossierAbsent(chemin)
            try:
                creer_dossier(chemin)
            except NotADirectoryError:
                raise PasUnDossier(chemin) from None
            except OSError as exc:
                raise ErreurDisque(chemin, exc, "créer le dossier de données") from None
        verrou = Verrou(chemin, partage=lecture_seule)
        verrou.prendre()
        depot = cls(chemin, verrou, lecture_seule)
        try:
            depot._demarrer()
        except OSError as exc:
            verrou.relacher()
            raise ErreurStockage(
                f"Le dossier de données {chemin} ne peut pas être ouvert : {message_systeme(exc)}."
            ) from None
        except BaseException:
            verrou.relacher()
            raise
        atexit.register(depot._fermer_en_sortie)
        return depot

    def _fermer_en_sortie(self) -> None:
        """Fermeture à la sortie du programme : jamais de trace, les données sont déjà sûres."""
        with contextlib.suppress(Exception):
            self.fermer()

    def _exiger_ecriture(self) -> None:
        if self.lecture_seule:
            raise LectureSeule(self.dossier)

    def __enter__(self) -> Depot:
        return self

    def __exit__(
        self,
        type_exc: type[BaseException] | None,
        exc: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.fermer()

    @property
    def ouvert(self) -> bool:
        """Vrai tant que le dépôt n'est pas fermé."""
        return self._verrou.pris

    @property
    def _adherents(self) -> Path:
        return self.dossier / DOSSIER_ADHERENTS

    def _dossier_adherent(self, adherent_id: str) -> Path:
        return self._adherents / adherent_id

    def _fiche(self, adherent_id: str) -> Path:
        return self._adherents / adherent_id / NOM_FICHE

    def _chemin_seance(self, adherent_id: str, seance_id: str) -> Path:
        return self._adherents / adherent_id / DOSSIER_SEANCES / f"{seance_id}.json"

    def _demarrer(self) -> None:
        if self.lecture_seule:
            self._demarrer_en_lecture()
            return
        balayer_temporaires(self.dossier)
        creer_dossier(self._adherents)
        proteger_dossier(self._adherents)
        interrompu = (self.dossier / NOM_SESSION).exists()
        version = self._lire_version()
        if version is None:
            self._ecrire_version()
        elif version < version_actuelle() or not self._version_lisible():
            self._migrer_tout()
            self._ecrire_version()
            interrompu = True
        self._finir_effacements()
        if interrompu:
            balayer_temporaires(self._adherents, recursif=True)
        if interrompu or not self._charger_index():
            self._reconstruire()
        ecrire_atomique(self.dossier / NOM_SESSION, str(os.getpid()).encode("ascii"))

    def _demarrer_en_lecture(self) -> None:
        """Charge l'index sans rien écrire ; s'il est périmé, le refait en mémoire."""
        interrompu = (self.dossier / NOM_SESSION).exists()
        version = self._lire_version()  # lève SchemaTropRecent si besoin
        if not self._adherents.is_dir():
            return  # dossier adopté mais encore vide : rien à indexer
        if interrompu:
            self.caches_perimes = "arrêt brutal de la dernière session"
        elif version is not None and version < version_actuelle():
            self.caches_perimes = "dossier d'une version précédente"
        elif not self._charger_index():
            self.caches_perimes = "index absent, illisible ou en retard sur les dossiers"
        if self.caches_perimes:
            self._reconstruire()

    def _lire_version(self) -> int | None:
        """La version notée du dossier ; None pour un dossier neuf.

        Si `version.json` est illisible, chaque document portant sa propre
        version, on repart de la version 1 : les migrations, rejouables, ne
        touchent que les documents plus anciens, et `version.json` est réécrit."""
        chemin = self.dossier / NOM_VERSION
        try:
            tables = lire_tables(chemin)
        except FichierEndommage:
            return 1
        if tables is None:
            return 1 if any(self._dossiers_adherents()) else None
        document = tables.get("meta", {}).get("schema")
        if not isinstance(document, dict):
            return 1
        migrer("dossier", dict(document), chemin)  # lève SchemaTropRecent si besoin
        version = document.get("version_schema")
        return version if isinstance(version, int) and version >= 1 else 1

    def _version_lisible(self) -> bool:
        try:
            tables = lire_tables(self.dossier / NOM_VERSION)
        except FichierEndommage:
            return False
        return tables is not None and isinstance(tables.get("meta", {}).get("schema"), dict)

    def _ecrire_version(self) -> None:
        document = {"id": "schema", "version_schema": version_actuelle()}
        StockageAtomique(self.dossier / NOM_VERSION).write({"meta": {"schema": document}})

    def _dossiers_adherents(self) -> Iterator[Path]:
        try:
            with os.scandir(self._adherents) as entrees:
                noms = sorted(
                    entree.name
                    for entree in entrees
                    if entree.is_dir(follow_symlinks=False) and est_identifiant(entree.name)
                )
        except FileNotFoundError:
            return
        for nom in noms:
            yield self._adherents / nom

    @staticmethod
    def _fichiers_seances(dossier_adherent: Path) -> list[Path]:
        dossier = dossier_adherent / DOSSIER_SEANCES
        try:
            with os.scandir(dossier) as entrees:
                return sorted(
                    Path(entree.path)
                    for entree in entrees
                    if entree.name.endswith(".json") and not est_temporaire(entree.name)
                )
        except FileNotFoundError:
            return []

    def _migrer_tout(self) -> None:
        """Réécrit chaque document ancien au schéma actuel (fichiers illisibles laissés)."""
        for dossier in self._dossiers_adherents():
            fichiers = [(dossier / NOM_FICHE, TABLE_ADHERENT)]
            fichiers += [(f, TABLE_SEANCE) for f in self._fichiers_seances(dossier)]
            for chemin, table in fichiers:
                with contextlib.suppress(FichierEndommage):
                    self._migrer_fichier(chemin, table)

    @staticmethod
    def _migrer_fichier(chemin: Path, table: str) -> None:
        tables = lire_tables(chemin)
        if tables is None:
            return
        change = False
        for cle, document in list(tables.get(table, {}).items()):
            if isinstance(document, dict):
                nouveau, migre = migrer(table, document, chemin)
                tables[table][cle] = nouveau
                change = change or migre
        if change:
            StockageAtomique(chemin).write(tables)

    def _effacements_interrompus(self) -> list[Path]:
        try:
            with os.scandir(self._adherents) as entrees:
                return sorted(
                    Path(e.path) for e in entrees if e.name.startswith(PREFIXE_EFFACEMENT)
                )
        except FileNotFoundError:
            return []

    def _finir_effacements(self) -> None:
        """Finit les effacements interrompus par un arrêt brutal, et les note au journal."""
        for reste in self._effacements_interrompus():
            suite = reste.name.removeprefix(PREFIXE_EFFACEMENT)
            evenement = suite.split("-", 1)[0]
            if evenement not in EVENEMENTS_EFFACEMENT:
                evenement = "effacement"  # nom des versions précédentes : .efface-<id>
            seances = len(self._fichiers_seances(reste))
            supprimer_arborescence(reste)
            self._journal(evenement, seances=seances, termine_au_demarrage=1)

    # ------------------------------------------------------------ caches

    def _charger_index(self) -> bool:
        """Charge `index.json` ; rend faux s'il faut reconstruire les caches."""
        chemin = self.dossier / NOM_INDEX
        if not corpus_mod.valide(self.dossier / NOM_CORPUS):
            return False
        try:
            tables = lire_tables(chemin)
        except FichierEndommage:
            return False
        if tables is None:
            return False
        meta = tables.get("meta", {}).get("index", {})
        if meta.get("version_schema") != version_actuelle():
            return False
        index = Index()
        try:
            for document in tables.get("adherents", {}).values():
                index.poser_adherent(conv.document_vers_entree_adherent(document))
            for document in tables.get("seances", {}).values():
                index.poser_seance(conv.document_vers_entree_seance(document))
        except ValueError:
            return False
        presents = {d.name for d in self._dossiers_adherents()}
        if presents != set(index.adherents):
            return False  # dossiers ajoutés ou retirés hors de l'assistant
        self._index = index
        return True

    def _ecrire_index(self) -> None:
        tables = {
            "meta": {"index": {"id": "index", "version_schema": version_actuelle()}},
            "adherents": {
                cle: conv.entree_adherent_vers_document(entree)
                for cle, entree in self._index.adherents.items()
            },
            "seances": {
                cle: conv.entree_seance_vers_document(entree)
                for cle, entree in self._index.seances.items()
            },
        }
        StockageAtomique(self.dossier / NOM_INDEX).write(tables)
        self._index_modifie = False

    def _ancien_index(self) -> Index:
        ancien = Index()
        try:
            tables = lire_tables(self.dossier / NOM_INDEX) or {}
            for document in tables.get("adherents", {}).values():
                ancien.poser_adherent(conv.document_vers_entree_adherent(document))
            for document in tables.get("seances", {}).values():
                ancien.poser_seance(conv.document_vers_entree_seance(document))
        except (FichierEndommage, ValueError, AttributeError):
            pass
        return ancien

    def _reconstruire(self) -> None:
        """Reconstruit index et corpus depuis les fichiers des dossiers.

        Le corpus s'écrit au fil de la lecture des séances : la mémoire reste
        celle d'une séance, pas celle de tout l'historique."""
        index = Index()
        if not self.lecture_seule:
            try:
                corpus_mod.ecrire_corpus(self.dossier / NOM_CORPUS, self._parcourir(index))
            except OSError as exc:
                self.avertissements.append(
                    "Le cache de recherche n'a pas pu être écrit "
                    f"({message_systeme(exc, self.dossier / NOM_CORPUS)}) : il est refait "
                    "en mémoire pour cette session."
                )
            else:
                self._index = index
                self._corpus = Corpus(self.dossier / NOM_CORPUS)
                self._ecrire_index()
                self.reconstruit = True
                return
            index = Index()
        lignes = b"".join([corpus_mod.ENTETE, *self._parcourir(index)])
        self._index = index
        self._corpus = Corpus.en_memoire(self.dossier / NOM_CORPUS, lignes)
        self.reconstruit = True

    def _parcourir(self, index: Index) -> Iterator[bytes]:
        """Lit tous les dossiers : remplit `index`, rend les lignes du corpus."""
        ancien = self._ancien_index()
        for dossier in self._dossiers_adherents():
            adherent_id = dossier.name
            endommage = False
            entree: EntreeAdherent | None = None
            fiche = dossier / NOM_FICHE
            try:
                tables = lire_tables(fiche)
                if tables is not None:
                    document = _document_unique(tables, TABLE_ADHERENT, adherent_id, fiche)
                    entree = conv.entree_depuis_document_adherent(document, fiche)
            except FichierEndommage:
                endommage = True
            seances = self._fichiers_seances(dossier)
            if entree is None and not endommage and not seances:
                # Dossier créé mais fiche jamais écrite : arrêt pendant la création.
                if not self.lecture_seule:
                    supprimer_arborescence(dossier)
                continue
            for chemin in seances:
                try:
                    tables_s = lire_tables(chemin)
                    if tables_s is None:
                        continue
                    document = _document_unique(tables_s, TABLE_SEANCE, chemin.stem, chemin)
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

    def _ecrire_corpus(self) -> bool:
        """Écrit le corpus ; s'il est illisible, reconstruit tous les caches.

        Rend faux si une reconstruction a eu lieu (l'index est alors écrit)."""
        try:
            self._corpus.reecrire()
        except CorpusInvalide:
            self._reconstruire()
            return False
        return True

    # ------------------------------------------------------------ fermeture

    def fermer(self) -> None:
        """Écrit les caches, marque une fin propre et relâche le verrou."""
        with self._fil:
            if not self._verrou.pris:
                return
            try:
                if not self.lecture_seule:
                    self._ecrire_corpus()
                    if self._index_modifie:
                        self._ecrire_index()
                    supprimer(self.dossier / NOM_SESSION)
            except OSError as exc:
                # Les dossiers font foi et sont déjà sur disque ; `.session` reste,
                # donc les caches seront reconstruits au prochain démarrage.
                raise ErreurStockage(
                    "Les caches de recherche n'ont pas pu être écrits à la fermeture "
                    f"({message_systeme(exc)}). Les réponses enregistrées sont intactes ; "
                    "libérez de la place : les caches seront reconstruits au prochain "
                    "démarrage."
                ) from None
            finally:
                self._verrou.relacher()
                atexit.unregister(self._fermer_en_sortie)

    @classmethod
    def detruire(cls, dossier: Path | str) -> None:
        """Efface tout un dépôt (par exemple les données de répétition).

        Ne supprime que les fichiers du dépôt ; le dossier lui-même disparaît
        s'il ne contient rien d'autre. Lève `DossierVerrouille` s'il est ouvert."""
        chemin = Path(dossier).expanduser().absolute()
        if not chemin.is_dir():
            return
        if not (chemin / NOM_VERSION).exists() and (chemin / DOSSIER_ADHERENTS).exists():
            raise ErreurStockage(
                f"Le dossier {chemin} ne ressemble pas à un dossier de données de "
                "l'assistant (pas de version.json) : rien n'a été effacé."
            )
        controler_dossier(chemin)
        verrou = Verrou(chemin)
        verrou.prendre()
        try:
            supprimer_arborescence(chemin / DOSSIER_ADHERENTS)
            with os.scandir(chemin) as entrees:
                noms = [e.name for e in entrees if e.is_file(follow_symlinks=False)]
            for nom in noms:
                if (nom in FICHIERS_RACINE and nom != Verrou.NOM) or est_temporaire(nom):
                    supprimer(chemin / nom)
        finally:
            verrou.relacher()
        supprimer(chemin / Verrou.NOM)
        with contextlib.suppress(OSError):
            chemin.rmdir()

    # ------------------------------------------------------------ adhérents

    def _marquer_endommage(self, adherent_id: str) -> None:
        entree = self._index.adherents.get(adherent_id)
        if entree is not None and not entree.endommage:
            entree.endommage = True
            self._index_modifie = True

    @_synchronise
    def creer_adherent(self, nom: str) -> Adherent:
        """Crée le dossier d'un nouvel adhérent."""
        self._exiger_ecriture()
        if not nom or not nom.strip():
            raise ErreurStockage("Le nom de l'adhérent est vide : saisissez-le.")
        probleme = probleme_nom(nom)
        if probleme is not None:
            raise ErreurStockage(probleme)
        adherent = Adherent(nom=nom)
        adherent.dernier_contact = adherent.cree_le
        self.enregistrer_adherent(adherent)
        return adherent

    @_synchronise
    def resumes_seances(self) -> list[EntreeSeance]:
        """Le résumé de toutes les séances (id, adhérent, conducteur, début, statut),
        lu dans l'index en mémoire : aucun fichier ouvert. Ne pas modifier les entrées."""
        return list(self._index.seances.values())

    @_synchronise
    def enregistrer_adherent(self, adherent: Adherent) -> None:
        """Enregistre la fiche d'un adhérent (création ou mise à jour)."""
        self._exiger_ecriture()
        dossier = self._dossier_adherent(adherent.id)
        creer_dossier(dossier)
        fiche = self._fiche(adherent.id)
        BaseUuid(fiche).table_uuid(TABLE_ADHERENT).remplacer(conv.adherent_vers_document(adherent))
        ancienne = self._index.adherents.get(adherent.id)
        endommage = bool(ancienne and ancienne.endommage)
        entree = conv.entree_depuis_adherent(adherent, endommage=endommage)
        self._index.poser_adherent(entree)
        self._index_modifie = True

    def _lire_adherent(self, adherent_id: str) -> Adherent:
        if not est_identifiant(adherent_id):
            raise AdherentInconnu(adherent_id)
        fiche = self._fiche(adherent_id)
        try:
            tables = lire_tables(fiche)
            if tables is None:
                if adherent_id in self._index.adherents:
                    raise FichierEndommage(fiche, "fichier manquant")
                raise AdherentInconnu(adherent_id)
            document = _document_unique(tables, TABLE_ADHERENT, adherent_id, fiche)
            return conv.document_vers_adherent(document, fiche)
        except FichierEndommage:
            self._marquer_endommage(adherent_id)
            raise

    @_synchronise
    def adherent(self, adherent_id: str) -> Adherent:
        """La fiche d'un adhérent ; `dernier_contact` tient compte des séances."""
        adherent = self._lire_adherent(adherent_id)
        contact = self._index.dernier_contact(adherent.id)
        if contact is not None:
            adherent.dernier_contact = contact
        return adherent

    @_synchronise
    def adherents(self) -> list[ResumeAdherent]:
        """Tous les adhérents, par ordre alphabétique (sans accents ni casse)."""
        entrees = sorted(self._index.adherents.values(), key=lambda e: (e.nom_normalise, e.id))
        return [self._index.resume(entree.id) for entree in entrees]

    @_synchronise
    def chercher_adherents(self, texte: str) -> list[ResumeAdherent]:
        """Les adhérents dont le nom contient `texte` (sans accents ni casse)."""
        requete = requete_normalisee(texte)
        entrees = sorted(
            (e for e in self._index.adherents.values() if requete in e.nom_normalise),
            key=lambda e: (e.nom_normalise, e.id),
        )
        return [self._index.resume(entree.id) for entree in entrees]

    @_synchronise
    def adherents_nommes(self, nom: str) -> list[ResumeAdherent]:
        """Les adhérents dont le nom est exactement `nom` (espaces autour ignorés)."""
        nom = nom.strip()
        return [
            self._index.resume(e.id) for e in self._index.adherents.values() if e.nom.strip() == nom
        ]

    # ------------------------------------------------------------ séances

    def _lire_seance(self, adherent_id: str, seance_id: str) -> Seance:
        chemin = self._chemin_seance(adherent_id, seance_id)
        try:
            tables = lire_tables(chemin)
            if tables is None:
                raise FichierEndommage(chemin, "fichier manquant")
            document = _document_unique(tables, TABLE_SEANCE, seance_id, chemin)
            seance = conv.document_vers_seance(document, chemin)
            if seance.adherent_id != adherent_id:
                raise FichierEndommage(chemin, "séance rangée chez un autre adhérent")
            return seance
        except FichierEndommage:
            self._marquer_endommage(adherent_id)
            raise

    @_synchronise
    def seances(self, adherent_id: str) -> list[Seance]:
        """Les séances d'un adhérent, de la plus ancienne à la plus récente."""
        dossier = self._dossier_adherent(adherent_id) if est_identifiant(adherent_id) else None
        if dossier is None or (adherent_id not in self._index.adherents and not dossier.is_dir()):
            raise AdherentInconnu(adherent_id)
        seances = [
            self._lire_seance(adherent_id, chemin.stem)
            for chemin in self._fichiers_seances(dossier)
        ]
        return sorted(seances, key=lambda s: (s.debut, s.id))

    @_synchronise
    def seances_lisibles(self, adherent_id: str) -> tuple[list[Seance], list[FichierEndommage]]:
        """Les séances lisibles d'un adhérent (de la plus ancienne à la plus récente) et
        les erreurs des fichiers illisibles : un fichier abîmé ne cache pas les autres."""
        dossier = self._dossier_adherent(adherent_id) if est_identifiant(adherent_id) else None
        if dossier is None or (adherent_id not in self._index.adherents and not dossier.is_dir()):
            raise AdherentInconnu(adherent_id)
        seances: list[Seance] = []
        illisibles: list[FichierEndommage] = []
        for chemin in self._fichiers_seances(dossier):
            try:
                seances.append(self._lire_seance(adherent_id, chemin.stem))
            except FichierEndommage as exc:
                illisibles.append(exc)
        return sorted(seances, key=lambda s: (s.debut, s.id)), illisibles

    @_synchronise
    def seance(self, seance_id: str) -> Seance:
        """Une séance, par son identifiant."""
        entree = self._index.seances.get(seance_id)
        if entree is None:
            raise SeanceInconnue(seance_id)
        return self._lire_seance(entree.adherent_id, seance_id)

    @_synchronise
    def enregistrer_seance(self, seance: Seance) -> None:
        """Enregistre une séance entière, durablement (à appeler après chaque réponse).

        Une fois l'appel revenu, la séance survit à un arrêt brutal. Le coût
        ne dépend que de la taille de la séance : son seul fichier est réécrit.
        Met à jour `seance.modifie_le`."""
        self._exiger_ecriture()
        if seance.adherent_id not in self._index.adherents:
            raise AdherentInconnu(seance.adherent_id)
        ancienne = self._index.seances.get(seance.id)
        if ancienne is not None and ancienne.adherent_id != seance.adherent_id:
            raise ErreurStockage(
                f"La séance {seance.id} appartient à un autre adhérent : "
                "une séance ne change pas de dossier."
            )
        seance.modifie_le = maintenant()
        document = conv.seance_vers_document(seance)
        chemin = self._chemin_seance(seance.adherent_id, seance.id)
        if ancienne is None:
            creer_dossier(chemin.parent)
        BaseUuid(chemin).table_uuid(TABLE_SEANCE).remplacer(document)
        if self._index.poser_seance(conv.entree_depuis_seance(seance)):
            self._index_modifie = True
        self._corpus.noter(seance.id, seance.adherent_id, document)

    @_synchronise
    def supprimer_seance(self, seance_id: str) -> None:
        """Supprime une séance (par exemple créée par erreur)."""
        self._exiger_ecriture()
        entree = self._index.seances.get(seance_id)
        if entree is None:
            raise SeanceInconnue(seance_id)
        supprimer(self._chemin_seance(entree.adherent_id, seance_id))
        self._index.retirer_seance(seance_id)
        self._index_modifie = True
        self._corpus.retirer([seance_id])

    @_synchronise
    def seances_interrompues(self) -> list[Seance]:
        """Les séances en cours ou suspendues, la plus récente d'abord.

        Une séance au fichier illisible est omise (voir `verifier`)."""
        seances = []
        for entree in self._index.seances.values():
            if conv.seance_interrompue(entree):
                with contextlib.suppress(FichierEndommage):
                    seances.append(self._lire_seance(entree.adherent_id, entree.id))
        return sorted(seances, key=lambda s: s.modifie_le or s.debut, reverse=True)

    # ------------------------------------------------------------ tâches

    @_synchronise
    def taches_ouvertes(self, adherent_id: str, sauf_seance: str | None = None) -> list[Tache]:
        """Les tâches ni faites ni abandonnées des séances de l'adhérent.

        `sauf_seance` écarte la séance en cours (dont les tâches sont neuves)."""
        return [
            tache
            for seance in self.seances(adherent_id)
            if seance.id != sauf_seance
            for tache in seance.taches
            if tache.ouverte
        ]

    @_synchronise
    def maj_tache(
        self,
        adherent_id: str,
        tache_id: str,
        statut: StatutTache,
        le: dt.datetime | None = None,
    ) -> Tache:
        """Change le statut d'une tâche (noté dans son historique, à l'heure `le`,
        maintenant par défaut) ; rend la tâche."""
        for seance in self.seances(adherent_id):
            tache = seance.tache(tache_id)
            if tache is not None:
                tache.changer_statut(statut, le)
                self.enregistrer_seance(seance)
                return tache
        raise TacheInconnue(tache_id)

    # ------------------------------------------------------------ recherche

    @_synchronise
    def rechercher(
        self, texte: str, limite: int = 100, adherent_id: str | None = None
    ) -> list[ResultatRecherche]:
        """Les séances dont le texte contient `texte` (sans accents ni casse).

        Cherche dans les comptes rendus, notes, fiches, tâches et toutes les
        réponses enregistrées ; les plus récentes d'abord, `limite` au plus."""
        requete = requete_normalisee(texte)
        if not requete:
            return []
        try:
            trouves = self._corpus.chercher(requete, adherent_id)
        except CorpusInvalide:
            self._reconstruire()
            trouves = self._corpus.chercher(requete, adherent_id)
        entrees = [self._index.seances[s] for s, _ in trouves if s in self._index.seances]
        entrees.sort(key=lambda e: (e.debut, e.id), reverse=True)
        resultats: list[ResultatRecherche] = []
        for entree in entrees:
            if len(resultats) >= limite:
                break
            document = self._document_seance(entree.adherent_id, entree.id)
            if document is None:
                continue
            trouve = extrait(fragments(document), requete)
            if trouve is None:
                continue
            adherent = self._index.adherents.get(entree.adherent_id)
            resultats.append(
                ResultatRecherche(
                    seance_id=entree.id,
                    adherent_id=entree.adherent_id,
                    nom_adherent=adherent.nom if adherent else "",
                    date=entree.debut,
                    conducteur_titre=entree.conducteur_titre,
                    extrait=trouve[0],
                    surlignage=trouve[1],
                )
            )
        return resultats

    def _document_seance(self, adherent_id: str, seance_id: str) -> dict[str, Any] | None:
        chemin = self._chemin_seance(adherent_id, seance_id)
        try:
            tables = lire_tables(chemin)
            if tables is None:
                return None
            document = _document_unique(tables, TABLE_SEANCE, seance_id, chemin)
            return migrer(TABLE_SEANCE, document, chemin)[0]
        except FichierEndommage:
            self._marquer_endommage(adherent_id)
            return None

    # ------------------------------------------------------------ vérification

    @_synchronise
    def verifier(self) -> list[EtatFichier]:
        """L'état de chaque fichier du dépôt (rien n'est modifié sur disque)."""
        etats: list[EtatFichier] = []
        with os.scandir(self.dossier) as entrees:
            racine = sorted((e.name, e.is_file(follow_symlinks=False)) for e in entrees)
        for nom, est_fichier in racine:
            if not est_fichier:
                continue
            chemin = self.dossier / nom
            if est_temporaire(nom):
                etats.append(EtatFichier(chemin=chemin, etat="temporaire"))
            elif nom == NOM_SESSION and self.lecture_seule:
                etats.append(
                    EtatFichier(
                        chemin=chemin,
                        etat="perime",
                        detail="la dernière session s'est arrêtée brutalement",
                    )
                )
            elif nom in FICHIERS_RACINE:
                etats.append(self._verifier_racine(chemin))
        if self.caches_perimes:
            for nom in (NOM_INDEX, NOM_CORPUS):
                if not (self.dossier / nom).is_file():
                    etats.append(
                        EtatFichier(
                            chemin=self.dossier / nom,
                            etat="perime",
                            detail=f"cache à reconstruire ({self.caches_perimes})",
                        )
                    )
        if not self._adherents.is_dir():
            return [etat for etat in etats if etat.etat != "intact" or etat.chemin.is_file()]
        etats.append(self._verifier_droits_dossier(self._adherents))
        for dossier in self._dossiers_adherents():
            etats.extend(self._verifier_dossier(dossier))
        with os.scandir(self._adherents) as entrees:
            autres = sorted(e.name for e in entrees if not est_identifiant(e.name))
        for nom in autres:
            if nom.startswith(PREFIXE_EFFACEMENT):
                etats.append(
                    EtatFichier(
                        chemin=self._adherents / nom,
                        etat="effacement",
                        detail="effacement interrompu, à terminer",
                    )
                )
                continue
            etat = "temporaire" if est_temporaire(nom) else "inconnu"
            etats.append(EtatFichier(chemin=self._adherents / nom, etat=etat))
        return [etat for etat in etats if etat.etat != "intact" or etat.chemin.is_file()]

    @_synchronise
    def reparer(self) -> list[str]:
        """Fait les réparations que `verifier` peut signaler ; rend ce qui a été fait.

        Supprime les fichiers temporaires orphelins, finit les effacements
        interrompus (déjà faits à l'ouverture), ramène à 0600/0700 les droits de
        ce que le dépôt possède et reconstruit les caches depuis les dossiers.
        Les fichiers endommagés ne sont jamais touchés : eux se restaurent depuis
        une sauvegarde."""
        self._exiger_ecriture()
        faits = [
            f"fichier temporaire supprimé : {chemin}"
            for chemin in (
                balayer_temporaires(self.dossier)
                + balayer_temporaires(self._adherents, recursif=True)
            )
        ]
        for chemin in self._chemins_prives():
            attendu = MODE_DOSSIER if chemin.is_dir() else MODE_FICHIER
            if os.name == "posix" and stat.S_IMODE(chemin.stat().st_mode) & 0o077:
                os.chmod(chemin, attendu)
                faits.append(f"droits ramenés à {attendu:o} : {chemin}")
        self._reconstruire()
        faits.append("index et cache de recherche reconstruits depuis les dossiers")
        return faits

    def _chemins_prives(self) -> Iterator[Path]:
        """Ce que le dépôt possède dans le dossier de données (le dossier lui-même,
        peut-être adopté, garde ses droits : voir `controler_dossier`)."""
        for nom in sorted(FICHIERS_RACINE):
            if (self.dossier / nom).is_file():
                yield self.dossier / nom
        yield self._adherents
        for dossier in self._dossiers_adherents():
            yield dossier
            for racine, dossiers, noms in os.walk(dossier):
                for nom in sorted(dossiers):
                    yield Path(racine) / nom
                for nom in sorted(noms):
                    yield Path(racine) / nom

    @staticmethod
    def _droits(chemin: Path, attendu: int) -> EtatFichier | None:
        mode = stat.S_IMODE(chemin.stat().st_mode)
        if os.name == "posix" and mode & 0o077:
            return EtatFichier(
                chemin=chemin,
                etat="permissions",
                detail=f"droits {mode:o} : attendus {attendu:o} (lisible par d'autres comptes)",
            )
        return None

    def _verifier_droits_dossier(self, dossier: Path) -> EtatFichier:
        return self._droits(dossier, MODE_DOSSIER) or EtatFichier(chemin=dossier, etat="intact")

    def _verifier_racine(self, chemin: Path) -> EtatFichier:
        try:
            if chemin.name == NOM_CORPUS:
                if not corpus_mod.valide(chemin):
                    return EtatFichier(
                        chemin=chemin,
                        etat="perime",
                        detail="cache illisible : « entretien donnees reparer » le reconstruit",
                    )
            elif chemin.name == NOM_INDEX:
                try:
                    lire_tables(chemin)
                except FichierEndommage as exc:
                    return EtatFichier(
                        chemin=chemin,
                        etat="perime",
                        detail=f"cache illisible ({exc.raison}) : « entretien donnees "
                        "reparer » le reconstruit",
                    )
            elif chemin.name == NOM_VERSION:
                lire_tables(chemin)
            elif chemin.name == NOM_REGLAGES:
                self._lire_reglages()
            elif chemin.name == NOM_JOURNAL:
                try:
                    contenu = chemin.read_bytes()
                except OSError as exc:
                    raise FichierEndommage(
                        chemin, f"lecture impossible : {raison_systeme(exc)}"
                    ) from None
                for numero, brute in enumerate(contenu.splitlines(), start=1):
                    try:
                        json.loads(brute)
                    except (json.JSONDecodeError, UnicodeDecodeError):
                        return EtatFichier(
                            chemin=chemin, etat="endommage", detail=f"ligne {numero} illisible"
                        )
        except FichierEndommage as exc:
            return EtatFichier(chemin=chemin, etat="endommage", detail=exc.raison)
        if chemin.name in (NOM_INDEX, NOM_CORPUS) and self.caches_perimes:
            return EtatFichier(
                chemin=chemin,
                etat="perime",
                detail=f"cache à reconstruire ({self.caches_perimes})",
            )
        return self._droits(chemin, MODE_FICHIER) or EtatFichier(chemin=chemin, etat="intact")

    def _verifier_dossier(self, dossier: Path) -> list[EtatFichier]:
        adherent_id = dossier.name
        etats = [self._verifier_droits_dossier(dossier)]
        endommage = False
        fiche = dossier / NOM_FICHE
        try:
            self._lire_adherent(adherent_id)
            etats.append(
                self._droits(fiche, MODE_FICHIER) or EtatFichier(chemin=fiche, etat="intact")
            )
        except (FichierEndommage, AdherentInconnu) as exc:
            raison = exc.raison if isinstance(exc, FichierEndommage) else "fichier manquant"
            etats.append(EtatFichier(chemin=fiche, etat="endommage", detail=raison))
            endommage = True
        seances = dossier / DOSSIER_SEANCES
        if seances.is_dir():
            etats.append(self._verifier_droits_dossier(seances))
            with os.scandir(seances) as entrees:
                noms = sorted(e.name for e in entrees)
            for nom in noms:
                chemin = seances / nom
                if est_temporaire(nom):
                    etats.append(EtatFichier(chemin=chemin, etat="temporaire"))
                    continue
                if not nom.endswith(".json") or not est_identifiant(chemin.stem):
                    etats.append(EtatFichier(chemin=chemin, etat="inconnu"))
                    continue
                try:
                    self._lire_seance(adherent_id, chemin.stem)
                except FichierEndommage as exc:
                    etats.append(EtatFichier(chemin=chemin, etat="endommage", detail=exc.raison))
                    endommage = True
                    continue
                etats.append(
                    self._droits(chemin, MODE_FICHIER) or EtatFichier(chemin=chemin, etat="intact")
                )
        entree = self._index.adherents.get(adherent_id)
        if entree is not None and entree.endommage != endommage:
            entree.endommage = endommage
            self._index_modifie = True
        return etats

    # ------------------------------------------------------------ RGPD

    def _journal(self, evenement: str, **details: int) -> None:
        """Note une opération RGPD (sans identifiant) ; un échec devient un avertissement."""
        try:
            journaliser(self.dossier / NOM_JOURNAL, evenement, **details)
        except OSError as exc:
            self.avertissements.append(
                f"L'opération « {evenement} » n'a pas pu être notée au journal RGPD "
                f"({message_systeme(exc, self.dossier / NOM_JOURNAL)})."
            )

    @_synchronise
    def journal_rgpd(self) -> list[dict[str, Any]]:
        """Les lignes du journal d'audit RGPD (heure, événement, nombres)."""
        return lire_journal(self.dossier / NOM_JOURNAL)

    def _lire_reglages(self) -> Reglages:
        chemin = self.dossier / NOM_REGLAGES
        try:
            contenu = chemin.read_bytes()
        except FileNotFoundError:
            return Reglages()
        except OSError as exc:
            raise FichierEndommage(
                chemin, f"lecture impossible : {raison_systeme(exc)}", CONSEIL_REGLAGES
            ) from None
        try:
            donnees = json.loads(contenu.decode("utf-8"))
        except UnicodeDecodeError:
            raise FichierEndommage(
                chemin, "le texte n'est pas en UTF-8", CONSEIL_REGLAGES
            ) from None
        except json.JSONDecodeError as exc:
            raise FichierEndommage(
                chemin,
                f"JSON invalide, ligne {exc.lineno}, colonne {exc.colno}",
                CONSEIL_REGLAGES,
            ) from None
        except RecursionError:
            raise FichierEndommage(chemin, "structure trop profonde", CONSEIL_REGLAGES) from None
        if not isinstance(donnees, dict):
            raise FichierEndommage(
                chemin,
                'un objet JSON est attendu, par exemple {"conservation_mois": 24}',
                CONSEIL_REGLAGES,
            )
        try:
            return Reglages.model_validate(donnees)
        except ValidationError as exc:
            premiere = exc.errors(include_input=False, include_url=False)[0]
            lieu = ".".join(str(p) for p in premiere["loc"]) or "document"
            raise FichierEndommage(
                chemin,
                f"réglage « {lieu} » invalide : {_message_reglage(premiere)}",
                CONSEIL_REGLAGES,
            ) from None

    @_synchronise
    def reglages(self) -> Reglages:
        """Les réglages de la structure (`reglages.json`, sinon les valeurs par défaut)."""
        return self._lire_reglages()

    @_synchronise
    def enregistrer_reglages(self, reglages: Reglages) -> None:
        """Écrit `reglages.json`."""
        self._exiger_ecriture()
        ecrire_atomique(
            self.dossier / NOM_REGLAGES,
            reglages.model_dump_json(indent=2).encode("utf-8") + b"\n",
        )

    @_synchronise
    def exporter(self, adherent_id: str) -> tuple[dict[str, Any], str]:
        """Tout ce qui est conservé sur une personne : (JSON, Markdown lisible)."""
        adherent = self.adherent(adherent_id)
        seances, illisibles = self.seances_lisibles(adherent_id)
        exporte_le = maintenant()
        donnees: dict[str, Any] = {
            "format": "entretien-export",
            "version_schema": version_actuelle(),
            "exporte_le": exporte_le.isoformat(),
            "adherent": conv.adherent_vers_document(adherent),
            "seances": [conv.seance_vers_document(s) for s in seances],
        }
        if illisibles:
            donnees["fichiers_illisibles"] = [str(e.chemin) for e in illisibles]
        texte = export_markdown(adherent, seances, exporte_le)
        if illisibles:
            texte += "\n## Fichiers illisibles\n\n" + "".join(
                f"- `{e.chemin.name}` : {e.raison}\n" for e in illisibles
            )
        self._journal("export", seances=len(seances))
        return donnees, texte

    def _effacer_dossiers(self, adherent_ids: list[str], evenement: str) -> None:
        effaces: list[int] = []
        for adherent_id in adherent_ids:
            dossier = self._dossier_adherent(adherent_id)
            seances = len(self._fichiers_seances(dossier))
            if dossier.exists():
                corbeille = self._adherents / f"{PREFIXE_EFFACEMENT}{evenement}-{adherent_id}"
                os.replace(dossier, corbeille)
                fsync_dossier(self._adherents)
                supprimer_arborescence(corbeille)
            self._corpus.retirer(self._index.retirer_adherent(adherent_id))
            effaces.append(seances)
        # Les caches contiennent noms et réponses : ils sont réécrits tout de suite.
        if self._ecrire_corpus():
            self._ecrire_index()
        self._oublier_dans_le_journal(adherent_ids)
        for seances in effaces:
            self._journal(evenement, seances=seances)

    def _oublier_dans_le_journal(self, adherent_ids: list[str]) -> None:
        """Retire du journal les identifiants qu'y notaient les versions précédentes."""
        chemin = self.dossier / NOM_JOURNAL
        try:
            contenu = chemin.read_bytes()
        except OSError:
            return
        cles = [i.encode("ascii") for i in adherent_ids]
        if not any(cle in contenu for cle in cles):
            return
        for cle in cles:
            contenu = contenu.replace(cle, b"(efface)")
        try:
            ecrire_atomique(chemin, contenu)
        except OSError as exc:
            self.avertissements.append(
                "Un identifiant effacé n'a pas pu être retiré du journal RGPD "
                f"({message_systeme(exc, chemin)})."
            )

    @_synchronise
    def effacer(self, adherent_id: str) -> None:
        """Efface tout le dossier d'un adhérent, sans laisser de trace dans le dépôt."""
        self._exiger_ecriture()
        if not est_identifiant(adherent_id) or (
            adherent_id not in self._index.adherents
            and not self._dossier_adherent(adherent_id).exists()
        ):
            raise AdherentInconnu(adherent_id)
        self._effacer_dossiers([adherent_id], "effacement")

    @_synchronise
    def a_purger(self, mois: int | None = None) -> list[ResumeAdherent]:
        """Les adhérents sans contact depuis plus de `mois` mois (réglage par défaut)."""
        duree = self._lire_reglages().conservation_mois if mois is None else mois
        if not 1 <= duree <= CONSERVATION_MAX_MOIS:
            raise ErreurStockage(
                f"La durée de conservation doit aller de 1 à {CONSERVATION_MAX_MOIS} mois "
                f"(pas {duree})."
            )
        limite = mois_avant(dt.date.today(), duree)
        resumes = []
        for adherent_id in self._index.adherents:
            resume = self._index.resume(adherent_id)
            contact = resume.dernier_contact or resume.cree_le
            if contact.date() < limite:
                resumes.append(resume)
        return sorted(resumes, key=lambda r: (r.dernier_contact or r.cree_le, r.id))

    @_synchronise
    def purger(self, mois: int | None = None) -> list[ResumeAdherent]:
        """Efface les dossiers au-delà de la durée de conservation ; rend leur liste."""
        self._exiger_ecriture()
        resumes = self.a_purger(mois)
        if resumes:
            self._effacer_dossiers([r.id for r in resumes], "purge")
        return resumes


def _message_reglage(erreur: Any) -> str:
    """Le message d'une erreur de validation d'un réglage, en français."""
    contexte = erreur.get("ctx") or {}
    messages = {
        "int_type": "un nombre entier est attendu",
        "int_parsing": "un nombre entier est attendu",
        "int_from_float": "un nombre entier est attendu",
        "string_type": "un texte entre guillemets est attendu",
        "greater_than_equal": f"au moins {contexte.get('ge')} est attendu",
        "less_than_equal": f"au plus {contexte.get('le')} est attendu",
    }
    return messages.get(erreur.get("type", ""), "valeur invalide")


def _document_unique(tables: Tables, table: str, cle: str, chemin: Path) -> dict[str, Any]:
    document = tables.get(table, {}).get(cle)
    if not isinstance(document, dict):
        raise FichierEndommage(chemin, f"document « {table} » absent")
    return document
