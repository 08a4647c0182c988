"""Whose data is a finding? The firm's own identifiers are not the customer's personal data.

A customer's mail quotes the firm's organisation number, its staff's names and phone numbers and
its own e-mail addresses all the time ("Hei Thomas", "ring meg på 67 10 20 30", "org.nr. 914775493").
Those findings are about the firm and its staff, so the lookup, the access letter and the retention
report count them apart from the customer's data. The firm's identifiers come from configuration
(``[firm]``: organisation numbers, phone numbers), the staff table (names) and
``mailbox.own_domains`` (e-mail addresses); the intake layer hashes them with the same key as the
findings, so they are compared without a plain-text copy.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rules.detection.identifiers import normalize_identifier

SUBJECT = "subject"
FIRM = "firm"


def _fold(name: str) -> str:
    return " ".join(name.lower().split())


@dataclass(frozen=True)
class OwnIdentifiers:
    hashes: frozenset[str] = frozenset()  # value hashes of the firm's org numbers and phone numbers
    names: frozenset[str] = frozenset()  # staff names, case-folded, full and given name
    domains: frozenset[str] = frozenset()  # the firm's own mail domains
    values: frozenset[tuple[str, str]] = frozenset()  # (label, normalized value), where no hash key is at hand

    @classmethod
    def build(cls, hashes: Iterable[str], staff_names: Iterable[str], domains: Iterable[str],
              identifiers: Iterable[tuple[str, str]] = ()) -> OwnIdentifiers:
        names: set[str] = set()
        for name in staff_names:
            folded = _fold(name)
            if folded:
                names.add(folded)
                # staff are greeted by their given name: "Hei Thomas"
                names.add(folded.split(" ")[0])
        values = {(label, normalized) for label, value in identifiers
                  if (normalized := normalize_identifier(label, value)) is not None}
        return cls(frozenset(hashes), frozenset(names), frozenset(d.lower().lstrip("@") for d in domains if d),
                   frozenset(values))

    def name_variants(self) -> frozenset[str]:
        """The names as they may be written in a finding (case as folded, title case, upper case)."""
        variants = set()
        for name in self.names:
            variants |= {name, name.title(), name.upper()}
        return frozenset(variants)


def whose(label: str, text: str, value_hash: str | None, own: OwnIdentifiers) -> str:
    """FIRM when the finding is one of the firm's own identifiers, else SUBJECT."""
    if value_hash is not None and value_hash in own.hashes:
        return FIRM
    if own.values and label in {v[0] for v in own.values} and (label, normalize_identifier(label, text)) in own.values:
        return FIRM
    if label == "EMAIL" and "@" in text and text.rsplit("@", 1)[1].lower().rstrip(".>") in own.domains:
        return FIRM
    if label == "PERSON" and _fold(text) in own.names:
        return FIRM
    return SUBJECT


def split_counts(rows: Iterable[tuple[str, str, str | None]], own: OwnIdentifiers) -> tuple[dict[str, int], dict[str, int]]:
    """(label, text, value_hash) rows -> (the subject's counts by label, the firm's own counts by label)."""
    subject: dict[str, int] = {}
    firm: dict[str, int] = {}
    for label, text, hashed in rows:
        target = firm if whose(label, text, hashed, own) == FIRM else subject
        target[label] = target.get(label, 0) + 1
    return dict(sorted(subject.items())), dict(sorted(firm.items()))
