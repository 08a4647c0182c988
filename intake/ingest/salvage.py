"""Damaged mail, read as far as it goes, the way mail readers do.

A broken mailer, a truncated download or a hand-edited file gives mail whose structure is damaged:
a boundary missing, declared wrongly or never closed, no blank line after the headers, a garbled
header line that ends the header block early, or no headers at all. Python's parser then reads the
rest of the header block, or the whole MIME structure, as one body, or gives nothing. Such mail
usually still holds readable text (names, phone numbers, property ids), and quarantined, none of it
would be linked or scanned.

``repair`` rewrites the raw bytes into mail that a parser reads as the sender meant it, and says what
it repaired; the pipeline stores the original bytes untouched and records the repairs as parse
defects. Only the structure is repaired (the header block, the top-level boundary), never the text.
Every step is a single pass over the lines, so a hostile message cannot make it slow.
"""

from __future__ import annotations

import re
from email.parser import BytesHeaderParser
from email.policy import compat32

# A header field: a name of printable characters (no space, no colon), then a colon (RFC 5322 2.2).
_FIELD = re.compile(rb"[!-9;-~]{1,76}:")
# Names that say "the header block goes on here", looked for after a line that is not a header.
_KNOWN_FIELDS = re.compile(
    rb"(?i)(from|to|cc|bcc|subject|date|message-id|reply-to|in-reply-to|references|mime-version|content-[a-z-]{1,40}"
    rb"|received|return-path|delivered-to|sender|x-[a-z0-9-]{1,60}|thread-[a-z-]{1,20}|importance|user-agent"
    rb"|organization|list-[a-z-]{1,20}|dkim-signature|arc-[a-z-]{1,30}|authentication-results)[ \t]*:")
# A MIME delimiter line: "--" and a boundary (RFC 2046: up to 70 characters; some mailers write longer ones).
_DELIMITER = re.compile(rb"--([\x21-\x7e][\x20-\x7e]{0,198}[\x21-\x7e]|[\x21-\x7e])[ \t]*$")
_PART_HEADER = re.compile(rb"(?i)content-[a-z-]{1,40}[ \t]*:")
_LOOKAHEAD = 3     # lines after a garbled header line in which the header block must go on
_LEADING = 5       # lines of junk tolerated before the first header
_HEAD_LINES = 2000  # a header block longer than this is not a header block

# The parse defects recorded for each repair.
LEADING_JUNK = "LeadingJunkBeforeHeadersDefect"
GARBLED_HEADER = "GarbledHeaderLineDefect"
NO_SEPARATOR = "MissingHeaderBodySeparatorDefect"
NO_HEADERS = "NoHeadersDefect"
BOUNDARY_FOUND = "BoundaryRecoveredDefect"
BOUNDARY_LOST = "MultipartReadAsTextDefect"
PARTS_WITHOUT_TYPE = "MultipartWithoutContentTypeDefect"
DELIMITER_MENDED = "DamagedDelimiterLineDefect"
ENCODING_FOUND = "TransferEncodingRecoveredDefect"


def repair(raw: bytes) -> tuple[bytes, tuple[str, ...]]:
    """``(bytes a parser reads as meant, the repairs made)``; ``(raw, ())`` when nothing needed repair."""
    lines = raw.splitlines(keepends=True)
    repairs: list[str] = []
    head, body = _split_header_block(lines, repairs)
    head, body = _repair_boundary(head, body, repairs)
    body = _repair_delimiters(head, body, repairs)
    body = _repair_nested_boundaries(head, body, repairs)
    if not any(line.lower().startswith(b"content-type:") for line in head):
        head = [*head, b"Content-Type: text/plain; charset=" + _charset_guess(body) + b"\n"]
        if not any(line.lower().startswith(b"content-transfer-encoding:") for line in head):
            encoding = _encoding_guess(body)
            if encoding:
                head.append(b"Content-Transfer-Encoding: " + encoding + b"\n")
                repairs.append(ENCODING_FOUND)
    if not repairs:
        return raw, ()
    newline = b"\r\n" if raw.count(b"\r\n") * 2 > raw.count(b"\n") else b"\n"
    header_bytes = b"".join(_ending(line, newline) for line in head)
    return header_bytes + newline + b"".join(body), tuple(dict.fromkeys(repairs))


def _split_header_block(lines: list[bytes], repairs: list[str]) -> tuple[list[bytes], list[bytes]]:
    """The header lines and the body lines, tolerating junk before the headers, garbled lines among
    them and a missing blank line after them."""
    start = 0
    while start < min(len(lines), _LEADING) and not _KNOWN_FIELDS.match(lines[start]) and lines[start][:2] != b"--":
        start += 1
    if start == min(len(lines), _LEADING) or start and not _known_block_at(lines, start) or lines[start][:2] == b"--":
        start = 0  # no header block near the start; a MIME delimiter first means the headers were lost
    elif start == 1 and lines[0].startswith(b"From "):
        pass  # an mbox "From " line, which parsers skip anyway
    elif start:
        repairs.append(LEADING_JUNK)
    head: list[bytes] = []
    index = start
    while index < len(lines) and index - start < _HEAD_LINES:
        line = lines[index]
        if not line.strip(b"\r\n"):
            return head, lines[index + 1:]  # the blank line: the header block ends as it should
        if _FIELD.match(line) or (head and line[:1] in (b" ", b"\t")):
            head.append(line)
        elif head and line[:2] != b"--" and (
                any(_KNOWN_FIELDS.match(after) for after in lines[index + 1:index + 1 + _LOOKAHEAD])
                or (index + 1 < len(lines) and not lines[index + 1].strip(b"\r\n") and not _prose(line))):
            # One bad line among the headers, or as their last line (not a line of text: a missing blank line
            # leaves text there): dropped, the block goes on.
            repairs.append(GARBLED_HEADER)
        else:
            break
        index += 1
    if not any(_KNOWN_FIELDS.match(line) for line in head):
        # No header block at all (a first line such as "Merk: ..." is text, not a header).
        repairs.append(NO_HEADERS)
        return [], lines[start:]
    if index < len(lines):
        repairs.append(NO_SEPARATOR)
    return head, lines[index:]


_PROSE_WORD = re.compile(rb"(?:[A-Za-z]|\xc3[\x80-\xbf]){2,}")


def _prose(line: bytes) -> bool:
    """A line of text (three words or more), as opposed to a broken header or noise."""
    return len(_PROSE_WORD.findall(line[:400])) >= 3 and not any(byte < 9 for byte in line[:400])


def _known_block_at(lines: list[bytes], start: int) -> bool:
    """Whether the lines from ``start`` look like a header block (two known fields in the next few lines)."""
    return sum(bool(_KNOWN_FIELDS.match(line)) for line in lines[start:start + 6]) >= 2


def _repair_boundary(head: list[bytes], body: list[bytes], repairs: list[str]) -> tuple[list[bytes], list[bytes]]:
    """A multipart message whose boundary is missing or is not the one its parts use gets the boundary its
    parts use; with no parts to be found it is read as text. Parts without a multipart header (lost with
    the headers) get one."""
    headers = BytesHeaderParser(policy=compat32).parsebytes(b"".join(head) + b"\n")
    content_type = str(headers.get("Content-Type", "") or "")
    multipart = content_type.strip().lower().startswith("multipart/")
    declared = headers.get_param("boundary", header="Content-Type") if multipart else None
    if isinstance(declared, tuple):
        declared = declared[2]
    declared = str(declared).strip() if declared else None
    used = _boundary_in_use(body)
    if multipart:
        if declared and declared.encode("ascii", "replace") in _delimiters(body):
            return head, body
        subtype = content_type.strip().split(";", 1)[0].split("/", 1)[1].strip() or "mixed"
        if used is None:
            repairs.append(BOUNDARY_LOST)
            return _with_content_type(head, b"text/plain; charset=" + _charset_guess(body)), body
        repairs.append(BOUNDARY_FOUND)
        return _with_content_type(head, b'multipart/' + _token(subtype) + b'; boundary="' + used + b'"'), body
    if used is not None and not content_type.strip():
        repairs.append(PARTS_WITHOUT_TYPE)
        return _with_content_type(head, b'multipart/mixed; boundary="' + used + b'"'), body
    return head, body


def _repair_delimiters(head: list[bytes], body: list[bytes], repairs: list[str]) -> list[bytes]:
    """A delimiter line damaged in transit ("-" for "--", a character added) merges its part into the one
    before; it is mended when it holds the boundary and part headers follow it."""
    boundary = _declared_boundary(head)
    if not boundary or len(boundary) < 8:
        return body
    core = boundary.strip(b"=-_.")[:24] or boundary
    good = (b"--" + boundary, b"--" + boundary + b"--")
    mended = list(body)
    for index, line in enumerate(body[:-1]):
        stripped = line.rstrip(b"\r\n")
        if core in stripped and stripped.rstrip() not in good and len(stripped) < len(boundary) + 12 \
                and _PART_HEADER.match(body[index + 1]):
            mended[index] = b"--" + boundary + line[len(stripped):]
            repairs.append(DELIMITER_MENDED)
    return mended


_NESTED_MULTIPART = re.compile(rb"(?i)content-type:[ \t]*multipart/")
_DECLARED = re.compile(rb'(?i)(boundary=)("?)([^";\s]{1,200})')


def _repair_nested_boundaries(head: list[bytes], body: list[bytes], repairs: list[str]) -> list[bytes]:
    """Nested multiparts (text and HTML inside mixed) whose declared boundary is not the one their parts
    use: each boundary declared in the body but never used is paired, in order, with a boundary used
    but never declared."""
    top = _declared_boundary(head)
    declared = []  # (line index, the boundary's match or None when the multipart declares none)
    for index, line in enumerate(body):
        if b"oundary=" in line and (match := _DECLARED.search(line)):
            declared.append((index, match))
        elif _NESTED_MULTIPART.match(line) and not (
                index + 1 < len(body) and body[index + 1][:1] in (b" ", b"\t") and b"oundary=" in body[index + 1]):
            declared.append((index, None))
    if not declared:
        return body
    used = [boundary for boundary in dict.fromkeys(_opening_boundaries(body)) if boundary != top]
    declared_values = {match.group(3) for _, match in declared if match}
    unused = [(index, match) for index, match in declared if match is None or match.group(3) not in used]
    undeclared = [boundary for boundary in used if boundary not in declared_values]
    if not unused or not undeclared:
        return body
    mended = list(body)
    for (index, match), boundary in zip(unused, undeclared):
        line = mended[index]
        if match is None:
            stripped = line.rstrip(b"\r\n")
            mended[index] = stripped + b'; boundary="' + boundary + b'"' + line[len(stripped):]
        else:
            mended[index] = line[:match.start(3)] + boundary + line[match.end(3):]
        repairs.append(BOUNDARY_FOUND)
    return mended


def _declared_boundary(head: list[bytes]) -> bytes | None:
    headers = BytesHeaderParser(policy=compat32).parsebytes(b"".join(head) + b"\n")
    if not str(headers.get("Content-Type", "")).strip().lower().startswith("multipart/"):
        return None
    declared = headers.get_param("boundary", header="Content-Type")
    if isinstance(declared, tuple):
        declared = declared[2]
    return str(declared).strip().encode("ascii", "replace") if declared else None


_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]{16,}={0,2}\r?\n?")
_QP_ESCAPE = re.compile(rb"=[0-9A-F]{2}|=\r?\n$")


def _encoding_guess(body: list[bytes]) -> bytes | None:
    """The transfer encoding of a body whose headers were lost: base64 when every line is base64,
    quoted-printable when its escapes are everywhere."""
    lines = [line for line in body[:5000] if line.strip()]
    if not lines:
        return None
    if all(_BASE64_LINE.fullmatch(line) for line in lines):
        return b"base64"
    if sum(bool(_QP_ESCAPE.search(line)) for line in lines) >= max(2, len(lines) // 3):
        return b"quoted-printable"
    return None


def _boundary_in_use(body: list[bytes]) -> bytes | None:
    """The boundary of the first delimiter line that opens a part (a delimiter followed by a Content- header;
    nested parts come after the first outer one); None when no part can be found."""
    return next(_opening_boundaries(body), None)


def _opening_boundaries(body: list[bytes]):
    """The boundary of each delimiter line followed by a part header, in order."""
    for index, line in enumerate(body[:-1]):
        if line[:2] != b"--":
            continue
        match = _DELIMITER.match(line.rstrip(b"\r\n"))
        if match and _PART_HEADER.match(body[index + 1]):
            boundary = match.group(1)
            yield boundary[:-2] if boundary.endswith(b"--") and len(boundary) > 2 else boundary


def _delimiters(body: list[bytes]) -> set[bytes]:
    result = set()
    for line in body:
        if line[:2] == b"--" and (match := _DELIMITER.match(line.rstrip(b"\r\n"))):
            boundary = match.group(1)
            result.add(boundary)
            if boundary.endswith(b"--"):
                result.add(boundary[:-2])
    return result


def _with_content_type(head: list[bytes], value: bytes) -> list[bytes]:
    """The header lines with every Content-Type field (and its continuation lines) replaced by one."""
    kept, skipping = [], False
    for line in head:
        if line[:1] in (b" ", b"\t") and skipping:
            continue
        skipping = line.lower().startswith(b"content-type:")
        if not skipping:
            kept.append(line)
    return [*kept, b"MIME-Version: 1.0\n" if not any(l.lower().startswith(b"mime-version:") for l in kept) else b"",
            b"Content-Type: " + value + b"\n"]


def _charset_guess(body: list[bytes]) -> bytes:
    """The charset of text that says none: UTF-8 when it decodes as such, else what Windows mailers wrote."""
    try:
        b"".join(body[:5000]).decode("utf-8")
        return b"utf-8"
    except UnicodeDecodeError as error:
        return b"utf-8" if error.start > len(b"".join(body[:5000])) - 4 else b"windows-1252"


def _token(text: str) -> bytes:
    return re.sub(r"[^a-z0-9.+-]", "", text.lower()).encode("ascii") or b"mixed"


def _ending(line: bytes, newline: bytes) -> bytes:
    return line.rstrip(b"\r\n") + newline if line else b""


# -- is anything readable left? -------------------------------------------------------------------

_READABLE_CHAR = re.compile(r"[A-Za-z0-9ÆØÅæøåÄÖÜäöüÉéÈèÓóÁá\s.,;:!?()«»\"'@/+\-–—_%&*#=<>\[\]€$§]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def readable(text: str) -> bool:
    """Whether a text holds something a person can read: a few words, and mostly the characters of
    written Norwegian (noise decoded as text is mostly other characters)."""
    sample = text[:20000]
    if len(_WORD.findall(sample[:4000])) < 2:
        return False
    plain = len(_READABLE_CHAR.findall(sample))
    return plain >= 0.85 * len(sample)
