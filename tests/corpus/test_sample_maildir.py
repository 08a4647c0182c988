"""The bundled sample data: records.csv and the sample Maildir are consistent, realistic and reproducible."""

from __future__ import annotations

import csv
import email
import io
import mailbox
import re
import subprocess
import sys
from datetime import datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import docx
import pypdf
import pytest
from stdnum.no import fodselsnummer, kontonr

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
HEADER = ("customer_id,name,email,phone,street_address,postcode,city,kommunenr,kommune,gnr,bnr,fnr,snr,"
          "project_id,project_title,project_status,project_closed_on")
CURRENT_KOMMUNER = {"3201": "Bærum", "3203": "Asker", "0301": "Oslo", "3205": "Lillestrøm", "3301": "Drammen",
                    "3207": "Nordre Follo"}


def load_records() -> list[dict[str, str]]:
    with (EXAMPLES / "records.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_messages() -> dict[str, bytes]:
    box = mailbox.Maildir(EXAMPLES / "maildir", factory=None, create=False)
    return {key: box.get_bytes(key) for key in box.keys()}


RECORDS = load_records()
RAW = load_messages()
PARSED = {key: email.message_from_bytes(raw, policy=default_policy) for key, raw in RAW.items()}


def defects(message: EmailMessage) -> list:
    return [defect for part in message.walk() for defect in part.defects]


WELL_FORMED = {key: message for key, message in PARSED.items() if not defects(message)}


def text_of(message: EmailMessage) -> str:
    return "\n".join(part.get_content() for part in message.walk()
                     if part.get_content_maintype() == "text" and not part.is_attachment())


ALL_TEXT = "\n".join(str(m["Subject"]) + "\n" + text_of(m) for m in WELL_FORMED.values())


def attachments(content_type: str) -> list[EmailMessage]:
    return [part for message in WELL_FORMED.values() for part in message.iter_attachments()
            if part.get_content_type() == content_type]


def test_records_header_is_exact():
    assert (EXAMPLES / "records.csv").read_text(encoding="utf-8").splitlines()[0] == HEADER


def test_records_describe_about_fifteen_customers_some_with_several_properties_or_projects():
    customers = {row["customer_id"] for row in RECORDS}
    assert 12 <= len(customers) <= 20
    assert all(re.fullmatch(r"K\d{4}", customer) for customer in customers)
    assert len(RECORDS) > len(customers)


@pytest.mark.parametrize("row", RECORDS, ids=lambda row: f"{row['customer_id']}-{row['project_id']}")
def test_record_row_is_consistent(row):
    assert CURRENT_KOMMUNER[row["kommunenr"]] == row["kommune"]
    assert re.fullmatch(r"P20\d\d-\d{3}", row["project_id"])
    assert row["gnr"].isdigit() and row["bnr"].isdigit()
    assert row["project_status"] in ("open", "closed")
    if row["project_status"] == "open":
        assert row["project_closed_on"] == ""
    else:
        datetime.strptime(row["project_closed_on"], "%Y-%m-%d")


def test_maildir_has_at_least_30_messages_with_unique_message_ids():
    assert len(RAW) >= 30
    message_ids = [str(message["Message-ID"]) for message in PARSED.values()]
    assert len(set(message_ids)) == len(message_ids)


def test_exactly_one_message_is_malformed():
    malformed = [message for message in PARSED.values() if defects(message)]
    assert len(malformed) == 1


def test_dates_fall_in_2024_to_2026():
    assert {message["Date"].datetime.year for message in WELL_FORMED.values()} <= {2024, 2025, 2026}


def test_every_customer_writes_or_is_written_to():
    participants = " ".join(str(m["From"]) + str(m["To"]) + str(m["Cc"] or "") for m in PARSED.values())
    assert {row["email"] for row in RECORDS if row["email"] not in participants} == set()


def test_a_thread_of_at_least_three_messages_is_linked_by_references():
    known = {str(message["Message-ID"]) for message in PARSED.values()}
    chains = [str(message["References"]).split() for message in PARSED.values() if message["References"]]
    assert any(len(chain) >= 3 and set(chain) <= known for chain in chains)


@pytest.mark.parametrize("sender_pattern", [
    r"@proess\.no",                      # staff replies
    r"postmottak@\w+\.kommune\.no",      # a municipality
    r"ordre@|sales@",                    # a supplier
])
def test_sender_kinds_are_present(sender_pattern):
    assert any(re.search(sender_pattern, str(message["From"])) for message in PARSED.values())


def test_newsletters_carry_list_unsubscribe():
    assert sum(1 for message in PARSED.values() if message["List-Unsubscribe"]) >= 2


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "windows-1252", "us-ascii"])
def test_body_charsets_are_mixed(charset):
    assert any(part.get_content_charset() == charset for message in WELL_FORMED.values() for part in message.walk())


@pytest.mark.parametrize("encoded_word", [
    rb"=\?utf-8\?q\?", rb"=\?utf-8\?b\?", rb"=\?iso-8859-1\?q\?", rb"=\?windows-1252\?q\?",
])
def test_rfc_2047_words_in_several_charsets(encoded_word):
    assert any(re.search(encoded_word, raw.split(b"\n\n", 1)[0]) for raw in RAW.values())


@pytest.mark.parametrize("header", ["Subject", "From", "To"])
def test_encoded_headers_decode_cleanly(header):
    decoded = [str(message[header]) for message in PARSED.values()]
    assert not [value for value in decoded if "=?" in value or "\ufffd" in value]


def test_a_non_ascii_attachment_name_decodes():
    names = [part.get_filename() for message in WELL_FORMED.values() for part in message.iter_attachments()]
    assert any(re.search("[æøå]", name) for name in names)


def test_a_raw_8bit_latin1_body_decodes_to_norwegian_letters():
    latin1 = [m for m in WELL_FORMED.values()
              if m.get_content_charset() == "iso-8859-1" and m["Content-Transfer-Encoding"] == "8bit"]
    assert latin1 and all(re.search("[æøå]", m.get_content()) for m in latin1)


def test_windows_1252_body_keeps_curly_quotes_and_dashes():
    cp1252 = [m for m in WELL_FORMED.values() if m.get_content_charset() == "windows-1252"]
    assert any("“" in m.get_content() and "–" in m.get_content() for m in cp1252)


def test_an_html_only_message_and_a_multipart_alternative_one():
    assert any(m.get_content_type() == "text/html" for m in WELL_FORMED.values())
    assert any(m.get_content_type() == "multipart/alternative" for m in WELL_FORMED.values())


def test_pdf_attachment_has_extractable_text_naming_the_customer_and_property():
    (pdf,) = attachments("application/pdf")
    extracted = pypdf.PdfReader(io.BytesIO(pdf.get_content())).pages[0].extract_text()
    assert "Ingrid Solberg" in extracted and "gnr. 12 bnr. 345" in extracted and "Bærum" in extracted


def test_docx_attachment_is_readable():
    (document,) = attachments("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(document.get_content())).paragraphs]
    assert any("Fjordbygg AS" in paragraph for paragraph in paragraphs)


@pytest.mark.parametrize("pattern", [
    r"gnr\. \d+ bnr\. \d+",
    r"\(\d+/\d+\)",
    r"\b\d{4}-\d+/\d+\b",
    r"\b\d{4}-\d+/\d+/\d+\b",
    r"g\.nr \d+ b\.nr \d+ i \w+",
    r"gnr \d+ bnr \d+ fnr \d+",
    r"snr\. \d+",
])
def test_property_ids_are_written_in_many_ways(pattern):
    assert re.search(pattern, ALL_TEXT)


@pytest.mark.parametrize("phrase", ["vi er gift", "we are married", "rullestolbruker", "kredittsjekk"])
def test_special_category_and_credit_remarks_are_present(phrase):
    assert phrase in ALL_TEXT.lower()


def test_a_checksum_valid_fodselsnummer_appears():
    candidates = re.findall(r"\b\d{6} ?\d{5}\b", ALL_TEXT)
    assert any(fodselsnummer.is_valid(candidate) for candidate in candidates)


def test_a_valid_kontonummer_appears():
    assert any(kontonr.is_valid(candidate) for candidate in re.findall(r"\b\d{4}\.\d{2}\.\d{5}\b", ALL_TEXT))


def test_regenerating_reproduces_the_committed_files(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_examples.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert generated == sorted(p.relative_to(EXAMPLES) for p in EXAMPLES.rglob("*")
                               if p.is_file() and p.name not in ("README.md", ".gitattributes"))
    assert all((tmp_path / p).read_bytes() == (EXAMPLES / p).read_bytes() for p in generated)
