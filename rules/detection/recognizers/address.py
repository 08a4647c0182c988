"""Norwegian street and postal addresses.

One finding per address as written: "Storgata 12B", "Kongens gate 5, 0153 Oslo",
"Postboks 123 Sentrum, 0102 Oslo"; a postcode + place on its own ("1337 Sandvika") is one too.
A street followed by its postcode line (same line or the next) is a single span.
"""
from __future__ import annotations

import re

from rules.detection.recognizer import Pattern, PatternRecognizer

_UPPER = "A-ZÆØÅ"
_LOWER = "a-zæøåéü"
_SUFFIXES = (
    "gata|gate|gaten|gt\\.|veien|vegen|vei|veg|stien|stig|allé|alle|plass|plassen|torg|torget|bakken|bakke|"
    "lia|lien|svingen|brygge|brygga|kroken|tunet|ringen|terrasse|terrassen|løkka|åsen|jordet|grenda|"
    "haugen|kollen|myra|lunden|enga|parken|dalen|skogen|tråkket|promenaden|kaia|sletta|vollen|hagen|"
    "stubben|kleiva|tangen|tråkka|vika|løypa|hogget|holmen|neset|nesset|berget|toppen|høgda|vangen|"
    "bråten|stranda|setra|heia|gården|grenda|moen|rud|rød|skrenten"
)
# Words that open two-word street names ("Gamle Ringeriksvei", "Nedre Skogvei").
_PREFIXES = "(?:Nedre|Øvre|Store|Lille|Gamle|Nye|Søndre|Nordre|Vestre|Østre|Sankt|St\\.|Kong|Dronning|Prins|Prinsesse)[ ]"
_HOUSE = r"\d{1,4}(?:[ ]?[A-Ha-h](?![\w]))?(?:[-–]\d{1,4})?"
_PLACE = rf"[{_UPPER}][{_LOWER}{_UPPER}-]+(?:[ ][{_UPPER}][{_LOWER}]+)?"
_POSTCODE_PLACE = rf"(?:N[O]?-)?\d{{4}}[ \t]+{_PLACE}"
# One capitalized word ending in a street suffix ("Storgata"), or words before a separate street
# word ("Karl Johans gate", "Bygdøy allé"); what follows the house number may be its postcode.
_STREET = (
    rf"(?:(?:{_PREFIXES})?[{_UPPER}][{_LOWER}]+(?:{_SUFFIXES})"
    rf"|(?:[{_UPPER}][{_LOWER}.]+[ ]){{1,3}}"
    r"(?:gate|gata|vei|veien|vegen|veg|allé|alle|plass|torg|terrasse|brygge|bakke|sti))"
)
# The post office after a box number: "Sentrum", "Økern", "St. Olavs plass", "Majorstuen".
_BOX_PLACE = rf"(?:[ ](?:{_PREFIXES})?[{_UPPER}][{_LOWER}]+(?:[ ](?:plass|torg|gate))?)?"
_CONTINUATION = rf"(?:[ \t]*,?[ \t]*\n?[ \t]*{_POSTCODE_PLACE})?"
_NOT_STREET_START = {"i", "på", "til", "fra", "ved", "og", "om", "den", "det", "adresse"}
# "Sameiet Kirkeveien 71", "Borettslaget Granlia 3": the name of an organisation, not anyone's address.
_ORGANISATION_BEFORE = re.compile(
    r"(?i)(?:sameiet|sameie|boligsameiet|eierseksjonssameiet|borettslaget|borettslag|velforeningen|huseierforeningen)"
    r"[ \t]{1,3}\Z"
)


class AddressRecognizer(PatternRecognizer):
    name = "address"
    label = "ADDRESS"
    patterns = (
        Pattern("street", re.compile(rf"(?<![\w])(?P<value>{_STREET}[ ]{_HOUSE}{_CONTINUATION})(?![\w])"), 0.85),
        # English word order, as foreign correspondents write it: "14 Lindeveien".
        Pattern("number_first", re.compile(
            rf"(?<![\w.,])(?P<value>\d{{1,4}}[A-Ha-h]?[ ](?:{_PREFIXES})?[{_UPPER}][{_LOWER}]+(?:{_SUFFIXES}))"
            r"(?![\w])"), 0.7),
        Pattern("po_box", re.compile(
            rf"(?<![\w])(?P<value>(?:Postboks|Pb\.|PB|Boks|P\.?O\.? Box)[ ]\d{{1,5}}{_BOX_PLACE}"
            rf"{_CONTINUATION})(?![\w])"), 0.9),
        Pattern("postcode", re.compile(rf"(?:^|(?<=[,\n]))[ \t]*(?P<value>{_POSTCODE_PLACE})(?![\w])", re.M), 0.75),
    )

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        first_word = match.group("value").split(" ", 1)[0].lower()
        if first_word in _NOT_STREET_START:
            return None
        start = match.start("value")
        if _ORGANISATION_BEFORE.search(text, max(0, start - 30), start):
            return None
        return pattern.score
