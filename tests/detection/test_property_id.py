import pytest

from rules.detection.recognizers.property_id import PropertyIdRecognizer
from rules.detection.recognizer import NO_ENTITIES

property_ids = pytest.importorskip("rules.linking.property_ids", reason="rules/linking/property_ids.py is not there yet")


@pytest.mark.parametrize(
    "text",
    [
        "Eiendommen gnr. 41, bnr. 120 i Bærum kommune",
        "Matrikkel: 0301-207/44/0/3",
        "gårdsnummer 5 bruksnummer 7 i Asker",
        "Ingen eiendom her, bare 12.05.2024 og 1234 Oslo",
    ],
)
def test_property_findings_are_exactly_the_property_parser_mentions(text):
    expected = [(m.start, m.end, m.normalized) for m in property_ids.find_property_ids(text)]
    found = [(c.start, c.end, c.normalized) for c in PropertyIdRecognizer().find(text, NO_ENTITIES)]
    assert found == expected
    assert all(c.label == "PROPERTY_ID" for c in PropertyIdRecognizer().find(text, NO_ENTITIES))


def test_property_mention_is_found():
    assert [c.normalized for c in PropertyIdRecognizer().find("gnr. 41, bnr. 120 i Bærum", NO_ENTITIES)] == [
        "3201-41/120"]
