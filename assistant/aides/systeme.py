"""Les erreurs du système (disque, droits), dites en français."""

from __future__ import annotations

import errno

RAISONS_SYSTEME = {
    errno.ENOTDIR: "un fichier occupe la place d'un dossier",
    errno.EISDIR: "un dossier occupe la place d'un fichier",
    errno.ENOENT: "introuvable",
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.ENOSPC: "disque plein",
    errno.EROFS: "disque en lecture seule",
    errno.EDQUOT: "quota disque dépassé",
    errno.EEXIST: "existe déjà",
    errno.EIO: "erreur de lecture ou d'écriture du disque",
}
"""Les erreurs système courantes, en français."""


def raison_systeme(exc: BaseException) -> str:
    """La raison d'une erreur, en français quand c'est une erreur système connue."""
    if isinstance(exc, OSError):
        return RAISONS_SYSTEME.get(exc.errno or 0, exc.strerror or str(exc))
    return str(exc)
