"""Les règles de style : l'adhérent désigné à la troisième personne (« il
souhaite… », « elle a son permis ») au lieu de « vous » ; les civilités, les
prénoms et les pronoms qualifiés sont cherchés par `civilites`, `prenoms` et
`pronoms`.
"""

from __future__ import annotations

from assistant.redaction.lexique.personnes import VERBES_PERSONNE
from assistant.redaction.lexique.reformulations import SUGGESTIONS
from assistant.redaction.modele import Categorie, Regle, regle

C = Categorie


REGLES: tuple[Regle, ...] = (
    regle(
        C.style,
        r"il(?= " + VERBES_PERSONNE + r")",
        r"elle(?= " + VERBES_PERSONNE + r")",
        exige_avant=r"(?:^\W*|[:(\"]\s*|,\s*|\bet|\bmais|\bpuis|\bdonc|\bcar|\bensuite|"
        r"\balors|\bpourtant|\bcependant|\bpar contre|\bpar ailleurs|\bd'ailleurs|"
        r"\baujourd'hui|\bactuellement|\bdepuis|\bsinon|\bpuisqu'|\bparce qu'|\bquand|"
        r"\blorsqu'|\bsi|\bdes lors|\bdesormais|\benfin|\bfinalement)",
        suggestion=SUGGESTIONS[C.style],
    ),
    # « Il a son permis B », « Elle a un entretien jeudi » : en tête de phrase, un pronom
    # sujet d'« avoir » suivi d'un déterminant désigne une personne (« il y a » exclu).
    regle(
        C.style,
        r"(?:il|elle)(?= (?:a|avait|aura) (?:(?:deja|toujours|encore|aussi|bien|"
        r"maintenant|desormais) )?(?:son|sa|ses|un|une|deux|trois|quatre|\d+|plusieurs|"
        r"beaucoup|peu|le|la|les|l'|du|des|de la|votre|vos)(?![a-z0-9]))",
        exige_avant=r"^\W*",
        suggestion=SUGGESTIONS[C.style],
    ),
    # « Il a décroché un entretien », « Elle avait terminé sa formation » : en tête de
    # phrase, un pronom sujet d'un passé composé (« il a fallu », « il a été convenu »,
    # « il a lieu » exclus).
    regle(
        C.style,
        r"(?:il|elle)(?= (?:a|avait|aura|aurait) (?:(?:deja|bien|enfin|finalement|aussi|"
        r"encore|toujours|pas|jamais|rapidement|vite|recemment|egalement) )?"
        r"(?!fallu|ete|lieu|trait|besoin|peu|plu|vu que)[a-z]{2,}(?:e|i|u|is|it|ert|eint|aint|oint)"
        r"(?![a-z0-9']))",
        exige_avant=r"^\W*",
        suggestion=SUGGESTIONS[C.style],
    ),
)
