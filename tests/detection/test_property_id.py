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
        "Se seksjon 9 i rapporten",  # no gnr/bnr in the text: a section of something else
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a section written alone belongs to the property the text names (before it, else after it)
        ("Seksjonering – gnr. 113 bnr. 47 i Bærum\n\nVi eier seksjon 9. Seksjon 10 er naboens.",
         [("gnr. 113 bnr. 47", "3201-113/47"), ("seksjon 9", "3201-113/47/0/9"),
          ("Seksjon 10", "3201-113/47/0/10")]),
        ("Vi eier seksjon 4 i sameiet (gnr. 230 bnr. 8 i Asker).",
         [("seksjon 4", "3203-230/8/0/4"), ("gnr. 230 bnr. 8", "3203-230/8")]),
        ("Gnr. 12 bnr. 345 i Asker. Snr. 3 er solgt.", [("Gnr. 12 bnr. 345", "3203-12/345"),
                                                       ("Snr. 3", "3203-12/345/0/3")]),
        # the section already inside a reference is not reported twice
        ("gnr. 12 bnr. 345 seksjon 3 i Asker", [("gnr. 12 bnr. 345 seksjon 3", "3203-12/345/0/3")]),
    ],
)
def test_a_section_written_alone_is_the_named_property_section(text, expected):
    found = [(text[c.start:c.end], c.normalized) for c in PropertyIdRecognizer().find(text, NO_ENTITIES)]
    assert sorted(found) == sorted(expected)
