"""The privacy commands through the CLI: identity from --as or INTAKE_STAFF, refusals as exit codes."""

from __future__ import annotations

from rules.wording import norwegian_date

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from intake.cli import main
from intake.config import ProcessingConfig, load_config
from intake.errors import ConfigError
from models import AuditEntry
from models.session import transaction

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def intake(tmp_path, database_url, world, capsys, monkeypatch, login):
    monkeypatch.setenv("INTAKE_HASH_KEY", "privacy-test-key")
    monkeypatch.delenv("INTAKE_STAFF", raising=False)
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n", encoding="utf-8")

    def run(*argv, code=0):
        login.follow(argv)
        assert main(["--config", str(config), *argv]) == code, capsys.readouterr().err
        captured = capsys.readouterr()
        return captured.out if code == 0 else captured.err
    return run


def test_consent_and_export_through_the_cli(intake, tmp_path):
    assert "deling avvist" in intake("export", "K1001", "--partner", "VVS AS", "--category", "name", "--out",
                                      str(tmp_path / "x"), "--as", "kari", code=7)
    intake("consent", "grant", "K1001", "--partner", "VVS AS", "--category", "name", "--category", "phone",
           "--given", "2026-01-01", "--evidence", "e-post", "--as", "kari")
    assert "VVS AS  navn, telefonnummer  alle prosjekter" in intake("consent", "list", "K1001", "--as", "kari")
    assert "skrev" in intake("export", "K1001", "--partner", "VVS AS", "--category", "name", "--out", str(tmp_path / "x"), "--as", "kari")
    intake("consent", "withdraw", "1", "--as", "kari")
    assert "trukket tilbake" in intake("consent", "list", "--as", "kari")
    intake("export", "K1001", "--partner", "VVS AS", "--category", "name", "--out", str(tmp_path / "x"), "--as", "kari", code=7)


def test_rectify_through_the_cli_with_identity_from_the_environment(intake, monkeypatch):
    intake("rectify", "K1001", "--yes", "--set", "phone=+47 400 00 000", "--reason", "nytt nummer", code=7)
    monkeypatch.setenv("INTAKE_STAFF", "kari")
    assert "rettet 1 felt: telefonnummer" in intake("rectify", "K1001", "--yes", "--set", "phone=+47 400 00 000", "--reason", "nytt nummer")
    assert "Rettet" in intake("lookup", "K1001")


def test_a_correction_made_at_the_command_line_is_audited_with_keyed_hashes(intake, sessions):
    """The audit entry of a correction lets an auditor holding the hash key confirm the old and the new value and the
    reason without the log holding them, whichever door it came through (the command line once wrote only the
    field's name: its service call passed no hash key, the web app's did)."""
    from sqlalchemy import select

    from models import AuditEntry

    intake("rectify", "K1001", "--yes", "--set", "phone=+47 400 00 000", "--reason", "nytt nummer", "--as", "kari")
    with sessions() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "rectify")).all()
    assert set(entry.details) == {"field", "old_value_hash", "new_value_hash", "reason_hash"}
    assert "400" not in str(entry.details) and "nytt nummer" not in str(entry.details)


def test_two_step_disposal_and_holds_through_the_cli(intake, world):
    intake("hold", "set", "message", str(world.expired_on_hold), "--reason", "klagesak", "--as", "kari", code=7)
    assert "#1" in intake("hold", "set", "message", str(world.expired_on_hold), "--reason", "klagesak", "--as", "rita")
    assert "klagesak" in intake("hold", "list", "--as", "kari")
    due = intake("retention", "due", "--as", "kari")
    assert due.startswith("2 e-poster kan avhendes") and "HOLDT" in due
    assert "kunde K1004: alle prosjekter avsluttet" in due and "kunde K1002" not in due
    rows = json.loads(intake("retention", "due", "--format", "json", "--until", date.today().isoformat(), "--as", "kari"))["items"]
    assert {r["message_pk"] for r in rows} == {world.expired_unlinked, world.expired_old_project, world.expired_on_hold}
    assert "forslag #1: 2 e-poster og 1 kunderegistrering" in intake("retention", "propose", "--as", "kari")
    assert "avvist: kari har rollen saksbehandler; godkjenning av avhending krever rollen arkivansvarlig" in intake("retention", "approve", "1", "--yes", "--as", "kari", code=7)
    assert "3 avhendet" in intake("retention", "approve", "1", "--yes", "--as", "rita")  # the mail, and K1004's record
    assert "rettslig bevaring #1 opphevet" in intake("hold", "lift", "1", "--yes", "--as", "rita")
    assert intake("hold", "list", "--as", "kari") == "Ingen rettslig bevaring gjelder nå.\n"
    assert "1 e-post kan avhendes" in intake("retention", "due", "--as", "kari")


def test_staff_commands_and_access_request_listing(intake):
    intake("staff", "add", "per", "--name", "Per", "--role", "staff", "--signed", "2025-05-01", "--as", "kari", code=7)
    intake("staff", "add", "per", "--name", "Per", "--role", "staff", "--as", "admin")
    assert intake("access-request", "--list", "--as", "kari") == "Ingen begjæringer er registrert.\n"
    assert "avvist: ukjent ansatt" in intake("staff", "list", code=7)
    assert "per              saksbehandler    taushetserklæring IKKE SIGNERT" in intake("staff", "list", "--as", "kari")
    intake("lookup", "K1001", "--as", "per", code=7)
    intake("access-request", "K1002", "--received", "2020-01-01", "--as", "kari")
    assert "frist 1. februar 2020  over fristen" in intake("access-request", "--list", "--as", "kari")


def test_the_access_request_listing_says_an_extended_deadline_is_extended(intake):
    """An extended request is "forlenget" in every list: this one once showed it as merely open."""
    received = date.today() - timedelta(days=20)
    intake("access-request", "K1002", "--received", received.isoformat(), "--as", "kari")
    intake("requests", "extend", "1", "--months", "1", "--reason", "mange e-poster å gå gjennom", "--as", "kari")
    listing = intake("access-request", "--list", "--as", "kari")
    assert listing.rstrip().endswith("forlenget"), listing


def test_an_erasure_request_is_registered_first_and_answered_when_the_answer_is_sent(intake):
    intake("erase", "K1004", "--received", "2020-01-01", "--register-only", "--as", "kari", code=7)
    assert "slettebegjæring #1: mottatt 1. januar 2020, frist 1. februar 2020, status over fristen" in intake(
        "erase", "K1004", "--received", "2020-01-01", "--register-only", "--as", "rita")
    intake("access-request", "K1002", "--as", "kari")
    listing = intake("access-request", "--list", "--as", "kari")
    assert "#1  sletting K1004" in listing and "mottatt 1. januar 2020  frist 1. februar 2020  over fristen" in listing
    assert "#2  innsyn   K1002" in listing and f"mottatt {norwegian_date(date.today())}" in listing
    answer = intake("erase", "K1004", "--yes", "--as", "rita")
    # Answered years after the deadline: the letter says so and apologises (art. 12(3)).
    assert ("mottok 1. januar 2020. Svarfristen var 1. februar 2020 (artikkel 12(3)), og dette svaret kommer dessverre "
            "etter fristen. Vi beklager at du har måttet vente.") in " ".join(answer.split()) and "Slettet" in answer
    # the erased person is named as staff lists name people, never by the register's tombstone code
    listing = intake("access-request", "--list", "--as", "kari")
    assert "#1  sletting slettet person" in listing and "erasure-" not in listing
    assert "frist 1. februar 2020  over fristen" in intake("access-request", "--list", "--as", "kari")  # carried out, not yet sent
    intake("requests", "answer", "1", "--sent", date.today().isoformat(), "--as", "rita")
    assert "frist 1. februar 2020  besvart" in intake("access-request", "--list", "--as", "kari")
    assert "--register-only sletter ingenting" in intake("erase", "K1002", "--register-only", "--dry-run", "--as", "rita", code=2)


def test_audit_verify_fails_on_an_edited_entry(intake, sessions):
    intake("lookup", "K1001", "--as", "kari")
    intake("lookup", "K1002", "--as", "kari")
    assert "revisjonsloggen er hel: 2 oppføringer, stemmer med 2 sjekkpunkter" in intake("audit", "verify")
    with transaction(sessions) as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 1).values(details={"query_kind": "name"}))
    assert "oppføring nr. 1 (id 1): innholdet stemmer ikke med kontrollsummen" in intake("audit", "verify", code=1)


def test_lookup_by_property_id_through_the_cli(intake, world):
    out = intake("lookup", "gnr 12 bnr 345 Bærum", "--as", "kari")
    assert "Ingrid Solberg  (K1001; treff på kunde for eiendom 3201-12/345)" in out


def test_the_shipped_config_holds_the_record_of_processing():
    assert load_config(REPO / "config.toml", environ={}).processing == ProcessingConfig()


@pytest.mark.parametrize("section, message", [
    ('[processing]\nactivities = [{key = "customer_register", purpose = "p", legal_basis = "b", data_categories = [], '
     'recipients = [], retention = "r", source = "s"}]', "hver oppbevaringskategori har en behandling"),
    ('[processing]\ncontroler = "x"', "ukjent nøkkel i [processing]"),
])
def test_the_record_of_processing_is_validated(tmp_path, section, message):
    path = tmp_path / "config.toml"
    path.write_text(section + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path, environ={})
    assert message in str(error.value)
