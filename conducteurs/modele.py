"""Le schéma d'un conducteur d'entretien (pydantic v2).

Un conducteur a les trois parties du document méthodologique :

1. le **cadre** (objectif, décision libre, informations à recueillir par
   l'adhérent, outils utilisés, travail demandé pour le prochain rendez-vous) ;
2. le **déroulement**, en trois séquences (introduction, échange, conclusion),
   chacune une liste ordonnée d'étapes ;
3. la **fiche Visual Course** : les champs à saisir dans l'applicatif métier
   et les étapes dont les réponses les remplissent.

Les règles du métier (les 5 éléments du cadre dans l'introduction, le travail
pour le prochain rendez-vous en conclusion, le consentement avant toute donnée
personnelle en phase d'accueil) sont vérifiées ici, avec des messages en
français qui disent quoi écrire à la place.
"""

from __future__ import annotations

import hashlib

from pydantic import Field, ValidationInfo, field_validator, model_validator

from conducteurs.vocabulaire import (
    LIBELLES_CADRE,
    LIBELLES_ROLE,
    LIBELLES_SEQUENCE,
    MOTIF_IDENTIFIANT,
    TYPE_ATTENDU_PAR_ROLE,
    TYPES_A_COCHER,
    TYPES_AVEC_OPTIONS,
    Booleen,
    ElementCadre,
    ElementTexte,
    Identifiant,
    ModeleStrict,
    Phase,
    PhaseTexte,
    Role,
    RoleTexte,
    TexteNonVide,
    TypeReponse,
    TypeTexte,
    est_identifiant,
)


class ErreurRegle(ValueError):
    """Une règle du métier non respectée, avec son chemin et sa correction."""

    def __init__(self, chemin: str, message: str, correction: str) -> None:
        super().__init__(message)
        self.chemin = chemin
        self.message = message
        self.correction = correction


class Cadre(ModeleStrict):
    """Le premier tableau du conducteur : le cadre de l'entretien."""

    objectif: TexteNonVide
    decision_libre: TexteNonVide
    informations_a_recueillir: list[TexteNonVide] = Field(min_length=1)
    outils: list[TexteNonVide] = Field(min_length=1)
    travail_prochain_rdv: list[TexteNonVide] = Field(min_length=1)
    """Suggestions de travail que le conseiller peut reprendre telles quelles."""


class Etape(ModeleStrict):
    """Une étape du déroulement : ce que le conseiller dit ou demande."""

    identifiant: Identifiant
    titre: TexteNonVide
    consigne: TexteNonVide
    aide: str = ""
    type: TypeTexte
    options: list[TexteNonVide] = Field(default_factory=list)
    maximum: int | None = Field(default=None, ge=1)
    """Étape à cocher : le nombre d'options qu'on peut cocher au plus (« trois au plus »)."""
    obligatoire: Booleen = True
    personnel: Booleen = False
    """L'étape recueille des données personnelles : elle attend le consentement."""
    cadre: list[ElementTexte] = Field(default_factory=list)
    """Éléments du cadre que cette étape permet de convenir (introduction)."""
    role: RoleTexte | None = None

    @field_validator("options")
    @classmethod
    def _options_uniques(cls, options: list[str]) -> list[str]:
        vues: set[str] = set()
        for option in options:
            if option.casefold() in vues:
                raise ValueError(f"l'option « {option} » est en double ; retirez l'une des deux")
            vues.add(option.casefold())
        return options

    @field_validator("maximum")
    @classmethod
    def _maximum_coherent(cls, maximum: int | None, info: ValidationInfo) -> int | None:
        type_ = info.data.get("type")
        options = info.data.get("options")
        if maximum is None or type_ is None or options is None:
            return maximum
        if type_ not in TYPES_A_COCHER:
            raise ValueError(
                f"« maximum » ne vaut que pour une étape à cocher, pas pour le type "
                f"« {TypeReponse(type_).value} » ; retirez « maximum » ou écrivez "
                "« type: choix_multiple » ou « type: liste_controle »"
            )
        if maximum > len(options):
            raise ValueError(
                f"le maximum ({maximum}) dépasse le nombre d'options ({len(options)}) ; "
                f"écrivez un nombre entre 1 et {len(options)}, ou ajoutez des options"
            )
        return maximum

    @model_validator(mode="after")
    def _coherence(self) -> Etape:
        if self.type in TYPES_AVEC_OPTIONS and len(self.options) < 2:
            raise ValueError(
                f"une étape de type « {self.type.value} » a besoin d'au moins deux "
                "options : ajoutez une liste « options: » avec une option par ligne "
                "(« - Première option »)"
            )
        if self.type not in TYPES_AVEC_OPTIONS and self.options:
            raise ValueError(
                f"une étape de type « {self.type.value} » n'a pas d'options : retirez "
                "« options » ou choisissez le type « choix », « choix_multiple » ou "
                "« liste_controle »"
            )
        attendu = TYPE_ATTENDU_PAR_ROLE.get(self.role) if self.role else None
        if attendu is not None and self.type != attendu:
            raise ValueError(
                f"une étape de rôle « {self.role.value if self.role else ''} » doit "
                f"avoir le type « {attendu.value} », pas « {self.type.value} » ; "
                f"écrivez « type: {attendu.value} » ou retirez « role »"
            )
        return self


class Sequence(ModeleStrict):
    """Une séquence du déroulement (introduction, échange ou conclusion)."""

    objectif: str = ""
    duree_minutes: int | None = Field(default=None, ge=1, le=240)
    etapes: list[Etape] = Field(min_length=1)


class Deroulement(ModeleStrict):
    """Le deuxième tableau : le déroulement, séquence par séquence."""

    introduction: Sequence
    echange: Sequence
    conclusion: Sequence

    def sequences(self) -> list[tuple[str, Sequence]]:
        """Les trois séquences dans l'ordre, avec leur nom."""
        return [
            ("introduction", self.introduction),
            ("echange", self.echange),
            ("conclusion", self.conclusion),
        ]


class ChampVisualCourse(ModeleStrict):
    """Un champ à saisir dans l'applicatif métier, et ce qui le remplit."""

    champ: TexteNonVide
    etapes: list[Identifiant] = Field(min_length=1)
    aide: str = ""


class Conducteur(ModeleStrict):
    """Un conducteur d'entretien complet et cohérent."""

    identifiant: Identifiant
    titre: TexteNonVide
    phase: PhaseTexte
    duree_minutes: int = Field(ge=5, le=240)
    version: TexteNonVide
    description: str = ""
    suite_conseillee: list[Identifiant] = Field(default_factory=list)
    """Conducteurs à proposer pour l'entretien suivant."""
    cadre: Cadre
    deroulement: Deroulement
    visual_course: list[ChampVisualCourse] = Field(min_length=1)

    # ------------------------------------------------------------------ règles
    @model_validator(mode="after")
    def _regles_du_metier(self, info: ValidationInfo) -> Conducteur:
        # Le chargeur passe `{"regles": False}` pour collecter toutes les
        # erreurs d'un coup avec `erreurs_metier()` ; sinon la première lève.
        if isinstance(info.context, dict) and info.context.get("regles") is False:
            return self
        for erreur in self.erreurs_metier():
            raise ValueError(f"{erreur.chemin} : {erreur.message} ; {erreur.correction}")
        return self

    def erreurs_metier(self) -> list[ErreurRegle]:
        """Toutes les règles du métier non respectées (liste vide si tout va bien)."""
        erreurs: list[ErreurRegle] = []
        vus: dict[str, str] = {}
        for nom, sequence in self.deroulement.sequences():
            for i, etape in enumerate(sequence.etapes):
                chemin = f"deroulement.{nom}.etapes[{i}].identifiant"
                if etape.identifiant in vus:
                    erreurs.append(
                        ErreurRegle(
                            chemin,
                            f"l'identifiant d'étape « {etape.identifiant} » est déjà "
                            f"utilisé ({vus[etape.identifiant]})",
                            "donnez à chaque étape un identifiant unique dans le conducteur",
                        )
                    )
                else:
                    vus[etape.identifiant] = f"deroulement.{nom}.etapes[{i}]"
                if etape.cadre and nom != "introduction":
                    erreurs.append(
                        ErreurRegle(
                            f"deroulement.{nom}.etapes[{i}].cadre",
                            "les éléments du cadre se conviennent dans l'introduction",
                            "déplacez cette étape dans « introduction » ou retirez « cadre »",
                        )
                    )
        couverts = {e for etape in self.deroulement.introduction.etapes for e in etape.cadre}
        for element in ElementCadre:
            if element not in couverts:
                erreurs.append(
                    ErreurRegle(
                        "deroulement.introduction.etapes",
                        f"aucune étape de l'introduction ne convient de l'élément du cadre "
                        f"« {LIBELLES_CADRE[element]} »",
                        f"ajoutez « cadre: [{element.value}] » à l'étape de l'introduction "
                        "qui le pose avec l'adhérent",
                    )
                )
        for element, types in (
            (
                ElementCadre.objectifs,
                {TypeReponse.texte, TypeReponse.choix, TypeReponse.choix_multiple},
            ),
            (ElementCadre.duree, {TypeReponse.duree}),
        ):
            porteuses = [
                e
                for e in self.deroulement.introduction.etapes
                if element in e.cadre and e.type in types
            ]
            if element in couverts and not porteuses:
                noms = ", ".join(f"« {t.value} »" for t in sorted(types))
                erreurs.append(
                    ErreurRegle(
                        "deroulement.introduction.etapes",
                        f"l'élément du cadre « {LIBELLES_CADRE[element]} » doit être "
                        "noté par une étape qui en recueille la valeur",
                        f"donnez à l'étape qui porte « cadre: [{element.value}] » le type {noms}",
                    )
                )
        conclusion = self.deroulement.conclusion.etapes
        for role, type_ in (
            (Role.evaluation, None),
            (Role.taches, TypeReponse.taches),
            (Role.prochain_rdv, TypeReponse.date_heure),
        ):
            if not any(e.role == role for e in conclusion):
                indication = f" et « type: {type_.value} »" if type_ else ""
                erreurs.append(
                    ErreurRegle(
                        "deroulement.conclusion.etapes",
                        f"la conclusion n'a pas d'étape pour {LIBELLES_ROLE[role]}",
                        f"ajoutez en conclusion une étape avec « role: {role.value} »{indication}",
                    )
                )
        for nom, sequence in self.deroulement.sequences():
            for i, etape in enumerate(sequence.etapes):
                if etape.role in (Role.evaluation, Role.taches, Role.prochain_rdv) and (
                    nom != "conclusion"
                ):
                    erreurs.append(
                        ErreurRegle(
                            f"deroulement.{nom}.etapes[{i}].role",
                            f"le rôle « {etape.role.value} » appartient à la conclusion",
                            "déplacez cette étape dans « conclusion »",
                        )
                    )
                if etape.role in (Role.taches, Role.prochain_rdv) and not etape.obligatoire:
                    erreurs.append(
                        ErreurRegle(
                            f"deroulement.{nom}.etapes[{i}].obligatoire",
                            "cette étape ne peut pas être facultative : on ne clôt pas un "
                            "entretien sans elle",
                            "écrivez « obligatoire: true » ou retirez la ligne",
                        )
                    )
        for chemin, etape in self.etapes_avec_chemin():
            if etape.personnel and etape.role == Role.decision_libre:
                erreurs.append(
                    ErreurRegle(
                        f"{chemin}.personnel",
                        "la décision libre n'est jamais une étape personnelle : c'est le choix "
                        "de l'adhérent, qui s'enregistre même quand il refuse le consentement",
                        "écrivez « personnel: false » ou retirez la ligne",
                    )
                )
                continue
            if etape.personnel and (
                etape.cadre
                or etape.role
                in (
                    Role.evaluation,
                    Role.taches,
                    Role.prochain_rdv,
                    Role.consentement,
                    Role.formulaire_signe,
                )
            ):
                # Sans consentement, une étape personnelle est passée d'office : un
                # élément du cadre ou une étape de clôture ne pourrait plus être rempli.
                erreurs.append(
                    ErreurRegle(
                        f"{chemin}.personnel",
                        "cette étape ne peut pas être personnelle : sans consentement elle "
                        "serait passée d'office et l'entretien ne pourrait pas avancer ou se "
                        "clore",
                        "écrivez « personnel: false » ou retirez la ligne",
                    )
                )
        erreurs.extend(self._erreurs_consentement())
        for i, champ in enumerate(self.visual_course):
            for j, ident in enumerate(champ.etapes):
                if ident not in vus:
                    erreurs.append(
                        ErreurRegle(
                            f"visual_course[{i}].etapes[{j}]",
                            f"l'étape « {ident} » n'existe pas dans ce conducteur",
                            "écrivez l'identifiant d'une étape du déroulement "
                            f"(par exemple « {next(iter(vus), 'objectifs')} »)",
                        )
                    )
        for i, ident in enumerate(self.suite_conseillee):
            if ident == self.identifiant:
                erreurs.append(
                    ErreurRegle(
                        f"suite_conseillee[{i}]",
                        "un conducteur ne peut pas se conseiller lui-même pour la suite",
                        "indiquez l'identifiant d'un autre conducteur",
                    )
                )
        return erreurs

    def _erreurs_consentement(self) -> list[ErreurRegle]:
        erreurs: list[ErreurRegle] = []
        position_consentement: int | None = None
        chemin_consentement = ""
        premiere_personnelle: tuple[int, str] | None = None
        for position, (chemin, etape) in enumerate(self.etapes_avec_chemin()):
            if etape.role == Role.consentement and position_consentement is None:
                position_consentement = position
                chemin_consentement = chemin
                if etape.personnel:
                    erreurs.append(
                        ErreurRegle(
                            f"{chemin}.personnel",
                            "l'étape de consentement ne peut pas elle-même être personnelle",
                            "écrivez « personnel: false » ou retirez la ligne",
                        )
                    )
            if etape.personnel and premiere_personnelle is None:
                premiere_personnelle = (position, chemin)
        if (
            position_consentement is not None
            and premiere_personnelle is not None
            and (self.phase != Phase.accueil and premiere_personnelle[0] < position_consentement)
        ):
            erreurs.append(
                ErreurRegle(
                    premiere_personnelle[1],
                    "une étape qui recueille des données personnelles vient avant l'étape "
                    "de consentement",
                    "déplacez-la après l'étape « role: consentement »",
                )
            )
        if self.phase == Phase.accueil and premiere_personnelle is not None:
            position, chemin = premiere_personnelle
            if position_consentement is None:
                erreurs.append(
                    ErreurRegle(
                        chemin,
                        "en phase d'accueil, une étape qui recueille des données "
                        "personnelles doit venir après l'information et le consentement",
                        "ajoutez avant elle une étape « role: consentement » de type "
                        "« oui_non » qui informe l'adhérent et recueille son accord",
                    )
                )
            elif position_consentement > position:
                erreurs.append(
                    ErreurRegle(
                        chemin,
                        "en phase d'accueil, une étape qui recueille des données "
                        "personnelles doit venir après l'information et le consentement, "
                        "mais l'étape de consentement vient plus loin",
                        f"déplacez l'étape de consentement ({chemin_consentement}) avant "
                        "celle-ci, ou celle-ci après elle",
                    )
                )
        return erreurs

    # --------------------------------------------------------------- lecture
    def etapes_avec_chemin(self) -> list[tuple[str, Etape]]:
        """Toutes les étapes dans l'ordre, avec leur chemin dans le fichier."""
        return [
            (f"deroulement.{nom}.etapes[{i}]", etape)
            for nom, sequence in self.deroulement.sequences()
            for i, etape in enumerate(sequence.etapes)
        ]

    def etapes(self) -> list[tuple[str, Etape]]:
        """Toutes les étapes dans l'ordre, avec le nom de leur séquence."""
        return [
            (nom, etape)
            for nom, sequence in self.deroulement.sequences()
            for etape in sequence.etapes
        ]

    def etape(self, identifiant: str) -> Etape:
        """L'étape de cet identifiant (KeyError si elle n'existe pas)."""
        for _, etape in self.etapes():
            if etape.identifiant == identifiant:
                return etape
        raise KeyError(identifiant)

    def sequence_de(self, identifiant: str) -> str:
        """Le nom de la séquence qui contient cette étape."""
        for nom, etape in self.etapes():
            if etape.identifiant == identifiant:
                return nom
        raise KeyError(identifiant)

    def etape_de_role(self, role: Role) -> Etape | None:
        """La première étape qui a ce rôle, s'il y en a une."""
        return next((e for _, e in self.etapes() if e.role == role), None)

    @property
    def demande_consentement(self) -> bool:
        """Le conducteur a une étape de consentement."""
        return self.etape_de_role(Role.consentement) is not None

    @property
    def nombre_etapes(self) -> int:
        return len(self.etapes())

    def empreinte(self) -> str:
        """Empreinte du contenu : change dès qu'un mot du conducteur change."""
        return hashlib.sha256(self.model_dump_json().encode("utf-8")).hexdigest()[:16]


__all__ = [
    "LIBELLES_CADRE",
    "LIBELLES_ROLE",
    "LIBELLES_SEQUENCE",
    "MOTIF_IDENTIFIANT",
    "TYPE_ATTENDU_PAR_ROLE",
    "TYPES_A_COCHER",
    "TYPES_AVEC_OPTIONS",
    "Booleen",
    "Cadre",
    "ChampVisualCourse",
    "Conducteur",
    "Deroulement",
    "ElementCadre",
    "ElementTexte",
    "ErreurRegle",
    "Etape",
    "Identifiant",
    "Phase",
    "PhaseTexte",
    "Role",
    "RoleTexte",
    "Sequence",
    "TexteNonVide",
    "TypeReponse",
    "TypeTexte",
    "est_identifiant",
]
