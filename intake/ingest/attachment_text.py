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

from intake.config import ExtractionConfig

logging.getLogger("pypdf").setLevel(logging.ERROR)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# Extraction limits: a small file can expand to gigabytes (a decompression bomb). Over a limit the attachment
# is stored byte-exact with its text marked as not extracted and why; the message goes on. The limits are the
# [extraction] section of config.toml (intake/config.py, documented in the README).
DEFAULT_LIMITS = ExtractionConfig()


class OverLimit(Exception):
    """An attachment over an extraction limit; the message says which (recorded as the text error)."""


def extract_text(filename: str, content_type: str, data: bytes, budget: list[int] | None = None,
                 limits: ExtractionConfig = DEFAULT_LIMITS) -> tuple[str | None, str | None]:
    """(text, None), or (None, why not). ``budget`` is the message's remaining expansion allowance in bytes,
    a one-element list each attachment draws from."""
    kind = _kind(filename, content_type)
    if kind is None:
        return None, None
    if len(data) > limits.max_attachment_bytes:
        return None, f"too large for text extraction ({len(data)} bytes)"
    try:
        expanded = _expanded_size(kind, data, limits)
        if budget is not None:
            if expanded > budget[0]:
                raise OverLimit(f"the message's attachments expand past {limits.max_message_expanded_bytes // 2**20} MB "
                                "in total")
            budget[0] -= expanded
        text = _EXTRACTORS[kind](data, limits)
    except OverLimit as limit:
        return None, f"not extracted: {limit}"
    except Exception as error:  # pypdf and python-docx fail in many ways on damaged files
        return None, f"could not read {kind}: {type(error).__name__}"
    if len(text) > limits.max_text_chars:
        return text[:limits.max_text_chars], None
    return text, None


def _expanded_size(kind: str, data: bytes, limits: ExtractionConfig) -> int:
    """What the file expands to, checked against the limits before any parser decompresses it."""
    if kind == "docx":
        return _check_zip(data, limits)
    return len(data)  # a PDF's limits are checked as it is read (_pdf_text)


def _check_zip(data: bytes, limits: ExtractionConfig) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        if len(entries) > limits.max_zip_entries:
            raise OverLimit(f"the file holds {len(entries)} entries (limit {limits.max_zip_entries})")
        total = 0
        for entry in entries:
            # The sizes are the zip's own word; reading an entry stops at its declared size and fails on
            # a wrong checksum, so a zip that lies about them cannot expand further than declared.
            if entry.file_size > 2**20 and entry.file_size > limits.max_zip_ratio * max(entry.compress_size, 1):
                raise OverLimit(f"an entry expands {entry.file_size // max(entry.compress_size, 1)} times "
                                f"(limit {limits.max_zip_ratio})")
            total += entry.file_size
        if total > limits.max_expanded_bytes:
            raise OverLimit(f"the attachment expands past {limits.max_expanded_bytes // 2**20} MB")
        return total


def _check_pdf(reader, limits: ExtractionConfig) -> None:
    objects = int(reader.trailer.get("/Size", 0) or 0)
    if objects > limits.max_pdf_objects:
        raise OverLimit(f"the PDF has {objects} objects (limit {limits.max_pdf_objects})")
    pages = len(reader.pages)
    if pages > limits.max_pdf_pages:
        raise OverLimit(f"the PDF has {pages} pages (limit {limits.max_pdf_pages})")


def _kind(filename: str, content_type: str) -> str | None:
    name = filename.lower()
    if content_type == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if content_type == DOCX_TYPE or name.endswith(".docx"):
        return "docx"
    if content_type == "text/plain" or name.endswith(".txt"):
        return "text"
    return None


def _pdf_text(data: bytes, limits: ExtractionConfig) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    _check_pdf(reader, limits)
    pieces, length = [], 0
    for page in reader.pages:
        piece = (page.extract_text() or "").strip()
        pieces.append(piece)
        length += len(piece)
        if length > limits.max_text_chars:  # the rest would be cut anyway; reading it only costs time
            break
    return "\n".join(pieces).strip()


def _docx_text(data: bytes, limits: ExtractionConfig) -> str:
    document = docx.Document(io.BytesIO(data))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(paragraphs).strip()


def _plain_text(data: bytes, limits: ExtractionConfig) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


_EXTRACTORS = {"pdf": _pdf_text, "docx": _docx_text, "text": _plain_text}
