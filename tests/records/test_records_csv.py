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
    (GOOD.replace(",3024,", ",9999,"), "er ikke en kjent kommune"),
    (GOOD.replace(",12,345,", ",12,x,"), "bnr må være et positivt heltall"),
    (GOOD.replace(",12,345,", ",,345,"), "gnr er tom"),
    (GOOD.replace("closed,2024-06-30", "halvferdig,2024-06-30"), "project_status «halvferdig» er ukjent; godtatt er"),
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
    assert records.bad_rows == [(3, "kunde K1001 er ulik en tidligere rad i: navn")]


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
def test_address_columns_describe_the_property_so_a_house_and_a_cabin_import():
    cabin = ("K1001,Kari Nordmann,kari@example.no,+47 912 34 567,Fjellvegen 9B,3580,Geilo,3330,Hol,55,12,,,"
             "P2025-002,Hytte,pågår,")
    records = read_records(csv(GOOD, cabin))
    assert records.bad_rows == []
    house, hytte = records.properties["3201-12/345"], records.properties["3330-55/12"]
    assert (house.street_address, house.postcode, house.city) == ("Storgata 1", "1337", "Sandvika")
    assert (hytte.street_address, hytte.postcode, hytte.city) == ("Fjellvegen 9B", "3580", "Geilo")
    assert records.customers["K1001"].street_address is None  # no private address given
    assert records.projects["P2025-002"].status == "open"


def test_private_address_columns_are_optional_extras():
    header = HEAD + ",private_street_address,private_postcode,private_city"
    records = read_records(csv(GOOD + ",Bjørkeveien 3,0870,Oslo", header=header))
    assert records.bad_rows == []
    customer = records.customers["K1001"]
    assert (customer.street_address, customer.postcode, customer.city) == ("Bjørkeveien 3", "0870", "Oslo")
    assert records.properties["3201-12/345"].street_address == "Storgata 1"


def test_private_address_differing_between_rows_of_one_customer_is_an_error():
    header = HEAD + ",private_street_address,private_postcode,private_city"
    second = GOOD.replace(",12,345,", ",12,346,").replace("P2024-001", "P2024-002") + ",Annenvei 1,0870,Oslo"
    records = read_records(csv(GOOD + ",Bjørkeveien 3,0870,Oslo", second, header=header))
    assert records.bad_rows == [(3, "kunde K1001 er ulik en tidligere rad i: adresse")]


def test_same_property_with_two_addresses_is_an_error():
    other = GOOD.replace("K1001,Kari Nordmann,kari@example.no", "K1002,Ola Nordmann,ola@example.no").replace(
        "Storgata 1", "Storgata 3").replace("P2024-001", "P2024-002")
    records = read_records(csv(GOOD, other))
    assert records.bad_rows == [(3, "eiendom 3201-12/345 er ulik en tidligere rad i: adresse")]


def test_row_without_property_keeps_its_address_as_the_customers():
    row = "K1003,Per Hansen,per@example.no,,Elvegata 2,3015,Drammen,,,,,,,,,,"
    records = read_records(csv(row))
    assert records.bad_rows == [] and records.customers["K1003"].street_address == "Elvegata 2"


def test_unknown_extra_column_is_refused():
    records = read_records(csv(GOOD + ",x", header=HEAD + ",favourite_colour"))
    assert records.bad_rows and "overskriftslinjen" in records.bad_rows[0][1]


@pytest.mark.parametrize("word, status", [
    ("open", "open"), ("Active", "open"), ("ONGOING", "open"), ("in progress", "open"), ("In  Progress", "open"),
    ("aktiv", "open"), ("Pågår", "open"), ("ÅPEN", "open"),
    ("closed", "closed"), ("Done", "closed"), ("completed", "closed"), ("Finished", "closed"),
    ("avsluttet", "closed"), ("Ferdig", "closed"), ("LUKKET", "closed"),
])
def test_project_status_accepts_the_words_firms_systems_export(word, status):
    closed = "2024-06-30" if status == "closed" else ""
    records = read_records(csv(GOOD.replace("closed,2024-06-30", f"{word},{closed}")))
    assert records.bad_rows == []
    assert records.projects["P2024-001"].status == status


def test_unknown_status_names_every_accepted_word():
    records = read_records(csv(GOOD.replace("closed,2024-06-30", "paused,")))
    (line, message), = records.bad_rows
    for word in ("open", "active", "ongoing", "in progress", "aktiv", "pågår", "åpen",
                 "closed", "done", "completed", "finished", "avsluttet", "ferdig", "lukket"):
        assert word in message
