"""A hostile-mail corpus, as an attacker or a broken mailer would send it (issue 17).

    python -m tests.corpus.hostile DIR      # writes a Maildir (new/, cur/, tmp/) at DIR

Long words and lines, pattern-breaking strings, nested and oversized containers, a DOCX bomb, a PDF
over the page limit, reused Message-IDs and file names, duplicates with transport headers added.
``expected`` says what the daemon must make of each file: stored, quarantined or duplicate.
"""
from __future__ import annotations

import io
import sys
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path

import pypdf

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _mail(subject: str, body: str, message_id: str, sender: str = "kari.nordmann@example.no") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"Kari Nordmann <{sender}>"
    mail["To"] = "post@proess.no"
    mail["Subject"] = subject
    mail["Date"] = "Mon, 30 Nov 2026 10:00:00 +0100"
    mail["Message-ID"] = message_id
    mail.set_content(body)
    return mail


def docx_bomb(expanded_mb: int = 60) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        paragraph = "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>"
        archive.writestr("word/document.xml", "<w:document><w:body>"
                         + paragraph * (expanded_mb * 2**20 // len(paragraph)) + "</w:body></w:document>")
    return buffer.getvalue()


def pdf_with_pages(pages: int) -> bytes:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=72, height=72)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_bomb(operators: int = 400_000) -> bytes:
    """A small PDF whose one page's content stream expands to many megabytes of text operators: 24 KB that
    take pypdf some 25 s and 330 MB to read (the page and object counts are harmless; the budget stops it)."""
    content = b"BT /F1 12 Tf 72 712 Td (Hei igjen) Tj ET\n" * operators
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _nested(depth: int) -> EmailMessage:
    inner = _mail("Innerst", "Ring meg på 912 34 567. Gnr 12 bnr 345 i Asker.", "<nested-0@example.no>")
    for level in range(1, depth):
        outer = _mail(f"Fwd nivå {level}", f"Videresendt {level}", f"<nested-{level}@example.no>")
        outer.add_attachment(inner)
        inner = outer
    return inner


def hostile_messages(long_size: int = 256 * 1024) -> dict[str, tuple[bytes, str]]:
    """{file name in new/ (or "cur/NAME" for cur/): (bytes, expected outcome)}."""
    messages: dict[str, tuple[bytes, str]] = {}

    def add(name: str, raw: bytes, expected: str) -> None:
        messages[name] = (raw, expected)

    runs = {"long-word": "a", "digits": "1", "at-signs": "@", "dots": ".", "spaces": " ", "norwegian": "æøå",
            "email-like": "a@", "property-cue": "gnr ", "capitalised": "Kari "}
    for number, (name, unit) in enumerate(runs.items()):
        body = "Hei,\n" + (unit * (long_size // len(unit))) + "\nMvh Kari"
        add(f"1764500000.H{number:02d}.hostile", _mail(f"Lang tekst {name}", body,
                                                       f"<run-{name}@example.no>").as_bytes(), "stored")
    add("1764500001.H20.hostile", _mail("Én lang linje", "x" * 64 + " ".join(["ord"] * 40000),
                                        "<long-line@example.no>").as_bytes(), "stored")
    add("1764500002.H21.hostile", _nested(12).as_bytes(), "stored")
    bomb = _mail("Tilbud", "Se vedlagt tilbud.", "<docx-bomb@example.no>")
    bomb.add_attachment(docx_bomb(), maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1], filename="tilbud.docx")
    add("1764500003.H22.hostile", bomb.as_bytes(), "stored")
    pages = _mail("Tegninger", "Vedlagt tegningene.", "<pdf-pages@example.no>")
    pages.add_attachment(pdf_with_pages(1001), maintype="application", subtype="pdf", filename="tegninger.pdf")
    add("1764500004.H23.hostile", pages.as_bytes(), "stored")

    original = _mail("Tilbud på tilbygg", "Hei, her er tilbudet. Ring 912 34 567.", "<reused@example.no>")
    add("1764500005.H24.hostile", original.as_bytes(), "stored")
    other = _mail("Skjema", "Mitt fødselsnummer står i skjemaet.", "<reused@example.no>", sender="ola@example.com")
    add("1764500006.H25.hostile", other.as_bytes(), "stored")  # reused Message-ID, other content
    relayed = (b"Received: from mx.example.no by mx.proess.no; Mon, 30 Nov 2026 10:00:01 +0100\n"
               b"Delivered-To: post@proess.no\nX-Original-To: post@proess.no\n" + original.as_bytes())
    add("1764500007.H26.hostile", relayed, "duplicate")  # the same mail with transport headers added
    add("1764500008.H27.hostile", original.as_bytes(), "duplicate")  # the same bytes again
    # A reused file name: the same name in new/ and cur/ with different mail.
    add("1764500009.H28.hostile", _mail("Første", "Første e-post.", "<name-1@example.no>").as_bytes(), "stored")
    add("cur/1764500009.H28.hostile:2,S", _mail("Andre", "Andre e-post.", "<name-2@example.no>").as_bytes(), "stored")
    add("1764500010.H29.hostile", b"", "quarantined")
    add("1764500011.H30.hostile", bytes(range(256)) * 64, "quarantined")
    add("1764500012.H31.hostile", b"Subject: " + b"A" * 200_000 + b"\n\nkort\n", "stored")
    return messages


def write_hostile_maildir(maildir: Path, long_size: int = 256 * 1024) -> dict[str, tuple[bytes, str]]:
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    messages = hostile_messages(long_size)
    for name, (raw, _) in messages.items():
        path = maildir / name if name.startswith("cur/") else maildir / "new" / name
        path.write_bytes(raw)
    return messages


if __name__ == "__main__":
    written = write_hostile_maildir(Path(sys.argv[1]))
    print(f"{len(written)} hostile messages in {sys.argv[1]}")
