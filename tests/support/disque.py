"""Regarder ce qui est écrit dans un dossier de données."""

from __future__ import annotations

import json
from pathlib import Path


def fichiers(dossier: Path) -> list[Path]:
    """Tous les fichiers sous `dossier`."""
    return sorted(p for p in dossier.rglob("*") if p.is_file())


def sur_disque(dossier: Path, texte: str) -> bool:
    """Vrai si `texte` est écrit quelque part dans le dossier de données (brut ou en JSON)."""
    formes = {texte.encode(), json.dumps(texte)[1:-1].encode()}
    return any(any(forme in f.read_bytes() for forme in formes) for f in fichiers(dossier))


def ecrire(dossier: Path, nom: str, contenu: str | bytes) -> Path:
    """Écrit un fichier (texte en UTF-8 ou octets) dans `dossier`, créé au besoin."""
    dossier.mkdir(parents=True, exist_ok=True)
    chemin = dossier / nom
    if isinstance(contenu, bytes):
        chemin.write_bytes(contenu)
    else:
        chemin.write_text(contenu, encoding="utf-8")
    return chemin
