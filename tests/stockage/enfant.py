"""Processus enfant des tests de robustesse (lancé par `python -m`).

`ecrire DOSSIER` : enregistre des réponses sans fin et écrit
`ack <seance_id> <n>` dès que l'enregistrement de la n-ième réponse est
revenu ; toutes les 6 réponses, clôt la séance et en commence une autre, et
crée parfois un adhérent. `tenir DOSSIER` : ouvre le dépôt, écrit `pret`,
puis attend la fin de l'entrée standard.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from stockage import Depot, Seance

NOM_TEMOIN = "Témoin Robustesse"


def reponse(numero: int, alea: random.Random) -> str:
    """Une réponse reconnaissable, de taille variable."""
    return f"réponse {numero} " + "é" * alea.randint(0, 400)


def ecrire(dossier: Path) -> None:
    alea = random.Random()
    depot = Depot.ouvrir(dossier)
    temoins = depot.chercher_adherents(NOM_TEMOIN)
    adherent_id = temoins[0].id if temoins else depot.creer_adherent(NOM_TEMOIN).id
    interrompues = [s for s in depot.seances_interrompues() if s.adherent_id == adherent_id]
    seance = interrompues[0] if interrompues else None
    while True:
        if seance is None:
            seance = Seance(
                adherent_id=adherent_id,
                conducteur_id="diagnostic",
                entretien={"reponses": {}},
            )
        reponses = seance.entretien.setdefault("reponses", {})
        numero = len(reponses) + 1
        reponses[f"r{numero:05d}"] = reponse(numero, alea)
        if numero % 6 == 0:
            seance.ajouter_tache(f"tâche {numero}")
            seance.cloturer()
        depot.enregistrer_seance(seance)
        print(f"ack {seance.id} {numero}", flush=True)
        if seance.statut == "cloture":
            seance = None
            if alea.random() < 0.3:
                depot.creer_adherent(f"Autre {alea.randint(0, 10**6)}")


def tenir(dossier: Path) -> None:
    depot = Depot.ouvrir(dossier)
    print("pret", flush=True)
    sys.stdin.read()
    depot.fermer()


if __name__ == "__main__":
    commande, chemin = sys.argv[1], Path(sys.argv[2])
    {"ecrire": ecrire, "tenir": tenir}[commande](chemin)
