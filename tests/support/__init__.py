"""Outils partagés par tous les tests.

Horloge réglable, pilote Textual, données sur disque, lecture des documents YAML.
"""
