"""Persons as tagged by the NorNE-trained model (nlp.py), cleaned and cross-checked.

A span the model calls PER is kept only when it holds a gazetteer name; spans that name a firm
("Hansen Bygg AS") or are not shaped like a name are dropped.
"""
from __future__ import annotations

from collections.abc import Iterator

from rules.detection.findings import Candidate
from rules.detection.names import is_first_name, is_surname, person_span
from rules.detection.recognizer import EntitySource, Recognizer


class PersonNerRecognizer(Recognizer):
    name = "person_ner"
    label = "PERSON"
    uses_model = True

    def find(self, text: str, entities: EntitySource) -> Iterator[Candidate]:
        for start, end in self._lines(text, entities.spans("PER")):
            span = person_span(text, start, end)
            if span is None:
                continue
            start, end = _without_leading_role(text, *span)
            words = text[start:end].split()
            if not any(is_first_name(w) or is_surname(w) for w in words):
                # Without a gazetteer name the model's PER is mostly a title-cased product, newsletter or
                # heading ("Draftwise Weekly", "Grønt Boliglån"); names it misses there are read by the
                # greeting, signature, header and known-name recognizers.
                continue
            yield Candidate(self.label, start, end, 0.85, self.name)

    @staticmethod
    def _lines(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """The model sometimes runs a name into the next line ("Kari Berg\nTakstmann"): a name is one line."""
        for start, end in spans:
            position = start
            for piece in text[start:end].split("\n"):
                yield position, position + len(piece)
                position += len(piece) + 1


def _without_leading_role(text: str, start: int, end: int) -> tuple[int, int]:
    """"Byggherre Jan Erik Pedersen" -> "Jan Erik Pedersen": the model often takes the role word along."""
    words = text[start:end].split(" ")
    while len(words) > 2 and not (is_first_name(words[0]) or is_surname(words[0])) and is_first_name(words[1]):
        start += len(words[0]) + 1
        words = words[1:]
    return start, end
