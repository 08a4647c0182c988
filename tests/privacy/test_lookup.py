"""Lookup finds the right subject from any identifier and gathers everything, on both databases."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from intake.errors import InputError, PermissionDenied
from intake.privacy.lookup import lookup
from intake.privacy.lookup_view import render_json, render_text
from models import AuditEntry, StoredFinding, Participant
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from tests.privacy.seed import FNR, HASH_KEY


def run(sessions, query, actor="kari", choice=None):
    with transaction(sessions) as session:
        return lookup(session, query, actor, HASH_KEY, DEFAULT_ACTIVITIES, ("proess.no",), choice)


@pytest.mark.parametrize("query, reason", [
    ("K1001", "kundenummer"),
    ("Ingrid.Solberg@GMAIL.com", "e-postadressen i kunderegisteret"),
    ("912 34 567", "telefonnummer i kunderegisteret"),
    ("+4791234567", "telefonnummer i kunderegisteret"),
    ("solberg", "navnet i kunderegisteret"),
    ("ingrid solberg", "navnet i kunderegisteret"),
    ("3201-12/345", "kunde for eiendom 3201-12/345"),
    ("gnr 12 bnr 345", "kunde for eiendom 3201-12/345"),
])
def test_every_kind_of_query_finds_the_customer_and_says_why(sessions, world, query, reason):
    result = run(sessions, query)
    assert [c.customer_id for c in result.candidates] == ["K1001"]
    assert reason in result.report.matched_because


def test_the_report_gathers_mail_sent_received_and_mentioning_only_by_detection(sessions, world):
    report = run(sessions, "K1001").report
    by_pk = {item.message_pk: item for item in report.messages}
    assert set(by_pk) == {world.open_project_mail, world.neighbour_mail, world.invoice}
    assert "avsender" in by_pk[world.open_project_mail].why and by_pk[world.open_project_mail].sent_by_subject
    assert "mottaker" in by_pk[world.invoice].why
    assert by_pk[world.neighbour_mail].why == ("telefonnummeret nevnt (funnet ved gjenkjenning)",)
    assert by_pk[world.neighbour_mail].source == "e-post fra en annen (nabo@example.no)"
    assert by_pk[world.open_project_mail].attachments == ("tegning.pdf",)
    assert report.findings_by_category == {"NATIONAL_ID": 1, "PERSON": 1, "PHONE": 2}
    assert [p["key"] for p in report.properties] == ["3201-12/345"]
    assert [p["project_id"] for p in report.projects] == ["P2024-017"]


def test_each_item_carries_purpose_legal_basis_retention_and_source(sessions, world):
    report = run(sessions, "K1001").report
    invoice = next(item for item in report.messages if item.message_pk == world.invoice)
    assert invoice.category == "accounting_document"
    assert invoice.purpose == "Fakturering og regnskap"
    assert invoice.legal_basis == "grunnlag for accounting_document"
    assert invoice.retain_until is not None
    assert invoice.source == "e-post fra proESS"
    pending = next(item for item in report.messages if item.message_pk == world.open_project_mail)
    assert pending.retain_until is None and "ikke avsluttet" in pending.retention_pending
    assert report.record.purpose.startswith("Kunderegister") and "pågår" in report.record.retention


def test_several_matches_are_listed_with_reasons_and_nothing_is_gathered(sessions, world):
    result = run(sessions, "Ingrid")
    assert [c.customer_id for c in result.candidates] == ["K1001", "K1003"]
    assert result.report is None
    text = render_text(result, "Ingrid")
    assert "2 personer passer" in text and "2. K1003  Ingrid Berg – navnet i kunderegisteret" in text
    chosen = run(sessions, "Ingrid", choice=2)
    assert chosen.report.ref == "K1003"
    with pytest.raises(InputError):
        run(sessions, "Ingrid", choice=3)


def test_a_missing_fact_reads_ikke_registrert_everywhere_in_the_lookup(sessions, world):
    """K1003 has no phone or address in the register, owns a property whose kommune is not known and has a mail
    without a retention record: each missing fact reads "ikke registrert", never "-", "–" or "?"."""
    from models import CustomerProperty, Property, RetentionRecord
    from tests.privacy.seed import _message

    with transaction(sessions) as session:
        prop = Property(key="9999-1/1", kommunenr="9999", kommune=None, gnr=1, bnr=1)
        session.add(prop)
        session.flush()
        session.add(CustomerProperty(customer_id="K1003", property_id=prop.id))
        mail = _message(session, "<k1003@x>", "Spørsmål", "Hei", "ingrid.berg@example.no", ["post@proess.no"],
                        days_ago=2, retention=("customer_correspondence", None, None), linked="K1003", property_key="9999-1/1")
        session.delete(session.scalars(select(RetentionRecord).where(RetentionRecord.message_pk == mail)).one())
    text = render_text(run(sessions, "K1003"), "K1003")
    assert "Telefon: ikke registrert" in text and "  Privatadresse: ikke registrert" in text
    assert "Eiendommer: 9999-1/1 (kommune ikke registrert)" in text
    assert "      formål: ikke registrert;" in text and "      grunnlag: ikke registrert" in text
    assert "Adresse:" not in text.replace("Privatadresse:", "")  # one label for the address, as on the person page
    prop_text = render_text(run(sessions, "9999-1/1"), "9999-1/1")
    assert "Eiendom 9999-1/1 (kommune ikke registrert)" in prop_text
    for shown in (text, prop_text):
        for line in shown.splitlines():
            assert not re.search(r"(: |\()[-–?](\)|;|$)", line), f"a missing value not written as 'ikke registrert': {line}"


def test_a_person_known_only_from_detection_is_a_subject_too(sessions, world):
    result = run(sessions, "150765 00565")
    [candidate] = result.candidates
    assert candidate.customer_id is None and candidate.identifier_value == FNR
    assert [item.message_pk for item in result.report.messages] == [world.open_project_mail]


def test_a_sender_who_is_not_a_customer_is_found_by_address(sessions, world):
    result = run(sessions, "nabo@example.no")
    assert result.report.ref == "EMAIL:nabo@example.no"
    assert [item.message_pk for item in result.report.messages] == [world.neighbour_mail]


def test_nothing_found_says_so(sessions, world):
    result = run(sessions, "Finnes Ikke")
    assert result.candidates == () and "Fant ingen" in render_text(result, "Finnes Ikke")


def test_json_output_is_machine_readable(sessions, world):
    payload = json.loads(render_json(run(sessions, "K1001")))
    assert payload["query_kind"] == "customer_id"
    assert payload["subject"]["record"]["customer_id"] == "K1001"
    assert {m["message_pk"] for m in payload["subject"]["messages"]} == {world.open_project_mail, world.neighbour_mail, world.invoice}


@pytest.mark.parametrize("actor, why", [
    (None, "ukjent ansatt"),
    ("nobody", "ukjent ansatt"),
    ("nils", "ikke signert taushetserklæring"),
    ("gammel", "ikke lenger aktiv"),
])
def test_lookup_is_refused_without_a_known_signed_active_staff_member(sessions, world, actor, why):
    with pytest.raises(PermissionDenied, match=why):
        run(sessions, "K1001", actor=actor)


def test_every_lookup_is_audited_without_the_query_text(sessions, world):
    run(sessions, "150765 00565")
    run(sessions, "K1001")
    with sessions() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "lookup").order_by(AuditEntry.id)).all()
    assert [e.actor for e in entries] == ["kari", "kari"]
    assert entries[0].target_id.startswith("NATIONAL_ID:") and FNR not in entries[0].target_id
    assert entries[1].target_id == "K1001" and entries[1].details["messages"] == 3


def test_long_names_and_findings_still_store_and_are_found(sessions, world):
    long_name = "Ola " + "Nordmann" * 500  # far beyond a PostgreSQL B-tree entry
    with transaction(sessions) as session:
        session.add(Participant(message_pk=world.neighbour_mail, role="cc", address="lang@example.no", display_name=long_name))
        session.add(StoredFinding(message_pk=world.neighbour_mail, part="body", label="PERSON", text=long_name, start=0,
                            end=len(long_name), score=0.5, recognizer="test"))
    result = run(sessions, long_name)
    assert {c.ref for c in result.candidates} == {"EMAIL:lang@example.no", f"PERSON:{long_name}"}


def test_a_refused_lookup_is_audited_although_nothing_was_shown(sessions, world):
    with pytest.raises(PermissionDenied):
        run(sessions, "K1001", actor="nils")
    with sessions() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).all()
    assert (entry.actor, entry.target_id) == ("nils", "lookup") and "taushetserklæring" in entry.details["reason"]
