"""The pure rules behind erased-stays-erased and corrected-stays-corrected."""

from __future__ import annotations

from datetime import date

from rules.lawful import HeldCorrection, Identity, identity_keys, keyed_hashes, norwegian_date, same_value, settle_corrections

KEY = b"k"


def test_one_person_written_two_ways_gives_the_same_keys():
    one = Identity("K1", "Siri  Vang", "Siri.Vang@Example.no", "+47 934 11 222", "Fjellveien 3", "1337")
    other = Identity("K1", "siri vang", "siri.vang@example.no", "93411222", "fjellveien  3", "1337")
    assert keyed_hashes(one, KEY) == keyed_hashes(other, KEY)
    assert [kind for kind, _ in identity_keys(one)] == ["customer_id", "email", "phone", "name_address"]


def test_keys_depend_on_the_key_and_name_without_address_is_no_key():
    person = Identity("K1", "Siri Vang", None, None, None, None)
    assert [kind for kind, _ in identity_keys(person)] == ["customer_id"]
    assert keyed_hashes(person, b"a") != keyed_hashes(person, b"b")


def test_corrections_settle_only_when_the_source_carries_the_corrected_value():
    held = [HeldCorrection("phone", "+47 400 00 000"), HeldCorrection("city", "Bekkestua")]
    assert settle_corrections(held, {"phone": "40000000", "city": "Sandvika"}) == (["phone"], ["city"])
    assert settle_corrections(held, {"phone": "+47 912 34 567", "city": "bekkestua"}) == (["city"], ["phone"])
    assert same_value("email", "A@B.no", "a@b.no") and not same_value("name", "Ola", "Ola Nordmann")


def test_dates_are_written_the_norwegian_way():
    assert norwegian_date(date(2026, 11, 20)) == "20. november 2026"
    assert norwegian_date(date(2027, 1, 1)) == "1. januar 2027"
