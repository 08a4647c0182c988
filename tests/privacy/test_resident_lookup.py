"""`intake lookup` answered by the running web app over its socket (intake/cli/resident.py): the same
answer, the same identity (from the kernel, not from the caller), the same refusals and audit entries,
and the command's own lookup whenever that web app is absent, stale or differently configured."""

from __future__ import annotations

import os
import pwd
import socket
import stat

import pytest
from sqlalchemy import select, update

from intake.app import App
from intake.cli import main
from intake.cli.resident import LookupListener, ask_lookup, socket_path
from intake.config import load_config
from models import AuditEntry, StaffUser

REAL_LOGIN = pwd.getpwuid(os.getuid()).pw_name


@pytest.fixture
def config_file(tmp_path, database_url, world, sessions, monkeypatch):
    """Settings for a register where staff member kari is mapped to the login running the tests: the
    listener learns the caller's login from the kernel, so no test can play another login with it."""
    monkeypatch.setenv("INTAKE_HASH_KEY", "privacy-test-key")
    monkeypatch.delenv("INTAKE_STAFF", raising=False)
    with sessions.begin() as session:
        session.execute(update(StaffUser).where(StaffUser.username == "kari").values(os_user=REAL_LOGIN))
    path = tmp_path / "config.toml"
    path.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n", encoding="utf-8")
    (tmp_path / "var").mkdir(mode=0o700, exist_ok=True)
    return path


@pytest.fixture
def listener(config_file):
    """A listener as `intake web` starts it, on the same settings as the commands."""
    app = App(load_config(str(config_file)))
    started = LookupListener(app)
    assert started.start()
    yield started
    started.stop()
    app.engine.dispose()


@pytest.fixture
def run(config_file, capsys):
    def command(*argv, code=0):
        result = main(["--config", str(config_file), *argv])
        captured = capsys.readouterr()
        assert result == code, captured.err
        return captured.out if code == 0 else captured.err
    return command


def lookups_by(sessions, actor: str) -> list[AuditEntry]:
    with sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "lookup", AuditEntry.actor == actor)))


def test_the_web_app_answers_exactly_what_the_command_would(listener, run, sessions):
    answered = {fmt: run("lookup", "K1001", "--format", fmt) for fmt in ("text", "json")}
    assert listener.answered == 2
    assert "Ingrid Solberg" in answered["text"]
    listener.stop()
    for fmt, output in answered.items():
        assert run("lookup", "K1001", "--format", fmt) == output
    entries = lookups_by(sessions, "kari")
    assert len(entries) == 4  # answered over the socket or not, each lookup is audited, as the same login
    assert {(entry.os_user, entry.via) for entry in entries} == {(REAL_LOGIN, None)}


def test_the_caller_cannot_claim_another_staff_member_over_the_socket(listener, run, sessions):
    refused = run("lookup", "K1001", "--as", "rita", code=7)
    assert listener.answered == 0
    assert refused.startswith("intake: avvist:")
    listener.stop()
    assert run("lookup", "K1001", "--as", "rita", code=7) == refused
    with sessions() as session:
        refusals = session.scalars(select(AuditEntry).where(AuditEntry.action == "refused",
                                                            AuditEntry.target_id == "rita")).all()
    assert len(refusals) == 2


def test_a_login_mapped_to_nobody_is_refused_over_the_socket(listener, run, sessions):
    with sessions.begin() as session:
        session.execute(update(StaffUser).where(StaffUser.username == "kari").values(os_user="kari"))
    refused = run("lookup", "K1001", code=7)
    assert refused.startswith("intake: ") and "Ingrid" not in refused
    listener.stop()
    assert run("lookup", "K1001", code=7) == refused


def test_the_socket_is_the_service_logins_alone(listener):
    mode = os.stat(listener.path).st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600


def test_a_web_app_with_other_settings_is_not_asked(config_file, tmp_path, run):
    other = tmp_path / "other.toml"
    other.write_text(config_file.read_text(encoding="utf-8") + "[web]\nport = 9999\n", encoding="utf-8")
    app = App(load_config(str(other)))
    stranger = LookupListener(app)
    assert stranger.start()
    try:
        assert "Ingrid Solberg" in run("lookup", "K1001")
        assert stranger.answered == 0
    finally:
        stranger.stop()
        app.engine.dispose()


def test_a_socket_left_by_a_killed_web_app_is_passed_over_and_replaced(config_file, run):
    config = load_config(str(config_file))
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(socket_path(config)))  # bound, never listening: what a killed web app leaves
    dead.close()
    assert socket_path(config).is_socket()
    assert "Ingrid Solberg" in run("lookup", "K1001")
    app = App(config)
    replacement = LookupListener(app)
    try:
        assert replacement.start()
        assert "Ingrid Solberg" in run("lookup", "K1001")
        assert replacement.answered == 1
    finally:
        replacement.stop()
        app.engine.dispose()


def test_a_second_web_app_leaves_the_first_ones_socket_alone(listener, config_file, run):
    app = App(load_config(str(config_file)))
    assert not LookupListener(app).start()
    run("lookup", "K1001")
    assert listener.answered == 1
    app.engine.dispose()


def test_switched_off_the_socket_is_not_asked(listener, config_file):
    config = load_config(str(config_file))
    assert ask_lookup(config, "K1001", "text", None, None) is not None
    off = config_file.parent / "off.toml"
    off.write_text(config_file.read_text(encoding="utf-8") + "[web]\nanswer_lookups = false\n", encoding="utf-8")
    assert ask_lookup(load_config(str(off)), "K1001", "text", None, None) is None


def test_a_web_app_stopped_with_sigterm_removes_its_socket(config_file):
    """systemd stops `intake web` with SIGTERM: the socket goes with it, and the exit code says SIGTERM."""
    import signal
    import subprocess
    import sys
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = socket_path(load_config(str(config_file)))
    web = subprocess.Popen([sys.executable, "-m", "intake", "--config", str(config_file), "web", "--port", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 60
        while not path.is_socket() and web.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert path.is_socket(), web.stderr.read().decode() if web.poll() is not None else "no socket within 60 s"
        web.send_signal(signal.SIGTERM)
        assert web.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        if web.poll() is None:
            web.kill()
            web.wait()
    assert not path.exists()
