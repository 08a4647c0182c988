"""The statistical part of the detector; the only module that imports spaCy.

`spacy.blank("nb")` tokenization plus the NER component trained by scripts/train_ner.py on
NorNE bokmål (rules/detection/model/). The model is loaded once per process from the package
directory: nothing is downloaded at run time.
"""
from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import spacy

from rules.detection.recognizer import EntitySource

MODEL_DIR = Path(__file__).with_name("model")
# A person's name is capitalized; a line whose only capitalized word opens a sentence cannot hold a
# multi-word name, and lone words are not trusted from the model anyway (person_ner.py). Skipping
# such lines roughly halves the model's work on ordinary mail.
_NAME_SIGNAL = re.compile(r"(?<=[^\s.!?:>\-*•\"«(])[ \t]+[(«\"]?[A-ZÆØÅ]|^[ \t>]*[A-ZÆØÅ]\w+[ \t,.]*$")
_MAX_SEGMENT_CHARS = 20_000


class NerModel:
    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        if not (model_dir / "config.cfg").exists():
            raise FileNotFoundError(f"NER model missing in {model_dir}: run scripts/train_ner.py")
        self._nlp = spacy.load(model_dir)

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every entity, character offsets into `text`."""
        segments = list(name_segments(text))
        found = []
        for (offset, _), doc in zip(segments, self._nlp.pipe(segment for _, segment in segments)):
            found.extend((offset + ent.start_char, offset + ent.end_char, ent.label_) for ent in doc.ents)
        return found


def name_segments(text: str):
    """(offset, segment): runs of consecutive lines that may hold a name, each a spaCy document."""
    start = end = None
    position = 0
    for line in text.splitlines(keepends=True):
        if _NAME_SIGNAL.search(line) and (start is None or position - start < _MAX_SEGMENT_CHARS):
            if start is None:
                start = position
            end = position + len(line)
        elif start is not None:
            yield start, text[start:end]
            start = None
            if _NAME_SIGNAL.search(line):
                start, end = position, position + len(line)
        position += len(line)
    if start is not None:
        yield start, text[start:end]


class LazyEntities(EntitySource):
    """Runs the model at most once per analysed text, and only if a recognizer asks."""

    def __init__(self, model: NerModel, text: str) -> None:
        self._model = model
        self._text = text

    @cached_property
    def _all(self) -> list[tuple[int, int, str]]:
        return self._model.entities(self._text)

    def spans(self, label: str) -> list[tuple[int, int]]:
        return [(start, end) for start, end, found in self._all if found == label]
