"""Fødselsnummer and D-nummer: both check digits and a real birth date (python-stdnum).

A valid fødselsnummer is always also a valid kontonummer, so the words in front decide:
the nearest label wins; with none, the 6+5 spelling or a bare number still reads as an identity
number (accounts are written 4.2.5 and nearly always labelled).
"""
from __future__ import annotations

import re

from rules.detection.context_words import IDENTIFIER_VOCABULARIES
from rules.detection.identifiers import is_fodselsnummer
from rules.detection.recognizer import Pattern, PatternRecognizer, nearest_context
from rules.detection.recognizers._numbers import NUMBER_END, NUMBER_START


class NationalIdRecognizer(PatternRecognizer):
    name = "national_id"
    label = "NATIONAL_ID"
    patterns = (
        Pattern("fnr_6_5", re.compile(NUMBER_START + r"\d{6}[ -]\d{5}" + NUMBER_END), 0.9),
        Pattern("fnr_11", re.compile(NUMBER_START + r"\d{11}" + NUMBER_END), 0.6),
    )

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        if not is_fodselsnummer(match.group()):
            return None
        context = nearest_context(text, match.start(), IDENTIFIER_VOCABULARIES)
        if context == "NATIONAL_ID":
            return 0.99
        if context is not None:
            return None
        return pattern.score
