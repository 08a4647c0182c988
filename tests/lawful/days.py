"""Ordinary days at the firm, through the real CLI: one world per test, on SQLite or PostgreSQL.

``Office`` holds a config, a records file and a Maildir in a temporary folder; each call
runs one ``intake`` command as a staff member would and returns what it printed.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, time, timezone
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import create_engine, text

from intake.cli import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_RECORDS = (REPO / "examples" / "records.csv").read_text(encoding="utf-8")


def mail(sender: str, subject: str, body: str, message_id: str, date: str = "Tue, 03 Nov 2026 10:00:00 +0100",
         to: str = "post@proess.no", extra: str = "") -> str:
    return (f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: {message_id}\n{extra}"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n")


def date_header(day: date) -> str:
    """A Date header for ten o'clock (UTC) on ``day``."""
    return format_datetime(datetime.combine(day, time(10, 0), timezone.utc))


class Office:
    def __init__(self, tmp_path: Path, database_url: str, capsys, monkeypatch, with_examples: bool = True):
        self.tmp, self.database_url, self.capsys, self.monkeypatch = tmp_path, database_url, capsys, monkeypatch
        self.maildir = tmp_path / "maildir"
        if with_examples:
            shutil.copytree(REPO / "examples" / "maildir", self.maildir)
        else:
            for sub in ("new", "cur", "tmp"):
                (self.maildir / sub).mkdir(parents=True)
        self.records = tmp_path / "records.csv"
        self.records.write_text(EXAMPLE_RECORDS, encoding="utf-8")
        self.config = tmp_path / "config.toml"
        self.config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n"
                               f"[maildir]\npath = '{self.maildir}'\n", encoding="utf-8")
        self._delivered = 0
        self.stderr = self.stdout = ""
        # These days are about what the product does over time, not about who is at the keyboard (tests/privacy/
        # test_identity.py): each command is taken as run by the staff member it names.
        monkeypatch.setattr("intake.services.privacy.identify", lambda app, claimed: claimed)

    def run(self, *argv: str, staff: str | None = None, code: int = 0) -> str:
        if staff:
            self.monkeypatch.setenv("INTAKE_STAFF", staff)
        else:
            self.monkeypatch.delenv("INTAKE_STAFF", raising=False)
        if (argv[:1] in (("rectify",), ("erase",)) or argv[:2] in (("retention", "approve"), ("hold", "lift"))) \
                and "--yes" not in argv:
            argv = (*argv, "--yes")  # a script, not a person at a terminal: destructive commands want --yes
        returned = main(["--config", str(self.config), *argv])
        captured = self.capsys.readouterr()
        self.stderr, self.stdout = captured.err, captured.out
        assert returned == code, f"intake {' '.join(argv)} returned {returned}: {captured.err}{captured.out}"
        return captured.out

    def requests(self, staff: str = "kari") -> list[dict]:
        """The request register as `intake requests --format json` gives it (soonest deadline first)."""
        return json.loads(self.run("requests", "--format", "json", staff=staff))

    def open_office(self) -> None:
        """Day one: database, the staff who use it, records, and the mailbox read once."""
        self.run("init")
        self.run("staff", "add", "admin", "--name", "Anne Admin", "--role", "administrator", "--signed", "2025-01-01")
        self.run("staff", "add", "kari", "--name", "Kari Hansen", "--role", "staff", "--signed", "2025-01-01", staff="admin")
        self.run("staff", "add", "rita", "--name", "Rita Arkiv", "--role", "records_manager", "--signed", "2025-01-01",
                 staff="admin")
        # The register is the records manager's to import (issue 15).
        self.run("records", "import", str(self.records), staff="rita")
        self.poll()

    def stdout_of_last(self) -> str:
        return self.stdout

    def poll(self) -> None:
        self.run("run", "--once", "--no-progress")

    def deliver(self, raw: str) -> None:
        self._delivered += 1
        (self.maildir / "new" / f"1790000000.{self._delivered:06d}.scenario").write_text(raw, encoding="utf-8")

    def add_records(self, *rows: str) -> None:
        self.records.write_text(self.records.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(rows) + "\n",
                                encoding="utf-8")

    def replace_in_records(self, old: str, new: str) -> None:
        content = self.records.read_text(encoding="utf-8")
        assert old in content
        self.records.write_text(content.replace(old, new), encoding="utf-8")

    def lookup(self, query: str, staff: str = "kari", choose: int | None = None) -> dict:
        extra = ("--choose", str(choose)) if choose else ()
        return json.loads(self.run("lookup", "--format", "json", query, *extra, staff=staff))

    def sql_update(self, statement: str, **params) -> None:
        """A change made behind the product's back (a row as an older version left it), committed."""
        engine = create_engine(self.database_url)
        try:
            with engine.begin() as connection:
                connection.execute(text(statement), params)
        finally:
            engine.dispose()

    def sql(self, statement: str, **params) -> list:
        engine = create_engine(self.database_url)
        try:
            with engine.connect() as connection:
                return connection.execute(text(statement), params).all()
        finally:
            engine.dispose()

    def line_of(self, customer_id: str) -> list[int]:
        lines = self.records.read_text(encoding="utf-8").splitlines()
        return [number for number, line in enumerate(lines, start=1) if line.startswith(customer_id + ",")]
