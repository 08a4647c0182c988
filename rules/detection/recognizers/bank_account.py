"""Kontonummer (mod-11, python-stdnum) and IBAN.

The 4.2.5 spelling is an account by itself. A bare 11-digit number passes mod-11 one time in
eleven and every fødselsnummer passes it, so a bare number needs an account label nearby.
"""
from __future__ import annotations

import re

from rules.detection.context_words import IDENTIFIER_VOCABULARIES
from rules.detection.identifiers import is_fodselsnummer, is_iban, is_kontonummer
from rules.detection.recognizer import Pattern, PatternRecognizer, nearest_context
from rules.detection.recognizers._numbers import NUMBER_END, NUMBER_START


class BankAccountRecognizer(PatternRecognizer):
    name = "bank_account"
    label = "BANK_ACCOUNT"
    patterns = (
        Pattern("konto_4_2_5", re.compile(NUMBER_START + r"\d{4}([. ])\d{2}\1\d{5}" + NUMBER_END), 0.9),
        Pattern("konto_11", re.compile(NUMBER_START + r"\d{11}" + NUMBER_END), 0.4),
        Pattern("iban", re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\w])"), 0.99),
    )

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        value = match.group()
        if pattern.name == "iban":
            return pattern.score if is_iban(value) else None
        if not is_kontonummer(value):
            return None
        context = nearest_context(text, match.start(), IDENTIFIER_VOCABULARIES)
        if context == "BANK_ACCOUNT":
            return 0.99
        if context is not None:
            return None
        if pattern.name == "konto_11" and is_fodselsnummer(value):
            return None
        return pattern.score
