"""Erased stays erased: erase, re-import the usual export, poll new mail, and let the person back
in only when staff say so (issue 12). Each step asserts what lookup, the register and the
audit log say, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tests.lawful.days import Office, mail

SIRI = "K2001,Siri Vang,siri.vang@example.no,+47 934 11 222,Fjellveien 3,1337,Sandvika,,,,,,,,,,"
SIRI_FIRST = mail("Siri Vang <siri.vang@example.no>", "Spørsmål om tilbygg",
                  "Hei, kan dere tegne et lite tilbygg for oss? Ring meg på 934 11 222.\nHilsen Siri Vang",
                  "<siri-1@example.no>", date="Mon, 05 Oct 2026 09:00:00 +0200")
SIRI_AGAIN = mail("Siri Vang <siri.vang@example.no>", "Re: Spørsmål om tilbygg",
                  "Hei igjen, vi har bestemt oss likevel. Kan dere ringe meg?\nHilsen Siri Vang",
                  "<siri-2@example.no>", date="Tue, 17 Nov 2026 09:00:00 +0100",
                  extra="In-Reply-To: <siri-1@example.no>\nReferences: <siri-1@example.no>\n")


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.add_records(SIRI)
    office.deliver(SIRI_FIRST)
    office.open_office()
    return office


def test_an_erased_person_is_not_imported_again_and_new_mail_starts_a_new_history(office):
    before = office.lookup("siri.vang@example.no")["subject"]
    assert before["record"]["customer_id"] == "K2001" and len(before["messages"]) == 1

    answer = office.run("erase", "K2001", staff="rita")
    assert "Kundeopplysningene" in answer and "Slettet (2)" in answer

    # What the erasure leaves: keyed hashes only, one per identifier, none in plain text.
    rows = office.sql("SELECT erasure_ref, kind, value_hash FROM erasure_suppressions")
    assert sorted(kind for _, kind, _ in rows) == ["customer_id", "email", "name_address", "phone"]
    assert all(len(digest) == 64 and set(digest) <= set("0123456789abcdef") for _, _, digest in rows)
    assert {ref for ref, _, _ in rows} == {ref for (ref,) in office.sql(
        "SELECT target_id FROM tombstones WHERE target_type = 'customer'")}

    # Next day: the usual export, with Siri still in it. Her row is refused, one line; the rest imports.
    office.run("records", "import", str(office.records), staff="rita")
    [line] = office.line_of("K2001")
    assert office.stderr.splitlines() == [
        f"{office.records}:{line}: K2001 er ikke importert: kundenummeret, e-postadressen, telefonnummeret og navn og "
        f"adresse samsvarer med en person som er slettet etter eget krav. Er personen blitt kunde igjen, importer med "
        f"--returning K2001."]
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id = 'K2001'") == [(0,)]
    assert office.lookup("K1001")["subject"]["record"]["name"] == "Ingrid Solberg"
    assert office.lookup("siri.vang@example.no")["candidates"] == []  # nothing held about her any more

    # The source system gave her a new number and upper-cased her address: still the erased person.
    office.add_records(SIRI.replace("K2001", "K2050").replace("siri.vang@", "Siri.Vang@"))
    office.run("records", "import", str(office.records), staff="rita")
    assert len(office.stderr.splitlines()) == 2 and "K2050 er ikke importert" in office.stderr
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id IN ('K2001', 'K2050')") == [(0,)]
    office.replace_in_records(SIRI.replace("K2001", "K2050").replace("siri.vang@", "Siri.Vang@") + "\n", "")

    # She writes again, replying to the erased thread: stored as new correspondence, never re-attached.
    office.deliver(SIRI_AGAIN)
    office.poll()
    after = office.lookup("siri.vang@example.no")["subject"]
    assert [m["subject"] for m in after["messages"]] == ["Re: Spørsmål om tilbygg"]
    assert office.sql("SELECT count(*) FROM message_customer_links l JOIN messages m ON m.id = l.message_pk "
                      "WHERE m.message_id_header = '<siri-2@example.no>'") == [(0,)]
    assert office.sql("SELECT count(*) FROM messages WHERE state = 'erased'") == [(1,)]

    # Only an explicit, audited --returning by a records manager lets her back in.
    office.run("records", "import", str(office.records), "--returning", "K2001", code=7)
    office.run("records", "import", str(office.records), "--returning", "K2001", staff="kari", code=7)
    office.run("records", "import", str(office.records), "--returning", "K1001", staff="rita", code=3)
    out = office.run("records", "import", str(office.records), "--returning", "K2001", staff="rita")
    assert "K2001 er importert igjen som kunde" in out and office.stderr == ""
    back = office.lookup("K2001")["subject"]
    assert back["record"]["name"] == "Siri Vang"
    assert all(m["subject"] != "Spørsmål om tilbygg" for m in back["messages"])  # the erased history stays erased
    assert office.sql("SELECT actor, target_id FROM audit_log WHERE action = 'records.readmit'") == [("rita", "K2001")]
    office.run("records", "import", str(office.records), staff="rita")
    assert office.stderr == ""


def test_a_family_member_sharing_the_phone_is_not_taken_for_the_erased_person(office):
    office.add_records("K2002,Ola Vang,ola.vang@example.no,+47 934 11 222,Fjellveien 3,1337,Sandvika,,,,,,,,,,")
    office.run("records", "import", str(office.records), staff="rita")
    office.run("erase", "K2001", staff="rita")
    office.run("records", "import", str(office.records), staff="rita")
    assert "K2002" not in office.stderr and "K2001 er ikke importert" in office.stderr
    assert office.lookup("K2002")["subject"]["record"]["phone"] == "+47 934 11 222"


def test_new_business_does_not_let_a_person_erased_on_request_back_without_staff(office):
    office.run("erase", "K2001", staff="rita")
    office.replace_in_records(SIRI, SIRI.replace(",,,,,,,,,,", ",,,,,,,P2026-077,Tilbygg,open,"))
    office.run("records", "import", str(office.records), staff="rita")
    assert "K2001 er ikke importert" in office.stderr and "etter eget krav" in office.stderr
    assert office.sql("SELECT count(*) FROM customers WHERE customer_id = 'K2001'") == [(0,)]
    assert office.sql("SELECT count(*) FROM audit_log WHERE action = 'records.readmit'") == [(0,)]
