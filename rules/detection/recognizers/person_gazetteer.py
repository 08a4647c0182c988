"""Persons written as given name(s) + surname, from the gazetteers in data/.

"Kari Nordmann", "Anne-Lise K. Berg", "Ola von Hansen". A given name that is also an ordinary
word (Per, Dag, Liv) counts only before a gazetteer surname. A lone given name is left to the
greeting/signature and NER recognizers, which see its context.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from rules.detection.findings import Candidate
from rules.detection.names import (
    FIRM_WORDS,
    NOT_NAMES,
    PARTICLES,
    capitalized_runs,
    is_firm,
    is_first_name,
    is_surname,
    is_unambiguous_first_name,
)
from rules.detection.recognizer import EntitySource, Recognizer

_MAX_WORDS = 5
# A capitalized word after a lowercase word or a comma is not sentence-initial; "og"/"and" joins couples.
_LONE_NAME = re.compile(
    r"(?<=[a-zæøå,:(][ \t])(?P<name>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)(?![\w-]|[ \t]+[A-ZÆØÅ])")


# "Henriks e-post", "Torsteins tegninger": a given name with the genitive -s, before a lowercase noun.
# The span keeps the -s, as the name is written (rules/detection/README.md).
_POSSESSIVE = re.compile(r"(?<![\w-])(?P<name>[A-ZÆØÅ][a-zæøå]{1,20}s)(?=[ \t]+[a-zæøå])")
# Names in capitals, as in signatures and forms: "MARIANNE SKOGLUND", "KARI HOVLAND".
_CAPITALS = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÆØÅ]{2,20}(?:-[A-ZÆØÅ]{2,20})?(?:[ \t][A-ZÆØÅ]{2,20}(?:-[A-ZÆØÅ]{2,20})?){1,3})(?![\w-])"
)


def _usable(word: str) -> bool:
    folded = word.lower()
    return folded not in NOT_NAMES and folded not in FIRM_WORDS


class PersonGazetteerRecognizer(Recognizer):
    name = "person_gazetteer"
    label = "PERSON"

    def find(self, text: str, entities: EntitySource) -> Iterator[Candidate]:
        yield from self._full_names(text)
        yield from self._lone_given_names(text)
        yield from self._possessives(text)
        yield from self._capitals(text)

    def _possessives(self, text: str) -> Iterator[Candidate]:
        for match in _POSSESSIVE.finditer(text):
            word = match.group("name")
            if (is_unambiguous_first_name(word[:-1]) and not is_first_name(word) and not is_surname(word)
                    and _usable(word[:-1]) and not is_firm(text, *match.span("name"))):
                yield Candidate(self.label, *match.span("name"), 0.7, self.name)

    def _capitals(self, text: str) -> Iterator[Candidate]:
        for match in _CAPITALS.finditer(text):
            words = match.group("name").split()
            if not all(_usable(w) for w in words) or not is_unambiguous_first_name(words[0]):
                continue
            if any(is_surname(w) for w in words[1:]) and not is_firm(text, *match.span("name")):
                yield Candidate(self.label, *match.span("name"), 0.8, self.name)

    def _lone_given_names(self, text: str) -> Iterator[Candidate]:
        """"til Linda innen fredag", "Eva og Frank Lunde": a given name inside a sentence."""
        for match in _LONE_NAME.finditer(text):
            word = match.group("name")
            if _usable(word) and is_unambiguous_first_name(word) and not is_firm(text, *match.span("name")):
                yield Candidate(self.label, *match.span("name"), 0.6, self.name)

    def _full_names(self, text: str) -> Iterator[Candidate]:
        for tokens in capitalized_runs(text):
            i = 0
            while i < len(tokens):
                word = tokens[i][0]
                if not (_usable(word) and is_first_name(word)):
                    i += 1
                    continue
                j = i + 1
                while j < len(tokens) and j - i < _MAX_WORDS and _usable(tokens[j][0]):
                    j += 1
                while j > i + 1 and (tokens[j - 1][0] in PARTICLES or tokens[j - 1][0].endswith(".")):
                    j -= 1
                candidate = self._score(tokens[i:j])
                if candidate is not None:
                    start, end = tokens[i][1], tokens[j - 1][2]
                    if not is_firm(text, start, end):
                        yield Candidate(self.label, start, end, candidate, self.name)
                    i = j
                else:
                    i += 1

    @staticmethod
    def _score(tokens: list[tuple[str, int, int]]) -> float | None:
        if len(tokens) < 2:
            return None
        words = [t[0] for t in tokens]
        has_surname = any(is_surname(w) for w in words[1:])
        if has_surname:
            return 0.9
        if is_unambiguous_first_name(words[0]):
            return 0.75
        return None
