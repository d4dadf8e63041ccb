"""Tests des conducteurs d'entretien : schéma, chargeur, catalogue."""
