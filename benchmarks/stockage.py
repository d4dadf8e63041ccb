"""Mesure du stockage sur un historique synthétique, comparé à SQLite.

    python benchmarks/stockage.py [--seances 10000] [--adherents 500]

Construit un historique (par défaut 10 000 séances réparties sur 500
adhérents, réponses de tailles réalistes) dans un dossier temporaire, puis
mesure, pour le dépôt TinyDB et pour SQLite (`synchronous=FULL`, une ligne mise
à jour puis validée) :

- l'enregistrement d'une réponse pendant un nouvel entretien (médiane, p95) ;
- la liste des adhérents depuis un dépôt fraîchement ouvert ;
- le chargement d'un dossier (fiche et séances) ;
- la recherche d'un texte dans toutes les séances ;
- le pic de mémoire (RSS) du processus de mesure.

Cibles : enregistrement médian <= 3 × SQLite ; liste et recherche <= 200 ms ;
pic RSS <= 200 Mo. La construction se fait dans un sous-processus, pour que
le pic mesuré soit celui des opérations.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ICI = Path(__file__).resolve().parent
RACINE = ICI.parent
# Ce fichier s'appelle stockage.py : son dossier ne doit pas masquer le paquet.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ICI]
sys.path.insert(0, str(RACINE))

from stockage import Adherent, Depot, Seance  # noqa: E402
from stockage.convertisseurs import (  # noqa: E402
    adherent_vers_document,
    document_vers_adherent,
    document_vers_seance,
    seance_vers_document,
)

_TEXTE = (
    "accompagnement emploi formation projet professionnel candidature entretien "
    "embauche immersion entreprise mobilité permis conduire garde enfants horaires "
    "compétences expérience diplôme qualification recherche offre contrat intérim "
    "CDD CDI temps partiel salaire transport bus voiture vélo atelier CV lettre "
    "motivation réseau contacts démarches administratives logement budget aide "
    "financement stage apprentissage métier secteur restauration bâtiment commerce "
    "logistique cariste préparateur commandes vendeuse aide-soignante agent entretien "
    "accueil secrétariat informatique bureautique numérique français lecture écriture "
    "calcul confiance motivation disponibilité objectif étape priorité difficulté "
    "réussite évaluation bilan suivi rendez-vous semaine mois prochain travail "
    "objectifs partagés durée lieu déontologie déroulement introduction échange "
    "conclusion adhérent conseiller référent structure PLIE mission locale "
    "enquête métier visite salon forum recrutement employeur tuteur période essai "
    "souhaite pense pourrait devrait envisager préparer contacter appeler envoyer "
    "relancer inscrire participer réaliser présenter expliquer comprendre choisir "
    "avec pour dans sur sans chez vers depuis pendant après avant selon entre "
    "le la les un une des du de et ou mais donc car ne pas plus très bien aussi"
)
MOTS = _TEXTE.split()
QUESTIONS = [
    "cadre.objectifs",
    "cadre.duree",
    "cadre.lieu",
    "cadre.deontologie",
    "cadre.deroulement",
    "situation.formation",
    "situation.experiences",
    "situation.competences",
    "situation.projet",
    "contraintes.mobilite",
    "contraintes.garde",
    "contraintes.horaires",
    "appuis",
    "freins",
    "priorites",
    "decision_libre",
    "informations_a_recueillir",
    "outils",
    "evaluation",
    "travail_prochain_rdv",
    "remarques",
    "suite",
]
CONDUCTEURS = [
    ("premier-accueil", "Premier accueil", "accueil"),
    ("diagnostic", "Diagnostic", "accueil"),
    ("co-elaboration", "Co-élaboration de parcours", "accueil"),
    ("contractualisation", "Contractualisation", "accueil"),
    ("preparation-etape", "Préparation d'étape ou d'action", "accompagnement"),
    ("evaluation-intermediaire", "Évaluation d'étape intermédiaire", "accompagnement"),
    ("evaluation-finale", "Évaluation d'étape finale", "accompagnement"),
]
PRENOMS = ["Amina", "Julien", "Chloé", "Mohamed", "Léa", "Karim", "Inès", "Hugo", "Fatou"]
NOMS = ["Martin", "Bernard", "Diallo", "Lefèvre", "Nguyen", "Moreau", "Benali", "Traoré"]
MOT_RARE = "zyglophore"
"""Mot présent dans quelques séances seulement (recherche sélective)."""


def phrase(alea: random.Random, caracteres: int) -> str:
    """Une suite de mots d'environ `caracteres` caractères."""
    mots: list[str] = []
    longueur = 0
    while longueur < caracteres:
        mot = alea.choice(MOTS)
        mots.append(mot)
        longueur += len(mot) + 1
    texte = " ".join(mots)
    return texte[0].upper() + texte[1:] + "."


def taille_reponse(alea: random.Random) -> int:
    """Taille d'une réponse : souvent courte, parfois longue."""
    tirage = alea.random()
    if tirage < 0.35:
        return alea.randint(15, 60)
    if tirage < 0.9:
        return alea.randint(60, 200)
    return alea.randint(250, 500)


def seance_synthetique(
    alea: random.Random, adherent_id: str, debut: dt.datetime, rare: bool
) -> Seance:
    """Une séance clôturée, avec réponses, compte rendu, fiche et tâches."""
    conducteur_id, titre, phase = alea.choice(CONDUCTEURS)
    questions = alea.sample(QUESTIONS, alea.randint(12, 20))
    reponses = {q: phrase(alea, taille_reponse(alea)) for q in questions}
    if rare:
        reponses[questions[0]] += f" Piste évoquée : {MOT_RARE}."
    horodatages = {
        q: (debut + dt.timedelta(minutes=2 * i)).isoformat() for i, q in enumerate(questions)
    }
    seance = Seance(
        adherent_id=adherent_id,
        conducteur_id=conducteur_id,
        conducteur_titre=titre,
        phase=phase,
        debut=debut,
        fin=debut + dt.timedelta(minutes=50),
        statut="cloture",
        entretien={
            "etat": "termine",
            "conducteur": conducteur_id,
            "reponses": reponses,
            "horodatages": horodatages,
        },
        compte_rendu=phrase(alea, alea.randint(600, 1500)),
        fiche_visual_course={
            champ: phrase(alea, alea.randint(40, 160))
            for champ in ("objectif", "freins", "actions", "prochaine_etape")
        },
    )
    for _ in range(alea.randint(1, 3)):
        tache = seance.ajouter_tache(phrase(alea, alea.randint(30, 90)))
        tache.changer_statut(alea.choice(["faite", "faite", "en_cours", "abandonnee"]))
    return seance


def construire(dossier: Path, seances: int, adherents: int, graine: int = 4) -> None:
    """Construit l'historique dans `dossier/tinydb` et `dossier/sqlite.db`."""
    alea = random.Random(graine)
    base = sqlite3.connect(dossier / "sqlite.db")
    base.executescript(
        """
        PRAGMA synchronous=FULL;
        CREATE TABLE adherents (id TEXT PRIMARY KEY, nom TEXT, doc TEXT);
        CREATE TABLE seances (id TEXT PRIMARY KEY, adherent_id TEXT, debut TEXT,
            statut TEXT, conducteur_id TEXT, conducteur_titre TEXT, doc TEXT);
        CREATE INDEX seances_adherent ON seances(adherent_id);
        """
    )
    fin = dt.datetime(2026, 6, 1, 9, 0).astimezone()
    depot = Depot.ouvrir(dossier / "tinydb")
    try:
        compteur = 0
        repartition = [seances // adherents] * adherents
        for i in range(seances % adherents):
            repartition[i] += 1
        for numero, nombre in enumerate(repartition):
            nom = f"{alea.choice(PRENOMS)} {alea.choice(NOMS)} {numero}"
            adherent = depot.creer_adherent(nom)
            base.execute(
                "INSERT INTO adherents VALUES (?, ?, ?)",
                (adherent.id, nom, json.dumps(adherent_vers_document(adherent))),
            )
            debut = fin - dt.timedelta(days=alea.randint(30, 1000))
            for _ in range(nombre):
                debut += dt.timedelta(days=alea.randint(7, 40), hours=alea.random())
                rare = compteur % 500 == 250
                compteur += 1
                seance = seance_synthetique(alea, adherent.id, debut, rare)
                depot.enregistrer_seance(seance)
                document = seance_vers_document(seance)
                base.execute(
                    "INSERT INTO seances VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        seance.id,
                        adherent.id,
                        seance.debut.isoformat(),
                        seance.statut,
                        seance.conducteur_id,
                        seance.conducteur_titre,
                        json.dumps(document, ensure_ascii=False),
                    ),
                )
        base.commit()
    finally:
        depot.fermer()
        base.close()


def taille(chemin: Path) -> int:
    """Taille totale des fichiers sous `chemin`."""
    if chemin.is_file():
        return chemin.stat().st_size
    return sum(f.stat().st_size for f in chemin.rglob("*") if f.is_file())


def chrono(fonction: Callable[[], Any]) -> float:
    """Durée d'un appel, en millisecondes."""
    debut = time.perf_counter()
    fonction()
    return (time.perf_counter() - debut) * 1000


def p95(valeurs: list[float]) -> float:
    """Le 95e centile."""
    triees = sorted(valeurs)
    return triees[min(len(triees) - 1, int(round(0.95 * (len(triees) - 1))))]


def fr(valeur: float, decimales: int = 2) -> str:
    """Un nombre à la française."""
    return f"{valeur:,.{decimales}f}".replace(",", " ").replace(".", ",")


def mesurer_enregistrement(
    dossier: Path, alea: random.Random, entretiens: int, reponses: int
) -> tuple[list[float], list[float]]:
    """Enregistrer chaque réponse d'entretiens neufs : dépôt puis SQLite."""
    ours: list[float] = []
    with Depot.ouvrir(dossier / "tinydb") as depot:
        ids = [r.id for r in depot.adherents()]
        for _ in range(entretiens):
            seance = Seance(
                adherent_id=alea.choice(ids),
                conducteur_id="diagnostic",
                conducteur_titre="Diagnostic",
                phase="accueil",
                entretien={"etat": "introduction", "reponses": {}, "horodatages": {}},
            )
            depot.enregistrer_seance(seance)
            for i in range(reponses):
                question = QUESTIONS[i % len(QUESTIONS)] + f".{i}"
                seance.entretien["reponses"][question] = phrase(alea, taille_reponse(alea))
                seance.entretien["horodatages"][question] = dt.datetime.now().isoformat()
                ours.append(chrono(partial(depot.enregistrer_seance, seance)))
    theirs: list[float] = []
    base = sqlite3.connect(dossier / "sqlite.db")
    base.execute("PRAGMA synchronous=FULL")
    ids_sql = [ligne[0] for ligne in base.execute("SELECT id FROM adherents")]
    for _ in range(entretiens):
        seance = Seance(
            adherent_id=alea.choice(ids_sql),
            conducteur_id="diagnostic",
            conducteur_titre="Diagnostic",
            phase="accueil",
            entretien={"etat": "introduction", "reponses": {}, "horodatages": {}},
        )
        document = seance_vers_document(seance)
        base.execute(
            "INSERT INTO seances VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                seance.id,
                seance.adherent_id,
                seance.debut.isoformat(),
                seance.statut,
                seance.conducteur_id,
                seance.conducteur_titre,
                json.dumps(document),
            ),
        )
        base.commit()
        for i in range(reponses):
            question = QUESTIONS[i % len(QUESTIONS)] + f".{i}"
            seance.entretien["reponses"][question] = phrase(alea, taille_reponse(alea))
            seance.entretien["horodatages"][question] = dt.datetime.now().isoformat()

            def sauver(s: Seance = seance) -> None:
                texte = json.dumps(seance_vers_document(s), ensure_ascii=False)
                base.execute("UPDATE seances SET doc = ? WHERE id = ?", (texte, s.id))
                base.commit()

            theirs.append(chrono(sauver))
    base.close()
    return ours, theirs


def lister_sqlite(chemin: Path) -> list[tuple[Any, ...]]:
    """La liste des adhérents avec nombre de séances et dernière séance, en SQL."""
    base = sqlite3.connect(chemin)
    lignes = base.execute(
        """
        SELECT a.id, a.nom, COUNT(s.id), MAX(s.debut),
            (SELECT conducteur_id FROM seances d WHERE d.adherent_id = a.id
             ORDER BY d.debut DESC LIMIT 1)
        FROM adherents a LEFT JOIN seances s ON s.adherent_id = a.id
        GROUP BY a.id ORDER BY a.nom
        """
    ).fetchall()
    base.close()
    return lignes


def charger_depot(depot: Depot, adherent_id: str) -> tuple[Adherent, list[Seance]]:
    """Un dossier complet depuis le dépôt."""
    return depot.adherent(adherent_id), depot.seances(adherent_id)


def charger_sqlite(base: sqlite3.Connection, adherent_id: str) -> tuple[Adherent, list[Seance]]:
    """Un dossier complet, validé en modèles, depuis SQLite."""
    (doc,) = base.execute("SELECT doc FROM adherents WHERE id = ?", (adherent_id,)).fetchone()
    adherent = document_vers_adherent(json.loads(doc), Path("sqlite"))
    seances = [
        document_vers_seance(json.loads(d), Path("sqlite"))
        for (d,) in base.execute(
            "SELECT doc FROM seances WHERE adherent_id = ? ORDER BY debut", (adherent_id,)
        )
    ]
    return adherent, seances


def main(argv: list[str] | None = None) -> int:
    """Construit l'historique, mesure, affiche les chiffres."""
    parser = argparse.ArgumentParser(description="Mesure du stockage comparé à SQLite.")
    parser.add_argument("--seances", type=int, default=10_000)
    parser.add_argument("--adherents", type=int, default=500)
    parser.add_argument("--entretiens", type=int, default=8, help="entretiens neufs mesurés")
    parser.add_argument("--reponses", type=int, default=40, help="réponses par entretien")
    parser.add_argument("--dossier", type=Path, help="dossier de travail (défaut : temporaire)")
    parser.add_argument("--construire-seulement", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.construire_seulement:
        construire(args.dossier, args.seances, args.adherents)
        return 0

    temporaire = args.dossier is None
    dossier = Path(tempfile.mkdtemp(prefix="bench-stockage-")) if temporaire else args.dossier
    if not temporaire:
        dossier.mkdir(parents=True, exist_ok=True)
        if any(dossier.iterdir()):
            print(f"Erreur : le dossier {dossier} n'est pas vide.", file=sys.stderr)
            return 2
    try:
        return _mesurer(args, dossier)
    finally:
        if temporaire:
            shutil.rmtree(dossier, ignore_errors=True)


def _mesurer(args: argparse.Namespace, dossier: Path) -> int:
    alea = random.Random(11)
    debut = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--construire-seulement",
            "--dossier",
            str(dossier),
            "--seances",
            str(args.seances),
            "--adherents",
            str(args.adherents),
        ],
        check=True,
    )
    duree = time.perf_counter() - debut
    mo_dossiers = taille(dossier / "tinydb" / "adherents") / 1e6
    mo_caches = (taille(dossier / "tinydb") - taille(dossier / "tinydb" / "adherents")) / 1e6
    mo_sql = taille(dossier / "sqlite.db") / 1e6
    print(
        f"historique : {args.seances} séances, {args.adherents} adhérents ; "
        f"TinyDB {fr(mo_dossiers, 1)} Mo de dossiers + {fr(mo_caches, 1)} Mo de caches "
        f"(index, recherche), SQLite {fr(mo_sql, 1)} Mo ; construit en {fr(duree, 1)} s"
    )

    # Enregistrer une réponse pendant un nouvel entretien.
    ours, theirs = mesurer_enregistrement(dossier, alea, args.entretiens, args.reponses)
    med_o, med_s = statistics.median(ours), statistics.median(theirs)
    rapport = med_o / med_s
    print(
        f"enregistrer une réponse : médiane {fr(med_o)} ms, p95 {fr(p95(ours))} ms | "
        f"SQLite médiane {fr(med_s)} ms, p95 {fr(p95(theirs))} ms | "
        f"rapport {fr(rapport)} (cible <= 3) {'OK' if rapport <= 3 else 'HORS CIBLE'}"
    )

    # Lister les adhérents depuis un dépôt fraîchement ouvert.
    ouvertures: list[float] = []
    listes: list[float] = []
    for _ in range(5):
        t0 = time.perf_counter()
        depot = Depot.ouvrir(dossier / "tinydb")
        t1 = time.perf_counter()
        resumes = depot.adherents()
        t2 = time.perf_counter()
        depot.fermer()
        ouvertures.append((t2 - t0) * 1000)
        listes.append((t2 - t1) * 1000)
    sql_listes = [chrono(lambda: lister_sqlite(dossier / "sqlite.db")) for _ in range(5)]
    med_ol, med_l, med_sl = (statistics.median(v) for v in (ouvertures, listes, sql_listes))
    print(
        f"lister les {len(resumes)} adhérents : ouverture + liste {fr(med_ol)} ms "
        f"(liste seule {fr(med_l)} ms) | SQLite {fr(med_sl)} ms | rapport {fr(med_ol / med_sl)} "
        f"(cible <= 200 ms) {'OK' if med_ol <= 200 else 'HORS CIBLE'}"
    )

    # Charger un dossier (fiche + séances, en modèles).
    with Depot.ouvrir(dossier / "tinydb") as depot:
        ids = [r.id for r in depot.adherents()]
        choisis = alea.sample(ids, min(50, len(ids)))
        chargements = [chrono(partial(charger_depot, depot, i)) for i in choisis]
    base = sqlite3.connect(dossier / "sqlite.db")
    sql_chargements = [chrono(partial(charger_sqlite, base, i)) for i in choisis]
    base.close()
    med_c, med_sc = statistics.median(chargements), statistics.median(sql_chargements)
    print(
        f"charger un dossier (~{args.seances // args.adherents} séances) : médiane {fr(med_c)} ms "
        f"| SQLite {fr(med_sc)} ms | rapport {fr(med_c / med_sc)}"
    )

    # Chercher un texte dans toutes les séances.
    requetes = [MOT_RARE, "permis de conduire", "AIDE-SOIGNANTE", "mobilite", "cariste"]
    with Depot.ouvrir(dossier / "tinydb") as depot:
        premiere = chrono(lambda: depot.rechercher(requetes[0]))
        suivantes = [chrono(partial(depot.rechercher, r)) for r in requetes * 3]
        nombre_rare = len(depot.rechercher(MOT_RARE))
    base = sqlite3.connect(dossier / "sqlite.db")

    def chercher_sql(texte: str) -> list[Any]:
        return base.execute(
            "SELECT id, adherent_id FROM seances WHERE doc LIKE ? ORDER BY debut DESC LIMIT 100",
            (f"%{texte}%",),
        ).fetchall()

    sql_premiere = chrono(lambda: chercher_sql(requetes[0]))
    sql_suivantes = [chrono(partial(chercher_sql, r)) for r in requetes * 3]
    base.close()
    med_r, med_sr = statistics.median(suivantes), statistics.median(sql_suivantes)
    pire = max([premiere, *suivantes])
    print(
        f"chercher un texte ({nombre_rare} séances pour le mot rare, 100 résultats au plus) : "
        f"première {fr(premiere)} ms, ensuite médiane {fr(med_r)} ms, pire {fr(pire)} ms | "
        f"SQLite LIKE première {fr(sql_premiere)} ms, médiane {fr(med_sr)} ms | "
        f"rapport {fr(med_r / med_sr)} (cible <= 200 ms) {'OK' if pire <= 200 else 'HORS CIBLE'}"
    )

    # Reconstruction des caches après un arrêt brutal (information).
    (dossier / "tinydb" / ".session").write_bytes(b"0")
    reconstruction = chrono(lambda: Depot.ouvrir(dossier / "tinydb").fermer())
    print(f"reconstruire les caches après un arrêt brutal : {fr(reconstruction, 0)} ms")

    pic = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if sys.platform == "darwin":  # pragma: no cover - octets sur macOS
        pic /= 1024
    verdict = "OK" if pic <= 200 else "HORS CIBLE"
    print(f"pic mémoire (RSS) : {fr(pic, 1)} Mo (cible <= 200 Mo) {verdict}")
    print(f"processeurs : {os.cpu_count()}, Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
