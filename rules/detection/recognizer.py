"""Recognizer building blocks in presidio-analyzer's shape: patterns, context words, validation, score.

A recognizer proposes Candidates over the whole text; the Analyzer resolves overlaps.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rules.detection.findings import Candidate

# How far before a value a label such as "Fnr:" or "Kontonummer" is looked for: far enough for
# "Fødselsnummer (11 siffer):", short enough not to reach the previous line's field.
CONTEXT_WINDOW = 48


@dataclass(frozen=True)
class Pattern:
    """A regex and the score of a bare match; group "value" (if present) is the span reported."""

    name: str
    regex: re.Pattern
    score: float


def span_of(match: re.Match) -> tuple[int, int]:
    return match.span("value") if "value" in match.re.groupindex else match.span()


def context_before(text: str, start: int, window: int = CONTEXT_WINDOW) -> str:
    """The text before a value on its own line; the previous line only when the value opens its line
    ("Kontonummer:\n1503…"), so a field on the line above ("Org.nr: …") does not label this one."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" \t>:-*•"):
        line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return text[max(line_start, start - window):start].lower()


def nearest_context(text: str, start: int, vocabularies: Mapping[str, re.Pattern],
                    window: int = CONTEXT_WINDOW) -> str | None:
    """Which vocabulary's word stands closest before `start` ("fnr" or "konto" or ...), if any."""
    before = context_before(text, start, window)
    best_kind, best_end = None, -1
    for kind, words in vocabularies.items():
        for match in words.finditer(before):
            if match.end() > best_end:
                best_kind, best_end = kind, match.end()
    return best_kind


class Recognizer(ABC):
    name: str
    label: str
    uses_model: bool = False  # True: runs after the rules, on the NER model's spans

    @abstractmethod
    def find(self, text: str, entities: "EntitySource") -> Iterable[Candidate]:
        """Candidates over the text; `entities` gives the statistical model's spans on demand."""


class EntitySource(ABC):
    @abstractmethod
    def spans(self, label: str) -> list[tuple[int, int]]:
        """Character spans the NER model tagged with `label`."""


class _NoEntities(EntitySource):
    def spans(self, label: str) -> list[tuple[int, int]]:
        return []


NO_ENTITIES = _NoEntities()


class PatternRecognizer(Recognizer):
    """Regex patterns whose matches are scored by `score()`; None drops the match."""

    patterns: tuple[Pattern, ...] = ()

    def find(self, text: str, entities: EntitySource) -> list[Candidate]:
        """Scored matches of all patterns; a match inside a longer or equal one ("912 34 567" in
        "+47 912 34 567") is part of it, not a second finding."""
        candidates = []
        for pattern in self.patterns:
            for match in pattern.regex.finditer(text):
                score = self.score(text, match, pattern)
                if score is not None:
                    start, end = self.span(text, match, pattern)
                    candidates.append(Candidate(self.label, start, end, score, self.name))
        return outermost(candidates)

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        return pattern.score

    def span(self, text: str, match: re.Match, pattern: Pattern) -> tuple[int, int]:
        """The reported span; phrase recognizers grow it to the whole phrase (rules.detection.phrases)."""
        return span_of(match)


def outermost(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates not inside another one; of equal spans the best scored (then the first) stays.

    One sweep in order of start (longest first): a candidate lies inside an earlier one exactly when
    an earlier one reaches as far, so a text with many matches costs no more than its sorting.
    """
    kept: list[Candidate] = []
    reach = -1
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end, -c.score)):
        if candidate.end > reach:
            kept.append(candidate)
            reach = candidate.end
    return sorted(kept, key=lambda c: (c.start - c.end, -c.score))


def words_regex(*words: str) -> re.Pattern:
    """Whole-word alternation, case-insensitive; the words are regex fragments."""
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")(?![\w])", re.IGNORECASE)


class TermRecognizer(PatternRecognizer):
    """Phrase-level findings (health, credit, marital status): the span is the term itself,
    e.g. "betalingsanmerkning" or "sitter i rullestol" -> "rullestol", never the whole sentence,
    so that two reviewers mark the same characters."""

    terms: tuple[str, ...] = ()
    term_score: float = 0.8

    def __init__(self) -> None:
        # Norwegian inflects by suffix: "hjerneslaget", "kredittsjekken", "diagnosene".
        inflected = (rf"(?:{term})(?:ene|en|et|er|e|a)?" for term in self.terms)
        self.patterns = (Pattern(self.name, words_regex(*inflected), self.term_score),)


def unique_spans(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per span (the best scored) when several rules of a recognizer agree."""
    best: dict[tuple[int, int], Candidate] = {}
    for candidate in candidates:
        key = (candidate.start, candidate.end)
        if key not in best or candidate.score > best[key].score:
            best[key] = candidate
    return list(best.values())
