"""Rectification, consent and export, staff register: each change is audited, each refusal explained."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from intake.errors import InputError, PermissionDenied
from intake.privacy.lookup import lookup
from intake.privacy.consent import export_to_partner, grant, withdraw
from intake.privacy.rectify import rectify
from intake.privacy.staff import add_staff
from models import AuditEntry, Customer, Disclosure, Message, StaffUser
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from tests.privacy.seed import HASH_KEY, SECRET_BODY


def audit(sessions, action):
    with sessions() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


def test_rectify_keeps_old_value_and_reason_in_the_audit_log_and_lookup_shows_it(sessions, world):
    with transaction(sessions) as session:
        rectify(session, "kari", "K1001", {"phone": "+47 400 00 000", "email": "ingrid@nytt.no"}, "kunden ringte")
    [phone, email] = audit(sessions, "rectify")
    assert phone.details == {"field": "phone", "old_value": "+47 912 34 567", "new_value": "+47 400 00 000", "reason": "kunden ringte"}
    assert email.details["old_value"] == "ingrid.solberg@gmail.com"
    with transaction(sessions) as session:
        report = lookup(session, "K1001", "kari", HASH_KEY, DEFAULT_ACTIVITIES).report
        assert session.get(Message, world.open_project_mail).body_text == SECRET_BODY  # mail is never rewritten
    assert report.record.phone == "+47 400 00 000"
    assert [c["field"] for c in report.record.rectifications] == ["phone", "email"]
    assert {"ingrid@nytt.no", "ingrid.solberg@gmail.com"} <= set(report.record.known_addresses)
    assert world.open_project_mail in {m.message_pk for m in report.messages}  # old mail still found


@pytest.mark.parametrize("actor, changes, reason, error", [
    ("kari", {"phone": "123"}, "feil", InputError),
    ("kari", {"shoe_size": "44"}, "feil", InputError),
    ("kari", {"email": "ikke-en-adresse"}, "feil", InputError),
    ("kari", {"phone": "+47 400 00 000"}, "  ", InputError),
    ("nils", {"phone": "+47 400 00 000"}, "feil", PermissionDenied),
])
def test_rectify_refuses_bad_input_and_unauthorised_staff(sessions, world, actor, changes, reason, error):
    with pytest.raises(error), transaction(sessions) as session:
        rectify(session, actor, "K1001", changes, reason)
    with sessions() as session:
        assert session.get(Customer, "K1001").phone == "+47 912 34 567"


def test_export_is_refused_without_consent_allowed_with_it_and_refused_after_withdrawal(sessions, world, tmp_path):
    def attempt():
        with transaction(sessions) as session:
            return export_to_partner(session, "kari", "K1001", "Rørlegger AS", ["name", "phone"], "P2024-017")

    refused = attempt()
    assert not refused.allowed and refused.content is None
    with transaction(sessions) as session:
        consent_id = grant(session, "kari", "K1001", "Rørlegger AS", ["name", "phone", "property"], "P2024-017",
                           date(2026, 1, 1), "e-post").id
    allowed = attempt()
    assert allowed.allowed
    assert allowed.filename.startswith("deling-K1001-") and json.loads(allowed.content) == {"customer_id": "K1001", "name": "Ingrid Solberg",
                                                                     "phone": "+47 912 34 567"}
    with transaction(sessions) as session:
        withdraw(session, "kari", consent_id, date.today())
    assert not attempt().allowed
    assert [e.details["reason"] for e in audit(sessions, "export.refused")][-1].startswith("samtykket til denne")
    assert len(audit(sessions, "export")) == 1
    assert [a.action for a in audit(sessions, "consent.grant") + audit(sessions, "consent.withdraw")] == ["consent.grant", "consent.withdraw"]
    with sessions() as session:
        [disclosure] = session.scalars(select(Disclosure)).all()
    assert (disclosure.partner, disclosure.consent_id, disclosure.data_categories) == ("Rørlegger AS", consent_id, ["name", "phone"])
    with transaction(sessions) as session:
        report = lookup(session, "K1001", "kari", HASH_KEY, DEFAULT_ACTIVITIES).report
    assert report.disclosures[0]["partner"] == "Rørlegger AS" and report.consents[0]["withdrawn_on"] == date.today().isoformat()


@pytest.mark.parametrize("args, error", [
    (("K9999", "X AS", ["name"], None), InputError),
    (("K1001", "X AS", ["name"], "P2023-002"), InputError),  # another customer's project
    (("K1001", "X AS", ["shoe_size"], None), InputError),
    (("K1001", " ", ["name"], None), InputError),
])
def test_consent_grant_refuses_bad_input(sessions, world, args, error):
    with pytest.raises(error), transaction(sessions) as session:
        grant(session, "kari", *args, date(2026, 1, 1), "e-post")


def test_consent_changes_need_a_signed_declaration(sessions, world):
    with pytest.raises(PermissionDenied), transaction(sessions) as session:
        grant(session, "nils", "K1001", "X AS", ["name"], None, date(2026, 1, 1), "e-post")


def test_staff_register_starts_with_an_administrator_then_only_administrators_add(sessions):
    with pytest.raises(PermissionDenied, match="første"), transaction(sessions) as session:
        add_staff(session, None, "kari", "Kari", "staff", date(2025, 1, 1))
    with transaction(sessions) as session:
        add_staff(session, None, "admin", "Admin", "administrator", date(2025, 1, 1))
    with pytest.raises(PermissionDenied), transaction(sessions) as session:
        add_staff(session, None, "kari", "Kari", "staff", date(2025, 1, 1))
    with transaction(sessions) as session:
        add_staff(session, "admin", "kari", "Kari", "staff", date(2025, 1, 1))
    with pytest.raises(PermissionDenied), transaction(sessions) as session:
        add_staff(session, "kari", "ola", "Ola", "administrator", date(2025, 1, 1))
    with sessions() as session:
        assert session.scalars(select(StaffUser.username).order_by(StaffUser.username)).all() == ["admin", "kari"]
    assert [e.actor for e in audit(sessions, "staff.set")] == ["bootstrap", "admin"]
