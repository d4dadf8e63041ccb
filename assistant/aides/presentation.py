"""Un conducteur mis en page comme les tableaux du document, sur 80 colonnes."""

from __future__ import annotations

import textwrap

from conducteurs.modele import LIBELLES_CADRE, LIBELLES_SEQUENCE, Conducteur

LARGEUR = 80

LIBELLES_TYPE = {
    "texte": "texte libre",
    "choix": "choix unique",
    "choix_multiple": "choix multiple",
    "oui_non": "oui / non",
    "date_heure": "date et heure",
    "duree": "durée",
    "taches": "liste de tâches",
    "liste_controle": "liste à cocher",
}


def _para(texte: str, retrait: str = "", premier: str | None = None) -> list[str]:
    return textwrap.wrap(
        " ".join(texte.split()),
        width=LARGEUR,
        initial_indent=premier if premier is not None else retrait,
        subsequent_indent=retrait,
        break_long_words=True,
        break_on_hyphens=False,
    ) or [premier or retrait]


def _titre(texte: str, car: str = "═") -> list[str]:
    return ["", texte, car * min(LARGEUR, len(texte))]


def presenter(conducteur: Conducteur) -> str:
    """Le conducteur mis en page comme les tableaux du document, sur 80 colonnes."""
    c = conducteur
    lignes: list[str] = []
    lignes += _para(f"{c.titre} ({c.identifiant}, version {c.version})")
    lignes.append("═" * LARGEUR)
    lignes += _para(
        f"Phase : {c.phase.value} · Durée prévue : {c.duree_minutes} min · {c.nombre_etapes} étapes"
    )
    if c.description:
        lignes += _para(c.description)

    lignes += _titre("1. LE CADRE DE L'ENTRETIEN")

    def rubrique(nom: str, valeurs: list[str] | str) -> None:
        lignes.append(f"{nom} :")
        if isinstance(valeurs, str):
            lignes.extend(_para(valeurs, "    "))
        else:
            for v in valeurs:
                lignes.extend(_para(v, "      ", "    • "))

    rubrique("Objectif de l'entretien", c.cadre.objectif)
    rubrique("Décision libre", c.cadre.decision_libre)
    rubrique("Informations à recueillir par l'adhérent", c.cadre.informations_a_recueillir)
    rubrique("Outils utilisés", c.cadre.outils)
    rubrique("Travail demandé pour le prochain rendez-vous", c.cadre.travail_prochain_rdv)

    lignes += _titre("2. LE DÉROULEMENT")
    numero = 0
    for nom, sequence in c.deroulement.sequences():
        entete = LIBELLES_SEQUENCE[nom].upper()
        if sequence.duree_minutes:
            entete += f" (≈ {sequence.duree_minutes} min)"
        lignes += _titre(entete, "─")
        if sequence.objectif:
            lignes += _para(sequence.objectif)
        for etape in sequence.etapes:
            numero += 1
            marques = [LIBELLES_TYPE[etape.type.value]]
            if etape.maximum is not None:
                marques.append(f"{etape.maximum} au plus")
            if not etape.obligatoire:
                marques.append("facultative")
            if etape.personnel:
                marques.append("données personnelles")
            if etape.cadre:
                marques.append("cadre : " + ", ".join(LIBELLES_CADRE[e] for e in etape.cadre))
            lignes.append("")
            lignes += _para(f"{numero}. {etape.titre} [{' · '.join(marques)}]", "    ")
            lignes += _para(etape.consigne, "    ")
            for option in etape.options:
                lignes += _para(option, "        ", "      ◦ ")
            if etape.aide:
                lignes += _para(f"Conseil : {etape.aide}", "    ")

    lignes += _titre("3. À SAISIR DANS VISUAL COURSE")
    for champ in c.visual_course:
        sources = ", ".join(c.etape(i).titre for i in champ.etapes)
        lignes += _para(f"{champ.champ} ← {sources}", "      ", "    • ")
        if champ.aide:
            lignes += _para(champ.aide, "      ")
    if c.suite_conseillee:
        lignes.append("")
        lignes += _para("Entretien suivant conseillé : " + ", ".join(c.suite_conseillee))
    return "\n".join(lignes)
