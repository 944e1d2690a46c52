# Two commands do everything on a fresh machine with Python 3.11 and make:
#   make demo   set up, fetch the segmentation model, run the extraction on corpora/
#   make test   set up, fetch the model, run the whole test suite
# Both are idempotent: the venv is rebuilt only when pyproject.toml changes, and the
# model fetch does nothing when a checked copy is already in place.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
OUT ?= out
SHARED ?= ../shared

.PHONY: setup model demo test score bench clean

# The editable install leaves the package's own modules without bytecode, and where
# PYTHONDONTWRITEBYTECODE is set Python never writes it: every process (each CLI run,
# each spawned worker) would then compile all ~80 modules again, 0.1 s of its start.
# A wheel install compiles them; this does the same for the checkout, again whenever a
# module changed.
BYTECODE := $(VENV)/.bytecode
SOURCES := $(shell find src -name '*.py')

setup: $(STAMP) $(BYTECODE)

$(BYTECODE): $(STAMP) $(SOURCES)
	$(PY) -m compileall -q src
	touch $(BYTECODE)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

model: setup
	$(BIN)/govmetrics model fetch

demo: model
	$(BIN)/govmetrics extract corpora/ --out $(OUT)/
	$(BIN)/govmetrics report corpora/ --out $(OUT)/report/
	@echo "targets: $(OUT)/targets.csv   audit view: $(OUT)/report/index.html"

test: model
	$(BIN)/pytest

score: model
	$(BIN)/govmetrics extract corpora/ --format gold --out $(OUT)/gold --quiet
	@if [ -d $(SHARED)/gold ]; then \
		$(PY) $(SHARED)/tools/score.py --gold $(SHARED)/gold --pred $(OUT)/gold; \
	else \
		echo "score: $(SHARED)/gold not found; scoring against the project's copy in tests/gold"; \
		$(PY) tests/gold/score.py --gold tests/gold --pred $(OUT)/gold; \
	fi

bench: model
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .hypothesis
