"""Quarantined mail is held mail: it gets a retention record, and when its From header can be read
it is found by the sender's lookup, copied into their access package and handled by erasure."""

from __future__ import annotations

import json

import pytest

from tests.lawful.days import Office


LIMIT = 100_000


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    with office.config.open("a", encoding="utf-8") as config:  # a size limit no sample message meets
        config.write(f"max_message_bytes = {LIMIT}\n")
    office.open_office()
    # Damaged mail is read as far as it goes (sample message 34 is), so what is quarantined is mail over a limit:
    # a scan from Jonas (K1010) over the Maildir size limit, of which only the header is read.
    office.deliver("From: Jonas Pedersen <jonas.pedersen@gmail.com>\nTo: post@proess.no\nSubject: Skann\n"
                   "Message-ID: <skann-1@gmail.com>\n\n" + "Skannet side.\n" * (LIMIT // 10))
    office.poll()
    return office


def test_the_unparseable_sample_is_dated_found_packaged_and_in_the_erasure_plan(office):
    rows = office.sql("SELECT m.id, m.from_address, r.category FROM messages m "
                      "LEFT JOIN retention_records r ON r.message_pk = m.id WHERE m.state = 'quarantined'")
    [(pk, sender, category)] = rows
    assert (sender, category) == ("jonas.pedersen@gmail.com", "customer_correspondence")
    assert office.sql("SELECT customer_id FROM message_customer_links WHERE message_pk = :pk", pk=pk) == [("K1010",)]

    view = office.lookup("K1010")["subject"]
    assert pk in [m["message_pk"] for m in view["messages"]]
    office.run("access-request", "K1010", "--out", str(office.tmp / "ut"), staff="kari")
    [package] = (office.tmp / "ut").iterdir()
    assert pk in [m["message_pk"] for m in json.loads((package / "data.json").read_text(encoding="utf-8"))["messages"]]
    plan = office.run("erase", "K1010", "--dry-run", staff="rita")
    assert plan.count("E-post") >= len(view["messages"])


def test_quarantined_mail_from_nobody_known_falls_under_the_unlinked_mail_policy(office):
    office.deliver("From: Ukjent <ukjent@example.org>\nSubject: x\n\n" + "stor fil\n" * (LIMIT // 8))
    office.deliver("\x00\x01\x02\x03\x04\x05\x06\x07\x0e\x0f\x10\x11\x12\x13\x14\x15\x16 \x17\x18\x19\x1a")
    office.poll()
    rows = office.sql("SELECT m.from_address, r.category FROM messages m JOIN retention_records r ON r.message_pk = m.id "
                      "WHERE m.state = 'quarantined' AND (m.from_address IS NULL OR m.from_address <> 'jonas.pedersen@gmail.com')")
    assert (None, "unlinked_mail") in rows and all(category == "unlinked_mail" for _, category in rows)


def test_quarantined_mail_shows_its_subject_and_date_and_a_request_in_its_subject_is_caught(office):
    """A customer asks for access with a large scan attached: the mail is quarantined over the size limit,
    but staff see it in her lookup by subject and date, and the request is registered with its deadline."""
    office.deliver("From: Marte Olsen <marte.olsen@online.no>\nTo: post@proess.no\n"
                   "Subject: =?utf-8?q?Krav_om_innsyn_i_personopplysninger?=\nDate: Mon, 02 Nov 2026 09:00:00 +0100\n"
                   "Message-ID: <innsyn-stor@online.no>\n\n" + "Skannet side.\n" * (LIMIT // 10))
    office.poll()
    [(pk,)] = office.sql("SELECT id FROM messages WHERE state = 'quarantined' AND from_address = 'marte.olsen@online.no'")
    [item] = [m for m in office.lookup("K1009")["subject"]["messages"] if m["message_pk"] == pk]
    assert item["subject"] == "Krav om innsyn i personopplysninger" and item["sent_at"].startswith("2026-11-02")
    assert f"#{pk} 2. november 2026 «Krav om innsyn i personopplysninger»" in office.run("lookup", "K1009", staff="kari")
    [request] = [r for r in json.loads(office.run("requests", "--format", "json", staff="kari"))
                 if r["source_message_pk"] == pk]
    assert (request["kind"], request["status"], request["customer_id"], request["received_on"], request["deadline"]) == \
        ("access", "suggested", "K1009", "2026-11-02", "2026-12-02")
