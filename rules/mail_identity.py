"""When two arrivals are the same message: identical bytes, or one Message-ID with identical content.

Mail servers add headers on the way (Received, Delivered-To, Return-Path, DKIM and ARC signatures,
spam verdicts), so the copy in Sent, a re-delivery or the same mail fetched from two folders differ
in their first lines while the message is the same. Everything else may differ only when the message
differs: scanners and broken mailers reuse Message-IDs for other mail, and such mail must be stored
as a message of its own, never thrown away as a duplicate.

``content_sha256`` hashes the message without the transport headers of its top-level header block,
with line endings normalised (IMAP serves CRLF, a Maildir holds LF). It reads the bytes once.
"""
from __future__ import annotations

import hashlib
import re

# Added by servers in transit, never by the sender: their absence or presence does not make another message.
TRANSPORT_HEADERS = frozenset({
    "received", "x-received", "delivered-to", "return-path", "x-original-to", "envelope-to", "x-envelope-from",
    "x-envelope-to", "received-spf", "authentication-results", "arc-authentication-results", "arc-seal",
    "arc-message-signature", "dkim-signature", "x-google-dkim-signature", "domainkey-signature",
    "x-gm-message-state", "x-google-smtp-source", "x-ms-exchange-organization-authas",
    "x-ms-exchange-crosstenant-id", "x-spam-status", "x-spam-score", "x-spam-level", "x-spam-flag",
    "x-spam-checker-version", "x-virus-scanned", "x-virus-status", "x-originating-ip", "x-mailbox-line",
    "status", "x-status", "x-keywords", "x-uid", "lines", "content-length",
    # Kept in the sender's Sent copy, removed from every delivered copy on the way.
    "bcc",
})
_LINE_ENDINGS = re.compile(rb"\r\n?")
_HEADER_NAME = re.compile(rb"([!-9;-~]{1,76})[ \t]*:")


def content_sha256(raw: bytes) -> str:
    """SHA-256 of the message as its sender wrote it: transport headers dropped, line endings as LF."""
    text = _LINE_ENDINGS.sub(b"\n", raw)
    end = text.find(b"\n\n")
    header_block, rest = (text, b"") if end < 0 else (text[: end + 1], text[end + 1 :])
    digest = hashlib.sha256()
    keep = True
    for line in header_block.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):  # a folded continuation belongs to the header above it
            if keep:
                digest.update(line)
            continue
        name = _HEADER_NAME.match(line)
        keep = name is None or name.group(1).decode("ascii").lower() not in TRANSPORT_HEADERS
        if keep:
            digest.update(line)
    digest.update(rest)
    return digest.hexdigest()
