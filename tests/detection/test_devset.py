"""The dev set itself: every gold span resolves, and there are enough messages to mean something."""
import pytest

from tests.detection.devset_loader import load, parse
from rules.detection import LABELS


def test_devset_size_and_labels():
    messages = load("all")
    assert len(messages) >= 150
    assert len({m.id for m in messages}) == len(messages)
    assert {label for m in messages for label, _, _ in m.gold} == set(LABELS)


def test_gold_lines_take_successive_occurrences():
    [message] = parse("=== x\nHei Kari, Kari her.\n---\nPERSON: Kari\nPERSON: Kari\n", "inline")
    assert message.gold == (("PERSON", 4, 8), ("PERSON", 10, 14))


def test_unknown_gold_value_is_an_error():
    with pytest.raises(ValueError, match="Ola"):
        parse("=== x\nHei Kari\n---\nPERSON: Ola\n", "inline")
