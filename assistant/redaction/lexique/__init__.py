"""Le lexique du vérificateur : les listes de mots et de motifs, sans mécanisme.

Des données seules (tuples, ensembles, dictionnaires de mots et de motifs,
écrits comme l'explique `motifs`), un module par catégorie (`sante`,
`origine`, `religion`, `opinions`, `syndicat`, `vie_sexuelle`, `genetique`,
`judiciaire`, `jugement`, `style`, `neutres`, `identifiants`, `personnelles`)
et des listes partagées (`metiers`, `organisations`, `lieux`, `personnes`,
`grammaire`, `prenoms`, `reformulations`). Les règles qui s'en servent sont dans `regles`, les
mécanismes dans `contexte`, `cadre`, `civilites`, `prenoms`, `pronoms`,
`identifiants` et `personnelles`.
"""
