"""Phrase-level findings (marital status, health, credit): grow a head term into the phrase that
carries the personal data, and decide whether the text says it about a person at all.

The span convention (rules/detection/README.md): a finding covers the head term with the modifiers
in front of it ("sterkt tunghørt", "lav kredittscore"), an attached possessive ("samboeren min",
"my husband") and the complements that belong to it (the amount and lender of a loan, the value of a
field, the body part of an impairment), never the verb or the person.

Every pattern here is a plain alternation or a bounded repetition of disjoint character classes, and
is only ever matched at one position (`.match(text, pos)`), so scanning stays linear in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rules.detection.names import is_first_name, is_surname

_WORD_CHAR = re.compile(r"\w")
# One space or a wrapped line between words: mail is often hard-wrapped mid-phrase ("lett\nastma").
_NEXT_WORD = re.compile(r"(?:[ \t]{1,4}|[ \t]{0,3}\n[ \t]{0,3})(?P<word>[\w-]{1,40})")
_PREV_WORD = re.compile(r"(?P<word>[\w-]{1,40})(?:[ \t]{1,4}|[ \t]{0,3}\n[ \t]{0,3})\Z")
_PREV_WORD_ON_LINE = re.compile(r"(?P<word>[\w-]{1,40})[ \t]{1,4}\Z")

POSSESSIVES_AFTER = frozenset("min mi mitt mine din di ditt hans hennes vår vårt våre deres sin si".split())
POSSESSIVES_BEFORE = frozenset(
    "min mi mitt mine din di ditt hans hennes vår vårt våre deres sin si "
    "my his her your their our".split()
)


def previous_word(text: str, start: int, cross_lines: bool = True) -> tuple[str, int] | None:
    """The word directly before `start` (spaces or, with cross_lines, one line break between), with its start."""
    window = text[max(0, start - 45):start]
    match = (_PREV_WORD if cross_lines else _PREV_WORD_ON_LINE).search(window)
    if match is None:
        return None
    return match.group("word"), start - len(window) + match.start("word")


def next_word(text: str, end: int) -> tuple[str, int] | None:
    """The word directly after `end` (spaces or one line break between), with its end."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return None
    return match.group("word"), match.end("word")


def extend_left(text: str, start: int, words: frozenset[str], limit: int = 2, cross_lines: bool = True) -> int:
    """Take up to `limit` words from `words` (case-folded) that stand directly before `start`."""
    for _ in range(limit):
        previous = previous_word(text, start, cross_lines)
        if previous is None or previous[0].lower() not in words:
            break
        start = previous[1]
    return start


def extend_right_possessive(text: str, end: int) -> int:
    following = next_word(text, end)
    if following is not None and following[0].lower() in POSSESSIVES_AFTER:
        return following[1]
    return end


# --- whose statement is it ---------------------------------------------------------------------------

# Words that make a sentence about a person: pronouns (not the generic "du/deg" of newsletters), family
# and role nouns. A capitalized given name or surname does too.
PERSON_WORDS = frozenset("""
    jeg meg min mi mitt mine vi oss vår vårt våre han ham hun henne hans hennes sin si sitt sine de dem
    eg me ho hennar dykk
    kunden kundens klienten søker søkeren søkers tiltakshaver tiltakshaveren eier eieren eierne leietaker
    leietakeren beboeren pasienten låntaker låntakeren
    sønn sønnen sønnen min datter datteren barnet barna barnet vårt mor moren mora far faren mamma pappa
    svigerfar svigermor bror broren søster søsteren bestemor bestefar kona kone mannen ektefellen
    samboeren partneren eksmannen ekskona forlovede foreldrene foreldra onkel tante nabo naboen
    i me my mine we us our ours he him his she her hers they them their
    son daughter child children mother father mum mom dad wife husband partner spouse client customer
    owner applicant tenant fiancé fiancée
""".split())
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"')\]]|\Z)|\n[ \t]*\n")
_TOKEN = re.compile(r"[\w-]{1,40}")
_FIELD_LINE = re.compile(r"[ \t>*•-]{0,6}(?P<label>[\w][\w .-]{0,40}?)[ \t]{0,3}:[ \t]")
HEADER_LABELS = frozenset(
    "emne subject til fra to from cc kopi dato date sendt sent re sv vs fw fwd tittel title sak".split()
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end) together with the sentence before it in the same paragraph."""
    window_start = max(0, start - 600)
    boundaries = [m.end() for m in _SENTENCE_END.finditer(text, window_start, start)]
    paragraph_break = text.rfind("\n\n", window_start, start)
    if len(boundaries) >= 2:
        left = boundaries[-2]
    else:
        left = window_start
    if paragraph_break >= 0:
        left = max(left, paragraph_break)
    following = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    right = following.end() if following else min(len(text), end + 600)
    return left, right


def mentions_person(text: str, start: int, end: int) -> bool:
    """Does the sentence of [start, end) (or the one before it) speak of a person?"""
    left, right = sentence_bounds(text, start, end)
    for token in _TOKEN.finditer(text, left, right):
        word = token.group()
        if word.lower() in PERSON_WORDS:
            return True
        if word[0].isupper() and not word.isupper() and (is_first_name(word) or is_surname(word)):
            return True
    return False


def field_label(text: str, start: int) -> str | None:
    """The label of the form line ("Funksjonsnedsettelse: …", "Kredittscore: …") that `start` stands in
    (as the label or in its value), unless it is a mail header ("Emne: Lånetilsagn")."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _FIELD_LINE.match(text, line_start)
    if match is None or match.start("label") > start:
        return None
    label = match.group("label").strip().lower()
    return None if label in HEADER_LABELS else label


_NEWSLETTER = re.compile(
    r"(?i)meld deg av|avmeld|avslutt abonnement|unsubscribe|nyhetsbrev|newsletter|du får denne e-posten|"
    r"du mottar denne e-posten|you are receiving this|abonnerer på|manage your subscription"
)


@lru_cache(maxsize=64)
def is_newsletter(text: str) -> bool:
    """Mass mail (newsletters, campaigns): what it says about loans or illness is about nobody."""
    return _NEWSLETTER.search(text) is not None


def at_word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not _WORD_CHAR.match(before) and not _WORD_CHAR.match(after)
