"""Kill the daemon with SIGKILL at random moments; every message must end up stored exactly once, byte-exact."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import LedgerEntry, Message
from intake.crypto import make_sealer
from models.session import make_engine, session_factory
from tests.ingest.helpers import acknowledged, assert_stored_byte_exact, generate_maildir

REPO = Path(__file__).resolve().parents[2]
# Eight kills over 150 messages: each lands mid-work (the targets are spread by progress, below), and the backlog
# between two kills still spans several messages. 300 messages and ten kills proved no more and cost the suite a
# minute and a half on two backends.
KILLS = 8


def write_config(tmp_path: Path, database_url: str, maildir: Path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "{database_url}"\n[daemon]\ndata_dir = "{tmp_path / "var"}"\npoll_interval_seconds = 0.2\n'
        f'[mailbox]\nsource = "maildir"\n[maildir]\npath = "{maildir}"\n', encoding="utf-8")
    return config


def daemon(config: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "INTAKE_CONFIG": str(config), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "intake", "run", "--no-progress", *args], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_and_duplicates_nothing(tmp_path, database_url):
    maildir = tmp_path / "maildir"
    originals = generate_maildir(maildir, count=150, seed=7)
    config = write_config(tmp_path, database_url, maildir)
    chance = random.Random(20261125)

    def done() -> int:
        return len(acknowledged(maildir))

    # Kill points are spread over the backlog by progress, not by clock, so every kill
    # lands mid-work however fast the machine is; a little jitter varies the moment.
    targets = sorted(chance.sample(range(5, len(originals) - 5), KILLS))
    done_after_each_kill = []
    for target in targets:
        process = daemon(config)
        deadline = time.monotonic() + 120
        while done() < target and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(chance.uniform(0, 0.05))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        done_after_each_kill.append(done())
    # The kills must really have landed mid-backlog, or this test would prove nothing.
    assert sum(1 for done_count in done_after_each_kill if 0 < done_count < len(originals)) >= KILLS - 1, done_after_each_kill
    final = daemon(config, "--once")
    _, stderr = final.communicate(timeout=600)
    assert final.returncode == 0, stderr.decode(errors="replace")[-2000:]

    assert list((maildir / "new").iterdir()) == [] and list((maildir / "cur").iterdir()) == []
    assert {p.name.split(":")[0] for p in acknowledged(maildir)} == set(originals)
    engine = make_engine(database_url)
    try:
        with session_factory(engine, sealer=make_sealer(tmp_path / "var", None))() as session:
            ledger = dict(session.execute(select(LedgerEntry.message_key, LedgerEntry.state)).all())
            assert set(ledger) == set(originals)
            assert session.scalar(select(func.count()).select_from(LedgerEntry)) == len(originals)
            assert_stored_byte_exact(session, originals)
            unique_messages = len({hashlib.sha256(raw).hexdigest() for raw in originals.values()})
            stored_or_quarantined = session.scalar(select(func.count()).select_from(Message))
            duplicates = sum(1 for state in ledger.values() if state == "duplicate")
            assert stored_or_quarantined + duplicates == len(originals)
            assert stored_or_quarantined <= unique_messages
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_stop_cleanly_after_the_message_in_hand(tmp_path, stop_signal):
    maildir = tmp_path / "maildir"
    generate_maildir(maildir, count=2000, seed=3)
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite3'}", maildir)
    process = daemon(config)
    deadline = time.monotonic() + 120
    while not acknowledged(maildir) and time.monotonic() < deadline:
        time.sleep(0.1)
    process.send_signal(stop_signal)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr.decode(errors="replace")[-2000:]
    assert b"stopped" in stderr and b"Traceback" not in stderr
    moved = {p.name.split(":")[0] for p in acknowledged(maildir)}
    assert 0 < len(moved) < 2000  # stopped mid-backlog, not at the end
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        with session_factory(engine, sealer=make_sealer(tmp_path / "var", None))() as session:
            recorded = set(session.scalars(select(LedgerEntry.message_key)))
    finally:
        engine.dispose()
    # The message in hand was finished: stored and acknowledged, nothing half done.
    assert moved == recorded


@pytest.mark.slow
def test_sigkill_while_a_pdf_bomb_is_processed_then_restart_quarantines_it_and_loses_nothing(tmp_path, database_url):
    """A 24 KB PDF whose page expands to megabytes of text operators (tests/corpus/hostile.py: pdf_bomb) takes the
    worker half a minute and hundreds of MB; the daemon is killed twice while reading it. After the restart the
    bomb is quarantined (cut off max_attempts times), every other message is stored once, nothing is lost."""
    from email.message import EmailMessage

    from tests.corpus.hostile import pdf_bomb
    from tests.ingest.helpers import write_maildir_message
    from tests.ingest.test_hostile_mail import wait_for_attempt, write_config as write_budget_config

    maildir = tmp_path / "maildir"
    originals = generate_maildir(maildir, count=20, seed=11)
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "Kari Nordmann <kari@example.no>", "post@proess.no", "Tegninger"
    mail["Message-ID"] = "<pdf-bomb@example.no>"
    mail.set_content("Vedlagt tegningene.")
    mail.add_attachment(pdf_bomb(), maintype="application", subtype="pdf", filename="tegninger.pdf")
    bomb = mail.as_bytes()
    write_maildir_message(maildir, "1000000000.B0.bomb", bomb)  # read first: names sort
    every = {**originals, "1000000000.B0.bomb": bomb}
    config = write_budget_config(tmp_path, database_url, maildir, timeout_seconds=600, max_attempts=2)
    for kill in range(2):
        process = daemon(config)
        wait_for_attempt(database_url, process, count=kill + 1)
        time.sleep(1.0)  # well inside the bomb: reading it takes half a minute
        assert process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert acknowledged(maildir) == []  # the bomb was in hand, nothing behind it done
    final = daemon(config, "--once")
    _, stderr = final.communicate(timeout=600)
    assert final.returncode == 0, stderr.decode(errors="replace")[-2000:]

    assert list((maildir / "new").iterdir()) == [] and list((maildir / "cur").iterdir()) == []
    assert {p.name.split(":")[0] for p in acknowledged(maildir)} == set(every)
    engine = make_engine(database_url)
    try:
        with session_factory(engine, sealer=make_sealer(tmp_path / "var", None))() as session:
            ledger = dict(session.execute(select(LedgerEntry.message_key, LedgerEntry.state)).all())
            assert set(ledger) == set(every) and len(ledger) == len(every)  # each once
            assert_stored_byte_exact(session, every)
            held = session.scalar(select(Message).where(Message.raw_sha256 == hashlib.sha256(bomb).hexdigest()))
            assert held.state == "quarantined" and held.quarantine_reason.startswith("processing was cut off 2 times")
            assert session.scalar(select(func.count()).select_from(Message)) + \
                sum(1 for state in ledger.values() if state == "duplicate") == len(every)
    finally:
        engine.dispose()
