"""The benchmark mailbox generator: deterministic, realistic enough, and parseable."""

from __future__ import annotations

import csv
import email
import mailbox
import subprocess
import sys
from collections import Counter
from email.policy import default as default_policy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_bench_maildir.py"
COUNT = 1000


def generate(out: Path, count: int = COUNT, seed: int = 1) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(out), "--count", str(count), "--seed", str(seed)],
                          capture_output=True, text=True)


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def bench(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bench")
    generate(out).check_returncode()
    return out


@pytest.fixture(scope="module")
def parsed(bench):
    box = mailbox.Maildir(bench, factory=None, create=False)
    return [email.message_from_bytes(box.get_bytes(key), policy=default_policy) for key in box.keys()]


def has_defects(message) -> bool:
    return any(part.defects for part in message.walk())


def test_writes_the_requested_number_of_messages_with_unique_message_ids(parsed):
    assert len(parsed) == COUNT
    assert len({str(message["Message-ID"]) for message in parsed}) == COUNT


def test_same_seed_gives_identical_bytes_and_another_seed_does_not(bench, tmp_path):
    generate(tmp_path / "same").check_returncode()
    generate(tmp_path / "other", seed=2).check_returncode()
    assert tree(tmp_path / "same") == tree(bench)
    assert tree(tmp_path / "other") != tree(bench)


def test_about_ten_percent_carry_an_attachment(parsed):
    with_attachment = sum(1 for message in parsed if any(True for _ in message.iter_attachments()))
    assert 0.05 * COUNT <= with_attachment <= 0.15 * COUNT


def test_a_few_per_mille_are_malformed_and_the_rest_decode(parsed):
    malformed = [message for message in parsed if has_defects(message)]
    assert 0 < len(malformed) <= 0.01 * COUNT
    for message in parsed:
        if not has_defects(message):
            assert message.get_body(("plain", "html")).get_content()


def test_encoded_subjects_and_names_decode_cleanly(parsed):
    decoded = [str(message["Subject"]) + str(message["From"]) for message in parsed]
    assert not [value for value in decoded if "=?" in value or "\ufffd" in value]


def test_replies_reference_earlier_messages_of_the_mailbox(parsed):
    known = {str(message["Message-ID"]) for message in parsed}
    replies = [message for message in parsed if message["In-Reply-To"]]
    assert len(replies) >= 0.2 * COUNT
    assert all(str(message["In-Reply-To"]) in known for message in replies)


def test_charsets_and_senders_are_varied(parsed):
    charsets = Counter(part.get_content_charset() for message in parsed for part in message.walk()
                       if part.get_content_maintype() == "text")
    assert {"utf-8", "iso-8859-1", "windows-1252"} <= set(charsets)
    senders = {str(message["From"].addresses[0].domain) for message in parsed}
    assert "proess.no" in senders and any(domain.endswith("kommune.no") for domain in senders)


def test_customers_of_the_sample_records_write_part_of_the_mail(parsed):
    with (ROOT / "examples" / "records.csv").open(encoding="utf-8", newline="") as handle:
        known = {row["email"] for row in csv.DictReader(handle)}
    senders = [message["From"].addresses[0].addr_spec for message in parsed]
    assert sum(sender in known for sender in senders) >= 0.1 * COUNT


def test_refuses_to_write_into_a_mailbox_that_already_has_mail(bench):
    before = tree(bench)
    result = generate(bench, count=5)
    assert result.returncode != 0 and "not empty" in result.stderr
    assert tree(bench) == before
