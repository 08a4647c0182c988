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
