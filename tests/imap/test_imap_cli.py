"""``intake run`` and ``intake mailbox check`` as processes, with the IMAP source against the real Dovecot."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from models import LedgerEntry
from models.session import make_engine
from tests.imap.conftest import PASSWORD, PASSWORD_ENV
from tests.imap.dovecot import free_port
from tests.imap.messages import make_message
from tests.imap.stored import assert_stored_exactly_once, ledger_states, wait_until

REPO = Path(__file__).resolve().parents[2]
WRONG_PASSWORD = "Feil-Passord 3?"


def write_config(tmp_path: Path, dovecot, account, database_url: str = "sqlite:///var/intake.sqlite3",
                 log_level: str = "INFO", **imap) -> Path:
    values = {"host": "127.0.0.1", "port": dovecot.imap_port, "tls": "none", "username": account.username,
              "password_env": PASSWORD_ENV, "folders": ["INBOX", "Sent"], "timeout_seconds": 5, **imap}
    sections = [
        f"[database]\nurl = {_toml(database_url)}",
        f"[daemon]\ndata_dir = {_toml(str(tmp_path / 'var'))}\npoll_interval_seconds = 60\nlog_level = {_toml(log_level)}",
        "[mailbox]\nsource = \"imap\"",
        "[imap]\n" + "\n".join(f"{key} = {_toml(value)}" for key, value in values.items()),
    ]
    config = tmp_path / "config.toml"
    config.write_text("\n".join(sections) + "\n", encoding="utf-8")
    return config


def _toml(value) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    return str(value)


def intake_process(config: Path, *args: str, password: str = PASSWORD) -> subprocess.Popen:
    env = {**os.environ, "INTAKE_CONFIG": str(config), PASSWORD_ENV: password, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "intake", *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def intake(config: Path, *args: str, password: str = PASSWORD, timeout: float = 120) -> subprocess.CompletedProcess:
    process = intake_process(config, *args, password=password)
    stdout, stderr = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_mailbox_check_lists_the_watched_folders_with_counts(tmp_path, dovecot, account, mailbox):
    for n in range(2):
        mailbox.append("INBOX", make_message(n))
    mailbox.append("Sent", make_message(1, tag="out"))
    result = intake(write_config(tmp_path, dovecot, account), "mailbox", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"127.0.0.1:{dovecot.imap_port} (TLS none): logget inn; tilbyr IDLE",
        "  INBOX: 2 e-poster, 2 ikke lagret ennå",
        "  Sent: 1 e-post, 1 ikke lagret ennå",
    ]


@pytest.mark.parametrize("problem, expected", [
    ("wrong password", "IMAP-tjeneren 127.0.0.1:{port} avviste innloggingen"),
    ("missing folder", "fant ikke mappen Utboks på 127.0.0.1:{port}"),
    ("nothing listening", "forbindelsen feilet under tilkoblingen"),
    ("untrusted certificate", "er ikke til å stole på"),
])
def test_mailbox_check_says_in_one_line_what_is_wrong(tmp_path, dovecot, account, problem, expected):
    password, imap = PASSWORD, {}
    if problem == "wrong password":
        password = WRONG_PASSWORD
    elif problem == "missing folder":
        imap = {"folders": ["INBOX", "Utboks"]}
    elif problem == "nothing listening":
        imap = {"port": free_port()}
    else:
        imap = {"tls": "implicit", "port": dovecot.imaps_port}
    result = intake(write_config(tmp_path, dovecot, account, **imap), "mailbox", "check", password=password)
    assert result.returncode == 5
    error_lines = result.stderr.splitlines()
    assert len(error_lines) == 1 and error_lines[0].startswith("intake: "), result.stderr
    assert expected.format(port=imap.get("port", dovecot.imap_port)) in error_lines[0]
    assert password not in result.stdout + result.stderr


def test_run_with_a_wrong_password_exits_non_zero_with_one_clear_line(tmp_path, dovecot, account):
    result = intake(write_config(tmp_path, dovecot, account, log_level="DEBUG"), "run", "--no-progress",
                    password=WRONG_PASSWORD)
    assert result.returncode == 5
    assert "Traceback" not in result.stderr and WRONG_PASSWORD not in result.stderr + result.stdout
    last = result.stderr.splitlines()[-1]
    assert last.startswith("intake: IMAP-tjeneren") and "avviste innloggingen" in last and PASSWORD_ENV in last


def test_a_debug_run_logs_neither_the_password_nor_the_mail(tmp_path, dovecot, account, mailbox):
    mailbox.append("INBOX", make_message(1))
    result = intake(write_config(tmp_path, dovecot, account, log_level="DEBUG"), "run", "--once", "--no-progress")
    assert result.returncode == 0, result.stderr
    assert "1 stored" in result.stderr
    output = result.stdout + result.stderr
    assert PASSWORD not in output and "Tilbud" not in output and account.username not in output


def test_sigterm_while_the_daemon_waits_in_idle_stops_it_cleanly_and_soon(tmp_path, dovecot, account, mailbox):
    mailbox.append("INBOX", make_message(1))
    database = tmp_path / "intake.sqlite3"
    config = write_config(tmp_path, dovecot, account, database_url=f"sqlite:///{database}")
    process = intake_process(config, "run", "--no-progress")
    engine = make_engine(f"sqlite:///{database}")
    try:
        def stored() -> bool:
            try:
                with engine.connect() as connection:
                    return connection.scalar(select(func.count()).select_from(LedgerEntry)) == 1
            except OperationalError:  # not created yet
                return False
        wait_until(stored, 60, "the message is stored")
        time.sleep(1)  # now waiting in IDLE
        process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
        engine.dispose()
    assert process.returncode == 0, stderr
    # A few seconds on a quiet machine; the bound only has to tell a stop from waiting out
    # IDLE's renewal (minutes), and must hold on a loaded CI machine.
    assert time.monotonic() - started < 20
    assert stderr.rstrip().endswith("stopped")


@pytest.mark.slow
def test_sigkill_in_the_middle_of_batches_then_restart_stores_each_message_exactly_once(
        tmp_path, dovecot, account, mailbox, database_url, sessions):
    # 120 messages in batches of 20: each kill below falls inside a batch other than the first and last.
    originals = [make_message(n, tag="kill", body_bytes=2_000) for n in range(120)]
    mailbox.multiappend("INBOX", originals)
    config = write_config(tmp_path, dovecot, account, database_url=database_url, batch_size=20)
    chance = random.Random(4)

    def ledger_rows() -> int:
        with sessions() as session:
            return session.scalar(select(func.count()).select_from(LedgerEntry))

    for target in (10, 35, 65, 95):
        process = intake_process(config, "run", "--no-progress")
        try:
            wait_until(lambda: ledger_rows() >= target, 60, f"{target} messages are stored")
            time.sleep(chance.uniform(0, 0.2))
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=30)
    assert ledger_rows() < len(originals), "the kills came after the work was done: make the backlog longer"
    final = intake(config, "run", "--once", "--no-progress")
    assert final.returncode == 0, final.stderr[-2000:]

    # The daemon sealed what it stored with the key store in its own data folder; read with that one.
    from intake.crypto import make_sealer
    from models.session import session_factory

    daemon_keys = session_factory(sessions.kw["bind"], sealer=make_sealer(tmp_path / "var", None))
    assert_stored_exactly_once(daemon_keys, originals)
    assert ledger_states(sessions) == [("INBOX", "stored")] * len(originals)
    mailbox.select_folder("INBOX")
    assert mailbox.search(["UNKEYWORD", "intake-stored"]) == []
    assert mailbox.search(["SEEN"]) == []
