"""Validation and canonical forms of identifiers; the only user of python-stdnum and phonenumbers.

The canonical form is what the keyed hash is computed over, so a value found in a mail and
the same value typed into a lookup ("010170 00027", "+47 912 34 567") hash identically.

The validating libraries and the property-ID patterns are imported on first use: a lookup by
customer id or e-mail address never needs them, and they cost a tenth of a second at start-up.
"""
from __future__ import annotations

import hashlib
import hmac
import re

_SEPARATORS = re.compile(r"[\s.\-/]")


def digits_only(text: str) -> str:
    return _SEPARATORS.sub("", text)


def is_fodselsnummer(text: str) -> bool:
    """Checksums and a real birth date (D-numbers included)."""
    number = digits_only(text)
    if not (len(number) == 11 and number.isdigit()):
        return False
    from stdnum.no import fodselsnummer

    return fodselsnummer.is_valid(number)


def is_kontonummer(text: str) -> bool:
    number = digits_only(text)
    if not (len(number) == 11 and number.isdigit()):
        return False
    from stdnum.no import kontonr

    return kontonr.is_valid(number)


def is_iban(text: str) -> bool:
    from stdnum import iban

    return iban.is_valid(text)


def is_orgnr(text: str) -> bool:
    number = digits_only(text)
    if not (len(number) == 9 and number.isdigit()):
        return False
    from stdnum.no import orgnr

    return orgnr.is_valid(number)


def phone_e164(text: str) -> str | None:
    """E.164 form of a strictly valid number (Norwegian unless it carries a country code)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "NO")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _normalize_account(text: str) -> str | None:
    if is_kontonummer(text):
        return digits_only(text)
    from stdnum import iban

    compact = iban.compact(text) if re.fullmatch(r"[A-Za-z]{2}[0-9A-Za-z\s]+", text.strip()) else ""
    if compact and iban.is_valid(compact):
        # A Norwegian IBAN wraps a kontonummer: both spellings of one account hash alike.
        return compact[4:] if compact.startswith("NO") else compact
    return None


def _normalize_property(text: str) -> str | None:
    from rules.linking.property_ids import find_property_ids

    mentions = find_property_ids(text)
    return mentions[0].normalized if len(mentions) == 1 else None


def _normalize_orgnr(text: str) -> str | None:
    # "NO 914 775 493 MVA" is how the VAT register writes an organisation number.
    number = re.sub(r"(?i)^\s*NO|MVA\s*$", "", text)
    return digits_only(number) if is_orgnr(number) else None


def _normalize_email(text: str) -> str | None:
    value = text.strip().lower()
    return value if re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value) else None


_NORMALIZERS = {
    "NATIONAL_ID": lambda text: digits_only(text) if is_fodselsnummer(text) else None,
    "BANK_ACCOUNT": _normalize_account,
    "ORG_NUMBER": _normalize_orgnr,
    "PHONE": phone_e164,
    "EMAIL": _normalize_email,
    "PROPERTY_ID": _normalize_property,
}


def normalize_identifier(label: str, text: str) -> str | None:
    """Canonical form of an identifier as written by anyone, or None when it does not validate."""
    normalizer = _NORMALIZERS.get(label)
    return normalizer(text) if normalizer else None


def value_hash(label: str, normalized: str, key: bytes) -> str:
    """HMAC-SHA256 over "LABEL:value": the same digits as phone and as account never collide."""
    return hmac.new(key, f"{label}:{normalized}".encode(), hashlib.sha256).hexdigest()


__all__ = [
    "digits_only",
    "is_fodselsnummer",
    "is_iban",
    "is_kontonummer",
    "is_orgnr",
    "normalize_identifier",
    "phone_e164",
    "value_hash",
]
