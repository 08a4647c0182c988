"""Identifier recognizers: valid values in the forms people write, and the look-alikes they must refuse."""
import pytest

from rules.detection.recognizers.bank_account import BankAccountRecognizer
from rules.detection.recognizers.national_id import NationalIdRecognizer
from rules.detection.recognizers.org_number import OrgNumberRecognizer
from rules.detection.recognizers.phone import PhoneRecognizer
from tests.detection.conftest import found_texts, make_account, make_fnr, make_orgnr

FNR = make_fnr("120385")
DNR = make_fnr("520385")
ACCOUNT = make_account("1206")
DOTTED = f"{ACCOUNT[:4]}.{ACCOUNT[4:6]}.{ACCOUNT[6:]}"
ORGNR = make_orgnr("9332")
BAD_ORGNR = ORGNR[:-1] + str((int(ORGNR[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Fødselsnummer: {FNR}", [FNR]),
        (f"fnr {FNR[:6]} {FNR[6:]}", [f"{FNR[:6]} {FNR[6:]}"]),
        (f"Mitt personnummer er {FNR}.", [FNR]),
        (f"D-nummer {DNR}", [DNR]),
        (f"Han oppga {FNR[:6]}-{FNR[6:]} på skjemaet.", [f"{FNR[:6]}-{FNR[6:]}"]),
        (f"Søker: {FNR}", [FNR]),
        # distractors
        (f"Kontonummer: {FNR}", []),  # every fnr passes mod-11: the label decides
        (f"fnr: {FNR[:-1]}{(int(FNR[-1]) + 1) % 10}", []),
        (f"Saksnr {FNR}", []),
        (f"tlf {FNR[:8]}", []),
        (f"fnr {FNR}1", []),
    ],
)
def test_national_id(text, expected):
    assert found_texts(NationalIdRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Kontonummer: {ACCOUNT}", [ACCOUNT]),
        (f"Beløpet betales til {DOTTED}", [DOTTED]),
        (f"Refusjon til {ACCOUNT[:4]} {ACCOUNT[4:6]} {ACCOUNT[6:]}, takk.", [f"{ACCOUNT[:4]} {ACCOUNT[4:6]} {ACCOUNT[6:]}"]),
        (f"{DOTTED}", [DOTTED]),
        ("IBAN: NO93 8601 1117 947", ["NO93 8601 1117 947"]),
        ("IBAN DE89370400440532013000 BIC COBADEFFXXX", ["DE89370400440532013000"]),
        # distractors
        (f"Fnr: {FNR}", []),
        (FNR, []),  # an unlabelled fødselsnummer is not read as an account
        (f"konto {ACCOUNT[:-1]}{(int(ACCOUNT[-1]) + 1) % 10}", []),
        (f"Fakturanr {ACCOUNT}", []),
        ("IBAN: NO93 8601 1117 948", []),
        ("Tel: 2024.01.12345", []),
    ],
)
def test_bank_account(text, expected):
    assert found_texts(BankAccountRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("proESS AS, org.nr 914 775 493", ["914 775 493"]),
        ("Org.nr.: 914775493", ["914775493"]),
        ("Foretaksregisteret NO 914 775 493 MVA", ["914 775 493"]),
        ("NO914775493MVA", ["914775493"]),
        (f"organisasjonsnummer {ORGNR}", [ORGNR]),
        (f"Leverandør: {ORGNR[:3]} {ORGNR[3:6]} {ORGNR[6:]}", [f"{ORGNR[:3]} {ORGNR[3:6]} {ORGNR[6:]}"]),
        # distractors
        (f"org.nr {BAD_ORGNR}", []),
        (f"Ordrenummer {ORGNR}", []),
        (f"referanse {ORGNR}", []),
        (f"{ORGNR}", []),  # bare nine digits: too often a reference number
        (f"org.nr {ORGNR}7", []),
    ],
)
def test_org_number(text, expected):
    assert found_texts(OrgNumberRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring meg på 912 34 567", ["912 34 567"]),
        ("Tlf: 22 33 44 55", ["22 33 44 55"]),
        ("mobil 91234567", ["91234567"]),
        ("+47 912 34 567", ["+47 912 34 567"]),
        ("0047 22334455", ["0047 22334455"]),
        ("Phone: +46 70 123 45 67", ["+46 70 123 45 67"]),
        ("Kontakt: 41 22 87 90 eller 67 50 40 50", ["41 22 87 90", "67 50 40 50"]),
        ("nås på 22.33.44.55", ["22.33.44.55"]),
        # distractors
        ("Dato 31122023 ble avtalt", []),  # a valid landline number, but a date
        ("Fakturanr 91234567", []),
        ("KID 22334455", []),
        ("12052024", []),
        ("Beløp kr 22 33 44 55", []),
        ("Møtet er 12.05.2024", []),
        ("Konto 1503.12.34567", []),
    ],
)
def test_phone(text, expected):
    assert found_texts(PhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tlf (+47) 22 12 34 56", ["(+47) 22 12 34 56"]),
        ("ring 22-33-44-55", ["22-33-44-55"]),
        ("Ordre 22-33-44-55", []),
        ("Møte-ID: 345 678 912 03", []),
    ],
)
def test_phone_spellings(text, expected):
    assert found_texts(PhoneRecognizer(), text) == expected


def test_a_label_on_the_line_above_does_not_decide():
    text = f"Org.nr: 914 775 493\nBank: {DOTTED}\nKontonummer:\n{ACCOUNT}"
    assert found_texts(BankAccountRecognizer(), text) == sorted([DOTTED, ACCOUNT])
