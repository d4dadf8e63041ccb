"""L'historique : retrouver un adhérent, suivre son parcours, relire et exporter ses séances.

Quatre écrans, dans l'ordre où on les traverse, un par module :

- `Historique` (`adherents`) : les adhérents (recherche au fil de la frappe,
  filtres par type d'entretien, période et statut) et, pour l'adhérent choisi,
  son parcours : la frise de ses séances et les tâches demandées à chacune,
  avec l'évolution de leur statut ;
- `FicheSeance` (`fiche`) : une séance en lecture seule (conversation, compte
  rendu, fiche Visual Course, tâches, constats RGPD), d'où l'on reprend une
  séance interrompue ;
- `RechercheSeances` (`recherche`) : la recherche plein texte dans toutes les
  séances, chaque résultat montré dans son contexte ;
- `DialogueExport` (`export`) : exporter une séance ou un dossier en Markdown
  ou en Word.

Leur style commun est dans `historique.tcss`, à côté d'eux. Tout texte saisi
(noms, réponses, notes) est affiché avec `Content(texte)`, jamais interprété
comme du balisage.
"""

from assistant.ecrans.historique.adherents import (
    AIDE_DATES,
    COLONNES,
    NOM_ECRAN,
    Historique,
    ouvrir_historique,
)
from assistant.ecrans.historique.export import DialogueExport
from assistant.ecrans.historique.fiche import FicheSeance, ouvrir_seance
from assistant.ecrans.historique.recherche import RechercheSeances

__all__ = [
    "AIDE_DATES",
    "COLONNES",
    "NOM_ECRAN",
    "DialogueExport",
    "FicheSeance",
    "Historique",
    "RechercheSeances",
    "ouvrir_historique",
    "ouvrir_seance",
]
