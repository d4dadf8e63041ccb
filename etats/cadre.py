"""Le cadre de l'entretien : les cinq éléments à convenir dans l'introduction.

Un élément est convenu quand une étape de l'introduction qui le porte a une
réponse d'accord (« oui », tous les points cochés, ou une valeur notée pour
les objectifs et la durée). Tant qu'il manque un élément, l'échange ne
commence pas.
"""

from __future__ import annotations

from conducteurs.modele import LIBELLES_CADRE, Conducteur, ElementCadre, Etape, TypeReponse

from .consentement import Consentement
from .donnees import DonneesEntretien
from .erreurs import Refus

_TYPES_VALEUR: dict[ElementCadre, frozenset[TypeReponse]] = {
    ElementCadre.objectifs: frozenset(
        {TypeReponse.texte, TypeReponse.choix, TypeReponse.choix_multiple}
    ),
    ElementCadre.duree: frozenset({TypeReponse.duree}),
}
"""Les éléments du cadre dont une étape doit noter la valeur, et les types qui le font."""


class Cadre:
    """Les éléments du cadre d'un entretien : lesquels sont convenus, ce qui manque."""

    def __init__(
        self, conducteur: Conducteur, donnees: DonneesEntretien, consentement: Consentement
    ) -> None:
        self._introduction = conducteur.deroulement.introduction.etapes
        self._donnees = donnees
        self._consentement = consentement

    def convenus(self) -> dict[ElementCadre, bool]:
        """Pour chacun des cinq éléments du cadre : est-il convenu ?"""
        return {element: self.manque(element) is None for element in ElementCadre}

    def refus(self) -> Refus | None:
        """Le refus qui nomme tous les éléments pas encore convenus, ou None."""
        manques = [m for m in (self.manque(e) for e in ElementCadre) if m is not None]
        if not manques:
            return None
        if len(manques) == 1:
            texte = manques[0][0]
        else:
            texte = ", ".join(m[0] for m in manques[:-1]) + " et " + manques[-1][0]
        return Refus(
            f"Le cadre n'est pas encore convenu : il manque {texte}.",
            manques[0][1] or None,
        )

    def accord(self, etape: Etape) -> bool | None:
        """La réponse de l'étape marque-t-elle un accord ? None sans réponse."""
        reponse = self._donnees.reponses.get(etape.identifiant)
        if reponse is None or self._consentement.exclue(etape):
            return None
        if etape.type == TypeReponse.oui_non:
            return reponse.valeur is True
        if etape.type == TypeReponse.liste_controle:
            valeur = reponse.valeur
            return isinstance(valeur, tuple) and set(valeur) == set(etape.options)
        return True

    def manque(self, element: ElementCadre) -> tuple[str, str] | None:
        """(ce qui manque, étape où agir) pour cet élément du cadre, ou None s'il est convenu."""
        libelle = LIBELLES_CADRE[element]
        porteuses = [e for e in self._introduction if element in e.cadre]
        if not porteuses:  # pragma: no cover - le schéma l'interdit
            return (f"« {libelle} » (aucune étape ne le convient)", "")
        for etape in porteuses:
            if self.accord(etape) is False:
                if etape.type == TypeReponse.oui_non:
                    return (
                        f"« {libelle} » (réponse « non » à l'étape « {etape.titre} »)",
                        etape.identifiant,
                    )
                return (
                    f"« {libelle} » (des points restent à cocher à l'étape « {etape.titre} »)",
                    etape.identifiant,
                )
        types = _TYPES_VALEUR.get(element)
        if types is not None:
            valeurs = [e for e in porteuses if e.type in types]
            if valeurs and not any(self.accord(e) for e in valeurs):
                etape = valeurs[0]
                return (f"« {libelle} » (à noter à l'étape « {etape.titre} »)", etape.identifiant)
        if not any(self.accord(e) for e in porteuses):
            etape = next(
                (e for e in porteuses if e.identifiant not in self._donnees.reponses),
                porteuses[0],
            )
            if self._consentement.exclue(etape):
                return (
                    f"« {libelle} » (l'étape « {etape.titre} » est exclue faute de consentement)",
                    etape.identifiant,
                )
            return (f"« {libelle} » (étape « {etape.titre} »)", etape.identifiant)
        return None
