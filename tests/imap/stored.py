"""What the database holds after a run, for the IMAP end-to-end tests."""

from __future__ import annotations

import time
from typing import Callable

from sqlalchemy import select

from intake.crypto import open_bytes
from models import Blob, LedgerEntry, Message


def stored_raw(sessions) -> list[bytes]:
    """The raw bytes of every stored or quarantined message."""
    with sessions() as session:
        return [open_bytes(session, row.key_id, row.content) for row in
                session.execute(select(Blob.content, Blob.key_id).join(Message, Message.raw_sha256 == Blob.sha256))]


def ledger_states(sessions) -> list[tuple[str, str]]:
    with sessions() as session:
        rows = session.execute(select(LedgerEntry.folder, LedgerEntry.state).order_by(LedgerEntry.id))
        return [tuple(row) for row in rows]


def assert_stored_exactly_once(sessions, originals: list[bytes]) -> None:
    """Every original is stored once, byte-exact, and nothing else is."""
    raws = stored_raw(sessions)
    assert len(raws) == len(set(raws)) == len(originals)
    assert sorted(raws) == sorted(originals)


def wait_until(condition: Callable[[], bool], seconds: float, what: str) -> float:
    """Seconds it took for ``condition`` to hold; fails the test after ``seconds``."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > seconds:
            raise AssertionError(f"not within {seconds} s: {what}")
        time.sleep(0.05)
    return time.monotonic() - started
