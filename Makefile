# The two commands of the README: `make run` and `make test`. Everything else is set-up they share.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test lint setup system-deps data devset benchmark benchmark-site clean

run: setup
	$(BIN)/quiz serve

test: setup lint
	$(BIN)/pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

setup: $(INSTALLED) system-deps data

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# From Debian: WordNet (without it the generator still works, with fewer distractors) and
# Chromium for the browser tests (Playwright cannot download browsers here).
system-deps:
	@missing=""; \
	[ -f /usr/share/wordnet/data.noun ] || missing="$$missing wordnet-base wordnet-sense-index"; \
	[ -x /usr/lib/chromium/chromium ] || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get install -y -q --no-install-recommends $$missing \
	    || { apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; }; \
	  else \
	    echo "note: missing Debian packages:$$missing (as root: apt-get install$$missing)"; \
	  fi; \
	fi

data: $(INSTALLED)
	$(BIN)/quiz setup-data

devset: setup
	$(BIN)/python tools/devset_report.py

benchmark: setup
	$(BIN)/python benchmarks/generation.py

benchmark-site: setup
	command -v wrk >/dev/null || apt-get install -y -q --no-install-recommends wrk
	$(BIN)/python benchmarks/server_load.py

clean:
	rm -rf $(VENV) nltk_data .pytest_cache .ruff_cache .hypothesis .coverage
