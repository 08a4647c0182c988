"""Reads the hand-labelled dev set (format in devset/README.md) into texts with gold spans."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DEVSET = Path(__file__).with_name("devset")
_GOLD_LINE = re.compile(r"^([A-Z_]+): (.*)$")


@dataclass(frozen=True)
class Message:
    source: str
    id: str
    text: str
    gold: tuple[tuple[str, int, int], ...]  # (label, start, end)


def known_names() -> list[str]:
    lines = (DEVSET / "known_names.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def load(split: str) -> list[Message]:
    """split: "dev", "heldout" or "all"."""
    pattern = "*.txt" if split == "all" else f"{split}_*.txt"
    messages = []
    for path in sorted(DEVSET.glob(pattern)):
        if path.name == "known_names.txt":
            continue
        messages.extend(parse(path.read_text(encoding="utf-8"), path.name))
    return messages


def parse(content: str, source: str) -> list[Message]:
    messages = []
    for block in re.split(r"^=== ", content, flags=re.M)[1:]:
        header, _, rest = block.partition("\n")
        text, separator, gold_part = rest.rpartition("\n---\n")
        if not separator:
            raise ValueError(f"{source}:{header}: no '---' line")
        messages.append(Message(source, header.strip(), text, _resolve(text, _gold_entries(gold_part), source, header)))
    return messages


def _gold_entries(gold_part: str) -> list[tuple[str, str]]:
    entries: list[tuple[str, str]] = []
    for line in gold_part.rstrip("\n").split("\n"):
        match = _GOLD_LINE.match(line)
        if match:
            entries.append((match.group(1), match.group(2)))
        elif line.strip() and entries:
            label, value = entries[-1]
            entries[-1] = (label, value + "\n" + line)
    return entries


def _resolve(text: str, entries: list[tuple[str, str]], source: str, header: str) -> tuple[tuple[str, int, int], ...]:
    taken: set[int] = set()
    gold = []
    for label, value in entries:
        start = text.find(value)
        while start in taken:
            start = text.find(value, start + 1)
        if start < 0:
            raise ValueError(f"{source}:{header}: {label} {value!r} is not in the text")
        taken.add(start)
        gold.append((label, start, start + len(value)))
    return tuple(sorted(gold, key=lambda g: g[1]))
