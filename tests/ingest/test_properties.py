"""Property-based tests of parse -> link -> detect on generated mail (issue 17).

Hypothesis writes mail: headers and bodies of Norwegian text with phone numbers, fødselsnumre,
property ids and addresses mixed in, runs of the characters that break patterns, plain, multipart
with a text attachment, damaged the ways tests/corpus/damaged.py damages mail, or bytes that are no
mail at all. For every one of them:

* parsing gives a message or ``UnparseableMessage`` with a reason, never another exception, and
  link + detect never raise;
* every finding's offsets lie inside the text it was found in, and cut out exactly its text;
* the work is linear in the size of the text: the same generated shape at 8 KB and 32 KB, in one
  run, takes at most 8 times the CPU time (linear is 4, quadratic 16).

Examples are few and there is no per-example deadline: the suite stays fast and a busy machine
does not decide.
"""
from __future__ import annotations

import time
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.ingest.analysis import analyze_message
from intake.ingest.parsing import UnparseableMessage, parse_message
from rules.linking.linker import CustomerDirectory, KnownCustomer, KnownProperty
from tests.corpus.damaged import DAMAGE

# Derandomized (the same examples on every run, so CI is repeatable) and without an example database, which
# would leave a .hypothesis folder in the repository.
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                    database=None)
DIRECTORY = CustomerDirectory([KnownCustomer(
    "K1001", "Kari Nordmann", ("kari@example.no",), ("912 34 567",),
    (KnownProperty("3201-12/345", "3201", 12, 345, None, None),), ("P2024-017",), (), ("Storgata 1",),
)])

TOKENS = st.sampled_from([
    "912 34 567", "+47 41 23 45 67", "15076500565", "150765 00565", "3201-12/345", "gnr. 12 bnr. 345", "gnr 12/345",
    "kari@example.no", "Kari Nordmann", "Storgata 1, 0155 Oslo", "P2024-017", "kontonr 1234.56.78903", "@", "..",
    "Hei,", "Mvh", "\n", "\t", "æøå", "ÆØÅ", "=?utf-8?b?", "--b", "Content-Type: text/plain", ":", "<", ">", "\x00",
])
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
TEXT = st.lists(st.one_of(TOKENS, WORDS), max_size=30).map(" ".join)


@st.composite
def mails(draw) -> bytes:
    shape = draw(st.sampled_from(["plain", "multipart", "damaged", "bytes", "raw-text"]))
    if shape == "bytes":
        return draw(st.binary(max_size=2000))
    if shape == "raw-text":
        return draw(TEXT).encode("utf-8", "surrogateescape")
    mail = EmailMessage()
    mail["From"] = f"{draw(st.sampled_from(['Kari Nordmann', 'Ola', 'Åse Ødegård']))} <kari@example.no>"
    mail["To"] = "post@proess.no"
    mail["Subject"] = "".join(ch for ch in " ".join(draw(TEXT).split()) if ch.isprintable())[:200] or "x"
    mail["Message-ID"] = "<p@example.no>"
    mail.set_content(draw(TEXT) or "tom", cte=draw(st.sampled_from(["8bit", "quoted-printable", "base64"])))
    if shape != "plain":
        mail.add_attachment(draw(TEXT).encode("utf-8", "surrogateescape"), maintype="text", subtype="plain",
                            filename="vedlegg.txt")
        mail.set_boundary("==b17==")  # not the random one the email package would draw
    raw = mail.as_bytes()
    if shape == "damaged":
        rng = draw(st.randoms(use_true_random=False))
        for name in draw(st.lists(st.sampled_from(sorted(DAMAGE)), min_size=1, max_size=3)):
            raw = DAMAGE[name](raw, rng) or raw
    return raw


def parse_link_detect(raw: bytes, analyzer):
    try:
        parsed = parse_message(raw)
    except UnparseableMessage as problem:
        assert str(problem)  # a reason for the quarantine record
        return None, None
    return parsed, analyze_message(parsed, DIRECTORY, analyzer, ("proess.no",))


@SETTINGS
@given(raw=mails())
def test_parse_link_detect_never_raises_and_offsets_lie_inside_the_text(analyzer, raw):
    parsed, analysis = parse_link_detect(raw, analyzer)
    if parsed is None:
        return
    texts = {"subject": parsed.subject, "body": parsed.body}
    texts.update({attachment.filename: attachment.text for attachment in parsed.attachments if attachment.text})
    for finding in analysis.findings:
        text = texts[finding.part]
        assert 0 <= finding.start < finding.end <= len(text), finding
        assert text[finding.start:finding.end] == finding.text, finding
    every_text = " ".join(texts.values())
    for prop in analysis.links.properties:
        assert prop.mention_text is None or prop.mention_text in every_text


SMALL, LARGE, MAX_RATIO = 8 * 1024, 32 * 1024, 8.0


def mail_of(body: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Kari Nordmann <kari@example.no>"
    mail["To"] = "post@proess.no"
    mail["Subject"] = "Tilbud"
    mail.set_content(body, cte="8bit")
    return mail.as_bytes()


def cpu_seconds(raw: bytes, analyzer, tries: int = 2) -> float:
    best = float("inf")
    for _ in range(tries):
        started = time.process_time()
        parse_link_detect(raw, analyzer)
        best = min(best, time.process_time() - started)
    return best


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
@given(unit=st.lists(st.one_of(TOKENS, st.text(alphabet="a1@. æøåA-/:\n", min_size=1, max_size=6)),
                     min_size=1, max_size=4).map("".join).filter(lambda unit: unit.strip("\x00")))
def test_parse_link_detect_time_is_linear_in_the_size(analyzer, unit):
    def body(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size].replace("\x00", " ")

    small = cpu_seconds(mail_of(body(SMALL)), analyzer)
    large = cpu_seconds(mail_of(body(LARGE)), analyzer)
    if large > 0.05 and large / max(small, 1e-3) > MAX_RATIO:  # one more look before calling it quadratic
        small = min(small, cpu_seconds(mail_of(body(SMALL)), analyzer))
        large = min(large, cpu_seconds(mail_of(body(LARGE)), analyzer))
    assert large <= 0.05 or large / max(small, 1e-3) <= MAX_RATIO, (
        f"{unit!r}: 8 KB took {small:.3f}s, 32 KB {large:.3f}s CPU (ratio {large / max(small, 1e-3):.1f}; linear is 4)")
