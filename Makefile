# Two commands matter: `make run` (set up everything, serve the demo) and `make test`.
# Everything else here is a step those two call, or a convenience for developers.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate demo lint format check pytest lock messages clean

run: install migrate demo
	$(MANAGE) runserver $(HOST):$(PORT)

test: install lint check pytest

install: $(INSTALLED)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstalls only when the lock file changes; the stamp records the last good install.
$(INSTALLED): requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

migrate: install
	$(MANAGE) migrate --noinput

demo: install
	$(MANAGE) load_demo

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) makemigrations --check --dry-run

pytest: install
	$(BIN)/pytest $(PYTEST_ARGS)

# Rebuild the lock from pyproject.toml in a throw-away virtualenv.
lock:
	rm -rf /tmp/ecip-lock && $(PYTHON) -m venv /tmp/ecip-lock
	/tmp/ecip-lock/bin/pip install --quiet --disable-pip-version-check '.[dev]'
	/tmp/ecip-lock/bin/pip freeze --exclude ecip-lms > requirements.lock
	rm -rf /tmp/ecip-lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
