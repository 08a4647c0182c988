"""Data minimization (issue 14): values kept longer than a policy allows are masked in the stored text, the
findings and the raw message; the original raw blob goes, its hash stays in a tombstone; legal holds stop it;
the report counts it; everything is audited. Runs on SQLite and PostgreSQL like every database test."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from intake.cli import main
from intake.errors import PermissionDenied
from intake.privacy.holds import set_hold
from intake.privacy.minimize import due, run
from intake.reporting.data import gather_inputs
from models import Attachment, AuditEntry, Blob, StoredFinding, Message, MessageCustomerLink, MinimizationTombstone
from models.queries import message_by_raw_hash
from models.session import transaction
from rules.minimization import MinimizationPolicy, mask_spans, mask_value
from rules.retention_report import Period, build_report
from tests.privacy.seed import SECRET_BODY, TODAY, _message

FNR_AS_WRITTEN = "150765 00565"
POLICIES = (MinimizationPolicy("NATIONAL_ID", 10),)


def test_masking_keeps_length_and_layout():
    assert mask_value("150765 00565") == "XXXXXX XXXXX"
    assert mask_value("1503.29.93939") == "XXXX.XX.XXXXX"
    text = "Fnr 150765 00565, konto 1503.29.93939."
    masked = mask_spans(text, [(4, 16), (24, 37)])
    assert masked == "Fnr XXXXXX XXXXX, konto XXXX.XX.XXXXX." and len(masked) == len(text)


def test_nothing_is_due_without_a_policy_or_before_its_time(sessions, world):
    with transaction(sessions) as session:
        assert due(session, "kari", (), TODAY) == []
        assert due(session, "kari", (MinimizationPolicy("NATIONAL_ID", 60),), TODAY) == []
        [item] = due(session, "kari", POLICIES, TODAY)
    assert (item.message_pk, item.values, item.held) == (world.open_project_mail, {"NATIONAL_ID": 1}, ())


def test_run_masks_text_findings_and_raw_message_and_keeps_the_original_hash_in_a_tombstone(sessions, world):
    pk = world.open_project_mail
    with sessions() as session:
        before = session.get(Message, pk)
        original_sha, thread_id, original_raw = before.raw_sha256, before.thread_id, session.get(Blob, before.raw_sha256).content
    with transaction(sessions) as session:
        result = run(session, "rita", POLICIES, TODAY)
    assert (result.masked_messages, result.masked_values, result.messages) == (1, {"NATIONAL_ID": 1}, (pk,))
    with sessions() as session:
        message = session.get(Message, pk)
        assert message.body_text == SECRET_BODY.replace(FNR_AS_WRITTEN, "XXXXXX XXXXX")
        assert "912 34 567" in message.body_text  # a label without a policy is kept
        assert message.state == "stored" and message.thread_id == thread_id
        assert session.scalars(select(MessageCustomerLink.customer_id).where(MessageCustomerLink.message_pk == pk)).all() == ["K1001"]
        finding = session.scalar(select(StoredFinding).where(StoredFinding.message_pk == pk, StoredFinding.label == "NATIONAL_ID"))
        assert finding.text == "XXXXXX XXXXX" and finding.masked_at is not None and finding.value_hash  # still findable
        raw = session.get(Blob, message.raw_sha256).content
        assert FNR_AS_WRITTEN.encode() not in raw and b"XXXXXX XXXXX" in raw and b"912 34 567" in raw
        assert message.raw_sha256 == hashlib.sha256(raw).hexdigest() != original_sha
        assert session.get(Blob, original_sha) is None  # the original bytes are gone
        tombstone = session.scalar(select(MinimizationTombstone).where(MinimizationTombstone.message_pk == pk))
        assert (tombstone.original_sha256, tombstone.masked, tombstone.masked_by) == (original_sha, {"NATIONAL_ID": 1}, "rita")
        assert "NATIONAL_ID etter 10 dager" in tombstone.basis
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "minimize")).all()
        assert [(a.target_id, a.actor) for a in audit] == [(str(pk), "rita")]
        # the same bytes arriving again are this message, never a second, unmasked copy
        assert message_by_raw_hash(session, hashlib.sha256(original_raw).hexdigest()).id == pk
    with transaction(sessions) as session:
        assert due(session, "kari", POLICIES, TODAY) == []
        assert run(session, "rita", POLICIES, TODAY).masked_messages == 0


def test_a_legal_hold_stops_masking(sessions, world):
    with transaction(sessions) as session:
        set_hold(session, "rita", "message", str(world.open_project_mail), "tvist om tilbygget")
    with transaction(sessions) as session:
        [item] = due(session, "kari", POLICIES, TODAY)
        assert item.held and "tvist om tilbygget" in item.held[0]
        result = run(session, "rita", POLICIES, TODAY)
    assert result.masked_messages == 0 and [i.message_pk for i in result.held] == [world.open_project_mail]
    with sessions() as session:
        assert FNR_AS_WRITTEN in session.get(Message, world.open_project_mail).body_text


def test_only_records_managers_and_administrators_mask(sessions, world):
    with transaction(sessions) as session, pytest.raises(PermissionDenied):
        run(session, "kari", POLICIES, TODAY)
    with sessions() as session:
        assert FNR_AS_WRITTEN in session.get(Message, world.open_project_mail).body_text


def test_an_attachment_holding_a_due_value_is_replaced_by_its_masked_text(sessions, world):
    with transaction(sessions) as session:
        pk = _message(session, "<skjema@x>", "Søknad", "Se vedlagt skjema.", "ingrid.solberg@gmail.com", ["post@proess.no"],
                      days_ago=40, linked="K1001", retention=("customer_correspondence", None, "pågår"),
                      attachment=("skjema.pdf", b"%PDF-1.4 fnr 150765 00565"))
        attachment = session.scalar(select(Attachment).where(Attachment.message_pk == pk))
        attachment.text = "Søker: Ingrid Solberg, fnr 150765 00565"
        old_blob = attachment.blob_sha256
        session.add(StoredFinding(message_pk=pk, part="skjema.pdf", label="NATIONAL_ID", text=FNR_AS_WRITTEN, start=27, end=39,
                            score=0.99, recognizer="test", value_hash="h"))
    with transaction(sessions) as session:
        run(session, "rita", POLICIES, TODAY)
    with sessions() as session:
        attachment = session.scalar(select(Attachment).where(Attachment.message_pk == pk))
        assert attachment.text == "Søker: Ingrid Solberg, fnr XXXXXX XXXXX" and attachment.content_type == "text/plain"
        assert session.get(Blob, attachment.blob_sha256).content == attachment.text.encode()
        assert session.get(Blob, old_blob) is None


def test_the_monthly_report_counts_what_was_masked(sessions, world):
    with transaction(sessions) as session:
        run(session, "rita", POLICIES, TODAY)
    zone = ZoneInfo("Europe/Oslo")
    period = Period.containing(datetime.now(zone).date())
    with sessions() as session:
        report = build_report(gather_inputs(session, period, TODAY, zone, None))
    assert report.figures["minimized"] == 1
    assert [(row.label, row.count) for row in report.minimized_values] == [("Fødselsnummer", 1)]


def test_minimize_through_the_cli(tmp_path, database_url, world, capsys, monkeypatch, login):
    monkeypatch.setenv("INTAKE_HASH_KEY", "privacy-test-key")
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n"
                      "[[minimization.policies]]\nlabel = 'NATIONAL_ID'\nafter_days = 10\n", encoding="utf-8")
    login.name = "kari"  # the staff member at their own keyboard
    assert main(["--config", str(config), "minimize", "due", "--as", "kari"]) == 0
    assert f"#{world.open_project_mail}" in capsys.readouterr().out
    login.name = "kari"  # the staff member at their own keyboard
    assert main(["--config", str(config), "minimize", "run", "--as", "kari"]) == 7
    capsys.readouterr()
    login.name = "rita"  # the staff member at their own keyboard
    assert main(["--config", str(config), "minimize", "run", "--as", "rita"]) == 0
    assert "maskert i 1 e-post: Fødselsnummer 1" in capsys.readouterr().out
    login.name = "kari"  # the staff member at their own keyboard
    assert main(["--config", str(config), "minimize", "due", "--format", "json", "--as", "kari"]) == 0
    assert '"items": []' in capsys.readouterr().out
