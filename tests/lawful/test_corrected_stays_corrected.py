"""Corrected stays corrected: a re-import of the usual export never puts a rectified value back,
and says so row by row, until the source file carries the corrected value (issue 12)."""

from __future__ import annotations

import pytest

from tests.lawful.days import Office


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.open_office()
    return office


def test_a_rectified_field_survives_re_imports_until_the_source_holds_it(office):
    office.run("rectify", "K1001", "--set", "phone=+47 400 00 000", "--set", "city=Bekkestua", "--reason", "kunden ringte",
               staff="kari")

    # The usual export still has the old phone and city: both corrections hold, one line per field.
    office.run("records", "import", str(office.records), staff="rita")
    [line] = office.line_of("K1001")
    conflicts = office.stderr.splitlines()
    assert len(conflicts) == 2
    assert conflicts[0].startswith(f"{office.records}:{line}: K1001: telefon ble rettet ")
    assert conflicts[0].endswith("men filen har fortsatt en annen verdi; den rettede verdien beholdes. "
                                 "Rett opplysningen i kildesystemet.")
    assert f"{office.records}:{line}: K1001: poststed ble rettet " in conflicts[1]
    record = office.lookup("K1001")["subject"]["record"]
    # The export has no private-address columns, so the row's address is the property's (issue 13); the
    # customer's own address is what staff corrected.
    assert record["phone"] == "+47 400 00 000" and record["address"] == "Bekkestua"
    # Other customers' changes in the same file are imported as usual.
    office.replace_in_records("K1002,Magnus Haugen,magnus.haugen@online.no,48123456",
                              "K1002,Magnus Haugen,magnus.haugen@online.no,48123499")
    office.run("records", "import", str(office.records), staff="rita")
    assert len(office.stderr.splitlines()) == 2
    assert office.lookup("K1002")["subject"]["record"]["phone"] == "48123499"

    # The source system is fixed for the phone (written its own way): that conflict is gone.
    office.replace_in_records("K1001,Ingrid Solberg,ingrid.solberg@gmail.com,+47 912 34 567",
                              "K1001,Ingrid Solberg,ingrid.solberg@gmail.com,40000000")
    office.run("records", "import", str(office.records), staff="rita")
    assert [conflict for conflict in office.stderr.splitlines() if "telefon" in conflict] == []
    assert "poststed ble rettet" in office.stderr
    assert office.lookup("K1001")["subject"]["record"]["phone"] == "+47 400 00 000"

    # From then on the source is in charge of the phone again: a later change in it is imported.
    office.replace_in_records(",40000000,", ",+47 401 11 111,")
    office.run("records", "import", str(office.records), staff="rita")
    assert "telefon" not in office.stderr and "poststed" in office.stderr
    record = office.lookup("K1001")["subject"]["record"]
    assert record["phone"] == "+47 401 11 111" and "Bekkestua" in record["address"]
