"""Data minimization (GDPR art. 5(1)(c); personopplysningsloven § 12): keep no more than is needed.

A fødselsnummer sent for a credit check or a building application, or a bank account number, is needed
for weeks, not for the 13 years the correspondence is kept. A policy per detection label says after how
many days such values are masked in kept mail; the firm turns policies on in configuration
(``[[minimization.policies]]``), none is on by default. A message on legal hold is never masked.

Masking keeps the length and layout of the text: every letter and digit of the value becomes "X"
("150765 00565" -> "XXXXXX XXXXX"), so the offsets of the other findings in the same text stay right
and a reader still sees that something stood there.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

MASK = "X"


@dataclass(frozen=True)
class MinimizationPolicy:
    label: str
    after_days: int

    def describe(self) -> str:
        return f"{self.label} etter {self.after_days} dager"


def mask_value(value: str) -> str:
    """Every letter and digit becomes X; spaces, dots and dashes stay, so the length does not change."""
    return "".join(MASK if ch.isalnum() else ch for ch in value)


def mask_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with each [start, end) masked; spans outside the text or not matching are ignored."""
    chars = list(text)
    for start, end in spans:
        if 0 <= start < end <= len(chars):
            chars[start:end] = mask_value(text[start:end])
    return "".join(chars)


def is_masked(value: str) -> bool:
    return bool(value) and all(ch == MASK or not ch.isalnum() for ch in value)


def due_since(policy: MinimizationPolicy, today: date) -> date:
    """Values of the policy's label in mail received on or before this day are due."""
    return today - timedelta(days=policy.after_days)


def policy_for(policies: Iterable[MinimizationPolicy], label: str) -> MinimizationPolicy | None:
    return next((p for p in policies if p.label == label), None)
