"""La vérification RGPD des textes pendant la saisie, pour l'interface."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.redaction import Constat, verifier


class Verificateur:
    """Vérifie un texte et propose les reformulations, pour un adhérent donné."""

    def __init__(self, prenoms: Iterable[str] = ()) -> None:
        self.prenoms = [p for p in prenoms if p]

    def verifier(self, texte: str, personnelles: bool = False) -> list[Constat]:
        """Les constats ; `personnelles` : signaler aussi coordonnées et situation
        de l'adhérent (quand le consentement n'est pas en vigueur)."""
        if not texte.strip():
            return []
        return list(verifier(texte, self.prenoms, personnelles=personnelles))

    def resumer(self, constats: list[Constat], avec_touche: bool = False, texte: str = "") -> str:
        """Les constats en quelques lignes : en direct (court, avec le passage et la
        suggestion), ou en détail avec l'explication (confirmation, clôture)."""
        lignes = []
        for c in constats[:4]:
            categorie = c.categorie.libelle
            if avec_touche:
                passage = texte[c.debut : c.fin] if texte else ""
                lignes.append(f"⚠ {categorie} : « {passage} » → {c.suggestion}")
            else:
                lignes.append(f"⚠ {categorie} — {c.explication} Suggestion : {c.suggestion}")
        if len(constats) > 4:
            lignes.append(f"… et {len(constats) - 4} autre(s)")
        if avec_touche and constats:
            lignes.append("F7 : remplacer le premier passage signalé par sa suggestion")
        return "\n".join(lignes)

    def appliquer_premiere(self, texte: str, personnelles: bool = False) -> str | None:
        """Le texte où le premier passage signalé est remplacé par sa suggestion."""
        constats = self.verifier(texte, personnelles=personnelles)
        if not constats:
            return None
        c = constats[0]
        return texte[: c.debut] + c.suggestion + texte[c.fin :]
