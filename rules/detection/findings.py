"""The finding type every recognizer produces and the labels the product knows."""
from __future__ import annotations

from dataclasses import dataclass

from rules.labels import IDENTIFIER_CODES, LABEL_CODES

# The labels and which of them are identifiers come from the one label registry.
LABELS = LABEL_CODES
IDENTIFIER_LABELS = IDENTIFIER_CODES


@dataclass(frozen=True)
class Finding:
    label: str
    text: str
    start: int
    end: int
    part: str
    score: float
    recognizer: str
    value_hash: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A span a recognizer proposes, before overlaps are resolved and the part is attached."""

    label: str
    start: int
    end: int
    score: float
    recognizer: str
    # Set when the recognizer knows the canonical value better than the span alone does.
    normalized: str | None = None

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end
