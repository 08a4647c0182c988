"""Render the retention report's HTML body in headless Chromium and save a PNG screenshot.

    .venv/bin/python scripts/render_report_screenshot.py [--eml FILE] [--png /tmp/retention-report.png]

Without --eml it renders a representative report with every section filled
(made-up ids, no real data); with --eml it renders a message written by
`intake report retention --out FILE`. The screenshot goes outside the
repository (default /tmp) and is for a person to look at.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.reporting.render import Envelope, body_part, compose_message  # noqa: E402
from rules.retention_report import (  # noqa: E402
    QUARANTINE,
    REVIEW,
    Disposal,
    HeldItem,
    ActiveHold,
    Period,
    PreviousReport,
    ReportInputs,
    SubjectRequest,
    WaitingMail,
    build_report,
)

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars")
BASES = {
    "customer_correspondence": "Avtale med kunden om prosjektering (GDPR art. 6(1)(b)); oppbevares for mulige rettskrav "
                               "i 13 år etter at prosjekteringen er avsluttet (personvernerklæringen)",
    "accounting_document": "Bokføringsloven § 13: regnskapsdokumentasjon oppbevares i 5 år etter regnskapsårets slutt "
                           "(GDPR art. 6(1)(c))",
    "unlinked_mail": "Berettiget interesse i å kunne knytte innkommende e-post til en kunde (GDPR art. 6(1)(f))",
}


def sample_message() -> bytes:
    held = []
    for pk in range(1, 181):
        category = ("customer_correspondence", "customer_correspondence", "accounting_document", "unlinked_mail")[pk % 4]
        labels = (("EMAIL", "PHONE"), ("EMAIL", "ADDRESS", "PROPERTY_ID"), ("EMAIL",), ("NATIONAL_ID", "EMAIL"), ())[pk % 5]
        until = None if category == "customer_correspondence" and pk % 3 else date(2026, 11, 29) + timedelta(days=pk * 9)
        if pk in (3, 7):
            until = date(2026, 11, 28)
        held.append(HeldItem(pk, category, BASES[category], labels, until, pk in (17, 18)))
    inputs = ReportInputs(
        period=Period(2026, 11),
        today=date(2026, 12, 1),
        held=tuple(held),
        legal_holds=(ActiveHold("H3", "prosjekt P-2024-07", date(2026, 3, 4), "ark1"),
                     ActiveHold("H5", "melding 18", date(2026, 11, 2), "ark1")),
        disposals=(Disposal("D41", "melding 302", "unlinked_mail", "tor", "ark1", date(2026, 11, 9)),
                   Disposal("D42", "melding 305", "unlinked_mail", "tor", "ark1", date(2026, 11, 9))),
        requests=(SubjectRequest("R7", "access", "K-1004", date(2026, 10, 27), date(2026, 11, 27), None),
                  SubjectRequest("R8", "access", "K-1011", date(2026, 11, 16), date(2026, 12, 16), None),
                  SubjectRequest("R6", "access", "K-1002", date(2026, 10, 12), date(2026, 11, 12), date(2026, 11, 3)),
                  SubjectRequest("erasure-12", "erasure", "erasure-12", None, None, date(2026, 11, 19))),
        waiting=(WaitingMail(171, REVIEW, date(2026, 11, 12)), WaitingMail(175, REVIEW, date(2026, 11, 27)),
                 WaitingMail(176, QUARANTINE, date(2026, 11, 21))),
        previous=PreviousReport("2026-10", {"held_total": 166, "held_undated": 31, "due": 9, "overdue": 0, "legal_holds": 2,
                                            "disposals": 4, "requests_open": 1, "requests_late": 0, "review": 4,
                                            "quarantine": 0}),
    )
    envelope = Envelope("intake@proess.no", ("ledelsen@proess.no",), "[intake]", "<retention-2026-11@intake.proess.no>",
                        datetime(2026, 12, 1, 7, 0, tzinfo=ZoneInfo("Europe/Oslo")))
    return compose_message(build_report(inputs), envelope)


def screenshot(html: str, png: Path, width: int, height: int) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium not found: apt-get install -y chromium")
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "report.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={work}/profile", f"--window-size={width},{height}",
                        f"--screenshot={png}", page.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eml", type=Path, help="a message written by `intake report retention --out`")
    parser.add_argument("--png", type=Path, default=Path(tempfile.gettempdir()) / "retention-report.png")
    parser.add_argument("--width", type=int, default=900)
    parser.add_argument("--height", type=int, default=2600)
    args = parser.parse_args()
    content = args.eml.read_bytes() if args.eml else sample_message()
    screenshot(body_part(content, "html"), args.png.resolve(), args.width, args.height)
    print(args.png)


if __name__ == "__main__":
    main()
