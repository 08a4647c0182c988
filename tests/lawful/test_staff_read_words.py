"""What staff read is Norwegian without internal codes, and counts agree in number (issue 12): walked as a new
staff member would on an ordinary day, through the real CLI on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.lawful.days import Office, mail

CODES = re.compile(r"\b(EMAIL|PHONE|PERSON|NATIONAL_ID|sender_address|customer|suggested|name|phone|email)\b")
SUPPLIER = mail("Nordic Glazing <sales@glazing.example.com>", "Quotation 2026-11",
                "Dear proESS, please find our quotation attached.\nBest regards, Nordic Glazing", "<q-1@glazing.example.com>")


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.deliver(SUPPLIER)
    office.open_office()
    return office


def no_codes(text: str) -> str:
    assert not CODES.search(text), f"internal code {CODES.search(text).group()!r} in text staff read:\n{text}"
    return text


def test_a_person_known_only_from_the_mail_is_shown_without_the_lookup_code(office):
    shown = no_codes(office.run("lookup", "sales@glazing.example.com", staff="kari"))
    assert shown.splitlines()[0].startswith("sales@glazing.example.com  (ikke i kunderegisteret; treff på ")
    assert office.lookup("sales@glazing.example.com")["subject"]["ref"] == "EMAIL:sales@glazing.example.com"  # JSON


def test_lookup_reasons_and_the_consent_list_read_as_norwegian(office):
    shown = office.run("lookup", "K1005", staff="kari")
    assert "(K1005; treff på kundenummer)" in office.run("lookup", "K1005", staff="kari")
    # Reasons are one list in lower case ("avsender, e-postadressen nevnt ..."), not capitalised mid-sentence.
    reasons = [line.split(" – ", 1)[1] for line in shown.splitlines() if line.startswith("  #") and " – " in line]
    assert reasons and not any(re.search(r", [A-ZÆØÅ]", reason) or reason[:1].isupper() for reason in reasons)
    assert "treff på e-postadressen i kunderegisteret" in office.run("lookup", "nora.kristiansen@gmail.com", staff="kari")

    office.run("consent", "grant", "K1005", "--partner", "VVS AS", "--category", "name", "--category", "phone",
               "--given", "2026-01-05", "--evidence", "signert skjema", staff="kari")
    listing = no_codes(office.run("consent", "list", "K1005", staff="kari"))
    assert "VVS AS  navn, telefonnummer  alle prosjekter  gitt 5. januar 2026  gyldig" in listing


def test_one_changed_customer_is_counted_in_the_singular(office):
    office.replace_in_records("K1005,Nora Kristiansen,nora.kristiansen@gmail.com,99887766",
                              "K1005,Nora Kristiansen,nora.kristiansen@gmail.com,99887700")
    out = office.run("records", "import", str(office.records), staff="rita")
    assert "(1 kunde ny eller endret;" in out and "1 kunde nye" not in out


def test_the_help_says_writing_the_access_package_does_not_answer_the_request(office):
    shown = " ".join(office.run("access-request", "--help").split())
    assert "merk begjæringen som besvart" not in shown
    assert "besvart først når svaret er sendt" in shown


def test_an_overdue_suggestion_tells_staff_to_confirm_it_and_an_erased_requester_is_named_so(office):
    # Sample message 32 (K1007 asks for access) came in long ago: its suggestion is past the deadline unconfirmed.
    [row] = [line for line in office.run("requests", staff="kari").splitlines() if "fra e-post #32" in line]
    assert "FORFALT" in row and "bare foreslått: bekreft eller avvis" in row
    status = office.run("status")
    assert re.search(r"FORFALT: krav #\d+ om innsyn hadde frist 13\. november 2025 \(bare foreslått: bekreft eller "
                     r"avvis\)", status), status
    office.run("requests", "confirm", row.split()[0].lstrip("#"), staff="kari")
    assert "bare foreslått" not in office.run("requests", staff="kari") + office.run("status")

    office.add_records("K2001,Siri Vang,siri.vang@example.no,+47 934 11 222,Fjellveien 3,1337,Sandvika,,,,,,,,,,")
    office.run("records", "import", str(office.records), staff="rita")
    office.run("erase", "K2001", staff="rita")
    [erasure] = [line for line in office.run("requests", staff="kari").splitlines() if " sletting " in line]
    assert "slettet person" in erasure and "ukjent" not in erasure
    # The monthly report names her without the tombstone code ("erasure-1").
    report = office.run("report", "retention", "--period", date.today().strftime("%Y-%m"))
    [row] = [line for line in report.splitlines() if re.match(r"R\d+ +Sletting", line)]
    assert "slettet person" in row and "erasure-" not in report


def test_what_was_shared_is_named_in_norwegian_in_the_lookup_and_the_access_letter(office):
    office.run("consent", "grant", "K1001", "--partner", "VVS AS", "--category", "name", "--category", "phone",
               "--given", "2026-01-05", "--evidence", "signert skjema", staff="kari")
    office.run("export", "K1001", "--partner", "VVS AS", "--category", "name", "--category", "phone",
               "--out", str(office.tmp), staff="kari")
    shown = office.run("lookup", "K1001", staff="kari")
    assert "deling med VVS AS (navn, telefonnummer; alle prosjekter;" in shown
    assert re.search(r"Delt med VVS AS [^:]+: navn, telefonnummer \(samtykke #\d+\)", shown)
    office.run("access-request", "K1001", "--out", str(office.tmp / "ut"), staff="kari")
    [letter] = (office.tmp / "ut").glob("innsyn-*/innsyn.txt")
    text = letter.read_text(encoding="utf-8")
    assert "med ditt samtykke: navn og telefonnummer." in text
    assert not re.search(r"\b(name|phone)\b", text)
