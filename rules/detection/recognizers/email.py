"""E-mail addresses; the syntax is specific enough that a match is a finding."""
from __future__ import annotations

import re

from rules.detection.recognizer import Pattern, PatternRecognizer


class EmailRecognizer(PatternRecognizer):
    name = "email"
    label = "EMAIL"
    patterns = (
        Pattern("address", re.compile(
            r"(?<![\w.+-])[\w.+-]+@(?:[A-Za-z0-9æøåÆØÅ-]+\.)+[A-Za-z]{2,24}(?![\w-])"), 1.0),
    )
