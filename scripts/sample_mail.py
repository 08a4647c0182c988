"""Building blocks for synthetic mail: MIME parts, attachments and Maildir output.

Shared by ``make_examples.py`` (the hand-written sample mailbox) and
``make_bench_maildir.py`` (the large generated benchmark mailbox).

Messages are assembled as bytes by hand instead of through ``email.message``
because the samples must control exactly which charset and transfer encoding
each part uses (raw 8-bit latin-1, quoted-printable windows-1252, RFC 2047
words in a chosen charset): the stdlib generator would normalise those away.
Everything here is deterministic: no clock, no random boundaries, no zip
timestamps, so regenerating the samples reproduces them byte for byte.
"""

from __future__ import annotations

import base64
import hashlib
import io
import quopri
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import quote
from xml.sax.saxutils import escape as xml_escape

TRANSFER_ENCODINGS = ("7bit", "8bit", "quoted-printable", "base64")


@dataclass(frozen=True)
class Part:
    """A leaf MIME part: text body or attachment."""

    content_type: str
    data: bytes
    charset: str | None = None
    transfer_encoding: str = "base64"
    filename: str | None = None

    def render(self) -> bytes:
        if self.transfer_encoding not in TRANSFER_ENCODINGS:
            raise ValueError(f"unknown transfer encoding {self.transfer_encoding!r}")
        content_type = self.content_type
        if self.charset:
            content_type += f'; charset="{self.charset}"'
        if self.filename:
            content_type += "; " + _filename_param("name", self.filename)
        lines = [f"Content-Type: {content_type}", f"Content-Transfer-Encoding: {self.transfer_encoding}"]
        if self.filename:
            lines.append("Content-Disposition: attachment; " + _filename_param("filename", self.filename))
        head = "\n".join(lines).encode("ascii")
        return head + b"\n\n" + _encode_body(self.data, self.transfer_encoding)


@dataclass(frozen=True)
class Multipart:
    """A multipart container; the boundary is derived from its content so output is stable."""

    subtype: str
    parts: Sequence["Part | Multipart"]

    def render(self) -> bytes:
        rendered = [part.render() for part in self.parts]
        boundary = "=_" + hashlib.sha1(b"".join(rendered)).hexdigest()[:24]
        out = [f'Content-Type: multipart/{self.subtype}; boundary="{boundary}"\n\n'.encode("ascii")]
        for body in rendered:
            out.append(f"--{boundary}\n".encode("ascii") + body.rstrip(b"\n") + b"\n")
        out.append(f"--{boundary}--\n".encode("ascii"))
        return b"".join(out)


@dataclass(frozen=True)
class Mail:
    """A whole message; ``headers`` holds extra headers already in wire form."""

    sender: str
    to: Sequence[str]
    subject: str
    date: datetime
    message_id: str
    body: Part | Multipart
    cc: Sequence[str] = ()
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    subject_charset: str = "utf-8"
    subject_encoding: str = "q"
    headers: Sequence[tuple[str, str]] = ()

    def render(self) -> bytes:
        lines = [
            ("From", self.sender),
            ("To", ", ".join(self.to)),
        ]
        if self.cc:
            lines.append(("Cc", ", ".join(self.cc)))
        lines += [
            ("Subject", encode_words(self.subject, self.subject_charset, self.subject_encoding)),
            ("Date", format_datetime(self.date)),
            ("Message-ID", self.message_id),
        ]
        if self.in_reply_to:
            lines.append(("In-Reply-To", self.in_reply_to))
        if self.references:
            lines.append(("References", "\n ".join(self.references)))
        lines.append(("MIME-Version", "1.0"))
        lines += list(self.headers)
        head = "".join(f"{name}: {value}\n" for name, value in lines).encode("ascii")
        return head + self.body.render()


def text(body: str, subtype: str = "plain", charset: str = "utf-8",
         transfer_encoding: str = "quoted-printable") -> Part:
    return Part(f"text/{subtype}", body.encode(charset), charset=charset, transfer_encoding=transfer_encoding)


def attachment(filename: str, content_type: str, data: bytes) -> Part:
    return Part(content_type, data, filename=filename)


def address(name: str, addr: str, charset: str = "utf-8", encoding: str = "q") -> str:
    """A From/To address; a non-ASCII display name becomes RFC 2047 words in ``charset``."""
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_words(name, charset, encoding)} <{addr}>"


def encode_words(value: str, charset: str = "utf-8", encoding: str = "q") -> str:
    """RFC 2047-encode ``value`` when it is not plain ASCII, as Q words (most clients) or B words (Outlook)."""
    if value.isascii():
        return value
    if encoding not in ("q", "b"):
        raise ValueError(f"RFC 2047 encoding is q or b, not {encoding!r}")
    prefix = f"=?{charset}?{encoding}?"
    room = 75 - len(prefix) - 2
    words, chunk = [], ""
    for char in value:
        if chunk and len(_encode_word_text(chunk + char, charset, encoding)) > room:
            words.append(chunk)
            chunk = ""
        chunk += char
    words.append(chunk)
    return "\n ".join(f"{prefix}{_encode_word_text(word, charset, encoding)}?=" for word in words)


def _encode_word_text(value: str, charset: str, encoding: str) -> str:
    data = value.encode(charset)
    if encoding == "b":
        return base64.b64encode(data).decode("ascii")
    return "".join(chr(byte) if byte in _Q_LITERAL else "_" if byte == 0x20 else f"={byte:02X}" for byte in data)


_Q_LITERAL = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _filename_param(key: str, filename: str) -> str:
    """``name``/``filename`` parameter; non-ASCII names use RFC 2231 as Gmail and Thunderbird send them."""
    if filename.isascii():
        return f'{key}="{filename}"'
    return f"{key}*=utf-8''{quote(filename)}"


def _encode_body(data: bytes, transfer_encoding: str) -> bytes:
    if transfer_encoding == "base64":
        return base64.encodebytes(data)
    if transfer_encoding == "quoted-printable":
        return quopri.encodestring(data).replace(b"\r\n", b"\n") + b"\n"
    return data.replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n"


def make_pdf(lines: Sequence[str], title: str = "") -> bytes:
    """A one-page PDF with real, extractable text (Helvetica, WinAnsi so æøå survive); at most 52 lines fit."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines[:52]:
        ops.append(f"({_pdf_string(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        f"<< /Title ({_pdf_string(title)}) /Producer (proESS sample generator) >>".encode("cp1252"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _pdf_string(value: str) -> str:
    return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


_DOCX_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_docx(paragraphs: Iterable[str]) -> bytes:
    """A minimal valid DOCX (readable by Word and python-docx) with fixed zip timestamps."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{xml_escape(paragraph)}</w:t></w:r></w:p>' for paragraph in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (
            ("[Content_Types].xml", _DOCX_CONTENT_TYPES),
            ("_rels/.rels", _DOCX_RELS),
            ("word/document.xml", document),
        ):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def make_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid single-colour PNG: an attachment type that carries no text."""
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 9)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return len(payload).to_bytes(4, "big") + kind + payload + zlib.crc32(kind + payload).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def fodselsnummer(day: int, month: int, year: int, individual: int) -> str:
    """A checksum-valid fødselsnummer; raises if the individual number gives no valid checksum."""
    if not 0 <= individual <= 999:
        raise ValueError("individual number is three digits")
    digits = [int(c) for c in f"{day:02d}{month:02d}{year % 100:02d}{individual:03d}"]
    k1 = _mod11(digits, (3, 7, 6, 1, 8, 9, 4, 5, 2))
    k2 = _mod11(digits + [k1], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
    return "".join(map(str, digits + [k1, k2]))


def kontonummer(first_ten: str) -> str:
    """A mod-11 valid Norwegian bank account number, formatted 1234.56.78903."""
    digits = [int(c) for c in first_ten]
    check = _mod11(digits, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
    number = first_ten + str(check)
    return f"{number[:4]}.{number[4:6]}.{number[6:]}"


def organisasjonsnummer(first_eight: str) -> str:
    digits = [int(c) for c in first_eight]
    return first_eight + str(_mod11(digits, (3, 2, 7, 6, 5, 4, 3, 2)))


def _mod11(digits: Sequence[int], weights: Sequence[int]) -> int:
    check = (11 - sum(d * w for d, w in zip(digits, weights))) % 11
    if check == 10:
        raise ValueError("no valid mod-11 check digit for these digits")
    return check


def maildir_name(when: datetime, sequence: int, host: str, seen_flags: str | None = None) -> str:
    """Path of a message inside a Maildir: ``new/NAME`` when unseen, ``cur/NAME:2,FLAGS`` once read."""
    seconds = int(when.timestamp())
    if seen_flags is None:
        return f"new/{seconds}.{sequence:06d}.{host}"
    return f"cur/{seconds}.M{sequence}P1.{host}:2,{seen_flags}"


def write_maildir(root: Path, messages: Iterable[tuple[str, bytes]]) -> int:
    """Write (path from ``maildir_name``, raw bytes) pairs under ``root``; returns how many were written."""
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    count = 0
    for name, raw in messages:
        (root / name).write_bytes(raw)
        count += 1
    return count
