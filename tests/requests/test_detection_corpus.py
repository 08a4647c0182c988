"""The request detector against its corpus and against ordinary mail (the goals `make eval` reports)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import eval_requests  # noqa: E402

from rules.subject_requests import Sender, find_requests  # noqa: E402


def test_the_corpus_is_large_enough_and_half_distractors():
    messages = [m for split in ("dev", "heldout", "heldout2", "heldout3") for m in eval_requests.load_corpus(split)]
    assert len(messages) >= 40
    distractors = sum(1 for m in messages if not m["kinds"])
    assert 0.4 <= distractors / len(messages) <= 0.6
    english = sum(1 for m in messages if " the " in m["body"] or m["body"].startswith(("Hi", "Hello", "Dear")))
    assert english >= 10


@pytest.mark.parametrize("split", ["heldout", "heldout2", "heldout3"])
def test_every_access_and_erasure_request_is_found(split):
    result = eval_requests.score_corpus(eval_requests.load_corpus(split), show_errors=False)
    assert result["access_recall"] == 1.0 and result["erasure_recall"] == 1.0
    assert result["false_suggestions"] == 0


def test_ordinary_mail_gets_at_most_one_false_suggestion_per_200():
    result = eval_requests.score_ordinary(show=False)
    assert result["messages"] >= 600 and result["per_200"] <= 1.0


@pytest.mark.parametrize("sender", [Sender(own_staff=True), Sender(municipality=True), Sender(automatic=True)])
def test_staff_municipalities_and_automatic_mail_never_ask(sender):
    body = "Jeg ber om innsyn i alle personopplysninger dere har om meg."
    assert find_requests("Innsyn", body, Sender()) and not find_requests("Innsyn", body, sender)


def test_quoted_text_is_not_the_sender_asking():
    body = "Takk, det var alt jeg trengte.\n\nDen 3. nov. 2026 skrev Kari:\n> Jeg ber om innsyn i personopplysningene om meg."
    assert find_requests("Re: Innsyn", body) == ()
    assert find_requests("Re:", "Takk!\n> Please delete my personal data.") == ()


def test_the_finding_quotes_the_sentence_that_asks():
    [finding] = find_requests("Hei", "Hei Kari.\nJeg vil at dere sletter alle opplysninger om meg. Takk!")
    assert (finding.kind, finding.sentence) == ("erasure", "Jeg vil at dere sletter alle opplysninger om meg.")


def test_a_huge_mail_is_read_in_bounded_time_without_pathological_backtracking():
    body = ("jeg " * 5000) + ("opplysninger om " * 5000) + "a" * 100_000
    assert find_requests("x", body) == ()
