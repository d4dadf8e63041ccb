"""Tests du mode répétition : adhérent simulé et retour."""
