"""Les constats RGPD dans ce que le stagiaire a écrit pendant la répétition.

Les constats RGPD viennent de `constats_par_texte` (texte → constats, déjà
calculés par l'interface), sinon du vérificateur `assistant.redaction.verifier`,
et des mots `a_ne_pas_ecrire` des épreuves de la persona
(pour un texte où le vérificateur n'a pas déjà signalé la même catégorie).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from assistant.redaction import verifier
from assistant.repetition.bareme import RAISONS_CONSENTEMENT
from assistant.repetition.resultat import ConstatRgpd
from conducteurs.modele import Conducteur, TypeReponse
from conducteurs.persona import EVENEMENTS_SENSIBLES, Persona, TypeEvenementPersona
from etats import AFixer, DonneesEntretien, Tache


class ConstatVerifie(Protocol):
    """Ce que `assistant.redaction.verifier` rapporte pour un passage d'un texte."""

    @property
    def categorie(self) -> object: ...
    @property
    def debut(self) -> int: ...
    @property
    def fin(self) -> int: ...
    @property
    def explication(self) -> object: ...
    @property
    def suggestion(self) -> object: ...


CATEGORIES_SENSIBLES: dict[TypeEvenementPersona, str] = {
    TypeEvenementPersona.sante: "santé (article 9 du RGPD)",
    TypeEvenementPersona.judiciaire: "infractions et condamnations (article 10 du RGPD)",
}


def _textes_ecrits(
    conducteur: Conducteur, donnees: DonneesEntretien
) -> Iterable[tuple[str, str | None, str]]:
    """(source, étape, texte) de tout ce que le stagiaire a écrit librement."""
    titres = {e.identifiant: e.titre for _, e in conducteur.etapes()}
    for _, etape in conducteur.etapes():
        reponse = donnees.reponses.get(etape.identifiant)
        if reponse is None:
            continue
        source = f"Étape « {etape.titre} »"
        valeur = reponse.valeur
        if isinstance(valeur, str) and etape.type == TypeReponse.texte:
            yield source, etape.identifiant, valeur
        elif isinstance(valeur, list):
            for tache in valeur:
                if isinstance(tache, Tache):
                    yield f"{source}, tâche", etape.identifiant, tache.quoi
        elif isinstance(valeur, AFixer):
            yield f"{source}, raison « à fixer »", etape.identifiant, valeur.raison
    for ident, raison in donnees.passees.items():
        if raison not in RAISONS_CONSENTEMENT:
            titre = titres.get(ident, ident)
            yield f"Étape « {titre} », raison du passage", ident, raison
    for note in donnees.notes:
        titre = titres.get(note.etape or "", "")
        yield (f"Note (étape « {titre} »)" if titre else "Note"), note.etape, note.texte


def constats_rgpd(
    conducteur: Conducteur,
    donnees: DonneesEntretien,
    constats_par_texte: Mapping[str, Sequence[ConstatVerifie]] | None,
    persona: Persona | None,
) -> list[ConstatRgpd]:
    prenoms = [] if persona is None else persona.noms
    sensibles = (
        [] if persona is None else [e for e in persona.evenements if e.type in EVENEMENTS_SENSIBLES]
    )
    constats: list[ConstatRgpd] = []
    for source, etape, texte in _textes_ecrits(conducteur, donnees):
        trouves: Sequence[ConstatVerifie] = ()
        if constats_par_texte is not None and texte in constats_par_texte:
            trouves = constats_par_texte[texte]
        else:
            trouves = verifier(texte, prenoms)
        couverts: list[tuple[int, int]] = []
        categories_vues: set[str] = set()
        for c in trouves:
            couverts.append((c.debut, c.fin))
            categories_vues.add(str(getattr(c.categorie, "value", c.categorie)))
            constats.append(
                ConstatRgpd(
                    source=source,
                    etape=etape,
                    categorie=_texte(c.categorie),
                    extrait=texte[c.debut : c.fin],
                    explication=_texte(c.explication),
                    suggestion=_texte(c.suggestion),
                )
            )
        for evenement in sensibles:
            if evenement.type.value in categories_vues:
                continue  # le vérificateur a déjà signalé cette catégorie dans ce texte
            mots = [
                texte[debut:fin]
                for debut, fin, _ in evenement.mots_trouves(texte)
                if not any(debut < f and d < fin for d, f in couverts)
            ]
            if not mots:
                continue
            distincts = list(dict.fromkeys(mots))
            constats.append(
                ConstatRgpd(
                    source=source,
                    etape=etape,
                    categorie=CATEGORIES_SENSIBLES[evenement.type],
                    extrait=" … ".join(distincts),
                    explication=(
                        "vous avez recopié ce que la personne a confié "
                        f"({', '.join(f'« {m} »' for m in distincts)}) : écrivez le "
                        "besoin, pas la donnée"
                    ),
                    suggestion=evenement.reformulation,
                )
            )
    return constats


def _texte(valeur: object) -> str:
    """Un texte de constat ; une catégorie énumérée donne son libellé (« santé »)."""
    if valeur is None:
        return ""
    libelle = getattr(valeur, "libelle", None)
    if isinstance(libelle, str):
        return libelle
    return str(getattr(valeur, "value", valeur))
