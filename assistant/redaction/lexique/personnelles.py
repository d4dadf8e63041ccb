"""Les mots des données personnelles (coordonnées, situation) : ce qui annonce un
passage professionnel, les voies, les prestations. Données seules, utilisées
par `personnelles`.
"""

from __future__ import annotations

NOMBRE_ENFANTS = r"(?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
"""Un petit nombre, en chiffres ou en lettres (« 3 », « deux »)."""

PROFESSIONNEL = (
    r"\b(?:recrut\w*|employeur\w*|entreprise\w*|standard|agence\w*|societe\w*|cabinet\w*|"
    r"organisme\w*|secretariat|rh|drh|tuteur\w*|tutrice\w*|patron\w*|magasin\w*|"
    r"restaurant\w*|boutique\w*|usine\w*|siege|mairie\w*|france travail|pole emploi|caf|"
    r"mission locale|associations?|centre\w*|structure\w*|chez|interim\w*|plie|"
    r"responsable\w*|directeur\w*|directrice\w*|manager\w*|chef\w*|m\.|mme|madame|monsieur|"
    r"employeuse|entretien d'embauche|poste|offre\w*|stage|formation\w*|organisme|"
    r"service\w*|bureau\w*|atelier\w*|chantier\w*|site|ehpad|clinique|hopital|ecole|"
    r"lycee|college|universite|etablissement\w*|cfa|afpa|greta|lieu de travail|"
    r"travaille\w*|travaill\w*|embauch\w*|contact\w* (?:employeur|entreprise|pro\w*))\b"
)
"""Ce qui, avant un numéro ou une adresse dans la même phrase, en fait une donnée
professionnelle (celle d'un employeur, d'un organisme, d'un lieu de travail)."""

COURRIEL_GENERIQUE = (
    r"(?:contact|info|infos|rh|recrutement|emploi|accueil|candidature|jobs?|secretariat|"
    r"direction|admin|noreply|no reply)\b"
)
"""Le début d'une adresse électronique générique (`contact@`, `rh@`…)."""

VOIES = (
    r"rue|avenue|av|bd|boulevard|chemin|impasse|allee|place|route|quai|cours|square|"
    r"residence|lotissement|lot|cite|hameau|lieu dit|rond point|passage|villa|voie|sentier"
)
"""Les types de voie d'une adresse postale."""

MOTS_APRES_CODE = (
    r"du|de|des|le|la|les|et|a|au|aux|en|euros?|eur|heures?|km|habitants|personnes|"
    r"offres|postes"
)
"""Les mots qui, après cinq chiffres, montrent que ce n'est pas un code postal."""

CODE_POSTAL_EXCLU = (
    r"(?:code|rncp|rs|n°|no|numero|session|offre|reference|ref|dossier|facture|siret|siren|"
    r"convention|article|contrat|identifiant|matricule|€|euros?)\W{0,3}$"
)
"""Ce qui, avant cinq chiffres, en fait un autre code qu'un code postal."""

PRESTATIONS = (
    r"rsa|are|aah|apl|als|ass|ada|aspa|cmu|css|ame|paje|"
    r"prime d'activite|allocations? (?:familiales?|logement|chomage|de retour a l'emploi|"
    r"de solidarite specifique|adulte handicape|d'aide au retour a l'emploi)|"
    r"minimas? sociaux|pension (?:alimentaire|d'invalidite|de reversion)"
)
"""Les prestations et allocations."""

REVENUS_PRO = (
    r"\b(?:salaire (?:propose|vise|souhaite|attendu|de base)|pretentions?|propos\w*|"
    r"offre\w*|poste|emploi|souhait\w*|vis\w*|attend\w*|brut|smic|cpf|formation|aide\w*|"
    r"financement|prise en charge|remuneration|indemnite de stage|bourse)\b"
)
"""Ce qui fait d'un montant un salaire proposé ou une aide, pas un revenu de l'adhérent."""
