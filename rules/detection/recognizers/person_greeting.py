"""Persons named where mail conventions put names: greetings, sign-offs and titles.

"Hei Kari og Ola,", "Dear Mr. Hansen,", "Mvh\\nOla Nordmann", "Best regards, Kari", "fru Berg",
"Jeg heter Kari Berg", and a given name alone on the last line before a quoted message.
The convention is the evidence, so a lone given name counts here.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from rules.detection.findings import Candidate
from rules.detection.names import INITIAL, NAME_WORD, TITLES, is_first_name, is_surname, person_span
from rules.detection.recognizer import EntitySource, Recognizer, unique_spans

_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|{INITIAL})){{0,3}}"
_NAMES = rf"{_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:og|and|&)[ \t]+)(?:(?i:{TITLES})[ \t]+)?{_NAME})*"
_GREETING = re.compile(
    rf"(?m)^[ \t>]*(?i:hei|hallo|heisann|heia|hej|hi|hello|dear|kjære|god morgen|god dag|good morning|morn)"
    rf"(?:[ \t]+(?i:igjen|again))?[ \t]+"
    rf"(?:(?i:{TITLES})[ \t]+)?(?P<names>{_NAMES})[ \t]*(?:[,!.:]|$)"
)
_SIGN_OFF = re.compile(
    rf"(?m)^[ \t>]*(?i:med vennlig hilsen|vennlig hilsen|vennlige hilsener|med hilsen|beste hilsen|med beste hilsen|"
    rf"mvh\.?|vh|hilsen|hilsen fra|takk og hilsen|klem|klem fra|venleg helsing|med venleg helsing|helsing|"
    rf"best regards|kind regards|warm regards|regards|best wishes|many thanks|thanks|"
    rf"sincerely|yours sincerely|yours faithfully|cheers)[ \t]*[,.!]?[ \t]*(?:\n[ \t>]*){{0,2}}"
    rf"(?P<names>{_NAMES})[ \t]*(?:$|[,|–-])"
)
# A text that opens by addressing someone without a greeting word: "Kari,\n\nKan du ...", "Ola, you appeared ...".
_BARE_OPENING = re.compile(rf"\A\s*(?P<name>{NAME_WORD})[ \t]*[,!]")
# A line holding nothing but a name, as signatures and address blocks write it.
_NAME_LINE = re.compile(rf"(?m)^[ \t>]*(?P<name>{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|{INITIAL})){{1,3}})[ \t]*$")
# A given name alone on the last line of what the writer wrote, before the end, a quoted or forwarded
# message or a phone's "Sent from" line, signs it: "Takk!\nKari", "Bjørn\n\n-----Original Message-----".
_LONE_SIGNATURE = re.compile(
    rf"(?m)^[ \t]*(?P<name>{NAME_WORD})[ \t]*\n(?:[ \t]*\n)*"
    r"(?:\Z|[ \t]*(?:>|-{2,}|_{5,}|(?i:fra|from|sendt|sent|den|on|dato|date)\b))"
)
# Writers introduce themselves: "Jeg heter Marius Dahle", "I'm Jake from LeadBoost", "My name is Ann Lee".
_INTRODUCTION = re.compile(
    rf"(?<![\w])(?i:jeg heter|mitt navn er|navnet mitt er|eg heiter|my name is|i am|i'm|i’m|this is)[ \t]+"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|{INITIAL})){{0,3}})"
)
_TITLED = re.compile(rf"(?<![\w])(?i:{TITLES})[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})")
_SEPARATOR = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:og|and|&)[ \t]+)(?:(?i:{TITLES})[ \t]+)?")


class PersonGreetingRecognizer(Recognizer):
    name = "person_greeting"
    label = "PERSON"

    def find(self, text: str, entities: EntitySource) -> list[Candidate]:
        return unique_spans(self._find(text))

    def _find(self, text: str) -> Iterator[Candidate]:
        for regex, score in ((_GREETING, 0.85), (_SIGN_OFF, 0.9)):
            for match in regex.finditer(text):
                yield from self._each_name(text, match, score)
        for match in _TITLED.finditer(text):
            yield from self._candidate(text, *match.span("name"), 0.8)
        opening = _BARE_OPENING.match(text)
        if opening and is_first_name(opening.group("name")):
            yield from self._candidate(text, *opening.span("name"), 0.8)
        for match in _INTRODUCTION.finditer(text):
            if is_first_name(match.group("name").split()[0]):
                yield from self._candidate(text, *match.span("name"), 0.85)
        for match in _LONE_SIGNATURE.finditer(text + "\n"):
            if is_first_name(match.group("name")):
                yield from self._candidate(text, *match.span("name"), 0.8)
        for match in _NAME_LINE.finditer(text):
            # A name line opens with the given name; "Påbygg Kvalheim" (a subject) ends in a surname only.
            if is_first_name(match.group("name").split()[0]):
                yield from self._candidate(text, *match.span("name"), 0.75)

    def _each_name(self, text: str, match: re.Match, score: float) -> Iterator[Candidate]:
        """"Kari og Ola Nordmann" holds two names."""
        offset = position = match.start("names")
        for separator in [*_SEPARATOR.finditer(match.group("names")), None]:
            end = offset + separator.start() if separator else match.end("names")
            yield from self._candidate(text, position, end, score)
            if separator:
                position = offset + separator.end()

    def _candidate(self, text: str, start: int, end: int, score: float) -> Iterator[Candidate]:
        span = person_span(text, start, end)
        if span:
            yield Candidate(self.label, *span, score, self.name)
