"""Extraction limits: decompression bombs are stored byte-exact with their text marked as not extracted and why."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pypdf

from intake.config import ExtractionConfig, load_config
from intake.ingest.attachment_text import DOCX_TYPE, extract_text
from intake.ingest.parsing import parse_message
from rules.labels import attachment_text_error_text


def docx_bomb(expanded_mb: int = 40) -> bytes:
    """A DOCX whose document.xml expands some thousand times: the shape of the 306 KB file that took 255 s."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        paragraph = "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>"
        archive.writestr("word/document.xml", "<w:document><w:body>" + paragraph * (expanded_mb * 2**20 // len(paragraph))
                         + "</w:body></w:document>")
    return buffer.getvalue()


def docx_with_many_entries(entries: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(entries):
            archive.writestr(f"word/media/{number}.xml", "<x/>")
    return buffer.getvalue()


def pdf_with_pages(pages: int) -> bytes:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=72, height=72)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_docx_bomb_is_not_extracted_and_says_why():
    bomb = docx_bomb()
    assert len(bomb) < 500_000
    text, error = extract_text("tilbud.docx", DOCX_TYPE, bomb)
    assert text is None and error.startswith("not extracted: an entry expands") and "(limit 200)" in error
    assert attachment_text_error_text(error).startswith("teksten er ikke hentet ut: en del av filen blir")


def test_a_zip_container_with_too_many_entries_is_not_extracted():
    text, error = extract_text("mange.docx", DOCX_TYPE, docx_with_many_entries(2001))
    assert text is None and error == "not extracted: the file holds 2001 entries (limit 2000)"
    assert attachment_text_error_text(error) == "teksten er ikke hentet ut: filen har 2001 deler (grensen er 2000)"


def test_a_pdf_over_the_page_limit_is_not_extracted():
    limits = ExtractionConfig(max_pdf_pages=20)  # [extraction] max_pdf_pages in config.toml
    text, error = extract_text("tegning.pdf", "application/pdf", pdf_with_pages(21), limits=limits)
    assert text is None and error == "not extracted: the PDF has 21 pages (limit 20)"
    assert extract_text("tegning.pdf", "application/pdf", pdf_with_pages(20), limits=limits)[1] is None


def test_attachments_of_one_message_share_one_expansion_allowance():
    # Each bomb alone is allowed; together they are not.
    limits = ExtractionConfig(max_zip_ratio=10**9, max_message_expanded_bytes=30 * 2**20)
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"], mail["Message-ID"] = "kari@example.no", "post@proess.no", "Filer", "<b@x>"
    mail.set_content("Hei, se vedlagt.")
    bomb = docx_bomb(20)
    for name in ("a.docx", "b.docx"):
        mail.add_attachment(bomb, maintype="application",
                            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    parsed = parse_message(mail.as_bytes(), limits)
    first, second = parsed.attachments
    # The first fits the allowance and goes on to the reader (this stripped-down DOCX has no parts python-docx
    # wants, so the reader's own error is recorded); the second is over the allowance and never read.
    assert not (first.text_error or "").startswith("not extracted")
    assert second.text is None and second.text_error == "not extracted: the message's attachments expand past 30 MB in total"
    assert second.payload == bomb  # stored byte-exact all the same


def test_the_limits_are_read_from_the_extraction_section_of_the_config(tmp_path):
    (tmp_path / "config.toml").write_text("[extraction]\nmax_pdf_pages = 5\nmax_zip_entries = 10\n", encoding="utf-8")
    limits = load_config(tmp_path / "config.toml", environ={}).extraction
    assert (limits.max_pdf_pages, limits.max_zip_entries) == (5, 10)
    assert limits.max_expanded_bytes == ExtractionConfig().max_expanded_bytes  # the others keep their defaults
    _, error = extract_text("mange.docx", DOCX_TYPE, docx_with_many_entries(11), limits=limits)
    assert error == "not extracted: the file holds 11 entries (limit 10)"
