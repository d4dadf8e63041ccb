"""Les erreurs du stockage, chacune avec un message en français pour la personne.

Aucun message ne reprend de donnée personnelle (nom, réponses) : seulement des
chemins de fichiers et des identifiants.
"""

from __future__ import annotations

from pathlib import Path


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


class FichierEndommage(ErreurStockage):
    """Un fichier de données est illisible ; il n'a pas été modifié."""

    def __init__(self, chemin: Path, raison: str) -> None:
        self.chemin = chemin
        self.raison = raison
        super().__init__(
            f"Le fichier {chemin} est endommagé ({raison}). Il n'a pas été modifié "
            "et les autres dossiers restent utilisables. Restaurez-le depuis une "
            "sauvegarde, ou effacez ce dossier avec « entretien rgpd effacer »."
        )


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
