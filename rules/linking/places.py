"""Places written in a message: street addresses of known properties, municipal case numbers, sections.

A street address is compared in one canonical form, so the ways Norwegians write a
street match each other: "Lyngveien 3" == "Lyngvn. 3" == "Lyngvegen 3"; "Storgata 9B" ==
"Storgt. 9 B" == "Storgaten 9b"; "Gamle Drammensvei 100" == "Gml. Drammensveien 100".
The house number and letter must agree ("Lyngveien 30" is not "Lyngveien 3"; "Storgata 9"
is not "Storgata 9B"). A postcode or place written right after the address makes the
match stronger; a different postcode makes it another place.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from rules.linking.kommuner import fold

# "veien|vegen|veg|vei|vn.|v." at the end of a street name, before its number.
_VEI = re.compile(r"(?<=[a-z])(?:veien|vegen|vegen|veg|vei|vn\.?|v\.)(?=\s*\d)")
_GATE = re.compile(r"(?<=[a-z])(?:gaten|gata|gate|gt\.?|g\.)(?=\s*\d)")
_SEPARATE_VEI = re.compile(r"\b(?:veien|vegen|veg|vei|vn\.?)(?=\s*\d)")
_SEPARATE_GATE = re.compile(r"\b(?:gaten|gata|gate|gt\.?)(?=\s*\d)")
_ALLE = re.compile(r"\balle(?:en)?\b")
_GAMLE = re.compile(r"\bgml\.?\s*")
_NEDRE = re.compile(r"\bndr\.?\s*")
_OVRE = re.compile(r"\bovr\.?\s*")
# A house letter written apart ("9 B") joins its number; a lower-case word after a number ("3 i Bærum") does not.
_LETTER_APART = re.compile(r"(\d)\s+([A-HJ-ZÆØÅ])(?![\wÆØÅæøå])")
_LETTER_TOGETHER = re.compile(r"(\d)([a-zæøå])(?![\wæøå])")


def street_form(text: str) -> str:
    """The canonical form of a text for comparing street addresses (see the module docstring)."""
    text = _LETTER_APART.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    text = fold(text).replace("é", "e")
    text = _GAMLE.sub("gamle ", text)
    text = _NEDRE.sub("nedre ", text)
    text = _OVRE.sub("ovre ", text)
    text = _VEI.sub("vei", text)
    text = _GATE.sub("gate", text)
    text = _SEPARATE_VEI.sub("vei", text)
    text = _SEPARATE_GATE.sub("gate", text)
    text = _ALLE.sub("alle", text)
    return text


# A neighbour's place named in passing ("naboen i Konglungveien 33", "naboeiendommen gnr 12 bnr 346"); a
# nabovarsel or nabomerknad about our own tiltak is not.
NEIGHBOUR_MARK = re.compile(
    r"(?:\bnabo(?:en|ens|er|ene|enes|eiendom\w*|tomt\w*|grunn\w*|grense\w*|hus\w*|bygg\w*|hytt\w*|leilighet\w*)"
    r"|\bnaboen\s+sin|\bneighbou?r(?:ing|'s|s)?)\b[^.\n!?]{0,40}\Z",
    re.IGNORECASE,
)


def is_neighbours(preceding_text: str) -> bool:
    return bool(NEIGHBOUR_MARK.search(preceding_text))


@dataclass(frozen=True)
class KnownAddress:
    street: str  # as in the records
    postcode: str | None
    city: str | None
    property_key: str | None  # None: a customer's private address
    customer_ids: frozenset[str]


@dataclass(frozen=True)
class AddressMatch:
    text: str  # the address as written (canonical form)
    candidates: tuple[KnownAddress, ...]  # the known addresses it fits (more than one: ambiguous)
    with_place: bool  # a matching postcode or place was written next to it
    neighbours: bool  # written as a neighbour's


class AddressIndex:
    """Known street addresses (properties' and customers' own), found in any written form."""

    def __init__(self, addresses: Iterable[KnownAddress]):
        self._by_form: dict[str, list[KnownAddress]] = defaultdict(list)
        for address in addresses:
            form = street_form(address.street)
            # A street without a house number is too vague to point at one property.
            if re.search(r"[a-z]", form) and re.search(r"\d", form) and len(form) >= 5:
                self._by_form[form].append(address)
        forms = sorted(self._by_form, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<![a-z0-9])(" + "|".join(map(re.escape, forms)) + r")(?![a-z0-9])") if forms else None
        )

    def find(self, text: str) -> list[AddressMatch]:
        if self._pattern is None or not text:
            return []
        canonical = street_form(text)
        found = []
        for match in self._pattern.finditer(canonical):
            known = self._by_form[match.group(1)]
            following = canonical[match.end(): match.end() + 40]
            written_postcode = re.match(r"\s*[,.]?\s*(\d{4})\b", following)
            candidates = tuple(known)
            with_place = False
            if written_postcode:
                fitting = tuple(a for a in known if a.postcode == written_postcode.group(1))
                if not fitting:
                    continue  # the same street and number somewhere else
                candidates, with_place = fitting, True
            else:
                fitting = tuple(a for a in known if a.city and re.match(
                    r"\s*[,.]?\s*(?:i|pa)?\s*" + re.escape(fold(a.city)) + r"\b", following))
                if fitting:
                    candidates, with_place = fitting, True
            neighbours = is_neighbours(canonical[max(0, match.start() - 60): match.start()])
            found.append(AddressMatch(match.group(1), candidates, with_place, neighbours))
        return found


# Municipal case numbers: "saksnr. 26/04512", "Saksnummer: 202609876", "Deres sak 2026/3311", "sak 24/1234-3".
_CASE = re.compile(
    r"\b(?:saks?(?:nr|nummer|number)?|deres\s+ref(?:eranse)?|var\s+ref(?:eranse)?|case(?:\s+no)?)\.?\s*"
    r"(?:nr\.?|no\.?)?\s*[:.]?\s*(?P<number>(?:\d{2}|\d{4})/\d{1,7}|\d{6,12})(?:-\d{1,3})?(?![\d/])",
    re.IGNORECASE,
)


def normalize_case_number(number: str) -> str:
    """One form however the year is written: "26/04512" == "2026/4512"; "202609876" stays as it is."""
    if "/" not in number:
        return number
    year, serial = number.split("/", 1)
    if len(year) == 4 and year.startswith("20"):
        year = year[2:]
    return f"{year}/{int(serial)}"


def find_case_numbers(text: str) -> list[str]:
    return list(dict.fromkeys(normalize_case_number(m.group("number")) for m in _CASE.finditer(fold(text))))


_SECTION = re.compile(r"\b(?:seksjon(?:snummer|snr)?|snr)\.?\s*(?:nr\.?)?\s*(\d{1,4})\b", re.IGNORECASE)


def standalone_sections(text: str, taken: Iterable[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, section number) of each "seksjon 5" / "snr. 5" not part of a property reference already."""
    spans = list(taken)
    return [(m.start(), m.end(), int(m.group(1))) for m in _SECTION.finditer(text)
            if not any(start <= m.start() < end for start, end in spans) and int(m.group(1)) > 0]
