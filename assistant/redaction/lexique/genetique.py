"""Les mots des données génétiques et biométriques, et ceux de la science ou de
l'équipement qui en font un métier. Données seules.
"""

from __future__ import annotations

SCIENCE_AVANT = (
    r"\b(?:labo\w*|laboratoire\w*|technicien\w*|ingenieu\w*|chercheu\w*|biolog\w*|licence|"
    r"master|doctorat|these|universit\w*|etudes|cours|lecteurs?|equipements?|materiels?|"
    r"systemes?|appareils?|maintenance|install\w*|logiciels?|developp\w*|solutions?|"
    r"bio ?informati\w*|sequenceu\w*|plateformes?|capteurs?|scanners?|terminaux|terminal|"
    r"bornes?|technologies?|dispositifs?|modules?|specialite|specialisee?|poste|emploi|stage|"
    r"formation|secteur|domaine|fabricant\w*|industrie\w*|conseil\w*|medecine|"
    r"recherche|badges?|badgeuses?|pointeuses?|portiques?|tourniquets?|serrures?|"
    r"controles? d'acces|acces|portes?|coffres?|cartes?|telephones?|smartphones?|"
    r"tablettes?|ordinateurs?|cameras?|videosurveillance|capteur\w*|biotechnolog\w*|"
    r"moleculaire\w*|cellulaire\w*|bts|dut|but|bac|options?|mentions?|parcours|"
    r"majeure|mineure|matieres?|bioanaly\w*|agents?|operat\w*|controleu\w*|"
    r"responsable\w*|chargee?s?|referent\w*|specialiste\w*|experte?s?|"
    r"charge de (?:mission|projet))(?:[\s,;:]+[\w']+){0,3}\s*$"
)


SCIENCE_APRES = (
    r"(?:[\w']+ ){0,3}?(?:(?:en|au|dans (?:un|le|les|des)|d'un|du|des) "
    r"(?:laboratoire\w*|labos?) (?:de recherche|universitaire\w*|de biologie moleculaire|"
    r"de biotechnolog\w*|pharmaceutique\w*|de genetique (?:vegetale|animale|bacterienne))|"
    r"(?:pour|en) (?:la )?recherche (?:medicale|scientifique|fondamentale|appliquee|"
    r"agronomique|publique|universitaire)|(?:d'|de |des )(?:bacteries?|bacterien\w*|"
    r"virus|viral\w*|plantes?|vegeta\w*|animaux|animal\w*|bovin\w*|ovin\w*|porcin\w*|"
    r"equin\w*|canin\w*|souris|levures?|cellules?|echantillons?|semences?)|"
    r"(?:bacterien\w*|vira(?:l|le|les|ux)|vegeta(?:l|le|les|ux)|anima(?:l|le|les|ux)|"
    r"environnementa\w*)(?![a-z]))"
)
"""Un terme génétique ou biométrique qui nomme un métier, des études ou un équipement
(« laboratoire d'analyses génétiques », « master, spécialité génétique », « lecteurs
biométriques ») et non une donnée de la personne."""

DONNEES_GENETIQUES = (
    r"adn",
    r"genetique\w*",
    r"genome\w*",
    r"caryotype\w*",
    r"hereditaire\w*",
    r"empreintes? digitales?",
    r"empreintes? (?:biometrique\w*|"
    r"palmaire\w*|vocale\w*|papillaire\w*|genetique\w*)",
    r"reconnaissance faciale",
    r"biometri\w*",
    r"(?:scan|scanner|lecture|reconnaissance|photo|image|releve) "
    r"(?:de |du |des )?(?:l'|votre |son |sa |leur |ses |vos )?(?:iris|retines?|"
    r"empreintes?|visage)",
    r"iris (?:enregistr\w*|scann\w*|numeris\w*|captur\w*|releve\w*|photographi\w*|"
    r"stocke\w*|conserve\w*)",
    r"(?:empreintes?|visage|iris) (?:\w+ )?(?:enregistree?s?|scannee?s?|"
    r"numerisee?s?|capturee?s?|stockee?s?|conservee?s?) (?:par|dans|sur|a|au)",
    r"groupe sanguin",
    r"test\w* de paternite",
    r"sequencage\w*",
    r"mutation genetique",
    r"genes? (?:brca|de predisposition)",
    r"predisposition genetique",
    r"donnees? biometrique\w*",
)
"""L'ADN, le génome, les empreintes et les autres données génétiques ou biométriques."""
