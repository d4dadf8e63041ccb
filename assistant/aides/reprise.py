"""Le récapitulatif montré à la reprise d'un entretien : ce qui était enregistré.

Les réponses (et les étapes passées), les notes libres, et le travail demandé la
dernière fois avec le statut que le conseiller lui a donné : tel qu'il était au
moment de l'arrêt, en un seul message, pour reprendre le fil d'un coup d'œil.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.aides.compte_rendu import formater_reponse
from assistant.export.lecture import heure
from etats import Entretien
from stockage.modeles import LIBELLES_STATUT_TACHE


def est_reprise(entretien: Entretien) -> bool:
    """L'entretien a déjà été suspendu ou interrompu, puis repris."""
    return any(e.type == "reprise" for e in entretien.donnees.evenements)


def recapitulatif_reprise(entretien: Entretien, taches: Iterable[tuple[str, str]] = ()) -> str:
    """Le récapitulatif de la reprise ; `taches` : (quoi, statut) du travail précédent.

    Vide si rien n'était encore enregistré (ni réponse, ni note, ni tâche)."""
    donnees = entretien.donnees
    courante = entretien.etape_courante
    titres: dict[str, str] = {}
    reponses: list[str] = []
    for _, etape in entretien.conducteur.etapes():
        titres[etape.identifiant] = etape.titre
        if courante is not None and etape.identifiant == courante.identifiant:
            continue  # sa réponse est déjà dans la zone de saisie
        valeur = entretien.reponse(etape.identifiant)
        if valeur is not None:
            reponses.append(f"  • {etape.titre} : {formater_reponse(etape, valeur)}")
        elif etape.identifiant in donnees.passees:
            reponses.append(f"  • {etape.titre} : passée ({donnees.passees[etape.identifiant]})")
    notes = [
        f"  • {heure(n.horodatage)}"
        + (f", à l'étape « {titres[n.etape]} »" if n.etape in titres else "")
        + f" : {n.texte}"
        for n in donnees.notes
    ]
    travail = [f"  • {quoi} — {LIBELLES_STATUT_TACHE.get(s, s)}" for quoi, s in taches]
    blocs = [
        (titre, lignes)
        for titre, lignes in (
            ("Réponses :", reponses),
            ("Notes :", notes),
            ("Travail demandé la dernière fois :", travail),
        )
        if lignes
    ]
    return "\n".join("\n".join([titre, *lignes]) for titre, lignes in blocs)
