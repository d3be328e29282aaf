# zwgk: `make run` serves the portal and back office with the seed catalog; `make test` runs every test.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
export ZWGK_DATA_DIR ?= $(CURDIR)/var

.PHONY: install run test test-sqlite lint-imports migrations-check bench clean mutation

$(BIN)/zwgk: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/zwgk

install: $(BIN)/zwgk

run: install
	$(BIN)/zwgk migrate --noinput
	$(BIN)/zwgk setup-demo
	$(BIN)/zwgk serve --bind 127.0.0.1:8000

test:
	bash scripts/test.sh

test-sqlite: install
	$(BIN)/pytest

lint-imports: install
	$(BIN)/lint-imports --no-cache

migrations-check: install
	$(BIN)/zwgk makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var test-artifacts

# Mutation testing of the pure modules (slow, CPU heavy; not in CI): scripts/mutation.sh.
mutation: install
	bash scripts/mutation.sh
