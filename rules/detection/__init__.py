"""Personal-data detection for Norwegian correspondence (issue 6).

    analyzer = Analyzer(hash_key=key, known_names=["Kari Nordmann"])
    analyzer.analyze(text, part="body") -> [Finding(label, text, start, end, part, score, recognizer, value_hash)]

Importing this package is cheap: ``Analyzer`` (the recognizers' patterns and spaCy) is
loaded on first use, so a process that only normalizes or hashes identifiers (a lookup)
never pays for the detector.
"""
from rules.detection.findings import IDENTIFIER_LABELS, LABELS, Finding
from rules.detection.identifiers import normalize_identifier, value_hash

__all__ = ["IDENTIFIER_LABELS", "LABELS", "Analyzer", "Finding", "normalize_identifier", "value_hash"]


def __getattr__(name: str):
    if name == "Analyzer":
        from rules.detection.analyzer import Analyzer

        return Analyzer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
