"""Each case of the broken-mail corpus is broken in exactly the way its README says."""

from __future__ import annotations

import base64
import email
import email.errors
import mailbox
import re
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest

from tests.corpus.generate import (
    BROKEN_DIR,
    HUGE_ATTACHMENT_CASE,
    broken_cases,
    make_huge_attachment_message,
    write_broken_maildir,
)

CASES = broken_cases()


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=default_policy)


def all_defects(message: EmailMessage) -> set[str]:
    return {type(defect).__name__ for part in message.walk() for defect in part.defects}


def rfc822_depth(message: EmailMessage) -> int:
    nested = [part.get_payload(0) for part in message.walk() if part.get_content_type() == "message/rfc822"]
    return 1 + max(map(rfc822_depth, nested)) if nested else 0


def decoded_attachment(message: EmailMessage) -> EmailMessage:
    part = next(message.iter_attachments())
    part.get_payload(decode=True)
    return part


def check_truncated_mid_part(raw: bytes) -> None:
    message = parse(raw)
    assert "CloseBoundaryNotFoundDefect" in all_defects(message)
    assert len(raw.rstrip(b"\n").rsplit(b"\n", 1)[-1]) % 4 != 0


def check_unknown_charset(raw: bytes) -> None:
    with pytest.raises(LookupError):
        parse(raw).get_content()


def check_header_only(raw: bytes) -> None:
    assert b"\n\n" not in raw
    assert parse(raw).get_payload() == ""


def check_invalid_date(raw: bytes) -> None:
    date = parse(raw)["Date"]
    assert date.datetime is None
    assert any(isinstance(defect, email.errors.InvalidDateDefect) for defect in date.defects)


def check_mixed_line_endings(raw: bytes) -> None:
    assert b"\r\n" in raw
    assert re.search(rb"[^\r]\n", raw)
    assert re.search(rb"\r[^\n]", raw)


def check_raw_8bit_headers(raw: bytes) -> None:
    head = raw.split(b"\n\n", 1)[0]
    assert not head.isascii()
    assert b"=?" not in head
    assert "UndecodableBytesDefect" in {type(d).__name__ for d in parse(raw)["From"].defects}


CHECKS = {
    "truncated_missing_closing_boundary": lambda raw: (
        "CloseBoundaryNotFoundDefect" in all_defects(parse(raw)) and b"--b1--" not in raw),
    "truncated_mid_part": check_truncated_mid_part,
    "bad_base64_attachment": lambda raw: {"InvalidBase64CharactersDefect", "InvalidBase64PaddingDefect"}
    <= {type(defect).__name__ for defect in decoded_attachment(parse(raw)).defects},
    "unknown_charset": check_unknown_charset,
    "unknown_charset_encoded_word": lambda raw: "\ufffd" in str(parse(raw)["Subject"])
    and b"=?x-unknown-42?" in raw,
    "missing_from_date_message_id": lambda raw: all(
        parse(raw)[name] is None for name in ("From", "Date", "Message-ID")),
    "body_only": lambda raw: "MissingHeaderBodySeparatorDefect" in all_defects(parse(raw))
    and not parse(raw).keys(),
    "raw_8bit_headers": check_raw_8bit_headers,
    "nested_rfc822_forward": lambda raw: rfc822_depth(parse(raw)) == 1,
    "nested_rfc822_three_levels": lambda raw: rfc822_depth(parse(raw)) == 3,
    "zero_bytes": lambda raw: raw == b"" and not parse(raw).keys(),
    "header_only": check_header_only,
    "invalid_date": check_invalid_date,
    "duplicate_message_id": lambda raw: len(set(parse(raw).get_all("Message-ID"))) == 2,
    "mixed_line_endings": check_mixed_line_endings,
    "huge_header_line": lambda raw: max(len(line) for line in raw.split(b"\n")) > 10_000,
    "multipart_without_boundary": lambda raw: "NoBoundaryInMultipartDefect" in all_defects(parse(raw)),
    "binary_not_mail": lambda raw: b"\x00" in raw and "MissingHeaderBodySeparatorDefect" in all_defects(parse(raw)),
}


def test_every_committed_case_has_a_check():
    assert set(CASES) == set(CHECKS)


@pytest.mark.parametrize("case", sorted(CHECKS))
def test_case_is_broken_as_documented(case):
    outcome = CHECKS[case](CASES[case])
    assert outcome is None or outcome is True


def test_readme_documents_exactly_the_cases():
    readme = (BROKEN_DIR / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z0-9_]+)(?:\.eml)?` \|", readme, flags=re.MULTILINE))
    assert documented == set(CASES) | {HUGE_ATTACHMENT_CASE}


@pytest.mark.parametrize("size", [0, 1, 57, 1000, 100_003])
def test_huge_attachment_message_decodes_to_exactly_the_requested_size(size):
    message = parse(make_huge_attachment_message(size))
    assert not all_defects(message)
    attachment = next(message.iter_attachments())
    assert len(attachment.get_content()) == size


def test_huge_attachment_message_default_is_25_mib_and_deterministic():
    raw = make_huge_attachment_message()
    encoded = raw.split(b"\n\n")[-1].split(b"--huge--")[0]
    assert len(base64.decodebytes(encoded)) == 25 * 1024 * 1024
    assert raw == make_huge_attachment_message()


def test_broken_maildir_holds_every_case_byte_exact(tmp_path):
    names = write_broken_maildir(tmp_path, include_huge=False)
    box = mailbox.Maildir(tmp_path, factory=None, create=False)
    assert sorted(box.keys()) == names == sorted(CASES)
    assert all(box.get_bytes(name) == CASES[name] for name in names)
