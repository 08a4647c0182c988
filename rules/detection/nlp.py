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
# spaCy's cost grows with document length; paragraphs keep each call small and let nlp.pipe batch.
_PARAGRAPH = re.compile(r"\n\s*\n")
_CHUNK_CHARS = 20_000


class NerModel:
    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        if not (model_dir / "config.cfg").exists():
            raise FileNotFoundError(f"NER model missing in {model_dir}: run scripts/train_ner.py")
        self._nlp = spacy.load(model_dir)

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every entity, character offsets into `text`."""
        chunks = list(_chunks(text))
        found = []
        for (offset, _), doc in zip(chunks, self._nlp.pipe(chunk for _, chunk in chunks)):
            found.extend((offset + ent.start_char, offset + ent.end_char, ent.label_) for ent in doc.ents)
        return found


def _chunks(text: str):
    """(offset, chunk) pieces cut at paragraph breaks, each below _CHUNK_CHARS when possible."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK_CHARS)
        if end < len(text):
            breaks = [m.end() for m in _PARAGRAPH.finditer(text, start, end)]
            end = breaks[-1] if breaks else (text.rfind("\n", start, end) + 1 or end)
            if end <= start:
                end = min(len(text), start + _CHUNK_CHARS)
        yield start, text[start:end]
        start = end


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
