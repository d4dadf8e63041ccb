"""Les mots de la justice (RGPD, art. 10) : détention, peines, procédures.
Données seules, utilisées par `regles.judiciaire` et `regles.neutres`.
"""

from __future__ import annotations

from assistant.redaction.lexique.grammaire import DUREE

# Le droit pénal comme matière d'études, spécialité ou module de formation :
# « master de droit pénal des affaires », « juriste en droit pénal », « module code
# pénal » (formation d'agent de sécurité). Une mise en cause de la personne
# (« condamné au pénal », « poursuivi au titre du code pénal », « une procédure
# pénale en cours contre vous ») reste signalée.
MISE_EN_CAUSE = (
    r"\b(?:condamn\w*|poursui\w*|infraction\w*|enfrein\w*|viol\w*|contrevenu\w*|"
    r"sanctionn\w*|puni\w*|inculp\w*|mise? en (?:cause|examen)|prevenu\w*|accuse\w*|"
    r"relev\w*|tomb\w*|articles?|art|casier|plainte\w*|contre (?:vous|lui|elle))"
    r"(?:\W+\w+){0,5}\W*"
)

ARGOT_DE_LA_DETENTION = (
    r"maisons? centrales?",
    r"derriere les barreaux",
    r"au mitard",
    r"mitard",
    r"perpete",
    r"en cabane",
    r"(?:mois|ans?|annees?|jours|semaines) "
    r"(?:de prison |d'emprisonnement |de detention |de taule |de centrale )?fermes?",
    r"(?:mois|ans?|annees?|semaines) (?:de prison|d'emprisonnement|de detention|"
    r"de taule|derriere les barreaux)",
    r"sous bracelet",
    r"bracelet elec\w*",
    r"(?:en|sous) (?:liberte )?conditionnelle",
    r"(?:liberation|liberte|sortie|mise? en liberte) (?:conditionnelle|sous contrainte|"
    r"anticipee|sous surveillance)",
    r"peines? (?:a effectuer|a purger|a executer|en cours|restante|de \d)",
    r"(?:ete|etes|a ete|avez ete|s'est fait|vous etes fait|se faire) interpellee?s?",
    r"(?:liberee?s?|sortie?s?) (?:de prison|de detention|de maison d'arret|de centrale|"
    r"sous conditions?|en conditionnelle|de taule)",
    r"reconnue?s? coupable\w*",
    r"jugee?s? (?:pour|coupable|en comparution|au tribunal|"
    r"aux assises)",
    r"stage de citoyennete",
    r"obligation de soins",
    r"injonction de soins",
    r"interdiction de (?:paraitre|sejour|territoire|"
    r"(?:entrer en )?contact)",
    r"affaire a la (?:justice|police)",
    r"recherchee?s? par (?:la police|la justice|la gendarmerie|les gendarmes)",
    r"perquisition\w*",
    r"mandat d'arret",
    r"deferee?s? (?:au|devant)",
    r"(?:convoquee?s?|convocation) (?:au|devant le) (?:tribunal|juge|commissariat|"
    r"procureur)",
    r"sous le coup d'une (?:peine|condamnation|procedure|enquete)",
    r"(?:fait|passe|faisait|envoye\w*|mise?) (?:" + DUREE + r" )?(?:a l'ombre|au trou|"
    r"au placard en prison|en zonzon)",
)
"""La détention dite autrement : argot, locutions, noms d'établissements."""

PEINES_ET_PROCEDURES = (
    r"incarcer\w*",
    r"emprisonn\w*",
    r"ecrouee?s?",
    r"levee d'ecrou",
    r"semi liberte",
    r"liberte conditionnelle",
    r"placement exterieur",
    r"sursis",
    r"mise a l'epreuve",
    r"controle judiciaire",
    r"casiers? judiciaires?",
    r"antecedents? judiciaires?",
    r"passe judiciaire",
    r"dossier judiciaire",
    r"procedure\w* judiciaire\w*",
    r"affaire\w* judiciaire\w*",
    r"poursuites? judiciaires?",
    r"suivi judiciaire",
    r"mesures? judiciaires?",
    r"(?:probleme|souci|ennui|demele)s? (?:judiciaire\w*|avec la justice|avec la police|"
    r"avec les flics|avec la gendarmerie)",
    r"avec la justice",
    r"sous main de justice",
    r"ppsmj",
    r"condamn\w*",
    r"garde a vue",
    r"gardee? a vue",
    r"gav",
    r"interpell\w* (?:par|pour|lors)",
    r"interpellation\w*",
    r"arrestation\w*",
    r"arretee?s? (?:par (?:la police|les policiers|la gendarmerie|les gendarmes|la bac|"
    r"les flics)|pour (?:vol|violence\w*|trafic|conduite|agression|outrage|rebellion|"
    r"recel|degradation\w*))",
    r"correctionnel\w*",
    r"cour d'assises",
    r"aux assises",
    r"(?:le|la|un|une|son|sa|au|du|devant le|devant la|chez le|avec le|par le|par la) "
    r"juges?",
    r"juges? (?:d'application|des enfants|d'instruction|des libertes|aux affaires)",
    r"jap",
    r"probation",
    r"travaux d'interet general",
    r"travail d'interet general",
    r"bracelet\w* electronique\w*",
    r"surveillance electronique",
    r"detention a domicile",
    r"ddse",
    r"delits?",
    r"delinqu\w*",
    r"crimes?",
    r"criminel\w*",
    r"infraction\w*",
    r"contravention\w*",
    r"mise? en examen",
    r"inculp\w*",
    r"poursuivie?s? (?:en justice|pour|par la justice)",
    r"comparu\w*",
    r"comparait\w*",
    r"comparution\w*",
    r"proces(?! verba)",
    r"peines? (?:de prison|d'emprisonnement|"
    r"de travail|de sursis|ferme|avec sursis|alternative|de \d+ (?:mois|ans))",
    r"(?:purge\w*|effectu\w*|execut\w*|amenagement\w* (?:de|des)|fin de|application des) "
    r"(?:sa |la |de |des |leur |une |son )?peines?",
    r"voleu(?:r|rs|se|ses)",
    r"vols? (?:a l'etalage|avec violence|a la tire|en reunion|"
    r"de (?:voiture|vehicule|scooter|telephone|portable|marchandise\w*))",
    r"escroc\w*",
    r"escroquerie\w*",
    r"recel\w*",
    r"trafic\w* (?:de |d')?(?:drogue\w*|"
    r"stup\w*|cannabis|armes?|voitures?|vehicules?|shit|cocaine)",
    r"trafiquant\w*",
    r"dealer\w*",
    r"dealeu\w*",
    r"dealait",
    r"stupefiant\w*",
    r"stups?",
    r"violences? (?:conjugale\w*|familiale\w*|volontaire\w*|aggravee\w*|sur)",
    r"agression\w*",
    r"agresse(?:e|s|es|ur|urs|use|uses)?",
    r"braquage\w*",
    r"braque\w* (?:une|un|des)",
    r"cambriol\w*",
    r"meurtre\w*",
    r"homicide\w*",
    r"viols?",
    r"menaces? de mort",
    r"permis (?:suspendu|retire|annule|invalide|"
    r"a zero point)\w*",
    r"(?:suspension|retrait|annulation|perte) (?:de |du )?(?:son |"
    r"votre |de son |de votre )?permis",
    r"exces de vitesse",
    r"conduite (?:sans permis|en etat d'ivresse|sous l'emprise|en etat alcoolique)",
    r"taulards?",
    r"taule",
    r"zonzon",
    r"en cavale",
    r"fichee? s",
    r"ex detenue?s?",
    r"detenue?s?",
    r"detention\w*",
    r"prisonni\w*",
    r"sortant\w* de prison",
    r"sortie? de prison",
    r"plaintes? (?:contre|pour|deposee\w*)",
    r"(?:porte\w*|deposer|depose\w*|porter|depot de) plainte",
    r"jugement\w* (?:du tribunal|correctionnel|penal|pour|de condamnation)",
    r"penale?s?",
    r"penaux",
    r"penalement",
    r"casier (?:charge|pas vierge|non vierge)",
    r"placee? sous (?:controle|main de justice|surveillance)",
    r"outrage\w*",
    r"rebellion",
    r"recidiv\w*",
    r"mandat de depot",
    r"ordonnance penale",
    r"tribunal (?:correctionnel|pour enfants|de police)",
    r"victimes? (?:de |d')(?:violences?|harcelement|agressions?|viols?|vols?|"
    r"escroquerie|coups|menaces|inceste|traite)",
    r"(?:perdu|perd) (?:tous )?(?:ses|vos|"
    r"les|des) points",
    r"permis a zero",
)
"""Détention, condamnations, procédures, mesures et services de justice."""

LIEUX_DE_DETENTION = (
    r"prison\w*",
    r"penitentiaire\w*",
    r"carceral\w*",
    r"maisons? d'arret",
    r"centres? de detention",
    r"centres? de retention",
    r"police",
    r"policiers?",
    r"gendarmerie\w*",
    r"gendarmes?",
    r"commissariat\w*",
    r"flics?",
    r"keufs?",
    r"tribuna\w*",
    r"cpip",
    r"spip",
    r"avocat\w*",
    r"judiciaire\w*",
    r"justice",
)
"""La prison et ses synonymes, signalés selon le contexte (mot ambigu)."""
