"""A real Dovecot for the whole session; every test gets a mail account of its own on it."""

from __future__ import annotations

import itertools
import os

import pytest

from intake.config import ImapConfig
from tests.imap.dovecot import Account, DovecotServer, install_hint

PASSWORD = "Hemmelig-Passord 7!"
PASSWORD_ENV = "INTAKE_TEST_IMAP_PASSWORD"
_accounts = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot():
    reason = install_hint()
    if reason:
        if os.environ.get("INTAKE_REQUIRE_DOVECOT"):
            pytest.fail(f"INTAKE_REQUIRE_DOVECOT is set but {reason}")
        pytest.skip(reason)
    server = DovecotServer(Account("admin@proess.test", PASSWORD))
    server.start()
    yield server
    server.remove()


@pytest.fixture
def account(dovecot) -> Account:
    return dovecot.add_user(Account(f"post{next(_accounts)}@proess.test", PASSWORD))


@pytest.fixture
def mailbox(dovecot, account):
    """The test's own connection to the account: it APPENDs mail and looks at flags."""
    client = dovecot.client(account)
    yield client
    try:
        client.logout()
    except Exception:
        pass


@pytest.fixture
def imap_config(dovecot, account):
    """An ImapConfig for the test's account over loopback; keyword arguments change single keys."""
    def build(**changes) -> ImapConfig:
        values = dict(host="127.0.0.1", port=dovecot.imap_port, tls="none", username=account.username,
                      password_env=PASSWORD_ENV, folders=("INBOX", "Sent"), timeout_seconds=5.0)
        values.update(changes)
        return ImapConfig(**values)
    return build
