"""Migration 0070: how the pipeline read a suggested request becomes a column of the register, taken for existing
suggestions from their audit entries (``request.suggest``, details ``reading``)."""

from __future__ import annotations

from datetime import date

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from models import AccessRequest
from models.audit import AuditSeal, append_audit, verify_audit_chain
from models.session import migrate, pending_migrations, session_factory, transaction
from tests.migrations import alembic_config

AUDIT_KEY = b"migration-test-audit-key"
BEFORE = "0014"


def test_the_reading_revision_follows_the_newest_schema_before_it():
    script = ScriptDirectory.from_config(alembic_config(None))
    assert script.get_revision("0070").down_revision == BEFORE


def _request(connection, request_id: int, registered_by: str, message_pk: int | None, status: str = "suggested") -> None:
    connection.execute(text(
        "INSERT INTO access_requests (id, kind, customer_id, subject_ref, requested_on, deadline, status, registered_by,"
        " source_message_pk, extended_months) VALUES (:id, 'access', NULL, :ref, :received, :deadline, :status, :by,"
        " :message, 0)"),
        {"id": request_id, "ref": f"message-{message_pk}" if message_pk else "K1001", "received": date(2026, 11, 2),
         "deadline": date(2026, 12, 2), "status": status, "by": registered_by, "message": message_pk})


def _suggested(sessions, request_id: int, message_pk: int, reading: str | None) -> None:
    details = {"request_id": request_id, "kind": "access", "requested_on": "2026-11-02"}
    if reading is not None:
        details["reading"] = reading
    with transaction(sessions) as session:
        append_audit(session, actor="intake", action="request.suggest", target_type="message", target_id=str(message_pk),
                     details=details)


def _readings(sessions) -> dict[int, str | None]:
    with transaction(sessions) as session:
        return {r.id: r.reading for r in session.scalars(select(AccessRequest).order_by(AccessRequest.id))}


def test_existing_suggestions_take_their_reading_from_the_audit_log_and_staff_requests_have_none(bare_engine):
    command.upgrade(alembic_config(bare_engine), BEFORE)
    sessions = session_factory(bare_engine, audit_seal=AuditSeal(AUDIT_KEY))
    with bare_engine.begin() as connection:
        _request(connection, 1, "intake", 40)  # the learned model's suggestion
        _request(connection, 2, "intake", 41, status="open")  # the rules' suggestion, since confirmed
        _request(connection, 3, "intake", 42)  # suggested before the audit entry said how (only the rules suggested then)
        _request(connection, 4, "kari", None, status="open")  # registered by staff
        _request(connection, 5, "intake", 44)  # SQLite gave a deleted suggestion's id (from mail 43) to this one
        _request(connection, 6, "intake", 45)  # a suggestion whose entry is not there: nothing to go by
    _suggested(sessions, 1, 40, "learned")
    _suggested(sessions, 2, 41, "rules")
    _suggested(sessions, 3, 42, None)
    _suggested(sessions, 5, 43, "learned")
    _suggested(sessions, 5, 44, "rules")
    _suggested(sessions, 4, 46, "learned")  # names the staff member's request: not a suggestion, stays without
    migrate(bare_engine)
    assert not pending_migrations(bare_engine)
    assert _readings(sessions) == {1: "learned", 2: "rules", 3: "rules", 4: None, 5: "rules", 6: None}
    with transaction(sessions) as session:
        assert verify_audit_chain(session) == []  # read, never rewritten


def test_the_migration_can_be_undone_and_redone_without_losing_a_reading(bare_engine):
    command.upgrade(alembic_config(bare_engine), BEFORE)
    sessions = session_factory(bare_engine, audit_seal=AuditSeal(AUDIT_KEY))
    with bare_engine.begin() as connection:
        _request(connection, 1, "intake", 40)
        _request(connection, 2, "kari", None)
    _suggested(sessions, 1, 40, "learned")
    migrate(bare_engine)
    command.downgrade(alembic_config(bare_engine), BEFORE)
    assert "reading" not in {c["name"] for c in inspect(bare_engine).get_columns("access_requests")}
    with bare_engine.connect() as connection:  # the rows themselves are untouched
        assert connection.execute(text("SELECT id, registered_by FROM access_requests ORDER BY id")).all() == \
            [(1, "intake"), (2, "kari")]
    migrate(bare_engine)
    columns = {c["name"]: c for c in inspect(bare_engine).get_columns("access_requests")}
    assert columns["reading"]["nullable"] is True
    assert _readings(sessions) == {1: "learned", 2: None}
