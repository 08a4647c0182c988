"""Erasure requests go into the request register: registered the day they come in, with a
one-month deadline, and answered when the erasure is carried out."""

from __future__ import annotations

from rules.wording import norwegian_date

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from intake.errors import InputError, PermissionDenied
from intake.privacy.access import register as register_access
from intake.privacy.erasure import erase_subject, register_erasure, render_answer
from intake.privacy.requests import list_requests
from models import AccessRequest, AuditEntry, Customer, Message
from models.session import transaction
from rules.access import access_deadline
from rules.processing import DEFAULT_ACTIVITIES
from rules.retention import DEFAULT_POLICIES
from tests.privacy.seed import HASH_KEY

TODAY = date.today()


def register(sessions, query, received_on, actor="rita"):
    with transaction(sessions) as session:
        return register_erasure(session, actor, query, HASH_KEY, received_on)


def erase(sessions, query, actor="rita", received_on=None, dry_run=False):
    with transaction(sessions) as session:
        return erase_subject(session, actor, query, HASH_KEY, DEFAULT_POLICIES, DEFAULT_ACTIVITIES,
                             dry_run=dry_run, received_on=received_on)


def erasure_requests(sessions):
    with sessions() as session:
        return session.scalars(select(AccessRequest).where(AccessRequest.kind == "erasure").order_by(AccessRequest.id)).all()


def audit_actions(sessions):
    with sessions() as session:
        return session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()


@pytest.mark.parametrize("received_on, deadline", [
    (date(2026, 1, 31), date(2026, 2, 28)),   # clamped to the month's end, as for access requests
    (date(2026, 3, 15), date(2026, 4, 15)),
    (date(2024, 1, 30), date(2024, 2, 29)),   # leap year
])
def test_registering_an_erasure_request_sets_its_deadline_and_erases_nothing(sessions, world, received_on, deadline):
    request = register(sessions, "K1004", received_on)
    assert (request.kind, request.customer_id, request.requested_on, request.deadline, request.status) == (
        "erasure", "K1004", received_on, deadline, "open")
    with sessions() as session:
        assert session.get(Customer, "K1004") is not None
        assert session.get(Message, world.expired_old_project).state == "stored"
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "erasure_request.register")).all()
    assert (entry.actor, entry.details) == ("rita", {"request_id": request.id, "requested_on": received_on.isoformat(),
                                                     "deadline": deadline.isoformat()})
    assert "erase" not in audit_actions(sessions)


def test_carrying_out_a_registered_request_keeps_its_received_date_and_leaves_it_open_until_sent(sessions, world):
    received = TODAY - timedelta(days=20)
    registered = register(sessions, "K1004", received)
    # An open request is not registered twice; without a received date nothing about it changes.
    assert register(sessions, "K1004", None).id == registered.id
    outcome = erase(sessions, "K1004")
    assert outcome.request.id == registered.id
    [stored] = erasure_requests(sessions)
    assert (stored.status, stored.requested_on, stored.deadline, stored.answered_on, stored.answered_by) == (
        "open", received, access_deadline(received), None, None)  # answered when staff say the letter was sent
    # the customer record is gone: the request is known only by the customer tombstone
    assert stored.customer_id is None and stored.subject_ref.startswith("erasure-")
    assert (f"mottok {norwegian_date(received)}. Svarfristen er {norwegian_date(access_deadline(received))}."
            in render_answer(outcome))
    with sessions() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).all()
    assert entry.details["request_id"] == registered.id
    assert audit_actions(sessions).count("erasure_request.register") == 1


@pytest.mark.parametrize("received_on, expected_received", [(None, TODAY), (date(2026, 1, 5), date(2026, 1, 5))])
def test_an_erasure_without_a_registered_request_registers_one(sessions, world, received_on, expected_received):
    outcome = erase(sessions, "K1001", received_on=received_on)
    [stored] = erasure_requests(sessions)
    assert outcome.request.id == stored.id
    # K1001's record is kept (restricted), so the request still names the customer
    assert (stored.customer_id, stored.requested_on, stored.deadline, stored.status, stored.answered_on) == (
        "K1001", expected_received, access_deadline(expected_received), "open", None)


def test_a_dry_run_registers_nothing(sessions, world):
    outcome = erase(sessions, "K1001", dry_run=True, received_on=TODAY)
    assert outcome.request is None and erasure_requests(sessions) == []


def test_erasure_and_access_requests_are_tracked_apart(sessions, world):
    erasure = register(sessions, "K1002", TODAY - timedelta(days=40))
    with transaction(sessions) as session:
        access = register_access(session, "kari", "K1002", HASH_KEY, TODAY)
        listed = {(r.kind, r.id): state for r, state in list_requests(session, "kari")}
    assert access.id != erasure.id and access.kind == "access"
    assert listed == {("erasure", erasure.id): "overdue", ("access", access.id): "open"}


def test_a_person_known_only_by_an_identifier_can_file_an_erasure_request(sessions, world):
    request = register(sessions, "150765 00565", TODAY)
    assert request.customer_id is None and len(request.subject_ref) > 0 and "15076500565" not in request.subject_ref
    assert register(sessions, "15076500565", TODAY).id == request.id


@pytest.mark.parametrize("actor, query, error", [
    ("kari", "K1004", PermissionDenied),    # staff may not erase, so may not register an erasure either
    ("nils", "K1004", PermissionDenied),    # no confidentiality declaration
    ("gammel", "K1004", PermissionDenied),  # no longer active
    (None, "K1004", PermissionDenied),
    ("rita", "Ingrid", InputError),          # two customers match
    ("rita", "Finnes Ikke", InputError),
])
def test_registration_refusals(sessions, world, actor, query, error):
    with pytest.raises(error):
        register(sessions, query, TODAY, actor=actor)
    assert erasure_requests(sessions) == []
    if error is PermissionDenied:
        assert audit_actions(sessions) == ["refused"]


def test_lookup_names_an_erasure_request_as_one(sessions, world):
    from intake.privacy.lookup import lookup
    from intake.privacy.lookup_view import render_text

    register(sessions, "K1004", date(2026, 3, 15))
    with transaction(sessions) as session:
        register_access(session, "rita", "K1004", HASH_KEY, date(2026, 3, 16))
    with transaction(sessions) as session:
        result = lookup(session, "K1004", "rita", HASH_KEY, DEFAULT_ACTIVITIES, ("proess.no",))
    kinds = [request["kind"] for request in result.report.access_requests]
    assert kinds == ["erasure", "access"]
    text = render_text(result, "K1004")
    assert "Slettebegjæring #" in text and "Innsynsbegjæring #" in text
