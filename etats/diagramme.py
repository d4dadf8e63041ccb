"""Le diagramme Mermaid (stateDiagram-v2) de la machine d'un conducteur.

Le diagramme est écrit ici plutôt que par `get_graph(graph_engine="mermaid")`
de transitions : celui-ci reprend les noms d'état bruts comme identifiants
Mermaid, et Mermaid refuse les tirets de nos identifiants d'étape
(transitions#708). Il est tiré de la même liste de `Passage` que la machine ;
Mermaid n'acceptant pas de flèche entre les sous-états de deux états
composites différents, les passages d'une séquence à l'autre, la suspension
et la clôture sont dessinés entre les séquences. Pour garder le diagramme lisible,
les retours (`precedent`, `aller_a`) et les sauts par-dessus les étapes
personnelles (exclues sans consentement) à l'intérieur d'une séquence ne sont
pas dessinés : ces étapes portent la mention « personnelle ».
"""

from __future__ import annotations

import json

from conducteurs.modele import Conducteur, Etape

from .machine import ETAT_CLOTURE, ETAT_SUSPENDU, Passage, decomposer, passages

_ETIQUETTES_GARDE = {
    "cadre_convenu": "cadre convenu",
}


def identifiant_mermaid(etape: str) -> str:
    """L'identifiant Mermaid d'une étape : `e_` puis l'identifiant, tirets en `_`."""
    return "e_" + etape.replace("-", "_")


def _libelle(texte: str) -> str:
    """Un libellé sûr entre guillemets Mermaid."""
    return " ".join(texte.split()).replace('"', "#quot;")


def _libelle_etape(etape: Etape) -> str:
    marques = []
    if not etape.obligatoire:
        marques.append("facultative")
    if etape.personnel:
        marques.append("personnelle")
    suffixe = f" ({', '.join(marques)})" if marques else ""
    return _libelle(etape.titre + suffixe)


def _etiquette(declencheur: str, conditions: tuple[str, ...], saut: bool) -> str:
    gardes = [_ETIQUETTES_GARDE[c] for c in conditions if c in _ETIQUETTES_GARDE]
    if saut:
        gardes.append("sans consentement")
    return declencheur + (f" [{', '.join(gardes)}]" if gardes else "")


def mermaid(conducteur: Conducteur) -> str:
    """Le diagramme d'états Mermaid (stateDiagram-v2) de la machine du conducteur."""
    lignes = [
        "---",
        f"title: {json.dumps(conducteur.titre, ensure_ascii=False)}",
        "---",
        "stateDiagram-v2",
    ]
    sequences = conducteur.deroulement.sequences()
    liste = passages(conducteur)
    lignes.append(f"    [*] --> {sequences[0][0]}")
    for nom, sequence in sequences:
        lignes.append(f"    state {nom} {{")
        for etape in sequence.etapes:
            ident = identifiant_mermaid(etape.identifiant)
            lignes.append(f'        state "{_libelle_etape(etape)}" as {ident}')
        premiere = identifiant_mermaid(sequence.etapes[0].identifiant)
        lignes.append(f"        [*] --> {premiere}")
        for passage in liste:
            source, etape_source = decomposer(passage.source)
            destination, etape_destination = decomposer(passage.destination)
            if (
                passage.declencheur == "avancer"
                and not passage.saut
                and source == nom == destination
                and etape_source
                and etape_destination
            ):
                lignes.append(
                    f"        {identifiant_mermaid(etape_source)} --> "
                    f"{identifiant_mermaid(etape_destination)}: "
                    f"{_etiquette('avancer', passage.conditions, saut=False)}"
                )
        derniere = identifiant_mermaid(sequence.etapes[-1].identifiant)
        lignes.append(f"        {derniere} --> [*]")
        lignes.append("    }")
    lignes.append(f'    state "suspendu" as {ETAT_SUSPENDU}')
    lignes.append(f'    state "clôturé" as {ETAT_CLOTURE}')
    # D'une séquence à l'autre : les gardes des passages directs ; un passage
    # qui n'existe que par-dessus des étapes personnelles est marqué comme tel.
    entre: dict[tuple[str, str], list[Passage]] = {}
    for passage in liste:
        source = decomposer(passage.source)[0]
        destination = decomposer(passage.destination)[0]
        if passage.declencheur == "avancer" and source != destination:
            entre.setdefault((source, destination), []).append(passage)
    for (source, destination), groupe in entre.items():
        directs = [p for p in groupe if not p.saut]
        reference = directs[0] if directs else groupe[0]
        lignes.append(
            f"    {source} --> {destination}: "
            f"{_etiquette('avancer', reference.conditions, saut=not directs)}"
        )
    for nom, _ in sequences:
        lignes.append(f"    {nom} --> {ETAT_SUSPENDU}: suspendre")
        lignes.append(f"    {ETAT_SUSPENDU} --> {nom}: reprendre")
    for nom, _ in sequences:
        lignes.append(f"    {nom} --> {ETAT_CLOTURE}: cloturer [rien ne manque]")
    lignes.append(f"    {ETAT_CLOTURE} --> [*]")
    return "\n".join(lignes) + "\n"
