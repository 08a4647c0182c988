"""PERSON: each rule-based recognizer on its own, then the full analyzer (with the NER model)."""
import pytest

from rules.detection.recognizers.person_gazetteer import PersonGazetteerRecognizer
from rules.detection.recognizers.person_greeting import PersonGreetingRecognizer
from rules.detection.recognizers.person_header import PersonHeaderRecognizer
from rules.detection.recognizers.person_known import KnownPersonRecognizer
from tests.detection.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Møte med Kari Nordmann i morgen", ["Kari Nordmann"]),
        ("Anne-Lise K. Berg ringte", ["Anne-Lise K. Berg"]),
        ("Per Hansen er styreleder", ["Per Hansen"]),
        ("Ola Bråtestuen kommer", ["Ola Bråtestuen"]),
        # distractors
        ("Per Post sendes brevet", []),  # Per is a word; Post is no surname
        ("Hansen Bygg AS leverer", []),
        ("Kari Nordmann AS har org.nr", []),
        ("Påmelding til Linda innen fredag", ["Linda"]),
        ("Tilstede: Eva og Frank Lunde", ["Eva", "Frank Lunde"]),
        ("Ring Per i morgen", []),  # a lone ambiguous given name is left to greetings and the model
        ("Linda ringte i går", []),  # sentence-initial: could be anything capitalized
        ("Dag Mandag", []),
        # a given name with the genitive -s keeps it, as written
        ("Henriks kontor har tegningene", ["Henriks"]),
        ("Vedlagt er Ingrids kommentarer", ["Ingrids"]),
        ("Hans kone ringte", []),  # "Hans" is a name and a pronoun, not "Han" + s
        ("Lars kommer i morgen", []),  # a name ending in s is not a genitive
        # names in capitals, as in signatures and forms
        ("Hilsen\nMARIANNE SKOGLUND\nTlf. 905 12 348", ["MARIANNE SKOGLUND"]),
        ("PURRING – FORFALT FAKTURA", []),
        ("KARI NORDMANN AS", []),
        # organisations are not persons
        ("Styret i Bjørklia Borettslag har bestemt", []),
    ],
)
def test_gazetteer(text, expected):
    assert found_texts(PersonGazetteerRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hei Kari,\n\nTakk for sist.", ["Kari"]),
        ("Hei Kari og Ola!", ["Kari", "Ola"]),
        ("Dear Mr. Hansen,", ["Hansen"]),
        ("Kjære Åse Gundersen,", ["Åse Gundersen"]),
        ("Med vennlig hilsen\nTrine Løvås\nproESS AS", ["Trine Løvås"]),
        ("Mvh Ola", ["Ola"]),
        ("Best regards,\nJames Miller", ["James Miller"]),
        ("Vi snakket med fru Berg i går", ["Berg"]),
        ("Se under.\n\nMona\n\n---------- Videresendt melding ----------\nFra: PBE", ["Mona"]),
        ("Go ahead.\n\nJames\n\n-----Original Message-----\nFrom: Ola", ["James"]),
        ("Greit.\n\nEirik\n\nDen 4. mars 2025 kl. 10:12 skrev Kari Hansen:", ["Eirik"]),
        ("Beklager dette.\nBjørn", ["Bjørn"]),
        ("Jeg heter Marius Dahle og lurer på prisen.", ["Marius Dahle"]),
        ("Hi Kari,\n\nI'm Jake from LeadBoost.", ["Jake", "Kari"]),
        ("My name is Rachel Green and I own the flat.", ["Rachel Green"]),
        ("Kari,\n\nKan du ringe kunden tilbake?", ["Kari"]),
        ("Ola, you appeared in 12 searches this week", ["Ola"]),
        # distractors
        ("Påbygg Kvalheim", []),
        ("I am Happy with the drawings.", []),
        ("Ring meg i morgen.\n\nTakk\n", []),
        ("Se vedlegg.\n\nSendt fra min iPhone", []),
        ("Hei alle sammen,", []),
        ("Med vennlig hilsen\nBærum kommune", []),
        ("Mvh\nHansen Bygg AS", []),
        ("Hei,\nTakk for sist", []),
        ("Dear Sir or Madam,", []),
        ("Dear Sirs,", []),
        ("Takk, det passer fint.", []),
        ("Med vennlig hilsen\nØkonomiavdelingen", []),
    ],
)
def test_greeting_and_signature(text, expected):
    assert found_texts(PersonGreetingRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fra: Erik Strand <erik@example.no>", ["Erik Strand"]),
        ("Til: Thomas Bakke", ["Thomas Bakke"]),
        ("On Mon, 4 Mar 2024, Emily Hall <emily@example.com> wrote:", ["Emily Hall"]),
        ("From: Kari Nordmann [mailto:kari@example.no]", ["Kari Nordmann"]),
        # distractors
        ("Fra: Bærum kommune <post@baerum.kommune.no>", []),
        ("Til: Byggesak", []),
    ],
)
def test_header(text, expected):
    assert found_texts(PersonHeaderRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kopi til Per Olav Lunde", ["Per Olav Lunde"]),
        ("Synnøve Berg har godkjent", ["Synnøve Berg"]),  # records write "Berg, Synnøve"
        ("Per Olav kommer", []),
        ("Lunde Bygg AS er entreprenør; Per Olav Lunde AS likeså", []),
    ],
)
def test_known_names(text, expected):
    recognizer = KnownPersonRecognizer(["Per Olav Lunde", "Berg, Synnøve", "Kari"])
    assert found_texts(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("I går snakket jeg med Gunnhild Bråtestuen om tegningene.", ["Gunnhild Bråtestuen"]),
        ("Styreleder Per Hansen og nabo Trude Lund har klaget.", ["Per Hansen", "Trude Lund"]),
        ("Takk for at du kom, Kari Nordmann satte stor pris på det.", ["Kari Nordmann"]),
        ("Hansen Bygg AS og DNB Bank ASA har signert kontrakten.", []),
        ("Bærum kommune har behandlet søknaden.", []),
        ("This week in Draftwise Weekly: stairs and the new Building Codes Tracker.", []),
        ("Les mer: Slik Får Du Bedre Rente | Grønt Boliglån | Boligkalkulator", []),
    ],
)
def test_analyzer_persons(analyzer, text, persons):
    assert [f.text for f in analyzer.analyze(text, "body") if f.label == "PERSON"] == persons
