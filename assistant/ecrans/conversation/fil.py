"""Le fil d'un entretien : messages, zone de saisie, réponses enregistrées.

`FilConversation` est la base de l'écran `Conversation` : elle montre les
consignes et les réponses comme des messages, monte la zone de saisie adaptée
à l'étape, enregistre chaque réponse sur disque avant de l'afficher comme
enregistrée (« ✓ »), vérifie le texte au fil de la frappe (RGPD) et tient le
panneau latéral à jour. Les gestes du conseiller (touches et commandes) sont
dans `assistant.ecrans.conversation.ecran`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static, TextArea

from assistant.aides.compte_rendu import phrase_consentement_en_vigueur
from assistant.aides.reprise import est_reprise, recapitulatif_reprise
from assistant.aides.systeme import decrire_erreur
from assistant.direct import SeanceEnDirect
from assistant.ecrans.dialogues import Confirmer
from assistant.verification import Verificateur
from assistant.widgets.bulle import Bulle, Voix
from assistant.widgets.panneau import Panneau, TachePrecedente
from assistant.widgets.pied import Pied
from assistant.widgets.saisie import Saisie, SaisieTexte, classe_pour, saisie_pour
from conducteurs.modele import LIBELLES_SEQUENCE, Etape, Role
from etats import Refus

MAX_BULLES = 16
"""Nombre de messages gardés à l'écran dans le fil."""


@dataclass
class FinConversation:
    """Comment la conversation s'est terminée."""

    statut: str
    """« cloture » ou « suspendu »."""


class FilConversation(Screen[FinConversation]):
    """Le fil d'un entretien : messages, saisie adaptée, panneau latéral."""

    def __init__(
        self,
        direct: SeanceEnDirect,
        taches_precedentes: list[TachePrecedente] | None = None,
        repetition: bool = False,
        horloge: Callable[[], datetime] | None = None,
        interlocuteur: Any = None,
    ) -> None:
        super().__init__()
        self.direct = direct
        self.taches_precedentes = taches_precedentes or []
        self.repetition = repetition
        self.horloge = horloge
        self.interlocuteur = interlocuteur
        """En répétition : l'adhérent simulé qui répond (voir `assistant.repetition`)."""
        self.etape_manquante: str | None = None
        self.verificateur = Verificateur([direct.nom_adherent])
        self._saisie: Saisie | None = None
        self._a_publier: list[Bulle] = []
        self._zones: dict[type[Saisie], Saisie] = {}

    # ------------------------------------------------------------- montage
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="principal"):
                if self.repetition:
                    yield Static("RÉPÉTITION — entraînement, aucune donnée réelle", id="bandeau")
                yield VerticalScroll(id="fil")
                yield Vertical(id="zone-saisie")
                yield Static(Content(""), id="constats")
            yield Panneau(self.taches_precedentes)
        yield Pied()

    def on_mount(self) -> None:
        conducteur = self.direct.conducteur
        self.title = "Répétition" if self.repetition else "Entretien en direct"
        self.sub_title = conducteur.titre
        fil = self.query_one("#fil", VerticalScroll)
        fil.anchor()
        if self.interlocuteur is not None:
            ouverture = self.interlocuteur.evenement_initial()
            if ouverture:
                self._dire(ouverture, "adherent")
        self._rejouer()
        self._montrer_etape()
        self.set_interval(1.0, self._tic)
        self._tic()

    def on_unmount(self) -> None:
        """Quitter l'assistant en plein entretien le suspend : le chronomètre s'arrête."""
        if self.direct.entretien.etat not in ("cloture", "suspendu"):
            # Tout est déjà enregistré à chaque étape : un échec ici ne perd rien.
            with contextlib.suppress(Exception):
                self.direct.suspendre()

    def _rejouer(self) -> None:
        """À la reprise : ce qui était enregistré (réponses, notes, statut du travail
        précédent), en un seul message, avant l'étape courante."""
        entretien = self.direct.entretien
        if not est_reprise(entretien):
            return
        recap = recapitulatif_reprise(
            entretien, [(t.quoi, t.statut) for t in self.taches_precedentes]
        )
        self._dire(
            f"Déjà enregistré :\n{recap}" if recap else "Rien n'était encore enregistré.",
            "systeme",
            "Reprise de l'entretien",
        )

    # ------------------------------------------------------------ affichage
    def _dire(self, texte: str, voix: Voix = "assistant", titre: str | None = None) -> Bulle:
        """Ajoute un message au fil (les messages d'un même geste sont montés ensemble)."""
        bulle = Bulle(texte, voix, titre)
        if not self._a_publier:
            self.call_later(self._publier)
        self._a_publier.append(bulle)
        return bulle

    def _publier(self) -> None:
        bulles, self._a_publier = self._a_publier, []
        if not bulles:
            return
        fil = self.query_one("#fil", VerticalScroll)
        garder = max(0, MAX_BULLES - len(bulles))
        anciennes = list(fil.children)[: max(0, len(fil.children) - garder)]
        if anciennes:
            # Le fil garde les derniers messages : tout est enregistré, et se relit
            # en entier dans l'historique. L'affichage reste ainsi aussi rapide à
            # la fin d'un long entretien qu'au début.
            fil.remove_children(anciennes)
        fil.mount_all(bulles[-MAX_BULLES:])

    def _montrer_etape(self, rappel: bool = True) -> None:
        entretien = self.direct.entretien
        self._rafraichir_panneau()
        etape = entretien.etape_courante
        if etape is None or entretien.etat in ("cloture", "suspendu"):
            self._vider_saisie()
            return
        sequence = LIBELLES_SEQUENCE.get(entretien.sequence or "", "")
        n, total = entretien.position_sequence
        titre = f"{sequence} · étape {n}/{total}"
        if rappel and etape.role == Role.consentement and not self.repetition:
            historique = self.direct.historique_consentement()
            if historique:
                self._dire(
                    phrase_consentement_en_vigueur(historique)
                    + "\nRépondre ici ajoute un événement à l'historique du consentement ; "
                    "les précédents sont gardés.",
                    "systeme",
                    "Consentement au dossier",
                )
        if rappel:
            texte = f"{etape.titre}\n{etape.consigne}"
            if not etape.obligatoire:
                texte += "\n(facultative : F3 pour passer)"
            if etape.personnel:
                texte += "\n(personnelle : F8 si l'adhérent ne souhaite pas répondre)"
            self._dire(texte, "assistant", titre)
            if etape.aide:
                self._dire(etape.aide, "aide")
            if self.interlocuteur is not None:
                replique = self.interlocuteur.replique(etape)
                if replique:
                    self._dire(replique, "adherent")
        self._monter_saisie(etape)

    def _vider_saisie(self) -> None:
        for saisie in self._zones.values():
            saisie.display = False
        self._saisie = None

    def _monter_saisie(self, etape: Etape) -> None:
        """Montre la zone de saisie de l'étape ; chaque sorte de zone est créée une fois."""
        valeur = self.direct.entretien.reponse(etape.identifiant)
        classe = classe_pour(etape)
        saisie = self._zones.get(classe)
        if saisie is None:
            suggestions = list(self.direct.conducteur.cadre.travail_prochain_rdv)
            saisie = saisie_pour(etape, valeur, suggestions=suggestions, maintenant=self.horloge)
            self._zones[classe] = saisie
            self.query_one("#zone-saisie", Vertical).mount(saisie)
        else:
            saisie.configurer(etape, valeur)
            self.call_after_refresh(saisie.focaliser)
        for autre in self._zones.values():
            autre.display = autre is saisie
        self._saisie = saisie
        self.query_one("#constats", Static).update(Content(""))

    def _rafraichir_panneau(self) -> None:
        entretien = self.direct.entretien
        panneau = self.query_one(Panneau)
        panneau.montrer_progression(
            entretien.etat, entretien.sequence, entretien.position, entretien.position_sequence
        )
        panneau.montrer_cadre(entretien.elements_cadre_convenus())
        panneau.temps = entretien.bilan_temps()

    def _tic(self) -> None:
        self.query_one(Panneau).temps = self.direct.entretien.bilan_temps()

    def _refus(self, refus: Refus) -> None:
        self.etape_manquante = refus.etape
        texte = refus.raison
        if refus.etape:
            etape = self.direct.conducteur.etape(refus.etape)
            texte += f"\nF6 ou /aller : aller à l'étape « {etape.titre} »."
        self._dire(texte, "alerte")

    def _echec_enregistrement(self, exc: Exception) -> None:
        self._dire(
            "L'enregistrement a échoué : la dernière action n'est PAS enregistrée. "
            f"Vérifiez le disque ou le dossier de données, puis réessayez. "
            f"({decrire_erreur(exc)})",
            "alerte",
        )

    def _tenter(self, geste: Callable[[], object]) -> bool:
        """Fait un geste de la séance ; s'il est refusé ou s'il échoue, le dit et rend False."""
        try:
            geste()
        except Refus as refus:
            self._refus(refus)
            return False
        except Exception as exc:  # noqa: BLE001 - disque plein, dossier retiré…
            self._echec_enregistrement(exc)
            return False
        return True

    # ------------------------------------------------------------- réponses
    @on(Saisie.Reponse)
    def _reponse(self, event: Saisie.Reponse) -> None:
        event.stop()
        etape = self.direct.entretien.etape_courante
        if etape is None:
            return
        if isinstance(event.valeur, str) and isinstance(self._saisie, SaisieTexte):
            if not etape.personnel and self.direct.personnelle(event.valeur):
                # Sans consentement : refusée d'emblée (le texte reste dans la zone).
                self._enregistrer(etape, event.valeur, event.affichage)
                return
            constats = self.verificateur.verifier(event.valeur)
            if constats:
                resume = self.verificateur.resumer(constats)

                def apres(ok: bool | None) -> None:
                    if ok:
                        self._enregistrer(etape, event.valeur, event.affichage)

                self.app.push_screen(
                    Confirmer(
                        f"Ce texte contient des éléments à revoir (RGPD) :\n{resume}\n\n"
                        "L'enregistrer quand même ?",
                        oui="Enregistrer quand même",
                        non="Corriger",
                    ),
                    apres,
                )
                return
        self._enregistrer(etape, event.valeur, event.affichage)

    def _enregistrer(self, etape: Etape, valeur: Any, affichage: str) -> None:
        if not self._tenter(lambda: self.direct.repondre_seulement(valeur)):
            return
        self._dire(affichage, "conseiller", "✓ enregistré")
        if etape.role == Role.consentement and valeur is False:
            self._dire(
                "Consentement refusé : les étapes qui recueillent des données personnelles "
                "seront passées et rien de personnel ne sera enregistré.",
                "systeme",
            )
        self._avancer()

    def _avancer(self) -> None:
        if self.direct.est_derniere_etape():
            self._rafraichir_panneau()
            manques = self.direct.entretien.manques_cloture()
            if manques:
                self._refus(manques[0])
                self._montrer_etape(rappel=False)
            else:
                self._dire("Toutes les étapes sont faites. F9 : clôturer l'entretien.", "systeme")
                self.action_cloturer()
            return
        try:
            self.direct.avancer()
        except Refus as refus:
            self._refus(refus)
            self._montrer_etape(rappel=False)
            return
        except Exception as exc:  # noqa: BLE001
            self._echec_enregistrement(exc)
            return
        self._montrer_etape()

    # -------------------------------------------------------------- clôture
    def _sans_consentement(self) -> bool:
        """Le consentement n'est pas en vigueur : rien de personnel ne s'enregistre."""
        return self.direct.entretien.consentement is not True

    def action_cloturer(self) -> None:
        manques = self.direct.entretien.manques_cloture()
        if manques:
            self._dire(
                "L'entretien ne peut pas encore être clôturé :\n"
                + "\n".join(f"• {m.raison}" for m in manques),
                "alerte",
            )
            self.etape_manquante = next((m.etape for m in manques if m.etape), None)
            if self.etape_manquante:
                self._dire("F6 ou /aller : aller à la première étape manquante.", "systeme")
            return
        from assistant.ecrans.cloture import Cloture

        def fin(resultat: bool | None) -> None:
            if resultat:
                self.dismiss(FinConversation("cloture"))

        self.app.push_screen(Cloture(self.direct), fin)

    # ----------------------------------------------------------------- RGPD
    @on(Saisie.Frappe)
    def _frappe(self, event: Saisie.Frappe) -> None:
        event.stop()
        constats = self.verificateur.verifier(event.texte, personnelles=self._sans_consentement())
        self.query_one("#constats", Static).update(
            Content(
                self.verificateur.resumer(constats, avec_touche=True, texte=event.texte)
                if constats
                else ""
            )
        )

    def action_appliquer_suggestion(self) -> None:
        zone = self.query("#zone").first(TextArea) if self.query("#zone") else None
        if zone is None:
            return
        nouveau = self.verificateur.appliquer_premiere(
            zone.text, personnelles=self._sans_consentement()
        )
        if nouveau is not None:
            zone.text = nouveau
            zone.move_cursor(zone.document.end)

    # -------------------------------------------------------------- tâches
    @on(Panneau.StatutTache)
    def _statut_tache(self, event: Panneau.StatutTache) -> None:
        event.stop()
        try:
            self.direct.maj_tache(event.tache.id, event.tache.statut)
        except Exception as exc:  # noqa: BLE001
            self._echec_enregistrement(exc)
