"""Le retour au stagiaire après une répétition : le respect du cadre, noté sur 100.

`evaluer(conducteur, donnees)` relit un entretien (clos ou non) et dit ce qui
a été fait : les éléments du cadre convenus dans l'introduction, les étapes
couvertes ou passées (avec leur raison), le temps par séquence face au temps
prévu, le consentement recueilli avant toute donnée personnelle, le travail
pour le prochain rendez-vous (qui s'en charge, pour quand) et les constats
RGPD dans ce que le stagiaire a écrit. Chaque point perdu a sa raison.

Barème (100 points)
-------------------

=============  ======  =====================================================
Critère        Points  Ce qui fait perdre des points
=============  ======  =====================================================
cadre            30    6 par élément du cadre (objectifs, durée, lieu,
                       déontologie, déroulement) non convenu dans
                       l'introduction. La durée ne compte pas comme convenue
                       si elle ignore le retard de la persona (durée notée
                       supérieure à la durée du conducteur moins le retard)
                       ou le temps dont elle dit disposer.
consentement     10    10 si le conducteur a une étape de consentement et
                       qu'elle n'a pas de réponse, si une donnée personnelle
                       a été notée avant le consentement, ou si « oui » est
                       noté alors que la persona refuse ; 5 si l'étape est
                       passée sans réponse. Un refus respecté ne coûte rien.
travail          10    10 sans aucune tâche pour le prochain rendez-vous.
autonomie         5    5 si aucune tâche n'est à la charge de l'adhérent
                       (le travail en autonomie entre deux séances).
rendez-vous      10    10 sans date du prochain rendez-vous ; 5 s'il est
                       « à fixer » ; 5 si la date précède la fin de
                       l'entretien.
etapes           15    3 par étape obligatoire sans réponse ni raison
                       (hors étapes du cadre, du consentement, des tâches et
                       du rendez-vous, comptées à part), 15 au plus. Une
                       étape facultative passée avec sa raison, ou une étape
                       personnelle exclue faute de consentement, ne coûte
                       rien.
temps            10    4 si l'entretien dépasse de plus de 10 % la durée
                       convenue (celle du conducteur si elle n'est pas
                       notée) ; 2 par séquence qui dépasse son temps prévu
                       de plus de la moitié et d'au moins 3 minutes ; 10 au
                       plus.
rgpd             10    5 par constat dans ce que le stagiaire a écrit
                       (réponses en texte libre, tâches, raisons, notes),
                       10 au plus.
=============  ======  =====================================================

Le temps prévu d'une séquence est sa `duree_minutes` si le conducteur la
donne, sinon une part de la durée du conducteur proportionnelle à son nombre
d'étapes ; il est ajusté à la durée convenue avec l'adhérent.

Les constats RGPD viennent de `constats_par_texte` (texte → constats, déjà
calculés par l'interface), sinon du vérificateur `assistant.redaction.verifier`,
et des mots `a_ne_pas_ecrire` des épreuves de la persona
(pour un texte où le vérificateur n'a pas déjà signalé la même catégorie).

Ce module n'importe pas `textual`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Literal, Protocol

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from assistant.redaction import verifier
from conducteurs.modele import (
    LIBELLES_CADRE,
    LIBELLES_SEQUENCE,
    Conducteur,
    ElementCadre,
    Etape,
    Role,
    TypeReponse,
)
from conducteurs.persona import EVENEMENTS_SENSIBLES, Persona, TypeEvenementPersona
from etats import (
    RAISON_CONSENTEMENT_NON_RECUEILLI,
    RAISON_CONSENTEMENT_REFUSE,
    AFixer,
    DonneesEntretien,
    Entretien,
    Tache,
)

# ------------------------------------------------------------------ barème
BAREME: dict[str, tuple[str, int]] = {
    "cadre": ("Les cinq éléments du cadre convenus dans l'introduction", 30),
    "consentement": ("Le consentement recueilli avant toute donnée personnelle", 10),
    "travail": ("Le travail demandé pour le prochain rendez-vous", 10),
    "autonomie": ("Une tâche à la charge de l'adhérent", 5),
    "rendez-vous": ("La date du prochain rendez-vous", 10),
    "etapes": ("Les étapes obligatoires couvertes", 15),
    "temps": ("Le temps tenu, séquence par séquence", 10),
    "rgpd": ("Des écrits compatibles RGPD", 10),
}
"""Les critères : (libellé, points). Leur somme fait 100."""

POINTS_ELEMENT_CADRE = 6
POINTS_CONSENTEMENT = 10
POINTS_CONSENTEMENT_PASSE = 5
POINTS_SANS_TACHE = 10
POINTS_SANS_TACHE_ADHERENT = 5
POINTS_SANS_RDV = 10
POINTS_RDV_A_FIXER = 5
POINTS_RDV_PASSE = 5
POINTS_ETAPE_OUBLIEE = 3
POINTS_DEPASSEMENT = 4
POINTS_SEQUENCE = 2
POINTS_CONSTAT = 5

TOLERANCE_DEPASSEMENT = 0.10
"""Au-delà de 10 % de la durée convenue, l'entretien déborde."""
TOLERANCE_SEQUENCE = 0.5
"""Une séquence déborde au-delà de la moitié de son temps prévu…"""
MARGE_SEQUENCE = timedelta(minutes=3)
"""… et d'au moins 3 minutes."""

RAISONS_CONSENTEMENT = frozenset({RAISON_CONSENTEMENT_REFUSE, RAISON_CONSENTEMENT_NON_RECUEILLI})

Consentement = Literal["obtenu", "refuse", "passe", "non_demande", "dossier", "sans_objet"]
"""Ce qu'il est advenu du consentement pendant l'entretien."""


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


# ------------------------------------------------------------------ modèles
class _Modele(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Critere(_Modele):
    """Un critère du barème : les points obtenus et ce qu'il faut en retenir."""

    nom: str
    libelle: str
    maximum: int
    obtenus: int
    remarques: list[str] = Field(default_factory=list)
    """Ce qui a été bien fait, ou le contexte d'un point perdu."""


class TempsSequence(_Modele):
    """Le temps passé dans une séquence face au temps prévu, en minutes."""

    sequence: str
    libelle: str
    prevu_minutes: float
    reel_minutes: float

    @property
    def ecart_minutes(self) -> float:
        """Le temps passé en plus (positif) ou en moins (négatif)."""
        return self.reel_minutes - self.prevu_minutes


class ConstatRgpd(_Modele):
    """Un passage de ce que le stagiaire a écrit qui n'est pas compatible RGPD."""

    source: str
    """Où le passage a été écrit (« étape « Recueil de la demande » », « note »…)."""
    etape: str | None
    categorie: str
    extrait: str
    explication: str
    suggestion: str = ""


class Retour(_Modele):
    """Le retour d'une répétition : ce qui a été fait, le score et chaque point perdu.

    Se conserve avec `model_dump(mode="json")` et se relit avec
    `Retour.model_validate(...)`.
    """

    format: Literal[1] = 1
    conducteur: str
    titre_conducteur: str
    version_conducteur: str
    persona: str | None = None
    date: AwareDatetime
    """Le début de l'entretien répété."""
    cloture: bool
    """L'entretien a été clos (sinon, la répétition a été interrompue)."""
    score: int = Field(ge=0, le=100)
    points_perdus: list[tuple[int, str]]
    """(points, raison en français), dans l'ordre du barème."""
    criteres: list[Critere]
    cadre: dict[ElementCadre, bool]
    etapes_couvertes: list[str]
    """Les étapes qui ont une réponse, dans l'ordre du conducteur."""
    etapes_passees: dict[str, str]
    """Les étapes passées, avec la raison (dont l'exclusion faute de consentement)."""
    etapes_oubliees: list[str]
    """Les étapes obligatoires restées sans réponse ni raison."""
    temps: list[TempsSequence]
    duree_prevue_minutes: int
    """La durée convenue avec l'adhérent, ou celle du conducteur."""
    duree_reelle_minutes: float
    consentement: Consentement
    taches_adherent: int
    taches_conseiller: int
    prochain_rdv: AwareDatetime | None = None
    prochain_rdv_a_fixer: str | None = None
    """La raison d'un rendez-vous « à fixer »."""
    constats_rgpd: list[ConstatRgpd] = Field(default_factory=list)
    epreuves: list[str] = Field(default_factory=list)
    """Les épreuves scénarisées de la persona (« arrive en retard »…)."""

    @property
    def points_perdus_total(self) -> int:
        """Le total des points perdus (100 − score)."""
        return sum(points for points, _ in self.points_perdus)

    def texte(self) -> str:
        """Le retour en texte lisible (terminal ou écran), sans balisage."""
        lignes = [
            f"Retour de répétition — {self.titre_conducteur}"
            + (f" (persona : {self.persona})" if self.persona else ""),
            f"Score : {self.score}/100" + ("" if self.cloture else " — entretien non clos"),
            "",
        ]
        for critere in self.criteres:
            lignes.append(f"{critere.libelle} : {critere.obtenus}/{critere.maximum}")
            lignes.extend(f"  · {remarque}" for remarque in critere.remarques)
        if self.points_perdus:
            lignes += ["", "Points perdus :"]
            lignes.extend(f"  −{points} : {raison}" for points, raison in self.points_perdus)
        lignes += ["", "Temps par séquence (réel / prévu) :"]
        lignes.extend(
            f"  {t.libelle} : {_minutes(t.reel_minutes)} / {_minutes(t.prevu_minutes)}"
            for t in self.temps
        )
        if self.constats_rgpd:
            lignes += ["", "À réécrire (RGPD) :"]
            for constat in self.constats_rgpd:
                suite = f" → {constat.suggestion}" if constat.suggestion else ""
                lignes.append(
                    f"  {constat.source} ({constat.categorie}) : {constat.explication}{suite}"
                )
        return "\n".join(lignes)


# ---------------------------------------------------------------- évaluation
class _Bareme:
    """Les points perdus, critère par critère, plafonnés au maximum de chacun."""

    def __init__(self) -> None:
        self.pertes: dict[str, list[tuple[int, str]]] = {nom: [] for nom in BAREME}
        self.remarques: dict[str, list[str]] = {nom: [] for nom in BAREME}

    def perdre(self, critere: str, points: int, raison: str) -> None:
        deja = sum(p for p, _ in self.pertes[critere])
        reste = BAREME[critere][1] - deja
        if min(points, reste) > 0:
            self.pertes[critere].append((min(points, reste), raison))
        else:
            self.remarques[critere].append(f"{raison} (plafond du critère atteint)")

    def noter(self, critere: str, remarque: str) -> None:
        self.remarques[critere].append(remarque)

    def criteres(self) -> list[Critere]:
        return [
            Critere(
                nom=nom,
                libelle=libelle,
                maximum=maximum,
                obtenus=maximum - sum(p for p, _ in self.pertes[nom]),
                remarques=self.remarques[nom],
            )
            for nom, (libelle, maximum) in BAREME.items()
        ]

    def points_perdus(self) -> list[tuple[int, str]]:
        return [perte for nom in BAREME for perte in self.pertes[nom]]


def evaluer(
    conducteur: Conducteur,
    donnees_entretien: DonneesEntretien,
    constats_par_texte: Mapping[str, Sequence[ConstatVerifie]] | None = None,
    *,
    persona: Persona | None = None,
) -> Retour:
    """Le retour d'une répétition conduite avec ce conducteur.

    `donnees_entretien` sont les données de l'entretien (`Entretien.donnees`),
    clos ou interrompu. `constats_par_texte` donne, pour un texte écrit par le
    stagiaire, les constats déjà trouvés par le vérificateur RGPD (les autres
    textes sont vérifiés ici s'il est installé). `persona` ajoute ses épreuves
    au retour : refus du consentement, retard ou durée contestée, mots
    sensibles à ne pas recopier.

    Lève `etats.ConducteurModifie` si les données ne sont pas celles de ce
    conducteur.
    """
    donnees = donnees_entretien
    fin = _fin(donnees)
    entretien = Entretien.restaurer(conducteur, donnees, horloge=lambda: fin)
    bareme = _Bareme()

    duree_convenue = _duree_convenue(conducteur, donnees)
    cadre = _evaluer_cadre(bareme, conducteur, entretien, duree_convenue, persona)
    consentement = _evaluer_consentement(bareme, conducteur, donnees, persona)
    taches = entretien.taches()
    rdv = entretien.prochain_rdv()
    _evaluer_travail(bareme, taches, rdv, fin)
    couvertes, passees, oubliees = _evaluer_etapes(bareme, conducteur, donnees)
    temps, duree_prevue, reel = _evaluer_temps(bareme, conducteur, entretien, duree_convenue)
    constats = _constats_rgpd(conducteur, donnees, constats_par_texte, persona)
    for constat in constats:
        bareme.perdre(
            "rgpd",
            POINTS_CONSTAT,
            f"RGPD : {constat.source}, {constat.categorie} — {constat.explication}.",
        )
    if not constats:
        bareme.noter("rgpd", "Aucun passage à réécrire dans ce que vous avez noté.")

    points_perdus = bareme.points_perdus()
    return Retour(
        conducteur=conducteur.identifiant,
        titre_conducteur=conducteur.titre,
        version_conducteur=conducteur.version,
        persona=None if persona is None else persona.identifiant,
        date=donnees.debut,
        cloture=donnees.etat == "cloture",
        score=100 - sum(points for points, _ in points_perdus),
        points_perdus=points_perdus,
        criteres=bareme.criteres(),
        cadre=cadre,
        etapes_couvertes=couvertes,
        etapes_passees=passees,
        etapes_oubliees=oubliees,
        temps=temps,
        duree_prevue_minutes=duree_prevue,
        duree_reelle_minutes=round(reel, 1),
        consentement=consentement,
        taches_adherent=sum(1 for t in taches if t.qui == "adherent"),
        taches_conseiller=sum(1 for t in taches if t.qui == "conseiller"),
        prochain_rdv=rdv if isinstance(rdv, datetime) else None,
        prochain_rdv_a_fixer=rdv.raison if isinstance(rdv, AFixer) else None,
        constats_rgpd=constats,
        epreuves=[] if persona is None else [e.libelle for e in persona.evenements],
    )


def _fin(donnees: DonneesEntretien) -> datetime:
    """La fin de l'entretien : sa clôture, sinon son dernier événement."""
    if donnees.fin is not None:
        return donnees.fin
    if donnees.evenements:
        return donnees.evenements[-1].horodatage
    return donnees.debut


def _minutes(valeur: float) -> str:
    return f"{round(valeur):d} min"


def _duree_convenue(conducteur: Conducteur, donnees: DonneesEntretien) -> int | None:
    """La durée notée à l'étape du cadre qui la convient, en minutes."""
    for etape in conducteur.deroulement.introduction.etapes:
        if ElementCadre.duree in etape.cadre and etape.type == TypeReponse.duree:
            reponse = donnees.reponses.get(etape.identifiant)
            if reponse is not None and isinstance(reponse.valeur, int):
                return reponse.valeur
    return None


# ----------------------------------------------------------------- critères
def _evaluer_cadre(
    bareme: _Bareme,
    conducteur: Conducteur,
    entretien: Entretien,
    duree_convenue: int | None,
    persona: Persona | None,
) -> dict[ElementCadre, bool]:
    convenus = entretien.elements_cadre_convenus()
    duree_comptee = False
    if persona is not None and duree_convenue is not None and convenus[ElementCadre.duree]:
        limite: int | None = None
        pourquoi = ""
        if persona.duree_disponible_minutes is not None:
            limite = persona.duree_disponible_minutes
            pourquoi = f"la personne a dit ne disposer que de {limite} minutes"
        if persona.retard_minutes:
            apres_retard = conducteur.duree_minutes - persona.retard_minutes
            if limite is None or apres_retard < limite:
                limite = apres_retard
                pourquoi = (
                    f"la personne est arrivée avec {persona.retard_minutes} minutes de retard "
                    f"sur un entretien prévu de {conducteur.duree_minutes} minutes"
                )
        if limite is not None and duree_convenue > limite:
            convenus[ElementCadre.duree] = False
            duree_comptee = True
            bareme.perdre(
                "cadre",
                POINTS_ELEMENT_CADRE,
                f"Durée : vous avez noté {duree_convenue} minutes alors que {pourquoi} ; "
                f"renégociez la durée avec elle (au plus {limite} minutes) et adaptez le "
                "déroulement.",
            )
        elif limite is not None:
            bareme.noter("cadre", f"Durée renégociée avec la personne ({duree_convenue} minutes).")
    for element in ElementCadre:
        if not convenus[element] and not (element == ElementCadre.duree and duree_comptee):
            etapes = [
                f"« {e.titre} »"
                for e in conducteur.deroulement.introduction.etapes
                if element in e.cadre
            ]
            bareme.perdre(
                "cadre",
                POINTS_ELEMENT_CADRE,
                f"Cadre : « {LIBELLES_CADRE[element]} » n'a pas été convenu dans "
                f"l'introduction (étape {', '.join(etapes)}).",
            )
    if all(convenus.values()):
        bareme.noter("cadre", "Les cinq éléments du cadre ont été convenus.")
    return convenus


def _evaluer_consentement(
    bareme: _Bareme,
    conducteur: Conducteur,
    donnees: DonneesEntretien,
    persona: Persona | None,
) -> Consentement:
    etape = conducteur.etape_de_role(Role.consentement)
    if etape is None:
        if donnees.consentement_dossier is True:
            bareme.noter("consentement", "Le consentement figure au dossier de l'adhérent.")
            return "dossier"
        bareme.noter(
            "consentement",
            "Pas de consentement au dossier : les étapes personnelles ont été exclues.",
        )
        return "sans_objet"
    ident = etape.identifiant
    reponse = donnees.reponses.get(ident)
    if reponse is None:
        if ident in donnees.passees:
            bareme.perdre(
                "consentement",
                POINTS_CONSENTEMENT_PASSE,
                f"Consentement : l'étape « {etape.titre} » a été passée sans réponse ; "
                "informez la personne et recueillez son accord ou son refus.",
            )
            return "passe"
        bareme.perdre(
            "consentement",
            POINTS_CONSENTEMENT,
            f"Consentement : il n'a pas été demandé (étape « {etape.titre} »).",
        )
        return "non_demande"
    if reponse.valeur is not True:
        bareme.noter(
            "consentement",
            "Refus du consentement respecté : aucune donnée personnelle notée.",
        )
        return "refuse"
    if persona is not None and persona.refuse_consentement:
        bareme.perdre(
            "consentement",
            POINTS_CONSENTEMENT,
            "Consentement : vous avez noté « oui » alors que la personne a refusé le "
            "traitement de ses données ; notez son refus, sans le lui reprocher.",
        )
        return "obtenu"
    avant = _donnee_personnelle_avant(conducteur, donnees, ident)
    if avant is not None:
        bareme.perdre(
            "consentement",
            POINTS_CONSENTEMENT,
            f"Consentement : l'étape personnelle « {avant.titre} » a été renseignée avant "
            "le consentement.",
        )
    else:
        bareme.noter("consentement", "Consentement recueilli avant toute donnée personnelle.")
    return "obtenu"


def _donnee_personnelle_avant(
    conducteur: Conducteur, donnees: DonneesEntretien, consentement: str
) -> Etape | None:
    """La première étape personnelle renseignée avant le consentement, s'il y en a une."""
    personnelles = {e.identifiant: e for _, e in conducteur.etapes() if e.personnel}
    for evenement in donnees.evenements:
        if evenement.type != "reponse" or evenement.etape is None:
            continue
        if evenement.etape == consentement:
            return None
        if evenement.etape in personnelles:
            return personnelles[evenement.etape]
    return None


def _evaluer_travail(
    bareme: _Bareme, taches: list[Tache], rdv: datetime | AFixer | None, fin: datetime
) -> None:
    if not taches:
        bareme.perdre(
            "travail",
            POINTS_SANS_TACHE,
            "Travail : aucune tâche n'a été convenue pour le prochain rendez-vous.",
        )
        bareme.perdre(
            "autonomie",
            POINTS_SANS_TACHE_ADHERENT,
            "Autonomie : aucune tâche n'est confiée à l'adhérent.",
        )
    else:
        bareme.noter("travail", f"{len(taches)} tâche(s) convenue(s), chacune avec qui la fait.")
        if not any(t.qui == "adherent" for t in taches):
            bareme.perdre(
                "autonomie",
                POINTS_SANS_TACHE_ADHERENT,
                "Autonomie : toutes les tâches sont pour le conseiller ; convenez avec "
                "l'adhérent d'au moins une tâche qu'il réalise en autonomie.",
            )
    if rdv is None:
        bareme.perdre(
            "rendez-vous",
            POINTS_SANS_RDV,
            "Rendez-vous : la date du prochain rendez-vous n'a pas été fixée.",
        )
    elif isinstance(rdv, AFixer):
        bareme.perdre(
            "rendez-vous",
            POINTS_RDV_A_FIXER,
            f"Rendez-vous : laissé « à fixer » ({rdv.raison}) ; fixez la date avec la "
            "personne pendant l'entretien quand c'est possible.",
        )
    elif rdv < fin:
        bareme.perdre(
            "rendez-vous",
            POINTS_RDV_PASSE,
            "Rendez-vous : la date notée précède la fin de l'entretien ; vérifiez-la.",
        )
    else:
        bareme.noter("rendez-vous", "Prochain rendez-vous daté.")


def _compte_a_part(etape: Etape) -> bool:
    """L'étape est évaluée par un autre critère (cadre, consentement, tâches, rendez-vous)."""
    return bool(etape.cadre) or etape.role in (Role.consentement, Role.taches, Role.prochain_rdv)


def _evaluer_etapes(
    bareme: _Bareme, conducteur: Conducteur, donnees: DonneesEntretien
) -> tuple[list[str], dict[str, str], list[str]]:
    couvertes: list[str] = []
    passees: dict[str, str] = {}
    oubliees: list[str] = []
    for _, etape in conducteur.etapes():
        ident = etape.identifiant
        if ident in donnees.reponses:
            couvertes.append(ident)
        elif ident in donnees.passees:
            passees[ident] = donnees.passees[ident]
        elif etape.obligatoire:
            oubliees.append(ident)
            if not _compte_a_part(etape):
                bareme.perdre(
                    "etapes",
                    POINTS_ETAPE_OUBLIEE,
                    f"Étapes : l'étape obligatoire « {etape.titre} » n'a pas été couverte.",
                )
    exclues = sum(1 for raison in passees.values() if raison in RAISONS_CONSENTEMENT)
    facultatives = len(passees) - exclues
    if facultatives:
        bareme.noter("etapes", f"{facultatives} étape(s) facultative(s) passée(s) avec la raison.")
    if exclues:
        bareme.noter(
            "etapes", f"{exclues} étape(s) personnelle(s) exclue(s) faute de consentement."
        )
    if not oubliees:
        bareme.noter("etapes", "Toutes les étapes obligatoires ont été couvertes.")
    return couvertes, passees, oubliees


def temps_prevus(conducteur: Conducteur, duree: int | None = None) -> dict[str, float]:
    """Le temps prévu de chaque séquence, en minutes, pour une durée totale donnée.

    Une séquence sans `duree_minutes` reçoit une part du temps restant
    proportionnelle à son nombre d'étapes. Avec `duree` (la durée convenue),
    tout est mis à l'échelle.
    """
    sequences = conducteur.deroulement.sequences()
    fixees = sum(s.duree_minutes or 0 for _, s in sequences)
    libres = [(n, s) for n, s in sequences if s.duree_minutes is None]
    reste = max(conducteur.duree_minutes - fixees, 0)
    etapes_libres = sum(len(s.etapes) for _, s in libres) or 1
    prevus = {
        nom: float(s.duree_minutes)
        if s.duree_minutes is not None
        else reste * len(s.etapes) / etapes_libres
        for nom, s in sequences
    }
    total = sum(prevus.values()) or 1.0
    cible = float(duree) if duree is not None else float(conducteur.duree_minutes)
    return {nom: valeur * cible / total for nom, valeur in prevus.items()}


def _evaluer_temps(
    bareme: _Bareme,
    conducteur: Conducteur,
    entretien: Entretien,
    duree_convenue: int | None,
) -> tuple[list[TempsSequence], int, float]:
    duree = duree_convenue if duree_convenue is not None else conducteur.duree_minutes
    prevus = temps_prevus(conducteur, duree)
    reels = entretien.temps_par_sequence()
    temps: list[TempsSequence] = []
    for nom, prevu in prevus.items():
        reel = reels.get(nom, timedelta(0))
        minutes = reel.total_seconds() / 60
        temps.append(
            TempsSequence(
                sequence=nom,
                libelle=LIBELLES_SEQUENCE.get(nom, nom),
                prevu_minutes=round(prevu, 1),
                reel_minutes=round(minutes, 1),
            )
        )
    total = sum(r.total_seconds() for r in reels.values()) / 60
    if total > duree * (1 + TOLERANCE_DEPASSEMENT):
        bareme.perdre(
            "temps",
            POINTS_DEPASSEMENT,
            f"Temps : l'entretien a duré {_minutes(total)} pour {duree} min convenues.",
        )
    for t in temps:
        depasse = t.reel_minutes - t.prevu_minutes
        if (
            t.reel_minutes > t.prevu_minutes * (1 + TOLERANCE_SEQUENCE)
            and depasse >= MARGE_SEQUENCE.total_seconds() / 60
        ):
            bareme.perdre(
                "temps",
                POINTS_SEQUENCE,
                f"Temps : {t.libelle.lower()} — {_minutes(t.reel_minutes)} pour "
                f"{_minutes(t.prevu_minutes)} prévues.",
            )
    if not bareme.pertes["temps"]:
        bareme.noter("temps", f"Temps tenu : {_minutes(total)} pour {duree} min convenues.")
    return temps, duree, total


# --------------------------------------------------------------------- RGPD
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


def _constats_rgpd(
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


# --------------------------------------------------------------- progression
BARRES = "▁▂▃▄▅▆▇█"
"""Les huit hauteurs de la petite courbe des scores."""

NOMBRE_MAX_POINTS = 20
"""La courbe montre au plus les 20 dernières répétitions."""


def progression(retours: Sequence[Retour]) -> str:
    """La progression des scores au fil des répétitions, en petite courbe de terminal.

    Les retours sont classés par date ; la courbe (▁ pour 0, █ pour 100) est
    suivie des valeurs, alignées sous chaque barre, puis d'un résumé.
    """
    if not retours:
        return "Aucune répétition pour l'instant."
    ordonnes = sorted(retours, key=lambda r: r.date)
    montres = ordonnes[-NOMBRE_MAX_POINTS:]
    scores = [r.score for r in montres]
    largeur = 4
    barres = "".join(
        BARRES[min(score * len(BARRES) // 101, len(BARRES) - 1)].center(largeur) for score in scores
    )
    valeurs = "".join(str(score).center(largeur) for score in scores)
    titre = f"Progression sur {len(ordonnes)} répétition(s)"
    if len(ordonnes) > len(montres):
        titre += f" (les {len(montres)} dernières)"
    dernier = ordonnes[-1].score
    resume = f"Dernier score : {dernier}/100"
    if len(ordonnes) > 1:
        ecart = dernier - ordonnes[-2].score
        resume += f" ({ecart:+d} par rapport à la précédente)"
    tous = [r.score for r in ordonnes]
    resume += f" · meilleur : {max(tous)} · moyenne : {round(sum(tous) / len(tous))}"
    premiere, derniere = f"{ordonnes[0].date:%d/%m/%Y}", f"{ordonnes[-1].date:%d/%m/%Y}"
    dates = f"Le {premiere}" if premiere == derniere else f"Du {premiere} au {derniere}"
    return "\n".join([titre, barres.rstrip(), valeurs.rstrip(), resume, dates])


__all__ = [
    "BAREME",
    "ConstatRgpd",
    "ConstatVerifie",
    "Critere",
    "Retour",
    "TempsSequence",
    "evaluer",
    "progression",
    "temps_prevus",
]
