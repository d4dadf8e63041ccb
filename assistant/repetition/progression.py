"""La progression d'un stagiaire d'une répétition à l'autre, en une ligne de terminal."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.repetition.resultat import Retour

BARRES = "▁▂▃▄▅▆▇█"
"""Les huit hauteurs de la petite courbe des scores."""

NOMBRE_MAX_POINTS = 20
"""La courbe montre au plus les 20 dernières répétitions."""


def progression(retours: Sequence[Retour]) -> str:
    """La progression des scores au fil des répétitions, en petite courbe de terminal.

    Les retours sont classés par date ; la courbe (▁ pour 0, █ pour 100) est
    suivie des valeurs, alignées sous chaque barre, puis d'un résumé.
    """
    if not retours:
        return "Aucune répétition pour l'instant."
    ordonnes = sorted(retours, key=lambda r: r.date)
    montres = ordonnes[-NOMBRE_MAX_POINTS:]
    scores = [r.score for r in montres]
    largeur = 4
    barres = "".join(
        BARRES[min(score * len(BARRES) // 101, len(BARRES) - 1)].center(largeur) for score in scores
    )
    valeurs = "".join(str(score).center(largeur) for score in scores)
    titre = f"Progression sur {len(ordonnes)} répétition(s)"
    if len(ordonnes) > len(montres):
        titre += f" (les {len(montres)} dernières)"
    dernier = ordonnes[-1].score
    resume = f"Dernier score : {dernier}/100"
    if len(ordonnes) > 1:
        ecart = dernier - ordonnes[-2].score
        resume += f" ({ecart:+d} par rapport à la précédente)"
    tous = [r.score for r in ordonnes]
    resume += f" · meilleur : {max(tous)} · moyenne : {round(sum(tous) / len(tous))}"
    premiere, derniere = f"{ordonnes[0].date:%d/%m/%Y}", f"{ordonnes[-1].date:%d/%m/%Y}"
    dates = f"Le {premiere}" if premiere == derniere else f"Du {premiere} au {derniere}"
    return "\n".join([titre, barres.rstrip(), valeurs.rstrip(), resume, dates])
