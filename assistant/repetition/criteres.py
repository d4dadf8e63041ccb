"""Les critères du retour de répétition, un par fonction : cadre, consentement,
travail et rendez-vous, étapes, temps.

Le temps prévu d'une séquence (`etats.temps.temps_prevus`, le même que pendant
l'entretien) est sa `duree_minutes` si le conducteur la donne, sinon une part
de la durée du conducteur proportionnelle à son nombre d'étapes ; il est
ajusté à la durée convenue avec l'adhérent.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from assistant.repetition.bareme import (
    MARGE_SEQUENCE,
    POINTS_CONSENTEMENT,
    POINTS_CONSENTEMENT_PASSE,
    POINTS_DEPASSEMENT,
    POINTS_ELEMENT_CADRE,
    POINTS_ETAPE_OUBLIEE,
    POINTS_RDV_A_FIXER,
    POINTS_RDV_PASSE,
    POINTS_SANS_RDV,
    POINTS_SANS_TACHE,
    POINTS_SANS_TACHE_ADHERENT,
    POINTS_SEQUENCE,
    RAISONS_CONSENTEMENT,
    TOLERANCE_DEPASSEMENT,
    TOLERANCE_SEQUENCE,
    Bareme,
)
from assistant.repetition.resultat import Consentement, TempsSequence, en_minutes
from conducteurs.modele import (
    LIBELLES_CADRE,
    LIBELLES_SEQUENCE,
    Conducteur,
    ElementCadre,
    Etape,
    Role,
)
from conducteurs.persona import Persona
from etats import AFixer, DonneesEntretien, Entretien, Tache
from etats.temps import temps_prevus


def fin_entretien(donnees: DonneesEntretien) -> datetime:
    """La fin de l'entretien : sa clôture, sinon son dernier événement."""
    if donnees.fin is not None:
        return donnees.fin
    if donnees.evenements:
        return donnees.evenements[-1].horodatage
    return donnees.debut


def evaluer_cadre(
    bareme: Bareme,
    conducteur: Conducteur,
    entretien: Entretien,
    duree_convenue: int | None,
    persona: Persona | None,
) -> dict[ElementCadre, bool]:
    convenus = entretien.elements_cadre_convenus()
    duree_comptee = False
    if persona is not None and duree_convenue is not None and convenus[ElementCadre.duree]:
        limite: int | None = None
        pourquoi = ""
        if persona.duree_disponible_minutes is not None:
            limite = persona.duree_disponible_minutes
            pourquoi = f"la personne a dit ne disposer que de {limite} minutes"
        if persona.retard_minutes:
            apres_retard = conducteur.duree_minutes - persona.retard_minutes
            if limite is None or apres_retard < limite:
                limite = apres_retard
                pourquoi = (
                    f"la personne est arrivée avec {persona.retard_minutes} minutes de retard "
                    f"sur un entretien prévu de {conducteur.duree_minutes} minutes"
                )
        if limite is not None and duree_convenue > limite:
            convenus[ElementCadre.duree] = False
            duree_comptee = True
            bareme.perdre(
                "cadre",
                POINTS_ELEMENT_CADRE,
                f"Durée : vous avez noté {duree_convenue} minutes alors que {pourquoi} ; "
                f"renégociez la durée avec elle (au plus {limite} minutes) et adaptez le "
                "déroulement.",
            )
        elif limite is not None:
            bareme.noter("cadre", f"Durée renégociée avec la personne ({duree_convenue} minutes).")
    for element in ElementCadre:
        if not convenus[element] and not (element == ElementCadre.duree and duree_comptee):
            etapes = [
                f"« {e.titre} »"
                for e in conducteur.deroulement.introduction.etapes
                if element in e.cadre
            ]
            bareme.perdre(
                "cadre",
                POINTS_ELEMENT_CADRE,
                f"Cadre : « {LIBELLES_CADRE[element]} » n'a pas été convenu dans "
                f"l'introduction (étape {', '.join(etapes)}).",
            )
    if all(convenus.values()):
        bareme.noter("cadre", "Les cinq éléments du cadre ont été convenus.")
    return convenus


def evaluer_consentement(
    bareme: Bareme,
    conducteur: Conducteur,
    donnees: DonneesEntretien,
    persona: Persona | None,
) -> Consentement:
    etape = conducteur.etape_de_role(Role.consentement)
    if etape is None:
        if donnees.consentement_dossier is True:
            bareme.noter("consentement", "Le consentement figure au dossier de l'adhérent.")
            return "dossier"
        bareme.noter(
            "consentement",
            "Pas de consentement au dossier : les étapes personnelles ont été exclues.",
        )
        return "sans_objet"
    ident = etape.identifiant
    reponse = donnees.reponses.get(ident)
    if reponse is None:
        if ident in donnees.passees:
            bareme.perdre(
                "consentement",
                POINTS_CONSENTEMENT_PASSE,
                f"Consentement : l'étape « {etape.titre} » a été passée sans réponse ; "
                "informez la personne et recueillez son accord ou son refus.",
            )
            return "passe"
        bareme.perdre(
            "consentement",
            POINTS_CONSENTEMENT,
            f"Consentement : il n'a pas été demandé (étape « {etape.titre} »).",
        )
        return "non_demande"
    if reponse.valeur is not True:
        bareme.noter(
            "consentement",
            "Refus du consentement respecté : aucune donnée personnelle notée.",
        )
        return "refuse"
    if persona is not None and persona.refuse_consentement:
        bareme.perdre(
            "consentement",
            POINTS_CONSENTEMENT,
            "Consentement : vous avez noté « oui » alors que la personne a refusé le "
            "traitement de ses données ; notez son refus, sans le lui reprocher.",
        )
        return "obtenu"
    avant = _donnee_personnelle_avant(conducteur, donnees, ident)
    if avant is not None:
        bareme.perdre(
            "consentement",
            POINTS_CONSENTEMENT,
            f"Consentement : l'étape personnelle « {avant.titre} » a été renseignée avant "
            "le consentement.",
        )
    else:
        bareme.noter("consentement", "Consentement recueilli avant toute donnée personnelle.")
    return "obtenu"


def _donnee_personnelle_avant(
    conducteur: Conducteur, donnees: DonneesEntretien, consentement: str
) -> Etape | None:
    """La première étape personnelle renseignée avant le consentement, s'il y en a une."""
    personnelles = {e.identifiant: e for _, e in conducteur.etapes() if e.personnel}
    for evenement in donnees.evenements:
        if evenement.type != "reponse" or evenement.etape is None:
            continue
        if evenement.etape == consentement:
            return None
        if evenement.etape in personnelles:
            return personnelles[evenement.etape]
    return None


def evaluer_travail(
    bareme: Bareme, taches: list[Tache], rdv: datetime | AFixer | None, fin: datetime
) -> None:
    if not taches:
        bareme.perdre(
            "travail",
            POINTS_SANS_TACHE,
            "Travail : aucune tâche n'a été convenue pour le prochain rendez-vous.",
        )
        bareme.perdre(
            "autonomie",
            POINTS_SANS_TACHE_ADHERENT,
            "Autonomie : aucune tâche n'est confiée à l'adhérent.",
        )
    else:
        bareme.noter("travail", f"{len(taches)} tâche(s) convenue(s), chacune avec qui la fait.")
        if not any(t.qui == "adherent" for t in taches):
            bareme.perdre(
                "autonomie",
                POINTS_SANS_TACHE_ADHERENT,
                "Autonomie : toutes les tâches sont pour le conseiller ; convenez avec "
                "l'adhérent d'au moins une tâche qu'il réalise en autonomie.",
            )
    if rdv is None:
        bareme.perdre(
            "rendez-vous",
            POINTS_SANS_RDV,
            "Rendez-vous : la date du prochain rendez-vous n'a pas été fixée.",
        )
    elif isinstance(rdv, AFixer):
        bareme.perdre(
            "rendez-vous",
            POINTS_RDV_A_FIXER,
            f"Rendez-vous : laissé « à fixer » ({rdv.raison}) ; fixez la date avec la "
            "personne pendant l'entretien quand c'est possible.",
        )
    elif rdv < fin:
        bareme.perdre(
            "rendez-vous",
            POINTS_RDV_PASSE,
            "Rendez-vous : la date notée précède la fin de l'entretien ; vérifiez-la.",
        )
    else:
        bareme.noter("rendez-vous", "Prochain rendez-vous daté.")


def _compte_a_part(etape: Etape) -> bool:
    """L'étape est évaluée par un autre critère (cadre, consentement, tâches, rendez-vous)."""
    return bool(etape.cadre) or etape.role in (Role.consentement, Role.taches, Role.prochain_rdv)


def evaluer_etapes(
    bareme: Bareme, conducteur: Conducteur, donnees: DonneesEntretien
) -> tuple[list[str], dict[str, str], list[str]]:
    couvertes: list[str] = []
    passees: dict[str, str] = {}
    oubliees: list[str] = []
    for _, etape in conducteur.etapes():
        ident = etape.identifiant
        if ident in donnees.reponses:
            couvertes.append(ident)
        elif ident in donnees.passees:
            passees[ident] = donnees.passees[ident]
        elif etape.obligatoire:
            oubliees.append(ident)
            if not _compte_a_part(etape):
                bareme.perdre(
                    "etapes",
                    POINTS_ETAPE_OUBLIEE,
                    f"Étapes : l'étape obligatoire « {etape.titre} » n'a pas été couverte.",
                )
    exclues = sum(1 for raison in passees.values() if raison in RAISONS_CONSENTEMENT)
    facultatives = len(passees) - exclues
    if facultatives:
        bareme.noter("etapes", f"{facultatives} étape(s) facultative(s) passée(s) avec la raison.")
    if exclues:
        bareme.noter(
            "etapes", f"{exclues} étape(s) personnelle(s) exclue(s) faute de consentement."
        )
    if not oubliees:
        bareme.noter("etapes", "Toutes les étapes obligatoires ont été couvertes.")
    return couvertes, passees, oubliees


def evaluer_temps(
    bareme: Bareme,
    conducteur: Conducteur,
    entretien: Entretien,
    duree_convenue: int | None,
) -> tuple[list[TempsSequence], int, float]:
    duree = duree_convenue if duree_convenue is not None else conducteur.duree_minutes
    prevus = temps_prevus(conducteur, duree)
    reels = entretien.temps_par_sequence()
    temps: list[TempsSequence] = []
    for nom, prevu in prevus.items():
        reel = reels.get(nom, timedelta(0))
        minutes = reel.total_seconds() / 60
        temps.append(
            TempsSequence(
                sequence=nom,
                libelle=LIBELLES_SEQUENCE.get(nom, nom),
                prevu_minutes=round(prevu, 1),
                reel_minutes=round(minutes, 1),
            )
        )
    total = sum(r.total_seconds() for r in reels.values()) / 60
    if total > duree * (1 + TOLERANCE_DEPASSEMENT):
        bareme.perdre(
            "temps",
            POINTS_DEPASSEMENT,
            f"Temps : l'entretien a duré {en_minutes(total)} pour {duree} min convenues.",
        )
    for t in temps:
        depasse = t.reel_minutes - t.prevu_minutes
        if (
            t.reel_minutes > t.prevu_minutes * (1 + TOLERANCE_SEQUENCE)
            and depasse >= MARGE_SEQUENCE.total_seconds() / 60
        ):
            bareme.perdre(
                "temps",
                POINTS_SEQUENCE,
                f"Temps : {t.libelle.lower()} — {en_minutes(t.reel_minutes)} pour "
                f"{en_minutes(t.prevu_minutes)} prévues.",
            )
    if not bareme.pertes["temps"]:
        bareme.noter("temps", f"Temps tenu : {en_minutes(total)} pour {duree} min convenues.")
    return temps, duree, total
