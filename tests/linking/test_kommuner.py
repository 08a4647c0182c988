"""Kommune numbers: old numbers and names map to today's number."""
from datetime import date

import pytest

from rules.linking.kommuner import (current_kommunenr, find_document_kommune, kommune_from_domain, kommune_name)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3201", "3201"),
        ("3024", "3201"),
        ("0219", "3201"),
        ("219", "3201"),
        ("Bærum", "3201"),
        ("baerum", "3201"),
        ("3025", "3203"),
        ("0220", "3203"),
        ("Røyken", "3203"),
        ("Hurum", "3203"),
        ("3030", "3205"),
        ("Skedsmo", "3205"),
        ("3005", "3301"),
        ("Nedre Eiker", "3301"),
        ("Svelvik", "3301"),
        ("0301", "0301"),
        ("Oslo", "0301"),
        ("0702", "3903"),
        ("3817", "4020"),
        ("Ski", "3207"),
        ("Rømskog", "3226"),
        ("1201", "4601"),
        ("Våler", None),
        ("Herøy", None),
        ("9999", None),
        ("Atlantis", None),
    ],
)
def test_current_number(value, expected):
    assert current_kommunenr(value) == expected


def test_mapping_on_a_date_stops_at_the_number_then_in_force():
    assert current_kommunenr("0219", on=date(2022, 6, 1)) == "3024"
    assert current_kommunenr("0219", on=date(2019, 6, 1)) == "0219"


def test_names():
    assert kommune_name("3201") == "Bærum"
    assert kommune_name("3024") == "Bærum"
    assert kommune_name("0000") is None


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("postmottak@baerum.kommune.no", "3201"),
        ("postmottak@asker.kommune.no", "3203"),
        ("pbe@pbe.oslo.kommune.no", "0301"),
        ("byggesak@nordre-follo.kommune.no", "3207"),
        ("post@baerum.no", None),
    ],
)
def test_kommune_behind_a_municipal_address(address, expected):
    assert kommune_from_domain(address) == expected


def test_document_kommune_only_when_a_single_one_is_named():
    assert find_document_kommune("Bærum kommune\nByggesak").current == "3201"
    assert find_document_kommune("Bærum kommune og Asker kommune") is None
    assert find_document_kommune("Ingen kommune her") is None


def _table_rows():
    import csv
    from pathlib import Path

    import rules

    with (Path(rules.__file__).parent / "data" / "kommuner.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_number_in_the_table_maps_to_a_number_in_force_today():
    rows = _table_rows()
    in_force = {row["kommunenr"] for row in rows if not row["successor"]}
    assert len(in_force) >= 350
    for row in rows:
        assert current_kommunenr(row["kommunenr"]) in in_force, row
        assert row["successor"] == "" or row["valid_to"], row
