"""Logs of a full run carry no message content, names, addresses, phone numbers or passwords."""

from __future__ import annotations

import csv
import logging
import re

from intake.logs import RedactingFilter
from intake.ingest.daemon import Daemon
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources.maildir import MaildirSource
from rules.retention import DEFAULT_POLICIES
from tests.ingest.helpers import RECORDS, import_sample_records


def personal_values() -> set[str]:
    values = set()
    with RECORDS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            values |= {row["name"], row["email"], row["phone"], row["street_address"]}
            values |= {part for part in row["name"].split() if len(part) > 3}
    return {value for value in values if value}


def test_a_full_run_logs_no_personal_data(sessions, analyzer, sample_maildir, caplog):
    subjects = set()
    for file in (sample_maildir / "new").iterdir():
        match = re.search(rb"^Subject: (.+)$", file.read_bytes(), re.MULTILINE)
        if match and len(match.group(1).strip()) > 8:
            subjects.add(match.group(1).strip().decode("ascii", "ignore"))
    with caplog.at_level(logging.DEBUG):
        import_sample_records(sessions)
        pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
        Daemon(lambda: MaildirSource(sample_maildir), pipeline, sessions, poll_interval=1).run(once=True)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "poll done" in text  # the logs were captured at all
    leaked = [value for value in personal_values() | subjects if value and value in text]
    assert leaked == []


def test_redacting_filter_masks_addresses_and_long_numbers():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "from %s tel %s fnr %s uid %s via %s",
                               ("kari@example.no", "+47 912 34 567", "01017012345", 42, "127.0.0.1"), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "from [address] tel [number] fnr [number] uid 42 via 127.0.0.1"
