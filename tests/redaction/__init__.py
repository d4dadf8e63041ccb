"""Tests du vérificateur RGPD des textes libres (`assistant.redaction`)."""
