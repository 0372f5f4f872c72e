# Set-up and everyday commands. `make run` and `make test` are the only two a fresh machine needs;
# `make` alone (or `make help`) lists the targets.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.unorg-installed

.DEFAULT_GOAL := help
.PHONY: help run test db bench fuzz soak clean-venv bytecode

help:  ## list the targets
	@echo "make TARGET (a fresh machine needs only: make run, make test)"
	@sed -n 's/^\([a-z-]*\):.*## \(.*\)/  \1\t\2/p' $(MAKEFILE_LIST) | expand -t 14

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall when the dependencies or the packaging change.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e '.[test]'
	touch $(STAMP)

# Bytecode of the package, as a wheel install has it: a start does not compile ~60 modules
# (~0.2 s) when Python may not write it itself (PYTHONDONTWRITEBYTECODE, a read-only checkout).
bytecode: $(STAMP)
	$(PY) -m compileall -q unorg_desktop

run: $(STAMP) bytecode  ## start the app (on the user database if there is one, else the bundled one)
	$(VENV)/bin/unorg-desktop

test: $(STAMP)  ## the whole test suite, headless (with the slow packaging test)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

db: $(STAMP)  ## rebuild the bundled data/unorg.sqlite from data/sources
	$(VENV)/bin/unorg build --sources data/sources --out data/unorg.sqlite

bench: $(STAMP) bytecode  ## start-up, build, PDF reading and search timings (and the scale benchmarks when present)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_startup.py
	$(PY) benchmarks/bench_build_search.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_ingest.py
	if [ -f benchmarks/run.py ]; then QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py --quick; fi

fuzz: $(STAMP)  ## parser and search fuzzing: 100,000 examples per property (about 1.5 h)
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -x \
	  tests/test_extractor_robustness.py tests/test_store_search.py -k "mutated or random_text or operator"

soak: $(STAMP)  ## long session: 100,000 GUI events on a generated 5,000-unit database
	UNORG_SOAK_EVENTS=100000 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/test_soak.py

clean-venv:  ## remove the virtual environment
	rm -rf $(VENV)
