"""Exporter une séance ou un dossier dans un fichier (Markdown ou Word).

Les fichiers sont écrits d'un bloc (fichier temporaire puis remplacement) et
en `0600` : ils contiennent des données personnelles. Chaque export est noté
dans le journal d'audit RGPD du dossier de données (heure, identifiant,
nombre de séances ; jamais de contenu).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from assistant.export.document import Document, document_dossier, document_seance
from assistant.export.lecture import LectureSeance, lire_seance
from assistant.export.markdown import en_markdown
from conducteurs.chargeur import Catalogue
from stockage import Adherent, Depot, ErreurStockage, FichierEndommage, Seance
from stockage.controle import NOM_JOURNAL
from stockage.erreurs import message_systeme
from stockage.fichiers import ecrire_atomique
from stockage.modeles import maintenant
from stockage.rgpd import journaliser
from stockage.texte import normaliser

Format = Literal["md", "docx"]
"""Le format d'un export : Markdown ou Word."""
FORMATS: tuple[Format, ...] = ("md", "docx")
LIBELLES_FORMAT: dict[Format, str] = {"md": "Markdown", "docx": "Word"}
EXTENSIONS: dict[str, Format] = {".md": "md", ".markdown": "md", ".docx": "docx"}


def format_du_chemin(chemin: Path) -> Format | None:
    """Le format que suggère l'extension du fichier, s'il y en a un."""
    return EXTENSIONS.get(chemin.suffix.lower())


def nom_structure(depot: Depot) -> str:
    """Le nom de la structure, lu dans les réglages (`nom_structure`) ; vide sinon.

    Un réglage illisible n'empêche pas d'exporter."""
    try:
        return depot.reglages().nom_structure.strip()
    except ErreurStockage:
        return ""


def _morceau(texte: str) -> str:
    return "-".join(normaliser(texte).decode("ascii").split())[:40].strip("-")


def nom_fichier(adherent: str, format_: Format, seance: Seance | None = None) -> str:
    """Un nom de fichier lisible : « dossier-marie-dupont.md »,
    « seance-marie-dupont-2026-11-30-premier-accueil.docx »."""
    nom = _morceau(adherent) or "adherent"
    if seance is None:
        return f"dossier-{nom}.{format_}"
    jour = seance.debut.astimezone().date().isoformat()
    return f"seance-{nom}-{jour}-{_morceau(seance.conducteur_id) or 'entretien'}.{format_}"


def rendre(document: Document, format_: Format) -> bytes:
    """Le document dans le format demandé, en octets."""
    if format_ == "docx":
        from assistant.export.word import en_docx  # python-docx : chargé à la demande

        return en_docx(document)
    return en_markdown(document).encode("utf-8")


def ecrire(chemin: Path, contenu: bytes) -> None:
    """Écrit le fichier d'un bloc, en `0600`."""
    ecrire_atomique(chemin, contenu)


def seances_lisibles(depot: Depot, adherent_id: str) -> tuple[list[Seance], int]:
    """Les séances de l'adhérent (hors répétition) et le nombre de fichiers illisibles."""
    try:
        seances = depot.seances(adherent_id)
        illisibles = 0
    except FichierEndommage:
        from assistant.export.selection import traces

        seances, illisibles = [], 0
        for trace in traces(depot):
            if trace.adherent_id != adherent_id:
                continue
            try:
                seances.append(depot.seance(trace.id))
            except ErreurStockage:
                illisibles += 1
        seances.sort(key=lambda s: (s.debut, s.id))
    return [s for s in seances if not s.repetition], illisibles


def lectures_dossier(
    depot: Depot, catalogue: Catalogue | None, adherent_id: str
) -> tuple[Adherent, list[LectureSeance]]:
    """La fiche de l'adhérent et ses séances relues, de la plus ancienne à la plus récente."""
    adherent = depot.adherent(adherent_id)
    seances, _ = seances_lisibles(depot, adherent_id)
    return adherent, [lire_seance(s, catalogue, adherent.nom, rgpd=False) for s in seances]


def _journaliser(depot: Depot, adherent_id: str, seances: int) -> None:
    try:
        journaliser(depot.dossier / NOM_JOURNAL, "export_historique", seances=seances)
    except OSError as exc:
        depot.avertissements.append(
            f"L'export n'a pas pu être noté au journal RGPD ({message_systeme(exc)})."
        )


def exporter_seance(
    depot: Depot,
    catalogue: Catalogue | None,
    seance_id: str,
    chemin: Path,
    format_: Format,
    exporte_le: dt.datetime | None = None,
) -> Path:
    """Écrit l'export d'une séance ; rend le chemin écrit."""
    seance = depot.seance(seance_id)
    adherent = depot.adherent(seance.adherent_id)
    lecture = lire_seance(seance, catalogue, adherent.nom, rgpd=False)
    document = document_seance(lecture, nom_structure(depot), exporte_le or maintenant())
    ecrire(chemin, rendre(document, format_))
    _journaliser(depot, adherent.id, 1)
    return chemin


def exporter_dossier(
    depot: Depot,
    catalogue: Catalogue | None,
    adherent_id: str,
    chemin: Path,
    format_: Format,
    exporte_le: dt.datetime | None = None,
) -> Path:
    """Écrit l'export du dossier entier d'un adhérent ; rend le chemin écrit."""
    adherent, lectures = lectures_dossier(depot, catalogue, adherent_id)
    document = document_dossier(
        adherent, lectures, nom_structure(depot), exporte_le or maintenant()
    )
    ecrire(chemin, rendre(document, format_))
    _journaliser(depot, adherent.id, len(lectures))
    return chemin


def verifier_destination(chemin: Path, ecraser: bool) -> str | None:
    """Un message français si le fichier ne peut pas être écrit là ; None sinon."""
    if chemin.is_dir():
        return f"{chemin} est un dossier : indiquez un nom de fichier."
    if not chemin.parent.is_dir():
        return f"le dossier {chemin.parent} n'existe pas : créez-le ou choisissez-en un autre."
    if chemin.exists() and not ecraser:
        return f"le fichier {chemin} existe déjà : choisissez un autre nom ou remplacez-le."
    return None
