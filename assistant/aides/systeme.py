"""Les erreurs du système (disque, droits), dites en français.

La table des raisons vit dans `stockage.erreurs` (le stockage en a besoin
pour ses propres messages) : une seule source."""

from __future__ import annotations

from stockage.erreurs import RAISONS_SYSTEME, ErreurStockage, message_systeme, raison_systeme

__all__ = ["RAISONS_SYSTEME", "decrire_erreur", "message_systeme", "raison_systeme"]


def decrire_erreur(exc: BaseException) -> str:
    """Une erreur en une phrase française : le message du stockage, ou la raison
    système et le fichier en cause ; jamais « [Errno 28] No space left… »."""
    if isinstance(exc, ErreurStockage):
        return str(exc)
    if isinstance(exc, OSError):
        return message_systeme(exc)
    return str(exc)
