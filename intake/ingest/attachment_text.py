"""Text out of attachments: text/plain, PDF (pypdf) and DOCX (python-docx); other types keep no text.

Extraction never raises: a damaged file gives ``(None, reason)`` and the
attachment is still stored byte-exact.
"""

from __future__ import annotations

import io
import logging

import docx
import pypdf

logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_EXTRACT_BYTES = 30 * 1024 * 1024
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def extract_text(filename: str, content_type: str, data: bytes) -> tuple[str | None, str | None]:
    kind = _kind(filename, content_type)
    if kind is None:
        return None, None
    if len(data) > MAX_EXTRACT_BYTES:
        return None, f"too large for text extraction ({len(data)} bytes)"
    try:
        return _EXTRACTORS[kind](data), None
    except Exception as error:  # pypdf and python-docx fail in many ways on damaged files
        return None, f"could not read {kind}: {type(error).__name__}"


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
    return "\n".join((page.extract_text() or "").strip() for page in reader.pages).strip()


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
