"""Le dépôt : l'accès aux dossiers des adhérents dans un dossier de données.

`Depot` est la façade : ouverture et fermeture, verrou, fils, et les
opérations sur les adhérents et les séances ; chaque séance a son petit
fichier, et enregistrer une réponse ne réécrit qu'elle. Le reste est délégué :
`dossiers` (disposition, lecture des fichiers), `demarrage` (reprise après un
arrêt brutal, migrations), `caches` (index et corpus), `recherche`,
`verification` (`donnees verifier` / `reparer`), `rgpd` et `reglages`
(export, effacement, purge, journal, réglages de la structure).
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from stockage import convertisseurs as conv
from stockage import demarrage, recherche, verification
from stockage.caches import Caches
from stockage.controle import NOM_JOURNAL, NOM_REGLAGES, NOM_SESSION, controler_dossier
from stockage.dossiers import (
    TABLE_ADHERENT,
    TABLE_SEANCE,
    Dossiers,
    adopter_dossier,
    detruire_dossier,
    fichiers_seances,
)
from stockage.erreurs import (
    AdherentInconnu,
    DepotFerme,
    ErreurStockage,
    FichierEndommage,
    LectureSeule,
    SeanceInconnue,
    TacheInconnue,
    message_systeme,
)
from stockage.fichiers import Verrou, creer_dossier, supprimer
from stockage.index import EntreeSeance
from stockage.modeles import (
    STATUTS_TACHE_OUVERTS,
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
from stockage.reglages import ecrire_reglages, lire_reglages
from stockage.rgpd import ExportRgpd, JournalRgpd, a_purger, effacer_dossiers, preparer_export
from stockage.texte import cle_nom, normaliser, probleme_nom
from stockage.texte import requete as requete_normalisee
from stockage.tinydb_atomique import BaseUuid

__all__ = ["NOM_JOURNAL", "Depot", "controler_dossier"]

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
        self._fil = threading.RLock()
        self._dossiers = Dossiers(dossier)
        self._caches = Caches(self._dossiers, lecture_seule, self.avertissements)
        self._journal = JournalRgpd(dossier / NOM_JOURNAL, self.avertissements)

    @property
    def caches_perimes(self) -> str:
        """Pourquoi les caches ont dû être reconstruits (vide s'ils étaient à jour)."""
        return self._caches.perimes

    @property
    def reconstruit(self) -> bool:
        """Vrai si les caches ont été reconstruits à l'ouverture (arrêt brutal)."""
        return self._caches.reconstruit

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
        adopter_dossier(chemin, creer=not lecture_seule)
        verrou = Verrou(chemin, partage=lecture_seule)
        verrou.prendre()
        depot = cls(chemin, verrou, lecture_seule)
        try:
            demarrage.demarrer(depot._dossiers, depot._caches, depot._journal, lecture_seule)
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

    # ------------------------------------------------------------ fermeture

    def fermer(self) -> None:
        """Écrit les caches, marque une fin propre et relâche le verrou."""
        with self._fil:
            if not self._verrou.pris:
                return
            try:
                if not self.lecture_seule:
                    self._caches.ecrire()
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
        detruire_dossier(Path(dossier).expanduser().absolute())

    # ------------------------------------------------------------ adhérents

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
        return list(self._caches.index.seances.values())

    @_synchronise
    def enregistrer_adherent(self, adherent: Adherent) -> None:
        """Enregistre la fiche d'un adhérent (création ou mise à jour)."""
        self._exiger_ecriture()
        creer_dossier(self._dossiers.dossier_adherent(adherent.id))
        fiche = self._dossiers.fiche(adherent.id)
        BaseUuid(fiche).table_uuid(TABLE_ADHERENT).remplacer(conv.adherent_vers_document(adherent))
        ancienne = self._caches.index.adherents.get(adherent.id)
        endommage = bool(ancienne and ancienne.endommage)
        entree = conv.entree_depuis_adherent(adherent, endommage=endommage)
        self._caches.index.poser_adherent(entree)
        self._caches.index_modifie = True

    def _lire_adherent(self, adherent_id: str) -> Adherent:
        try:
            connu = adherent_id in self._caches.index.adherents
            return self._dossiers.lire_adherent(adherent_id, connu)
        except FichierEndommage:
            self._caches.marquer_endommage(adherent_id)
            raise

    @_synchronise
    def adherent(self, adherent_id: str) -> Adherent:
        """La fiche d'un adhérent ; `dernier_contact` tient compte des séances."""
        adherent = self._lire_adherent(adherent_id)
        contact = self._caches.index.dernier_contact(adherent.id)
        if contact is not None:
            adherent.dernier_contact = contact
        return adherent

    @_synchronise
    def adherents(self) -> list[ResumeAdherent]:
        """Tous les adhérents, par ordre alphabétique (sans accents ni casse)."""
        return self._caches.index.resumes()

    @_synchronise
    def chercher_adherents(self, texte: str) -> list[ResumeAdherent]:
        """Les adhérents dont le nom contient chacun des mots de `texte`, dans n'importe
        quel ordre, sans accents ni casse : « karine moreau » trouve « Moreau Karine »."""
        mots = requete_normalisee(texte).split()
        return self._caches.index.resumes(
            lambda entree: all(mot in entree.nom_normalise for mot in mots)
        )

    @_synchronise
    def adherents_homonymes(self, nom: str) -> list[ResumeAdherent]:
        """Les adhérents dont le nom est `nom` aux accents, à la casse, à la ponctuation
        et à l'ordre des mots près (« Karine Moreau » → « MOREAU Karine »)."""
        cle = cle_nom(normaliser(nom))
        if not cle:
            return []
        return self._caches.index.resumes(lambda entree: cle_nom(entree.nom_normalise) == cle)

    @_synchronise
    def adherents_nommes(self, nom: str) -> list[ResumeAdherent]:
        """Les adhérents dont le nom est exactement `nom` (espaces autour ignorés)."""
        index = self._caches.index
        nom = nom.strip()
        return [index.resume(e.id) for e in index.adherents.values() if e.nom.strip() == nom]

    # ------------------------------------------------------------ séances

    def _dossier_connu(self, adherent_id: str) -> Path:
        """Le dossier d'un adhérent connu de l'index ou présent sur disque."""
        dossier = (
            self._dossiers.dossier_adherent(adherent_id) if est_identifiant(adherent_id) else None
        )
        if dossier is None or (
            adherent_id not in self._caches.index.adherents and not dossier.is_dir()
        ):
            raise AdherentInconnu(adherent_id)
        return dossier

    def _lire_seance(self, adherent_id: str, seance_id: str) -> Seance:
        try:
            return self._dossiers.lire_seance(adherent_id, seance_id)
        except FichierEndommage:
            self._caches.marquer_endommage(adherent_id)
            raise

    @_synchronise
    def seances(self, adherent_id: str) -> list[Seance]:
        """Les séances d'un adhérent, de la plus ancienne à la plus récente."""
        dossier = self._dossier_connu(adherent_id)
        seances = [
            self._lire_seance(adherent_id, chemin.stem) for chemin in fichiers_seances(dossier)
        ]
        return sorted(seances, key=lambda s: (s.debut, s.id))

    @_synchronise
    def seances_lisibles(self, adherent_id: str) -> tuple[list[Seance], list[FichierEndommage]]:
        """Les séances lisibles d'un adhérent (de la plus ancienne à la plus récente) et
        les erreurs des fichiers illisibles : un fichier abîmé ne cache pas les autres."""
        dossier = self._dossier_connu(adherent_id)
        seances: list[Seance] = []
        illisibles: list[FichierEndommage] = []
        for chemin in fichiers_seances(dossier):
            try:
                seances.append(self._lire_seance(adherent_id, chemin.stem))
            except FichierEndommage as exc:
                illisibles.append(exc)
        return sorted(seances, key=lambda s: (s.debut, s.id)), illisibles

    @_synchronise
    def seance(self, seance_id: str) -> Seance:
        """Une séance, par son identifiant."""
        entree = self._caches.index.seances.get(seance_id)
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
        if seance.adherent_id not in self._caches.index.adherents:
            raise AdherentInconnu(seance.adherent_id)
        ancienne = self._caches.index.seances.get(seance.id)
        if ancienne is not None and ancienne.adherent_id != seance.adherent_id:
            raise ErreurStockage(
                f"La séance {seance.id} appartient à un autre adhérent : "
                "une séance ne change pas de dossier."
            )
        seance.modifie_le = maintenant()
        document = conv.seance_vers_document(seance)
        chemin = self._dossiers.chemin_seance(seance.adherent_id, seance.id)
        if ancienne is None:
            creer_dossier(chemin.parent)
        BaseUuid(chemin).table_uuid(TABLE_SEANCE).remplacer(document)
        if self._caches.index.poser_seance(conv.entree_depuis_seance(seance)):
            self._caches.index_modifie = True
        self._caches.corpus.noter(seance.id, seance.adherent_id, document)

    @_synchronise
    def supprimer_seance(self, seance_id: str) -> None:
        """Supprime une séance (par exemple créée par erreur)."""
        self._exiger_ecriture()
        entree = self._caches.index.seances.get(seance_id)
        if entree is None:
            raise SeanceInconnue(seance_id)
        supprimer(self._dossiers.chemin_seance(entree.adherent_id, seance_id))
        self._caches.index.retirer_seance(seance_id)
        self._caches.index_modifie = True
        self._caches.corpus.retirer([seance_id])

    @_synchronise
    def seances_interrompues(self) -> list[Seance]:
        """Les séances en cours ou suspendues, la plus récente d'abord.

        Une séance au fichier illisible est omise (voir `verifier`)."""
        seances = []
        for entree in self._caches.index.seances.values():
            if conv.seance_interrompue(entree):
                with contextlib.suppress(FichierEndommage):
                    seances.append(self._lire_seance(entree.adherent_id, entree.id))
        return sorted(seances, key=lambda s: s.modifie_le or s.debut, reverse=True)

    # ------------------------------------------------------------ tâches

    @_synchronise
    def taches_ouvertes(
        self, adherent_id: str, sauf_seance: str | None = None, le: dt.datetime | None = None
    ) -> list[Tache]:
        """Les tâches ni faites ni abandonnées des séances de l'adhérent.

        `sauf_seance` écarte la séance en cours (dont les tâches sont neuves) ; `le` :
        les tâches qui étaient ouvertes à ce moment (avec leur statut d'aujourd'hui),
        pour retrouver à la reprise celles que le conseiller a mises à jour depuis."""
        return [
            tache
            for seance in self.seances(adherent_id)
            if seance.id != sauf_seance and (le is None or (seance.fin or seance.debut) <= le)
            for tache in seance.taches
            if (tache.statut_le(le) if le is not None else tache.statut) in STATUTS_TACHE_OUVERTS
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
        return recherche.rechercher(self._dossiers, self._caches, texte, limite, adherent_id)

    # ------------------------------------------------------------ vérification

    @_synchronise
    def verifier(self) -> list[EtatFichier]:
        """L'état de chaque fichier du dépôt (rien n'est modifié sur disque)."""
        return verification.verifier(self._dossiers, self._caches, self.lecture_seule)

    @_synchronise
    def reparer(self) -> list[str]:
        """Fait les réparations que `verifier` peut signaler ; rend ce qui a été fait.

        Supprime les fichiers temporaires orphelins, finit les effacements
        interrompus (déjà faits à l'ouverture), ramène à 0600/0700 les droits de
        ce que le dépôt possède et reconstruit les caches depuis les dossiers.
        Les fichiers endommagés ne sont jamais touchés : eux se restaurent depuis
        une sauvegarde."""
        self._exiger_ecriture()
        return verification.reparer(self._dossiers, self._caches)

    # ------------------------------------------------------------ RGPD

    @_synchronise
    def journal_rgpd(self) -> list[dict[str, Any]]:
        """Les lignes du journal d'audit RGPD (heure, événement, nombres)."""
        return self._journal.lignes()

    @_synchronise
    def reglages(self) -> Reglages:
        """Les réglages de la structure (`reglages.json`, sinon les valeurs par défaut)."""
        return lire_reglages(self.dossier / NOM_REGLAGES)

    @_synchronise
    def enregistrer_reglages(self, reglages: Reglages) -> None:
        """Écrit `reglages.json`."""
        self._exiger_ecriture()
        ecrire_reglages(self.dossier / NOM_REGLAGES, reglages)

    @_synchronise
    def exporter(self, adherent_id: str) -> ExportRgpd:
        """Tout ce qui est conservé sur une personne : les données JSON (`donnees`) et de
        quoi les rendre lisibles (`assistant.export.rgpd.markdown_export`)."""
        adherent = self.adherent(adherent_id)
        seances, illisibles = self.seances_lisibles(adherent_id)
        export = preparer_export(adherent, seances, illisibles)
        self._journal.noter("export", seances=len(seances))
        return export

    @_synchronise
    def effacer(self, adherent_id: str) -> None:
        """Efface tout le dossier d'un adhérent, sans laisser de trace dans le dépôt."""
        self._exiger_ecriture()
        if not est_identifiant(adherent_id) or (
            adherent_id not in self._caches.index.adherents
            and not self._dossiers.dossier_adherent(adherent_id).exists()
        ):
            raise AdherentInconnu(adherent_id)
        effacer_dossiers(self._dossiers, self._caches, self._journal, [adherent_id], "effacement")

    @_synchronise
    def a_purger(self, mois: int | None = None) -> list[ResumeAdherent]:
        """Les adhérents sans contact depuis plus de `mois` mois (réglage par défaut)."""
        duree = self.reglages().conservation_mois if mois is None else mois
        return a_purger(self._caches.index, duree)

    @_synchronise
    def purger(self, mois: int | None = None) -> list[ResumeAdherent]:
        """Efface les dossiers au-delà de la durée de conservation ; rend leur liste."""
        self._exiger_ecriture()
        resumes = self.a_purger(mois)
        if resumes:
            ids = [r.id for r in resumes]
            effacer_dossiers(self._dossiers, self._caches, self._journal, ids, "purge")
        return resumes
