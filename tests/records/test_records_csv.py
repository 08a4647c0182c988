import pytest

from rules.records_csv import HEADER, read_records

HEAD = ",".join(HEADER)
GOOD = "K1001,Kari Nordmann,kari@example.no,+47 912 34 567,Storgata 1,1337,Sandvika,3024,Bærum,12,345,,,P2024-001,Tilbygg,closed,2024-06-30"


def csv(*rows: str, header: str = HEAD) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def test_good_row_becomes_customer_property_and_project_with_current_kommune_number():
    records = read_records(csv(GOOD))
    assert records.bad_rows == []
    assert records.customers["K1001"].email == "kari@example.no"
    assert list(records.properties) == ["3201-12/345"]  # Bærum 3024 became 3201 on 1 Jan 2024
    assert records.projects["P2024-001"].closed_on.isoformat() == "2024-06-30"
    assert records.customer_properties == {("K1001", "3201-12/345")}


def test_customer_with_two_properties_in_two_rows():
    second = GOOD.replace(",12,345,", ",12,346,").replace("P2024-001,Tilbygg,closed,2024-06-30", "P2025-002,Garasje,open,")
    records = read_records(csv(GOOD, second))
    assert records.bad_rows == []
    assert len(records.customers) == 1 and len(records.properties) == 2 and len(records.projects) == 2


@pytest.mark.parametrize("row, reason", [
    (GOOD.replace("K1001", "", 1), "customer_id er tom"),
    (GOOD.replace("kari@example.no", "kari-at-example"), "email er ikke en e-postadresse"),
    (GOOD.replace(",1337,", ",13a7,"), "postcode må være 4 sifre"),
    (GOOD.replace(",3024,", ",9999,"), "ikke en kjent kommune"),
    (GOOD.replace(",12,345,", ",12,x,"), "bnr må være et positivt heltall"),
    (GOOD.replace(",12,345,", ",,345,"), "gnr er tom"),
    (GOOD.replace("closed,2024-06-30", "done,2024-06-30"), "project_status må være én av open, closed"),
    (GOOD.replace("closed,2024-06-30", "closed,"), "et avsluttet prosjekt må ha project_closed_on"),
    (GOOD.replace("closed,2024-06-30", "open,2024-06-30"), "et pågående prosjekt kan ikke ha project_closed_on"),
    (GOOD.replace("2024-06-30", "30.06.2024"), "project_closed_on må være en dato"),
    (GOOD + ",extra", "har 18 kolonner, skal ha 17"),
])
def test_each_bad_row_is_reported_with_its_line_and_reason(row, reason):
    records = read_records(csv(GOOD.replace("K1001", "K0001"), row))
    assert len(records.bad_rows) == 1
    line, message = records.bad_rows[0]
    assert line == 3
    assert reason in message


def test_every_bad_row_is_listed_not_just_the_first():
    records = read_records(csv(GOOD.replace(",1337,", ",x,"), GOOD, GOOD.replace("kari@example.no", "nope")))
    assert [line for line, _ in records.bad_rows] == [2, 4]


def test_conflicting_rows_for_one_customer_are_rejected():
    records = read_records(csv(GOOD, GOOD.replace("Kari Nordmann", "Kari Nordmann-Berg")))
    assert records.bad_rows == [(3, "kunde K1001 er ulik en tidligere rad i: name")]


@pytest.mark.parametrize("data, reason", [
    (b"", "filen er tom"),
    (b"id;name\n1;x\n", "overskriftslinjen må være nøyaktig"),
    (("\n".join([HEAD, GOOD])).encode("latin-1"), "ikke UTF-8"),
    (csv('K1,"unterminated'), "ikke gyldig CSV"),
])
def test_broken_files_give_a_clear_reason(data, reason):
    records = read_records(data)
    assert records.bad_rows and reason in records.bad_rows[0][1]


def test_byte_order_mark_from_spreadsheet_export_is_accepted():
    assert read_records(b"\xef\xbb\xbf" + csv(GOOD)).bad_rows == []


def test_ids_are_trimmed_and_compared_case_insensitively():
    records = read_records(csv("K1,Kari Nordmann,kari@example.no,,,,,,,,,,,p-1,Garasje,open,",
                               " k1 ,Kari Nordmann,kari@example.no,,,,,,,,,,,P-1 ,Garasje,open,"))
    assert not records.bad_rows
    assert list(records.customers) == ["K1"] and list(records.projects) == ["P-1"]


@pytest.mark.parametrize("name", ["Kari\x1b]0;x\x07", "Kari\tNordmann", "Kari\u202eNordmann", "Kari\x00"])
def test_control_characters_are_rejected_with_the_row_number(name):
    records = read_records(csv("K1,Ola,ola@example.no,,,,,,,,,,,,,,", f'K2,"{name}",kari@example.no,,,,,,,,,,,,,,'))
    assert records.bad_rows == [(3, "name inneholder et kontrolltegn")] and not records.customers.get("K2")
