"""Relire et exporter l'historique : séances, dossiers, Markdown et Word.

L'écriture Word (`assistant.export.word`, python-docx) n'est chargée qu'au
premier export en .docx. Ce paquet n'importe pas Textual : l'écran Historique, la commande
`entretien historique exporter` et les tests s'appuient sur les mêmes
fonctions.

    from assistant.export import exporter_dossier, lire_seance

    lecture = lire_seance(seance, catalogue, nom_adherent)
    exporter_dossier(depot, catalogue, adherent_id, Path("dossier.docx"), "docx")
"""

from assistant.export.document import Document, document_dossier, document_seance
from assistant.export.fichiers import (
    FORMATS,
    LIBELLES_FORMAT,
    Format,
    exporter_dossier,
    exporter_seance,
    format_du_chemin,
    lectures_dossier,
    nom_fichier,
    nom_structure,
    seances_lisibles,
    verifier_destination,
)
from assistant.export.lecture import (
    EchangeEtape,
    LectureSeance,
    NoteLibre,
    SuiviTache,
    duree_minutes,
    lire_seance,
    suivi_taches,
)
from assistant.export.markdown import en_markdown
from assistant.export.rgpd import markdown_export
from assistant.export.selection import (
    Filtres,
    SeanceIndexee,
    TraceSeance,
    lire_date,
    lire_periode,
    traces,
)

__all__ = [
    "FORMATS",
    "LIBELLES_FORMAT",
    "Document",
    "EchangeEtape",
    "Filtres",
    "Format",
    "LectureSeance",
    "NoteLibre",
    "SeanceIndexee",
    "SuiviTache",
    "TraceSeance",
    "document_dossier",
    "document_seance",
    "duree_minutes",
    "en_markdown",
    "exporter_dossier",
    "exporter_seance",
    "format_du_chemin",
    "lectures_dossier",
    "lire_date",
    "lire_periode",
    "lire_seance",
    "markdown_export",
    "nom_fichier",
    "nom_structure",
    "seances_lisibles",
    "suivi_taches",
    "traces",
    "verifier_destination",
]
