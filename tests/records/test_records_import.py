"""A busy database is reported as busy, not as unreachable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError


REPO = Path(__file__).resolve().parents[2]
RECORDS = REPO / "examples" / "records.csv"


def test_a_busy_database_is_reported_as_busy(tmp_path, capsys, monkeypatch):
    from intake.cli import main
    from intake.cli.root import cli

    @cli.command("busy-probe", hidden=True)
    def busy_probe() -> None:
        raise OperationalError("INSERT INTO audit_log ...", {}, sqlite3.OperationalError("database is locked"))
    try:
        assert main(["busy-probe"]) == 4
        err = capsys.readouterr().err
        assert "databasen er opptatt" in err and "cannot be reached" not in err
    finally:
        cli.commands.pop("busy-probe")
