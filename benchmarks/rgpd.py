"""Mesures du vérificateur RGPD des textes libres (`assistant.redaction`).

Affiche, pour chaque corpus étiqueté de `tests/data/` :

- le corpus principal (`rgpd_corpus.tsv`), sur lequel les règles ont été réglées ;
- le corpus de réglage des familles (`rgpd_corpus_reglage.tsv`), écrit et utilisé
  pendant la généralisation des règles : ses chiffres sont optimistes ;
- le corpus de contrôle (`rgpd_corpus_controle.tsv`), écrit après les règles ; ses
  phrases manquées ont ensuite servi à généraliser les familles de mots ;
- le corpus de contrôle n°2 (`rgpd_corpus_controle2.tsv`), écrit avant de lire les
  règles et jamais utilisé pour les régler ; ses cinq familles de fausses alertes
  (psychosocial, centre de dialyse, droit pénal, « par vos soins », manipulateur
  radio) ont ensuite été corrigées par des règles de contexte générales ;
- le corpus de contrôle n°3 (`rgpd_corpus_controle3.tsv`), écrit avant ces
  corrections, 60 % de phrases neutres piégées ; ses familles de fausses alertes
  (spécialités médicales comme cadre du métier, biens médicaux, laboratoire et
  équipement biométrique, syndicat employeur, « malade » au figuré) et de manques
  (sommeil, pronom sujet en tête de phrase) ont ensuite été corrigées par des
  règles générales : ses chiffres ne mesurent plus la généralisation ;
- le corpus de contrôle n°4 (`rgpd_corpus_controle4.tsv`), écrit avant ces
  corrections, 55 % de phrases neutres piégées au vocabulaire différent du n°3 ;
  ses fausses alertes (mot sensible désignant un employeur, un lieu de travail, un
  emploi ou une matière d'études) et son manque (« asexuel ») ont ensuite servi à
  généraliser, par le « cadre professionnel » : ses chiffres sont optimistes ;
- le corpus de contrôle n°5 (`rgpd_corpus_controle5.tsv`), écrit avant le cadre
  professionnel, 53 % de phrases neutres piégées au vocabulaire différent des n°3
  et n°4 ; mesuré une fois (92,4 % / 7,7 %), puis ses familles ont servi à généraliser ;
- les corpus de contrôle n°6, n°7 et n°9, écrits chacun par une session qui n'a lu ni
  les règles ni les autres corpus (n°6 : notes rapides sans accents ; n°7 : comptes
  rendus longs et soutenus ; n°9 : pièges de style et de jugement), mesurés une fois
  avant toute correction (n°6 : 90,8 % / 6,4 % ; n°7 : 92,1 % / 20,7 % ; n°9 : 95,0 % /
  15,0 %), puis utilisés pour généraliser : leurs chiffres sont optimistes ;
- le corpus de contrôle n°8 (`rgpd_corpus_controle8.tsv`), écrit de la même façon et
  RÉSERVÉ à la mesure finale : jamais lu pour régler les règles, la mesure de la
  généralisation ;

- le rappel sur les phrases sensibles (toutes les catégories attendues
  trouvées ; cible >= 95 %), le rappel par catégorie ;
- le taux de fausses alertes sur les phrases neutres (cible <= 5 %) ;
- les phrases manquées et les fausses alertes, pour les relire ;

puis le temps d'un appel (médiane et 95e centile) sur des textes de 500
caractères, sans la mémoire des derniers textes (cible : < 2 ms), et sur des
textes de 3 000 caractères.

    python benchmarks/rgpd.py [--repetitions 2000] [--silencieux]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ICI = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ICI]
sys.path.insert(0, str(ICI.parent))

from assistant.redaction import Categorie, verifier  # noqa: E402
from assistant.redaction.corpus import Exemple, Mesures, evaluer, lire_corpus  # noqa: E402
from assistant.redaction.verificateur import _analyser  # noqa: E402

DONNEES = ICI.parent / "tests" / "data"
CORPUS = {
    "principal (réglage)": DONNEES / "rgpd_corpus.tsv",
    "de réglage des familles (utilisé pour généraliser : optimiste)": DONNEES
    / "rgpd_corpus_reglage.tsv",
    "contrôle n°1 (écrit après les règles ; ses manques ont servi à généraliser)": DONNEES
    / "rgpd_corpus_controle.tsv",
    "contrôle n°2 (écrit avant de lire les règles ; ses 5 fausses alertes ont été "
    "corrigées par des règles générales)": DONNEES / "rgpd_corpus_controle2.tsv",
    "contrôle n°3 (écrit avant de lire les règles ; ses fausses alertes et ses manques "
    "ont servi à généraliser les familles)": DONNEES / "rgpd_corpus_controle3.tsv",
    "contrôle n°4 (écrit avant le cadre professionnel ; ses fausses alertes et son manque "
    "ont servi à généraliser)": DONNEES / "rgpd_corpus_controle4.tsv",
    "contrôle n°5 (écrit avant le cadre professionnel ; mesuré une fois à 92,4 % / 7,7 %, "
    "puis utilisé pour généraliser)": DONNEES / "rgpd_corpus_controle5.tsv",
    "contrôle n°6 (notes rapides, écrit sans lire les règles ; mesuré une fois à "
    "90,8 % / 6,4 %, puis utilisé pour généraliser)": DONNEES / "rgpd_corpus_controle6.tsv",
    "contrôle n°7 (comptes rendus longs, écrit sans lire les règles ; mesuré une fois à "
    "92,1 % / 20,7 %, puis utilisé pour généraliser)": DONNEES / "rgpd_corpus_controle7.tsv",
    "contrôle n°9 (pièges de style et de jugement, écrit sans lire les règles ; mesuré une "
    "fois à 95,0 % / 15,0 %, puis utilisé pour généraliser)": DONNEES / "rgpd_corpus_controle9.tsv",
    "contrôle n°8 (écrit sans lire les règles, RÉSERVÉ à la mesure finale, JAMAIS utilisé "
    "pour régler les règles)": DONNEES / "rgpd_corpus_controle8.tsv",
}


def _pourcent(valeur: float) -> str:
    return f"{100 * valeur:5.1f} %"


def afficher(nom: str, mesures: Mesures, silencieux: bool) -> None:
    print(f"\n== Corpus {nom} : {mesures.sensibles} phrases sensibles, {mesures.neutres} neutres")
    print(
        f"Rappel (phrases sensibles)   : {_pourcent(mesures.rappel)} "
        f"({mesures.retrouvees}/{mesures.sensibles}) — cible >= 95 %"
    )
    print(
        f"Fausses alertes (neutres)    : {_pourcent(mesures.taux_fausses_alertes)} "
        f"({mesures.fausses_alertes}/{mesures.neutres}) — cible <= 5 %"
    )
    print("Rappel par catégorie :")
    for categorie in Categorie:
        trouvees, attendues = mesures.par_categorie.get(categorie, [0, 0])
        if attendues:
            print(
                f"  {categorie.value:<22} {_pourcent(trouvees / attendues)} "
                f"({trouvees}/{attendues})"
            )
    print(f"Phrases sensibles avec une catégorie en plus : {len(mesures.en_trop)}")
    if silencieux:
        return

    def montrer(exemple: Exemple, constats: list[object]) -> str:
        trouve = ", ".join(
            f"{c.categorie.value}:{exemple.texte[c.debut : c.fin]!r}"  # type: ignore[attr-defined]
            for c in constats
        )
        return f"    l.{exemple.ligne} {exemple.texte}  →  {trouve or 'rien'}"

    if mesures.manques:
        print("Manquées :")
        for exemple, constats in mesures.manques:
            attendu = ",".join(sorted(c.value for c in exemple.attendu))
            print(f"  [{attendu}]")
            print(montrer(exemple, list(constats)))
    if mesures.alertes:
        print("Fausses alertes :")
        for exemple, constats in mesures.alertes:
            print(montrer(exemple, list(constats)))


def textes_de(longueur: int, exemples: list[Exemple], nombre: int) -> list[str]:
    """Des textes d'environ `longueur` caractères faits de phrases du corpus mêlées."""
    hasard = random.Random(2024)
    textes: list[str] = []
    for _ in range(nombre):
        morceaux: list[str] = []
        taille = 0
        while taille < longueur:
            phrase = hasard.choice(exemples).texte
            morceaux.append(phrase)
            taille += len(phrase) + 1
        textes.append(" ".join(morceaux)[:longueur])
    return textes


def chronometrer(textes: list[str], repetitions: int) -> tuple[float, float]:
    """Médiane et 95e centile d'un appel, en millisecondes (sans mémoire)."""
    durees: list[float] = []
    for i in range(repetitions):
        texte = textes[i % len(textes)]
        debut = time.perf_counter()
        _analyser(texte, ("Karim", "Benali"))
        durees.append(time.perf_counter() - debut)
    durees.sort()
    return statistics.median(durees) * 1000, durees[int(0.95 * len(durees))] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=2000)
    parser.add_argument(
        "--silencieux", action="store_true", help="n'affiche pas le détail des phrases manquées"
    )
    args = parser.parse_args(argv)

    tous: list[Exemple] = []
    for nom, chemin in CORPUS.items():
        if not chemin.exists():
            print(f"\n== Corpus {nom} : {chemin.name} absent")
            continue
        exemples = lire_corpus(chemin)
        tous.extend(exemples)
        afficher(nom, evaluer(exemples), args.silencieux)

    print("\n== Temps d'un appel (sans la mémoire des derniers textes)")
    verifier("échauffement")
    for longueur in (500, 3000):
        textes = textes_de(longueur, tous, 200)
        repetitions = args.repetitions if longueur == 500 else max(200, args.repetitions // 4)
        mediane, p95 = chronometrer(textes, repetitions)
        cible = " — cible < 2 ms" if longueur == 500 else ""
        print(
            f"Texte de {longueur:>4} caractères : médiane {mediane:.3f} ms, "
            f"95e centile {p95:.3f} ms ({repetitions} appels){cible}"
        )
    texte = textes_de(500, tous, 1)[0]
    verifier(texte)
    debut = time.perf_counter()
    for _ in range(1000):
        verifier(texte)
    print(
        f"Même texte revérifié (mémoire) : {(time.perf_counter() - debut) * 1000:.1f} µs par appel"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
