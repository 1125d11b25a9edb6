# The two commands of the quick start are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench bench-library eval screenshot clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/article-reader

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy reader/model
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy reader/model

eval: $(VENV)/.installed-test
	$(BIN)/python -m reader.eval tests/corpus

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/bench_library.py

# The library at scale alone (10,000 articles, 100,000 quotes; about two minutes).
bench-library: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_library.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
