"""Logging set-up. Code never logs message content, names, addresses or secrets; the filter
here is a second line of defence that masks anything shaped like an e-mail address or a
long number (phone, fødselsnummer, account) should one slip into a log call."""

from __future__ import annotations

import logging
import re
import sys

EMAIL_SHAPE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
LONG_NUMBER_SHAPE = re.compile(r"(?<![\w.-])\+?\d[\d .-]{6,}\d(?![\w-])")
IPV4_SHAPE = re.compile(r"\d{1,3}(\.\d{1,3}){3}")


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = LONG_NUMBER_SHAPE.sub(_mask_number, EMAIL_SHAPE.sub("[address]", message))
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def _mask_number(match: re.Match) -> str:
    # Server addresses help operators and identify no one; keep them.
    return match.group() if IPV4_SHAPE.fullmatch(match.group()) else "[number]"


def setup_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("alembic", "sqlalchemy", "imapclient", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
