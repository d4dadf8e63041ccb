"""Le socle commun : de petits outils sans dépendance, que tous les paquets peuvent importer."""
