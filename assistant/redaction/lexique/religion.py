"""Les mots de la religion : confessions, textes, lieux de culte, et les
institutions qui en font un employeur. Données seules.
"""

from __future__ import annotations

INSTITUTIONS = (
    r"\b(?:ecoles?|lycees?|colleges?|etablissements?|institutions?|associations?|secours|"
    r"fondations?|instituts?|universites?|facultes?|hopitaux|hopital|cliniques?|"
    r"enseignement|dioceses?|structures?|ong|organismes?|radios?|journa(?:l|ux)|"
    r"mouvements?|oeuvres?|sociologie|histoire|sciences?|etudes?|anthropologie|"
    r"philosophie|theologie|masters?|licences?|cours|professeu\w*|prof|enseignant\w*|"
    r"specialiste\w*|chercheu\w*|musees?|patrimoine|edifices?|art|architecture|fait|"
    r"librairie\w*|editions?|maison d'edition|magasin\w*|boutique\w*|boucherie\w*|"
    r"epicerie\w*|restaurants?|cantine\w*|traiteur\w*|cimetiere\w*|pompes funebres|"
    r"scoutisme|scouts?)\b"
    r"(?:\s*(?:prive\w*|public\w*|sous contrat|scolaires?|confessionnel\w*|"
    r"d'enseignement|secondaires?|superieure?s?|d'|de|des|du|en|sur|l'|la|le|les|et|ou|"
    r"comparee?s?|grandes?|autres?|\d+)(?![a-z]))*\s*$"
)
"""Un mot religieux qui qualifie une institution, un employeur ou un objet d'étude
(« Secours catholique », « école privée catholique », « sociologie des religions »)."""

TEXTES_ET_LIEUX_DE_CULTE = (
    r"coran\w*",
    r"torah",
    r"talmud\w*",
    r"evangiles?",
    r"catholicisme",
    r"christianisme",
    r"protestantisme",
    r"baptisee?s?",
    r"conversion religieuse",
    r"communaute religieuse",
    r"sunnite\w*",
    r"chiite\w*",
    r"adventiste\w*",
    r"mormon\w*",
    r"pentecot\w*",
    r"orthodoxes? (?:pratiquante?|"
    r"russe|grecque?|copte|juive?)",
    r"coptes?",
    r"(?:le |un )?turban",
)
"""Les textes sacrés, les lieux et les objets de culte."""

CONFESSIONS = (
    r"musulman\w*",
    r"islam\w*",
    r"catholique\w*",
    r"chretien\w*",
    r"protestant\w*",
    r"evangeli\w*",
    r"juif",
    r"juive",
    r"juifs",
    r"juives",
    r"judaism\w*",
    r"israelite\w*",
    r"bouddhis\w*",
    r"hindou\w*",
    r"hindouis\w*",
    r"sikhs?",
    r"temoins? de jehovah",
    r"jehovah",
    r"athee?s?",
    r"agnosti\w*",
    r"religions?",
    r"croyante?s?",
    r"hijab\w*",
    r"niqab\w*",
    r"burqa\w*",
    r"burka\w*",
    r"kippa\w*",
    r"tchador\w*",
    r"jilbab\w*",
    r"abaya\w*",
    r"voilees?",
    r"ramadan",
    r"careme",
    r"shabbat",
    r"sabbat",
    r"mosquee\w*",
    r"synagogue\w*",
    r"paroisse\w*",
    r"aumoneri\w*",
    r"aumonier\w*",
    r"imams?",
    r"rabbins?",
    r"pretres?",
    r"sectes?",
    r"lieux? de culte",
    r"cultes? (?:musulman|catholique|juif|protestant|religieux)",
    r"pelerinage\w*",
    r"la mecque",
    r"catechis\w*",
    r"communion",
    r"bapteme\w*",
    r"franc macon\w*",
    r"franc maconnerie",
    r"scientolog\w*",
    r"radicalis\w*",
    r"salafis\w*",
    r"jihad\w*",
    r"djihad\w*",
    r"integris\w*",
    r"fondamentalis\w*",
    r"extremistes? religieu\w*",
    r"convictions? (?:religieuse\w*|philosophique\w*|spirituelle\w*)",
    r"confession (?:musulmane|chretienne|juive|catholique|protestante)",
    r"(?:mange|manger|mangez|regime|repas) (?:uniquement |que |seulement )?(?:halal|"
    r"casher|kasher|cacher)",
    r"(?:ne )?mange\w* pas de porc",
    r"port\w* (?:le |un |son |du )?(?:voile|foulard|hijab|niqab|kippa|turban)",
    r"fait (?:sa|ses|la) prieres?",
    r"prier",
    r"prie (?:tous|plusieurs|cinq|5)",
    r"fete\w* (?:religieuse\w*|de l'aid|musulmane\w*|juive\w*)",
    r"aid (?:el )?(?:kebir|fitr|adha|seghir)",
    r"l'aid",
)
"""Les confessions, les croyants et les pratiques religieuses."""
