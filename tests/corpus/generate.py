"""The broken-mail corpus: committed cases in ``broken/`` plus cases built at test time.

Cases too large to commit (a 25 MB attachment) are built here instead.
``write_broken_maildir`` drops every case into a Maildir so that a daemon test
can show each one is kept, reported, and survived.
"""

from __future__ import annotations

import base64
import random
from pathlib import Path

BROKEN_DIR = Path(__file__).resolve().parent / "broken"
HUGE_ATTACHMENT_CASE = "huge_attachment_25mb"


def broken_cases() -> dict[str, bytes]:
    """Every committed case, by file stem, as raw bytes."""
    return {path.stem: path.read_bytes() for path in sorted(BROKEN_DIR.glob("*.eml"))}


def make_huge_attachment_message(size_bytes: int = 25 * 1024 * 1024) -> bytes:
    """A well-formed message whose one attachment decodes to exactly ``size_bytes`` bytes.

    The attachment is incompressible noise from a fixed seed, like a scanned
    drawing, so the output is the same on every call and its base64 is about
    a third larger than ``size_bytes``.
    """
    payload = random.Random(size_bytes).randbytes(size_bytes)
    head = (
        "From: Jonas Pedersen <jonas.pedersen@gmail.com>\n"
        "To: post@proess.no\n"
        "Subject: Skannet tegning av kjelleren\n"
        "Date: Mon, 27 Jan 2025 17:45:00 +0100\n"
        f"Message-ID: <huge-attachment-{size_bytes}@corpus.test>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="huge"\n'
        "\n"
        "--huge\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Her er den skannede tegningen av kjelleren i Tollbugata 40.\n"
        "\n"
        "--huge\n"
        'Content-Type: image/tiff; name="kjeller-skann.tif"\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="kjeller-skann.tif"\n'
        "\n"
    ).encode("ascii")
    return head + base64.encodebytes(payload) + b"--huge--\n"


def write_broken_maildir(root: Path, include_huge: bool = True) -> list[str]:
    """Put every case into ``root/new`` (file name = case name); returns the case names written."""
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    cases = broken_cases()
    if include_huge:
        cases[HUGE_ATTACHMENT_CASE] = make_huge_attachment_message()
    for name, raw in cases.items():
        (root / "new" / name).write_bytes(raw)
    return sorted(cases)
