"""Les refus de la machine à états et l'erreur de conducteur modifié."""

from __future__ import annotations


class Refus(Exception):
    """Une action refusée par la machine à états.

    `raison` est une phrase en français qui nomme exactement ce qui manque ;
    `etape` est l'identifiant de l'étape où agir pour lever le refus (ou
    `None`), pour que l'interface propose d'y aller.
    """

    def __init__(self, raison: str, etape: str | None = None) -> None:
        super().__init__(raison)
        self.raison = raison
        self.etape = etape

    def __repr__(self) -> str:
        return f"Refus({self.raison!r}, etape={self.etape!r})"


class ConducteurModifie(Exception):
    """Le conducteur a changé depuis l'enregistrement de l'entretien.

    Un entretien ne se reprend qu'avec le conducteur exact qui l'a commencé :
    même identifiant, même version, même empreinte de contenu.
    """

    def __init__(
        self,
        message: str,
        *,
        attendu: tuple[str, str, str],
        trouve: tuple[str, str, str],
    ) -> None:
        super().__init__(message)
        self.message = message
        self.attendu = attendu
        """(identifiant, version, empreinte) enregistrés avec l'entretien."""
        self.trouve = trouve
        """(identifiant, version, empreinte) du conducteur fourni."""
