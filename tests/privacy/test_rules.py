"""The privacy rules as tables: roles, consent, erasure exceptions, disposal checks, access deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from rules.access import (
    AccessFacts, Controller, DisclosureFact, RetentionFact, access_deadline, access_document,
    request_state,
)
from rules.consent import ConsentFacts, check_export
from rules.disposal import RetentionItem, check_at_approval, customer_record_expires, due_for_disposal
from rules.erasure import (
    LEGAL_CLAIMS, LEGAL_OBLIGATION, NO_EXCEPTION, MessageErasureFacts, decide_consent, decide_customer_record,
    decide_message, decide_project,
)
from rules.processing import DEFAULT_ACTIVITIES
from rules.retention import ProjectState
from rules.staff import StaffMember, may, may_approve_disposal, may_register_first_staff
from rules.vocabulary import ApprovalAction, ErasureAction, RequestState, StaffAction

TODAY = date(2026, 11, 25)
SIGNED = date(2025, 1, 1)


def member(role, signed=SIGNED, active=True, name="u"):
    return StaffMember(name, role, signed, active)


@pytest.mark.parametrize("who, action, allowed", [
    (member("staff"), StaffAction.LOOKUP, True),
    (member("staff"), StaffAction.RECTIFY, True),
    (member("staff"), StaffAction.ERASE_SUBJECT, False),
    (member("staff"), StaffAction.LEGAL_HOLD, False),
    (member("staff"), StaffAction.APPROVE_DISPOSAL, False),
    (member("staff"), StaffAction.MANAGE_STAFF, False),
    (member("records_manager"), StaffAction.ERASE_SUBJECT, True),
    (member("records_manager"), StaffAction.APPROVE_DISPOSAL, True),
    (member("records_manager"), StaffAction.MANAGE_STAFF, False),
    (member("administrator"), StaffAction.MANAGE_STAFF, True),
    (member("administrator"), StaffAction.APPROVE_DISPOSAL, False),
    (member("administrator", signed=None), StaffAction.LOOKUP, False),
    (member("staff", signed=date(2027, 1, 1)), StaffAction.LOOKUP, False),
    (member("records_manager", active=False), StaffAction.LOOKUP, False),
    (None, StaffAction.LOOKUP, False),
])
def test_roles_and_the_confidentiality_declaration_decide_access(who, action, allowed):
    assert may(who, action, TODAY).allowed is allowed


@pytest.mark.parametrize("approver, proposer, allowed, why", [
    (member("records_manager", name="rita"), "kari", True, "ok"),
    (member("records_manager", name="rita"), "rita", False, "en annen"),
    (member("staff", name="kari"), "rita", False, "krever"),
    (member("records_manager", signed=None, name="ola"), "kari", False, "taushetserklæring"),
])
def test_disposal_needs_a_second_person_with_the_records_manager_role(approver, proposer, allowed, why):
    permission = may_approve_disposal(approver, proposer, TODAY)
    assert permission.allowed is allowed and why in permission.reason


@pytest.mark.parametrize("existing, role, allowed", [(0, "administrator", True), (0, "staff", False), (2, "administrator", False)])
def test_only_an_empty_register_accepts_a_first_administrator_without_identity(existing, role, allowed):
    assert may_register_first_staff(existing, role).allowed is allowed


def consent(cid=1, partner="Rørlegger AS", categories=("name", "phone"), project=None, given=date(2026, 1, 1), withdrawn=None):
    return ConsentFacts(cid, partner, frozenset(categories), project, given, withdrawn)


@pytest.mark.parametrize("consents, partner, categories, project, allowed, why", [
    ([], "Rørlegger AS", {"name"}, None, False, "ikke samtykket"),
    ([consent()], "rørlegger  as", {"name", "phone"}, "P1", True, "samtykke nr. 1"),
    ([consent()], "Elektriker AS", {"name"}, None, False, "ikke samtykket"),
    ([consent()], "Rørlegger AS", {"name", "email"}, None, False, "dekker ikke: email"),
    ([consent(withdrawn=date(2026, 6, 1))], "Rørlegger AS", {"name"}, None, False, "trukket tilbake"),
    ([consent(given=date(2027, 1, 1))], "Rørlegger AS", {"name"}, None, False, "ikke gyldig ennå"),
    ([consent(project="P1")], "Rørlegger AS", {"name"}, "P2", False, "annet prosjekt"),
    ([consent(project="P1")], "Rørlegger AS", {"name"}, None, False, "annet prosjekt"),
    ([consent(project="P1")], "Rørlegger AS", {"name"}, "P1", True, "samtykke nr. 1"),
    ([consent(1, categories=("name",)), consent(2, categories=("phone",))], "Rørlegger AS", {"name", "phone"}, None, False,
     "ingen enkelt samtykke"),
    ([consent()], "Rørlegger AS", {"name", "shoe_size"}, None, False, "ukjente datakategorier"),
    ([consent()], "Rørlegger AS", set(), None, False, "ingen datakategorier"),
])
def test_an_export_needs_one_valid_consent_covering_partner_project_and_categories(consents, partner, categories, project,
                                                                                   allowed, why):
    decision = check_export(consents, partner, frozenset(categories), project, TODAY)
    assert decision.allowed is allowed and why in decision.reason


@pytest.mark.parametrize("facts, action, reference", [
    (MessageErasureFacts(1, "accounting_document", date(2029, 12, 31), False, True), ErasureAction.RESTRICT, LEGAL_OBLIGATION),
    (MessageErasureFacts(1, "accounting_document", date(2025, 12, 31), False, True), ErasureAction.REMOVE, NO_EXCEPTION),
    (MessageErasureFacts(1, "customer_correspondence", None, False, True), ErasureAction.RESTRICT, LEGAL_CLAIMS),
    (MessageErasureFacts(1, "customer_correspondence", date(2036, 3, 14), False, True), ErasureAction.RESTRICT, LEGAL_CLAIMS),
    (MessageErasureFacts(1, "customer_correspondence", date(2025, 3, 14), False, True), ErasureAction.REMOVE, NO_EXCEPTION),
    (MessageErasureFacts(1, "customer_correspondence", None, False, False), ErasureAction.REMOVE, NO_EXCEPTION),
    (MessageErasureFacts(1, "unlinked_mail", date(2027, 1, 1), False, False), ErasureAction.REMOVE, NO_EXCEPTION),
    (MessageErasureFacts(1, "unlinked_mail", date(2027, 1, 1), True, False), ErasureAction.RESTRICT, LEGAL_CLAIMS),
    (MessageErasureFacts(1, None, None, False, False), ErasureAction.REMOVE, NO_EXCEPTION),
])
def test_erasure_keeps_what_law_or_legal_claims_require_and_erases_the_rest(facts, action, reference):
    decision = decide_message(facts, TODAY)
    assert (decision.action, decision.legal_reference) == (action, reference)
    assert decision.reason


@pytest.mark.parametrize("project, action", [
    (ProjectState("P1", "open", None), ErasureAction.RESTRICT),
    (ProjectState("P1", "closed", date(2020, 1, 1)), ErasureAction.RESTRICT),
    (ProjectState("P1", "closed", date(2013, 11, 24)), ErasureAction.REMOVE),
    (ProjectState("P1", "closed", date(2013, 11, 26)), ErasureAction.RESTRICT),
])
def test_project_records_are_kept_for_13_years_after_closing(project, action):
    assert decide_project(project, TODAY, 156).action == action


def test_a_held_project_is_kept_whatever_its_age():
    assert decide_project(ProjectState("P1", "closed", date(2000, 1, 1)), TODAY, 156, on_hold=True).action == ErasureAction.RESTRICT


def test_the_customer_record_is_kept_exactly_when_something_tied_to_it_is_kept():
    kept = decide_message(MessageErasureFacts(1, "accounting_document", date(2029, 1, 1), False, True), TODAY)
    erased = decide_message(MessageErasureFacts(2, "unlinked_mail", date(2027, 1, 1), False, False), TODAY)
    assert decide_customer_record("K1", [kept, erased]).legal_reference == LEGAL_OBLIGATION
    assert decide_customer_record("K1", [erased]).action == ErasureAction.REMOVE
    assert decide_customer_record("K1", [erased, decide_consent(3, True)]).action == ErasureAction.RESTRICT
    assert decide_consent(3, False).action == ErasureAction.REMOVE


def item(pk, until, holds=()):
    return RetentionItem(pk, "unlinked_mail", "basis", until, tuple(holds))


def test_the_due_list_separates_held_items_and_ignores_open_dates():
    listing = due_for_disposal([item(1, date(2026, 1, 1)), item(2, date(2026, 11, 25), ["tvist"]), item(3, None),
                                item(4, date(2026, 11, 26))], TODAY)
    assert [i.message_pk for i in listing.due] == [1]
    assert [i.message_pk for i in listing.held] == [2]


@pytest.mark.parametrize("current, action, why", [
    (item(1, date(2026, 1, 1)), ApprovalAction.DISPOSE, "gikk ut 1. januar 2026"),
    (None, ApprovalAction.SKIP, "allerede slettet"),
    (item(1, date(2026, 1, 1), ["rettslig bevaring #3"]), ApprovalAction.SKIP, "rettslig bevaring #3"),  # why it is held, as given
    (item(1, None), ApprovalAction.SKIP, "endret"),
    (item(1, date(2030, 1, 1)), ApprovalAction.SKIP, "endret (nå: 1. januar 2030)"),
])
def test_approval_checks_each_item_again(current, action, why):
    check = check_at_approval(current, TODAY)
    assert check.action == action and why in check.reason


@pytest.mark.parametrize("requested, deadline", [
    (date(2026, 1, 15), date(2026, 2, 15)),
    (date(2026, 1, 31), date(2026, 2, 28)),
    (date(2024, 1, 31), date(2024, 2, 29)),
    (date(2026, 12, 10), date(2027, 1, 10)),
])
def test_the_access_deadline_is_one_month_after_the_request(requested, deadline):
    assert access_deadline(requested) == deadline


@pytest.mark.parametrize("status, deadline, state", [
    ("open", date(2026, 12, 1), RequestState.OPEN), ("open", date(2026, 11, 24), RequestState.OVERDUE), ("answered", date(2026, 1, 1), RequestState.ANSWERED),
])
def test_request_state(status, deadline, state):
    assert request_state(status, deadline, TODAY) == state


def test_the_access_document_answers_every_point_of_article_15():
    facts = AccessFacts(
        subject="Ingrid Solberg (K1001)", requested_on=date(2026, 11, 1), deadline=date(2026, 12, 1),
        activity_keys=("customer_register", "customer_correspondence", "partner_sharing"),
        record_fields=("navn", "telefonnummer"), found_labels=(("NATIONAL_ID", 1),), messages=3, attachments=1,
        disclosures=(DisclosureFact("Rørlegger AS", date(2026, 5, 1), ("name",)),),
        retention=(RetentionFact("customer_correspondence", 3, None, 3),), restricted=0, from_others=1,
    )
    text = access_document(facts, Controller("proESS AS", "post@proess.no", "Datatilsynet", "Ingen overføring."),
                           DEFAULT_ACTIVITIES, TODAY)
    for heading in ("a) Formål", "b) Hvilke opplysninger", "c) Hvem", "d) Hvor lenge", "e) Dine rettigheter", "f) Klage",
                    "g) Hvor opplysningene kommer fra", "h) Automatiserte avgjørelser", "artikkel 15(2)"):
        assert heading in text
    assert "Fødselsnummer: funnet 1 gang" in text
    assert "Utlevert til Rørlegger AS 1. mai 2026" in text
    assert "Datatilsynet" in text and "Ingen overføring." in text
    assert "Svarfristen er 1. desember 2026" in text


@pytest.mark.parametrize("projects, expires", [
    ((ProjectState("P1", "closed", date(2012, 3, 1)), ProjectState("P2", "closed", date(2014, 6, 30))), date(2027, 6, 30)),
    ((ProjectState("P1", "closed", date(2012, 3, 1)), ProjectState("P2", "open", None)), None),
    ((), None),
])
def test_a_customer_record_expires_13_years_after_the_last_project_closed(projects, expires):
    assert customer_record_expires(projects, 156) == expires
