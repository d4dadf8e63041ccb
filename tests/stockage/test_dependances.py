"""Le stockage n'importe ni l'interface (textual) ni le paquet `assistant`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parents[2]


def test_stockage_n_importe_pas_textual() -> None:
    code = (
        "import sys, stockage, stockage.depot, stockage.caches, stockage.convertisseurs, "
        "stockage.corpus, stockage.demarrage, stockage.dossiers, stockage.fichiers, "
        "stockage.index, stockage.migrations, stockage.modeles, stockage.recherche, "
        "stockage.reglages, stockage.rgpd, stockage.texte, stockage.tinydb_atomique, "
        "stockage.verification\n"
        "interdits = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'assistant', 'rich'))\n"
        "print(interdits)\n"
    )
    resultat = subprocess.run(
        [sys.executable, "-c", code], cwd=RACINE, capture_output=True, text=True, check=True
    )
    assert resultat.stdout.strip() == "[]"
