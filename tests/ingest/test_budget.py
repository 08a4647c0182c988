"""A budget per message: parsing and analysis run in a worker process under a time and memory limit.

The worker's parse step is replaced (before the fork, so the child inherits it) by one that stalls,
eats memory or dies on a marked message, and parses normally otherwise.
"""

from __future__ import annotations

import os
import threading
import time

import pytest
from sqlalchemy import func, select

from intake.ingest import worker as worker_module
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources import IncomingMessage, MailboxKey
from intake.ingest.worker import Budget, StopRequested
from models import IngestAttempt, LedgerEntry, Message
from rules.labels import quarantine_reason_text
from rules.retention import DEFAULT_POLICIES

real_parse = worker_module.parse_message


def hostile_parse(raw: bytes, *limits):
    if b"STALL" in raw:
        time.sleep(3600)
    if b"BLOAT" in raw:
        hoard = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GB, far past the budget
        return hoard
    if b"CRASH" in raw:
        os._exit(9)
    return real_parse(raw, *limits)


def message(marker: str, number: int) -> bytes:
    return (f"From: kari@example.no\r\nTo: post@proess.no\r\nSubject: {marker}\r\n"
            f"Message-ID: <{marker}-{number}@example.no>\r\n\r\nHei {marker}\r\n").encode()


def incoming(name: str, raw: bytes) -> IncomingMessage:
    return IncomingMessage(MailboxKey("test", "acct", "INBOX", "1", name), len(raw), lambda: raw)


@pytest.fixture
def isolated(sessions, analyzer, monkeypatch, request):
    """A pipeline with a worker under a small budget: 2 s for the stalling test, else a minute, so that a busy
    machine cannot turn a memory or crash case into a timeout."""
    monkeypatch.setattr(worker_module, "parse_message", hostile_parse)
    stop = threading.Event()
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    seconds = 2 if "stalling" in request.node.name else 60
    pipeline.isolate(Budget(timeout_seconds=seconds, memory_mb=256, max_attempts=2), stop)
    yield pipeline, stop
    pipeline.close()


def quarantine_reason(sessions, pk: int) -> str:
    with sessions() as session:
        return session.get(Message, pk).quarantine_reason


def test_a_stalling_message_is_quarantined_with_the_reason_and_the_next_one_is_stored(isolated, sessions):
    pipeline, _ = isolated
    stalled = pipeline.ingest(incoming("1", message("STALL", 1)))
    assert stalled.state == "quarantined"
    reason = quarantine_reason(sessions, stalled.message_pk)
    assert reason == "analysis took longer than 2 seconds"
    assert quarantine_reason_text(reason) == "analysen tok mer enn 2 sekunder"  # what staff read
    assert pipeline.ingest(incoming("2", message("normal", 2))).state == "stored"  # a fresh worker


def test_a_message_past_the_memory_budget_is_quarantined_with_the_reason(isolated, sessions):
    pipeline, _ = isolated
    bloated = pipeline.ingest(incoming("1", message("BLOAT", 1)))
    assert bloated.state == "quarantined"
    reason = quarantine_reason(sessions, bloated.message_pk)
    assert reason == "analysis needed more than 256 MB of memory"
    assert quarantine_reason_text(reason) == "analysen trengte mer enn 256 MB minne"
    assert pipeline.ingest(incoming("2", message("normal", 2))).state == "stored"


def test_a_message_that_kills_the_worker_is_quarantined_after_the_attempts_run_out(isolated, sessions):
    pipeline, _ = isolated
    crashed = pipeline.ingest(incoming("1", message("CRASH", 1)))
    assert crashed.state == "quarantined"
    assert "avbrutt 2 ganger" in quarantine_reason_text(quarantine_reason(sessions, crashed.message_pk))
    assert pipeline.ingest(incoming("2", message("normal", 2))).state == "stored"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(IngestAttempt)) == 0


def test_attempts_survive_a_restart_so_a_killer_message_is_not_retried_forever(isolated, sessions):
    pipeline, _ = isolated
    raw = message("normal", 1)
    import hashlib
    with sessions.begin() as session:  # two earlier starts on this message never finished (daemon killed)
        session.add(IngestAttempt(raw_sha256=hashlib.sha256(raw).hexdigest(), attempts=2))
    outcome = pipeline.ingest(incoming("1", raw))
    assert outcome.state == "quarantined"
    assert quarantine_reason(sessions, outcome.message_pk).startswith("processing was cut off 2 times")


def test_a_stop_while_the_worker_is_busy_returns_at_once_and_records_nothing(sessions, analyzer, monkeypatch):
    monkeypatch.setattr(worker_module, "parse_message", hostile_parse)
    stop = threading.Event()
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    pipeline.isolate(Budget(timeout_seconds=600, memory_mb=256, max_attempts=2), stop)
    threading.Timer(0.5, stop.set).start()
    try:
        with pytest.raises(StopRequested):
            pipeline.ingest(incoming("1", message("STALL", 1)))
    finally:
        pipeline.close()
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(LedgerEntry)) == 0
        assert session.scalar(select(func.count()).select_from(Message)) == 0
        assert session.scalar(select(IngestAttempt.attempts)) == 0  # a stop is not counted against the message
