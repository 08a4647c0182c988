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


def test_importing_the_cli_loads_neither_the_detector_nor_the_database():
    assert imported_after("import intake.cli") == set()


def test_help_loads_neither_the_detector_nor_the_database():
    assert imported_after("from intake.cli import main\nmain(['--help'])\nmain(['lookup', '--help'])") == set()


def test_a_lookup_never_loads_the_detector(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path}'\n", encoding="utf-8")
    run = (f"from intake.cli import main\n"
           f"assert main(['--config', {str(config)!r}, 'init']) == 0\n"
           f"assert main(['--config', {str(config)!r}, 'staff', 'add', 'rita', '--name', 'Rita', '--role', 'administrator', "
           f"'--signed', '2026-01-05', '--as', 'rita']) == 0\n"
           f"assert main(['--config', {str(config)!r}, 'lookup', 'kari@example.no', '--as', 'rita']) == 0\n"
           f"assert main(['--config', {str(config)!r}, 'lookup', '+47 912 34 567', '--as', 'rita', '--format', 'json']) == 0")
    loaded = imported_after(run)
    assert "sqlalchemy" in loaded  # the probe sees what a lookup needs...
    assert not loaded & {"spacy", "thinc", "rules.detection.analyzer", "rules.detection.nlp"}  # ...and nothing it does not


def test_a_lookup_by_email_address_never_loads_the_validators(tmp_path):
    """phonenumbers and python-stdnum cost a tenth of a second at start-up; only a query that could be
    a phone number, a fødselsnummer or an account number (or a customer with a phone number) needs them."""
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path}'\n", encoding="utf-8")
    setup = (f"from intake.cli import main\n"
             f"assert main(['--config', {str(config)!r}, 'init']) == 0\n"
             f"assert main(['--config', {str(config)!r}, 'staff', 'add', 'rita', '--name', 'Rita', '--role', 'administrator', "
             f"'--signed', '2026-01-05', '--as', 'rita']) == 0\n")
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
    """The PostgreSQL dialect, the tables of the web app, the ledger and the reports, and the street-address and
    property-ID patterns are not needed to look a person up on SQLite; loading them made every `intake lookup`
    slower (scripts/bench_startup.py)."""
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path}'\n", encoding="utf-8")
    unneeded = ("sqlalchemy.dialects.postgresql", "models.web", "models.ledger", "models.reports", "models.lawful",
                "models.minimization", "rules.linking.places", "rules.linking.property_ids")
    code = (f"from intake.cli import main\n"
            f"assert main(['--config', {str(config)!r}, 'init']) == 0\n"
            f"assert main(['--config', {str(config)!r}, 'staff', 'add', 'rita', '--name', 'Rita', '--role', 'administrator', "
            f"'--signed', '2026-01-05', '--as', 'rita']) == 0\n")
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
