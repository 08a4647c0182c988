"""The command line: every command documents itself; every expected failure is one clear line and an exit code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest

from intake.cli import cli, main

REPO = Path(__file__).resolve().parents[2]


def all_commands(group: click.Group = cli, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from all_commands(command, prefix + (name,))


@pytest.mark.parametrize("path, command", list(all_commands()), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_has_help_that_explains_it(path, command, capsys):
    assert main([*path, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Bruk: intake {' '.join(path)}")
    assert "Vis denne hjelpeteksten og avslutt." in out and "Usage" not in out and "Options" not in out
    assert command.help and len(command.help.split()) >= 4, f"intake {' '.join(path)} needs a real description"
    for parameter in command.params:
        if isinstance(parameter, click.Option) and not parameter.hidden:
            assert parameter.help, f"option {parameter.name} of intake {' '.join(path)} is undocumented"


def config_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("config_text, argv, code, message", [
    ("[daemon]\npol = 1\n", ["status"], 2, "intake: ukjent nøkkel i [daemon]: pol"),
    ("[database]\nurl = 'postgresql+psycopg://nobody@127.0.0.1:1/none'\n", ["status"], 4, "intake: får ikke kontakt med databasen"),
    ("", ["records", "import", "/nonexistent.csv"], 3, "intake: kan ikke lese /nonexistent.csv"),
    ("[mailbox]\nsource = 'maildir'\n[maildir]\npath = '/nonexistent-maildir'\n", ["run", "--once"], 5, "intake: ikke en Maildir"),
])
def test_expected_failures_are_one_line_with_an_exit_code(tmp_path, config_text, argv, code, message, capsys):
    config = config_file(tmp_path, f"[daemon]\ndata_dir = '{tmp_path / 'var'}'\n" + config_text
                         if "[daemon]" not in config_text else config_text)
    if code not in (2, 4):  # a database to work on, as after `intake init`
        assert main(["--config", config, "init"]) == 0
    assert main(["--config", config, *argv]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(message)
    assert not any("Traceback" in line for line in err)


def register_administrator(config: str) -> None:
    assert main(["--config", config, "staff", "add", "admin", "--name", "Admin", "--role", "administrator",
                 "--signed", "2026-01-05", "--as", "admin"]) == 0


def test_records_import_lists_every_bad_row_and_imports_nothing(tmp_path, capsys):
    config = config_file(tmp_path, f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path}'\n")
    good = (REPO / "examples" / "records.csv").read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([good[0], good[1].replace("@", "#"), good[2], good[3].replace(",open,", ",maybe,")]) + "\n", encoding="utf-8")
    assert main(["--config", config, "init"]) == 0
    assert main(["--config", config, "records", "import", str(bad)]) == 3
    err = capsys.readouterr().err
    assert f"{bad}:2: email er ikke en e-postadresse" in err
    assert f"{bad}:4: project_status «maybe» er ukjent; godtatt er" in err
    assert "2 feil rad(er); ingenting er importert" in err
    register_administrator(config)
    capsys.readouterr()
    assert main(["--config", config, "lookup", "--as", "admin", "--format", "json", good[2].split(",")[0]]) == 0
    assert json.loads(capsys.readouterr().out)["candidates"] == []  # nobody was imported


def test_init_import_run_status_lookup_analyze_on_the_sample(tmp_path, sample_maildir, capsys):
    config = config_file(tmp_path, f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path}/var'\n"
                                   f"[maildir]\npath = '{sample_maildir}'\n")
    samples = sorted((sample_maildir / "new").iterdir())
    first_sample = samples[0].read_bytes()
    (tmp_path / "one.eml").write_bytes(first_sample)
    assert main(["--config", config, "init"]) == 0
    register_administrator(config)
    for argv in (["records", "import", str(REPO / "examples" / "records.csv")], ["run", "--once", "--no-progress"]):
        assert main(["--config", config, *argv]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--config", config, "status"]) == 0
    status = capsys.readouterr().out
    assert f"E-poster: {len(samples)}" in status or "E-poster:" in status
    # The sample's one damaged message is read as far as it goes (salvaged), so nothing is quarantined.
    assert re.search(r"E-poster: (\d+) \(\1 lagret\)", status) and "I karantene: 0" in status
    assert "Til gjennomgang: 1 åpen sak" in status
    # Staff read states by name, never as codes.
    assert not re.search(r"\b(stored|quarantined|erased|messages|review queue|open)\b", status)
    assert main(["--config", config, "review", "--as", "admin"]) == 0
    review = capsys.readouterr().out
    assert "grunn: " in review and "kandidat " in review
    assert not re.search(r"\b[a-z]+_[a-z_]+\b|evidence|fits \d", review)  # no signal codes, no English reasons

    customer_id, name = (REPO / "examples" / "records.csv").read_text(encoding="utf-8").splitlines()[1].split(",")[:2]
    assert main(["--config", config, "lookup", "--as", "admin", "--format", "json", customer_id]) == 0
    looked_up = capsys.readouterr().out
    assert customer_id in looked_up and name in looked_up
    assert main(["--config", config, "lookup", "--as", "admin", name]) == 0
    assert f"{name}  ({customer_id};" in capsys.readouterr().out

    assert main(["--config", config, "analyze", str(tmp_path / "one.eml")]) == 0
    [line] = capsys.readouterr().out.splitlines()
    result = json.loads(line)
    assert set(result) >= {"file", "message_id", "customer_id", "properties", "entities"}
    for entity in result["entities"]:
        assert set(entity) == {"label", "text", "start", "end", "part", "score"}


def test_mailbox_check_on_a_maildir_says_in_norwegian_how_many_wait(tmp_path, sample_maildir, capsys):
    config = config_file(tmp_path, f"[database]\nurl = 'sqlite:///{tmp_path}/db.sqlite3'\n[daemon]\ndata_dir = '{tmp_path}/var'\n"
                                   f"[maildir]\npath = '{sample_maildir}'\n")
    waiting = sum(1 for sub in ("new", "cur") for _ in (sample_maildir / sub).iterdir())
    assert main(["--config", config, "mailbox", "check"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"Maildir {sample_maildir}: {waiting} e-poster venter"]
    for sub in ("new", "cur"):  # one left: the noun agrees
        for file in sorted((sample_maildir / sub).iterdir())[(1 if sub == "new" else 0):]:
            file.unlink()
    assert main(["--config", config, "mailbox", "check"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"Maildir {sample_maildir}: 1 e-post venter"]


@pytest.mark.parametrize("argv, expected", [
    (["lookup"], "Feil: Mangler argumentet QUERY."),
    (["staff", "add", "per"], "Feil: Mangler valget --name."),
    (["review", "accept", "x"], "Feil: Ugyldig verdi for ITEM_ID: «x» er ikke et heltall."),
    (["nosuch"], "Feil: Ukjent kommando: nosuch."),
])
def test_a_mistyped_command_line_is_explained_in_norwegian(argv, expected, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == expected
    assert err.startswith("Bruk: intake") and "Se «intake" in err and "Usage" not in err and "Error" not in err


def test_a_database_lost_after_init_is_one_line_and_exit_code_4(tmp_path, capsys):
    """The driver's error becomes the error tree where engines are opened (intake.database), so no
    command shows a traceback for it."""
    database = tmp_path / "db.sqlite3"
    config = config_file(tmp_path, f"[database]\nurl = 'sqlite:///{database}'\n[daemon]\ndata_dir = '{tmp_path}/var'\n")
    assert main(["--config", config, "init"]) == 0
    database.unlink()
    database.mkdir()  # the file is gone and cannot be opened again
    capsys.readouterr()
    assert main(["--config", config, "status"]) == 4
    err = capsys.readouterr().err
    assert err.strip() == f"intake: får ikke kontakt med databasen (sqlite:///{database}): OperationalError", err
    assert "Traceback" not in err


def test_status_counts_agree_in_number():
    """'1 åpen sak', '1 duplikat': a count of one takes the singular, as staff would write it (issue 12)."""
    from datetime import datetime, timezone

    from intake.cli.mail import render_status
    from intake.services.results import PollView, Status

    moment = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    one = Status(counts={"stored": 1}, last_poll=PollView("maildir", moment, moment, seen=2, stored=1, duplicates=1,
                                                          quarantined=0), review_open=1, quarantined=())
    shown = render_status(one)
    assert "1 duplikat," in shown and "Til gjennomgang: 1 åpen sak" in shown
    assert "1 duplikater" not in shown and "1 åpne" not in shown
    two = Status(counts={"stored": 2}, last_poll=PollView("maildir", moment, moment, seen=4, stored=2, duplicates=2,
                                                          quarantined=0), review_open=2, quarantined=())
    assert "2 duplikater," in render_status(two) and "Til gjennomgang: 2 åpne saker" in render_status(two)
