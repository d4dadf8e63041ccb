"""La commande `entretien` (aussi `python -m assistant`)."""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import PackageNotFoundError, version

from assistant.cli.base import AnalyseurFrancais, erreur, sous_commandes
from assistant.config import VARIABLE_DONNEES, Emplacements


def _version() -> str:
    try:
        return version("assistant-entretiens")
    except PackageNotFoundError:  # pragma: no cover - exécuté depuis les sources
        return "inconnue"


def _analyseur_global() -> argparse.ArgumentParser:
    parser = AnalyseurFrancais(
        prog="entretien",
        description=(
            "Assistant d'entretiens pour les accompagnateurs emploi.\n"
            "Sans commande, ouvre l'assistant sur l'écran d'accueil."
        ),
        epilog=(
            "Dossier de données : --donnees DOSSIER, sinon la variable "
            f"{VARIABLE_DONNEES}, sinon un dossier local propre à votre compte."
        ),
    )
    parser.add_argument("--version", action="store_true", help="affiche la version et quitte")
    parser.add_argument(
        "--donnees",
        metavar="DOSSIER",
        help=f"dossier des données (défaut : ${VARIABLE_DONNEES} ou dossier local)",
    )
    parser.add_argument(
        "--conducteurs",
        metavar="DOSSIER",
        help="dossier des conducteurs de la structure (défaut : DONNEES/conducteurs)",
    )
    return parser


def controler_donnees(option: str | None, emplacements: Emplacements) -> int:
    """Refuse, avant toute commande, un dossier de données inutilisable.

    `--donnees ""` (le dossier courant, pris par erreur), un fichier ou un
    périphérique, un dossier non vide qui n'est pas à l'assistant : message
    en français, code 2, et rien n'est créé ni modifié. Rend 0 si tout va bien."""
    from stockage.controle import controler_dossier
    from stockage.erreurs import ErreurStockage

    if option is not None and not option.strip():
        erreur(
            "--donnees est vide : indiquez le chemin d'un dossier de données "
            "(par exemple --donnees ~/entretiens)."
        )
        return 2
    try:
        controler_dossier(emplacements.donnees.expanduser().absolute())
    except ErreurStockage as exc:
        erreur(str(exc))
        return 2
    return 0


def construire_analyseur() -> argparse.ArgumentParser:
    """L'analyseur complet de la ligne de commande."""
    from assistant.cli import conducteurs, donnees, historique, interface, rgpd

    parser = _analyseur_global()
    sous = sous_commandes(parser, "commande")
    interface.enregistrer(sous)
    conducteurs.enregistrer(sous)
    donnees.enregistrer(sous)
    rgpd.enregistrer(sous)
    historique.enregistrer(sous)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Point d'entrée : rend le code de sortie (0 succès, 1 problème, 2 usage)."""
    arguments = sys.argv[1:] if argv is None else argv
    if "-h" not in arguments and "--help" not in arguments:
        # `entretien` seul (éventuellement avec --donnees, --conducteurs) : on ouvre
        # l'accueil sans charger les autres commandes, pour démarrer vite.
        args, reste = _analyseur_global().parse_known_args(arguments)
        if not reste:
            if args.version:
                print(f"entretien, version {_version()}")
                return 0
            from assistant.cli.interface import lancer_accueil

            emplacements = Emplacements.resoudre(args.donnees, args.conducteurs)
            code_dossier = controler_donnees(args.donnees, emplacements)
            if code_dossier:
                return code_dossier
            return lancer_accueil(args, emplacements)
    parser = construire_analyseur()
    args = parser.parse_args(arguments)
    if args.version:
        print(f"entretien, version {_version()}")
        return 0
    emplacements = Emplacements.resoudre(args.donnees, args.conducteurs)
    code_dossier = controler_donnees(args.donnees, emplacements)
    if code_dossier:
        return code_dossier
    action = getattr(args, "action", None)
    if action is None:
        from assistant.cli.interface import lancer_accueil

        action = lancer_accueil
    try:
        code: int = action(args, emplacements)
    except KeyboardInterrupt:
        erreur("interrompu.")
        return 130
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
