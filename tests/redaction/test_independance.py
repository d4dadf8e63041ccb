"""Le vérificateur est un module pur : il ne charge ni Textual ni la ligne de commande."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parents[2]


def test_importer_redaction_ne_charge_pas_textual() -> None:
    code = (
        "import sys\n"
        "from assistant.redaction import verifier\n"
        "verifier('Il est diabétique.')\n"
        "interdits = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')"
        " or m.startswith('assistant.cli') or m.startswith('stockage')]\n"
        "assert not interdits, interdits\n"
    )
    resultat = subprocess.run(
        [sys.executable, "-c", code], cwd=RACINE, capture_output=True, text=True, timeout=60
    )
    assert resultat.returncode == 0, resultat.stderr
