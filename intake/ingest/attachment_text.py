"""Text out of attachments: text/plain, PDF (pypdf) and DOCX (python-docx); other types keep no text.

Extraction never raises: a damaged file gives ``(None, reason)`` and the
attachment is still stored byte-exact.
"""

from __future__ import annotations

import io
import logging
import zipfile

import docx
import pypdf

logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_EXTRACT_BYTES = 30 * 1024 * 1024
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# Extraction limits: a small file can expand to gigabytes (a decompression bomb). Over a limit the attachment
# is stored byte-exact with its text marked as not extracted and why; the message goes on.
MAX_EXPANDED_BYTES = 100 * 1024 * 1024   # what one attachment may expand to (a zip's entries together)
MAX_MESSAGE_EXPANDED_BYTES = 200 * 1024 * 1024  # what all attachments of one message may expand to
MAX_ZIP_ENTRIES = 2000                   # entries in a DOCX (or any zip container)
MAX_ZIP_RATIO = 200                      # expansion of one entry over 1 MB (XML compresses some 5 to 20 times)
MAX_PDF_PAGES = 1000
MAX_PDF_OBJECTS = 500_000
MAX_TEXT_CHARS = 10_000_000              # text kept from one attachment


class OverLimit(Exception):
    """An attachment over an extraction limit; the message says which (recorded as the text error)."""


def extract_text(filename: str, content_type: str, data: bytes,
                 budget: list[int] | None = None) -> tuple[str | None, str | None]:
    """(text, None), or (None, why not). ``budget`` is the message's remaining expansion allowance in bytes,
    a one-element list each attachment draws from."""
    kind = _kind(filename, content_type)
    if kind is None:
        return None, None
    if len(data) > MAX_EXTRACT_BYTES:
        return None, f"too large for text extraction ({len(data)} bytes)"
    try:
        expanded = _expanded_size(kind, data)
        if budget is not None:
            if expanded > budget[0]:
                raise OverLimit(f"the message's attachments expand past {MAX_MESSAGE_EXPANDED_BYTES // 2**20} MB "
                                "in total")
            budget[0] -= expanded
        text = _EXTRACTORS[kind](data)
    except OverLimit as limit:
        return None, f"not extracted: {limit}"
    except Exception as error:  # pypdf and python-docx fail in many ways on damaged files
        return None, f"could not read {kind}: {type(error).__name__}"
    if len(text) > MAX_TEXT_CHARS:
        return text[:MAX_TEXT_CHARS], None
    return text, None


def _expanded_size(kind: str, data: bytes) -> int:
    """What the file expands to, checked against the limits before any parser decompresses it."""
    if kind == "docx":
        return _check_zip(data)
    return len(data)  # a PDF's limits are checked as it is read (_pdf_text)


def _check_zip(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise OverLimit(f"the file holds {len(entries)} entries (limit {MAX_ZIP_ENTRIES})")
        total = 0
        for entry in entries:
            # The sizes are the zip's own word; reading an entry stops at its declared size and fails on
            # a wrong checksum, so a zip that lies about them cannot expand further than declared.
            if entry.file_size > 2**20 and entry.file_size > MAX_ZIP_RATIO * max(entry.compress_size, 1):
                raise OverLimit(f"an entry expands {entry.file_size // max(entry.compress_size, 1)} times "
                                f"(limit {MAX_ZIP_RATIO})")
            total += entry.file_size
        if total > MAX_EXPANDED_BYTES:
            raise OverLimit(f"the attachment expands past {MAX_EXPANDED_BYTES // 2**20} MB")
        return total


def _check_pdf(reader) -> None:
    objects = int(reader.trailer.get("/Size", 0) or 0)
    if objects > MAX_PDF_OBJECTS:
        raise OverLimit(f"the PDF has {objects} objects (limit {MAX_PDF_OBJECTS})")
    pages = len(reader.pages)
    if pages > MAX_PDF_PAGES:
        raise OverLimit(f"the PDF has {pages} pages (limit {MAX_PDF_PAGES})")


def _kind(filename: str, content_type: str) -> str | None:
    name = filename.lower()
    if content_type == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if content_type == DOCX_TYPE or name.endswith(".docx"):
        return "docx"
    if content_type == "text/plain" or name.endswith(".txt"):
        return "text"
    return None


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    _check_pdf(reader)
    pieces, length = [], 0
    for page in reader.pages:
        piece = (page.extract_text() or "").strip()
        pieces.append(piece)
        length += len(piece)
        if length > MAX_TEXT_CHARS:  # the rest would be cut anyway; reading it only costs time
            break
    return "\n".join(pieces).strip()


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(paragraphs).strip()


def _plain_text(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


_EXTRACTORS = {"pdf": _pdf_text, "docx": _docx_text, "text": _plain_text}
