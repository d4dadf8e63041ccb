"""Lancer la commande `entretien` dans le processus du test et relever ce qu'elle dit."""

from __future__ import annotations

import pytest

from assistant.cli import main


def lancer_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """(code de sortie, sortie, erreurs) ; une sortie d'argparse rend son code ; jamais de trace."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    sortie = capsys.readouterr()
    assert "Traceback" not in sortie.out + sortie.err
    return code, sortie.out, sortie.err
