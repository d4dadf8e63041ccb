"""Rédiger le compte rendu et la fiche Visual Course à partir des réponses.

Le compte rendu est écrit avec « l'adhérent » (jamais le nom, jamais « il » ou
« elle »), lisible par la personne qui peut demander à tout lire. Il ne
reprend que ce qui a été recueilli : les étapes passées ou sans réponse n'y
figurent pas, sauf la raison d'un saut. Les notes libres n'y entrent que si le
conseiller les coche à la clôture (`joindre_notes`). Le conseiller relit et corrige le
brouillon avant de l'enregistrer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from assistant.aides.dates import formater_date, formater_date_heure, formater_duree
from assistant.aides.saisies import NON_COMMUNIQUE
from conducteurs.modele import (
    LIBELLES_CADRE,
    LIBELLES_SEQUENCE,
    Conducteur,
    Etape,
    Role,
    TypeReponse,
)
from etats import NonCommunique

QUI = {"adherent": "l'adhérent", "conseiller": "le conseiller"}


def formater_tache(tache: Any) -> str:
    """« Mettre à jour le CV (l'adhérent, pour le lundi 7 décembre 2026) »."""
    qui = QUI.get(str(getattr(tache, "qui", "")), str(getattr(tache, "qui", "")))
    echeance = getattr(tache, "echeance", None)
    detail = qui + (f", pour le {formater_date(echeance)}" if echeance else "")
    return f"{tache.quoi} ({detail})"


def formater_reponse(etape: Etape, valeur: Any) -> str:
    """Une réponse enregistrée, en français lisible."""
    if valeur is None:
        return ""
    if isinstance(valeur, NonCommunique):
        return NON_COMMUNIQUE
    if etape.type == TypeReponse.oui_non or isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if etape.type == TypeReponse.duree and isinstance(valeur, int | float):
        return formater_duree(valeur)
    if isinstance(valeur, datetime):
        return formater_date_heure(valeur)
    if isinstance(valeur, date):
        return formater_date(valeur)
    if hasattr(valeur, "raison") and not isinstance(valeur, str):
        return f"à fixer ({valeur.raison})"
    if etape.type == TypeReponse.taches and isinstance(valeur, list):
        return "; ".join(formater_tache(t) for t in valeur)
    if isinstance(valeur, list):
        return ", ".join(str(v) for v in valeur)
    return str(valeur)


def phrase_consentement_en_vigueur(evenements: Iterable[Any]) -> str:
    """« Consentement au traitement des données : donné le 3 décembre 2026 (…) ».

    `evenements` : l'historique du consentement de l'adhérent (événements
    `stockage.modeles.EvenementConsentement`), du plus ancien au plus récent ;
    la phrase cite le dernier donné, refusé ou retiré, et la signature du
    formulaire qui l'a suivi."""
    liste = list(evenements)
    en_vigueur = next((e for e in reversed(liste) if e.type != "formulaire_signe"), None)
    debut = "Consentement au traitement des données : "
    if en_vigueur is None:
        return debut + "non recueilli."
    libelle = {"donne": "donné", "refuse": "refusé", "retire": "retiré"}[en_vigueur.type]
    phrase = f"{debut}{libelle} le {formater_date(en_vigueur.date)}"
    if en_vigueur.conducteur:
        version = f", version {en_vigueur.version}" if en_vigueur.version else ""
        phrase += f" ({en_vigueur.conducteur}{version})"
    if en_vigueur.type == "donne":
        suite = liste[liste.index(en_vigueur) + 1 :]
        signe = next((e for e in suite if e.type == "formulaire_signe"), None)
        if signe is not None:
            phrase += f" ; formulaire signé le {formater_date(signe.date)}"
    return phrase + "."


def _phrase_consentement(
    conducteur: Conducteur, reponses: Mapping[str, Any], quand: datetime | None
) -> str | None:
    etape = conducteur.etape_de_role(Role.consentement)
    if etape is None or reponses.get(etape.identifiant) is None:
        return None
    le = f" le {formater_date(quand.date())}" if quand else ""
    if reponses[etape.identifiant]:
        phrase = (
            "L'adhérent a été informé du traitement de ses données personnelles et y a "
            f"consenti{le}"
        )
        signe = conducteur.etape_de_role(Role.formulaire_signe)
        if signe is not None and reponses.get(signe.identifiant) is not None:
            phrase += (
                " ; le formulaire d'autorisation a été signé"
                if reponses[signe.identifiant]
                else " ; le formulaire d'autorisation n'a pas été signé"
            )
        return phrase + "."
    return (
        "L'adhérent a été informé du traitement de ses données personnelles et n'y a pas "
        f"consenti{le} : aucune donnée personnelle n'est enregistrée."
    )


def rediger_compte_rendu(
    conducteur: Conducteur,
    reponses: Mapping[str, Any],
    passees: Mapping[str, str] | None = None,
    notes: list[str] | None = None,
    quand: datetime | None = None,
    date_consentement: datetime | None = None,
    consentement_en_vigueur: str | None = None,
) -> str:
    """Le brouillon du compte rendu, en texte simple, à relire par le conseiller.

    `consentement_en_vigueur` : la phrase qui cite le consentement en vigueur
    pendant la séance (`phrase_consentement_en_vigueur`)."""
    passees = passees or {}
    lignes: list[str] = []
    entete = f"Compte rendu — {conducteur.titre}"
    if quand is not None:
        entete += f" du {formater_date(quand.date())}"
    lignes += [entete, ""]
    lignes.append(f"Objectif de l'entretien : {conducteur.cadre.objectif}")
    if consentement_en_vigueur:
        lignes.append(consentement_en_vigueur)
    consentement = _phrase_consentement(conducteur, reponses, date_consentement or quand)
    if consentement:
        lignes += ["", consentement]
    roles_a_part = {Role.consentement, Role.formulaire_signe, Role.taches, Role.prochain_rdv}
    for nom, sequence in conducteur.deroulement.sequences():
        bloc: list[str] = []
        convenus: list[str] = []
        for etape in sequence.etapes:
            if etape.role in roles_a_part:
                continue
            valeur = reponses.get(etape.identifiant)
            if etape.cadre and etape.type not in (
                TypeReponse.texte,
                TypeReponse.choix,
                TypeReponse.choix_multiple,
            ):
                # Lieu, règles, déroulement, durée : une ligne de synthèse suffit
                # quand l'élément est convenu ; sinon la réponse est reprise telle quelle.
                convenu = (
                    valeur is not None
                    and valeur is not False
                    and (
                        etape.type != TypeReponse.liste_controle
                        or set(etape.options) <= set(valeur)
                    )
                )
                if convenu:
                    for element in etape.cadre:
                        libelle = LIBELLES_CADRE[element]
                        if etape.type == TypeReponse.duree:
                            libelle += f" ({formater_reponse(etape, valeur)})"
                        convenus.append(libelle)
                    continue
            if valeur is not None and formater_reponse(etape, valeur):
                bloc.append(f"- {etape.titre} : {formater_reponse(etape, valeur)}")
            elif etape.identifiant in passees:
                bloc.append(f"- {etape.titre} : non abordé ({passees[etape.identifiant]})")
        if convenus:
            bloc.append("- Cadre convenu avec l'adhérent : " + ", ".join(convenus))
        if bloc:
            lignes += ["", LIBELLES_SEQUENCE[nom], *bloc]
    if notes:
        lignes += ["", *_lignes_notes(notes)]
    taches = conducteur.etape_de_role(Role.taches)
    if taches is not None and reponses.get(taches.identifiant):
        lignes += ["", "Travail demandé pour le prochain rendez-vous"]
        lignes += [f"- {formater_tache(t)}" for t in reponses[taches.identifiant]]
    rdv = conducteur.etape_de_role(Role.prochain_rdv)
    if rdv is not None and reponses.get(rdv.identifiant) is not None:
        lignes += ["", f"Prochain rendez-vous : {formater_reponse(rdv, reponses[rdv.identifiant])}"]
    return "\n".join(lignes) + "\n"


def _lignes_notes(notes: Sequence[str]) -> list[str]:
    return ["Notes", *(f"- {n}" for n in notes)]


def joindre_notes(compte_rendu: str, notes: Sequence[str]) -> str:
    """Le compte rendu suivi des seules notes que le conseiller a choisi d'y joindre.

    Sans note choisie, le compte rendu reste tel quel : une note libre n'entre
    dans le texte lisible par l'adhérent que par un choix explicite."""
    if not notes:
        return compte_rendu
    return "\n".join([compte_rendu.rstrip("\n"), "", *_lignes_notes(notes)]) + "\n"


def remplir_visual_course(
    conducteur: Conducteur,
    reponses: Mapping[str, Any],
    formater: Callable[[Etape, Any], str] = formater_reponse,
) -> dict[str, str]:
    """Chaque champ de la fiche Visual Course, rempli avec les réponses qui le nourrissent."""
    fiche: dict[str, str] = {}
    for champ in conducteur.visual_course:
        morceaux = []
        for identifiant in champ.etapes:
            etape = conducteur.etape(identifiant)
            valeur = reponses.get(identifiant)
            texte = formater(etape, valeur) if valeur is not None else ""
            if texte:
                morceaux.append(texte if len(champ.etapes) == 1 else f"{etape.titre} : {texte}")
        fiche[champ.champ] = "\n".join(morceaux)
    return fiche
