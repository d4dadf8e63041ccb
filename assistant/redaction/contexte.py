"""Le contexte d'une correspondance : la phrase autour d'elle, le contexte
professionnel ou personnel d'un mot ambigu, et le contrôle d'une règle
(`accepte` : mots exigés ou exclus avant, après, dans la phrase).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from assistant.redaction.lexique.grammaire import COPULES, POSSESSIFS
from assistant.redaction.lexique.metiers import CADRE_ACTIVITES, MOTS_METIER, RADICAUX_METIER
from assistant.redaction.lexique.personnes import VERBES_PERSONNELS
from assistant.redaction.motifs import Compilee
from assistant.redaction.normalisation import TexteNormalise, mots

_FENETRE = 120


DEBUT_PHRASE = re.compile(r"^\W*$")


@dataclass(slots=True)
class Contexte:
    """Ce qu'une règle voit autour d'une correspondance."""

    texte: str
    """Le texte d'origine."""
    normalise: TexteNormalise
    norme: str
    """Le texte normalisé."""
    fins: list[int]
    """Positions des fins de phrase dans le texte normalisé."""

    def debut_phrase(self, position: int) -> int:
        """Début de la phrase qui contient `position` (fenêtre bornée)."""
        rang = bisect_left(self.fins, position)
        debut = self.fins[rang - 1] + 1 if rang else 0
        return max(debut, position - _FENETRE)

    def fin_phrase(self, position: int) -> int:
        """Fin de la phrase qui contient `position` (fenêtre bornée)."""
        rang = bisect_right(self.fins, position)
        fin = self.fins[rang] if rang < len(self.fins) else len(self.norme)
        return min(fin, position + _FENETRE)


def est_metier(mot: str) -> bool:
    return mot in MOTS_METIER or mot.startswith(RADICAUX_METIER)


def contexte_sensible(ctx: Contexte, debut: int, fin: int) -> bool:
    """Pour un mot ambigu : vrai s'il parle de la personne, faux s'il parle du métier.

    Le mot le plus proche avant l'emporte : « vous êtes à l'hôpital »
    (la personne), « stage à l'hôpital » (le métier). Sans indice avant,
    un mot de métier juste après suffit (« l'hôpital recrute »). Sans aucun
    indice, prudence : le mot est signalé.
    """
    avant = mots(ctx.norme[ctx.debut_phrase(debut) : debut])[-7:]
    copule = False
    for rang, mot in enumerate(reversed(avant)):
        if (rang == 0 and mot in POSSESSIFS) or mot in VERBES_PERSONNELS:
            return True
        if est_metier(mot):
            # « votre conseillère au SPIP », « son éducateur à l'IME » : un interlocuteur
            # de la personne, pas son métier (« votre poste au CHU » reste le métier).
            precedent = avant[-rang - 2] if rang + 2 <= len(avant) else ""
            return precedent in POSSESSIFS and not mot.startswith(CADRE_ACTIVITES)
        copule = copule or mot in COPULES
    if copule:
        return True
    apres = mots(ctx.norme[fin : ctx.fin_phrase(fin)])[:3]
    return not any(est_metier(mot) for mot in apres)


def accepte(c: Compilee, ctx: Contexte, debut: int, fin: int) -> bool:
    norme = ctx.norme
    if c.exige_avant is not None or c.sauf_avant is not None:
        fenetre = norme[ctx.debut_phrase(debut) : debut]
        if c.exige_avant is not None and not c.exige_avant.search(fenetre):
            return False
        if c.sauf_avant is not None and c.sauf_avant.search(fenetre):
            return False
    if c.exige_apres is not None or c.sauf_apres is not None:
        fin_phrase = ctx.fin_phrase(fin)
        if c.exige_apres is not None and not c.exige_apres.match(norme, fin, fin_phrase):
            return False
        if c.sauf_apres is not None and c.sauf_apres.match(norme, fin, fin_phrase):
            return False
    if c.sauf_phrase is not None and c.sauf_phrase.search(
        norme, ctx.debut_phrase(debut), ctx.fin_phrase(fin)
    ):
        return False
    if c.regle.ambigu and not contexte_sensible(ctx, debut, fin):
        return False
    return c.regle.condition is None or c.regle.condition(ctx, debut, fin)
