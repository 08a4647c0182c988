"""Short commands stay short: what a process imports, checked in a fresh interpreter.

spaCy and the detector take about a second to import; the database layer a good part of
one. `intake --help` needs neither, `intake lookup` needs the database but never the
detector. (How long they take is measured by scripts/bench_startup.py in `make bench`,
not here: a timed assertion would fail on a busy machine and pass on a slow design.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "thinc", "rules.detection.analyzer", "rules.detection.nlp", "sqlalchemy", "alembic", "models")


def imported_after(code: str) -> set[str]:
    """Which of HEAVY a fresh interpreter has imported after running `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def new_register(tmp_path: Path) -> tuple[Path, str]:
    """A config on a SQLite file in `tmp_path`, and the code that makes the register and its administrator rita."""
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path}'\n", encoding="utf-8")
    return config, (f"from intake.cli import main\n"
                    f"assert main(['--config', {str(config)!r}, 'init']) == 0\n"
                    f"assert main(['--config', {str(config)!r}, 'staff', 'add', 'rita', '--name', 'Rita', '--role', 'administrator', "
                    f"'--signed', '2026-01-05', '--as', 'rita']) == 0\n")


def test_importing_the_cli_loads_neither_the_detector_nor_the_database():
    assert imported_after("import intake.cli") == set()


def test_help_loads_neither_the_detector_nor_the_database():
    assert imported_after("from intake.cli import main\nmain(['--help'])\nmain(['lookup', '--help'])") == set()


def test_a_lookup_never_loads_the_detector(tmp_path):
    config, setup = new_register(tmp_path)
    run = (setup +
           f"assert main(['--config', {str(config)!r}, 'lookup', 'kari@example.no', '--as', 'rita']) == 0\n"
           f"assert main(['--config', {str(config)!r}, 'lookup', '+47 912 34 567', '--as', 'rita', '--format', 'json']) == 0")
    loaded = imported_after(run)
    assert "sqlalchemy" in loaded  # the probe sees what a lookup needs...
    assert not loaded & {"spacy", "thinc", "rules.detection.analyzer", "rules.detection.nlp"}  # ...and nothing it does not


def test_a_lookup_by_email_address_never_loads_the_validators(tmp_path):
    """phonenumbers and python-stdnum cost a tenth of a second at start-up; only a query that could be
    a phone number, a fødselsnummer or an account number (or a customer with a phone number) needs them."""
    config, setup = new_register(tmp_path)
    validators = ("phonenumbers", "stdnum")
    probe = "\nimport json, sys\nprint(json.dumps([m for m in {validators!r} if m in sys.modules]))".format(validators=validators)
    for query in ("kari@example.no", "KARI@EXAMPLE.NO"):
        code = setup + f"assert main(['--config', {str(config)!r}, 'lookup', {query!r}, '--as', 'rita']) == 0" + probe
        result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout.strip().splitlines()[-1]) == [], query
    # ...and a phone number does load them: the probe sees the difference.
    code = setup + f"assert main(['--config', {str(config)!r}, 'lookup', '+47 912 34 567', '--as', 'rita']) == 0" + probe
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert "phonenumbers" in json.loads(result.stdout.strip().splitlines()[-1])


def test_a_lookup_on_sqlite_declares_only_what_it_reads(tmp_path):
    """The PostgreSQL dialect, the tables of the web app, the ledger, the reports and the disposals, and the street-address and
    property-ID patterns are not needed to look a person up on SQLite; loading them made every `intake lookup`
    slower (scripts/bench_startup.py)."""
    config, code = new_register(tmp_path)
    unneeded = ("sqlalchemy.dialects.postgresql", "models.web", "models.ledger", "models.reports", "models.lawful",
                "models.minimization", "models.disposal", "rules.linking.places", "rules.linking.property_ids")
    setup = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert setup.returncode == 0, setup.stderr
    probe = (f"from intake.cli import main\n"
             f"assert main(['--config', {str(config)!r}, 'lookup', 'kari@example.no', '--as', 'rita']) == 0\n"
             f"import json, sys\nprint(json.dumps([m for m in {unneeded!r} if m in sys.modules]))\n"
             f"print(json.dumps([m for m in ('models.mail', 'models.records', 'models.privacy') if m in sys.modules]))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded_unneeded, loaded_needed = (json.loads(line) for line in result.stdout.strip().splitlines()[-2:])
    assert loaded_unneeded == []
    assert loaded_needed == ["models.mail", "models.records", "models.privacy"]  # the probe sees what a lookup does load


def test_a_lookup_runs_without_the_cyclic_collector_and_gives_it_back(tmp_path):
    """The lookup pauses the collector (intake.cli.root.collector_paused): the objects its imports make were
    walked again and again while they were made. Counted by the collector's own callbacks, in a fresh
    interpreter, where the lookup imports SQLAlchemy and the models."""
    config, setup = new_register(tmp_path)
    assert subprocess.run([sys.executable, "-c", setup], cwd=REPO, capture_output=True, text=True, timeout=120).returncode == 0
    probe = ("import gc, json\n"
             "from intake.cli import main\n"
             "collections = []\n"
             "gc.callbacks.append(lambda phase, info: phase == 'start' and collections.append(info['generation']))\n"
             f"assert main(['--config', {str(config)!r}, 'lookup', 'kari@example.no', '--as', 'rita']) == 0\n"
             "during = list(collections)\n"
             "gc.collect()\n"
             "print(json.dumps([during, collections[len(during):], gc.isenabled()]))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    during, after, enabled = json.loads(result.stdout.strip().splitlines()[-1])
    # Without the pause: 115 young, 11 middle and 1 full collection. With it, at most the young generation's
    # once, as the collector resumes after the answer.
    assert during in ([], [0])
    assert after == [2] and enabled  # the callback counts (it saw the collection asked for), and the collector is back
    # As the process's own command (no argv: the console script, `python -m intake`), what the lookup made is
    # frozen as the lookup ends instead of walked once more as the collector resumes: the process ends after it.
    as_command = ("import gc, json, sys\n"
                  "from intake.cli import main\n"
                  "collections = []\n"
                  "gc.callbacks.append(lambda phase, info: phase == 'start' and collections.append(info['generation']))\n"
                  f"sys.argv = ['intake', '--config', {str(config)!r}, 'lookup', 'kari@example.no', '--as', 'rita']\n"
                  "assert main() == 0\n"
                  "print(json.dumps([collections, gc.get_freeze_count(), gc.isenabled()]))")
    result = subprocess.run([sys.executable, "-c", as_command], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    during, frozen, enabled = json.loads(result.stdout.strip().splitlines()[-1])
    assert during == [] and frozen > 10_000 and enabled


def test_a_lookup_process_closes_its_database_before_it_ends(tmp_path):
    """A process running a command skips the interpreter's last collections (gc.freeze at exit), which had closed
    the SQLite connections left to them: the command closes them itself, so SQLite still checkpoints its
    write-ahead log and removes it with the shared-memory file when the lookup's process ends."""
    config, _ = new_register(tmp_path)
    for argv in (["init"], ["staff", "add", "rita", "--name", "Rita", "--role", "administrator", "--signed", "2026-01-05", "--as", "rita"],
                 ["lookup", "kari@example.no", "--as", "rita"]):
        result = subprocess.run([sys.executable, "-m", "intake", "--config", str(config), *argv], cwd=REPO,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        left = sorted(path.name for path in tmp_path.rglob("*.sqlite3-*"))
        assert left == [], (argv, left)  # the database's and the key store's -wal and -shm
    assert (tmp_path / "db.sqlite3").exists() and list(tmp_path.rglob("subject-keys.sqlite3"))  # the probe looks where they are
