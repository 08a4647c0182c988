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


# The span convention of rules/detection/README.md, label by label: text -> the exact spans expected.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi er gift og eier huset sammen", ["gift"]),
        ("Min samboer og jeg", ["Min samboer"]),
        ("Samboeren min og jeg har bestemt oss", ["Samboeren min"]),
        ("Kari er nylig skilt", ["skilt"]),
        ("Han er gift med Ingrid", ["gift"]),
        ("Hun ble enke i fjor", ["enke"]),
        ("De er registrert partnere", ["registrert partnere"]),
        ("Sivilstand: ugift", ["ugift"]),
        ("She is divorced and the sole owner.", ["divorced"]),
        ("They were separated in 2020", ["separated"]),
        ("etter at han og hans tidligere ektefelle ble skilt i fjor", ["hans tidligere ektefelle", "skilt"]),
        ("Selgeren er separert og eier boligen alene", ["separert"]),
        ("Vi er ikke gift ennå, så begge står i skjøtet", ["ikke gift"]),
        ("Jeg er separert siden i fjor", ["separert"]),
        ("Etter skilsmissen bor jeg alene", ["skilsmissen"]),
        ("Kona vil ha større kjøkken", ["Kona"]),
        ("Mannen min, Terje Bakken, har tegningene", ["Mannen min"]),
        ("Ektefellen min og jeg", ["Ektefellen min"]),
        ("Ekskona mi skal ikke ha kopi", ["Ekskona mi"]),
        ("Min tidligere kone og jeg er enige", ["Min tidligere kone"]),
        ("Hilsen Randi og hennes mann Kåre", ["hennes mann"]),
        ("My husband will join us", ["My husband"]),
        ("My partner and I bought the house", ["My partner"]),
        ("my ex-wife handled the purchase", ["my ex-wife"]),
        ("Mora mi er skilt fra faren min", ["skilt"]),
        # distractors: building words, business partners, a man who is not a husband
        ("Sett opp et skilt ved innkjørselen", []),
        ("Kjøkkenet er skilt fra stua med en skyvedør", []),
        ("Anlegget er separert i spillvann og overvann", []),
        ("Rottegift i kjelleren", []),
        ("Rommet ble skilt fra stua med glassvegg", []),
        ("a gift card for the client", []),
        ("Mannen som var her fra VVS-firmaet sa at sluket er tett", []),
        ("Vår partner VVS Partner AS tar rørene", []),
        ("We also have a partner company doing the electrical work", []),
        ("samarbeidspartneren vår leverer vinduene", []),
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
        ("My husband was diagnosed with cancer", ["diagnosed with cancer"]),
        ("Han er uføretrygdet siden 2019", ["uføretrygdet"]),
        ("etter hjerneslaget i fjor har hun trengt hjelp", ["hjerneslaget"]),
        ("Mannen min har multippel sklerose", ["multippel sklerose"]),
        ("Han ser dårlig i mørket", ["ser dårlig"]),
        ("Far har nedsatt førlighet i venstre bein", ["nedsatt førlighet i venstre bein"]),
        ("Min far er sterkt tunghørt", ["sterkt tunghørt"]),
        ("Hun bruker manuell rullestol innendørs", ["manuell rullestol"]),
        ("Kona har kraftig pollenallergi", ["kraftig pollenallergi"]),
        ("Datteren vår har diabetes type 1", ["diabetes type 1"]),
        ("My mother has multiple sclerosis", ["multiple sclerosis"]),
        ("Jeg har lett\nastma", ["lett\nastma"]),
        ("Jeg har fått diagnosen KOLS", ["diagnosen KOLS"]),
        ("Jeg ligger innlagt på sykehus", ["innlagt på sykehus"]),
        ("Hun er sterkt svaksynt", ["sterkt svaksynt"]),
        ("Han har leddgikt i hendene", ["leddgikt i hendene"]),
        # distractors: rules, places, newsletters, words that are not about anyone's health
        ("Universell utforming etter TEK17", []),
        ("allergivennlige materialer", []),
        ("Sykkelbod ved inngangen", []),
        ("behandling av byggesøknaden", []),
        ("Inngangen skal være tilgjengelig for personer med nedsatt funksjonsevne.", []),
        ("Det skal være snusirkel for rullestol foran heisen.", []),
        ("Løsningene skal ta hensyn til svaksynte og hørselshemmede.", []),
        ("Legen på legesenteret vil ha bedre lydisolering.", []),
        ("Sykehuset har meldt at innkjørselen må holdes fri.", []),
        ("Astma og allergi er vanlig. Les mer i nyhetsbrevet. Meld deg av her.", []),
        ("Det gjør vondt å betale så mye for et bad.", []),
    ],
)
def test_health(text, expected):
    assert found_texts(HealthRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banken gjorde en kredittsjekk av oss", ["kredittsjekk"]),
        ("Vi har ingen betalingsanmerkninger", ["ingen betalingsanmerkninger"]),
        ("Saken min er sendt til inkasso", ["inkasso"]),
        ("Vi har fått finansieringsbevis", ["finansieringsbevis"]),
        ("Lånetilsagnet vårt gjelder i tre måneder", ["Lånetilsagnet"]),
        ("We received a loan approval", ["loan approval"]),
        ("They sent my debt to a debt collection agency", ["debt collection agency"]),
        ("Vi har fått innvilget lån i Handelsbanken.", ["fått innvilget lån i Handelsbanken"]),
        ("Vi har fått finansieringsbevis på 4,8 mill. fra Storebrand, men", ["finansieringsbevis på 4,8 mill. fra Storebrand"]),
        ("Vi har lånetilsagn fra banken på 3 millioner.", ["lånetilsagn fra banken på 3 millioner"]),
        ("Kredittscore 38/100\nBetalingsanmerkning: 2\nForbruksgjeld: kr 140 000\n",
         ["Betalingsanmerkning: 2", "Forbruksgjeld: kr 140 000", "Kredittscore 38/100"]),
        ("We have an approved mortgage of NOK 2.1 million.", ["approved mortgage of NOK 2.1 million"]),
        ("Vi har fått lav kredittscore hos DNB", ["lav kredittscore hos DNB"]),
        ("Banken sa nei fordi vi har for høy gjeld", ["for høy gjeld"]),
        ("Vi er i gjeldsordning hos namsmannen", ["gjeldsordning hos namsmannen"]),
        ("Lånetilsagn – Eirik Halvorsen", ["Lånetilsagn"]),
        # distractors: invoices, headings, newsletters, dunning letters to the firm, a firm's credit
        ("Faktura sendes til kunden", []),
        ("kreditt 30 dager", []),
        ("Betalingsbetingelser: 30 dager netto", []),
        ("Lånetilsagn", []),
        ("VS: Lånetilsagn", []),
        ("Styringsrenten er uendret. Søk finansieringsbevis hos oss i dag! Meld deg av nyhetsbrevet.", []),
        ("Ved manglende betaling innen 14 dager sendes saken til inkasso, og dere belastes inkassogebyr.", []),
        ("If payment is not received, the claim will be transferred to a debt collection agency.", []),
        ("Kredittvurderingen av Byggmester Aas AS viser ingen anmerkninger. Vi går videre.", []),
        ("Husk at banken gjennomfører en kredittvurdering før du får lån.", []),
        ("Nå er gjelden nedbetalt, og vi kan starte.", []),
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
