"""Persons the firm already knows (customers, staff, partners from the records), by full name."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from rules.detection.findings import Candidate
from rules.detection.names import capitalized_runs, is_firm, normalize_known_names
from rules.detection.recognizer import EntitySource, Recognizer


class KnownPersonRecognizer(Recognizer):
    name = "person_known"
    label = "PERSON"
    score = 0.97

    def __init__(self, known_names: Iterable[str] = ()) -> None:
        self._known = normalize_known_names(known_names)
        self._longest = max((len(k) for k in self._known), default=0)

    def find(self, text: str, entities: EntitySource) -> Iterator[Candidate]:
        if not self._known:
            return
        for tokens in capitalized_runs(text):
            folded = [t[0].lower() for t in tokens]
            i = 0
            while i < len(tokens):
                for j in range(min(len(tokens), i + self._longest), i + 1, -1):
                    if tuple(folded[i:j]) in self._known:
                        start, end = tokens[i][1], tokens[j - 1][2]
                        if not is_firm(text, start, end):
                            yield Candidate(self.label, start, end, self.score, self.name)
                        i = j - 1
                        break
                i += 1
