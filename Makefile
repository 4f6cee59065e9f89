# Two commands matter: `make run` (set up everything, serve the demo) and `make test`.
# Everything else here is a step those two call, or a convenience for developers.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate demo lint format check pytest lock messages compilemessages gettext system-packages clean

run: install compilemessages migrate demo
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

pytest: install compilemessages system-packages
	$(BIN)/pytest $(PYTEST_ARGS)

# Interface translations (docs/i18n.md): `make messages` extracts new strings into
# locale/ur/LC_MESSAGES/django.po (needs GNU gettext); translate them there; then
# `make compilemessages` writes the .mo files with polib (no gettext needed).
messages: install gettext
	$(MANAGE) update_catalogue

compilemessages: install
	$(MANAGE) compile_catalogues

# Two Debian packages the suite needs besides Python: GNU gettext (the catalogue must be
# in step with the code: xgettext, msgmerge) and Chromium (browser tests drive it through
# Playwright). As root on Debian/Ubuntu (CI, fresh machines) they are installed with
# apt-get; anywhere else the target stops and says what to install.
SYSTEM_PACKAGES_NEEDED = $(strip \
  $(if $(shell command -v xgettext 2>/dev/null),,gettext) \
  $(if $(shell command -v msgmerge 2>/dev/null),,gettext) \
  $(if $(wildcard /usr/bin/chromium),,chromium))

system-packages:
	@missing="$(sort $(SYSTEM_PACKAGES_NEEDED))"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian packages the test suite needs: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "ERROR: the test suite needs these packages: $$missing" >&2; \
	    echo "Install them (Debian/Ubuntu: sudo apt-get install $$missing)." >&2; \
	    exit 1; \
	  fi; \
	fi

gettext: system-packages

# Rebuild the lock from pyproject.toml in a throw-away virtualenv.
lock:
	rm -rf /tmp/ecip-lock && $(PYTHON) -m venv /tmp/ecip-lock
	/tmp/ecip-lock/bin/pip install --quiet --disable-pip-version-check '.[dev]'
	/tmp/ecip-lock/bin/pip freeze --exclude ecip-lms > requirements.lock
	rm -rf /tmp/ecip-lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
