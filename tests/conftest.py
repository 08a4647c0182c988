"""Shared fixtures. Database tests run against SQLite and PostgreSQL (``--db`` picks one or both)."""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from intake.database import open_engine
from models.session import migrate, session_factory

POSTGRES_ADMIN_URL = os.environ.get("INTAKE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def restore_logging():
    """CLI tests install intake's log handler on a captured stream; put the root logger back after each test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def pytest_addoption(parser):
    parser.addoption("--db", choices=("sqlite", "postgresql", "both"), default="both",
                     help="database backend(s) for database tests (default: both)")


def pytest_generate_tests(metafunc):
    if "database_url" in metafunc.fixturenames:
        choice = metafunc.config.getoption("--db")
        backends = ["sqlite", "postgresql"] if choice == "both" else [choice]
        if metafunc.definition.get_closest_marker("postgres"):
            backends = [backend for backend in backends if backend == "postgresql"]
        metafunc.parametrize("database_url", backends, indirect=True)


@pytest.fixture
def database_url(request, tmp_path):
    """A fresh, empty database URL: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'intake.sqlite3'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{POSTGRES_ADMIN_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def engine(database_url):
    engine = open_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


TEST_AUDIT_KEY = b"test-audit-key"


@pytest.fixture
def audit_checkpoints(tmp_path):
    from intake.audit_log import Checkpoints

    return Checkpoints(tmp_path / "audit.checkpoints", TEST_AUDIT_KEY)


@pytest.fixture
def sealer(tmp_path):
    """Subject keys for the test's database, in a key store under the test's folder (intake/crypto.py)."""
    from intake.crypto import make_sealer

    return make_sealer(tmp_path / "sealing", None, search_key=b"test-search-key")


@pytest.fixture
def sessions(engine, audit_checkpoints, sealer):
    return session_factory(engine, audit_seal=audit_checkpoints.seal(), sealer=sealer)


REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def analyzer():
    """The real detector; loading its NLP pipeline is slow, so one per test session."""
    from rules.detection import Analyzer

    return Analyzer(hash_key=b"test-key", known_names=())


@pytest.fixture
def sample_maildir(tmp_path) -> Path:
    """A private copy of the bundled sample mailbox (the daemon moves files)."""
    target = tmp_path / "maildir"
    shutil.copytree(EXAMPLES / "maildir", target)
    return target


@pytest.fixture
def login(monkeypatch):
    """Plays an operating-system login: ``intake.identity.os_user`` returns ``login.name``.

    ``login.follow(argv)`` makes the login the one whose account the command names with ``--as`` (or
    ``$INTAKE_STAFF``), as when that staff member runs it at their own keyboard; the test staff accounts
    are mapped to logins of the same name.
    """
    class Login:
        name = "nobody"

        def follow(self, argv) -> None:
            argv = list(argv)
            named = next((argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg in ("--as", "--actor")),
                         os.environ.get("INTAKE_STAFF"))
            self.name = named or "nobody"

    player = Login()
    monkeypatch.setattr("intake.identity.os_user", lambda: player.name)
    return player
