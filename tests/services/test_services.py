"""The service API driven without the CLI, as the web app will drive it: ingest, lookup, access package,
erasure, review and retention, on SQLite and PostgreSQL.

Every result is a frozen value (never a database row); every refusal is an error from the one error tree.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.app import App
from intake.config import load_config
from intake.errors import InputError, PermissionDenied
from intake.services import mail, privacy, review
from intake.services.results import AccessPackage, ErasureAnswer, ProposalView, RequestView
from models import AuditEntry, Message, ReviewItem
from models.session import transaction
from rules.vocabulary import DisposalOutcome, ErasureAction, MessageState, ProposalState, RequestKind, RequestState

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sum(1 for path in (REPO / "examples" / "maildir").rglob("*") if path.is_file() and path.parent.name in ("new", "cur"))
FORMER_CUSTOMER = ("K9001,Tora Testesen,tora.testesen@example.no,+47 951 23 456,Gamleveien 1,1338,Sandvika,3201,Bærum,"
                   "90,1,,,P2010-001,Carport,closed,2011-06-30")
FORMER_CUSTOMER_MAIL = """From: Tora Testesen <tora.testesen@example.no>
To: post@proess.no
Subject: Carport Gamleveien 1
Date: Tue, 15 Mar 2011 10:00:00 +0100
Message-ID: <carport-2011@example.no>
Content-Type: text/plain; charset=utf-8

Hei, her er målene for carporten. Ring meg på 951 23 456.
Hilsen Tora Testesen
"""
WEAK_MAIL = """From: Ukjent Avsender <ukjent.avsender@example.net>
To: post@proess.no
Subject: Tegningene
Date: Mon, 3 Mar 2025 10:00:00 +0100
Message-ID: <weak-evidence@example.net>
Content-Type: text/plain; charset=utf-8

Hei, her er tegningene.
"""


def frozen_value(result) -> bool:
    return dataclasses.is_dataclass(result) and type(result).__dataclass_params__.frozen


@pytest.fixture
def app(tmp_path, database_url) -> App:
    """A configured installation with the sample mailbox (plus a former customer's old mail) and records."""
    maildir = tmp_path / "maildir"
    shutil.copytree(REPO / "examples" / "maildir", maildir)
    (maildir / "new" / "2011.carport.services").write_text(FORMER_CUSTOMER_MAIL, encoding="utf-8")
    records = tmp_path / "records.csv"
    records.write_text((REPO / "examples" / "records.csv").read_text(encoding="utf-8").rstrip("\n") + "\n"
                       + FORMER_CUSTOMER + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n"
                      f"[maildir]\npath = '{maildir}'\n", encoding="utf-8")
    app = App(load_config(config))
    mail.init(app)
    privacy.add_staff(app, None, "admin", "Admin", "administrator", date(2025, 1, 1))
    privacy.add_staff(app, "admin", "kari", "Kari", "staff", date(2025, 1, 1))
    privacy.add_staff(app, "admin", "rita", "Rita", "records_manager", date(2025, 1, 1))
    privacy.add_staff(app, "admin", "ola", "Ola", "records_manager", date(2025, 1, 1))
    summary = mail.import_records(app, records, staff="admin")  # records import needs an administrator or records manager
    assert (summary.customers, summary.projects) == (16, 20)
    mail.run_daemon(app, once=True)
    return app


def files_outside_the_database(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if not path.name.startswith("intake.sqlite3")}


def audit_actions(app: App) -> list[str]:
    with app.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_ingest_lookup_access_package_and_erasure_through_the_services(app, tmp_path):
    status = mail.status(app)
    assert frozen_value(status) and status.total == SAMPLES + 1 and status.counts[MessageState.STORED] == SAMPLES + 1
    assert MessageState.QUARANTINED not in status.counts  # the damaged sample (34) is salvaged, not set aside
    assert status.last_poll is not None and status.last_poll.seen == SAMPLES + 1

    with pytest.raises(PermissionDenied):
        privacy.lookup(app, None, "K1001")
    assert audit_actions(app)[-1] == "refused"  # the refusal is audited although the transaction rolled back

    found = privacy.lookup(app, "kari", "K1001")
    assert frozen_value(found) and found.report is not None and found.report.record.name == "Ingrid Solberg"
    messages = {item.message_pk for item in found.report.messages}
    assert messages and all(item.purpose and item.legal_basis for item in found.report.messages)
    assert audit_actions(app)[-1] == "lookup"

    before = files_outside_the_database(tmp_path)
    package = privacy.answer_access_request(app, "kari", "K1001")
    assert isinstance(package, AccessPackage) and frozen_value(package)
    assert files_outside_the_database(tmp_path) == before  # a service writes no file: the caller does
    files = {file.path: file.content for file in package.files}
    assert "h) Automatiserte avgjørelser" in files["innsyn.txt"].decode("utf-8")
    copies = json.loads(files["data.json"])["messages"]
    assert {m["message_pk"] for m in copies} == messages and all(m["body"] for m in copies)
    # Written is not sent: the request stays open until staff say the answer was sent (issue 12).
    assert package.request.kind == RequestKind.ACCESS and package.request.state == RequestState.OPEN
    assert package.folder == f"innsyn-{package.request.request_id}"

    with pytest.raises(PermissionDenied):
        privacy.erase(app, "kari", "K9001")  # staff may not erase
    preview = privacy.erase(app, "rita", "K9001", dry_run=True)
    assert isinstance(preview, ErasureAnswer) and not preview.applied and preview.request is None
    assert privacy.lookup(app, "kari", "K9001").report is not None  # a dry run changes nothing

    with pytest.raises(InputError):
        privacy.erase(app, "rita", "K9001", dry_run=True, register_only=True)
    registered = privacy.erase(app, "rita", "K9001", received_on=date(2026, 1, 5), register_only=True)
    assert isinstance(registered, RequestView) and registered.kind == RequestKind.ERASURE
    assert registered.deadline == date(2026, 2, 5)

    done = privacy.erase(app, "rita", "K9001")
    assert done.applied and done.request.request_id == registered.request_id
    assert done.request.state == RequestState.OVERDUE  # carried out, but the answer is not recorded as sent (issue 12)
    assert not done.kept and {i.item_type for i in done.erased} == {"message", "project", "customer"}
    assert all(i.action == ErasureAction.REMOVE for i in done.items)
    assert "Carport Gamleveien 1" in done.answer and "Svar på krav om sletting" in done.answer
    assert privacy.lookup(app, "kari", "Tora Testesen").candidates == ()
    assert [r.kind for r in privacy.list_requests(app, "kari")].count(RequestKind.ERASURE) == 1
    assert privacy.verify_audit(app).entries == len(audit_actions(app))


def test_review_and_two_step_disposal_through_the_services(app, tmp_path):
    # One more mail, from an unknown address about nothing known: the linker leaves it to staff.
    (tmp_path / "maildir" / "new" / "weak.services").write_text(WEAK_MAIL, encoding="utf-8")
    mail.run_daemon(app, once=True)
    with app.sessions() as session:
        weak = session.scalar(select(Message.id).where(Message.message_id_header == "<weak-evidence@example.net>"))
    with transaction(app.sessions) as session:  # give it two candidates, as weak evidence would
        session.add(ReviewItem(message_pk=weak, reason="bevisene er for svake", candidates=[
            {"customer_id": "K1002", "confidence": 0.6, "reasons": [{"signal": "name", "weight": 0.6, "detail": ""}]},
            {"customer_id": "K1001", "confidence": 0.4, "reasons": [{"signal": "name", "weight": 0.4, "detail": ""}]},
        ]))

    with pytest.raises(PermissionDenied):
        review.open_items(app, "nobody")
    items = review.open_items(app, "kari")
    [item] = [i for i in items if i.message_pk == weak]
    assert frozen_value(item) and [c.customer_id for c in item.candidates] == ["K1002", "K1001"]
    assert item.candidates[0].evidence[0].signal == "name"
    decision = review.accept(app, "kari", item.item_id)
    assert decision.customer_id == "K1002"
    with pytest.raises(InputError):
        review.reject(app, "kari", item.item_id)  # settled already
    assert privacy.lookup(app, "kari", "K1002").report is not None
    assert weak in {m.message_pk for m in privacy.lookup(app, "kari", "K1002").report.messages}

    until = date.today()  # approval checks each item again on the day: only what is due today is disposed
    due = privacy.retention_due(app, "kari", until)
    assert frozen_value(due) and len(due.due) >= 2 and due.as_json()["until"] == until.isoformat()
    hold = privacy.set_hold(app, "rita", "message", str(due.due[0].message_pk), "klagesak")
    assert [h.hold_id for h in privacy.list_holds(app, "kari")] == [hold.hold_id]
    with pytest.raises(PermissionDenied):
        privacy.list_holds(app, None)

    proposal = privacy.propose_disposal(app, "kari", until)
    assert isinstance(proposal, ProposalView) and proposal.status == ProposalState.PROPOSED and proposal.items
    assert all(i.outcome == DisposalOutcome.PENDING for i in proposal.items)
    assert hold.target_id not in {str(i.message_pk) for i in proposal.items}  # held back
    with pytest.raises(PermissionDenied):
        privacy.approve_disposal(app, "kari", proposal.proposal_id)  # staff may not approve
    approved = privacy.approve_disposal(app, "rita", proposal.proposal_id)
    assert approved.status == ProposalState.APPROVED and approved.decided_by == "rita"
    assert {i.message_pk for i in approved.disposed} == {i.message_pk for i in proposal.items} == {i.message_pk for i in due.due[1:]}
    with app.sessions() as session:
        states = set(session.scalars(select(Message.state).where(Message.id.in_([i.message_pk for i in approved.disposed]))))
    assert states == {MessageState.ERASED}
    with pytest.raises(InputError):
        privacy.approve_disposal(app, "ola", proposal.proposal_id)  # decided already
