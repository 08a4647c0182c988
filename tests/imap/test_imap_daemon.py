"""The daemon with the IMAP source and the real pipeline, against the real Dovecot, on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager

import pytest

from intake.ingest.daemon import Daemon
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources.imap import ImapSource
from rules.retention import DEFAULT_POLICIES
from tests.imap.conftest import PASSWORD
from tests.imap.messages import make_message
from tests.proxy import FaultyProxy
from tests.imap.stored import assert_stored_exactly_once, ledger_states, stored_raw, wait_until

log = logging.getLogger(__name__)


@contextmanager
def running_daemon(sessions, analyzer, config, poll_interval: float = 60):
    """The daemon in a thread, as ``intake run`` runs it; stopped (after the message in hand) on exit."""
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    daemon = Daemon(lambda: ImapSource(config, PASSWORD), pipeline, sessions, poll_interval=poll_interval)
    failure = []

    def run():
        try:
            daemon.run()
        except BaseException as error:  # the test reports it
            failure.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield daemon
    finally:
        daemon.request_stop()
        thread.join(timeout=30)
    assert not thread.is_alive(), "the daemon did not stop"
    assert failure == [], failure


def run_once(sessions, analyzer, config) -> None:
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    Daemon(lambda: ImapSource(config, PASSWORD), pipeline, sessions, poll_interval=1).run(once=True)


def test_appended_mail_is_stored_and_idle_brings_new_mail_within_seconds(sessions, analyzer, imap_config, mailbox):
    inbox = [make_message(n, tag="in") for n in range(3)]
    sent = [make_message(n, tag="out", sender="post@proess.test", recipient="kunde@example.test") for n in range(2)]
    for raw in inbox:
        mailbox.append("INBOX", raw)
    for raw in sent:
        mailbox.append("Sent", raw)
    # A poll interval of a minute: only IDLE can bring the late message in within seconds.
    with running_daemon(sessions, analyzer, imap_config()):
        wait_until(lambda: len(stored_raw(sessions)) == 5, 30, "the backlog is stored")
        late = make_message(99, tag="late")
        mailbox.append("INBOX", late)
        seconds = wait_until(lambda: len(stored_raw(sessions)) == 6, 40, "the new message is stored")
    assert seconds < 30  # well inside the minute the next poll would take: IDLE brought it
    assert_stored_exactly_once(sessions, inbox + sent + [late])
    assert sorted(ledger_states(sessions)) == sorted([("INBOX", "stored")] * 4 + [("Sent", "stored")] * 2)


def test_poll_fallback_without_idle(sessions, analyzer, imap_config, mailbox):
    with running_daemon(sessions, analyzer, imap_config(idle=False), poll_interval=0.5):
        time.sleep(1)  # past the first poll
        mailbox.append("INBOX", make_message(1))
        wait_until(lambda: len(stored_raw(sessions)) == 1, 10, "the message is stored by polling")
    assert_stored_exactly_once(sessions, [make_message(1)])


@pytest.mark.parametrize("after_store", ["keyword", "move"])
def test_after_store_modes(sessions, analyzer, imap_config, mailbox, after_store):
    originals = [make_message(n) for n in range(4)]
    for raw in originals:
        mailbox.append("INBOX", raw)
    run_once(sessions, analyzer, imap_config(after_store=after_store, move_to="Archive"))
    assert_stored_exactly_once(sessions, originals)
    inbox = mailbox.select_folder("INBOX")
    archive = mailbox.folder_status("Archive", [b"MESSAGES"])[b"MESSAGES"]
    if after_store == "keyword":
        assert inbox[b"EXISTS"] == 4 and archive == 0
        assert mailbox.search(["UNKEYWORD", "intake-stored"]) == []
        assert all(b"\\Seen" not in flags for flags in mailbox.get_flags(mailbox.search("ALL")).values())
    else:
        assert inbox[b"EXISTS"] == 0 and archive == 4


def test_message_over_the_size_limit_is_quarantined_with_its_header(sessions, analyzer, imap_config, mailbox):
    from models import Message

    big = make_message(1, body_bytes=30_000)
    mailbox.append("INBOX", big)
    run_once(sessions, analyzer, imap_config(max_message_bytes=20_000))
    with sessions() as session:
        (message,) = session.query(Message).all()
        assert message.state == "quarantined" and "over the size limit" in message.quarantine_reason
    assert stored_raw(sessions) == [big[:big.index(b"\r\n\r\n") + 4]]
    assert ledger_states(sessions) == [("INBOX", "quarantined")]


def test_recreated_folder_is_read_again_without_storing_anything_twice(sessions, analyzer, imap_config, mailbox):
    config = imap_config(folders=("Kunder",))
    first = [make_message(n, tag="k") for n in range(3)]
    mailbox.create_folder("Kunder")
    for raw in first:
        mailbox.append("Kunder", raw)
    run_once(sessions, analyzer, config)
    mailbox.delete_folder("Kunder")
    mailbox.create_folder("Kunder")  # a new UIDVALIDITY: the same messages come back with new keys
    later = [make_message(n, tag="k") for n in range(3, 5)]
    for raw in first + later:
        mailbox.append("Kunder", raw)
    run_once(sessions, analyzer, config)
    assert_stored_exactly_once(sessions, first + later)
    states = [state for _, state in ledger_states(sessions)]
    assert sorted(states) == sorted(["stored"] * 5 + ["duplicate"] * 3)


def test_dovecot_restart_in_the_middle_of_a_run_loses_and_duplicates_nothing(
        sessions, analyzer, imap_config, mailbox, dovecot, account, caplog):
    originals = [make_message(n, tag="r") for n in range(150)]
    mailbox.multiappend("INBOX", originals[:140])
    with caplog.at_level(logging.INFO), running_daemon(sessions, analyzer, imap_config(batch_size=5)):
        wait_until(lambda: len(stored_raw(sessions)) >= 20, 30, "the run has begun")
        dovecot.restart(pause=1.0)
        assert len(stored_raw(sessions)) < 140, "the backlog was done before the restart: make it longer"
        client = dovecot.client(account)  # the restart closed the test's own connection too
        client.multiappend("INBOX", originals[140:])
        client.logout()
        wait_until(lambda: len(stored_raw(sessions)) == 150, 60, "every message is stored after the restart")
    assert_stored_exactly_once(sessions, originals)
    assert len(ledger_states(sessions)) == 150
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("mail server unreachable" in w for w in warnings), warnings  # the restart did hit the run


def test_connection_cut_in_the_middle_of_a_fetch_loses_and_duplicates_nothing(
        sessions, analyzer, imap_config, mailbox, dovecot, caplog):
    originals = [make_message(n, tag="cut", body_bytes=5_000) for n in range(30)]
    mailbox.multiappend("INBOX", originals)
    # The first batch (10 messages, about 55 kB) passes; the stream is cut inside the second one.
    proxy = FaultyProxy(dovecot.imap_port, cut_first_after=80_000)
    config = imap_config(port=proxy.port, batch_size=10, folders=("INBOX",))
    try:
        with caplog.at_level(logging.INFO), running_daemon(sessions, analyzer, config):
            wait_until(lambda: len(stored_raw(sessions)) == 30, 60, "every message is stored after the cut")
    finally:
        proxy.close()
    assert proxy.cut.is_set() and proxy.connections >= 2
    assert_stored_exactly_once(sessions, originals)
    assert len(ledger_states(sessions)) == 30
    assert any("mail server unreachable" in r.getMessage() for r in caplog.records)


def _logged_in_once_dovecot_lets_us(dovecot, account, seconds: float = 20.0):
    """The test's own client, logged in: right after the passwd file is readable again Dovecot may still
    answer from its cached "Temporary authentication failure" for a moment (seen under load)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return dovecot.client(account)
        except Exception as error:  # imapclient's LoginError: tests/imap/dovecot.py owns that library
            if "Temporary authentication failure" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_login_failing_for_a_while_is_waited_out(sessions, analyzer, imap_config, dovecot, account, caplog):
    # Before anyone has logged in (Dovecot then caches the file), an unreadable passwd file
    # makes every login a "Temporary authentication failure" until it is readable again.
    passwd = dovecot.users_dir / account.username
    passwd.chmod(0o000)
    try:
        with caplog.at_level(logging.INFO), running_daemon(sessions, analyzer, imap_config()):
            wait_until(lambda: any("unreachable" in r.getMessage() for r in caplog.records), 10, "a login failed")
            time.sleep(1)
            passwd.chmod(0o644)
            client = _logged_in_once_dovecot_lets_us(dovecot, account)
            client.append("INBOX", make_message(1))
            client.logout()
            wait_until(lambda: len(stored_raw(sessions)) == 1, 20, "the message is stored once login works")
    finally:
        passwd.chmod(0o644)
    assert_stored_exactly_once(sessions, [make_message(1)])


def test_folder_recreated_while_the_daemon_waits_in_it(sessions, analyzer, imap_config, mailbox):
    first = [make_message(n, tag="k") for n in range(3)]
    later = [make_message(n, tag="k") for n in range(3, 5)]
    mailbox.create_folder("Kunder")
    mailbox.multiappend("Kunder", first)
    # A poll interval of a minute: the IDLE itself must notice that its folder went away.
    with running_daemon(sessions, analyzer, imap_config(folders=("Kunder",))):
        wait_until(lambda: len(stored_raw(sessions)) == 3, 30, "the first messages are stored")
        time.sleep(0.5)  # the daemon is in IDLE on the folder
        mailbox.delete_folder("Kunder")
        mailbox.create_folder("Kunder")
        mailbox.multiappend("Kunder", first + later)
        wait_until(lambda: len(ledger_states(sessions)) == 8, 10, "the recreated folder is read again")
    assert_stored_exactly_once(sessions, first + later)
    assert sorted(state for _, state in ledger_states(sessions)) == ["duplicate"] * 3 + ["stored"] * 5
