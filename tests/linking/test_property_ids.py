"""The matrikkel parser: one row per written form, one row per look-alike that must not match."""
import pytest

from rules.linking.property_ids import PropertyId, find_property_ids, parse_property_id


def keys(text, **kwargs):
    return [mention.normalized for mention in find_property_ids(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gjelder gnr. 12 bnr. 345 i Bærum.", ["3201-12/345"]),
        ("gnr/bnr 12/345 i Asker", ["3203-12/345"]),
        ("Gnr 12, Bnr 345, Fnr 2, Bærum kommune", ["3201-12/345/2"]),
        ("g.nr 12 b.nr 345 i Bærum", ["3201-12/345"]),
        ("G.nr. 12 / B.nr. 345 (Lier)", ["3312-12/345"]),
        ("gnr 88/bnr 14 i Hol", ["3330-88/14"]),
        ("Gårdsnummer 12, bruksnummer 345, festenummer 2 i Drammen", ["3301-12/345/2"]),
        ("gårdsnr. 12 og bruksnr. 345", ["????-12/345"]),
        ("Eiendommen 12/345 ligger i Asker kommune.", ["3203-12/345"]),
        ("tomten vår (12/345)", ["????-12/345"]),
        ("Matrikkel: 3201-12/345", ["3201-12/345"]),
        ("3201 - 12/345", ["3201-12/345"]),
        ("eiendom 12/345/0/3", ["????-12/345/0/3"]),
        ("gnr 12 bnr 345 seksjon 3", ["????-12/345/0/3"]),
        ("Det gjelder gnr/bnr 215/88 seksjon 4.", ["????-215/88/0/4"]),
        ("Gjelder eiendommen 215/88, snr 4.", ["????-215/88/0/4"]),
        ("Vi må nok utsette befaringen på 81/140 i Lillestrøm.", ["3205-81/140"]),
        ("gnr. 38, bnr. 22, snr. 4", ["????-38/22/0/4"]),
        ("gnr 114 bnr 207 fnr 3", ["????-114/207/3"]),
        ("gnr 12 bnr 345 og 346 i Bærum", ["3201-12/345", "3201-12/346"]),
        ("gnr 12 bnr 345, 346 og 350", ["????-12/345", "????-12/346", "????-12/350"]),
        ("gnr 12 bnr 345-347 i Asker", ["3203-12/345", "3203-12/346", "3203-12/347"]),
        ("gnr 12 bnr 345 og gnr 13 bnr 4", ["????-12/345", "????-13/4"]),
        ("gnr/bnr 12/345, 12/346 og 13/1 (Asker)", ["3203-12/345", "3203-12/346", "3203-13/1"]),
        ("land no. 12, title no. 345 in Asker municipality", ["3203-12/345"]),
        ("The property gnr 12 bnr 345 in Lillestrøm", ["3205-12/345"]),
        ("our plot 12/345", ["????-12/345"]),
        ("matr.nr. 1010/3", ["????-1010/3"]),
        ("Kommune: 0219 Bærum. Gnr 12 bnr 345", ["3201-12/345"]),
        ("Eiendom: 3024-41/7", ["3201-41/7"]),
        ("Bærum kommune\nVedtak for gnr. 41 bnr. 7.", ["3201-41/7"]),
        ("huset i Løkkeåsveien 7 (41/112)", ["????-41/112"]),
        ("kjelleren i Kolsåsstien 3 (28/71/2 i Bærum)", ["3201-28/71/2"]),
        ("Matrikkelnummer? Det er 135/400.", ["????-135/400"]),
        ("Gnr. 12 Bnr. 345/2 i Bærum", ["3201-12/345/2"]),
        ("gnr 12 bnr 345/0/3", ["????-12/345/0/3"]),
        ("GNR: 12 BNR: 345", ["????-12/345"]),
        ("gnr.12 bnr.345", ["????-12/345"]),
        ("Gnr./bnr.: 12/345", ["????-12/345"]),
        ("gnr. 2001, bnr. 15", ["????-2001/15"]),
        ("the neighbour at 31/78", ["????-31/78"]),
        ("Gnr 12, Bnr 345, Fnr 01019012345", ["????-12/345"]),
        ("gnr. 12 – bnr. 345", ["????-12/345"]),
        ("eiendom nr. 12/345", ["????-12/345"]),
        ("matrikkel 3201 12/345", ["3201-12/345"]),
        ("gnr. 12 bnr. 345 (3203)", ["3203-12/345"]),
        ("byggeplassen på 135/400", ["????-135/400"]),
        ("gnr 12 bnr 345-2", ["????-12/345"]),
    ],
)
def test_written_forms(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Møte 12/05 kl 10.",
        "Frist 12.05.2024 for eiendommen.",
        "Befaring på eiendommen den 12/5.",
        "Fornyes 12/05/2025.",
        "1/2 etasje i tomten",
        "3/4 av tomten er bebygd",
        "faktura 2024/117 for eiendommen",
        "saksnr 23/4567 gjelder eiendommen",
        "Eiendom: vår ref 24/1234",
        "Eiendom side 2/3",
        "Ring 22 12 34 56 om tomten",
        "Tomten kostet kr 12 345,-",
        "Nyhetsbrev nr. 12/2024",
        "Kan garasjen bli 1/2 meter lengre?",
        "Jeg kan 12/6 eller 14/6.",
        "Get a loan at 3/4 the usual rate!",
        "uke 29-31",
        "Eiendomsskatt 2024/117 for eiendommen",
        "situasjonskart i målestokk 1/500",
        "eiendommen 12/5/24",
        "tomten 12/5-2024",
        "eiendommen i Storgata 12/14",
        "naboen kommer 12/5",
        "Saksnr. 2024/117 – se eiendommen",
        "Eiendommen, deres ref: 12/345",
        "Vi bestilte 3201 12/345 stk",
        "Huset eies 50/50 av oss to",
        "Garasjen er 2/3 ferdig",
    ],
)
def test_distractors_are_not_property_ids(text):
    assert keys(text) == []


@pytest.mark.parametrize(
    ("text", "as_written", "key"),
    [
        ("gnr 12 bnr 345 i Bærum", "Bærum", "3201-12/345"),
        ("0219-12/345", "0219", "3201-12/345"),
        ("3024-12/345", "3024", "3201-12/345"),
        ("Knr. 0220, gnr 5 bnr 6", "0220", "3203-5/6"),
        ("gnr 5 bnr 6 i Røyken", "Røyken", "3203-5/6"),
        ("gnr 5 bnr 6 i Baerum", "Baerum", "3201-5/6"),
    ],
)
def test_kommune_as_written_is_kept_while_the_number_is_current(text, as_written, key):
    [mention] = find_property_ids(text)
    assert (mention.kommune_as_written, mention.normalized) == (as_written, key)


def test_default_kommune_applies_only_when_the_text_names_none():
    assert keys("gnr 12 bnr 345", default_kommunenr="3024") == ["3201-12/345"]
    assert keys("gnr 12 bnr 345 i Asker", default_kommunenr="3201") == ["3203-12/345"]


def test_known_units_let_a_bare_pair_through_but_not_a_date():
    assert keys("Jeg har sett på 12/345 og foreslår befaring.", known_units={(12, 345)}) == ["????-12/345"]
    assert keys("Jeg har sett på 12/345 og foreslår befaring.") == []
    assert keys("Vi sees 12/5.", known_units={(12, 5)}) == []
    assert keys("hytta (12/3) trenger tegninger", known_units={(12, 3)}) == ["????-12/3"]
    assert keys("hytta (12/3) trenger tegninger") == []


def test_mention_span_points_at_the_text():
    text = "Hei! Gjelder gnr. 12 bnr. 345 i Bærum."
    [mention] = find_property_ids(text)
    assert text[mention.start : mention.end] == mention.text == "gnr. 12 bnr. 345"


@pytest.mark.parametrize(
    ("pid", "key"),
    [
        (PropertyId("3201", 12, 345), "3201-12/345"),
        (PropertyId("3201", 12, 345, 2), "3201-12/345/2"),
        (PropertyId("3201", 12, 345, None, 3), "3201-12/345/0/3"),
        (PropertyId("3201", 12, 345, 0, None), "3201-12/345"),
        (PropertyId(None, 12, 345), "????-12/345"),
    ],
)
def test_key_format(pid, key):
    assert pid.key() == key


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("3201-12/345", PropertyId("3201", 12, 345)),
        ("gnr 12 bnr 345 Bærum", PropertyId("3201", 12, 345)),
        ("Bærum 12/345", PropertyId("3201", 12, 345)),
        ("12/345", PropertyId(None, 12, 345)),
        ("0219-12/345/2", PropertyId("3201", 12, 345, 2)),
        ("Ingrid Solberg", None),
    ],
)
def test_parse_property_id_for_lookup_queries(query, expected):
    assert parse_property_id(query) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gnr 12 bnr 345 i bærum", ["3201-12/345"]),
        ("tomten 12/345 i asker kommune", ["3203-12/345"]),
        ("gnr 12 bnr 345 i Hole", ["3310-12/345"]),
        ("gnr 12 bnr 345 i hole i taket", ["????-12/345"]),
        ("the plot 12/345 in time for spring", ["????-12/345"]),
    ],
)
def test_lower_case_kommune_names_unless_they_are_everyday_words(text, expected):
    assert keys(text) == expected
