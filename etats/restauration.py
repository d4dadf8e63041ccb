"""La relecture d'un entretien enregistré : même conducteur, données cohérentes.

Un entretien ne se reprend qu'avec le conducteur exact qui l'a commencé, et
seulement si ses données citent des étapes de ce conducteur.
"""

from __future__ import annotations

from conducteurs.modele import Conducteur

from .donnees import DonneesEntretien
from .erreurs import ConducteurModifie
from .machine import ETAT_CLOTURE, ETAT_SUSPENDU


def verifier_conducteur(conducteur: Conducteur, donnees: DonneesEntretien) -> None:
    """Lève `ConducteurModifie` si le conducteur n'est pas celui de l'enregistrement."""
    trouve = (conducteur.identifiant, conducteur.version, conducteur.empreinte())
    attendu = (donnees.conducteur, donnees.version, donnees.empreinte)
    if trouve == attendu:
        return
    if conducteur.identifiant != donnees.conducteur:
        message = (
            f"Cet entretien a été conduit avec le conducteur « {donnees.conducteur} », "
            f"pas « {conducteur.identifiant} » : ouvrez-le avec son conducteur."
        )
    elif conducteur.version != donnees.version:
        message = (
            f"Le conducteur « {conducteur.titre} » est passé de la version "
            f"« {donnees.version} » à « {conducteur.version} » depuis l'enregistrement "
            "de cet entretien : il ne peut pas être repris tel quel."
        )
    else:
        message = (
            f"Le conducteur « {conducteur.titre} » (version « {conducteur.version} ») "
            "a été modifié depuis l'enregistrement de cet entretien : il ne peut pas "
            "être repris tel quel."
        )
    raise ConducteurModifie(message, attendu=attendu, trouve=trouve)


def verifier_coherence(conducteur: Conducteur, donnees: DonneesEntretien) -> None:
    """Lève ValueError si les données ne correspondent pas aux étapes du conducteur."""
    identifiants = {etape.identifiant for _, etape in conducteur.etapes()}
    inconnues = (
        set(donnees.reponses) | set(donnees.passees) | set(donnees.visitees)
    ) - identifiants
    if inconnues:
        raise ValueError(
            "les données de l'entretien citent des étapes absentes du conducteur : "
            + ", ".join(sorted(inconnues))
        )
    etape = donnees.etape_courante
    if donnees.etat == ETAT_CLOTURE:
        if etape is not None:
            raise ValueError("un entretien clos n'a plus d'étape courante")
        return
    if etape is None or etape not in identifiants:
        raise ValueError("les données de l'entretien n'ont pas d'étape courante valable")
    if donnees.etat != ETAT_SUSPENDU and conducteur.sequence_de(etape) != donnees.etat:
        raise ValueError(f"l'étape « {etape} » n'appartient pas à la séquence « {donnees.etat} »")
