"""Les mots de l'origine : pays, peuples, nationalités, marqueurs d'origine.
Données seules, utilisées par `regles.origine`.
"""

from __future__ import annotations

PAYS = (
    r"(?:maghreb|afrique|algerie|maroc|tunisie|senegal|mali|cote d'ivoire|cameroun|congo|rdc|"
    r"guinee|comores|madagascar|turquie|portugal|espagne|italie|pologne|roumanie|bulgarie|"
    r"ukraine|russie|syrie|afghanistan|irak|iran|liban|egypte|vietnam|chine|cambodge|laos|"
    r"inde|pakistan|bangladesh|sri lanka|haiti|antilles|guadeloupe|martinique|guyane|"
    r"mayotte|la reunion|bresil|colombie|kosovo|albanie|serbie|tchetchenie|armenie|georgie|"
    r"soudan|erythree|ethiopie|somalie|nigeria|ghana|benin|togo|burkina|niger|tchad|"
    r"mauritanie|centrafrique|gabon|angola|cap vert|moldavie|europe de l'est|asie|"
    r"amerique latine|amerique du sud|moyen orient|proche orient|l'etranger|"
    r"l'ex yougoslavie|yougoslavie|philippines|thailande|indonesie|chili|perou|bolivie|"
    r"equateur|venezuela|cuba|republique dominicaine|israel|palestine|jordanie|libye|"
    r"yemen|kurdistan|bosnie|croatie|macedoine|hongrie|tchequie|slovaquie|lituanie|"
    r"lettonie|estonie|belarus|bielorussie|azerbaidjan|kazakhstan|ouzbekistan|tadjikistan|"
    r"mongolie|coree|japon|nepal|tibet|birmanie|djibouti|rwanda|burundi|ouganda|kenya|"
    r"tanzanie|mozambique|zimbabwe|afrique du sud|sierra leone|liberia|gambie|"
    r"guinee bissau|mauritanie|maurice|seychelles|cap vert)"
)


PEUPLES = (
    r"(?:maghreb\w*|africain\w*|nord africain\w*|subsaharien\w*|asiatique\w*|arabe\w*|"
    r"berbere\w*|kabyle\w*|algerien\w*|marocain\w*|tunisien\w*|senegalais\w*|malien\w*|"
    r"ivoirien\w*|camerounais\w*|congolais\w*|guineen\w*|comorien\w*|malgache\w*|turc|"
    r"turque\w*|turcs|kurde\w*|portugais\w*|espagnol\w*|italien\w*|polonais\w*|roumain\w*|"
    r"bulgare\w*|ukrainien\w*|russe\w*|syrien\w*|afghan\w*|irakien\w*|iranien\w*|"
    r"libanais\w*|egyptien\w*|vietnamien\w*|chinois\w*|cambodgien\w*|laotien\w*|"
    r"indien\w*|pakistanais\w*|bangladais\w*|sri lankais\w*|tamoul\w*|haitien\w*|"
    r"antillais\w*|guadeloupeen\w*|martiniquais\w*|guyanais\w*|reunionnais\w*|"
    r"mahorais\w*|bresilien\w*|colombien\w*|kosovar\w*|albanais\w*|serbe\w*|"
    r"tchetchene\w*|armenien\w*|georgien\w*|soudanais\w*|erythreen\w*|ethiopien\w*|"
    r"somali\w*|nigerian\w*|ghaneen\w*|beninois\w*|togolais\w*|burkinabe\w*|"
    r"nigerien\w*|tchadien\w*|mauritanien\w*|centrafricain\w*|gabonais\w*|angolais\w*|"
    r"capverdien\w*|cap verdien\w*|moldave\w*|etranger\w*|etrangere\w*|immigree?s?|"
    r"gitan\w*|tsigane\w*|tzigane\w*|manouche\w*|roms?|yeniche\w*|rrom\w*|"
    r"juif|juive|juifs|juives|noire?s?|blanche?s?|metisse?s?|black|blacks|"
    r"caucasien\w*|europeen\w*|slave\w*|latino\w*|hispanique\w*|creole\w*|"
    r"bosniaque\w*|croate\w*|hongrois\w*|tcheque\w*|lituanien\w*|chilien\w*|"
    r"peruvien\w*|cubain\w*|dominicain\w*|israelien\w*|palestinien\w*|jordanien\w*|"
    r"libyen\w*|yemenite\w*|mongol\w*|coreen\w*|japonais\w*|nepalais\w*|tibetain\w*|"
    r"birman\w*|djiboutien\w*|rwandais\w*|burundais\w*|ougandais\w*|kenyan\w*|"
    r"philippin\w*|thailandais\w*|indonesien\w*)"
)


MARQUEURS_ORIGINE = (
    r"(?:origine|origines|originaire|originaires|communaute|ethnie|ascendance|descendance|"
    r"descendant|descendante|racines|nationalite|type|physique|de type|famille|parents)"
)

ORIGINES = (
    r"maghrebin\w*",
    r"nord africain\w*",
    r"subsaharien\w*",
    r"rebeus?",
    r"beurs?",
    r"beurettes?",
    r"renois?",
    r"noichs?",
    r"bougnoul\w*",
    r"negres?",
    r"negresses?",
    r"bamboula\w*",
    r"ethni\w*",
    r"raciale?s?",
    r"raciaux",
    r"racises?",
    r"racisees?",
    r"couleur de peau",
    r"couleur de sa peau",
    r"peau (?:noire|blanche|foncee|claire|mate|brune|noir|mat)",
    r"issue?s? de (?:l'immigration|parents immigre\w*|la diversite)",
    r"immigree?s?",
    r"gens du voyage",
    r"gitan\w*",
    r"tsigane\w*",
    r"tzigane\w*",
    r"manouche\w*",
    r"yenich\w*",
    r"communaute (?:rom|noire|arabe|asiatique|africaine|"
    r"maghrebine|turque|juive|musulmane|chinoise|kurde|tamoule|comorienne|"
    r"portugaise|antillaise|haitienne|senegalaise|malienne)",
)
"""Les origines, nationalités et appartenances ethniques dites d'une personne."""
