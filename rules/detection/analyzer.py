"""Runs every recognizer over a text and resolves their candidates into findings.

Overlap rule (the same everywhere):
1. candidates below MIN_SCORE are dropped;
2. overlapping candidates of the SAME label merge into their union, keeping the highest score and
   that candidate's recognizer ("Kari" from a greeting + "Kari Nordmann" from NER = one PERSON);
3. across labels, the higher score wins, then the longer span, then the label listed first in
   LABELS; a candidate that overlaps an accepted one is dropped, never trimmed.
"""
from __future__ import annotations

from collections.abc import Iterable

from rules.detection.findings import IDENTIFIER_LABELS, LABELS, Candidate, Finding
from rules.detection.identifiers import normalize_identifier, value_hash
from rules.detection.names import is_common_capitalized, organisation_spans
from rules.detection.nlp import LazyEntities, NerModel
from rules.detection.recognizer import NO_ENTITIES
from rules.detection.recognizers.person_known import KnownPersonRecognizer
from rules.detection.registry import default_recognizers

MIN_SCORE = 0.5
_LABEL_RANK = {label: rank for rank, label in enumerate(LABELS)}


def merge_same_label(candidates: Iterable[Candidate]) -> list[Candidate]:
    merged: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.label, c.start, -c.end)):
        last = merged[-1] if merged else None
        if last and last.label == candidate.label and candidate.start < last.end:
            best = last if last.score >= candidate.score else candidate
            merged[-1] = Candidate(last.label, last.start, max(last.end, candidate.end), best.score,
                                   best.recognizer, best.normalized)
        else:
            merged.append(candidate)
    return merged


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    ranked = sorted(
        merge_same_label(c for c in candidates if c.score >= MIN_SCORE),
        key=lambda c: (-c.score, -(c.end - c.start), _LABEL_RANK[c.label], c.start),
    )
    # Accepted spans never overlap, so "is this span free" is a look at the characters it covers:
    # linear in the text, however many candidates a hostile text produces.
    taken = bytearray(max((c.end for c in ranked), default=0))
    accepted: list[Candidate] = []
    for candidate in ranked:
        if taken.find(1, candidate.start, candidate.end) < 0:
            accepted.append(candidate)
            taken[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(accepted, key=lambda c: c.start)


class Analyzer:
    def __init__(self, *, hash_key: bytes, known_names: Iterable[str] = ()) -> None:
        self._hash_key = hash_key
        self._model = NerModel()
        recognizers = default_recognizers(known_names)
        self._rules = [r for r in recognizers if not r.uses_model]
        self._model_users = [r for r in recognizers if r.uses_model]

    def set_known_names(self, known_names: Iterable[str]) -> None:
        """Recognize these names (the firm's customers) from now on; the daemon calls it when the records change."""
        fresh = KnownPersonRecognizer(known_names)
        self._rules = [fresh if isinstance(r, KnownPersonRecognizer) else r for r in self._rules]
        self._model_users = [fresh if isinstance(r, KnownPersonRecognizer) else r for r in self._model_users]

    def analyze(self, text: str, part: str) -> list[Finding]:
        candidates = [c for recognizer in self._rules for c in recognizer.find(text, NO_ENTITIES)]
        # The model then reads only what the rules left unexplained (see nlp.lines_needing_model).
        explained = [(c.start, c.end) for c in candidates if c.score >= MIN_SCORE] + organisation_spans(text)
        entities = LazyEntities(self._model, text, explained, is_common_capitalized)
        candidates += [c for recognizer in self._model_users for c in recognizer.find(text, entities)]
        return [self._finding(text, part, c) for c in resolve_overlaps(candidates)]

    def _finding(self, text: str, part: str, candidate: Candidate) -> Finding:
        span = text[candidate.start:candidate.end]
        digest = None
        if candidate.label in IDENTIFIER_LABELS:
            normalized = candidate.normalized or normalize_identifier(candidate.label, span)
            if normalized is not None:
                digest = value_hash(candidate.label, normalized, self._hash_key)
        return Finding(candidate.label, span, candidate.start, candidate.end, part, round(candidate.score, 3),
                       candidate.recognizer, digest)
