import pytest

from rules.detection import normalize_identifier, value_hash
from tests.detection.conftest import make_account, make_fnr

FNR = make_fnr("010170")
DNR = make_fnr("410170")
ACCOUNT = make_account("1503")


@pytest.mark.parametrize(
    ("label", "written", "expected"),
    [
        ("NATIONAL_ID", FNR, FNR),
        ("NATIONAL_ID", f"{FNR[:6]} {FNR[6:]}", FNR),
        ("NATIONAL_ID", f" {FNR[:6]}-{FNR[6:]} ", FNR),
        ("NATIONAL_ID", DNR, DNR),
        ("NATIONAL_ID", FNR[:-1] + str((int(FNR[-1]) + 1) % 10), None),
        ("BANK_ACCOUNT", f"{ACCOUNT[:4]}.{ACCOUNT[4:6]}.{ACCOUNT[6:]}", ACCOUNT),
        ("BANK_ACCOUNT", f"{ACCOUNT[:4]} {ACCOUNT[4:6]} {ACCOUNT[6:]}", ACCOUNT),
        ("BANK_ACCOUNT", "NO93 8601 1117 947", "86011117947"),
        ("BANK_ACCOUNT", "no9386011117947", "86011117947"),
        ("BANK_ACCOUNT", "DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("BANK_ACCOUNT", "1234.56.78901", None),
        ("ORG_NUMBER", "914 775 493", "914775493"),
        ("ORG_NUMBER", "NO 914 775 493 MVA", "914775493"),
        ("ORG_NUMBER", "914775494", None),
        ("PHONE", "912 34 567", "+4791234567"),
        ("PHONE", "+47 912 34 567", "+4791234567"),
        ("PHONE", "0047 22.33.44.55", "+4722334455"),
        ("PHONE", "+46 70 123 45 67", "+46701234567"),
        ("PHONE", "12345", None),
        ("EMAIL", " Kari.Nordmann@Example.NO ", "kari.nordmann@example.no"),
        ("EMAIL", "not an address", None),
        ("PROPERTY_ID", "gnr 12 bnr 345", "????-12/345"),
        ("PERSON", "Kari Nordmann", None),
    ],
)
def test_normalize_identifier(label, written, expected):
    assert normalize_identifier(label, written) == expected


def test_account_and_its_iban_hash_alike():
    iban = "NO93 8601 1117 947"
    assert normalize_identifier("BANK_ACCOUNT", iban) == normalize_identifier("BANK_ACCOUNT", "8601.11.17947")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (("PHONE", "+4791234567", b"k"), ("PHONE", "+4791234567", b"k"), True),
        (("PHONE", "+4791234567", b"k"), ("PHONE", "+4791234567", b"other key"), False),
        (("NATIONAL_ID", "12345678901", b"k"), ("BANK_ACCOUNT", "12345678901", b"k"), False),
        (("PHONE", "+4791234567", b"k"), ("PHONE", "+4791234568", b"k"), False),
    ],
)
def test_value_hash_is_keyed_and_label_scoped(first, second, same):
    assert (value_hash(*first) == value_hash(*second)) is same
    assert len(value_hash(*first)) == 64
