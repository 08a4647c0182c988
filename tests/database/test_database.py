"""The database seen from intake: one migration history, driver failures as the error tree, and
commands that only read never change the schema."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from intake.cli import main
from intake.database import open_engine
from intake.errors import DatabaseBusy, DatabaseNotReady, DatabaseUnreachable
from models import Customer, StaffUser
from models.session import migrate, schema_heads, schema_is_current
from tests.migrations import alembic_config


def test_the_migrations_form_one_history_with_one_head():
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"more than one Alembic head {heads}: point your down_revision at the head of main"
    assert set(schema_heads()) == set(heads)  # what read-only commands compare against, read without Alembic
    assert [revision.revision for revision in script.walk_revisions()][-1] == "0001"


def write_config(tmp_path, database_url: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n", encoding="utf-8")
    return str(path)


READING_COMMANDS = [
    ["status"],
    ["lookup", "K1001", "--as", "kari"],
    ["review"],
    ["access-request", "--list", "--as", "kari"],
    ["report", "retention", "--period", "2026-01"],
]


@pytest.mark.parametrize("argv", READING_COMMANDS, ids=lambda argv: argv[0])
def test_a_command_that_only_reads_refuses_an_uninitialised_database_and_creates_nothing(tmp_path, database_url, argv, capsys):
    config = write_config(tmp_path, database_url)
    assert main(["--config", config, *argv]) == 4
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Kjør «intake init» først" in err[0], err
    engine = open_engine(database_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_only_init_upgrades_an_old_schema(tmp_path, database_url, capsys):
    config = write_config(tmp_path, database_url)
    assert main(["--config", config, "init"]) == 0
    assert main(["--config", config, "status"]) == 0
    engine = open_engine(database_url)
    try:
        command.downgrade(alembic_config(engine), "0004")  # as a database left by an older intake
        assert not schema_is_current(engine)
        capsys.readouterr()
        assert main(["--config", config, "status"]) == 4
        assert "Kjør «intake init» først" in capsys.readouterr().err
        assert not schema_is_current(engine)  # status looked, and changed nothing
        assert main(["--config", config, "init"]) == 0
        assert schema_is_current(engine)
        assert main(["--config", config, "status"]) == 0
    finally:
        engine.dispose()


@pytest.fixture
def waiting_engine(database_url):
    """A second engine on the same database that gives up on a lock after a tenth of a second."""
    url = f"{database_url}?timeout=0.1" if database_url.startswith("sqlite") else database_url
    engine = open_engine(url)
    yield engine
    engine.dispose()


def test_a_locked_database_is_busy_not_unreachable(engine, waiting_engine, database_url):
    if engine.dialect.name == "sqlite":
        holder = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        holder.execute("BEGIN EXCLUSIVE")
        statement = text("DELETE FROM customers")
    else:
        holder = engine.raw_connection()
        holder.cursor().execute("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE")
        statement = select(Customer)
    try:
        with pytest.raises(DatabaseBusy) as raised, waiting_engine.connect() as connection:
            if engine.dialect.name == "postgresql":
                connection.exec_driver_sql("SET lock_timeout = '100ms'")
            connection.execute(statement)
    finally:
        holder.rollback()
        holder.close()
    assert not isinstance(raised.value, DatabaseUnreachable)
    assert raised.value.exit_code == 4
    assert str(raised.value).startswith("databasen er opptatt")
    with waiting_engine.begin() as connection:  # the lock is gone: the same engine works again
        connection.execute(statement)


def test_the_cli_says_busy_when_another_process_holds_the_lock(tmp_path, capsys):
    database = tmp_path / "intake.sqlite3"
    config = write_config(tmp_path, f"sqlite:///{database}?timeout=0.2")
    assert main(["--config", config, "init"]) == 0
    holder = sqlite3.connect(database)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        assert main(["--config", config, "staff", "add", "rita", "--name", "Rita", "--role", "administrator",
                     "--signed", "2026-01-05", "--as", "rita"]) == 4
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("intake: databasen er opptatt"), err


def test_an_unreachable_server_is_unreachable_and_its_password_is_not_shown():
    engine = open_engine("postgresql+psycopg://intake:hemmelig@127.0.0.1:1/none")
    try:
        with pytest.raises(DatabaseUnreachable) as raised, engine.connect():
            pass
    finally:
        engine.dispose()
    message = str(raised.value)
    assert message.startswith("får ikke kontakt med databasen (postgresql+psycopg://intake:***@127.0.0.1:1/none)")
    assert "hemmelig" not in message


def test_an_sqlite_file_that_cannot_be_opened_is_unreachable(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path}")  # a folder, not a database file
    try:
        with pytest.raises(DatabaseUnreachable), engine.connect():
            pass
    finally:
        engine.dispose()
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(DatabaseUnreachable):  # its folder cannot be made
        open_engine(f"sqlite:///{tmp_path / 'a-file' / 'intake.sqlite3'}")


def test_bad_data_is_not_mistaken_for_an_outage(engine):
    """A constraint violation is the caller's to handle (the pipeline quarantines the message), not a retry."""
    with engine.begin() as connection:
        connection.execute(StaffUser.__table__.insert(), {"username": "kari", "full_name": "Kari", "role": "staff", "active": True})
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(StaffUser.__table__.insert(), {"username": "kari", "full_name": "Kari", "role": "staff", "active": True})


def test_init_creates_the_schema_that_read_commands_accept(tmp_path, database_url):
    engine = open_engine(database_url)
    try:
        assert not schema_is_current(engine)
        migrate(engine)
        assert schema_is_current(engine)
    finally:
        engine.dispose()
