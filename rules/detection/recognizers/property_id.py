"""Property identifiers (kommunenr-gnr/bnr[/fnr[/snr]]): a thin wrapper over rules.linking.property_ids."""
from __future__ import annotations

from collections.abc import Iterator

from rules.detection.findings import Candidate
from rules.detection.recognizer import EntitySource, Recognizer
from rules.linking.property_ids import find_property_ids


class PropertyIdRecognizer(Recognizer):
    name = "property_id"
    label = "PROPERTY_ID"
    score = 0.9

    def find(self, text: str, entities: EntitySource) -> Iterator[Candidate]:
        for mention in find_property_ids(text):
            yield Candidate(self.label, mention.start, mention.end, self.score, self.name, mention.normalized)
