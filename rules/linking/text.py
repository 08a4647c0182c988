"""Customer numbers, project numbers and street addresses written in a message."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Protocol

from rules.linking.kommuner import fold

_TOKEN = re.compile(r"[A-Za-z0-9ÆØÅæøå](?:[A-Za-z0-9ÆØÅæøå._/-]*[A-Za-z0-9ÆØÅæøå])?")
# A purely numeric id counts only right after a word saying what it is, since bare numbers are everywhere.
_NUMBER_CUE = re.compile(
    r"(?:kunde\w*|customer|client|prosjekt\w*|project|oppdrag\w*|ref\w*)\s*(?:nr\.?|no\.?|number|id)?\s*[:.#]?\s*\Z",
    re.IGNORECASE,
)
_MIN_NUMERIC_ID_LENGTH = 3


class _Customer(Protocol):
    customer_id: str
    project_ids: tuple[str, ...]
    street_addresses: tuple[str, ...]


def _compact(value: str) -> str:
    return re.sub(r"[^0-9a-zæøå]", "", value.lower())


def compact_id(value: str) -> str:
    """A customer or project number however it is punctuated ("P2024-017" == "p 2024 017")."""
    return _compact(value)


class IdIndex:
    """Customer and project numbers, matched however they are punctuated ("P2024-017" == "P-2024-017").

    A number written without its letter prefix ("prosjekt 2024-017"), or an id
    that is all digits, counts only right after a word saying what it is.
    """

    def __init__(self, customers: Iterable[_Customer]):
        self._owners: dict[str, set[str]] = defaultdict(set)
        self._cued_owners: dict[str, set[str]] = defaultdict(set)
        self._kinds: dict[str, str] = {}
        for customer in customers:
            for kind, value in [("customer number", customer.customer_id),
                                *(("project number", p) for p in customer.project_ids)]:
                key = _compact(value)
                digits = re.sub(r"^[a-zæøå]+", "", key)
                if key.isdigit():
                    if len(key) >= _MIN_NUMERIC_ID_LENGTH:
                        self._cued_owners[key].add(customer.customer_id)
                elif key:
                    self._owners[key].add(customer.customer_id)
                    if digits.isdigit() and len(digits) >= _MIN_NUMERIC_ID_LENGTH:
                        self._cued_owners[digits].add(customer.customer_id)
                self._kinds[key] = self._kinds[digits] = kind

    def find(self, text: str) -> list[tuple[set[str], bool, str]]:
        """(owners, written in full rather than as a cued bare number, detail) per id in the text."""
        found = []
        for token in _TOKEN.finditer(text):
            key = _compact(token.group())
            owners, in_full = self._owners.get(key), True
            if not owners and key in self._cued_owners:
                if _NUMBER_CUE.search(text[max(0, token.start() - 25) : token.start()]):
                    owners, in_full = self._cued_owners[key], False
            if owners:
                found.append((owners, in_full, f"{self._kinds[key]} {token.group()}"))
        return found


# "14 b" -> "14b". The number starts where a digit run starts, so a long run of digits is read once.
_HOUSE_LETTER = re.compile(r"(?<!\d)(\d++)\s+([a-z])\b")


def _street_form(address: str) -> str:
    folded = fold(address)
    return _HOUSE_LETTER.sub(r"\1\2", folded)


class StreetIndex:
    def __init__(self, customers: Iterable[_Customer]):
        self._owners: dict[str, set[str]] = defaultdict(set)
        for customer in customers:
            for address in customer.street_addresses:
                form = _street_form(address)
                if re.search(r"\d", form) and len(form) >= 6:
                    self._owners[form].add(customer.customer_id)
        alternatives = sorted(self._owners, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<![a-z0-9])(" + "|".join(map(re.escape, alternatives)) + r")(?![a-z0-9])")
            if alternatives else None
        )

    def find(self, text: str) -> list[tuple[set[str], str]]:
        if self._pattern is None:
            return []
        matches = self._pattern.finditer(_street_form(text))
        return [(self._owners[match.group(1)], "street address in text") for match in matches]


_PHONE_LIKE = re.compile(r"(?<![\d\w])(?:\+|00)?\d[\d \u00a0.-]{6,16}\d(?![\d\w])")
_NORWEGIAN_LENGTH = 8


def phone_key(phone: str) -> str | None:
    """Digits that identify a number however it is written (+47 912 34 567 == 91234567)."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("00"):
        digits = digits[2:]
    if len(digits) == _NORWEGIAN_LENGTH + 2 and digits.startswith("47"):
        digits = digits[2:]
    return digits if len(digits) >= _NORWEGIAN_LENGTH else None


class _PhoneOwner(Protocol):
    customer_id: str
    phones: tuple[str, ...]


class PhoneIndex:
    def __init__(self, customers: Iterable[_PhoneOwner]):
        self._owners: dict[str, set[str]] = defaultdict(set)
        for customer in customers:
            for phone in (p for field in customer.phones for p in re.split(r"\s*(?:[/,;]|\bog\b|\bor\b)\s*", field)):
                key = phone_key(phone)
                if key:
                    self._owners[key].add(customer.customer_id)

    def find(self, text: str) -> list[tuple[set[str], str]]:
        found = []
        for match in _PHONE_LIKE.finditer(text):
            key = phone_key(match.group())
            if key and key in self._owners:
                found.append((self._owners[key], f"phone number {match.group().strip()}"))
        return found
