"""Les commandes qui ouvrent l'interface Textual."""

from __future__ import annotations

import argparse
from typing import Any

from assistant.cli.base import erreur
from assistant.config import Emplacements


def enregistrer(sous: Any) -> None:
    """Enregistre `nouveau` et `reprendre`."""
    p = sous.add_parser(
        "nouveau",
        help="démarre un nouvel entretien",
        description="Ouvre l'assistant directement sur un nouvel entretien.",
    )
    p.add_argument("--adherent", metavar="NOM", help="nom de l'adhérent (créé s'il n'existe pas)")
    p.add_argument("--conducteur", metavar="ID", help="identifiant du conducteur d'entretien")
    p.set_defaults(action=lancer_nouveau)

    p = sous.add_parser("reprendre", help="reprend un entretien interrompu")
    p.set_defaults(action=lancer_reprendre)

    p = sous.add_parser(
        "repetition",
        help="s'entraîner face à un adhérent simulé",
        description="Ouvre le mode répétition (données séparées des dossiers réels).",
    )
    p.add_argument("--conducteur", metavar="ID", help="identifiant du conducteur à répéter")
    p.add_argument("--persona", metavar="ID", help="identifiant de l'adhérent simulé")
    p.set_defaults(action=lancer_repetition)


def _lancer(emplacements: Emplacements, ecran: str | None = None, **options: Any) -> int:
    """Lance l'interface ; le dossier de données s'ouvre après le premier affichage."""
    from assistant.app import AssistantApp, Demarrage

    demarrage = Demarrage(ecran, **options) if ecran else None
    app = AssistantApp(emplacements, demarrage=demarrage)
    app.run()
    if app.erreur_fatale:
        erreur(app.erreur_fatale)
        return 1
    if app.return_code:
        erreur(
            "l'assistant s'est arrêté sur une erreur inattendue. Les réponses déjà "
            "enregistrées sont conservées : relancez « entretien » puis « Reprendre »."
        )
        return 1
    return 0


def lancer_accueil(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Ouvre l'assistant sur l'écran d'accueil."""
    return _lancer(emplacements)


def lancer_nouveau(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Ouvre l'assistant sur un nouvel entretien."""
    from stockage.texte import probleme_nom, rendre_visible

    if args.adherent:
        probleme = probleme_nom(args.adherent)
        if probleme is not None:
            erreur(probleme)
            return 2
    if args.conducteur:
        from conducteurs.chargeur import charger_catalogue

        catalogue = charger_catalogue(emplacements.conducteurs)
        if args.conducteur not in catalogue:
            try:
                catalogue.get(args.conducteur)
            except KeyError as exc:
                erreur(rendre_visible(str(exc.args[0]), une_ligne=True))
            return 2
    return _lancer(emplacements, "nouveau", adherent=args.adherent, conducteur=args.conducteur)


def lancer_reprendre(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Ouvre l'assistant sur la liste des entretiens interrompus."""
    return _lancer(emplacements, "reprendre")


def lancer_repetition(args: argparse.Namespace, emplacements: Emplacements) -> int:
    """Ouvre le mode répétition."""
    from conducteurs.chargeur import charger_catalogue
    from conducteurs.persona import charger_personas

    catalogue = charger_catalogue(emplacements.conducteurs)
    try:
        if args.conducteur:
            catalogue.get(args.conducteur)
        if args.persona:
            charger_personas(emplacements.conducteurs, catalogue).get(args.persona)
    except KeyError as exc:
        from stockage.texte import rendre_visible

        erreur(rendre_visible(str(exc.args[0]), une_ligne=True))
        return 2
    return _lancer(emplacements, "repetition", conducteur=args.conducteur, persona=args.persona)
