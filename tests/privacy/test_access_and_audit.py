"""The access package and its deadline; the audit chain catches edits, deletions and reordering."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text, update

from intake.errors import PermissionDenied
from intake.privacy.lookup import lookup
from intake.privacy.requests import answer
from intake.privacy.access import build_package, controller_from, register
from intake.privacy.requests import list_requests
from intake.config import ProcessingConfig
from models import AccessRequest, AuditEntry
from models.audit import verify_audit_chain
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from rules.vocabulary import AuditProblem
from tests.privacy.seed import ATTACHMENT_BYTES, HASH_KEY, SECRET_BODY

CONTROLLER = controller_from(ProcessingConfig())


def test_an_access_request_is_registered_with_a_one_month_deadline_and_answered_when_the_package_is_sent(sessions, world, tmp_path):
    with transaction(sessions) as session:
        request = register(session, "kari", "ingrid.solberg@gmail.com", HASH_KEY, date(2026, 1, 31))
    assert (request.requested_on, request.deadline, request.status) == (date(2026, 1, 31), date(2026, 2, 28), "open")
    with transaction(sessions) as session:
        again = register(session, "kari", "K1001", HASH_KEY, date(2026, 2, 2))
        assert again.id == request.id  # the open request is reused, its deadline unchanged
        name, files = build_package(session, "kari", "K1001", again, HASH_KEY, CONTROLLER, DEFAULT_ACTIVITIES)
    assert name == f"innsyn-{request.id}"
    files = dict(files)
    document = files["innsyn.txt"].decode("utf-8")
    for point in ("a) Formål", "b) Hvilke", "c) Hvem", "d) Hvor lenge", "e) Dine", "f) Klage", "g) Hvor", "h) Automatiserte", "15(2)"):
        assert point in document
    assert "Fakturering og regnskap" in document and "Datatilsynet" in document
    data = json.loads(files["data.json"])
    bodies = {m["message_pk"]: m["body"] for m in data["messages"]}
    assert bodies[world.open_project_mail] == SECRET_BODY and set(bodies) == {world.open_project_mail, world.neighbour_mail, world.invoice}
    [attachment] = next(m for m in data["messages"] if m["message_pk"] == world.open_project_mail)["attachments"]
    assert files[attachment["file"]] == ATTACHMENT_BYTES
    with sessions() as session:
        stored = session.get(AccessRequest, request.id)
        assert (stored.status, stored.answered_by) == ("open", None)  # written is not sent (issue 12)
    with transaction(sessions) as session:
        answer(session, "kari", request.id, date.today())
    with sessions() as session:
        stored = session.get(AccessRequest, request.id)
        assert (stored.status, stored.answered_by, stored.answered_on) == ("answered", "kari", date.today())
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions.count("access_request.register") == 1 and actions.count("access_request.export") == 1


def test_open_requests_past_their_deadline_are_shown_as_overdue(sessions, world):
    with transaction(sessions) as session:
        register(session, "kari", "K1002", HASH_KEY, date.today() - timedelta(days=40))
        register(session, "kari", "K1001", HASH_KEY, date.today())
        states = {r.customer_id: state for r, state in list_requests(session, "kari")}
    assert states == {"K1002": "overdue", "K1001": "open"}


def test_access_requests_need_a_staff_identity(sessions, world):
    with pytest.raises(PermissionDenied), transaction(sessions) as session:
        register(session, None, "K1001", HASH_KEY, date.today())


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
        assert [(b.entry_id, b.problem) for b in verify_audit_chain(session)] == [(ids[1], AuditProblem.EDITED)]


def test_a_deleted_entry_is_detected(sessions, world):
    ids = _three_lookups(sessions)
    with transaction(sessions) as session:
        session.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[1]})
    with sessions() as session:
        assert [(b.entry_id, b.problem) for b in verify_audit_chain(session)] == [(ids[2], AuditProblem.OUT_OF_ORDER)]


def test_reordered_entries_are_detected(sessions, world):
    ids = _three_lookups(sessions)
    with transaction(sessions) as session:
        rows = {row.id: row for row in session.execute(select(AuditEntry.__table__).where(AuditEntry.id.in_(ids[1:]))).all()}
        session.execute(text("DELETE FROM audit_log WHERE id IN (:a, :b)"), {"a": ids[1], "b": ids[2]})
        for new_id, old in ((ids[1], rows[ids[2]]), (ids[2], rows[ids[1]])):
            session.execute(AuditEntry.__table__.insert().values({**old._mapping, "id": new_id}))
    with sessions() as session:
        breaks = verify_audit_chain(session)
    assert breaks and all(b.problem == AuditProblem.OUT_OF_ORDER for b in breaks)


def test_a_request_from_someone_who_is_not_a_customer_is_tracked_under_a_hashed_reference(sessions, world):
    with transaction(sessions) as session:
        request = register(session, "kari", "nabo@example.no", HASH_KEY, date(2026, 3, 1))
        report = lookup(session, "nabo@example.no", "kari", HASH_KEY, DEFAULT_ACTIVITIES).report
    assert request.customer_id is None and "nabo" not in request.subject_ref
    assert [r["request_id"] for r in report.access_requests] == [request.id]
