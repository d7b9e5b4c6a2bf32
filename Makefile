# The README's commands. `make install` then `make demo`; `make test` is what CI runs.
PY ?= python3
VENV ?= .venv

.PHONY: install demo test lint
install:
	$(PY) -m venv $(VENV)
	$(VENV)/bin/pip install -q -U pip
	$(VENV)/bin/pip install -q -e '.[dev,postgres,spark]'

demo:
	$(VENV)/bin/rasd demo

test:
	$(VENV)/bin/pytest

lint:
	$(VENV)/bin/ruff check src tests
