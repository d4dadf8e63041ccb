# La barrière de qualité : `make verifier` lance tout ce que la CI vérifie.
# Prérequis : python3 -m venv .venv && .venv/bin/pip install -e ".[dev]"
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: verifier format style types contrats tests campagne formater

verifier: format style types contrats tests

format:
	$(BIN)/ruff format --check .

style:
	$(BIN)/ruff check .

types:
	$(BIN)/mypy
	$(BIN)/mypy tests

contrats:
	$(BIN)/lint-imports

tests:
	$(BIN)/python -m pytest

# Les tests au hasard (propriétés, kill -9) avec dix fois plus de tirages.
campagne:
	ENTRETIEN_CAMPAGNE=10 $(BIN)/python -m pytest -m campagne

# Remettre le code en forme (à lancer avant de valider un changement).
formater:
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
