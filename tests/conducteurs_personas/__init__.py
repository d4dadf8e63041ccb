"""Tests des personas du mode répétition."""
