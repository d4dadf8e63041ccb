"""Les erreurs du stockage, chacune avec un message en français pour la personne.

Aucun message ne reprend de donnée personnelle (nom, réponses) : seulement des
chemins de fichiers et des identifiants.
"""

from __future__ import annotations

import errno
from pathlib import Path

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
    errno.ELOOP: "trop de liens symboliques (boucle)",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EMFILE: "trop de fichiers ouverts",
    errno.ENXIO: "périphérique absent",
    errno.ENODEV: "périphérique absent",
    errno.EBUSY: "ressource occupée",
    errno.EFBIG: "fichier trop gros",
    errno.ETXTBSY: "fichier occupé",
}
"""Les erreurs système courantes, en français."""


def raison_systeme(exc: BaseException) -> str:
    """La raison d'une erreur système, en français (jamais le texte « [Errno …] »)."""
    if isinstance(exc, OSError):
        connue = RAISONS_SYSTEME.get(exc.errno or 0)
        if connue is not None:
            return connue
        return f"erreur système n° {exc.errno}" if exc.errno else "erreur système"
    return str(exc)


def message_systeme(exc: OSError, chemin: Path | str | None = None) -> str:
    """« disque plein (fichier /x/y) » : la raison en français et le fichier en cause."""
    cible = chemin if chemin is not None else exc.filename
    if isinstance(cible, bytes):
        cible = cible.decode("utf-8", "replace")
    return f"{raison_systeme(exc)} (fichier {cible})" if cible else raison_systeme(exc)


class ErreurStockage(Exception):
    """Erreur du stockage dont le message peut être montré tel quel."""


class DossierVerrouille(ErreurStockage):
    """Le dossier de données est déjà ouvert par un autre processus."""

    def __init__(self, dossier: Path, pid: int | None = None) -> None:
        self.dossier = dossier
        self.pid = pid
        qui = f" (processus {pid})" if pid else ""
        super().__init__(
            f"Le dossier de données {dossier} est déjà utilisé par un autre "
            f"programme « entretien »{qui}. Fermez-le, puis réessayez."
        )


class LectureSeule(ErreurStockage):
    """Une modification a été demandée à un dépôt ouvert en lecture."""

    def __init__(self, dossier: Path) -> None:
        self.dossier = dossier
        super().__init__(
            f"Le dossier de données {dossier} est ouvert en lecture seule : rien n'a été modifié."
        )


CONSEIL_DOSSIER = (
    "Il n'a pas été modifié et les autres dossiers restent utilisables. Restaurez-le "
    "depuis une sauvegarde, ou effacez ce dossier avec « entretien rgpd effacer »."
)
"""Le conseil pour un fichier d'adhérent ou de séance illisible."""


class FichierEndommage(ErreurStockage):
    """Un fichier de données est illisible ; il n'a pas été modifié."""

    def __init__(self, chemin: Path, raison: str, conseil: str = CONSEIL_DOSSIER) -> None:
        self.chemin = chemin
        self.raison = raison
        super().__init__(f"Le fichier {chemin} est endommagé ou illisible ({raison}). {conseil}")


class DossierEtranger(ErreurStockage):
    """Le dossier indiqué n'est pas un dossier de données de l'assistant : on n'y touche pas."""

    def __init__(self, dossier: Path) -> None:
        self.dossier = dossier
        super().__init__(
            f"Le dossier {dossier} n'est pas vide et n'est pas un dossier de données de "
            "l'assistant (pas de version.json) : il n'a pas été modifié. Indiquez avec "
            "--donnees (ou ENTRETIEN_DONNEES) un dossier de données existant, un dossier "
            "vide ou un dossier à créer."
        )


class PasUnDossier(ErreurStockage):
    """Le chemin indiqué comme dossier de données est un fichier (ou un périphérique)."""

    def __init__(self, chemin: Path) -> None:
        self.chemin = chemin
        super().__init__(
            f"{chemin} n'est pas un dossier : indiquez un dossier de données avec "
            "--donnees (ou ENTRETIEN_DONNEES)."
        )


class DossierAbsent(ErreurStockage):
    """Le dossier de données n'existe pas (une lecture ne le crée jamais)."""

    def __init__(self, dossier: Path) -> None:
        self.dossier = dossier
        super().__init__(
            f"Le dossier de données {dossier} n'existe pas : aucun dossier d'adhérent. "
            "Vérifiez --donnees (ou ENTRETIEN_DONNEES)."
        )


class ErreurDisque(ErreurStockage):
    """Une lecture ou une écriture a échoué (disque plein, droits…) ; le fichier est nommé."""

    def __init__(self, chemin: Path, exc: OSError, action: str = "écrire") -> None:
        self.chemin = chemin
        self.errno = exc.errno
        super().__init__(f"Impossible d'{action} {chemin} : {raison_systeme(exc)}.")


class SchemaTropRecent(ErreurStockage):
    """Les données viennent d'une version plus récente de l'assistant."""

    def __init__(self, chemin: Path, version: int, connue: int) -> None:
        self.chemin = chemin
        self.version = version
        super().__init__(
            f"Le fichier {chemin} a été écrit par une version plus récente de "
            f"l'assistant (schéma {version}, cette version connaît le schéma "
            f"{connue}). Mettez l'assistant à jour ; rien n'a été modifié."
        )


class AdherentInconnu(ErreurStockage):
    """Aucun adhérent ne porte cet identifiant."""

    def __init__(self, adherent_id: str) -> None:
        self.adherent_id = adherent_id
        super().__init__(f"Aucun adhérent n'a l'identifiant {adherent_id}.")


class SeanceInconnue(ErreurStockage):
    """Aucune séance ne porte cet identifiant."""

    def __init__(self, seance_id: str) -> None:
        self.seance_id = seance_id
        super().__init__(f"Aucune séance n'a l'identifiant {seance_id}.")


class TacheInconnue(ErreurStockage):
    """Aucune tâche de cet adhérent ne porte cet identifiant."""

    def __init__(self, tache_id: str) -> None:
        self.tache_id = tache_id
        super().__init__(f"Aucune tâche n'a l'identifiant {tache_id} pour cet adhérent.")


class DepotFerme(ErreurStockage):
    """Le dépôt a été fermé ; il faut le rouvrir."""

    def __init__(self) -> None:
        super().__init__("Le dépôt de données est fermé : rouvrez-le avant de l'utiliser.")
