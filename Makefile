# Two commands set everything up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench eval install clean-var

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The daemon and the staff web app on the embedded default: bundled sample records and Maildir,
# SQLite in var/. The sample mailbox is copied into var/ (git-ignored) once, so tracked files
# never change. `intake web` prints its address (and, on first start, a one-time setup link);
# Ctrl-C stops both.
run: $(STAMP)
	@# The copy holds customers' mail: only the service's user may read it, like the rest of var/.
	@test -d var/maildir || (mkdir -p -m 700 var && cp -r examples/maildir var/maildir && chmod -R go-rwx var/maildir)
	$(BIN)/intake init
	@# Records import needs a records manager or administrator: on a new register, whoever runs
	@# `make run` becomes its first administrator, mapped to their login (README: Who is acting).
	@$(BIN)/intake staff whoami >/dev/null 2>&1 || $(BIN)/intake staff add "$$(id -un)" --name "$$(id -un)" \
		--role administrator --signed "$$(date +%F)"
	$(BIN)/intake records import examples/records.csv
	@$(BIN)/intake web & web=$$!; \
	trap 'kill $$web 2>/dev/null; wait $$web 2>/dev/null' EXIT INT TERM; \
	$(BIN)/intake run

# One worker per core (pytest-xdist), a test file per worker at a time: most tests wait on
# Dovecot, PostgreSQL, a browser or a daemon process, so the suite's wall time halves on 2 cores.
# Every test has its own database, folder and ports; `make test PYTEST_WORKERS=0` runs serially.
PYTEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile

bench: $(STAMP)
	$(BIN)/python scripts/bench_ingest.py
	$(BIN)/python scripts/bench_hostile.py
	$(BIN)/python scripts/bench_detection.py --words 100000
	$(BIN)/python scripts/bench_imap.py
	$(BIN)/python scripts/bench_lookup.py
	$(BIN)/python scripts/bench_lookup.py --postgres
	$(BIN)/python scripts/bench_web.py
	$(BIN)/python scripts/bench_web.py --postgres
	$(BIN)/python scripts/bench_records.py
	$(BIN)/python scripts/bench_records.py --postgres
	$(BIN)/python scripts/bench_sealing.py
	$(BIN)/python scripts/bench_startup.py

# Dev-set scores, then the whole product through `intake analyze` on mail written after tuning.
EVAL := var/eval
BATCH := tests/linking/devset/analyze_batch
GBATCH := tests/linking/devset/property_batch
eval: $(STAMP)
	$(BIN)/python scripts/eval_linking.py
	$(BIN)/python scripts/eval_detection.py
	$(BIN)/python scripts/eval_requests.py
	rm -rf $(EVAL) && mkdir -p $(EVAL)
	printf "[database]\nurl = 'sqlite:///eval.sqlite3'\n[daemon]\ndata_dir = '.'\n" > $(EVAL)/config.toml
	$(BIN)/intake --config $(EVAL)/config.toml init
	$(BIN)/intake --config $(EVAL)/config.toml staff add eval --name Evaluering --role administrator --signed "$$(date +%F)"
	$(BIN)/intake --config $(EVAL)/config.toml records import $(BATCH)/records.csv
	$(BIN)/intake --config $(EVAL)/config.toml analyze $(BATCH)/mail > $(EVAL)/analyze.jsonl
	$(BIN)/python scripts/score_analyze.py $(EVAL)/analyze.jsonl $(BATCH)/gold.json
	rm -rf $(EVAL)/g && mkdir -p $(EVAL)/g
	printf "[database]\nurl = 'sqlite:///eval.sqlite3'\n[daemon]\ndata_dir = '.'\n" > $(EVAL)/g/config.toml
	$(BIN)/intake --config $(EVAL)/g/config.toml init
	$(BIN)/intake --config $(EVAL)/g/config.toml staff add eval --name Evaluering --role administrator --signed "$$(date +%F)"
	$(BIN)/intake --config $(EVAL)/g/config.toml records import $(GBATCH)/records.csv
	$(BIN)/intake --config $(EVAL)/g/config.toml analyze $(GBATCH)/mail > $(EVAL)/g/analyze.jsonl
	$(BIN)/python scripts/score_analyze.py $(EVAL)/g/analyze.jsonl $(GBATCH)/gold_heldout.json
	$(BIN)/python scripts/score_analyze.py $(EVAL)/g/analyze.jsonl $(GBATCH)/gold_dev.json
	$(BIN)/python scripts/eval_lookup_property.py

clean-var:
	rm -rf var
