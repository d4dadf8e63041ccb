"""Le retour au stagiaire après une répétition : le respect du cadre, noté sur 100.

`evaluer(conducteur, donnees)` relit un entretien (clos ou non) et dit ce qui
a été fait : les éléments du cadre convenus dans l'introduction, les étapes
couvertes ou passées (avec leur raison), le temps par séquence face au temps
prévu, le consentement recueilli avant toute donnée personnelle, le travail
pour le prochain rendez-vous (qui s'en charge, pour quand) et les constats
RGPD dans ce que le stagiaire a écrit. Chaque point perdu a sa raison.

Le barème est dans `assistant.repetition.bareme`, chaque critère dans
`assistant.repetition.criteres`, les constats RGPD dans
`assistant.repetition.constats`.

Ce module n'importe pas `textual`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from assistant.repetition.bareme import BAREME, POINTS_CONSTAT, Bareme
from assistant.repetition.constats import ConstatVerifie, constats_rgpd
from assistant.repetition.criteres import (
    evaluer_cadre,
    evaluer_consentement,
    evaluer_etapes,
    evaluer_temps,
    evaluer_travail,
    fin_entretien,
)
from assistant.repetition.progression import progression
from assistant.repetition.resultat import ConstatRgpd, Critere, Retour, TempsSequence
from conducteurs.modele import Conducteur
from conducteurs.persona import Persona
from etats import AFixer, DonneesEntretien, Entretien
from etats.temps import duree_convenue, temps_prevus

__all__ = [
    "BAREME",
    "ConstatRgpd",
    "ConstatVerifie",
    "Critere",
    "Retour",
    "TempsSequence",
    "evaluer",
    "progression",
    "temps_prevus",
]


def evaluer(
    conducteur: Conducteur,
    donnees_entretien: DonneesEntretien,
    constats_par_texte: Mapping[str, Sequence[ConstatVerifie]] | None = None,
    *,
    persona: Persona | None = None,
) -> Retour:
    """Le retour d'une répétition conduite avec ce conducteur.

    `donnees_entretien` sont les données de l'entretien (`Entretien.donnees`),
    clos ou interrompu. `constats_par_texte` donne, pour un texte écrit par le
    stagiaire, les constats déjà trouvés par le vérificateur RGPD (les autres
    textes sont vérifiés ici s'il est installé). `persona` ajoute ses épreuves
    au retour : refus du consentement, retard ou durée contestée, mots
    sensibles à ne pas recopier.

    Lève `etats.ConducteurModifie` si les données ne sont pas celles de ce
    conducteur.
    """
    donnees = donnees_entretien
    fin = fin_entretien(donnees)
    entretien = Entretien.restaurer(conducteur, donnees, horloge=lambda: fin)
    bareme = Bareme()

    convenue = duree_convenue(conducteur, donnees)
    cadre = evaluer_cadre(bareme, conducteur, entretien, convenue, persona)
    consentement = evaluer_consentement(bareme, conducteur, donnees, persona)
    taches = entretien.taches()
    rdv = entretien.prochain_rdv()
    evaluer_travail(bareme, taches, rdv, fin)
    couvertes, passees, oubliees = evaluer_etapes(bareme, conducteur, donnees)
    temps, duree_prevue, reel = evaluer_temps(bareme, conducteur, entretien, convenue)
    constats = constats_rgpd(conducteur, donnees, constats_par_texte, persona)
    for constat in constats:
        bareme.perdre(
            "rgpd",
            POINTS_CONSTAT,
            f"RGPD : {constat.source}, {constat.categorie} — {constat.explication}.",
        )
    if not constats:
        bareme.noter("rgpd", "Aucun passage à réécrire dans ce que vous avez noté.")

    points_perdus = bareme.points_perdus()
    return Retour(
        conducteur=conducteur.identifiant,
        titre_conducteur=conducteur.titre,
        version_conducteur=conducteur.version,
        persona=None if persona is None else persona.identifiant,
        date=donnees.debut,
        cloture=donnees.etat == "cloture",
        score=100 - sum(points for points, _ in points_perdus),
        points_perdus=points_perdus,
        criteres=bareme.criteres(),
        cadre=cadre,
        etapes_couvertes=couvertes,
        etapes_passees=passees,
        etapes_oubliees=oubliees,
        temps=temps,
        duree_prevue_minutes=duree_prevue,
        duree_reelle_minutes=round(reel, 1),
        consentement=consentement,
        taches_adherent=sum(1 for t in taches if t.qui == "adherent"),
        taches_conseiller=sum(1 for t in taches if t.qui == "conseiller"),
        prochain_rdv=rdv if isinstance(rdv, datetime) else None,
        prochain_rdv_a_fixer=rdv.raison if isinstance(rdv, AFixer) else None,
        constats_rgpd=constats,
        epreuves=[] if persona is None else [e.libelle for e in persona.evenements],
    )
