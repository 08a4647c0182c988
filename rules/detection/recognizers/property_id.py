"""Property identifiers (kommunenr-gnr/bnr[/fnr[/snr]]): a thin wrapper over rules.linking.property_ids, plus
section numbers written alone after the property they belong to.

"Seksjonering – gnr. 113 bnr. 47 … Vi eier seksjon 9 i sameiet … Seksjon 9 ligger i andre etasje": in a
text that names a gnr/bnr, "seksjon 9" or "snr. 3" on its own is that property's section (the nearest
property before it, else the first after it), reported as a PROPERTY_ID whose canonical value is the
property with that section number. In a text with no gnr/bnr, "seksjon 9" is only a word and a number
(a section of a report, a contract clause).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from rules.detection.findings import Candidate
from rules.detection.recognizer import EntitySource, Recognizer
from rules.linking.property_ids import find_property_ids

_SECTION = re.compile(
    r"(?<![\w])(?:seksjon(?:snummer|snr\.?)?|snr\.?|s\.nr\.?)[ \t]{0,2}(?:nr\.?[ \t]{0,2})?(?P<snr>\d{1,4})(?![\d/,.]\d)(?![\w])",
    re.IGNORECASE,
)


class PropertyIdRecognizer(Recognizer):
    name = "property_id"
    label = "PROPERTY_ID"
    score = 0.9
    section_score = 0.85

    def find(self, text: str, entities: EntitySource) -> Iterator[Candidate]:
        mentions = find_property_ids(text)
        for mention in mentions:
            yield Candidate(self.label, mention.start, mention.end, self.score, self.name, mention.normalized)
        if not mentions:
            return
        for match in _SECTION.finditer(text):
            start, end = match.span()
            if any(m.start < end and start < m.end for m in mentions):
                continue
            before = [m for m in mentions if m.end <= start]
            owner = before[-1] if before else mentions[0]
            section = replace(owner.property_id, snr=int(match.group("snr")))
            yield Candidate(self.label, start, end, self.section_score, f"{self.name}_section", section.key())
