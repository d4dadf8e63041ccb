"""`entretien rgpd verifier|auditer` : les textes libres au regard du RGPD.

- `verifier` lit des textes sur l'entrée standard (un par ligne, en UTF-8
  ou dans l'encodage donné par `--encodage`) et dit ce qui pose problème :
  données sensibles, jugements de valeur, identifiants,
  adhérent désigné autrement que par « vous » ou « l'adhérent ». Avec
  `--json`, une ligne JSON par ligne lue, dans l'ordre.
- `auditer` passe le même vérificateur sur tous les comptes rendus et toutes
  les réponses libres enregistrés, et liste les séances à revoir.

Code de sortie : 0 si rien n'est trouvé, 1 sinon (2 pour une erreur d'usage).
"""

from __future__ import annotations

import argparse
import codecs
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

from assistant.cli.base import erreur
from assistant.config import Emplacements
from stockage.texte import json_visible, rendre_visible


def _visible(texte: str) -> str:
    """Un texte lu ou enregistré, sûr sur une ligne de sortie (voir `rendre_visible`)."""
    return rendre_visible(texte, une_ligne=True)


def enregistrer(sous: Any) -> None:
    """Enregistre `verifier` et `auditer` dans le groupe `rgpd`."""
    p = sous.add_parser(
        "verifier",
        help="vérifie des textes lus sur l'entrée standard (un par ligne)",
        description=(
            "Lit des textes sur l'entrée standard, un par ligne, et signale les données "
            "sensibles (santé, origine, opinions, religion, syndicat, vie sexuelle, "
            "données génétiques, infractions), les jugements de valeur, les numéros "
            "(sécurité sociale, IBAN, carte) et l'adhérent désigné autrement que par "
            "« vous » ou « l'adhérent ».\n"
            "Code de sortie : 0 si rien n'est trouvé, 1 sinon."
        ),
        epilog='Exemple : echo "Il est diabétique." | entretien rgpd verifier --json',
    )
    p.add_argument(
        "--json",
        action="store_true",
        help='une ligne JSON par ligne lue : {"texte": …, "constats": […]}',
    )
    p.add_argument(
        "--prenom",
        metavar="NOM",
        action="append",
        default=[],
        help="prénom ou nom de l'adhérent, à signaler s'il apparaît (répétable)",
    )
    p.add_argument(
        "--personnelles",
        action="store_true",
        help=(
            "signale aussi les coordonnées et la situation de l'adhérent (catégories "
            "« coordonnees » et « situation »), interdites sans consentement en vigueur"
        ),
    )
    p.add_argument(
        "--encodage",
        metavar="NOM",
        type=encodage,
        default="utf-8",
        help="encodage des textes lus (défaut : utf-8 ; par exemple latin-1 ou cp1252 "
        "pour un fichier enregistré sous Windows)",
    )
    p.set_defaults(action=verifier)

    p = sous.add_parser(
        "auditer",
        help="vérifie tous les comptes rendus et réponses enregistrés",
        description=(
            "Passe le vérificateur sur les comptes rendus, notes, réponses libres, "
            "tâches et fiches Visual Course de toutes les séances enregistrées, et "
            "liste les séances à revoir.\n"
            "Code de sortie : 0 si rien n'est trouvé, 1 sinon."
        ),
    )
    p.add_argument(
        "--details",
        action="store_true",
        help="montre aussi chaque passage et sa reformulation (données personnelles à l'écran)",
    )
    p.add_argument("--json", action="store_true", help="une ligne JSON par séance à revoir")
    p.set_defaults(action=auditer)


# ---------------------------------------------------------------------------
# verifier
# ---------------------------------------------------------------------------


def _utf8(flux: TextIO) -> None:
    """Lit et écrit en UTF-8 quelle que soit la configuration du terminal."""
    reconfigurer = getattr(flux, "reconfigure", None)
    if reconfigurer is not None and (getattr(flux, "encoding", "") or "").lower() != "utf-8":
        reconfigurer(encoding="utf-8", errors="replace")


ENCODAGES_COURANTS = "utf-8, latin-1, cp1252"
"""Les encodages à proposer quand un nom n'est pas reconnu."""


def encodage(nom: str) -> str:
    """Le nom d'un encodage de texte connu de Python ; sinon une erreur d'usage en français."""
    try:
        info = codecs.lookup(nom)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise argparse.ArgumentTypeError(
            f"encodage inconnu : « {nom} » ; écrivez par exemple l'un de : {ENCODAGES_COURANTS}"
        )
    return info.name


class EntreeIndecodable(Exception):
    """L'entrée n'est pas du texte dans l'encodage attendu ; le message dit où."""


def decoder(brut: bytes, nom_encodage: str) -> str:
    """Le texte de `brut` dans cet encodage ; lève `EntreeIndecodable` avec la ligne et
    l'octet fautifs. Une marque d'ordre des octets (BOM) UTF-8 au début est retirée."""
    if nom_encodage == "utf-8" and brut.startswith(codecs.BOM_UTF8):
        brut = brut[len(codecs.BOM_UTF8) :]
    try:
        return brut.decode(nom_encodage)
    except UnicodeDecodeError as exc:
        ligne = brut.count(b"\n", 0, exc.start) + 1
        debut_ligne = brut.rfind(b"\n", 0, exc.start) + 1
        raise EntreeIndecodable(
            f"l'entrée n'est pas du texte {nom_encodage} valide : ligne {ligne}, octet "
            f"{exc.start - debut_ligne + 1} de la ligne (0x{brut[exc.start]:02X}, octet "
            f"{exc.start + 1} de l'entrée). Rien n'a été vérifié. Enregistrez les textes en "
            "UTF-8, ou indiquez leur encodage avec --encodage (par exemple --encodage "
            "cp1252 pour un fichier enregistré sous Windows)."
        ) from None


def _lire_entree(nom_encodage: str) -> list[str]:
    """Les lignes de l'entrée standard, décodées en entier avant toute vérification."""
    tampon = getattr(sys.stdin, "buffer", None)  # absent d'une entrée déjà en texte
    texte = sys.stdin.read() if tampon is None else decoder(tampon.read(), nom_encodage)
    # Une ligne par « \n », comme en lisant un fichier (pas de coupure sur \x0c, \x85…).
    lignes = texte.split("\n")
    if lignes[-1] == "":
        lignes.pop()
    return lignes


def _ligne_humaine(numero: int, texte: str, constats: list[Any]) -> list[str]:
    lignes = [f"Ligne {numero} : {len(constats)} passage(s) à revoir"]
    for c in constats:
        extrait = " ".join(texte[c.debut : c.fin].split())
        lignes.append(f"  [{c.categorie.libelle}] « {extrait} » (caractères {c.debut}-{c.fin})")
        lignes.append(f"    {c.explication}")
        lignes.append(f"    Proposition : {c.suggestion}")
    return [_visible(ligne) for ligne in lignes]


def verifier(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien rgpd verifier [--json] [--prenom NOM]…`."""
    from assistant.redaction import verifier as verifier_texte

    _utf8(sys.stdout)
    try:
        entree = _lire_entree(args.encodage)
    except EntreeIndecodable as exc:
        erreur(str(exc))
        return 2
    prenoms = tuple(args.prenom)
    trouve = False
    lues = 0
    for numero, brut in enumerate(entree, start=1):
        lues += 1
        texte = brut.removesuffix("\n").removesuffix("\r")
        constats = verifier_texte(texte, prenoms, personnelles=args.personnelles)
        trouve = trouve or bool(constats)
        if args.json:
            objet = {"texte": texte, "constats": [c.en_dict() for c in constats]}
            print(json_visible(objet), flush=False)
        elif constats:
            print("\n".join(_ligne_humaine(numero, texte, constats)))
    sys.stdout.flush()
    if not args.json:
        if lues == 0:
            erreur("aucun texte reçu : envoyez les textes sur l'entrée standard, un par ligne.")
        elif not trouve:
            print(f"{lues} texte(s) vérifié(s) : rien à signaler.")
    return 1 if trouve else 0


# ---------------------------------------------------------------------------
# auditer
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """Un texte libre d'une séance, avec l'endroit d'où il vient."""

    champ: str
    texte: str


def _reponses(entretien: Mapping[str, Any]) -> Iterator[Passage]:
    reponses = entretien.get("reponses")
    if isinstance(reponses, Mapping):
        for etape, reponse in reponses.items():
            if not isinstance(reponse, Mapping):
                continue
            valeur = reponse.get("valeur")
            nature = reponse.get("type")
            if nature == "texte" and isinstance(valeur, str):
                yield Passage(f"réponse « {etape} »", valeur)
            elif nature == "taches" and isinstance(valeur, list):
                for tache in valeur:
                    if isinstance(tache, Mapping) and isinstance(tache.get("quoi"), str):
                        yield Passage(f"tâche (étape « {etape} »)", tache["quoi"])
            elif isinstance(valeur, Mapping) and isinstance(valeur.get("raison"), str):
                yield Passage(f"réponse « {etape} »", valeur["raison"])
    notes = entretien.get("notes")
    if isinstance(notes, list):
        for note in notes:
            if isinstance(note, Mapping) and isinstance(note.get("texte"), str):
                yield Passage("note d'étape", note["texte"])
    passees = entretien.get("passees")
    if isinstance(passees, Mapping):
        for etape, raison in passees.items():
            if isinstance(raison, str):
                yield Passage(f"raison du passage de « {etape} »", raison)


def passages(seance: Any) -> Iterator[Passage]:
    """Tous les textes libres d'une séance : compte rendu, notes, réponses, tâches…"""
    if seance.compte_rendu:
        yield Passage("compte rendu", seance.compte_rendu)
    if seance.notes:
        yield Passage("notes", seance.notes)
    for cle, valeur in seance.fiche_visual_course.items():
        if isinstance(valeur, str) and valeur.strip():
            yield Passage(f"fiche Visual Course « {cle} »", valeur)
    for tache in seance.taches:
        yield Passage("travail pour le prochain rendez-vous", tache.quoi)
    if isinstance(seance.entretien, Mapping):
        yield from _reponses(seance.entretien)


def auditer(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """`entretien rgpd auditer [--details] [--json]`."""
    from assistant.cli.donnees import avertir, executer
    from assistant.redaction import verifier as verifier_texte
    from stockage import Depot

    _utf8(sys.stdout)

    def action() -> int:
        base = emplacements.donnees
        if not base.is_dir():
            print(f"Le dossier de données {base} n'existe pas encore : rien à auditer.")
            return 0
        a_revoir = 0
        total = 0
        illisibles = []
        with Depot.ouvrir(base, lecture_seule=True) as depot:
            avertir(depot)
            for resume in depot.adherents():
                prenoms = (resume.nom,)
                seances, erreurs = depot.seances_lisibles(resume.id)
                illisibles += erreurs
                for seance in seances:
                    total += 1
                    trouves: list[tuple[Passage, list[Any]]] = []
                    for passage in passages(seance):
                        constats = verifier_texte(passage.texte, prenoms)
                        if constats:
                            trouves.append((passage, constats))
                    if not trouves:
                        continue
                    a_revoir += 1
                    _rapporter(args, resume.nom, resume.id, seance, trouves)
        if not args.json:
            if a_revoir:
                print(f"{a_revoir} séance(s) à revoir sur {total}.")
            else:
                print(f"{total} séance(s) vérifiée(s) : rien à signaler.")
        for illisible in illisibles:
            erreur(f"séance illisible, non auditée : {illisible.chemin} ({illisible.raison}).")
        return 1 if a_revoir or illisibles else 0

    return executer(action)


def _rapporter(
    args: argparse.Namespace,
    nom: str,
    adherent_id: str,
    seance: Any,
    trouves: list[tuple[Passage, list[Any]]],
) -> None:
    categories = Counter(c.categorie for _p, cs in trouves for c in cs)
    if args.json:
        objet = {
            "seance": seance.id,
            "adherent": adherent_id,
            "date": seance.debut.isoformat(),
            "conducteur": seance.conducteur_id,
            "categories": {c.value: n for c, n in sorted(categories.items())},
            "valide_malgre_alertes": bool(seance.rgpd_confirmation),
            "passages": [
                {
                    "champ": p.champ,
                    "constats": [c.en_dict() | {"extrait": p.texte[c.debut : c.fin]} for c in cs]
                    if args.details
                    else [c.en_dict() for c in cs],
                }
                for p, cs in trouves
            ],
        }
        print(json_visible(objet))
        return
    resume = ", ".join(f"{c.libelle} ×{n}" for c, n in sorted(categories.items()))
    titre = seance.conducteur_titre or seance.conducteur_id
    entete = f"Séance {seance.id} du {seance.debut:%d/%m/%Y} ({titre}) — {nom} : {resume}"
    print(_visible(entete))
    champs = ", ".join(dict.fromkeys(p.champ for p, _cs in trouves))
    print(_visible(f"  à revoir : {champs}"))
    if seance.rgpd_confirmation:
        print("  compte rendu validé malgré les alertes (motif consigné dans la séance)")
    if args.details:
        for passage, constats in trouves:
            for c in constats:
                extrait = " ".join(passage.texte[c.debut : c.fin].split())
                print(_visible(f"    [{c.categorie.libelle}] {passage.champ} : « {extrait} »"))
                print(_visible(f"      Proposition : {c.suggestion}"))
