"""Pattern recognizers over words and phrases: positives as they are written, and look-alikes."""
import pytest

from rules.detection.recognizers.address import AddressRecognizer
from rules.detection.recognizers.credit_info import CreditInfoRecognizer
from rules.detection.recognizers.date_of_birth import DateOfBirthRecognizer
from rules.detection.recognizers.email import EmailRecognizer
from rules.detection.recognizers.health import HealthRecognizer
from rules.detection.recognizers.marital_status import MaritalStatusRecognizer
from tests.detection.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skriv til kari.nordmann@gmail.com i dag", ["kari.nordmann@gmail.com"]),
        ("<post@baerum.kommune.no>", ["post@baerum.kommune.no"]),
        ("Ola.Hansen+bygg@firma-epost.no.", ["Ola.Hansen+bygg@firma-epost.no"]),
        ("kari@localhost", []),
        ("@proess_as på Instagram", []),
    ],
)
def test_email(text, expected):
    assert found_texts(EmailRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi bor i Storgata 12B.", ["Storgata 12B"]),
        ("Adresse: Kongens gate 5, 0153 Oslo", ["Kongens gate 5, 0153 Oslo"]),
        ("Karl Johans gate 22", ["Karl Johans gate 22"]),
        ("Bjerkeveien 14\n1360 Fornebu", ["Bjerkeveien 14\n1360 Fornebu"]),
        ("Postboks 123 Sentrum, 0102 Oslo", ["Postboks 123 Sentrum, 0102 Oslo"]),
        ("Postboks 6742 St. Olavs plass, 0130 Oslo", ["Postboks 6742 St. Olavs plass, 0130 Oslo"]),
        ("Bygdøy allé 41", ["Bygdøy allé 41"]),
        ("Kari Berg\n1383 Asker", ["1383 Asker"]),
        ("Gamle Ringeriksvei 30", ["Gamle Ringeriksvei 30"]),
        ("Næringsbygg Storgata 5", ["Storgata 5"]),
        # distractors
        ("Vi har 3 gater og 12 veier i planen", []),
        ("Prisen er kr 2500 Totalt", []),
        ("Møtet i 2024 Oslo kommune", []),
        ("i Storgata", []),
    ],
)
def test_address(text, expected):
    assert found_texts(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kari Nordmann, født 23.07.1991", ["23.07.1991"]),
        ("f. 5. juni 1968", ["5. juni 1968"]),
        ("Fødselsdato: 1991-07-23", ["1991-07-23"]),
        ("Date of birth: March 3, 1970", ["March 3, 1970"]),
        ("DOB 03/03/1970", ["03/03/1970"]),
        ("Ola (f. 1955) er eier", ["1955"]),
        ("Hun er født i 1948.", ["1948"]),
        # distractors
        ("Møtet er 23.07.2024", []),
        ("f.eks. 12.03.2024", []),
        ("Søknaden ble født 12.03.2024 i møtet? nei: levert 12.03.2024", ["12.03.2024"]),
    ],
)
def test_date_of_birth(text, expected):
    assert found_texts(DateOfBirthRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi er gift og eier huset sammen", ["gift"]),
        ("Min samboer og jeg", ["samboer"]),
        ("Kari er nylig skilt", ["skilt"]),
        ("Han er gift med Ingrid", ["gift"]),
        ("Hun ble enke i fjor", ["enke"]),
        ("De er registrert partnere", ["registrert partnere"]),
        ("Sivilstand: ugift", ["ugift"]),
        ("She is divorced and the sole owner.", ["divorced"]),
        ("They were separated in 2020", ["separated"]),
        ("etter at han og hans tidligere ektefelle ble skilt i fjor", ["ektefelle", "skilt"]),
        ("Selgeren er separert og eier boligen alene", ["separert"]),
        # distractors: building words
        ("Sett opp et skilt ved innkjørselen", []),
        ("Kjøkkenet er skilt fra stua med en skyvedør", []),
        ("Anlegget er separert i spillvann og overvann", []),
        ("Rottegift i kjelleren", []),
        ("Rommet ble skilt fra stua med glassvegg", []),
        ("a gift card for the client", []),
    ],
)
def test_marital_status(text, expected):
    assert found_texts(MaritalStatusRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faren min bruker rullestol", ["rullestol"]),
        ("Jeg er sykemeldt ut uka", ["sykemeldt"]),
        ("Hun har astma og allergi", ["allergi", "astma"]),
        ("Han har nedsatt funksjonsevne", ["nedsatt funksjonsevne"]),
        ("My husband was diagnosed with cancer", ["cancer", "diagnosed"]),
        ("uføretrygdet siden 2019", ["uføretrygdet"]),
        ("etter hjerneslaget i fjor", ["hjerneslaget"]),
        # distractors
        ("Universell utforming etter TEK17", []),
        ("allergivennlige materialer", []),
        ("Sykkelbod ved inngangen", []),
        ("behandling av byggesøknaden", []),
    ],
)
def test_health(text, expected):
    assert found_texts(HealthRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banken gjorde en kredittsjekk", ["kredittsjekk"]),
        ("ingen betalingsanmerkninger", ["betalingsanmerkninger"]),
        ("Saken er sendt til inkasso", ["inkasso"]),
        ("Vi har fått finansieringsbevis", ["finansieringsbevis"]),
        ("Lånetilsagnet gjelder i tre måneder", ["Lånetilsagnet"]),
        ("We received a loan approval", ["loan approval"]),
        ("a debt collection agency", ["debt collection"]),
        # distractors
        ("Faktura sendes til kunden", []),
        ("kreditt 30 dager", []),
        ("Betalingsbetingelser: 30 dager netto", []),
    ],
)
def test_credit_info(text, expected):
    assert found_texts(CreditInfoRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("recognizer", "text", "expected"),
    [
        (HealthRecognizer(), "Ho har nedsett rørsle og er sjukemeld", ["nedsett rørsle", "sjukemeld"]),
        (MaritalStatusRecognizer(), "som er enkje og bur åleine", ["enkje"]),
        (MaritalStatusRecognizer(), "Eg er skild frå han", ["skild"]),
        (MaritalStatusRecognizer(), "Skiltet er skild frå resten", []),
        (AddressRecognizer(), "RE: 14 Lindeveien – boundary dispute", ["14 Lindeveien"]),
        (AddressRecognizer(), "Vi har 14 Lindetrær i hagen", []),
    ],
)
def test_nynorsk_and_english_forms(recognizer, text, expected):
    assert found_texts(recognizer, text) == expected
