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

            return lancer_accueil(args, Emplacements.resoudre(args.donnees, args.conducteurs))
    parser = construire_analyseur()
    args = parser.parse_args(arguments)
    if args.version:
        print(f"entretien, version {_version()}")
        return 0
    emplacements = Emplacements.resoudre(args.donnees, args.conducteurs)
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
