"""Shared helpers for the detector tests: synthetic identifiers made with their checksums."""
from __future__ import annotations

import pytest

from rules.detection.analyzer import MIN_SCORE
from rules.detection.recognizer import NO_ENTITIES

_FNR_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_MOD11_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11(digits: str, weights) -> int | None:
    check = (11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11) % 11
    return None if check == 10 else check


def make_fnr(birth: str, first_individual: int = 100) -> str:
    """A checksum-valid fødselsnummer for birth DDMMYY (add 40 to DD for a D-nummer)."""
    for individual in range(first_individual, 500):
        base = f"{birth}{individual:03d}"
        k1 = _mod11(base, _FNR_WEIGHTS_1)
        if k1 is None:
            continue
        k2 = _mod11(base + str(k1), _MOD11_WEIGHTS)
        if k2 is not None:
            return f"{base}{k1}{k2}"
    raise ValueError(birth)


def make_account(prefix: str) -> str:
    """A mod-11-valid kontonummer (11 digits) starting with the 4-digit bank prefix + 6 more."""
    for serial in range(100000, 999999, 7):
        base = f"{prefix}{serial}"
        check = _mod11(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
        if check is not None and not _is_fnr_shaped(base + str(check)):
            return base + str(check)
    raise ValueError(prefix)


def _is_fnr_shaped(number: str) -> bool:
    return _mod11(number[:9], _FNR_WEIGHTS_1) == int(number[9])


def make_orgnr(prefix: str) -> str:
    for serial in range(0, 99999):
        base = f"{prefix}{serial:05d}"[:8]
        check = _mod11(base, (3, 2, 7, 6, 5, 4, 3, 2))
        if check is not None:
            return base + str(check)
    raise ValueError(prefix)


def found_texts(recognizer, text: str) -> list[str]:
    """What the recognizer reports at or above the analyzer's threshold, as substrings."""
    return sorted(text[c.start:c.end] for c in recognizer.find(text, NO_ENTITIES) if c.score >= MIN_SCORE)


@pytest.fixture(scope="session")
def analyzer():
    from rules.detection import Analyzer

    return Analyzer(hash_key=b"test-key", known_names=["Per Olav Lunde", "Berg, Synnøve"])
