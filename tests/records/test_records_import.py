"""Large records imports commit in batches; a busy database is reported as busy, not as unreachable."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from intake.errors import PermissionDenied
from intake.records import import_records_in_batches
from models import AuditEntry, Customer, Project, StaffUser
from models.session import transaction
from rules.retention import DEFAULT_POLICIES

REPO = Path(__file__).resolve().parents[2]
RECORDS = REPO / "examples" / "records.csv"


@pytest.fixture
def importer(sessions):
    with transaction(sessions) as session:
        session.add(StaffUser(username="rm", full_name="Rm", role="records_manager", confidentiality_signed_on=date(2026, 1, 1)))
        session.add(StaffUser(username="kari", full_name="Kari", role="staff", confidentiality_signed_on=date(2026, 1, 1)))
    return "rm"


def test_an_import_in_batches_imports_everything_once_and_audits_it(sessions, importer):
    rows = RECORDS.read_text(encoding="utf-8").splitlines()[1:]
    customers = {row.split(",")[0] for row in rows}
    summary = import_records_in_batches(sessions, RECORDS, DEFAULT_POLICIES, importer, batch_size=2)
    again = import_records_in_batches(sessions, RECORDS, DEFAULT_POLICIES, importer, batch_size=3)
    with sessions() as session:
        assert set(session.scalars(select(Customer.customer_id))) == customers
        assert session.scalar(select(func.count()).select_from(Project)) == summary.projects
        [first, second] = session.scalars(select(AuditEntry).where(AuditEntry.action == "records.import")).all()
    assert summary.customers == len(customers) and summary.changed_customers == len(customers)
    assert again.changed_customers == 0
    assert first.details["batches"] == -(-len(customers) // 2) and first.actor == "rm"


def test_an_import_by_someone_without_the_role_imports_nothing(sessions, importer):
    with pytest.raises(PermissionDenied):
        import_records_in_batches(sessions, RECORDS, DEFAULT_POLICIES, "kari")
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


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
