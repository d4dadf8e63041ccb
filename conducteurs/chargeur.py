"""Lire et valider les fichiers de conducteurs (YAML), et le catalogue.

La lecture du YAML et ses messages sont dans `conducteurs.lecture_yaml`, la
lecture des fichiers et l'examen des dossiers dans `conducteurs.fichiers`,
`Probleme` dans `conducteurs.probleme` ; ce module les rassemble (ses noms
restent importables d'ici).

Chaque problème trouvé devient un `Probleme` qui dit quel fichier, quel champ
(`deroulement.echange.etapes[2].type`), quelle ligne, ce qui ne va pas et quoi
écrire à la place. Aucun contenu de fichier, si étrange soit-il, ne produit de
trace technique : tout finit en `Probleme`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from conducteurs.catalogue import INTEGRE as INTEGRE
from conducteurs.catalogue import STRUCTURE as STRUCTURE
from conducteurs.catalogue import CatalogueDe, EntreeCatalogue, fichiers_du_paquet
from conducteurs.catalogue import avis_remplacement as avis_remplacement
from conducteurs.document import Attendu, lire_document, problemes_validation
from conducteurs.fichiers import EXTENSIONS as EXTENSIONS
from conducteurs.fichiers import LIMITE_EN_OCTETS as LIMITE_EN_OCTETS
from conducteurs.fichiers import SOUS_DOSSIER_PERSONAS as SOUS_DOSSIER_PERSONAS
from conducteurs.fichiers import TAILLE_MAX as TAILLE_MAX
from conducteurs.fichiers import examiner_dossier as examiner_dossier
from conducteurs.fichiers import fichiers_a_valider
from conducteurs.fichiers import fichiers_du_dossier as fichiers_du_dossier
from conducteurs.fichiers import lire_texte_fichier as lire_texte_fichier
from conducteurs.fichiers import probleme_dossier_illisible as probleme_dossier_illisible
from conducteurs.lecture_yaml import ChargeurYaml as ChargeurYaml
from conducteurs.lecture_yaml import champs_en_double
from conducteurs.lecture_yaml import charger_yaml as charger_yaml
from conducteurs.modele import TYPES_AVEC_OPTIONS as TYPES_AVEC_OPTIONS
from conducteurs.modele import Conducteur, Phase
from conducteurs.probleme import ConducteurInvalide as ConducteurInvalide
from conducteurs.probleme import Probleme as Probleme
from conducteurs.traduction import champ_vide, traduire_erreur

# ----------------------------------------------------- traduction des erreurs
CONDUCTEUR = Attendu(
    "un conducteur",
    "écrivez un conducteur (voir « entretien conducteurs nouveau »)",
    "commencez par « identifiant: … », « titre: … », « phase: … »",
)


def _champs_autorises(loc: tuple[int | str, ...]) -> list[str]:
    from conducteurs import modele

    parents = [p for p in loc[:-1] if isinstance(p, str)]
    dernier = parents[-1] if parents else ""
    modeles: dict[str, type[Any]] = {
        "": modele.Conducteur,
        "cadre": modele.Cadre,
        "deroulement": modele.Deroulement,
        "introduction": modele.Sequence,
        "echange": modele.Sequence,
        "conclusion": modele.Sequence,
        "etapes": modele.Etape,
        "visual_course": modele.ChampVisualCourse,
    }
    classe = modeles.get(dernier)
    return sorted(classe.model_fields) if classe else []


def _traduire(erreur: Any) -> tuple[str, str]:
    """(message, correction) en français pour une erreur de pydantic d'un conducteur."""
    message, correction = traduire_erreur(erreur, _champs_autorises)
    return champ_vide(erreur, message), correction


def lire_texte(source: str, nom_fichier: str) -> Conducteur:
    """Valide le texte YAML d'un conducteur ; lève `ConducteurInvalide`."""
    document = lire_document(source, nom_fichier, CONDUCTEUR, ConducteurInvalide)
    if document.noeud is not None:
        doublons = [
            Probleme(
                nom_fichier,
                chemin,
                "ce champ est écrit deux fois (seule la dernière valeur serait gardée)",
                "gardez une seule ligne pour ce champ",
                ligne,
            )
            for chemin, ligne in champs_en_double(document.noeud)
        ]
        if doublons:
            raise ConducteurInvalide(doublons)
    try:
        conducteur = Conducteur.model_validate(document.donnees, context={"regles": False})
    except ValidationError as exc:
        raise ConducteurInvalide(
            problemes_validation(exc, nom_fichier, document, _traduire)
        ) from None
    erreurs = conducteur.erreurs_metier()
    if erreurs:
        raise ConducteurInvalide(
            [
                Probleme(nom_fichier, e.chemin, e.message, e.correction, document.ligne(e.chemin))
                for e in erreurs
            ]
        )
    return conducteur


def lire_fichier(chemin: Path) -> Conducteur:
    """Lit et valide un fichier de conducteur ; lève `ConducteurInvalide`."""
    nom = str(chemin)
    texte = lire_texte_fichier(chemin)
    conducteur = lire_texte(texte, nom)
    attendu = chemin.stem
    if chemin.suffix in EXTENSIONS and conducteur.identifiant != attendu:
        raise ConducteurInvalide(
            [
                Probleme(
                    nom,
                    "identifiant",
                    f"l'identifiant « {conducteur.identifiant} » ne correspond pas au nom "
                    f"du fichier « {chemin.name} »",
                    f"renommez le fichier « {conducteur.identifiant}.yaml » ou écrivez "
                    f"« identifiant: {attendu} »",
                    None,
                )
            ]
        )
    return conducteur


# ---------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class Entree(EntreeCatalogue[Conducteur]):
    """Un conducteur du catalogue et son origine."""

    @property
    def conducteur(self) -> Conducteur:
        """Le conducteur de cette entrée."""
        return self.element


@dataclass
class Catalogue(CatalogueDe[Conducteur, Entree]):
    """Les conducteurs disponibles : intégrés, complétés ou remplacés par la structure."""

    ENTREE = Entree
    AUCUN = "aucun conducteur"
    DISPONIBLES = "conducteurs disponibles"
    VIDE = "aucun"

    def tries(self) -> list[Entree]:
        """Accueil d'abord, puis accompagnement, dans l'ordre du parcours."""
        ordre = {ident: i for i, ident in enumerate(ORDRE_PARCOURS)}
        return sorted(
            self.entrees.values(),
            key=lambda e: (
                e.conducteur.phase != Phase.accueil,
                ordre.get(e.conducteur.identifiant, len(ordre)),
                e.conducteur.titre,
            ),
        )


ORDRE_PARCOURS = (
    "premier-accueil",
    "diagnostic",
    "co-elaboration-parcours",
    "contractualisation",
    "preparation-etape",
    "evaluation-intermediaire",
    "evaluation-finale",
    "suivi-parcours",
    "evaluation-parcours",
)


def fichiers_integres() -> list[Path]:
    """Les fichiers des conducteurs livrés avec l'assistant."""
    return fichiers_du_paquet("guides")


def charger_catalogue(dossier_structure: Path | None = None) -> Catalogue:
    """Les conducteurs intégrés, puis ceux de la structure (qui les remplacent).

    Un fichier de la structure invalide n'empêche pas de travailler : il est
    écarté et son problème est listé dans `catalogue.problemes`, comme chaque
    entrée du dossier qui n'est pas lue.
    """
    catalogue = Catalogue()
    catalogue.ajouter(fichiers_integres(), INTEGRE, lire_fichier)
    if dossier_structure is not None:
        catalogue.ajouter_dossier(
            dossier_structure, lire_fichier, "conducteurs", (SOUS_DOSSIER_PERSONAS,)
        )
    return catalogue


def valider_fichiers(chemins: Iterable[Path]) -> tuple[int, list[Probleme]]:
    """Valide des fichiers ou des dossiers : (nombre de conducteurs valides, problèmes).

    Dans un dossier, chaque entrée qui ne serait pas lue est aussi signalée."""
    valides = 0
    problemes: list[Probleme] = []
    for chemin in chemins:
        fichiers, ecartes = fichiers_a_valider(chemin, "conducteurs", (SOUS_DOSSIER_PERSONAS,))
        problemes.extend(ecartes)
        for fichier in fichiers:
            try:
                lire_fichier(fichier)
                valides += 1
            except ConducteurInvalide as exc:
                problemes.extend(exc.problemes)
    return valides, problemes


__all__ = [
    "INTEGRE",
    "STRUCTURE",
    "TYPES_AVEC_OPTIONS",
    "Catalogue",
    "ConducteurInvalide",
    "Entree",
    "Probleme",
    "avis_remplacement",
    "charger_catalogue",
    "examiner_dossier",
    "fichiers_du_dossier",
    "fichiers_integres",
    "lire_fichier",
    "lire_texte_fichier",
    "charger_yaml",
    "lire_texte",
    "valider_fichiers",
]
