"""Comprendre les dates, heures et durées telles qu'un conseiller les tape.

« mardi 14/01 à 9h30 », « demain 14h », « 3 février 10h », « lundi prochain
à 9h » ; « 45 min », « 1h30 », « une heure et demie ». Chaque échec dit en
français ce qui manque, et chaque date comprise se relit en toutes lettres
pour confirmation.

Un champ qui ne contient qu'une date (les filtres de l'historique) se lit
avec `lire_date` : « 14/01/2026 », « 14 janvier 2026 », « janvier 2026 »,
« 2026 », « aujourd'hui », « hier ». Les deux lectures partagent les noms
des mois, les années sur deux chiffres et le contrôle du calendrier.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta, tzinfo

from commun.texte import replier

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_MOIS_ABREGES = {
    "janv": 1,
    "jan": 1,
    "fevr": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "aou": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_NOMBRES = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "quarante-cinq": 45,
}


class DateIncomprise(ValueError):
    """Le texte ne se lit pas comme une date, une heure ou une durée."""


def _normaliser(texte: str) -> str:
    sans = replier(texte)
    return re.sub(r"\s+", " ", sans).strip()


_NOMS_MOIS = {_normaliser(nom): i for i, nom in enumerate(MOIS, start=1)} | _MOIS_ABREGES
"""Le numéro de chaque mois, par son nom normalisé ou son abréviation."""


def _mois(nom: str) -> int | None:
    """Le numéro d'un mois écrit en lettres (normalisé, point d'abréviation permis)."""
    return _NOMS_MOIS.get(nom.rstrip("."))


def _siecle(annee: int) -> int:
    """Une année écrite sur deux chiffres est de ce siècle : « 26 » → 2026."""
    return annee + 2000 if annee < 100 else annee


def _calendrier(annee: int, mois: int, jour: int, lu: str) -> date:
    """La date, ou `DateIncomprise` si elle n'existe pas (`lu` : comment la nommer)."""
    try:
        return date(annee, mois, jour)
    except ValueError:
        raise DateIncomprise(f"{lu} n'existe pas dans le calendrier") from None


# ------------------------------------------------------------------- heures
_HEURE = re.compile(
    r"(?:\ba\s+)?\b(?P<h>[01]?\d|2[0-3])\s*(?:h|heures?|:)\s*(?P<m>[0-5]\d)?\b(?!\s*/)"
)


def _heure(texte: str) -> tuple[time | None, str]:
    if re.search(r"\bmidi\b", texte):
        return time(12, 0), re.sub(r"(?:\ba\s+)?\bmidi\b", " ", texte)
    trouve = _HEURE.search(texte)
    if not trouve:
        return None, texte
    heure = time(int(trouve["h"]), int(trouve["m"] or 0))
    return heure, texte[: trouve.start()] + " " + texte[trouve.end() :]


# -------------------------------------------------------------------- dates
def _prochain_jour(depuis: date, jour: int) -> date:
    """Le prochain jour de ce nom, après aujourd'hui (« lundi » = « lundi prochain »)."""
    ecart = (jour - depuis.weekday()) % 7 or 7
    return depuis + timedelta(days=ecart)


def _annee(jour: int, mois: int, annee: int | None, aujourdhui: date) -> date:
    """La date d'un rendez-vous ; sans année, la prochaine (aujourd'hui compris)."""
    lu = f"le {jour:02d}/{mois:02d}"
    if annee is not None:
        return _calendrier(_siecle(annee), mois, jour, lu)
    candidat = _calendrier(aujourdhui.year, mois, jour, lu)
    if candidat < aujourdhui:
        candidat = _calendrier(aujourdhui.year + 1, mois, jour, lu)
    return candidat


def _date(texte: str, aujourdhui: date) -> tuple[date | None, str | None]:
    """(date trouvée, jour de semaine écrit) ; None si le texte ne dit pas de date."""
    jour_ecrit = next((j for j in JOURS if re.search(rf"\b{j}\b", texte)), None)
    numerique = re.search(
        r"\b(?P<j>[0-3]?\d)\s*[/.-]\s*(?P<m>[01]?\d)(?:\s*[/.-]\s*(?P<a>\d{2,4}))?\b", texte
    )
    if numerique:
        jour, mois = int(numerique["j"]), int(numerique["m"])
        if not 1 <= mois <= 12:
            raise DateIncomprise(f"le mois « {numerique['m']} » n'existe pas")
        annee = int(numerique["a"]) if numerique["a"] else None
        return _annee(jour, mois, annee, aujourdhui), jour_ecrit
    en_lettres = re.search(
        r"\b(?P<j>[0-3]?\d)(?:er)?\s+(?P<m>[a-z]{3,9}\.?)(?:\s+(?P<a>\d{4}))?", texte
    )
    if en_lettres and _mois(en_lettres["m"]):
        mois_trouve = _mois(en_lettres["m"])
        assert mois_trouve is not None
        annee = int(en_lettres["a"]) if en_lettres["a"] else None
        return _annee(int(en_lettres["j"]), mois_trouve, annee, aujourdhui), jour_ecrit
    if re.search(r"\bapres[- ]demain\b", texte):
        return aujourdhui + timedelta(days=2), None
    if re.search(r"\bdemain\b", texte):
        return aujourdhui + timedelta(days=1), None
    if re.search(r"\b(aujourd'hui|aujourdhui|ce jour)\b", texte):
        return aujourdhui, None
    dans = re.search(r"\bdans\s+(?P<n>\d+|[a-z-]+)\s+(?P<u>jours?|semaines?|mois)\b", texte)
    if dans:
        n = int(dans["n"]) if dans["n"].isdigit() else _NOMBRES.get(dans["n"])
        if n is None:
            raise DateIncomprise(f"« {dans['n']} » n'est pas un nombre compris")
        jours = n * {"j": 1, "s": 7, "m": 30}[dans["u"][0]]
        return aujourdhui + timedelta(days=jours), None
    if jour_ecrit:
        return _prochain_jour(aujourdhui, JOURS.index(jour_ecrit)), None
    return None, None


def lire_date_heure(texte: str, maintenant: datetime) -> tuple[datetime, str | None]:
    """La date et l'heure d'un rendez-vous, dans le fuseau de `maintenant`.

    Rend aussi l'alerte qui demande une confirmation explicite (`alerte_date` :
    date passée, jour de la semaine qui ne correspond pas, plus de six mois).
    Lève `DateIncomprise` avec un message qui dit quoi écrire.
    """
    propre = _normaliser(texte)
    if not propre:
        raise DateIncomprise("indiquez une date et une heure, par exemple « mardi 14/01 à 9h30 »")
    heure, reste = _heure(propre)
    jour, jour_ecrit = _date(reste, maintenant.date())
    if jour is None and heure is None:
        raise DateIncomprise(
            f"« {texte.strip()} » n'est pas compris comme une date ; écrivez par exemple "
            "« mardi 14/01 à 9h30 », « demain 14h » ou « 3 février à 10h »"
        )
    if jour is None:
        raise DateIncomprise("précisez le jour, par exemple « demain 14h » ou « 14/01 à 9h30 »")
    if heure is None:
        raise DateIncomprise(f"précisez l'heure du {formater_date(jour)}, par exemple « à 9h30 »")
    fuseau: tzinfo | None = maintenant.tzinfo
    moment = datetime.combine(jour, heure, tzinfo=fuseau)
    return moment, alerte_date(moment, maintenant, jour_ecrit)


def _dans_six_mois(jour: date) -> date:
    """Le même jour six mois plus tard (le dernier du mois s'il n'existe pas)."""
    rang = jour.month - 1 + 6
    annee, mois = jour.year + rang // 12, rang % 12 + 1
    return date(annee, mois, min(jour.day, calendar.monthrange(annee, mois)[1]))


def alerte_date(
    moment: datetime, maintenant: datetime, jour_ecrit: str | None = None
) -> str | None:
    """Ce qui demande confirmation dans une date de rendez-vous, ou None.

    Une date passée, un jour de la semaine qui ne correspond pas à la date
    (« mardi » pour un mercredi), une date à plus de six mois : le conseiller
    doit confirmer, sinon corriger.
    """
    raisons: list[str] = []
    if moment < maintenant:
        raisons.append("cette date est déjà passée")
    if jour_ecrit is not None and JOURS[moment.weekday()] != jour_ecrit:
        raisons.append(
            f"vous avez écrit « {jour_ecrit} », mais cette date tombe un {JOURS[moment.weekday()]}"
        )
    if moment.date() > _dans_six_mois(maintenant.date()):
        raisons.append("cette date est à plus de six mois")
    return "attention : " + " ; ".join(raisons) if raisons else None


# ------------------------------------------------------ une date seule
# Un champ qui ne contient qu'une date (les filtres de l'historique) : lu en
# entier, sans heure, avec les mois et les années entiers en plus.
def _annee_ecrite(brute: str | None, aujourdhui: date) -> int:
    """L'année écrite (« 26 » → 2026), ou celle d'aujourd'hui."""
    return aujourdhui.year if brute is None else _siecle(int(brute))


_NUMERIQUE_SEULE = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?"


def lire_date(texte: str, fin: bool = False, aujourdhui: date | None = None) -> date:
    """Une date écrite à la française ; `fin` : le dernier jour d'un mois ou d'une année.

    Lève `DateIncomprise` avec un message qui dit quoi écrire."""
    aujourdhui = aujourdhui or date.today()
    lu = f"« {texte.strip()} »"
    propre = _normaliser(texte)
    if not propre:
        raise DateIncomprise("indiquez une date, par exemple « 14/01/2026 »")
    if propre in ("aujourd'hui", "aujourdhui"):
        return aujourdhui
    if propre == "hier":
        return aujourdhui - timedelta(days=1)
    if trouve := re.fullmatch(_NUMERIQUE_SEULE, propre):
        jour, mois = int(trouve[1]), int(trouve[2])
        if not 1 <= mois <= 12:
            raise DateIncomprise(f"le mois « {trouve[2]} » n'existe pas")
        return _calendrier(_annee_ecrite(trouve[3], aujourdhui), mois, jour, lu)
    if trouve := re.fullmatch(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})", propre):
        return _calendrier(int(trouve[1]), int(trouve[2]), int(trouve[3]), lu)
    if (trouve := re.fullmatch(r"(\d{1,2})(?:er)?\s+([a-z]+\.?)(?:\s+(\d{4}))?", propre)) and (
        mois_lu := _mois(trouve[2])
    ):
        return _calendrier(_annee_ecrite(trouve[3], aujourdhui), mois_lu, int(trouve[1]), lu)
    if (trouve := re.fullmatch(r"([a-z]+\.?)(?:\s+(\d{4}))?", propre)) and (
        mois_lu := _mois(trouve[1])
    ):
        annee = _annee_ecrite(trouve[2], aujourdhui)
        dernier = calendar.monthrange(annee, mois_lu)[1]
        return date(annee, mois_lu, dernier if fin else 1)
    if re.fullmatch(r"\d{4}", propre):
        annee = int(propre)
        if annee < 1900:
            raise DateIncomprise(f"l'année « {propre} » n'est pas plausible")
        return date(annee, 12, 31) if fin else date(annee, 1, 1)
    raise DateIncomprise(
        f"{lu} n'est pas compris comme une date ; écrivez par exemple "
        "« 14/01/2026 », « 14 janvier 2026 » ou « janvier 2026 »"
    )


# ------------------------------------------------------------------- durées
def lire_duree(texte: str) -> int:
    """Une durée en minutes : « 45 », « 45 min », « 1h30 », « une heure et demie »."""
    propre = _normaliser(texte)
    for mot, valeur in sorted(_NOMBRES.items(), key=lambda kv: -len(kv[0])):
        propre = re.sub(rf"\b{mot}\b", str(valeur), propre)
    propre = propre.replace("et demie", "30").replace("et quart", "15")
    motifs = [
        r"^(?P<h>\d+)\s*(?:h|heures?)\s*(?P<m>\d+)?\s*(?:min(?:utes?)?|mn)?$",
        r"^(?P<h>\d+):(?P<m>\d{2})$",
        r"^(?P<m>\d+)\s*(?:min(?:utes?)?|mn|m)?$",
    ]
    for motif in motifs:
        trouve = re.match(motif, propre)
        if trouve:
            groupes = trouve.groupdict()
            minutes = int(groupes.get("h") or 0) * 60 + int(groupes.get("m") or 0)
            if minutes <= 0:
                raise DateIncomprise("une durée doit être d'au moins une minute")
            if minutes > 24 * 60:
                raise DateIncomprise("une durée d'entretien de plus de 24 heures n'a pas de sens")
            return minutes
    raise DateIncomprise(
        f"« {texte.strip()} » n'est pas compris comme une durée ; écrivez par exemple "
        "« 45 min », « 1h » ou « 1h30 »"
    )


# ---------------------------------------------------------------- affichage
def formater_date(jour: date) -> str:
    """« mardi 14 janvier 2027 »."""
    premier = "1er" if jour.day == 1 else str(jour.day)
    return f"{JOURS[jour.weekday()]} {premier} {MOIS[jour.month - 1]} {jour.year}"


def formater_heure(moment: time) -> str:
    """« 9h30 », « 14h »."""
    return f"{moment.hour}h{moment.minute:02d}" if moment.minute else f"{moment.hour}h"


def formater_date_heure(moment: datetime) -> str:
    """« mardi 14 janvier 2027 à 9h30 »."""
    return f"{formater_date(moment.date())} à {formater_heure(moment.time())}"


def formater_duree(minutes: int | float) -> str:
    """« 45 min », « 1 h », « 1 h 30 »."""
    total = int(round(minutes))
    heures, reste = divmod(total, 60)
    if not heures:
        return f"{reste} min"
    return f"{heures} h" + (f" {reste:02d}" if reste else "")


def formater_temps(secondes: float) -> str:
    """Un temps qui court, dit comme on le dit : « 0 min », « 12 min », « 1 h », « 1 h 30 ».

    Les minutes entamées ne comptent pas (à 12 min 59 s, on dit « 12 min ») ;
    un temps négatif compte pour zéro. Sert à tout temps affiché en direct.
    """
    return formater_duree(max(0, int(secondes)) // 60)
