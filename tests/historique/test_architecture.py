"""`assistant.export` est pur : il s'importe, et exporte, sans charger Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
import assistant.export, assistant.export.word, assistant.export.selection
charges = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')
print(','.join(charges))
"""


def test_export_sans_textual() -> None:
    resultat = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=RACINE,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert resultat.returncode == 0, resultat.stderr
    assert resultat.stdout.strip() == ""
