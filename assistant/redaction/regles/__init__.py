"""Les règles du vérificateur, une famille de mots par règle, un module par catégorie.

Chaque règle (`modele.Regle`) décrit une **famille de mots** (radicaux et
variantes : pluriels, féminins, abréviations), sur le texte normalisé :
minuscules, sans accents, tirets changés en espaces (voir `normalisation`).
Ses listes de mots sont des données, dans `assistant.redaction.lexique` ;
l'écriture des motifs est expliquée dans `motifs`.

Le contexte évite les fausses alertes sur la vie professionnelle :

- les **expressions neutres** (catégorie `None`, `regles.neutres`) masquent ce
  qu'elles recouvrent : « secteur de la santé », « administration pénitentiaire » ;
- une règle **ambiguë** (« hôpital », « handicap », « prison ») se tait quand
  le mot le plus proche avant elle relève du métier (« stage à l'hôpital »,
  « travailler auprès de personnes en situation de handicap ») et parle quand
  il désigne la personne (« vous êtes à l'hôpital », « son handicap ») : voir
  `contexte.contexte_sensible` ;
- le **cadre professionnel** (`cadre.cadre_professionnel`, pour toutes les
  catégories sensibles) fait taire un mot complément d'un mot de travail, d'employeur,
  de formation ou d'études (« agent d'entretien dans un centre de dialyse », « juriste
  en droit des étrangers ») et laisse parler « vous allez au centre de dialyse » ;
- `exige_avant`, `sauf_avant`, `exige_apres`, `sauf_apres`, `sauf_phrase`
  précisent le contexte d'un mot à plusieurs sens (« enceinte »,
  « soudure TIG », « prière de rappeler ») ; `condition` reçoit le contexte et
  la correspondance pour les cas qu'un motif ne dit pas (le genre du sujet et
  celui du partenaire, dans `regles.vie_sexuelle`).

Dans chaque module de catégorie, `REGLES` est le premier lexique (surtout des
noms et des formes figées) et `FAMILLES` les règles ajoutées pour généraliser
(conjugaisons, adjectifs des noms, locutions, argot), écrites avec les formes
de `flexions`. L'ordre des deux tuples ci-dessous est celui où les règles sont
essayées : pour un même passage et une même catégorie, la première règle
acceptée donne sa reformulation.
"""

from __future__ import annotations

from assistant.redaction.lexique.reformulations import SENSIBLES
from assistant.redaction.modele import Regle
from assistant.redaction.regles import (
    genetique,
    judiciaire,
    jugement,
    neutres,
    opinions,
    origine,
    religion,
    sante,
    style,
    syndicat,
    vie_sexuelle,
)

__all__ = ["FAMILLES", "REGLES", "SENSIBLES", "Regle"]

REGLES: tuple[Regle, ...] = (
    *neutres.REGLES,
    *jugement.MANIPULATION,
    *sante.REGLES,
    *origine.REGLES,
    *opinions.REGLES,
    *religion.REGLES,
    *syndicat.REGLES,
    *vie_sexuelle.REGLES,
    *genetique.REGLES,
    *judiciaire.REGLES,
    *jugement.REGLES,
    *style.REGLES,
)
"""Le premier lexique, dans l'ordre où les règles sont essayées."""

FAMILLES: tuple[Regle, ...] = (
    *sante.FAMILLES,
    *religion.FAMILLES,
    *judiciaire.FAMILLES,
    *jugement.FAMILLES,
    *vie_sexuelle.FAMILLES,
    *origine.FAMILLES,
    *syndicat.FAMILLES,
    *opinions.FAMILLES,
    *opinions.FAMILLES_MARQUEES,
    *opinions.FAMILLES_MANDATS,
    *genetique.FAMILLES,
)
"""Les règles de généralisation, essayées après le premier lexique."""
