"""Parsing: charsets, threads, attachments, and every case of the broken-mail corpus."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from intake.ingest.parsing import UnparseableMessage, parse_message

CORPUS = Path(__file__).parents[1] / "corpus" / "broken"
EXAMPLES = Path(__file__).parents[2] / "examples" / "maildir"


def message(headers: str, body: bytes = b"Hei\n") -> bytes:
    return headers.strip().encode("ascii").replace(b"\n", b"\r\n") + b"\r\n\r\n" + body


@pytest.mark.parametrize("charset, body, expected", [
    ("utf-8", "Gårdsnummer og støttemur".encode("utf-8"), "Gårdsnummer og støttemur"),
    ("iso-8859-1", "Gårdsnummer og støttemur".encode("iso-8859-1"), "Gårdsnummer og støttemur"),
    ("windows-1252", "«Tilbud» – pris € 1200".encode("cp1252"), "«Tilbud» – pris € 1200"),
])
def test_body_charsets_decode(charset, body, expected):
    raw = message(f"From: a@b.no\nSubject: x\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit", body)
    assert parse_message(raw).body == expected


@pytest.mark.parametrize("header, expected", [
    ("=?utf-8?b?U8O4a25hZCBvbSBnYXJhc2pl?=", "Søknad om garasje"),
    ("=?iso-8859-1?q?G=E5rd_og_bruk?=", "Gård og bruk"),
    ("=?windows-1252?q?=ABTilbud=BB?= og mer", "«Tilbud» og mer"),
    ("=?x-unknown?q?St=F8ttemur?=", "Støttemur"),
])
def test_rfc2047_subjects_decode_even_with_unknown_charsets(header, expected):
    assert parse_message(message(f"From: a@b.no\nSubject: {header}")).subject == expected


def test_date_is_utc_and_participants_are_lowercased_with_display_names():
    parsed = parse_message(message(
        "From: =?utf-8?q?Kari_N=C3=B8rdmann?= <Kari@Example.NO>\nTo: post@proess.no, \"Berg, Ola\" <ola@proess.no>\n"
        "Cc: x@y.no\nSubject: s\nDate: Tue, 03 Sep 2024 10:00:00 +0200"))
    assert parsed.sent_at == datetime(2024, 9, 3, 8, 0, tzinfo=timezone.utc)
    assert parsed.sender.address == "kari@example.no" and parsed.sender.display_name == "Kari Nørdmann"
    assert [a.address for a in parsed.to] == ["post@proess.no", "ola@proess.no"]
    assert parsed.to[1].display_name == "Berg, Ola"
    assert [role for role, _ in parsed.participants()] == ["from", "to", "to", "cc"]


def test_thread_headers_are_collected():
    parsed = parse_message(message("From: a@b.no\nSubject: Re: x\nMessage-ID: <3@x>\nIn-Reply-To: <2@x>\nReferences: <1@x>\n <2@x>"))
    assert (parsed.message_id, parsed.in_reply_to, parsed.references) == ("<3@x>", "<2@x>", ("<1@x>", "<2@x>"))


def test_html_only_body_becomes_text():
    raw = message("From: a@b.no\nSubject: x\nContent-Type: text/html; charset=utf-8",
                  "<html><style>p{}</style><p>Hei&nbsp;Kari,</p><p>Gnr. 12 <b>bnr. 345</b></p></html>".encode())
    assert parse_message(raw).body == "Hei Kari,\n\nGnr. 12 bnr. 345"


def test_pdf_and_docx_attachments_in_the_sample_mailbox_have_text():
    texts = {}
    for file in sorted((EXAMPLES / "new").iterdir()):
        try:
            parsed = parse_message(file.read_bytes())
        except UnparseableMessage:
            continue
        for attachment in parsed.attachments:
            kind = attachment.filename.rsplit(".", 1)[-1].lower()
            # The longest text of each kind (the sample mailbox also holds a truncated PDF that gives none).
            texts[kind] = max(texts.get(kind) or "", attachment.text or "", key=len) or None
    assert texts.get("pdf") and len(texts["pdf"]) > 20
    assert texts.get("docx") and len(texts["docx"]) > 20


QUARANTINED = {
    "zero_bytes.eml": "empty message",
    "binary_not_mail.eml": "no message headers and no readable text",
}
STORED_WITH = {
    "bad_base64_attachment.eml": lambda m: "AttachmentDecodeDefect" in m.defects,
    "unknown_charset.eml": lambda m: "CharsetDecodeDefect" in m.defects and m.body,
    "invalid_date.eml": lambda m: m.sent_at is None and "InvalidDateDefect" in m.defects,
    "raw_8bit_headers.eml": lambda m: m.subject.startswith("Søknad om støttemur på gårdsnr"),
    "unknown_charset_encoded_word.eml": lambda m: m.subject == "Støttemur på 16/88",
    "missing_from_date_message_id.eml": lambda m: m.sender is None and m.message_id is None,
    "header_only.eml": lambda m: m.body == "",
    "huge_header_line.eml": lambda m: m.sender is not None,
    "mixed_line_endings.eml": lambda m: m.body,
    "nested_rfc822_forward.eml": lambda m: m.subject.startswith("Fwd:"),
    "nested_rfc822_three_levels.eml": lambda m: m.subject.startswith("Fwd: Fwd: Fwd:"),
    "duplicate_message_id.eml": lambda m: m.message_id is not None,
    # Damaged structure, read as far as it goes (salvage before quarantine); the damage is a parse defect.
    "body_only.eml": lambda m: "3201-12/345" in m.body and "NoHeadersDefect" in m.defects and m.sender is None,
    "multipart_without_boundary.eml": lambda m: m.body == "Her skulle det vært et vedlegg."
    and "NoBoundaryInMultipartDefect" in m.defects,
    "truncated_mid_part.eml": lambda m: m.body == "Vedlagt er kontrakten." and m.attachments[0].payload.startswith(b"%PDF")
    and "CloseBoundaryNotFoundDefect" in m.defects,
    "truncated_missing_closing_boundary.eml": lambda m: "gnr. 12 bnr. 345" in m.body
    and [a.filename for a in m.attachments] == ["tegning.pdf"] and "CloseBoundaryNotFoundDefect" in m.defects,
}


def test_every_corpus_case_is_classified():
    assert {f.name for f in CORPUS.glob("*.eml")} == set(QUARANTINED) | set(STORED_WITH)


@pytest.mark.parametrize("name, reason", sorted(QUARANTINED.items()))
def test_unparseable_corpus_cases_raise_with_a_reason(name, reason):
    with pytest.raises(UnparseableMessage, match=reason):
        parse_message((CORPUS / name).read_bytes())


@pytest.mark.parametrize("name", sorted(STORED_WITH))
def test_damaged_but_readable_corpus_cases_parse(name):
    assert STORED_WITH[name](parse_message((CORPUS / name).read_bytes()))
