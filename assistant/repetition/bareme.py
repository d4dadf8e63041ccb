"""Le barème du retour de répétition (100 points) et son décompte.

Barème (100 points)
-------------------

=============  ======  =====================================================
Critère        Points  Ce qui fait perdre des points
=============  ======  =====================================================
cadre            30    6 par élément du cadre (objectifs, durée, lieu,
                       déontologie, déroulement) non convenu dans
                       l'introduction. La durée ne compte pas comme convenue
                       si elle ignore le retard de la persona (durée notée
                       supérieure à la durée du conducteur moins le retard)
                       ou le temps dont elle dit disposer.
consentement     10    10 si le conducteur a une étape de consentement et
                       qu'elle n'a pas de réponse, si une donnée personnelle
                       a été notée avant le consentement, ou si « oui » est
                       noté alors que la persona refuse ; 5 si l'étape est
                       passée sans réponse. Un refus respecté ne coûte rien.
travail          10    10 sans aucune tâche pour le prochain rendez-vous.
autonomie         5    5 si aucune tâche n'est à la charge de l'adhérent
                       (le travail en autonomie entre deux séances).
rendez-vous      10    10 sans date du prochain rendez-vous ; 5 s'il est
                       « à fixer » ; 5 si la date précède la fin de
                       l'entretien.
etapes           15    3 par étape obligatoire sans réponse ni raison
                       (hors étapes du cadre, du consentement, des tâches et
                       du rendez-vous, comptées à part), 15 au plus. Une
                       étape facultative passée avec sa raison, ou une étape
                       personnelle exclue faute de consentement, ne coûte
                       rien.
temps            10    4 si l'entretien dépasse de plus de 10 % la durée
                       convenue (celle du conducteur si elle n'est pas
                       notée) ; 2 par séquence qui dépasse son temps prévu
                       de plus de la moitié et d'au moins 3 minutes ; 10 au
                       plus.
rgpd             10    5 par constat dans ce que le stagiaire a écrit
                       (réponses en texte libre, tâches, raisons, notes),
                       10 au plus.
=============  ======  =====================================================
"""

from __future__ import annotations

from datetime import timedelta

from assistant.repetition.resultat import Critere
from etats import RAISON_CONSENTEMENT_NON_RECUEILLI, RAISON_CONSENTEMENT_REFUSE

BAREME: dict[str, tuple[str, int]] = {
    "cadre": ("Les cinq éléments du cadre convenus dans l'introduction", 30),
    "consentement": ("Le consentement recueilli avant toute donnée personnelle", 10),
    "travail": ("Le travail demandé pour le prochain rendez-vous", 10),
    "autonomie": ("Une tâche à la charge de l'adhérent", 5),
    "rendez-vous": ("La date du prochain rendez-vous", 10),
    "etapes": ("Les étapes obligatoires couvertes", 15),
    "temps": ("Le temps tenu, séquence par séquence", 10),
    "rgpd": ("Des écrits compatibles RGPD", 10),
}
"""Les critères : (libellé, points). Leur somme fait 100."""

POINTS_ELEMENT_CADRE = 6
POINTS_CONSENTEMENT = 10
POINTS_CONSENTEMENT_PASSE = 5
POINTS_SANS_TACHE = 10
POINTS_SANS_TACHE_ADHERENT = 5
POINTS_SANS_RDV = 10
POINTS_RDV_A_FIXER = 5
POINTS_RDV_PASSE = 5
POINTS_ETAPE_OUBLIEE = 3
POINTS_DEPASSEMENT = 4
POINTS_SEQUENCE = 2
POINTS_CONSTAT = 5

TOLERANCE_DEPASSEMENT = 0.10
"""Au-delà de 10 % de la durée convenue, l'entretien déborde."""
TOLERANCE_SEQUENCE = 0.5
"""Une séquence déborde au-delà de la moitié de son temps prévu…"""
MARGE_SEQUENCE = timedelta(minutes=3)
"""… et d'au moins 3 minutes."""

RAISONS_CONSENTEMENT = frozenset({RAISON_CONSENTEMENT_REFUSE, RAISON_CONSENTEMENT_NON_RECUEILLI})


class Bareme:
    """Les points perdus, critère par critère, plafonnés au maximum de chacun."""

    def __init__(self) -> None:
        self.pertes: dict[str, list[tuple[int, str]]] = {nom: [] for nom in BAREME}
        self.remarques: dict[str, list[str]] = {nom: [] for nom in BAREME}

    def perdre(self, critere: str, points: int, raison: str) -> None:
        deja = sum(p for p, _ in self.pertes[critere])
        reste = BAREME[critere][1] - deja
        if min(points, reste) > 0:
            self.pertes[critere].append((min(points, reste), raison))
        else:
            self.remarques[critere].append(f"{raison} (plafond du critère atteint)")

    def noter(self, critere: str, remarque: str) -> None:
        self.remarques[critere].append(remarque)

    def criteres(self) -> list[Critere]:
        return [
            Critere(
                nom=nom,
                libelle=libelle,
                maximum=maximum,
                obtenus=maximum - sum(p for p, _ in self.pertes[nom]),
                remarques=self.remarques[nom],
            )
            for nom, (libelle, maximum) in BAREME.items()
        ]

    def points_perdus(self) -> list[tuple[int, str]]:
        return [perte for nom in BAREME for perte in self.pertes[nom]]
