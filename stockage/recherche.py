"""La recherche plein texte dans les séances (sans accents ni casse).

Le corpus (`recherche.idx`) trouve les séances candidates d'un `bytes.find` ;
chaque séance trouvée est relue pour en tirer l'extrait et le surlignage.
"""

from __future__ import annotations

from stockage.caches import Caches
from stockage.corpus import CorpusInvalide
from stockage.dossiers import Dossiers
from stockage.erreurs import FichierEndommage
from stockage.modeles import ResultatRecherche
from stockage.texte import extrait, fragments
from stockage.texte import requete as requete_normalisee


def rechercher(
    dossiers: Dossiers, caches: Caches, texte: str, limite: int, adherent_id: str | None
) -> list[ResultatRecherche]:
    """Les séances dont le texte contient `texte`, les plus récentes d'abord.

    Un corpus illisible est reconstruit ; un fichier de séance illisible est
    passé (et son dossier noté endommagé dans l'index)."""
    requete = requete_normalisee(texte)
    if not requete:
        return []
    try:
        trouves = caches.corpus.chercher(requete, adherent_id)
    except CorpusInvalide:
        caches.reconstruire()
        trouves = caches.corpus.chercher(requete, adherent_id)
    index = caches.index
    entrees = [index.seances[s] for s, _ in trouves if s in index.seances]
    entrees.sort(key=lambda e: (e.debut, e.id), reverse=True)
    resultats: list[ResultatRecherche] = []
    for entree in entrees:
        if len(resultats) >= limite:
            break
        try:
            document = dossiers.document_seance(entree.adherent_id, entree.id)
        except FichierEndommage:
            caches.marquer_endommage(entree.adherent_id)
            continue
        if document is None:
            continue
        trouve = extrait(fragments(document), requete)
        if trouve is None:
            continue
        adherent = index.adherents.get(entree.adherent_id)
        resultats.append(
            ResultatRecherche(
                seance_id=entree.id,
                adherent_id=entree.adherent_id,
                nom_adherent=adherent.nom if adherent else "",
                date=entree.debut,
                conducteur_titre=entree.conducteur_titre,
                extrait=trouve[0],
                surlignage=trouve[1],
            )
        )
    return resultats
