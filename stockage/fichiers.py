"""Écritures sûres sur disque : fichiers atomiques, dossiers privés, verrou.

Toute écriture passe par `ecrire_atomique` : un fichier temporaire dans le
même dossier, `fsync`, `os.replace`, puis `fsync` du dossier. Un arrêt brutal
(`kill -9`, coupure de courant) laisse soit l'ancienne version, soit la
nouvelle, jamais un fichier à moitié écrit ; au pire un fichier temporaire
orphelin, que `balayer_temporaires` supprime au démarrage suivant.

Fichiers en `0600`, dossiers en `0700` : un autre compte de la machine ne lit
rien.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from stockage.erreurs import DossierVerrouille, ErreurDisque

MODE_FICHIER = 0o600
"""Lecture et écriture pour le seul propriétaire."""
MODE_DOSSIER = 0o700
"""Accès pour le seul propriétaire."""
PREFIXE_TEMPORAIRE = ".tmp-"
"""Début du nom de tout fichier temporaire : le balayage s'y fie."""

_POSIX = os.name == "posix"


def fsync_dossier(dossier: Path) -> None:
    """Rend durable la liste des fichiers d'un dossier (créations, renommages)."""
    if not _POSIX:  # pragma: no cover - Windows n'ouvre pas les dossiers
        return
    fd = os.open(dossier, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def creer_dossier(dossier: Path) -> bool:
    """Crée un dossier privé (et ses parents) ; rend vrai s'il a été créé.

    Les dossiers créés sont rendus durables (fsync du parent)."""
    if dossier.is_dir():
        return False
    parent = dossier.parent
    if parent != dossier and not parent.exists():
        creer_dossier(parent)
    try:
        os.mkdir(dossier, MODE_DOSSIER)
    except FileExistsError:
        return False
    os.chmod(dossier, MODE_DOSSIER)
    fsync_dossier(parent)
    return True


def proteger_dossier(dossier: Path) -> None:
    """Ramène un dossier existant à `0700` s'il est plus ouvert."""
    if _POSIX and dossier.stat().st_mode & 0o077:
        os.chmod(dossier, MODE_DOSSIER)


def nom_temporaire(chemin: Path) -> Path:
    """Un nom de fichier temporaire unique, dans le même dossier que `chemin`."""
    return chemin.with_name(f"{PREFIXE_TEMPORAIRE}{chemin.name}-{secrets.token_hex(6)}")


def ecrire_atomique(chemin: Path, contenu: bytes | Iterable[bytes | memoryview]) -> None:
    """Remplace `chemin` par `contenu`, de façon atomique et durable.

    `contenu` peut être un itérable de morceaux, écrit au fil de l'eau (les gros
    fichiers ne sont jamais copiés en mémoire). En cas d'erreur, le fichier
    temporaire est supprimé et l'ancien fichier reste intact."""
    temporaire = nom_temporaire(chemin)
    drapeaux = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temporaire, drapeaux, MODE_FICHIER)
    except OSError as exc:
        raise _nommer(exc, chemin) from exc
    try:
        try:
            if _POSIX:
                os.fchmod(fd, MODE_FICHIER)
            morceaux = [contenu] if isinstance(contenu, bytes) else contenu
            for morceau in morceaux:
                vue = memoryview(morceau)
                while vue:
                    ecrits = os.write(fd, vue)
                    vue = vue[ecrits:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporaire, chemin)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporaire)
        if isinstance(exc, OSError):
            raise _nommer(exc, chemin) from exc
        raise
    fsync_dossier(chemin.parent)


def _nommer(exc: OSError, chemin: Path) -> OSError:
    """La même erreur, nommant le fichier visé (plutôt que le temporaire, ou rien)."""
    nom = exc.filename
    if nom is not None and not os.path.basename(str(nom)).startswith(PREFIXE_TEMPORAIRE):
        return exc
    return OSError(exc.errno, exc.strerror, str(chemin))


def ajouter_ligne(chemin: Path, ligne: bytes) -> None:
    """Ajoute une ligne en fin de fichier (journal en ajout seul), durablement."""
    existait = chemin.exists()
    drapeaux = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(chemin, drapeaux, MODE_FICHIER)
        try:
            if _POSIX:
                os.fchmod(fd, MODE_FICHIER)
            os.write(fd, ligne if ligne.endswith(b"\n") else ligne + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        if not existait:
            fsync_dossier(chemin.parent)
    except OSError as exc:
        raise _nommer(exc, chemin) from exc


def supprimer(chemin: Path) -> None:
    """Supprime un fichier s'il existe, durablement."""
    try:
        os.unlink(chemin)
    except FileNotFoundError:
        return
    fsync_dossier(chemin.parent)


def supprimer_arborescence(dossier: Path) -> None:
    """Supprime un dossier et tout son contenu, durablement."""
    if dossier.exists():
        shutil.rmtree(dossier)
        fsync_dossier(dossier.parent)


def est_temporaire(nom: str) -> bool:
    """Vrai pour un fichier temporaire laissé par une écriture interrompue."""
    return nom.startswith(PREFIXE_TEMPORAIRE)


def balayer_temporaires(dossier: Path, recursif: bool = False) -> list[Path]:
    """Supprime les fichiers temporaires orphelins ; rend ceux supprimés."""
    supprimes: list[Path] = []
    if not dossier.is_dir():
        return supprimes
    with os.scandir(dossier) as entrees:
        for entree in entrees:
            if est_temporaire(entree.name) and entree.is_file(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entree.path)
                    supprimes.append(Path(entree.path))
            elif recursif and entree.is_dir(follow_symlinks=False):
                supprimes.extend(balayer_temporaires(Path(entree.path), recursif=True))
    if supprimes:
        fsync_dossier(dossier)
    return supprimes


class Verrou:
    """Verrou d'un dossier de données : exclusif pour écrire, partagé pour lire.

    Sous POSIX, le verrou (`flock`) porte sur le dossier de données lui-même,
    pas sur un fichier : supprimer un fichier ne le libère pas, et un dossier
    qui contient des données ne se supprime pas par mégarde. Le fichier annexe
    `.verrou` ne garde que le numéro du processus qui écrit, pour le message
    d'un second processus. Ailleurs (ou si le système refuse de verrouiller un
    dossier), le verrou porte sur `.verrou`. Le système relâche le verrou de
    lui-même si le processus meurt, même par `kill -9`."""

    NOM = ".verrou"

    def __init__(self, dossier: Path, partage: bool = False) -> None:
        self.dossier = dossier
        self.chemin = dossier / self.NOM
        self.partage = partage
        self._fd: int | None = None
        self._fd_pid: int | None = None

    def prendre(self) -> None:
        """Prend le verrou, ou lève `DossierVerrouille` s'il est déjà pris."""
        fd = self._verrou_dossier() if _POSIX else None
        if fd is None:
            fd = self._verrou_fichier()
        self._fd = fd
        if not self.partage:
            self._noter_pid()

    def _verrou_dossier(self) -> int | None:
        try:
            fd = os.open(self.dossier, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError as exc:
            raise ErreurDisque(self.dossier, exc, "ouvrir le dossier de données") from None
        try:
            _verrouiller(fd, self.partage)
        except BlockingIOError:
            os.close(fd)
            raise DossierVerrouille(self.dossier, self._pid_note()) from None
        except OSError:
            os.close(fd)  # système de fichiers sans verrou de dossier : fichier annexe
            return None
        return fd

    def _verrou_fichier(self) -> int:
        try:
            fd = os.open(self.chemin, os.O_RDWR | os.O_CREAT, MODE_FICHIER)
        except OSError as exc:
            if not self.partage or not self.chemin.exists():
                raise ErreurDisque(self.chemin, exc, "ouvrir le fichier de verrou") from None
            try:
                fd = os.open(self.chemin, os.O_RDONLY)
            except OSError as exc2:
                raise ErreurDisque(self.chemin, exc2, "ouvrir le fichier de verrou") from None
        try:
            _verrouiller(fd, self.partage)
        except BlockingIOError:
            autre = _lire_pid(fd)
            os.close(fd)
            raise DossierVerrouille(self.dossier, autre) from None
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _pid_note(self) -> int | None:
        try:
            fd = os.open(self.chemin, os.O_RDONLY)
        except OSError:
            return None
        try:
            return _lire_pid(fd)
        finally:
            os.close(fd)

    def _noter_pid(self) -> None:
        """Note le processus qui écrit dans `.verrou` (indicatif : un échec est sans gravité)."""
        try:
            fd = os.open(self.chemin, os.O_RDWR | os.O_CREAT, MODE_FICHIER)
        except OSError:
            return
        try:
            if _POSIX:
                os.fchmod(fd, MODE_FICHIER)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            os.close(fd)
            return
        if fd == self._fd:  # pragma: no cover - jamais le même descripteur
            return
        self._fd_pid = fd

    def relacher(self) -> None:
        """Relâche le verrou (sans supprimer le fichier annexe)."""
        if self._fd_pid is not None:
            fd_pid, self._fd_pid = self._fd_pid, None
            with contextlib.suppress(OSError):
                os.ftruncate(fd_pid, 0)
            os.close(fd_pid)
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    @property
    def pris(self) -> bool:
        """Vrai tant que ce processus tient le verrou."""
        return self._fd is not None


def _lire_pid(fd: int) -> int | None:
    try:
        texte = os.pread(fd, 32, 0).decode("ascii").strip() if _POSIX else ""
        return int(texte) if texte else None
    except (OSError, ValueError, UnicodeDecodeError):
        return None


if sys.platform == "win32":  # pragma: no cover - non testé ici
    import msvcrt

    def _verrouiller(fd: int, partage: bool = False) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise BlockingIOError(str(exc)) from exc

else:
    import fcntl

    def _verrouiller(fd: int, partage: bool = False) -> None:
        fcntl.flock(fd, (fcntl.LOCK_SH if partage else fcntl.LOCK_EX) | fcntl.LOCK_NB)
