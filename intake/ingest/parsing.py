"""Raw message bytes -> ParsedMessage, through mail-parser (the only module that imports it).

Damaged mail is read as far as it goes (intake/ingest/salvage.py repairs its
structure); the damage, and lesser defects such as a bad charset or broken base64
in an attachment, are kept as ``defects`` on a message that is otherwise stored.
Only a message with nothing readable left raises ``UnparseableMessage``, with a
reason fit for the quarantine record.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import email.errors
from email.header import Header, decode_header, make_header
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

import mailparser

from intake.config import ExtractionConfig
from intake.ingest import attachment_text, salvage
from intake.ingest.attachment_text import extract_text
from intake.ingest.html_text import html_to_text

logging.getLogger("mailparser").setLevel(logging.ERROR)

IDENTIFYING_HEADERS = ("from", "to", "subject", "date", "message-id")


class UnparseableMessage(Exception):
    pass


@dataclass(frozen=True)
class Address:
    address: str
    display_name: str | None


@dataclass(frozen=True)
class ParsedAttachment:
    filename: str
    content_type: str
    payload: bytes
    text: str | None
    text_error: str | None


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    subject: str
    sent_at: datetime | None
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    bcc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    in_reply_to: str | None
    references: tuple[str, ...]
    body: str
    attachments: tuple[ParsedAttachment, ...]
    defects: tuple[str, ...] = field(default=())

    def participants(self) -> list[tuple[str, Address]]:
        roles = [("from", (self.sender,) if self.sender else ()), ("to", self.to), ("cc", self.cc),
                 ("bcc", self.bcc), ("reply_to", self.reply_to)]
        return [(role, address) for role, addresses in roles for address in addresses]


def parse_message(raw: bytes, limits: ExtractionConfig = attachment_text.DEFAULT_LIMITS) -> ParsedMessage:
    if not raw.strip():
        raise UnparseableMessage("empty message (zero bytes or only white space)")
    # Damaged mail is read as far as it goes (intake/ingest/salvage.py): the structure is repaired where it is
    # broken, and the damage the first reading found is kept as parse defects.
    repaired, repairs = salvage.repair(raw)
    parsed, failure = _mailparser(raw)
    damage: set[str] = set()
    if repairs:
        damage = set(parsed.defects_categories) if parsed is not None else {f"ParserFailed{failure}"}
        parsed, failure = _mailparser(repaired)
    if failure:
        raise UnparseableMessage(f"MIME parser failed: {failure}")
    message = parsed.message
    defects = set(parsed.defects_categories) | damage | set(repairs)
    expansion = [limits.max_message_expanded_bytes]  # what this message's attachments may expand to, together
    attachments = tuple(_attachment(item, defects, expansion, limits) for item in parsed.attachments)
    if not any(message.get(name) for name in IDENTIFYING_HEADERS) and not _readable_text(parsed, attachments):
        raise UnparseableMessage("no message headers and no readable text")
    return ParsedMessage(
        message_id=_message_id(message.get("message-id")),
        subject=_clean_header(header_text(message.get("subject", ""))),
        sent_at=_utc_date(message.get("date"), defects),
        sender=next(iter(_addresses(message, "from")), None),
        to=_addresses(message, "to"),
        cc=_addresses(message, "cc"),
        bcc=_addresses(message, "bcc"),
        reply_to=_addresses(message, "reply-to"),
        in_reply_to=_message_id(message.get("in-reply-to")),
        references=tuple(_message_ids(message.get_all("references", []))),
        body=_body_text(parsed),
        attachments=attachments,
        defects=tuple(sorted(defects)),
    )


def _mailparser(raw: bytes):
    """(mail-parser's reading, None), or (None, the error's type) when it fails on hostile input."""
    try:
        return mailparser.parse_from_bytes(raw), None
    except Exception as error:  # mail-parser raises many types on hostile input
        return None, type(error).__name__


def _readable_text(parsed, attachments) -> bool:
    texts = [*parsed.text_plain, *parsed.text_html, *(attachment.text for attachment in attachments)]
    return any(salvage.readable(text) for text in texts if text)


def _body_text(parsed) -> str:
    plain = [text for text in parsed.text_plain if text.strip()]
    if plain:
        return "\n\n".join(text.strip("\n") for text in plain)
    return "\n\n".join(html_to_text(html) for html in parsed.text_html if html.strip())


def _attachment(item: dict, defects: set[str], expansion: list[int], limits: ExtractionConfig) -> ParsedAttachment:
    filename = _clean_header(item.get("filename") or "") or "unnamed"
    content_type = (item.get("mail_content_type") or "application/octet-stream").lower()
    payload = item.get("payload") or ""
    if item.get("binary"):
        try:
            data = base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            defects.add("AttachmentDecodeDefect")
            data = _truncated_base64(payload)
    else:
        data = payload.encode("utf-8", "surrogateescape")
    text, error = extract_text(filename, content_type, data, expansion, limits)
    return ParsedAttachment(filename=filename, content_type=content_type, payload=data, text=text, text_error=error)


def _truncated_base64(payload: str) -> bytes:
    """What a damaged or cut-off base64 attachment still holds: the characters of the alphabet, decoded up
    to the last whole group of four (a truncated PDF or text file often still gives text)."""
    clean = re.sub(r"[^A-Za-z0-9+/]", "", payload.split("=", 1)[0])
    try:
        return base64.b64decode(clean[: len(clean) - len(clean) % 4])
    except (binascii.Error, ValueError):
        return payload.encode("ascii", "replace")


def _addresses(message, header: str) -> tuple[Address, ...]:
    values = [_raw_header_text(value) for value in message.get_all(header, [])]
    result = []
    for name, address in email.utils.getaddresses(values):
        address = address.strip().strip("<>").lower()
        if "@" not in address:
            continue
        result.append(Address(address=address, display_name=header_text(name).strip() or None))
    return tuple(result)


def header_text(value) -> str:
    """A header as text, whatever the sender did: RFC 2047 words in any (even unknown)
    charset, or raw 8-bit bytes that were never encoded (common from old mail clients)."""
    try:
        pieces = decode_header(value)
    except (ValueError, email.errors.HeaderParseError):
        return str(value)
    decoded = [(chunk if isinstance(chunk, str) else _guess_decode(chunk, charset), None) for chunk, charset in pieces]
    return str(make_header(decoded))


def _raw_header_text(value) -> str:
    """Header objects (8-bit input) become text; encoded words stay for getaddresses to split safely."""
    return header_text(value) if isinstance(value, Header) else str(value)


def _guess_decode(data: bytes, charset: str | None) -> str:
    for candidate in (charset, "utf-8", "cp1252"):
        if not candidate or candidate == "unknown-8bit":
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def _clean_header(text) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


MESSAGE_ID_PATTERN = re.compile(r"<[^<>\s]+>")


def _message_ids(values) -> list[str]:
    found = []
    for value in values:
        found += MESSAGE_ID_PATTERN.findall(str(value))
    return found


def _message_id(value) -> str | None:
    if value is None:
        return None
    ids = MESSAGE_ID_PATTERN.findall(str(value))
    if ids:
        return ids[0]
    text = str(value).strip()
    return f"<{text}>" if text and " " not in text else None


def _utc_date(value, defects: set[str]) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        defects.add("InvalidDateDefect")
        return None
    if parsed.tzinfo is None:  # RFC 5322 "-0000": the zone is unknown, UTC is the honest reading
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


@dataclass(frozen=True)
class HeaderFacts:
    """What the header block of a message that could not go through the pipeline still tells: enough for staff to
    recognise it in a lookup, and for a request named in its subject to be registered (issue 12)."""

    subject: str | None
    sent_at: datetime | None


def header_facts(raw: bytes) -> HeaderFacts:
    """Subject and date from the header block alone (hostile bytes give neither, never an exception)."""
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536])
        subject = _clean_header(header_text(headers.get("Subject", "")))[:998] or None
        sent_at = _utc_date(headers.get("Date"), set())
    except Exception:  # hostile bytes: nothing read is a fine answer
        return HeaderFacts(None, None)
    return HeaderFacts(subject, sent_at)
