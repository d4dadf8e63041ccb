"""Fixtures des tests du stockage."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture
def umask_standard() -> Iterator[None]:
    """Un umask courant (022) : les droits privés doivent venir du stockage."""
    ancien = os.umask(0o022)
    yield
    os.umask(ancien)
