# The two commands of the README: `make run` and `make test`. Everything else is set-up they share.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test test-postgres lint setup system-deps gift-check axe data devset quality benchmark benchmark-export benchmark-site benchmark-school benchmark-inputs benchmark-load clean lock audit

run: setup
	$(BIN)/quiz serve

test: setup gift-check axe lint
	$(BIN)/pytest

# The whole suite again on PostgreSQL, the database DATABASE_URL selects for larger schools
# (tests that need SQLite itself, such as upgrades of old SQLite files, still use it).
# Needs root (installs and starts Debian's postgresql); CI runs it after `make test`.
PG_URL := postgresql+psycopg://quiz:quiz@127.0.0.1/quiz_test
test-postgres: setup
	command -v pg_ctlcluster >/dev/null || apt-get install -y -q --no-install-recommends postgresql
	pg_lsclusters -h | awk '{print $$1, $$2}' | head -n 1 | xargs pg_ctlcluster start 2>/dev/null || true
	su postgres -c "psql -qtc \"SELECT 1 FROM pg_roles WHERE rolname='quiz'\"" | grep -q 1 \
	  || su postgres -c "psql -qc \"CREATE USER quiz PASSWORD 'quiz' CREATEDB\""
	for name in quiz_test quiz_test_live; do \
	  su postgres -c "psql -qtc \"SELECT 1 FROM pg_database WHERE datname='$$name'\"" | grep -q 1 \
	    || su postgres -c "createdb -O quiz $$name"; \
	done
	QUIZ_TEST_DATABASE_URL=$(PG_URL) $(BIN)/pytest -q

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

setup: $(INSTALLED) system-deps data

# Exactly the packages of requirements-dev.lock, each checked against its hashes, then the project
# itself from this checkout (--no-deps: the lock is complete; see `lock`).
$(INSTALLED): pyproject.toml requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Rewrites the lock files from pyproject.toml with the newest releases on PyPI, for Python 3.11 on
# Linux x86-64 with glibc 2.35 or later (Debian 12, Ubuntu 22.04; Anki's wheels need it), with
# every file's hash: requirements.lock for a site, requirements-dev.lock with the dev extra.
# pyproject.toml's [tool.uv] lets the lock take a current Markdown.
LOCK = $(BIN)/uv pip compile pyproject.toml --quiet --generate-hashes --python-version 3.11 \
  --python-platform x86_64-manylinux_2_35 --custom-compile-command "make lock"
lock: $(INSTALLED)
	$(LOCK) --upgrade -o requirements.lock
	$(LOCK) --upgrade --extra dev -o requirements-dev.lock

# Known vulnerabilities in the locked packages (pip-audit): exit 1 when one is found; when the
# advisory source cannot be reached it says so ("AUDIT NOT DONE") and exits 0.
audit: $(INSTALLED)
	$(BIN)/python tools/audit.py requirements.lock requirements-dev.lock

# From Debian: WordNet (without it the generator still works, with fewer distractors),
# Chromium for the browser tests (Playwright cannot download browsers here), a Unicode font for
# the PDFs the input tests write, Node.js for the independent GIFT parser the export tests
# use and axe-core, and a Redis server for the tests of REDIS_URL (tests/test_redis.py).
system-deps:
	@missing=""; \
	[ -f /usr/share/wordnet/data.noun ] || missing="$$missing wordnet-base wordnet-sense-index"; \
	[ -x /usr/lib/chromium/chromium ] || missing="$$missing chromium"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get install -y -q --no-install-recommends $$missing \
	    || { apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; }; \
	  else \
	    echo "note: missing Debian packages:$$missing (as root: apt-get install$$missing)"; \
	  fi; \
	fi

# gift-pegjs from npm, pinned by tools/gift-check/package-lock.json: checks our GIFT exports.
GIFT_CHECK := tools/gift-check/node_modules/.package-lock.json
gift-check: system-deps
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(GIFT_CHECK); \
	else echo "note: npm is missing: the GIFT exports are not checked by gift-pegjs"; fi

$(GIFT_CHECK): tools/gift-check/package-lock.json
	npm ci --prefix tools/gift-check --no-audit --no-fund --loglevel=error

# axe-core from npm, pinned by tools/axe/package-lock.json: the browser tests check every page.
AXE := tools/axe/node_modules/.package-lock.json
axe: system-deps
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(AXE); \
	else echo "note: npm is missing: the browser tests cannot check accessibility"; fi

$(AXE): tools/axe/package-lock.json
	npm ci --prefix tools/axe --no-audit --no-fund --loglevel=error

data: $(INSTALLED)
	$(BIN)/quiz setup-data

devset: setup
	$(BIN)/python tools/devset_report.py

# Per-genre figures on the held-out part of ../shared/corpus, and the next blind-reading sample
# (SAMPLE questions, seed SEED, written to reading-sample.txt).
SAMPLE ?= 100
SEED ?= 0
quality: setup
	$(BIN)/python tools/quality.py --sample $(SAMPLE) --seed $(SEED) --out reading-sample.txt

benchmark: setup
	$(BIN)/python benchmarks/generation.py

benchmark-export: setup
	$(BIN)/python benchmarks/export.py

# Reading each input file type, per MB of text, beside generate() on the same text.
benchmark-inputs: setup
	$(BIN)/python benchmarks/inputs.py

# 64 students at an assigned quiz while 2 teachers' 1 MB texts are read (SQLite; for PostgreSQL
# run benchmarks/school_load.py --database URL).
benchmark-school: setup
	$(BIN)/python benchmarks/school_load.py

benchmark-site: setup
	command -v wrk >/dev/null || apt-get install -y -q --no-install-recommends wrk
	$(BIN)/python benchmarks/server_load.py

clean:
	rm -rf $(VENV) nltk_data .pytest_cache .ruff_cache .hypothesis .coverage

# 64 students in 4 classes log in and take an assigned quiz over and over for 60 s on `quiz serve`
# (a new instance folder): SQLite, then PostgreSQL (needs root, as test-postgres does).
BENCH_PG_URL := postgresql+psycopg://quiz:quiz@127.0.0.1/quiz_bench
benchmark-load: setup
	$(BIN)/python benchmarks/class_load.py --seconds 60
	command -v pg_ctlcluster >/dev/null || apt-get install -y -q --no-install-recommends postgresql
	pg_lsclusters -h | awk '{print $$1, $$2}' | head -n 1 | xargs pg_ctlcluster start 2>/dev/null || true
	su postgres -c "psql -qtc \"SELECT 1 FROM pg_roles WHERE rolname='quiz'\"" | grep -q 1 \
	  || su postgres -c "psql -qc \"CREATE USER quiz PASSWORD 'quiz' CREATEDB\""
	su postgres -c "psql -qtc \"SELECT 1 FROM pg_database WHERE datname='quiz_bench'\"" | grep -q 1 \
	  || su postgres -c "createdb -O quiz quiz_bench"
	$(BIN)/python benchmarks/class_load.py --seconds 60 --database $(BENCH_PG_URL)
