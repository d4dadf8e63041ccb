"""Aides à la saisie et à la rédaction, sans interface : dates, durées, comptes rendus."""
