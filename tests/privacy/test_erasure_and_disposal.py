"""Erasure and disposal remove content, attachments and findings, leave tombstones, and respect holds."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from intake.errors import InputError, PermissionDenied
from intake.privacy.lookup import lookup
from intake.privacy.consent import export_to_partner, grant
from intake.privacy.disposal import approve, due, propose, reject
from intake.privacy.erasure import erase_subject, render_answer
from intake.privacy.holds import lift_hold, set_hold
from models import (
    Attachment, AuditEntry, Blob, Consent, Customer, DisposalLogEntry, StoredFinding, Message, Participant, Restriction, RetentionRecord,
    Tombstone,
)
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from rules.retention import DEFAULT_POLICIES
from tests.privacy.seed import ATTACHMENT_BYTES, CATALOGUE_BYTES, HASH_KEY

PERSONAL = ("Ingrid", "Solberg", "gmail", "912", "15076500565", "Skogveien", "Olav", "old@example.no")


def erase(sessions, query, actor="rita", dry_run=False):
    with transaction(sessions) as session:
        return erase_subject(session, actor, query, HASH_KEY, DEFAULT_POLICIES, DEFAULT_ACTIVITIES, dry_run=dry_run)


def assert_scrubbed(session, pk):
    message = session.get(Message, pk)
    assert message.state == "erased" and message.subject is None and message.body_text is None and message.from_address is None
    for model in (StoredFinding, Participant, Attachment, RetentionRecord):
        assert session.scalar(select(func.count()).select_from(model).where(model.message_pk == pk)) == 0
    assert session.get(Blob, message.raw_sha256).content is None
    [tombstone] = session.scalars(select(Tombstone).where(Tombstone.target_type == "message", Tombstone.target_id == str(pk))).all()
    return tombstone


def assert_no_personal_data(tombstone):
    text = json.dumps([tombstone.target_id, tombstone.basis, tombstone.removed], ensure_ascii=False)
    assert not any(word in text for word in PERSONAL)


def test_erasure_erases_what_no_law_requires_and_restricts_the_rest(sessions, world):
    outcome = erase(sessions, "K1001")
    decisions = {(d.item_type, d.item_id): d for d in outcome.decisions}
    assert decisions[("message", str(world.neighbour_mail))].action == "erase"
    assert decisions[("message", str(world.invoice))].legal_reference == "GDPR art. 17(3)(b)"
    assert decisions[("message", str(world.open_project_mail))].legal_reference == "GDPR art. 17(3)(e)"
    assert decisions[("project", "P2024-017")].kept and decisions[("customer", "K1001")].kept
    answer = render_answer(outcome)
    assert "Slettet (1):" in answer and "Støy fra byggeplassen" in answer
    assert "Beholdt, men begrenset til oppbevaring (4):" in answer and "bokføringsloven § 13" in answer

    with transaction(sessions) as session:
        assert_no_personal_data(assert_scrubbed(session, world.neighbour_mail))
        assert session.get(Message, world.invoice).state == "stored"
        restricted = set(session.execute(select(Restriction.target_type, Restriction.target_id)).all())
        assert ("customer", "K1001") in restricted and ("message", str(world.open_project_mail)) in restricted
        report = lookup(session, "K1001", "kari", HASH_KEY, DEFAULT_ACTIVITIES).report
    assert {m.message_pk for m in report.messages} == {world.open_project_mail, world.invoice}
    assert report.record.restricted and all(m.restricted for m in report.messages)
    [entry] = _audit(sessions, "erase")
    assert {item["action"] for item in entry.details["items"]} == {"erase", "restrict"}


def test_erasure_withdraws_consent_and_keeps_only_the_record_of_past_sharing(sessions, world, tmp_path):
    with transaction(sessions) as session:
        used = grant(session, "kari", "K1002", "VVS AS", ["name"], None, date.today() - timedelta(days=10), "e-post").id
        unused = grant(session, "kari", "K1002", "Elektro AS", ["name"], None, date.today() - timedelta(days=10), "e-post").id
        assert export_to_partner(session, "kari", "K1002", "VVS AS", ["name"], None).allowed
    outcome = erase(sessions, "K1002")
    decisions = {(d.item_type, d.item_id): d.action for d in outcome.decisions}
    assert decisions[("consent", str(used))] == "restrict" and decisions[("consent", str(unused))] == "erase"
    with transaction(sessions) as session:
        assert session.get(Consent, used).withdrawn_on == date.today() and session.get(Consent, unused) is None
        assert not export_to_partner(session, "kari", "K1002", "VVS AS", ["name"], None).allowed


def test_erasing_a_customer_with_nothing_to_keep_removes_the_record_and_leaves_a_tombstone(sessions, world):
    outcome = erase(sessions, "K1004")
    assert all(not d.kept for d in outcome.decisions)
    with sessions() as session:
        assert session.get(Customer, "K1004") is None
        assert_scrubbed(session, world.expired_old_project)
        [customer_tombstone] = session.scalars(select(Tombstone).where(Tombstone.target_type == "customer")).all()
        assert customer_tombstone.target_id.startswith("erasure-")
        assert_no_personal_data(customer_tombstone)


def test_attachment_bytes_are_emptied_unless_a_kept_message_still_uses_them(sessions, world):
    erase(sessions, "150765 00565")  # the person known only by fødselsnummer: the open-project mail is kept
    with sessions() as session:
        assert session.get(Message, world.open_project_mail).state == "stored"
        [attachment] = session.scalars(select(Attachment).where(Attachment.message_pk == world.open_project_mail)).all()
        assert session.get(Blob, attachment.blob_sha256).content == ATTACHMENT_BYTES


def test_a_dry_run_changes_nothing(sessions, world):
    outcome = erase(sessions, "K1001", dry_run=True)
    assert outcome.erased and "ingenting er endret" in render_answer(outcome)
    with sessions() as session:
        assert session.get(Message, world.neighbour_mail).state == "stored"
        assert not _audit(sessions, "erase")


@pytest.mark.parametrize("actor, query, error", [
    ("kari", "K1001", PermissionDenied),  # staff may not erase
    ("nils", "K1001", PermissionDenied),
    ("rita", "Ingrid", InputError),  # ambiguous: two customers
    ("rita", "Finnes Ikke", InputError),
])
def test_erasure_refusals(sessions, world, actor, query, error):
    with pytest.raises(error):
        erase(sessions, query, actor=actor)


def test_a_legal_hold_on_the_customer_stops_erasure_of_their_mail(sessions, world):
    with transaction(sessions) as session:
        set_hold(session, "rita", "customer", "K1004", "tvist om fukt i kjeller")
    outcome = erase(sessions, "K1004")
    assert all(d.kept for d in outcome.decisions)
    with sessions() as session:
        assert session.get(Message, world.expired_old_project).state == "stored"


def test_retention_due_lists_what_has_run_out_and_holds_back_what_is_held(sessions, world):
    with transaction(sessions) as session:
        set_hold(session, "rita", "message", str(world.expired_on_hold), "klagesak")
        listing = due(session, "kari", date.today())
    assert {i.message_pk for i in listing.due} == {world.expired_unlinked, world.expired_old_project}
    assert [i.message_pk for i in listing.held] == [world.expired_on_hold]
    with transaction(sessions) as session:
        later = due(session, "kari", date.today() + timedelta(days=365 * 5))
    assert world.neighbour_mail in {i.message_pk for i in later.due}


def test_two_step_disposal_needs_a_second_person_with_the_records_manager_role(sessions, world):
    with transaction(sessions) as session:
        set_hold(session, "rita", "message", str(world.expired_on_hold), "klagesak")
        proposal_id = propose(session, "rita", date.today())[0].id
    for actor in ("rita", "kari", "admin", "nils"):
        with pytest.raises(PermissionDenied), transaction(sessions) as session:
            approve(session, actor, proposal_id)
    with sessions() as session:
        assert session.get(Message, world.expired_unlinked).state == "stored"
    with transaction(sessions) as session:
        set_hold(session, "rita", "customer", "K1004", "krav fra kunden")  # set after the proposal
        _, items = approve(session, "ola", proposal_id)
        outcomes = {i.message_pk: i.outcome for i in items if i.message_pk is not None}
        [record] = [(i.customer_id, i.outcome, i.outcome_reason) for i in items if i.message_pk is None]
    assert outcomes == {world.expired_unlinked: "disposed", world.expired_old_project: "skipped"}
    # K1004's record was proposed with its mail (disposal, not erasure); the hold set since keeps it.
    assert record[:2] == ("K1004", "skipped") and "krav fra kunden" in record[2]
    with sessions() as session:
        assert_no_personal_data(assert_scrubbed(session, world.expired_unlinked))
        assert session.get(Blob, hashlib.sha256(CATALOGUE_BYTES).hexdigest()).content is None
        [log] = session.scalars(select(DisposalLogEntry)).all()
        assert (log.message_pk, log.proposed_by, log.approved_by) == (world.expired_unlinked, "rita", "ola")
        assert session.get(Message, world.expired_old_project).state == "stored"
    with pytest.raises(InputError, match="allerede godkjent"), transaction(sessions) as session:
        approve(session, "ola", proposal_id)
    assert [e.action for e in _audit(sessions, "disposal.propose") + _audit(sessions, "disposal.approve")] == [
        "disposal.propose", "disposal.approve"]


def test_a_lifted_hold_no_longer_stops_disposal_and_a_rejected_proposal_disposes_nothing(sessions, world):
    with transaction(sessions) as session:
        hold_id = set_hold(session, "rita", "message", str(world.expired_on_hold), "klagesak").id
        assert session.get(RetentionRecord, world.expired_on_hold).legal_hold is True
        lift_hold(session, "ola", hold_id)
        assert session.get(RetentionRecord, world.expired_on_hold).legal_hold is False
        proposal_id = propose(session, "kari", date.today())[0].id
        reject(session, "rita", proposal_id)
    with sessions() as session:
        assert session.get(Message, world.expired_on_hold).state == "stored"
    with transaction(sessions) as session:
        assert world.expired_on_hold in {i.message_pk for i in due(session, "kari", date.today()).due}


@pytest.mark.parametrize("actor, target, target_id, error", [
    ("kari", "customer", "K1001", PermissionDenied),
    ("rita", "customer", "K9999", InputError),
    ("rita", "planet", "Mars", InputError),
])
def test_hold_refusals(sessions, world, actor, target, target_id, error):
    with pytest.raises(error), transaction(sessions) as session:
        set_hold(session, actor, target, target_id, "grunn")


def _audit(sessions, action):
    with sessions() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()
