# JOS kennisportaal. `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run serve migrate demo admin test test-fast bench bench-ratios bench-ratios-100k lint format check messages clean

help: ## Show this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the portal with its development tools

migrate: $(STAMP) ## Apply database migrations
	$(BIN)/python manage.py migrate --no-input

demo: migrate ## Load the demo content (idempotent)
	$(BIN)/python manage.py load_demo_data

admin: migrate ## Create the local admin account and print its login
	$(BIN)/python manage.py ensure_local_admin --base-url "$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}"

run: demo admin ## Install, migrate, load demo content and serve on http://127.0.0.1:8000
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}" $(BIN)/python manage.py runserver $(HOST):$(PORT)

serve: $(STAMP) ## Serve with production settings and gunicorn on http://127.0.0.1:8001 (load tests)
	scripts/serve-local-production.sh

test: $(STAMP) ## Run the whole test suite (unit, integration and browser tests), one worker per core
	$(BIN)/python -m pytest -n auto

test-fast: $(STAMP) ## Run the tests without the browser tests
	$(BIN)/python -m pytest -n auto -m "not browser"

bench: $(STAMP) ## Benchmark practice, search, topic and region pages at 10,000 practices (SQLite, and PostgreSQL if reachable)
	scripts/bench.sh 10000

bench-ratios: $(STAMP) ## Throughput of each page against a bare view and a static file (PostgreSQL, Redis, gunicorn), 10,000 practices
	scripts/bench-ratios.sh --practices 10000

bench-ratios-100k: $(STAMP) ## The same at 100,000 practices (generating them takes about 20 minutes the first time)
	scripts/bench-ratios.sh --practices 100000

lint: $(STAMP) ## Check code style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(STAMP) ## Django system checks and missing migrations
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

messages: $(STAMP) ## Update and compile the translation files (needs GNU gettext)
	$(BIN)/python manage.py makemessages -l en -e html,txt,py,xsl --ignore=$(VENV) --ignore=staticfiles
	$(BIN)/python manage.py compilemessages --ignore=$(VENV)

clean: ## Remove the virtualenv, caches and collected static files (keeps db.sqlite3)
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
