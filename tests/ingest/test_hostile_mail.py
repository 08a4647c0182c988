"""The daemon against hostile mail (tests/corpus/hostile.py), as a real process on SQLite and PostgreSQL.

Every message is stored or quarantined with a reason, exactly once; duplicates are recognised; the daemon
stays alive and leaves nothing in the inbox. A stop while a message is being analysed comes at once and
leaves that message unacknowledged; a message that keeps getting the daemon killed is set aside.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Attachment, IngestAttempt, LedgerEntry, Message
from intake.crypto import make_sealer
from models.session import make_engine, session_factory
from tests.corpus.hostile import write_hostile_maildir
from tests.ingest.helpers import acknowledged, write_maildir_message

REPO = Path(__file__).resolve().parents[2]


def write_config(tmp_path: Path, database_url: str, maildir: Path, **budget) -> Path:
    settings = {"timeout_seconds": 120, "memory_mb": 1024, "max_attempts": 3, **budget}
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "{database_url}"\n[daemon]\ndata_dir = "{tmp_path / "var"}"\npoll_interval_seconds = 0.2\n'
        f'[mailbox]\nsource = "maildir"\n[maildir]\npath = "{maildir}"\n'
        "[budget]\n" + "".join(f"{key} = {value}\n" for key, value in settings.items()), encoding="utf-8")
    return config


def daemon(config: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "INTAKE_CONFIG": str(config), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "intake", "run", "--no-progress", *args], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def inbox(maildir: Path) -> list[Path]:
    return [p for sub in ("new", "cur") for p in (maildir / sub).iterdir()]


@pytest.mark.slow
def test_hostile_corpus_every_message_stored_or_quarantined_once_and_inbox_empty(tmp_path, database_url):
    maildir = tmp_path / "maildir"
    messages = write_hostile_maildir(maildir, long_size=128 * 1024)
    run = daemon(write_config(tmp_path, database_url, maildir), "--once")
    _, stderr = run.communicate(timeout=1200)
    assert run.returncode == 0, stderr.decode(errors="replace")[-2000:]
    assert inbox(maildir) == []
    assert sorted(p.read_bytes() for p in acknowledged(maildir)) == sorted(raw for raw, _ in messages.values())

    engine = make_engine(database_url)
    try:
        with session_factory(engine, sealer=make_sealer(tmp_path / "var", None))() as session:
            ledger = session.scalars(select(LedgerEntry)).all()
            assert len(ledger) == len(messages)  # each file recorded exactly once
            by_hash = {}
            for row in ledger:
                by_hash.setdefault(row.raw_sha256, []).append(row)
            for name, (raw, expected) in messages.items():
                rows = by_hash[hashlib.sha256(raw).hexdigest()]
                if expected == "duplicate":
                    assert "duplicate" in {row.state for row in rows}, name
                    continue
                first = [row.state for row in rows if row.state != "duplicate"]
                assert len(first) == 1, name  # one copy recorded as the message, any others as duplicates
                if expected == "quarantined":
                    assert first == ["quarantined"], name
                else:
                    # Stored, or over its budget on a slow machine: then quarantined with the reason.
                    assert first[0] in ("stored", "quarantined"), (name, first)
            stored = session.scalars(select(Message)).all()
            for message in stored:
                assert message.state in ("stored", "quarantined")
                if message.state == "quarantined":
                    assert message.quarantine_reason, message.id
            # No message twice: every stored raw hash is distinct, and duplicates point at a stored message.
            assert len({m.raw_sha256 for m in stored}) == len(stored)
            duplicates = [row for row in ledger if row.state == "duplicate"]
            assert len(duplicates) == 2 and all(row.message_pk is not None for row in duplicates)
            reused = session.scalars(select(Message).where(Message.message_id_header == "<reused@example.no>")).all()
            assert len(reused) == 2 and reused[1].same_message_id_as == reused[0].id
            bomb = session.scalar(select(Attachment).where(Attachment.filename == "tilbud.docx"))
            assert bomb.text is None and bomb.text_error.startswith("not extracted: an entry expands")
            pdf = session.scalar(select(Attachment).where(Attachment.filename == "tegninger.pdf"))
            assert pdf.text_error == "not extracted: the PDF has 1001 pages (limit 1000)"
            assert session.scalars(select(IngestAttempt)).all() == []
    finally:
        engine.dispose()


def slow_message() -> bytes:
    """Ordinary-looking mail whose analysis takes many seconds: a long text the NER model must read."""
    words = " ".join(f"Ola Jensen{i % 97} Dahl møtte Per Moe{i % 89} i Bergen." for i in range(30000))
    return (b"From: kari@example.no\nTo: post@proess.no\nSubject: Referat\nMessage-ID: <slow@example.no>\n\n"
            + words.encode())


def wait_for_attempt(database_url: str, process: subprocess.Popen, count: int = 1, seconds: float = 120) -> None:
    """Until the daemon has begun the message (its attempt is counted, committed, before the work)."""
    engine = make_engine(database_url)
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with session_factory(engine)() as session:  # counts only: no sealed content is read
                    if (session.scalar(select(IngestAttempt.attempts)) or 0) >= count:
                        return
            except Exception:  # the schema is not there yet
                pass
            time.sleep(0.1)
        raise AssertionError("the daemon never began the message")
    finally:
        engine.dispose()


@pytest.mark.slow
def test_sigterm_while_a_message_is_analysed_stops_at_once_and_leaves_it_unacknowledged(tmp_path, database_url):
    maildir = tmp_path / "maildir"
    write_maildir_message(maildir, "1764500100.S1.slow", slow_message())
    process = daemon(write_config(tmp_path, database_url, maildir, timeout_seconds=600))
    wait_for_attempt(database_url, process)
    process.send_signal(signal.SIGTERM)
    # Generous: the worker is killed at once; a daemon that waited for the analysis would take minutes.
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr.decode(errors="replace")[-2000:]
    assert [p.name for p in inbox(maildir)] == ["1764500100.S1.slow"]
    engine = make_engine(database_url)
    try:
        with session_factory(engine, sealer=make_sealer(tmp_path / "var", None))() as session:
            assert session.scalars(select(LedgerEntry)).all() == []
            assert session.scalar(select(IngestAttempt.attempts)) == 0  # a stop does not count against the message
    finally:
        engine.dispose()


@pytest.mark.slow
def test_sigkill_while_a_bomb_is_processed_then_restart_quarantines_it_and_loses_nothing(tmp_path, database_url):
    maildir = tmp_path / "maildir"
    write_maildir_message(maildir, "1764500200.K0.first", slow_message())  # read first: names sort
    others = {f"1764500201.K{n}.other": (f"From: ola@example.com\nTo: post@proess.no\nSubject: Nr {n}\n"
                                          f"Message-ID: <other-{n}@example.com>\n\nHei nummer {n}\n").encode()
              for n in range(5)}
    for name, raw in others.items():
        write_maildir_message(maildir, name, raw)
    config = write_config(tmp_path, database_url, maildir, timeout_seconds=600, max_attempts=2)
    for kill in range(2):
        process = daemon(config)
        wait_for_attempt(database_url, process, count=kill + 1)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    final = daemon(config, "--once")
    _, stderr = final.communicate(timeout=600)
    assert final.returncode == 0, stderr.decode(errors="replace")[-2000:]
    assert inbox(maildir) == []
    engine = make_engine(database_url)
    try:
        with session_factory(engine, sealer=make_sealer(tmp_path / "var", None))() as session:
            messages = session.scalars(select(Message)).all()
            assert len(messages) == 1 + len(others)  # nothing lost, nothing twice
            slow = session.scalar(select(Message).where(Message.raw_sha256 == hashlib.sha256(slow_message()).hexdigest()))
            assert slow.state == "quarantined"
            assert slow.quarantine_reason.startswith("processing was cut off 2 times")
            assert sorted(m.subject for m in messages if m.state == "stored") == [f"Nr {n}" for n in range(5)]
            assert len(session.scalars(select(LedgerEntry)).all()) == 1 + len(others)
    finally:
        engine.dispose()
