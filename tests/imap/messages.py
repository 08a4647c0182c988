"""Test messages as a mail server stores them: CRLF line ends, a unique Message-ID each."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def make_message(number: int, tag: str = "t", body_bytes: int = 0, sender: str = "kunde@example.test",
                 recipient: str = "post@proess.test") -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = f"Tilbud på tilbygg, sak {tag}-{number}"
    message["Date"] = format_datetime(START + timedelta(minutes=number))
    message["Message-ID"] = f"<{tag}.{number}@example.test>"
    text = f"Hei!\n\nVi viser til befaringen og sender tegningene for sak {tag}-{number}.\n\nHilsen kunden\n"
    line = "Beskrivelse av tilbygget, fasade mot vest, takvinkel og materialvalg.\n"
    text += line * (body_bytes // len(line))
    message.set_content(text)
    return message.as_bytes()
