"""First start (the one-time setup link) and passwords set from the terminal."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from intake.app import App
from intake.cli import cli
from intake.config import load_config
from intake.errors import InputError
from intake.services import accounts
from intake.web.server import BackgroundServer, setup_token_if_needed
from models import AuditEntry, StaffPassword, StaffUser
from tests.privacy.seed import seed
from tests.web.conftest import Client, free_port, initialise, login_csrf, sign_in, write_config

NEW_PASSWORD = "fjell og fjord 2026!"


@pytest.fixture
def empty_app(database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_HASH_KEY", "privacy-test-key")
    config_file = write_config(database_url, tmp_path)
    initialise(config_file)
    app = App(load_config(config_file, environ={}))
    yield app
    app.engine.dispose()


def test_first_start_prints_a_setup_link_that_works_once(empty_app):
    token = setup_token_if_needed(empty_app)
    assert token and len(token) >= 24
    server = BackgroundServer(empty_app, "127.0.0.1", free_port(), token)
    server.start()
    base = f"http://127.0.0.1:{server.server.config.port}"
    try:
        with Client(base_url=base) as client:
            assert client.get("/oppsett", params={"token": "gjett"}).status_code == 404
            assert client.get("/oppsett").status_code == 404
            form = client.get("/oppsett", params={"token": token})
            assert form.status_code == 200 and "Taushetserklæring" in form.text
            csrf = form.text.split('name="login_csrf" value="')[1].split('"')[0]
            fields = {"token": token, "login_csrf": csrf, "username": "anne", "full_name": "Anne Admin",
                      "password": NEW_PASSWORD, "password_again": NEW_PASSWORD}
            unsigned = client.post("/oppsett", data=fields)
            assert unsigned.status_code == 400 and "Taushetserklæringen må signeres" in unsigned.text
            csrf = unsigned.text.split('name="login_csrf" value="')[1].split('"')[0]
            short = client.post("/oppsett", data={**fields, "login_csrf": csrf, "declaration": "signed",
                                                  "password": "kort", "password_again": "kort"})
            assert short.status_code == 400 and "minst 12 tegn" in short.text
            csrf = short.text.split('name="login_csrf" value="')[1].split('"')[0]
            done = client.post("/oppsett", data={**fields, "login_csrf": csrf, "declaration": "signed"})
            assert done.status_code == 303 and done.headers["location"] == "/logg-inn?oppsett=ferdig"
            assert client.get("/oppsett", params={"token": token}).status_code == 404  # used up
            assert sign_in(client, "anne", NEW_PASSWORD, expect_success=True).status_code == 303
            assert client.get("/oversikt").status_code == 200  # declaration signed, administrator
        with empty_app.sessions() as session:
            anne = session.get(StaffUser, "anne")
            assert anne.role == "administrator" and anne.confidentiality_signed_on is not None
            actions = [(e.actor, e.action) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert ("setup-link", "staff.set") in actions and ("setup-link", "staff.password_set") in actions
        assert ("anne", "web.sign_in") in actions
        assert setup_token_if_needed(empty_app) is None
    finally:
        server.stop()


def test_no_default_password_exists(empty_app):
    seed(empty_app.sessions)  # staff registered from the terminal, no password set yet
    for username in ("admin", "kari", "rita"):
        for guess in ("", "admin", "password", "passord", username, "intake"):
            outcome = accounts.sign_in(empty_app.sessions, empty_app.config.web, username, guess)
            assert outcome.token is None
    assert setup_token_if_needed(empty_app) is not None  # still nobody with a password: the setup link is offered


def test_staff_password_from_the_terminal(empty_app, tmp_path):
    seed(empty_app.sessions)
    config = str(empty_app.config.source_file)
    runner = CliRunner()
    result = runner.invoke(cli, ["--config", config, "staff", "password", "kari"], input=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert NEW_PASSWORD not in result.output  # not echoed
    assert "passordet for kari er satt" in result.output
    with empty_app.sessions() as session:
        stored = session.get(StaffPassword, "kari").password_hash
    assert stored.startswith("$argon2id$") and NEW_PASSWORD not in stored
    assert accounts.sign_in(empty_app.sessions, empty_app.config.web, "kari", NEW_PASSWORD).token
    result = runner.invoke(cli, ["--config", config, "staff", "password", "kari"], input="kort\nkort\n")
    assert isinstance(result.exception, InputError) and "minst 12 tegn" in str(result.exception)
    result = runner.invoke(cli, ["--config", config, "staff", "password", "ukjent"], input=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n")
    assert isinstance(result.exception, InputError)


def test_a_new_password_ends_the_old_sessions(empty_app):
    seed(empty_app.sessions)
    accounts.set_password(empty_app.sessions, "kari", NEW_PASSWORD, set_by="test")
    token = accounts.sign_in(empty_app.sessions, empty_app.config.web, "kari", NEW_PASSWORD).token
    assert accounts.signed_in(empty_app.sessions, empty_app.config.web, token) is not None
    accounts.set_password(empty_app.sessions, "kari", NEW_PASSWORD + "x", set_by="test")
    assert accounts.signed_in(empty_app.sessions, empty_app.config.web, token) is None


def test_sessions_expire_when_idle_and_at_their_end(empty_app):
    from datetime import timedelta

    from models.base import utcnow

    seed(empty_app.sessions)
    accounts.set_password(empty_app.sessions, "kari", NEW_PASSWORD, set_by="test")
    web = empty_app.config.web
    start = utcnow()
    token = accounts.sign_in(empty_app.sessions, web, "kari", NEW_PASSWORD, now=start).token
    assert accounts.signed_in(empty_app.sessions, web, token, now=start + timedelta(minutes=web.idle_minutes - 1))
    assert accounts.signed_in(empty_app.sessions, web, token, now=start + timedelta(minutes=2 * web.idle_minutes - 2))
    assert accounts.signed_in(empty_app.sessions, web, token, now=start + timedelta(hours=web.session_hours, minutes=1)) is None
    fresh = accounts.sign_in(empty_app.sessions, web, "kari", NEW_PASSWORD, now=start).token
    assert accounts.signed_in(empty_app.sessions, web, fresh, now=start + timedelta(minutes=web.idle_minutes + 1)) is None


def test_an_inactive_staff_member_cannot_sign_in(empty_app):
    seed(empty_app.sessions)
    accounts.set_password(empty_app.sessions, "gammel", NEW_PASSWORD, set_by="test")
    assert accounts.sign_in(empty_app.sessions, empty_app.config.web, "gammel", NEW_PASSWORD).token is None
