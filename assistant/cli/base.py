"""Outils communs aux commandes : un argparse en français, sorties sûres."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from assistant.config import Emplacements

Action = Callable[[argparse.Namespace, Emplacements], int]
"""Une commande : reçoit ses arguments et les emplacements, rend le code de sortie."""


class FormateurAide(argparse.RawDescriptionHelpFormatter):
    """Aide d'argparse en français."""

    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class AnalyseurFrancais(argparse.ArgumentParser):
    """Un ArgumentParser dont l'aide et les erreurs sont en français."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FormateurAide)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help="affiche cette aide et quitte",
        )

    def error(self, message: str) -> NoReturn:
        traductions = {
            "the following arguments are required": "arguments obligatoires manquants",
            "unrecognized arguments": "arguments non reconnus",
            "invalid choice": "choix invalide",
            "expected one argument": "une valeur est attendue",
            "argument ": "argument ",
            "choose from": "choisissez parmi",
        }
        for anglais, francais in traductions.items():
            message = message.replace(anglais, francais)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


def sous_commandes(parser: argparse.ArgumentParser, dest: str) -> Any:
    """Ajoute un groupe de sous-commandes, en français."""
    return parser.add_subparsers(
        title="commandes", dest=dest, metavar="COMMANDE", parser_class=AnalyseurFrancais
    )


def erreur(message: str) -> None:
    """Écrit un message d'erreur pour la personne, sans trace technique."""
    print(f"Erreur : {message}", file=sys.stderr)
