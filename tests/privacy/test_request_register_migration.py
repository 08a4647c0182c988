"""Migration 0004: the request register gains its kinds, and erasures done before it become answered requests."""

from __future__ import annotations

from datetime import date, datetime, timezone

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from models import AccessRequest
from models.session import migrate, pending_migrations
from tests.migrations import alembic_config


def test_the_request_register_revision_follows_the_privacy_schema():
    script = ScriptDirectory.from_config(alembic_config(None))
    assert script.get_revision("0004").down_revision == "0002"


def test_existing_requests_become_access_requests_and_past_erasures_answered_erasure_requests(bare_engine):
    config = alembic_config(bare_engine)
    command.upgrade(config, "privacy@0002")
    with bare_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO access_requests (customer_id, subject_ref, requested_on, deadline, status, registered_by) "
            "VALUES ('K1', 'K1', :received, :deadline, 'open', 'kari')"),
            {"received": date(2026, 1, 31), "deadline": date(2026, 2, 28)})
        connection.execute(text(
            "INSERT INTO tombstones (target_type, target_id, cause, basis, removed, removed_by, removed_at) "
            "VALUES (:type, :id, :cause, 'art. 17', '{}', 'rita', :at)"),
            [{"type": "customer", "id": "erasure-7", "cause": "erasure", "at": datetime(2026, 3, 31, 21, 30, tzinfo=timezone.utc)},
             {"type": "message", "id": "12", "cause": "erasure", "at": datetime(2026, 3, 31, 21, 30, tzinfo=timezone.utc)},
             {"type": "customer", "id": "erasure-8", "cause": "disposal", "at": datetime(2026, 3, 31, 21, 30, tzinfo=timezone.utc)}])
    migrate(bare_engine)
    assert not pending_migrations(bare_engine)
    with Session(bare_engine) as session:
        rows = [(r.kind, r.customer_id, r.subject_ref, r.requested_on, r.deadline, r.status, r.answered_on, r.answered_by)
                for r in session.scalars(select(AccessRequest).order_by(AccessRequest.id))]
    assert rows == [
        ("access", "K1", "K1", date(2026, 1, 31), date(2026, 2, 28), "open", None, None),
        ("erasure", None, "erasure-7", date(2026, 3, 31), date(2026, 4, 30), "answered", date(2026, 3, 31), "rita"),
    ]


def test_the_migration_can_be_undone_and_redone(bare_engine):
    config = alembic_config(bare_engine)
    migrate(bare_engine)
    command.downgrade(config, "privacy@0002")
    assert "kind" not in {c["name"] for c in inspect(bare_engine).get_columns("access_requests")}
    migrate(bare_engine)
    columns = {c["name"]: c for c in inspect(bare_engine).get_columns("access_requests")}
    assert columns["kind"]["nullable"] is False
