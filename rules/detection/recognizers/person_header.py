"""Persons in address headers: "Fra: Kari Nordmann <kari@…>", "Ola Hansen [mailto:…]", "… wrote:"."""
from __future__ import annotations

import re
from collections.abc import Iterator

from rules.detection.findings import Candidate
from rules.detection.names import INITIAL, NAME_WORD, person_span
from rules.detection.recognizer import EntitySource, Recognizer, unique_spans

_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|{INITIAL})){{0,3}}"
# Possessive white space around the optional quote, and a bounded local part: a name followed by a long run
# of spaces, or by "<" and a long word, must not be re-read from every split of the run.
_BEFORE_ADDRESS = re.compile(rf"(?P<name>{_NAME})[ \t]*+\"?[ \t]*+(?:<|\[mailto:|\()[\w.+-]{{1,64}}@")
_HEADER_LINE = re.compile(
    rf"(?m)^[ \t>]*(?i:fra|from|til|to|kopi|cc|sendt av|avsender|mottaker)[ \t]*:[ \t]*"
    rf"\"?(?P<name>{_NAME})\"?[ \t]*(?:$|[<\[(;,])"
)


class PersonHeaderRecognizer(Recognizer):
    name = "person_header"
    label = "PERSON"
    score = 0.9

    def find(self, text: str, entities: EntitySource) -> list[Candidate]:
        return unique_spans(self._find(text))

    def _find(self, text: str) -> Iterator[Candidate]:
        for regex in (_BEFORE_ADDRESS, _HEADER_LINE):
            for match in regex.finditer(text):
                span = person_span(text, *match.span("name"))
                if span:
                    yield Candidate(self.label, *span, self.score, self.name)
