"""The Analyzer contract: labels, offsets, parts, hashes and the one overlap rule."""
import pytest

from rules.detection import IDENTIFIER_LABELS, LABELS, normalize_identifier, value_hash
from rules.detection.analyzer import resolve_overlaps
from rules.detection.findings import Candidate
from tests.detection.conftest import make_fnr

FNR = make_fnr("010170")
MAIL = f"""Hei Kari,

Fnr: {FNR}. Ring 912 34 567 eller skriv til kari@example.no.
Vi er gift, og mannen min bruker rullestol. Banken gjorde en kredittsjekk.
Eiendom gnr 12 bnr 345, adresse Storgata 12B, 0153 Oslo.

Mvh
Ola Nordmann
"""


@pytest.fixture(scope="module")
def findings(analyzer):
    return analyzer.analyze(MAIL, "vedlegg.pdf")


def test_findings_are_sorted_non_overlapping_and_exact(findings):
    assert findings == sorted(findings, key=lambda f: f.start)
    for before, after in zip(findings, findings[1:]):
        assert before.end <= after.start
    for f in findings:
        assert f.text == MAIL[f.start:f.end]
        assert f.label in LABELS and f.part == "vedlegg.pdf" and 0 < f.score <= 1 and f.recognizer


def test_every_label_in_the_mail_is_found(findings):
    assert {(f.label, f.text) for f in findings} == {
        ("PERSON", "Kari"), ("NATIONAL_ID", FNR), ("PHONE", "912 34 567"), ("EMAIL", "kari@example.no"),
        ("MARITAL_STATUS", "gift"), ("MARITAL_STATUS", "mannen min"), ("HEALTH", "rullestol"),
        ("CREDIT_INFO", "kredittsjekk"),
        ("PROPERTY_ID", "gnr 12 bnr 345"), ("ADDRESS", "Storgata 12B, 0153 Oslo"), ("PERSON", "Ola Nordmann"),
    }


def test_identifiers_carry_the_hash_a_lookup_computes(findings):
    by_label = {f.label: f for f in findings}
    assert by_label["NATIONAL_ID"].value_hash == value_hash(
        "NATIONAL_ID", normalize_identifier("NATIONAL_ID", f"{FNR[:6]} {FNR[6:]}"), b"test-key")
    assert by_label["PHONE"].value_hash == value_hash("PHONE", normalize_identifier("PHONE", "+4791234567"), b"test-key")
    for f in findings:
        assert (f.value_hash is not None) == (f.label in IDENTIFIER_LABELS)


def test_no_findings_in_plain_building_talk(analyzer):
    text = "Takket være universell utforming får bygget heis. Skiltet settes opp ved porten i uke 12."
    assert analyzer.analyze(text, "body") == []


def _c(label, start, end, score, recognizer="r"):
    return Candidate(label, start, end, score, recognizer)


@pytest.mark.parametrize(
    ("candidates", "kept"),
    [
        # same label overlapping: one finding over the union, best score and its recognizer
        ([_c("PERSON", 0, 4, 0.85, "greeting"), _c("PERSON", 0, 13, 0.7, "ner")], [("PERSON", 0, 13, 0.85, "greeting")]),
        # across labels: higher score wins
        ([_c("PERSON", 0, 8, 0.7), _c("ADDRESS", 0, 11, 0.85)], [("ADDRESS", 0, 11, 0.85, "r")]),
        # tie on score: longer span wins
        ([_c("PHONE", 5, 13, 0.9), _c("BANK_ACCOUNT", 0, 13, 0.9)], [("BANK_ACCOUNT", 0, 13, 0.9, "r")]),
        # tie on score and length: the label listed first in LABELS wins
        ([_c("ORG_NUMBER", 0, 9, 0.9), _c("PHONE", 0, 9, 0.9)], [("PHONE", 0, 9, 0.9, "r")]),
        # below the threshold: dropped even without competition
        ([_c("PERSON", 0, 4, 0.4)], []),
        # disjoint: both kept, in order
        ([_c("EMAIL", 10, 20, 1.0), _c("PERSON", 0, 4, 0.6)], [("PERSON", 0, 4, 0.6, "r"), ("EMAIL", 10, 20, 1.0, "r")]),
    ],
)
def test_overlap_rule(candidates, kept):
    assert [(c.label, c.start, c.end, c.score, c.recognizer) for c in resolve_overlaps(candidates)] == kept


@pytest.mark.parametrize("text", ["", "   \n\n", "Re:", "12345"])
def test_texts_without_personal_data(analyzer, text):
    assert analyzer.analyze(text, "subject") == []
