"""L'écran de conversation : l'entretien conduit pas à pas.

Les consignes et conseils de l'assistant s'affichent comme des messages, les
réponses du conseiller aussi (voir `fil`). Cet écran y ajoute les gestes du
conseiller : les touches F1 à F9 et les commandes tapées (voir `commandes`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.binding import Binding

from assistant.aides.compte_rendu import phrase_consentement_en_vigueur
from assistant.aides.saisies import NonCommuniqueSaisi
from assistant.ecrans.conversation.commandes import AIDE_COMMANDES, comprendre
from assistant.ecrans.conversation.fil import FilConversation, FinConversation
from assistant.ecrans.dialogues import Confirmer, DemanderTexte
from assistant.ecrans.note import SaisieNote
from assistant.widgets.saisie import Saisie
from etats import Refus


class Conversation(FilConversation):
    """Conduire un entretien : fil de messages, saisie adaptée, panneau latéral."""

    CSS_PATH = "conversation.tcss"
    BINDINGS = [
        Binding("f1", "aide", "Aide"),
        Binding("f2", "precedent", "Précédent"),
        Binding("f3", "passer", "Passer"),
        Binding("f4", "note", "Note"),
        Binding("f5", "suspendre", "Suspendre"),
        # F6 et F7 sélectionnent du texte dans un TextArea : nos actions passent avant.
        Binding("f6", "aller_manquant", "Étape manquante", show=False, priority=True),
        Binding("f7", "appliquer_suggestion", "Suggestion RGPD", show=False, priority=True),
        # F8 n'apparaît pas en bas (la place manque à 80 colonnes) : la consigne de
        # chaque étape personnelle le rappelle, comme /aide.
        Binding("f8", "ne_souhaite_pas_repondre", "Ne souhaite pas répondre", show=False),
        Binding("f9", "cloturer", "Clôturer"),
    ]

    # ------------------------------------------------------------ commandes
    @on(Saisie.Commande)
    def _commande(self, event: Saisie.Commande) -> None:
        event.stop()
        commande = comprendre(event.nom, event.argument)
        if isinstance(commande, str):
            self._dire(commande, "alerte")
            return
        argument = commande.argument
        gestes: dict[str, Callable[[], Any]] = {
            "aide": self.action_aide,
            "precedent": self.action_precedent,
            "passer": (lambda: self._passer(argument)) if argument else self.action_passer,
            "note": (lambda: self._noter_commande(argument)) if argument else self.action_note,
            "suspendre": self.action_suspendre,
            "aller": (lambda: self._aller(argument)) if argument else self.action_aller_manquant,
            "nsp": self.action_ne_souhaite_pas_repondre,
            "cloturer": self.action_cloturer,
            "consentement": self._montrer_consentement,
            "retirer-consentement": self._retirer_consentement,
        }
        gestes[commande.geste]()

    def action_aide(self) -> None:
        self._dire(AIDE_COMMANDES, "systeme", "Aide")

    def action_precedent(self) -> None:
        refus = self.direct.entretien.possible("precedent")
        if refus is not None:
            self._refus(refus)
            return
        try:
            self.direct.precedent()
        except Refus as erreur:
            self._refus(erreur)
            return
        etape = self.direct.entretien.etape_courante
        if etape is not None:
            self._dire(
                f"Retour à l'étape « {etape.titre} ». La réponse enregistrée est "
                "gardée ; modifiez-la ou validez-la.",
                "systeme",
            )
        self._montrer_etape()

    def action_passer(self) -> None:
        refus = self.direct.entretien.possible("passer", "raison")
        if refus is not None:
            self._refus(refus)
            return
        self.app.push_screen(
            DemanderTexte("Pourquoi passer cette étape ? (la raison est gardée)"),
            lambda raison: self._passer(raison) if raison else None,
        )

    def _passer(self, raison: str) -> None:
        etape = self.direct.entretien.etape_courante
        if not self._tenter(lambda: self.direct.passer(raison)):
            return
        titre = etape.titre if etape else ""
        self._dire(f"Étape « {titre} » passée : {raison}", "systeme", "✓ enregistré")
        if self.direct.entretien.etape_courante is etape:
            self._avancer()
        else:
            self._montrer_etape()

    def action_note(self, valeur: str = "", message: str = "") -> None:
        self.app.push_screen(
            SaisieNote(
                self.verificateur,
                self.direct.note_refusee,
                self._sans_consentement,
                valeur=valeur,
                message=message,
            ),
            lambda texte: self._noter(texte) if texte else None,
        )

    def _noter_commande(self, texte: str) -> None:
        """`/note TEXTE` : les mêmes contrôles que F4 ; un texte à revoir rouvre la note."""
        raison = self.direct.note_refusee(texte)
        if raison is not None:
            self.action_note(texte, raison)
            return
        constats = self.verificateur.verifier(texte)
        if not constats:
            self._noter(texte)
            return

        def apres(ok: bool | None) -> None:
            if ok:
                self._noter(texte)
            else:
                self.action_note(texte, "Corrigez la note (F7 : appliquer la suggestion).")

        self.app.push_screen(
            Confirmer(
                "Cette note contient des éléments à revoir (RGPD) :\n"
                f"{self.verificateur.resumer(constats)}\n\nL'enregistrer quand même ?",
                oui="Enregistrer quand même",
                non="Corriger",
            ),
            apres,
        )

    def _noter(self, texte: str) -> None:
        try:
            self.direct.noter(texte)
        except Refus as refus:
            # Refusée par le cœur (consentement) : la note reste à l'écran, à corriger.
            self.action_note(texte, refus.raison)
            return
        except Exception as exc:  # noqa: BLE001
            self._echec_enregistrement(exc)
            return
        self._dire(texte, "conseiller", "Note ✓ enregistrée")

    def action_ne_souhaite_pas_repondre(self) -> None:
        """L'adhérent ne souhaite pas répondre à l'étape personnelle courante."""
        etape = self.direct.entretien.etape_courante
        if etape is None or self.direct.entretien.etat in ("cloture", "suspendu"):
            return
        if not etape.personnel:
            self._dire(
                f"L'étape « {etape.titre} » n'est pas personnelle : « ne souhaite pas "
                "répondre » n'y est pas proposé. Notez la réponse, ou passez l'étape si elle "
                "est facultative (F3).",
                "alerte",
            )
            return
        self._enregistrer(etape, NonCommuniqueSaisi(), "Ne souhaite pas répondre (non communiqué)")

    def _montrer_consentement(self) -> None:
        if self.repetition:
            self._dire("Répétition : aucun consentement n'est enregistré.", "systeme")
            return
        historique = self.direct.historique_consentement()
        lignes = [phrase_consentement_en_vigueur(historique)]
        if len(historique) > 1:
            lignes.append(f"Historique : {len(historique)} événements, tous gardés.")
        lignes.append("/consentement retirer : si l'adhérent retire son consentement.")
        self._dire("\n".join(lignes), "systeme", "Consentement")

    def _retirer_consentement(self) -> None:
        if not self._tenter(self.direct.retirer_consentement):
            return
        self._dire(
            "Consentement retiré : les étapes personnelles suivantes sont exclues et plus rien "
            "de personnel ne sera enregistré. Ce qui a été enregistré avant reste au dossier "
            "jusqu'à ce que l'adhérent en demande l'effacement (entretien rgpd effacer).",
            "systeme",
            "✓ enregistré",
        )
        self._montrer_etape()

    def action_suspendre(self) -> None:
        """F5 ou /suspendre : demande d'abord, le choix sûr (Entrée) est de rester."""
        if self.direct.entretien.etat in ("cloture", "suspendu"):
            return

        def apres(ok: bool | None) -> None:
            if ok:
                self._suspendre()

        self.app.push_screen(
            Confirmer(
                "Suspendre l'entretien maintenant ? Tout ce qui est enregistré est gardé ; "
                "vous le reprendrez depuis l'accueil (R), à cette étape.",
                oui="Suspendre",
                non="Rester dans l'entretien",
            ),
            apres,
        )

    def _suspendre(self) -> None:
        if not self._tenter(self.direct.suspendre):
            return
        self.app.notify("Entretien suspendu : reprenez-le depuis l'accueil (R).")
        self.dismiss(FinConversation("suspendu"))

    def action_aller_manquant(self) -> None:
        if self.etape_manquante:
            self._aller(self.etape_manquante)
        else:
            self._dire("Aucune étape manquante signalée.", "systeme")

    def _aller(self, identifiant: str) -> None:
        try:
            self.direct.conducteur.etape(identifiant)
        except KeyError:
            self._dire(f"Aucune étape « {identifiant} » dans ce conducteur.", "alerte")
            return
        try:
            self.direct.aller_a(identifiant)
        except Refus as refus:
            self._refus(refus)
            return
        self.etape_manquante = None
        self._montrer_etape()
