"""`entretien rgpd …` : les opérations RGPD.

Le groupe réunit les opérations sur les dossiers (exporter, effacer, purger :
`rgpd_donnees`) et la vérification des textes (verifier, auditer :
`rgpd_textes`)."""

from __future__ import annotations

from typing import Any

from assistant.cli.base import sous_commandes


def enregistrer(sous: Any) -> None:
    from assistant.cli import rgpd_donnees, rgpd_textes

    parser = sous.add_parser(
        "rgpd",
        help="opérations RGPD : vérifier les textes, exporter, effacer, purger",
        description="Opérations RGPD sur les textes et les dossiers des adhérents.",
    )
    groupe = sous_commandes(parser, "commande_rgpd")
    groupe.required = True
    rgpd_textes.enregistrer(groupe)
    rgpd_donnees.enregistrer(groupe)
