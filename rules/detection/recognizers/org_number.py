"""Organisasjonsnummer (mod-11, python-stdnum): a company, never a person.

Nine digits pass the check often enough by chance that a bare run needs a label ("org.nr",
"MVA", "Foretaksregisteret") or the 3-3-3 grouping the registry itself prints.
"""
from __future__ import annotations

import re

from rules.detection.context_words import IDENTIFIER_VOCABULARIES
from rules.detection.identifiers import is_orgnr
from rules.detection.recognizer import Pattern, PatternRecognizer, nearest_context
from rules.detection.recognizers._numbers import NUMBER_END, NUMBER_START

_VAT_FORM = re.compile(r"(?i)\s*MVA\b")
_END = rf"(?:(?=MVA)|{NUMBER_END})"


class OrgNumberRecognizer(PatternRecognizer):
    name = "org_number"
    label = "ORG_NUMBER"
    patterns = (
        Pattern("orgnr_3_3_3", re.compile(r"(?:(?<=NO)|(?<=NO )|" + NUMBER_START + r")\d{3}([ .])\d{3}\1\d{3}"
                                          + _END), 0.6),
        Pattern("orgnr_9", re.compile(r"(?:(?<=NO)|(?<=NO )|" + NUMBER_START + r")\d{9}" + _END), 0.35),
    )

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        if not is_orgnr(match.group()):
            return None
        if _VAT_FORM.match(text, match.end()):
            return 0.99
        context = nearest_context(text, match.start(), IDENTIFIER_VOCABULARIES)
        if context == "ORG_NUMBER":
            return 0.99
        if context is not None:
            return None
        return pattern.score
