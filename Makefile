# The portal: `make run` serves the demo site, `make test` runs the checks and tests.
# Both set themselves up (virtualenv, install, migrate) on a fresh machine.

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do command -v $$p >/dev/null && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo $$p && break; done)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
# Two workers on a two-core machine; tests that share a costly fixture stay together
# (tests/conftest.py). PYTEST_WORKERS= runs them in one process.
PYTEST_WORKERS ?= -n auto --dist loadgroup

.DEFAULT_GOAL := help
AXE := node_modules/axe-core/axe.min.js
CHROMIUM := /usr/bin/chromium

.PHONY: help install migrate demo run test test-quick browser-deps lint format messages serve-production serve-cached

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || (echo "Python 3.11+ is needed" && exit 1)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create the virtualenv and install the dependencies

migrate: install ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

demo: migrate ## Load the SEMPRE demo content (safe to run again)
	SITE_HOSTNAME=$(HOST) SITE_PORT=$(PORT) $(BIN)/python manage.py load_demo

run: demo ## Set everything up and serve the demo site on http://127.0.0.1:8000
	@echo "Admin: http://$(HOST):$(PORT)/admin/ (user admin, password see README)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $(AXE)

browser-deps: $(AXE) ## Install the pinned axe-core for the browser tests (npm ci)

test: install ## Checks, lint, the import contract, then the tests with coverage (DATABASE_URL picks the database)
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	@# The browser tests (tests/browser/) run when Chromium is installed, else they skip.
	@if [ -x $(CHROMIUM) ] && command -v npm >/dev/null; then $(MAKE) --no-print-directory $(AXE); fi
	$(BIN)/pytest $(PYTEST_WORKERS) --cov --cov-report=term $(PYTEST_ARGS)

test-quick: install ## The tests without the demo site and the browser, on a test database kept between runs
	$(BIN)/pytest $(PYTEST_WORKERS) --reuse-db -m "not slow and not browser" $(PYTEST_ARGS)

lint: install ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Update the translation catalogues in locale/
	$(BIN)/python manage.py makemessages --all --no-obsolete --ignore=.venv \
		--ignore=demo --ignore=tests --ignore='*/tests/*' 
	$(BIN)/python manage.py compilemessages --ignore=.venv

serve-production: install ## Serve with gunicorn and DEBUG=False (needs SECRET_KEY)
	DJANGO_SETTINGS_MODULE=portal.settings.production $(BIN)/python manage.py collectstatic --noinput
	DJANGO_SETTINGS_MODULE=portal.settings.production SECURE_SSL_REDIRECT=false SECURE_COOKIES=false \
		$(BIN)/gunicorn -c deploy/gunicorn.conf.py portal.wsgi:application --bind $(HOST):$(PORT)

CACHE_PORT ?= 6081
serve-cached: install ## Serve through Varnish on :6081, gunicorn behind it on :8000, purged on publish (needs SECRET_KEY and varnishd)
	@command -v varnishd >/dev/null || (echo "varnishd is needed: apt-get install varnish" && exit 1)
	DJANGO_SETTINGS_MODULE=portal.settings.production $(BIN)/python manage.py collectstatic --noinput -v0
	@trap 'kill 0' EXIT INT TERM; \
	DJANGO_SETTINGS_MODULE=portal.settings.production SECURE_SSL_REDIRECT=false SECURE_COOKIES=false \
	FRONTEND_CACHE_URL=http://127.0.0.1:$(CACHE_PORT) TRUSTED_PROXY_COUNT=1 \
		$(BIN)/gunicorn -c deploy/gunicorn.conf.py portal.wsgi:application --bind 127.0.0.1:8000 & \
	echo "Through Varnish: http://$(HOST):$(CACHE_PORT)/ (gunicorn: http://127.0.0.1:8000/)"; \
	varnishd -F -j none -n $(CURDIR)/.varnish -a $(HOST):$(CACHE_PORT) \
		-f $(CURDIR)/deploy/varnish/default.vcl -s malloc,256m
