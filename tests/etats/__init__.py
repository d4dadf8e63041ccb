"""Tests de la machine à états des entretiens."""
