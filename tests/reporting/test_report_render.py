"""The report as a message: MIME structure, headers, HTML that mail clients show, text and CSV."""

import csv
import io
import re
from datetime import date, datetime
from email import message_from_bytes
from email.policy import default
from zoneinfo import ZoneInfo

import pytest

from intake.reporting.render import NONE_REGISTERED, Envelope, compose_message, render_csv
from rules.retention_report import (
    QUARANTINE,
    REVIEW,
    Disposal,
    HeldItem,
    ActiveHold,
    Period,
    PreviousReport,
    ReportInputs,
    SubjectRequest,
    WaitingMail,
    build_report,
)

WRITTEN = datetime(2026, 12, 1, 7, 0, 12, tzinfo=ZoneInfo("Europe/Oslo"))
ENVELOPE = Envelope(sender="intake@proess.no", recipients=("ledelsen@proess.no", "arkiv@proess.no"),
                    subject_prefix="[intake]", message_id="<retention-2026-11@intake.proess.no>", written_at=WRITTEN)


def full_inputs(**overrides) -> ReportInputs:
    values = dict(
        period=Period(2026, 11),
        today=date(2026, 12, 1),
        held=(
            HeldItem(11, "unlinked_mail", "Berettiget interesse", ("EMAIL",), date(2026, 11, 12), False),
            HeldItem(12, "unlinked_mail", "Berettiget interesse", ("PHONE",), date(2026, 12, 20), False),
            HeldItem(13, "customer_correspondence", "Avtale", ("NATIONAL_ID",), None, True),
        ),
        legal_holds=(ActiveHold("H1", "prosjekt P-2024-07", date(2026, 3, 1), "ark1"),),
        disposals=(Disposal("D1", "melding 4", "unlinked_mail", "ola", "kari-arkiv", date(2026, 11, 18)),),
        requests=(SubjectRequest("R1", "access", "K-1001", date(2026, 10, 20), date(2026, 11, 20), None),
                  SubjectRequest("R2", "access", "K-1002", date(2026, 11, 20), date(2026, 12, 20), None)),
        waiting=(WaitingMail(21, REVIEW, date(2026, 11, 3)), WaitingMail(22, QUARANTINE, date(2026, 11, 20))),
        previous=PreviousReport("2026-10", {"held_total": 2, "overdue": 0}),
    )
    values.update(overrides)
    return ReportInputs(**values)


def parsed(inputs: ReportInputs):
    return message_from_bytes(compose_message(build_report(inputs), ENVELOPE), policy=default)


def test_mime_structure_is_mixed_with_text_and_html_alternatives_and_a_csv_attachment():
    message = parsed(full_inputs())
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in alternative.get_payload()] == ["text/plain", "text/html"]
    assert attachment.get_content_type() == "text/csv"
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_filename() == "oppbevaring-2026-11.csv"
    assert attachment.get_content_charset() == "utf-8"


def test_headers_carry_the_deterministic_message_id_and_mark_the_mail_as_automatic():
    message = parsed(full_inputs())
    assert message["Message-ID"] == "<retention-2026-11@intake.proess.no>"
    assert message["From"] == "intake@proess.no"
    assert message["To"] == "ledelsen@proess.no, arkiv@proess.no"
    assert message["Date"] == "Tue, 01 Dec 2026 07:00:12 +0100"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Content-Language"] == "nb"


@pytest.mark.parametrize("overrides, subject", [
    ({}, "[intake] Oppbevaringsrapport november 2026: tiltak kreves"),  # one overdue message, one late request
    ({"held": (), "requests": ()}, "[intake] Oppbevaringsrapport november 2026"),
])
def test_subject_says_when_action_is_needed(overrides, subject):
    assert parsed(full_inputs(**overrides))["Subject"] == subject


def test_lines_are_crlf_as_sent_over_smtp():
    raw = compose_message(build_report(full_inputs()), ENVELOPE)
    assert b"\r\n" in raw and re.search(rb"(?<!\r)\n", raw) is None


def test_html_has_no_scripts_images_or_external_resources_and_only_inline_styles():
    html = parsed(full_inputs()).get_body(("html",)).get_content()
    lowered = html.lower()
    for forbidden in ("<script", "<img", "<link", "<style", "src=", "href=", "http://", "https://", "url("):
        assert forbidden not in lowered
    assert "style=" in html


def test_every_section_is_present_in_both_bodies_and_overdue_is_loud():
    message = parsed(full_inputs())
    for subtype in ("plain", "html"):
        body = message.get_body((subtype,)).get_content()
        for heading in ("Nøkkeltall", "Over slettefristen", "Forfaller til sletting innen 31. desember 2026",
                        "etter formål og behandlingsgrunnlag", "etter opplysningskategori",
                        "Aktive rettslige pålegg om bevaring", "Slettet i november 2026", "henvendelser fra registrerte",
                        "Venter på behandling"):
            assert heading.lower() in body.lower(), (subtype, heading)
        assert "1 melding har passert slettefristen" in body
        assert "1 henvendelse fra registrerte har passert svarfristen" in body
        assert "kari-arkiv" in body and "K-1001" in body
    text = message.get_body(("plain",)).get_content()
    assert "OVER SLETTEFRISTEN  [!]" in text
    assert "Forrige (oktober 2026)" in text


def test_the_bodies_write_dates_as_letters_do_and_the_csv_keeps_dates_excel_reads():
    """Management reads "18. november 2026" in the mail, as in letters and other staff text; only the CSV's date
    columns keep 18.11.2026, which Excel with Norwegian settings takes as a date."""
    answered = SubjectRequest("R3", "access", "K-1003", date(2026, 10, 1), date(2026, 11, 1), date(2026, 11, 5))
    report = build_report(full_inputs(requests=full_inputs().requests + (answered,)))
    message = message_from_bytes(compose_message(report, ENVELOPE), policy=default)
    for subtype in ("plain", "html"):
        body = message.get_body((subtype,)).get_content()
        assert not re.search(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b", body), subtype
        assert not re.search(r"(?<![-\w])20\d\d-\d\d\b", body), subtype  # no month codes ("2026-10")
        for shown in ("utarbeidet 1. desember 2026", "18. november 2026", "20. november 2026", "1. mars 2026",
                      "5. november 2026", "Forrige (oktober 2026)"):
            assert shown.lower() in body.lower(), (subtype, shown)
    assert "kl. 07.00" in message.get_body(("html",)).get_content()
    rows = list(csv.DictReader(io.StringIO(render_csv(report).decode("utf-8-sig")), delimiter=";"))
    r3 = next(row for row in rows if row["id"] == "R3")
    assert (r3["dato"], r3["frist"]) == ("01.10.2026", "01.11.2026") and r3["status"].endswith("5. november 2026")


def test_a_request_answered_late_is_listed_as_such_but_raises_no_alarm():
    """Answered after its deadline is done: the report says "besvart for sent" and counts it, but neither the subject
    nor the alarm lines nor a red row ask management to act on it."""
    answered_late = SubjectRequest("R1", "access", "K-1001", date(2026, 10, 1), date(2026, 11, 1), date(2026, 11, 5),
                                   status="answered")
    report = build_report(full_inputs(held=(), requests=(answered_late,)))
    assert report.late_requests == () and report.figures["requests_late"] == 0
    assert report.figures["requests_answered_late"] == 1
    message = message_from_bytes(compose_message(report, ENVELOPE), policy=default)
    assert "tiltak kreves" not in message["Subject"]
    text = message.get_body(("plain",)).get_content()
    assert "Ingen avvik" in text and "!!" not in text
    row = next(line for line in text.splitlines() if line.startswith("R1"))
    assert "Besvart for sent, 5. november 2026" in row and "[!]" not in row
    assert "HENVENDELSER FRA REGISTRERTE  [!]" not in text
    assert "Henvendelser besvart for sent" in text
    html = message.get_body(("html",)).get_content()
    assert "Besvart for sent, 5. november 2026" in html and "Alt i orden" in html and "Tiltak kreves" not in html


def test_empty_sections_say_none_registered():
    message = parsed(full_inputs(disposals=(), requests=(), legal_holds=(), held=()))
    text = message.get_body(("plain",)).get_content()
    assert text.count(NONE_REGISTERED) >= 5
    assert "Ingen avvik" in text


def test_csv_lists_each_item_with_its_section_and_opens_in_norwegian_excel():
    raw = render_csv(build_report(full_inputs()))
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    sections = [(row["seksjon"], row["id"]) for row in rows]
    assert sections == [("over_frist", "M11"), ("forfaller", "M12"), ("bevaring", "H1"), ("holdt_tilbake", "M13"),
                        ("sletting", "D1"), ("henvendelse", "R1"), ("henvendelse", "R2"), ("gjennomgang", "M21"),
                        ("karantene", "M22")]
    disposal = rows[4]
    assert (disposal["foreslatt_av"], disposal["godkjent_av"], disposal["dato"]) == ("ola", "kari-arkiv", "18.11.2026")
    assert rows[5]["frist"] == "20.11.2026" and "fristen gikk ut" in rows[5]["status"]
