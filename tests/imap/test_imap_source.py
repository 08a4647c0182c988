"""The IMAP source on its own, against the real Dovecot: what it fetches, how it marks, how it fails."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from intake.errors import ConfigError, MailAuthenticationError, MailServerUnreachable, MailSourceError
from intake.ingest.sources.imap import ImapSource, batches, check_mailbox
from tests.imap.conftest import PASSWORD
from tests.imap.dovecot import free_port
from tests.imap.messages import make_message

KEYWORD = b"intake-stored"


def drain(source: ImapSource) -> list:
    """What a poll sees, acknowledging each message as the daemon does after its commit."""
    seen = []
    for incoming in source.pending():
        seen.append((incoming, incoming.read()))
        source.acknowledge(incoming)
    return seen


@pytest.mark.parametrize("sizes, count, budget, limit, expected", [
    ({1: 10, 2: 10, 3: 10}, 2, 100, 1000, [[1, 2], [3]]),
    ({1: 60, 2: 60, 3: 10}, 10, 100, 1000, [[1], [2, 3]]),
    ({1: 500, 2: 10}, 10, 100, 1000, [[1], [2]]),          # larger than the budget: a batch of its own
    ({1: 5000, 2: 90, 3: 10}, 10, 100, 1000, [[1, 2, 3]]),  # over the size limit: only a header, costs nothing
    ({}, 10, 100, 1000, []),
])
def test_batches_bound_count_and_bytes(sizes, count, budget, limit, expected):
    assert list(batches(sorted(sizes), sizes, count, budget, limit)) == expected


def test_pending_yields_each_message_byte_exact_without_touching_seen(imap_config, mailbox, account):
    originals = [make_message(n) for n in range(5)]
    for raw in originals:
        mailbox.append("INBOX", raw)
    uidvalidity = mailbox.select_folder("INBOX")[b"UIDVALIDITY"]
    source = ImapSource(imap_config(batch_size=2), PASSWORD)
    try:
        assert source.count_pending() == 5
        seen = drain(source)
    finally:
        source.close()

    assert [raw for _, raw in seen] == originals
    keys = [incoming.key for incoming, _ in seen]
    assert {(k.source, k.account, k.folder, k.mailbox_identity) for k in keys} == {
        ("imap", f"{account.username}@127.0.0.1:{imap_config().port}", "INBOX", str(uidvalidity))}
    assert [int(k.message_key) for k in keys] == sorted(mailbox.search("ALL"))
    flags = mailbox.get_flags(mailbox.search("ALL"))
    assert all(b"\\Seen" not in f and KEYWORD in f for f in flags.values())


def test_marked_mail_is_not_fetched_again(imap_config, mailbox):
    mailbox.append("INBOX", make_message(1))
    source = ImapSource(imap_config(), PASSWORD)
    try:
        assert len(drain(source)) == 1
        mailbox.append("INBOX", make_message(2))
        assert source.count_pending() == 1
        assert [raw for _, raw in drain(source)] == [make_message(2)]
        assert drain(source) == []
    finally:
        source.close()


def test_unacknowledged_mail_is_offered_again(imap_config, mailbox):
    mailbox.append("INBOX", make_message(1))
    source = ImapSource(imap_config(), PASSWORD)
    try:
        first = [incoming.key for incoming in source.pending()]
        again = [incoming.key for incoming in source.pending()]
    finally:
        source.close()
    assert first == again and len(first) == 1


def test_sent_folder_is_read_too(imap_config, mailbox):
    mailbox.append("INBOX", make_message(1, tag="in"))
    mailbox.append("Sent", make_message(1, tag="out"))
    source = ImapSource(imap_config(), PASSWORD)
    try:
        seen = drain(source)
    finally:
        source.close()
    assert [(incoming.key.folder, raw) for incoming, raw in seen] == [
        ("INBOX", make_message(1, tag="in")), ("Sent", make_message(1, tag="out"))]


@pytest.mark.parametrize("has_move", [True, False], ids=["MOVE", "COPY+EXPUNGE"])
def test_move_mode_moves_stored_mail(imap_config, mailbox, monkeypatch, has_move):
    for n in range(3):
        mailbox.append("INBOX", make_message(n))
    mailbox.append("INBOX", make_message(9, tag="staff-deleted"), flags=[b"\\Deleted"])
    source = ImapSource(imap_config(after_store="move", move_to="Processed/intake", folders=("INBOX",)), PASSWORD)
    if not has_move:
        client = source._connection()
        real = client.has_capability
        monkeypatch.setattr(client, "has_capability", lambda name: name != "MOVE" and real(name))
    try:
        assert len(drain(source)) == 4
    finally:
        source.close()
    mailbox.select_folder("INBOX")
    assert mailbox.search("ALL") == []
    mailbox.select_folder("Processed/intake")
    moved = mailbox.fetch(mailbox.search("ALL"), ["BODY.PEEK[]", "FLAGS"])
    assert sorted(data[b"BODY[]"] for data in moved.values()) == sorted(
        [make_message(n) for n in range(3)] + [make_message(9, tag="staff-deleted")])
    assert all(KEYWORD in data[b"FLAGS"] and b"\\Seen" not in data[b"FLAGS"] for data in moved.values())


def test_message_over_the_size_limit_yields_its_header_with_a_reason(imap_config, mailbox):
    big, small = make_message(1, body_bytes=20_000), make_message(2)
    mailbox.append("INBOX", big)
    mailbox.append("INBOX", small)
    source = ImapSource(imap_config(max_message_bytes=10_000), PASSWORD)
    try:
        seen = drain(source)
    finally:
        source.close()
    (over, over_raw), (under, under_raw) = seen
    assert over_raw == big[:big.index(b"\r\n\r\n") + 4]
    assert over.size == len(big) and "over the size limit" in over.quarantine_reason
    assert under_raw == small and under.quarantine_reason is None
    mailbox.select_folder("INBOX")
    assert mailbox.search(["UNKEYWORD", "intake-stored"]) == []  # recorded and marked, not skipped


def test_recreated_folder_gets_a_new_identity(imap_config, mailbox):
    mailbox.create_folder("Kunder")
    mailbox.append("Kunder", make_message(1))
    source = ImapSource(imap_config(folders=("Kunder",)), PASSWORD)
    try:
        before = [incoming.key for incoming, _ in drain(source)]
        source.close()
        mailbox.delete_folder("Kunder")
        mailbox.create_folder("Kunder")
        mailbox.append("Kunder", make_message(1))
        after = [incoming.key for incoming, _ in drain(source)]
    finally:
        source.close()
    assert len(before) == len(after) == 1
    assert before[0].mailbox_identity != after[0].mailbox_identity


def test_missing_folder_is_skipped_with_one_warning_and_reported(imap_config, mailbox, caplog):
    mailbox.append("INBOX", make_message(1))
    config = imap_config(folders=("INBOX", "Utboks"))
    source = ImapSource(config, PASSWORD)
    try:
        with caplog.at_level(logging.WARNING, logger="intake.ingest.sources.imap"):
            assert len(drain(source)) == 1
            drain(source)
    finally:
        source.close()
    assert len([r for r in caplog.records if "Utboks" in r.getMessage()]) == 1  # two polls, one warning
    report = check_mailbox(config, PASSWORD)
    assert report.missing == ["Utboks"]
    assert report.folders[0].name == "INBOX" and report.folders[0].messages == 1 and report.folders[0].waiting == 0


def test_wrong_password_is_an_authentication_error_without_the_password(imap_config):
    wrong = "Feil-Passord 3?"
    with pytest.raises(MailAuthenticationError) as caught:
        ImapSource(imap_config(), wrong)
    assert "avviste innloggingen" in str(caught.value) and wrong not in str(caught.value) and "\n" not in str(caught.value)


def test_no_log_record_carries_the_password_even_at_debug(imap_config, mailbox, caplog):
    mailbox.append("INBOX", make_message(1))
    wrong = "Feil-Passord 3?"
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="imapclient"):
        source = ImapSource(imap_config(), PASSWORD)
        drain(source)
        source.close()
        with pytest.raises(MailSourceError):
            ImapSource(imap_config(), wrong)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "LOGIN" in text and "BODY[]" in text  # imapclient's protocol trace was captured
    assert PASSWORD not in text and wrong not in text


def test_a_refusal_after_the_password_has_worked_is_retried_not_fatal(imap_config, dovecot, account):
    ImapSource(imap_config(), PASSWORD).close()
    dovecot.set_password(account.username, "Nytt-Passord 8")
    try:
        with pytest.raises(MailServerUnreachable, match="mislyktes foreløpig"):
            ImapSource(imap_config(), PASSWORD)
    finally:
        dovecot.set_password(account.username, PASSWORD)
    connect_with_retries(imap_config())


def test_missing_password_is_a_config_error(imap_config):
    with pytest.raises(ConfigError, match="INTAKE_TEST_IMAP_PASSWORD"):
        ImapSource(imap_config(), None)


def test_temporary_authentication_failure_is_retried_not_fatal(imap_config, dovecot, account):
    passwd = dovecot.users_dir / account.username
    passwd.chmod(0o000)  # Dovecot's auth process cannot read it: "Temporary authentication failure"
    try:
        with pytest.raises(MailServerUnreachable):
            ImapSource(imap_config(), PASSWORD)
    finally:
        passwd.chmod(0o644)
    connect_with_retries(imap_config())


def connect_with_retries(config, seconds: float = 10) -> None:
    """What the daemon does: retry an unreachable server until it answers."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            ImapSource(config, PASSWORD).close()
            return
        except MailServerUnreachable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_tls_verifies_the_server_against_the_configured_ca(imap_config, dovecot, mailbox, tls):
    mailbox.append("INBOX", make_message(1))
    port = dovecot.imaps_port if tls == "implicit" else dovecot.imap_port
    source = ImapSource(imap_config(tls=tls, port=port, ca_file=str(dovecot.ca_file)), PASSWORD)
    try:
        assert [raw for _, raw in drain(source)] == [make_message(1)]
    finally:
        source.close()
    with pytest.raises(MailSourceError, match="ikke til å stole på"):
        ImapSource(imap_config(tls=tls, port=port, ca_file=""), PASSWORD)


@pytest.mark.parametrize("changes, complaint", [
    ({"host": "imap.example.no"}, "loopback"),
    ({"after_store": "move", "move_to": "INBOX"}, "kan ikke være en av mappene"),
    ({"keyword": "intake stored"}, "ett IMAP-atom"),
    ({"idle_renew_seconds": 1800.0}, "29 minutter"),
    ({"folders": ()}, "minst én mappe"),
])
def test_settings_that_cannot_work_are_refused_before_connecting(imap_config, changes, complaint):
    with pytest.raises(ConfigError, match=complaint):
        ImapSource(imap_config(**changes), PASSWORD)


def test_unreachable_server_is_reported_as_unreachable(imap_config):
    with pytest.raises(MailServerUnreachable, match="forbindelsen feilet under tilkoblingen"):
        ImapSource(imap_config(port=free_port()), PASSWORD)


def test_a_connection_closed_between_polls_is_reopened_quietly(imap_config, dovecot, account):
    source = ImapSource(imap_config(idle=False), PASSWORD)
    try:
        drain(source)
        dovecot.restart()
        client = dovecot.client(account)
        client.append("INBOX", make_message(1))
        client.logout()
        assert source.count_pending() == 1
        assert [raw for _, raw in drain(source)] == [make_message(1)]
    finally:
        source.close()


def test_idle_wakes_up_soon_after_new_mail(imap_config, mailbox):
    source = ImapSource(imap_config(), PASSWORD)
    try:
        drain(source)
        threading.Timer(1.0, mailbox.append, ("INBOX", make_message(1))).start()
        started = time.monotonic()
        source.wait_for_changes(30, threading.Event())
        waited = time.monotonic() - started
        # Bounds far from the 30-s timeout, so a loaded machine cannot fail it and a wait
        # that ignored the new mail still would.
        assert 0.9 < waited < 20
        assert source.count_pending() == 1
    finally:
        source.close()


def test_wait_returns_at_once_for_mail_that_came_after_the_last_search(imap_config, mailbox):
    source = ImapSource(imap_config(), PASSWORD)
    try:
        drain(source)
        mailbox.append("INBOX", make_message(1))
        started = time.monotonic()
        source.wait_for_changes(30, threading.Event())
        assert time.monotonic() - started < 15  # far from the 30-s timeout it would otherwise run to
    finally:
        source.close()


@pytest.mark.parametrize("tls", ["none", "implicit"])
def test_wait_sees_mail_that_came_between_its_select_and_its_idle(imap_config, mailbox, dovecot, tls):
    """The race behind a CI failure: mail that arrives after the SELECT that wait_for_changes compares
    UIDNEXT from, but before IDLE starts. Dovecot announces it with the "+ idling" that opens the IDLE,
    often in the same packet, where imaplib's buffered reader keeps it out of sight of idle_check's
    socket poll; it must still end the wait well before the timeout. Under TLS the buffer is read
    differently (an empty socket raises SSLWantReadError), so both are tried."""
    port = dovecot.imaps_port if tls == "implicit" else dovecot.imap_port
    source = ImapSource(imap_config(tls=tls, port=port, ca_file=str(dovecot.ca_file)), PASSWORD)
    select_fresh = source._select_fresh

    def select_then_mail_arrives(folder, readonly=False):
        response = select_fresh(folder, readonly)
        mailbox.append("INBOX", make_message(7))
        return response

    try:
        drain(source)
        source._select_fresh = select_then_mail_arrives
        started = time.monotonic()
        source.wait_for_changes(30, threading.Event())
        assert time.monotonic() - started < 15  # far from the 30-s timeout a missed announcement runs to
        source._select_fresh = select_fresh
        assert source.count_pending() == 1
    finally:
        source.close()


@pytest.mark.parametrize("idle", [True, False], ids=["idle", "poll"])
def test_wait_ends_at_its_timeout_and_on_stop(imap_config, idle):
    source = ImapSource(imap_config(idle=idle, idle_renew_seconds=0.5), PASSWORD)
    try:
        drain(source)
        started = time.monotonic()
        source.wait_for_changes(1.5, threading.Event())  # renews IDLE twice on the way
        assert 1.4 < time.monotonic() - started < 10  # ended by its own timeout, not by the next renewal
        stop = threading.Event()
        threading.Timer(0.3, stop.set).start()
        started = time.monotonic()
        source.wait_for_changes(30, stop)
        assert time.monotonic() - started < 15  # stopped, not run to its 30-s timeout
        assert source.count_pending() == 0  # the connection is still usable after the IDLE ended
    finally:
        source.close()


def test_server_going_away_during_idle_is_unreachable(imap_config, dovecot):
    source = ImapSource(imap_config(), PASSWORD)
    try:
        drain(source)
        threading.Timer(0.5, dovecot.restart).start()
        with pytest.raises(MailServerUnreachable):
            source.wait_for_changes(20, threading.Event())
    finally:
        source.close()
    connect_with_retries(imap_config())  # the restart is over before the next test
