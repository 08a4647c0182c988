"""Personal-data detection for Norwegian correspondence (issue 6).

    analyzer = Analyzer(hash_key=key, known_names=["Kari Nordmann"])
    analyzer.analyze(text, part="body") -> [Finding(label, text, start, end, part, score, recognizer, value_hash)]
"""
from rules.detection.analyzer import Analyzer
from rules.detection.findings import IDENTIFIER_LABELS, LABELS, Finding
from rules.detection.identifiers import normalize_identifier, value_hash

__all__ = ["IDENTIFIER_LABELS", "LABELS", "Analyzer", "Finding", "normalize_identifier", "value_hash"]
