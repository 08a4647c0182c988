"""The access package and its deadline; the audit chain catches edits, deletions and reordering."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text, update

from intake.errors import PermissionDenied
from intake.privacy.lookup import lookup
from intake.privacy.access import controller_from, register, write_package
from intake.privacy.requests import list_requests
from intake.config import ProcessingConfig
from models import AccessRequest, AuditEntry
from models.audit import verify_audit_chain
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from tests.privacy.seed import ATTACHMENT_BYTES, HASH_KEY, SECRET_BODY

CONTROLLER = controller_from(ProcessingConfig())


def test_an_access_request_is_registered_with_a_one_month_deadline_and_answered_with_a_package(sessions, world, tmp_path):
    with transaction(sessions) as session:
        request, _ = register(session, "kari", "ingrid.solberg@gmail.com", HASH_KEY, date(2026, 1, 31), DEFAULT_ACTIVITIES)
    assert (request.requested_on, request.deadline, request.status) == (date(2026, 1, 31), date(2026, 2, 28), "open")
    with transaction(sessions) as session:
        again, report = register(session, "kari", "K1001", HASH_KEY, date(2026, 2, 2), DEFAULT_ACTIVITIES)
        assert again.id == request.id  # the open request is reused, its deadline unchanged
        folder = write_package(session, "kari", again, report, tmp_path, CONTROLLER, DEFAULT_ACTIVITIES)
    document = (folder / "innsyn.txt").read_text(encoding="utf-8")
    for point in ("a) Formål", "b) Hvilke", "c) Hvem", "d) Hvor lenge", "e) Dine", "f) Klage", "g) Hvor", "h) Automatiserte", "15(2)"):
        assert point in document
    assert "Fakturering og regnskap" in document and "Datatilsynet" in document
    data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    bodies = {m["message_pk"]: m["body"] for m in data["messages"]}
    assert bodies[world.open_project_mail] == SECRET_BODY and set(bodies) == {world.open_project_mail, world.neighbour_mail, world.invoice}
    [attachment] = next(m for m in data["messages"] if m["message_pk"] == world.open_project_mail)["attachments"]
    assert (folder / attachment["file"]).read_bytes() == ATTACHMENT_BYTES
    with sessions() as session:
        stored = session.get(AccessRequest, request.id)
        assert (stored.status, stored.answered_by) == ("answered", "kari")
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions.count("access_request.register") == 1 and actions.count("access_request.export") == 1


def test_open_requests_past_their_deadline_are_shown_as_overdue(sessions, world):
    with transaction(sessions) as session:
        register(session, "kari", "K1002", HASH_KEY, date.today() - timedelta(days=40), DEFAULT_ACTIVITIES)
        register(session, "kari", "K1001", HASH_KEY, date.today(), DEFAULT_ACTIVITIES)
        states = {r.customer_id: state for r, state in list_requests(session, "kari")}
    assert states == {"K1002": "overdue", "K1001": "open"}


def test_access_requests_need_a_staff_identity(sessions, world):
    with pytest.raises(PermissionDenied), transaction(sessions) as session:
        register(session, None, "K1001", HASH_KEY, date.today(), DEFAULT_ACTIVITIES)


def _three_lookups(sessions):
    for query in ("K1001", "K1002", "K1003"):
        with transaction(sessions) as session:
            lookup(session, query, "kari", HASH_KEY, DEFAULT_ACTIVITIES)
    with sessions() as session:
        return session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()


def test_an_intact_chain_verifies(sessions, world):
    _three_lookups(sessions)
    with sessions() as session:
        assert verify_audit_chain(session) == []


def test_an_edited_entry_is_detected(sessions, world):
    ids = _three_lookups(sessions)
    with transaction(sessions) as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(actor="someone-else"))
    with sessions() as session:
        assert [(b.entry_id, "edited" in b.problem) for b in verify_audit_chain(session)] == [(ids[1], True)]


def test_a_deleted_entry_is_detected(sessions, world):
    ids = _three_lookups(sessions)
    with transaction(sessions) as session:
        session.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[1]})
    with sessions() as session:
        assert [(b.entry_id, "deleted or reordered" in b.problem) for b in verify_audit_chain(session)] == [(ids[2], True)]


def test_reordered_entries_are_detected(sessions, world):
    ids = _three_lookups(sessions)
    with transaction(sessions) as session:
        rows = {row.id: row for row in session.execute(select(AuditEntry.__table__).where(AuditEntry.id.in_(ids[1:]))).all()}
        session.execute(text("DELETE FROM audit_log WHERE id IN (:a, :b)"), {"a": ids[1], "b": ids[2]})
        for new_id, old in ((ids[1], rows[ids[2]]), (ids[2], rows[ids[1]])):
            session.execute(AuditEntry.__table__.insert().values({**old._mapping, "id": new_id}))
    with sessions() as session:
        breaks = verify_audit_chain(session)
    assert breaks and all("deleted or reordered" in b.problem for b in breaks)


def test_a_request_from_someone_who_is_not_a_customer_is_tracked_under_a_hashed_reference(sessions, world):
    with transaction(sessions) as session:
        request, _ = register(session, "kari", "nabo@example.no", HASH_KEY, date(2026, 3, 1), DEFAULT_ACTIVITIES)
        report = lookup(session, "nabo@example.no", "kari", HASH_KEY, DEFAULT_ACTIVITIES).report
    assert request.customer_id is None and "nabo" not in request.subject_ref
    assert [r["request_id"] for r in report.access_requests] == [request.id]
