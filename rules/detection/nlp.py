"""The statistical part of the detector; the only module that imports spaCy, and only when
the model is first loaded, so importing the detector stays cheap.

`spacy.blank("nb")` tokenization plus the NER component trained by scripts/train_ner.py on
NorNE bokmål (rules/detection/model/). The model is loaded once per process from the package
directory: nothing is downloaded at run time.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cache, cached_property
from pathlib import Path

from rules.detection.recognizer import EntitySource

MODEL_DIR = Path(__file__).with_name("model")
# The model is the costly part and only adds names the rules cannot explain, so it reads only the
# lines holding a capitalized word that no rule finding covers and that is not a known non-name
# ("Oslo kommune", "Takk"); a capitalized word opening a sentence does not count. On ordinary mail
# this leaves the model a fraction of the text.
_CAPITALIZED = re.compile(
    r"(?<=[^\s.!?:>\-*•\"«(])[ \t]+[(«\"]?(?P<word>[A-ZÆØÅ][\w-]*)|^[ \t>]*(?P<alone>[A-ZÆØÅ]\w+)[ \t,.]*$",
    re.M,
)
_MAX_SEGMENT_CHARS = 20_000


@cache
def _load(model_dir: Path):
    """The pipeline, loaded once per process: every analyzer of the process reads with the same one (a command run
    twice in one process, as the tests and a long-lived web worker do, once paid a second and a half each time).
    Reading never changes it."""
    import spacy  # about a second to import: only in processes that detect

    return spacy.load(model_dir)


class NerModel:
    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        if not (model_dir / "config.cfg").exists():
            raise FileNotFoundError(f"NER model missing in {model_dir}: run scripts/train_ner.py")
        self._nlp = _load(model_dir.resolve())

    def entities(self, text: str, lines: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """(start, end, label) of every entity in the given line ranges, offsets into `text`."""
        segments = list(_segments(lines, text))
        found = []
        for (offset, _), doc in zip(segments, self._nlp.pipe(text[s:e] for s, e in segments)):
            found.extend((offset + ent.start_char, offset + ent.end_char, ent.label_) for ent in doc.ents)
        return found


def lines_needing_model(text: str, explained: Iterable[tuple[int, int]],
                        ignorable: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each line with a capitalized word that neither a finding nor `ignorable` accounts for."""
    covered = _union(explained)
    covered_starts = [start for start, _ in covered]
    wanted: dict[int, tuple[int, int]] = {}
    last_line_end = 0
    for match in _CAPITALIZED.finditer(text):
        group = "word" if match.group("word") else "alone"
        start, end = match.span(group)
        index = bisect_right(covered_starts, start) - 1
        word = match.group(group)
        # Acronyms (AS, DNB, NOK) are never the model's person names.
        if word.isupper() or ignorable(word) or (index >= 0 and covered[index][1] >= end):
            continue
        if start < last_line_end:
            continue  # this line is wanted already; looking for its ends again would cost its length per word
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        last_line_end = len(text) if line_end < 0 else line_end + 1
        wanted[line_start] = (line_start, last_line_end)
    return [wanted[k] for k in sorted(wanted)]


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _segments(lines: Iterable[tuple[int, int]], text: str):
    """Adjacent lines joined into one document (context for the model), bounded in size."""
    current = None
    for start, end in _bounded(lines, text):
        if current and current[1] == start and end - current[0] <= _MAX_SEGMENT_CHARS:
            current = (current[0], end)
        else:
            if current:
                yield current
            current = (start, end)
    if current:
        yield current


def _bounded(lines: Iterable[tuple[int, int]], text: str):
    """Lines longer than a segment (a hostile mail can be one line of a megabyte) cut at a space,
    else hard: the model's cost and memory stay in proportion to the text."""
    for start, end in lines:
        while end - start > _MAX_SEGMENT_CHARS:
            cut = text.rfind(" ", start + _MAX_SEGMENT_CHARS // 2, start + _MAX_SEGMENT_CHARS)
            cut = start + _MAX_SEGMENT_CHARS if cut < 0 else cut + 1
            yield start, cut
            start = cut
        yield start, end


class LazyEntities(EntitySource):
    """Runs the model at most once per analysed text, and only if a recognizer asks."""

    def __init__(self, model: NerModel, text: str, explained: Iterable[tuple[int, int]] = (),
                 ignorable: Callable[[str], bool] = lambda word: False) -> None:
        self._model = model
        self._text = text
        self._explained = explained
        self._ignorable = ignorable

    @cached_property
    def _all(self) -> list[tuple[int, int, str]]:
        return self._model.entities(self._text, lines_needing_model(self._text, self._explained, self._ignorable))

    def spans(self, label: str) -> list[tuple[int, int]]:
        return [(start, end) for start, end, found in self._all if found == label]
