"""Telephone numbers, strictly valid per phonenumbers (Norway unless a country code is given).

An 8-digit date (31122023) is a valid Norwegian landline, so a bare 8-digit run that reads as a
date needs a phone label; any other number that follows a reference label (invoice, KID, case) is
not a phone.
"""
from __future__ import annotations

import re
from datetime import date

from rules.detection.context_words import IDENTIFIER_VOCABULARIES
from rules.detection.identifiers import phone_e164
from rules.detection.recognizer import Pattern, PatternRecognizer, nearest_context
from rules.detection.recognizers._numbers import NUMBER_END, NUMBER_START

_COUNTRY = r"(?:\(?(?:\+|00)\d{1,3}\)?[ .-]?(?:\(0\))?[ .-]?)"
_GROUPED = (
    r"(?:\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2}|\d{2}\.\d{2}\.\d{2}\.\d{2}|\d{2}-\d{2}-\d{2}-\d{2}|\d{3}-\d{2}-\d{3}"
    r"|\d{4} \d{4}|\d{3} \d{3} \d{2})"
)

# "Møte-ID: 345 678 912 03": digit groups that continue on either side are one longer number.
_NOT_IN_GROUPS = r"(?<!\d )"


def _reads_as_date(digits: str) -> bool:
    try:
        date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return False
    return 1900 <= int(digits[4:]) <= 2099


class PhoneRecognizer(PatternRecognizer):
    name = "phone"
    label = "PHONE"
    patterns = (
        Pattern("international", re.compile(NUMBER_START + _COUNTRY + r"\d[\d .-]{5,14}\d" + NUMBER_END), 0.95),
        Pattern("grouped", re.compile(_NOT_IN_GROUPS + NUMBER_START + _GROUPED + NUMBER_END + r"(?! \d)"), 0.8),
        Pattern("bare_8", re.compile(_NOT_IN_GROUPS + NUMBER_START + r"\d{8}" + NUMBER_END + r"(?! \d)"), 0.6),
    )

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        if phone_e164(match.group()) is None:
            return None
        context = nearest_context(text, match.start(), IDENTIFIER_VOCABULARIES)
        if context == "PHONE":
            return 0.95
        if context is not None and pattern.name != "international":
            return None
        if pattern.name == "bare_8" and _reads_as_date(match.group()):
            return None
        return pattern.score
