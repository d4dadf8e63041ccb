"""Écrire un export en Word (.docx), le format qu'échangent les structures.

Le nom de la structure va en en-tête de page, la date d'export en pied de
page ; le document est marqué en français (correcteur, propriétés). Les
caractères qu'un fichier Word ne peut pas contenir (caractères de contrôle
collés par erreur) sont retirés ; tout le reste est écrit tel quel.
"""

from __future__ import annotations

import io
import re

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from assistant.export.document import Champ, Document, Paragraphe, Puce, Titre
from assistant.export.lecture import date_heure
from stockage.texte import rendre_visible

_INTERDITS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
GRIS = RGBColor(0x59, 0x59, 0x59)


def propre(texte: str) -> str:
    """Le texte pour un fichier Word : contrôles en symboles visibles (␛, ␀…), sans les
    caractères qu'un fichier Word ne peut pas contenir."""
    texte = rendre_visible(texte.replace("\r\n", "\n").replace("\r", "\n"))
    return _INTERDITS.sub("", texte)


def _langue_francaise(document: docx.document.Document) -> None:
    """Marque le style de base en français (correcteur orthographique)."""
    proprietes = document.styles["Normal"].element.get_or_add_rPr()
    langue = OxmlElement("w:lang")
    langue.set(qn("w:val"), "fr-FR")
    langue.set(qn("w:eastAsia"), "fr-FR")
    proprietes.append(langue)


def _discret(paragraphe: Paragraph) -> None:
    for morceau in paragraphe.runs:
        morceau.italic = True
        morceau.font.color.rgb = GRIS


def en_docx(document: Document) -> bytes:
    """Le document au format Word (.docx), en octets."""
    sortie = docx.Document()
    _langue_francaise(sortie)
    sortie.styles["Normal"].font.size = Pt(11)
    proprietes = sortie.core_properties
    proprietes.title = propre(document.titre)[:255]
    proprietes.author = propre(document.structure)[:255]
    proprietes.last_modified_by = propre(document.structure)[:255]
    proprietes.language = "fr-FR"
    proprietes.created = document.exporte_le
    proprietes.modified = document.exporte_le
    proprietes.comments = "Exporté par l'assistant d'entretiens."
    section = sortie.sections[0]
    if document.structure:
        section.header.paragraphs[0].text = propre(document.structure)
    section.footer.paragraphs[0].text = f"Exporté le {date_heure(document.exporte_le)}"

    for bloc in document.blocs:
        if isinstance(bloc, Titre):
            sortie.add_heading(propre(" ".join(bloc.texte.split())), level=min(bloc.niveau, 9))
        elif isinstance(bloc, Champ):
            paragraphe = sortie.add_paragraph()
            paragraphe.add_run(propre(bloc.libelle) + " : ").bold = True
            paragraphe.add_run(propre(bloc.valeur))
        elif isinstance(bloc, Puce):
            style = "List Bullet" if bloc.niveau == 0 else "List Bullet 2"
            sortie.add_paragraph(propre(bloc.texte), style=style)
        elif isinstance(bloc, Paragraphe):
            paragraphe = sortie.add_paragraph(propre(bloc.texte))
            if bloc.style == "discret":
                _discret(paragraphe)
            elif bloc.style == "intertitre":
                for morceau in paragraphe.runs:
                    morceau.bold = True
                paragraphe.paragraph_format.space_before = Pt(8)
                paragraphe.paragraph_format.keep_with_next = True
    tampon = io.BytesIO()
    sortie.save(tampon)
    return tampon.getvalue()
