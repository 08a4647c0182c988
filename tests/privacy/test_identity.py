"""Who is acting is known from the operating-system login, not claimed; one person cannot play two."""

from __future__ import annotations

import pwd
import os

import pytest
from sqlalchemy import select

from intake import identity
from intake.cli import main
from models import AuditEntry, StaffUser


@pytest.fixture
def cli(tmp_path, database_url, world, capsys, monkeypatch, login):
    """Run a command as the login ``login.name`` (set it in the test); returns stdout, or stderr on failure."""
    monkeypatch.setenv("INTAKE_HASH_KEY", "privacy-test-key")
    monkeypatch.delenv("INTAKE_STAFF", raising=False)
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n", encoding="utf-8")

    def run(*argv, code=0):
        result = main(["--config", str(config), *argv])
        captured = capsys.readouterr()
        assert result == code, captured.err
        return captured.out if code == 0 else captured.err
    return run


def last_entry(sessions) -> AuditEntry:
    with sessions() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()


def test_the_real_login_is_the_real_uids_name_not_the_environment(monkeypatch):
    monkeypatch.setenv("USER", "rita")
    monkeypatch.setenv("LOGNAME", "rita")
    assert identity.os_user() == pwd.getpwuid(os.getuid()).pw_name


def test_the_mapped_login_acts_without_naming_itself(cli, login, sessions):
    login.name = "kari"
    assert "Ingrid Solberg" in cli("lookup", "K1001")
    entry = last_entry(sessions)
    assert (entry.actor, entry.os_user, entry.via, entry.action) == ("kari", "kari", None, "lookup")


def test_acting_as_another_staff_member_is_refused_and_audited(cli, login, sessions):
    login.name = "kari"
    assert "kari kan ikke opptre som en annen ansatt" in cli("erase", "K1004", "--yes", "--as", "rita", code=7)
    entry = last_entry(sessions)
    assert (entry.action, entry.actor, entry.os_user, entry.target_id) == ("refused", "kari", "kari", "rita")
    with sessions() as session:
        assert session.scalar(
            select(AuditEntry.id).where(AuditEntry.action == "erase")) is None  # nothing was erased


def test_the_environment_variable_is_no_way_round(cli, login, monkeypatch):
    login.name = "kari"
    monkeypatch.setenv("INTAKE_STAFF", "rita")
    assert "kan ikke opptre som en annen ansatt" in cli("hold", "list", code=7)


def test_an_unmapped_login_is_nobody_whatever_it_claims(cli, login):
    login.name = "mallory"
    assert "ukjent ansatt" in cli("lookup", "K1001", code=7)
    assert "ikke knyttet til noen ansatt" in cli("lookup", "K1001", "--as", "kari", code=7)
    assert "ikke knyttet til noen ansatt" in cli("staff", "whoami", code=7)
    login.name = "rita"
    assert "rita er rita (Rita), arkivansvarlig" in cli("staff", "whoami")


def test_an_administrator_acts_for_a_service_account_and_both_are_recorded(cli, login, sessions):
    login.name = "admin"
    cli("staff", "add", "robot", "--name", "Nattlig jobb", "--role", "records_manager", "--signed", "2026-01-01",
        "--service")
    assert "Ingrid Solberg" in cli("lookup", "K1001", "--as", "robot")
    entry = last_entry(sessions)
    assert (entry.action, entry.actor, entry.via, entry.os_user) == ("lookup", "robot", "admin", "admin")
    login.name = "rita"  # a records manager, not an administrator, may not act for it
    assert "bare en aktiv administrator" in cli("lookup", "K1001", "--as", "robot", code=7)


def test_a_service_account_can_never_approve_a_disposal(cli, login):
    login.name = "admin"
    cli("staff", "add", "robot", "--name", "Robot", "--role", "records_manager", "--signed", "2026-01-01", "--service")
    login.name = "kari"
    cli("retention", "propose")
    login.name = "admin"
    assert "tjenestekonto kan ikke godkjenne" in cli("retention", "approve", "1", "--yes", "--as", "robot", code=7)


def test_one_login_is_one_staff_member(cli, login):
    login.name = "admin"
    assert "allerede knyttet til kari" in cli("staff", "add", "kari2", "--name", "Kari To", "--role", "records_manager",
                                              "--signed", "2026-01-01", "--os-user", "kari", code=3)
    assert "ingen pålogging av sin egen" in cli("staff", "add", "x", "--name", "X", "--role", "staff", "--service",
                                                "--os-user", "x", code=3)


def test_the_alias_trick_is_refused(cli, login):
    """An administrator proposes, makes a records-manager account for a login they control, and approves as it."""
    login.name = "admin"
    cli("retention", "propose")
    cli("staff", "add", "alias", "--name", "Alias", "--role", "records_manager", "--signed", "2026-01-01",
        "--os-user", "admin-alt")
    login.name = "admin-alt"
    assert "fikk kontoen eller rollen sin av admin" in cli("retention", "approve", "1", "--yes", code=7)
    login.name = "rita"  # a records manager the proposer did not make approves
    assert "avhendet" in cli("retention", "approve", "1", "--yes")


def test_a_role_given_by_the_proposer_counts_too_and_so_does_a_chain(cli, login):
    login.name = "admin"
    cli("staff", "add", "admin2", "--name", "Admin To", "--role", "administrator", "--signed", "2026-01-01",
        "--os-user", "admin2")
    login.name = "admin2"
    cli("staff", "add", "kari", "--name", "Kari", "--role", "records_manager", "--signed", "2024-02-01")  # a new role
    login.name = "admin"
    cli("retention", "propose")
    login.name = "kari"  # her role came from admin2, whose account came from admin
    assert "fikk kontoen eller rollen sin av admin" in cli("retention", "approve", "1", "--yes", code=7)
    login.name = "ola"  # nobody in the chain made ola
    assert "avhendet" in cli("retention", "approve", "1", "--yes")


def test_the_last_active_administrator_cannot_be_demoted_or_deactivated(cli, login):
    login.name = "admin"
    assert "siste aktive administratoren" in cli("staff", "add", "admin", "--name", "Admin", "--role", "staff",
                                                 "--signed", "2024-01-01", code=7)
    assert "siste aktive administratoren" in cli("staff", "add", "admin", "--name", "Admin", "--role", "administrator",
                                                 "--signed", "2024-01-01", "--inactive", code=7)
    cli("staff", "add", "admin2", "--name", "Admin To", "--role", "administrator", "--signed", "2026-01-01",
        "--os-user", "admin2")
    assert "registrert som saksbehandler" in cli("staff", "add", "admin", "--name", "Admin", "--role", "staff", "--signed", "2024-01-01")
    login.name = "admin2"
    assert "siste aktive administratoren" in cli("staff", "add", "admin2", "--name", "Admin To", "--role", "staff",
                                                 "--signed", "2026-01-01", code=7)


def test_the_first_administrator_is_mapped_to_the_login_that_registers_it(tmp_path, capsys, login, monkeypatch):
    monkeypatch.delenv("INTAKE_STAFF", raising=False)
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n",
                      encoding="utf-8")
    login.name = "ola"
    assert main(["--config", str(config), "init"]) == 0
    assert main(["--config", str(config), "staff", "add", "me", "--name", "Ola Berg", "--role", "administrator",
                 "--signed", "2026-01-05", "--os-user", "someone-else"]) == 7
    assert main(["--config", str(config), "staff", "add", "me", "--name", "Ola Berg", "--role", "administrator",
                 "--signed", "2026-01-05"]) == 0
    assert "(pålogging ola)" in capsys.readouterr().out
    assert main(["--config", str(config), "staff", "whoami"]) == 0
    assert "ola er me (Ola Berg), administrator" in capsys.readouterr().out
    login.name = "eve"
    assert main(["--config", str(config), "staff", "add", "eve", "--name", "Eve", "--role", "administrator",
                 "--signed", "2026-01-05", "--as", "me"]) == 7
