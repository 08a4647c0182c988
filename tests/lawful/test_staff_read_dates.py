"""Staff read Norwegian dates ("20. november 2026"), never ISO dates; JSON keeps ISO (issue 12, letters and
text staff read). Walked through the real CLI on SQLite and PostgreSQL: the staff list, holds, the review
queue, the lookup's corrections, projects, consents, disclosures and requests, the consent list, the disposal
preview and the reasons given at approval."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from intake.app import App
from intake.config import load_config
from rules.wording import norwegian_date
from tests.lawful.days import Office, mail

TODAY = date.today()
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
OLD = "K3001,Per Gammel,per.gammel@example.no,+47 911 22 333,Gamleveien 1,1337,Sandvika,,,,,,,P2009-001,Garasje,closed,2010-01-15"


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.add_records(OLD)
    office.deliver(mail("Per Gammel <per.gammel@example.no>", "Tegninger", "Hei, her er målene.\nHilsen Per",
                        "<old-1@example.no>", date="Mon, 02 Nov 2009 10:00:00 +0100"))
    office.open_office()
    return office


def no_iso_dates(text: str) -> str:
    assert not ISO_DATE.search(text), f"ISO date in text staff read: {ISO_DATE.search(text).group()!r} in\n{text}"
    return text


def test_staff_lists_holds_and_the_review_queue_write_dates_in_norwegian(office):
    listing = no_iso_dates(office.run("staff", "list", staff="admin"))
    assert re.search(r"^kari\s+.*taushetserklæring signert 1\. januar 2025", listing, re.M)

    office.run("hold", "set", "customer", "K1002", "--reason", "reklamasjon", staff="rita")
    holds = no_iso_dates(office.run("hold", "list", staff="rita"))
    assert f"(satt av rita {norwegian_date(TODAY)})" in holds

    queue = office.run("review", staff="kari")
    if "Ingen meldinger venter" not in queue:  # the sample mailbox leaves weak links for review
        no_iso_dates(queue)
        assert re.search(r"#\d+\s+melding \d+\s+(\d{1,2}\. [a-zø]+ \d{4}|ukjent dato)\s+fra", queue)


def test_the_lookup_and_the_consent_list_write_dates_in_norwegian_and_json_keeps_iso(office):
    office.run("rectify", "K1001", "--set", "phone=+47 912 34 999", "--reason", "kunden ringte", staff="kari")
    office.run("consent", "grant", "K1001", "--partner", "VVS Partner AS", "--category", "name", "--given", "2026-11-20",
               "--evidence", "signert skjema", staff="kari")
    office.run("export", "K1001", "--partner", "VVS Partner AS", "--category", "name", "--out", str(office.tmp / "deling"),
               staff="kari")
    office.run("access-request", "K1001", "--received", TODAY.isoformat(), staff="kari")

    text = no_iso_dates(office.run("lookup", "K1001", staff="kari"))
    assert f"Rettet {norwegian_date(TODAY)}: telefon" in text
    assert "gitt 20. november 2026; gyldig" in text
    assert f"Delt med VVS Partner AS {norwegian_date(TODAY)}: navn" in text
    assert f"mottatt {norwegian_date(TODAY)}: frist " in text
    closed = no_iso_dates(office.run("lookup", "K1002", staff="kari"))
    assert re.search(r"Prosjekt P2024-021: .*\(avsluttet 14\. mars 2025\)", closed)
    assert "siste prosjekt avsluttet 14. mars 2025" in closed

    subject = office.lookup("K1001")["subject"]
    assert subject["consents"][0]["given_on"] == "2026-11-20"
    assert subject["record"]["rectifications"][0]["at"] == TODAY.isoformat()
    assert office.lookup("K1002")["subject"]["projects"][0]["closed_on"] == "2025-03-14"

    consents = no_iso_dates(office.run("consent", "list", "K1001", staff="kari"))
    assert "gitt 20. november 2026  gyldig" in consents


def test_the_disposal_preview_and_the_approval_reasons_write_dates_in_norwegian(office):
    office.run("retention", "propose", staff="kari")
    from intake.services import privacy

    app = App(load_config(office.config))
    try:
        preview = privacy.preview_approval(app, "rita", 1)  # what `retention approve` shows at a terminal
    finally:
        app.engine.dispose()
    no_iso_dates(preview)
    assert preview.startswith(f"Forslag #1 fra kari ({norwegian_date(TODAY)}): ")
    no_iso_dates(office.run("retention", "approve", "1", staff="rita"))
    # Each item's reason, as the retention page shows it.
    reasons = [reason for (reason,) in office.sql("SELECT outcome_reason FROM disposal_items WHERE message_pk IS NOT NULL")]
    assert reasons and all(re.fullmatch(r"oppbevaringstiden gikk ut \d{1,2}\. [a-zø]+ \d{4}", r) for r in reasons)
