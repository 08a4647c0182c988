"""Disposal is not a request (issue 12): customer records past their date go through `intake retention
propose/approve` like mail. Nobody asked, so no request is registered and no letter is written; a record
under legal hold or with mail in the review queue is not proposed. The record leaves a suppression entry
(keyed hashes, cause "disposal"), so the firm's usual export does not bring the person back; a row with
new business does, audited. Walked through the real CLI on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from models import ReviewItem
from tests.lawful.days import Office, mail

OLD_CUSTOMERS = (
    "K3001,Per Gammel,per.gammel@example.no,+47 911 22 333,Gamleveien 1,1337,Sandvika,,,,,,,P2009-001,Garasje,closed,2010-01-15",
    "K3002,Liv Holdt,liv.holdt@example.no,+47 911 22 444,Gamleveien 2,1337,Sandvika,,,,,,,P2009-002,Carport,closed,2010-02-01",
    "K3003,Ola Venter,ola.venter@example.no,+47 911 22 555,Gamleveien 3,1337,Sandvika,,,,,,,P2009-003,Bod,closed,2010-03-01",
)


def old_mail(who: str, address: str, number: int) -> str:
    return mail(f"{who} <{address}>", f"Tegninger {number}", f"Hei, her er målene dere ba om.\nHilsen {who}",
                f"<old-{number}@example.no>", date=f"Mon, 0{number} Nov 2009 10:00:00 +0100")


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.add_records(*OLD_CUSTOMERS)
    office.deliver(old_mail("Per Gammel", "per.gammel@example.no", 1))
    office.deliver(old_mail("Liv Holdt", "liv.holdt@example.no", 2))
    office.deliver(old_mail("Ola Venter", "ola.venter@example.no", 3))
    office.open_office()
    return office


def put_in_review(office: Office, message_pk: int, customer_id: str) -> None:
    """Staff have not yet settled whose this mail is (as the linker leaves weak evidence)."""
    engine = create_engine(office.database_url)
    try:
        with Session(engine) as session, session.begin():
            session.add(ReviewItem(message_pk=message_pk, reason="svake signaler",
                                   candidates=[{"customer_id": customer_id, "score": 0.5}]))
    finally:
        engine.dispose()


def message_of(office: Office, customer_id: str) -> int:
    [(pk,)] = office.sql("SELECT message_pk FROM message_customer_links WHERE customer_id = :c", c=customer_id)
    return pk


def test_customer_records_past_their_date_are_disposed_by_proposal_and_approval_without_a_request(office):
    office.run("hold", "set", "customer", "K3002", "--reason", "reklamasjon på carporten", staff="rita")
    put_in_review(office, message_of(office, "K3003"), "K3003")
    requests_before = office.sql("SELECT count(*) FROM access_requests")

    due = office.run("retention", "due", staff="kari")
    assert "intake erase" not in due  # disposal is not an erasure request
    lines = {line.split(":")[0].strip(): line for line in due.splitlines() if line.strip().startswith("kunde K300")}
    assert "tas med i neste `intake retention propose`" in lines["kunde K3001"]
    assert "HOLDT TILBAKE: rettslig bevaring" in lines["kunde K3002"] and "reklamasjon" in lines["kunde K3002"]
    assert "venter i gjennomgangskøen" in lines["kunde K3003"] and "rettslig bevaring" not in lines["kunde K3003"]
    records = {r["customer_id"]: r["holds"] for r in json.loads(office.run("retention", "due", "--format", "json",
                                                                          staff="kari"))["customer_records"]}
    assert records["K3001"] == [] and records["K3002"] and records["K3003"]

    [(audit_before,)] = office.sql("SELECT max(id) FROM audit_log")
    proposed = office.run("retention", "propose", staff="kari")
    assert "1 kunderegistrering" in proposed
    items = office.sql("SELECT customer_id, message_pk FROM disposal_items")
    assert {c for c, _ in items if c} == {"K3001"}  # nothing held or in review is proposed
    assert message_of(office, "K3002") not in {pk for _, pk in items}
    assert message_of(office, "K3003") not in {pk for _, pk in items}
    per_mail = message_of(office, "K3001")
    assert per_mail in {pk for _, pk in items}

    approved = office.run("retention", "approve", "1", staff="rita")
    assert "avhendet" in approved

    # Per's record and mail are gone, by disposal: a tombstone, a log row, no request, no letter; a suppression
    # entry that says disposal, not erasure.
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id = 'K3001'") == [(0,)]
    assert office.sql("SELECT count(*) FROM projects WHERE project_id = 'P2009-001'") == [(0,)]
    assert office.sql("SELECT state FROM messages WHERE id = :pk", pk=per_mail) == [("erased",)]
    assert office.sql("SELECT cause FROM tombstones WHERE target_type = 'customer'") == [("disposal",)]
    assert office.sql("SELECT count(*) FROM access_requests") == requests_before
    assert office.sql("SELECT DISTINCT cause FROM erasure_suppressions") == [("disposal",)]
    actions = [a for (a,) in office.sql("SELECT action FROM audit_log WHERE id > :n ORDER BY id", n=audit_before)]
    assert "disposal.propose" in actions and "disposal.approve" in actions
    assert not [a for a in actions if "request" in a or a.startswith("erase")]
    assert "Svar på krav om sletting" not in approved and "Hei" not in approved
    [(ref,)] = office.sql("SELECT record_ref FROM disposal_log WHERE message_pk IS NULL")
    assert ref.startswith("disposal-")
    # The log and the proposal keep the tombstone, not the id of a person whose record is gone.
    assert office.sql("SELECT count(*) FROM disposal_items WHERE customer_id = 'K3001'") == [(0,)]
    assert office.lookup("per.gammel@example.no")["candidates"] == []

    # Liv (legal hold) and Ola (mail in review) are untouched.
    assert office.sql("SELECT customer_id FROM customers WHERE customer_id IN ('K3002', 'K3003') ORDER BY 1") == [
        ("K3002",), ("K3003",)]
    assert office.sql("SELECT count(*) FROM messages WHERE state = 'erased' AND id IN (:a, :b)",
                      a=message_of(office, "K3002"), b=message_of(office, "K3003")) == [(0,)]

    # Lifting the hold makes Liv's record due on the next proposal, with her mail.
    office.run("hold", "lift", "1", staff="rita")
    assert "1 kunderegistrering" in office.run("retention", "propose", staff="kari")
    office.run("retention", "approve", "2", staff="rita")
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id = 'K3002'") == [(0,)]
    assert office.sql("SELECT count(*) FROM access_requests") == requests_before


NEW_DAY = "K3001,Per Gammel,per.gammel@example.no,+47 911 22 333,Gamleveien 1,1337,Sandvika,,,,,,,P2026-040,Tilbygg,open,"


def test_a_disposed_customer_stays_out_of_the_usual_export_until_new_business_brings_them_back(office):
    requests_before = office.sql("SELECT count(*) FROM access_requests")
    office.run("retention", "propose", staff="kari")
    approved = office.run("retention", "approve", "1", staff="rita")
    assert "Hei" not in approved
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id LIKE 'K300%'") == [(0,)]

    # What the disposal leaves: keyed hashes only (the person's identifiers and the disposed project), no plain text.
    rows = office.sql("SELECT erasure_ref, kind, value_hash, cause FROM erasure_suppressions")
    refs = {ref for (ref,) in office.sql("SELECT target_id FROM tombstones WHERE target_type = 'customer'")}
    assert {ref for ref, _, _, _ in rows} == refs and len(refs) == 3 and all(r.startswith("disposal-") for r in refs)
    assert {cause for _, _, _, cause in rows} == {"disposal"}
    per = sorted(kind for ref, kind, _, _ in rows if ref == min(refs, key=lambda r: int(r.split("-")[1])))
    assert per == ["customer_id", "email", "name_address", "phone", "project_id"]
    assert all(len(digest) == 64 and set(digest) <= set("0123456789abcdef") for _, _, digest, _ in rows)
    stored = " ".join(str(value) for row in office.sql("SELECT * FROM erasure_suppressions") for value in row)
    assert not any(plain in stored for plain in ("K3001", "Gammel", "per.gammel", "911 22", "91122333", "P2009"))

    # The usual export, unchanged: the three rows are refused, one line each, saying why; the rest imports.
    office.run("records", "import", str(office.records), staff="rita")
    lines = office.stderr.splitlines()
    assert len(lines) == 3
    [per_line] = office.line_of("K3001")
    assert lines[0] == (
        f"{office.records}:{per_line}: K3001 er ikke importert: kundenummeret, e-postadressen, telefonnummeret og navn "
        f"og adresse samsvarer med en kunde som er slettet etter endt oppbevaringstid. Raden tas med når den viser et "
        f"nytt oppdrag (et pågående eller nylig avsluttet prosjekt); er kunden kommet tilbake uten det, importer med "
        f"--returning K3001.")
    assert "etter eget krav" not in office.stderr
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id LIKE 'K300%'") == [(0,)]
    assert office.sql("SELECT count(*) FROM projects WHERE project_id LIKE 'P2009%'") == [(0,)]
    assert office.lookup("per.gammel@example.no")["candidates"] == []
    assert office.lookup("K1001")["subject"]["record"]["name"] == "Ingrid Solberg"
    refused = json.loads(office.run("records", "import", str(office.records), "--format", "json", staff="rita"))["refused"]
    assert {(r["customer_id"], r["cause"]) for r in refused} == {(c, "disposal") for c in ("K3001", "K3002", "K3003")}

    # The export shows a disposed project as open again: that is the old business, not new.
    office.replace_in_records("P2009-002,Carport,closed,2010-02-01", "P2009-002,Carport,open,")
    office.run("records", "import", str(office.records), staff="rita")
    assert "K3002 er ikke importert" in office.stderr
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id = 'K3002'") == [(0,)]

    # Under a new number, with a project closed long ago that was never disposed of: still no new business.
    office.add_records("K3050,Liv Holdt,liv.holdt@example.no,+47 911 22 444,Gamleveien 2,1337,Sandvika,,,,,,,"
                       "P2008-900,Skur,closed,2009-06-01")
    office.run("records", "import", str(office.records), staff="rita")
    assert "K3050 er ikke importert" in office.stderr
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id = 'K3050'") == [(0,)]

    # Per comes back with a new, open project: a returning customer, let in without being named, and audited.
    [(audit_before,)] = office.sql("SELECT max(id) FROM audit_log")
    office.add_records(NEW_DAY)
    out = office.run("records", "import", str(office.records), staff="rita")
    assert "K3001 er importert igjen som kunde: nytt oppdrag (prosjekt P2026-040), ført i revisjonsloggen" in out
    assert "1 prosjekt i filen er ikke importert" in out  # the disposed P2009-001 stays disposed
    assert "K3001" not in office.stderr and "K3002 er ikke importert" in office.stderr
    back = office.lookup("per.gammel@example.no")["subject"]
    assert back["record"]["customer_id"] == "K3001" and back["messages"] == []  # the disposed mail stays disposed
    assert office.sql("SELECT project_id FROM projects WHERE customer_id = 'K3001'") == [("P2026-040",)]
    [(actor, target, details)] = office.sql("SELECT actor, target_id, details FROM audit_log "
                                            "WHERE action = 'records.readmit' AND id > :n", n=audit_before)
    details = json.loads(details) if isinstance(details, str) else details
    assert (actor, target) == ("rita", "K3001")
    assert details["because"] == "new_business" and details["new_projects"] == ["P2026-040"]
    assert details["causes"] == ["disposal"]
    office.run("records", "import", str(office.records), staff="rita")
    assert "K3001" not in office.stderr and office.sql("SELECT count(*) FROM customers WHERE customer_id = 'K3001'") == [(1,)]
    assert office.sql("SELECT count(*) FROM projects WHERE project_id = 'P2009-001'") == [(0,)]

    # Ola comes back without a project on file yet: staff say so with the explicit, audited --returning.
    office.run("records", "import", str(office.records), "--returning", "K3003", staff="kari", code=7)
    out = office.run("records", "import", str(office.records), "--returning", "K3003", staff="rita")
    assert "K3003 er importert igjen som kunde (--returning, ført i revisjonsloggen)" in out
    assert office.lookup("ola.venter@example.no")["subject"]["record"]["customer_id"] == "K3003"
    assert office.sql("SELECT target_id FROM audit_log WHERE action = 'records.readmit' ORDER BY id") == [
        ("K3001",), ("K3003",)]

    # Disposal and return are not requests: nothing registered, no letter.
    assert office.sql("SELECT count(*) FROM access_requests") == requests_before
