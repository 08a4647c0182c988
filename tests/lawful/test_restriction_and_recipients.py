"""Restriction is enforced everywhere (art. 18) and recipients are told (art. 19): consent with
evidence, export, restrict, a consent given afterwards, rectify, lookup, report, unrestrict."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest

from rules.wording import norwegian_date
from tests.lawful.days import Office

TODAY = date.today()


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.open_office()
    return office


def export(office: Office, code: int = 0) -> str:
    return office.run("export", "K1001", "--partner", "VVS Partner AS", "--category", "name", "--category", "phone",
                      "--out", str(office.tmp / "deling"), staff="kari", code=code)


def test_a_restricted_customer_is_never_exported_and_every_recipient_is_told(office):
    office.run("consent", "grant", "K1001", "--partner", "VVS Partner AS", "--category", "name", "--category", "phone",
               "--given", TODAY.isoformat(), staff="kari", code=2)  # no evidence: refused
    office.run("consent", "grant", "K1001", "--partner", "VVS Partner AS", "--category", "name", "--category", "phone",
               "--given", (TODAY + timedelta(days=3)).isoformat(), "--evidence", "signert skjema", staff="kari", code=3)
    office.run("consent", "grant", "K1001", "--partner", "VVS Partner AS", "--category", "name", "--category", "phone",
               "--given", TODAY.isoformat(), "--evidence", "signert skjema", staff="kari")
    export(office)

    office.run("restrict", "K1001", "--reason", "kunden mener telefonnummeret er feil", staff="kari")
    assert "VVS Partner AS har fått opplysningene og må varsles om begrensning" in office.stdout_of_last()
    # A consent registered afterwards does not open the door.
    office.run("consent", "grant", "K1001", "--partner", "VVS Partner AS", "--category", "name", "--category", "phone",
               "--given", TODAY.isoformat(), "--evidence", "e-post", staff="kari")
    export(office, code=7)
    assert "deling avvist: behandlingen av kundens opplysninger er begrenset" in office.stderr
    view = office.lookup("K1001")["subject"]
    assert "kunden mener telefonnummeret er feil" in view["record"]["restricted"]
    assert "BEGRENSET" in office.run("lookup", "K1001", staff="kari")
    report = office.run("report", "retention", "--period", TODAY.strftime("%Y-%m"))
    assert "Kunder med begrenset behandling (art. 18)" in report

    # Art. 19: the correction is owed to the partner until staff record it was told.
    office.run("rectify", "K1001", "--set", "phone=+47 400 00 000", "--reason", "kunden ringte", staff="kari")
    owed = json.loads(office.run("notices", "--format", "json", staff="kari"))
    assert sorted((n["partner"], n["cause"]) for n in owed) == [("VVS Partner AS", "rectification"),
                                                                 ("VVS Partner AS", "restriction")]
    assert "Mottakere som ennå ikke er varslet" in office.run("report", "retention", "--period", TODAY.strftime("%Y-%m"))
    for notice in owed:
        office.run("notices", "done", str(notice["notice_id"]), staff="kari")
    assert json.loads(office.run("notices", "--format", "json", staff="kari")) == []
    office.run("rectify", "K1001", "--set", "city=Bekkestua", "--reason", "flyttet", "--notified", "Rørlegger AS",
               staff="kari", code=3)  # not a recipient
    office.run("rectify", "K1001", "--set", "city=Bekkestua", "--reason", "flyttet", "--notified", "VVS Partner AS",
               staff="kari")
    assert json.loads(office.run("notices", "--format", "json", staff="kari")) == []

    # Lifting needs the notice to the person first (art. 18(3)), and a records manager.
    office.run("unrestrict", "K1001", "--notice-sent", TODAY.isoformat(), staff="kari", code=7)
    office.run("unrestrict", "K1001", "--notice-sent", (TODAY + timedelta(days=1)).isoformat(), staff="rita", code=3)
    office.run("unrestrict", "K1001", "--notice-sent", TODAY.isoformat(), staff="rita")
    assert office.lookup("K1001")["subject"]["record"]["restricted"] is None
    export(office)
    [(details,)] = office.sql("SELECT details FROM audit_log WHERE action = 'unrestrict'")
    assert (json.loads(details) if isinstance(details, str) else details)["notice_sent_on"] == TODAY.isoformat()
    # Free-text reasons about the person reach the audit log only as keyed hashes (issue 15).
    rows = [str(row) for row in office.sql("SELECT action, details FROM audit_log")]
    assert [row for row in rows if "telefonnummeret er feil" in row or "kunden ringte" in row] == []
    assert any("reason_hash" in row for row in rows)


def test_withdrawing_a_used_consent_owes_the_partner_a_notice(office):
    office.run("consent", "grant", "K1001", "--partner", "VVS Partner AS", "--category", "name",
               "--given", TODAY.isoformat(), "--evidence", "e-post", staff="kari")
    office.run("export", "K1001", "--partner", "VVS Partner AS", "--category", "name", "--out", str(office.tmp / "d"),
               staff="kari")
    out = office.run("consent", "withdraw", "1", staff="kari")
    assert "VVS Partner AS har fått opplysningene og må varsles om tilbaketrukket samtykke" in out
    [owed] = json.loads(office.run("notices", "--format", "json", staff="kari"))
    assert (owed["customer_id"], owed["cause"]) == ("K1001", "consent_withdrawal")


def test_the_monthly_report_lists_each_notice_still_owed(tmp_path, database_url, capsys, monkeypatch):
    """Art. 19 in the report: not only how many recipients are owed a notice, but which, about whom and why,
    until staff register that each was told."""
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.open_office()
    office.run("consent", "grant", "K1001", "--partner", "VVS AS", "--category", "name", "--category", "phone",
               "--given", "2026-01-05", "--evidence", "signert skjema", staff="kari")
    office.run("export", "K1001", "--partner", "VVS AS", "--category", "phone", "--out", str(tmp_path), staff="kari")
    office.run("rectify", "K1001", "--set", "phone=+47 900 00 001", "--reason", "nytt nummer", staff="rita")
    report = office.run("report", "retention", "--period", TODAY.strftime("%Y-%m"))
    section = report.partition("MOTTAKERE SOM SKAL VARSLES (ART. 19)")[2].partition("\n\n")[0]
    assert re.search(r"V(\d+) +K1001 +VVS AS +retting +" + re.escape(norwegian_date(TODAY)), section), report
    [notice_id] = re.findall(r"V(\d+) +K1001", section)
    office.run("notices", "done", notice_id, staff="kari")
    report = office.run("report", "retention", "--period", TODAY.strftime("%Y-%m"))
    assert "Ingen registrert." in report.partition("MOTTAKERE SOM SKAL VARSLES (ART. 19)")[2].partition("\n\n")[0]
