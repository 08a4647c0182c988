"""`intake records import` as staff run it: who may, what it prints, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text

from intake.cli import main
from rules.records_csv import HEADER

HEAD = ",".join(HEADER)
HOUSE = "K1,Kari Holm,kari@example.no,,Lyngveien 3,1357,Bekkestua,3201,Bærum,27,9,,,P1,Tilbygg,aktiv,"
CABIN = "K1,Kari Holm,kari@example.no,,Fjellvegen 9B,3580,Geilo,3330,Hol,55,12,,,P2,Hytte,Ferdig,2025-05-31"
OLA = "K2,Ola Berg,ola@example.no,,Skogveien 14,1390,Vollen,3203,Asker,57,212,,,P3,Carport,open,"


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch, login):
    """A database with an administrator (login admin), a records manager (rita) and a staff member (kari)."""
    monkeypatch.delenv("INTAKE_STAFF", raising=False)
    config = tmp_path / "config.toml"
    config.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n", encoding="utf-8")
    records = tmp_path / "records.csv"

    class Office:
        url = database_url

        def run(self, *argv, code=0, who="rita"):
            login.name = who
            result = main(["--config", str(config), *argv])
            captured = capsys.readouterr()
            assert result == code, captured.err + captured.out
            self.err = captured.err
            return captured.out

        def records(self, *rows):
            records.write_text("\n".join([HEAD, *rows]) + "\n", encoding="utf-8")
            return str(records)

        def sql(self, statement):
            engine = create_engine(database_url)
            try:
                with engine.connect() as connection:
                    return connection.execute(text(statement)).all()
            finally:
                engine.dispose()

    office = Office()
    office.run("init", who="admin")
    office.run("staff", "add", "admin", "--name", "Anne Admin", "--role", "administrator", "--signed", "2025-01-01",
               who="admin")
    for user, role in (("rita", "records_manager"), ("kari", "staff")):
        office.run("staff", "add", user, "--name", user.title(), "--role", role, "--signed", "2025-01-01",
                   "--os-user", user, who="admin")
    return office


def test_the_import_ends_with_what_changed_in_norwegian(office):
    out = office.run("records", "import", office.records(HOUSE, CABIN, OLA))
    assert out.splitlines() == [
        "importerte 2 kunder, 3 eiendommer og 3 prosjekter (2 kunder nye eller endret; oppbevaringstiden beregnet på "
        "nytt for 0 e-poster)",
        "Kunder: 2 nye, 0 endret, 0 uendret",
        "Eiendommer: 3 nye, 0 endret, 0 uendret",
        "Prosjekter: 3 nye, 0 endret, 0 uendret",
        "Lagrede e-poster: knyttet på nytt 0, oppbevaringstid beregnet på nytt 0",
    ]
    assert office.err == ""  # not a terminal: no progress bar
    out = office.run("records", "import", "--format", "json",
                     office.records(HOUSE.replace(",aktiv,", ",Avsluttet,2026-01-15"), CABIN, OLA.replace("Ola Berg", "Ola Berg-Olsen")))
    summary = json.loads(out)
    assert summary["customers"] == {"new": 0, "changed": 1, "unchanged": 1}
    assert summary["properties"] == {"new": 0, "changed": 0, "unchanged": 3}
    assert summary["projects"] == {"new": 0, "changed": 1, "unchanged": 2}
    assert summary["messages"] == {"links_recomputed": 0, "retention_recomputed": 0}


def test_a_progress_bar_on_stderr_when_asked(office):
    rows = [f"K{n},Kunde {n},kunde{n}@example.no,,Veien {n},1357,Bekkestua,3201,Bærum,{n},1,,,,,," for n in range(1, 2501)]
    out = office.run("records", "import", "--progress", office.records(*rows))
    assert "Kunder: 2500 nye, 0 endret, 0 uendret" in out
    assert "Leser og kontrollerer rader" in office.err and "Skriver kunder" in office.err
    assert "Leser" not in out  # stdout holds only the summary


def test_the_import_needs_a_records_manager_and_actor_is_not_an_identity(office):
    path = office.records(HOUSE, OLA)
    office.run("records", "import", path, code=7, who="kari")
    assert "kari har rollen" in office.err and "import av kunderegisteret krever rollen" in office.err
    # --actor names a source for the audit log; it does not make an unmapped login a records manager.
    office.run("records", "import", "--actor", "rita", path, code=7, who="mallory")
    assert "ukjent ansatt" in office.err
    assert office.sql("SELECT count(*) FROM customers") == [(0,)]
    office.run("records", "import", "--actor", "nattlig eksport", path)
    [(actor, os_user, details)] = office.sql("SELECT actor, os_user, details FROM audit_log WHERE action = 'records.import'")
    details = json.loads(details) if isinstance(details, str) else details
    assert (actor, os_user, details["actor_note"]) == ("rita", "rita", "nattlig eksport")
    refused = office.sql("SELECT actor FROM audit_log WHERE action = 'refused' AND target_id = 'import_records'")
    assert sorted(actor for actor, in refused) == ["kari", "unknown"]
