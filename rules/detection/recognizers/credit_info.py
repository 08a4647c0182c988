"""Credit information about a person: credit checks and scores, payment remarks, debt and debt
collection, loan approvals, financing certificates, debt settlement.

Span (rules/detection/README.md): the whole statement of the fact: the term with its modifiers
("lav kredittscore", "to betalingsanmerkninger"), its amount and lender ("finansieringsbevis på 4,8
mill. fra Storebrand", "approved mortgage of NOK 2.1 million") or its value in a form ("Kredittscore
38/100", "Betalingsanmerkning: 2", "Forbruksgjeld: kr 140 000"); a loan granted is taken from "fått
innvilget" ("fått innvilget lån i Handelsbanken"), because "lån" alone says nothing.

Not a person's credit information: a heading word alone in a subject ("Lånetilsagn"), newsletters
about interest rates and loans, the threat in a dunning letter ("sendes saken til inkasso", "will be
transferred to a debt collection agency", fees such as "inkassosalær"), and a firm's own credit
("kredittvurdering av Byggmester Aas AS").
"""
from __future__ import annotations

import re

from rules.detection.phrases import extend_left, field_label, is_newsletter, mentions_person, previous_word
from rules.detection.recognizer import Pattern, PatternRecognizer, words_regex

_TERMS = (
    # several words first: the alternation takes the first alternative that fits
    r"(?:fått[ \t]{1,3})?innvilget[ \t]{1,3}[a-zæøå]{0,12}lån(?:et)?", r"fått bekreftet finansieringen",
    r"sagt nei til lån", r"(?:fått|fikk) avslag på (?:lånesøknaden|lånet|lån)",
    r"approved for a (?:mortgage|loan)", r"approved (?:mortgage|loan)", r"debt collection agency",
    r"loan pre-approval", r"mortgage pre-approval",
    r"credit checks?", r"credit report", r"credit score", r"credit rating", r"payment remarks?",
    r"debt collection", r"debt collector", r"collection agency", r"loan approval", r"mortgage approval",
    r"pre-approval", r"proof of financing", r"debt settlement", r"loan application", r"mortgage application",
    r"default notice", r"personlig konkurs",
    r"kredittsjekk(?:en|et|er)?", r"kredittsjekket", r"kredittsjekke", r"kredittvurdering(?:en|er)?",
    r"kredittopplysning(?:er|ene)?", r"kredittscore(?:n)?", r"kredittverdighet(?:en)?",
    r"betalingsanmerkning(?:er|en|ene)?", r"inkasso[a-zæøå]{0,12}",
    r"lånetilsagn(?:et)?", r"finansieringsbevis(?:et)?", r"finansieringsbekreftelse(?:n)?", r"lånebevis(?:et)?",
    r"gjeldsordning(?:en)?", r"utleggstrekk(?:et)?", r"utleggsforretning(?:en)?", r"utlegg",
    r"tvangssalg(?:et)?", r"tvangsinndrivelse(?:n)?", r"betalingsproblemer", r"betalingsvansker",
    r"betalingsudyktig", r"misligholdt", r"mislighold(?:et)?", r"byggelån(?:et)?", r"lånesøknad(?:en)?",
    r"forbruksgjeld(?:en)?", r"gjeld", r"gjelden",
)
# In front: "lav kredittscore", "to betalingsanmerkninger", "for høy gjeld", "forrige lånesøknad".
_MODIFIERS = frozenset(
    "lav lavt høy høyt god godt dårlig gammel gamle ny nye to tre fire flere ingen forrige positiv negativ "
    "samlet total mye stor low high good poor bad previous no".split()
)
# "for" belongs to the phrase only as "for høy gjeld", "for mye gjeld", not "sendt til banken for kredittvurdering".
_TOO = re.compile(r"(?i)for[ \t]{1,3}(?:høy|mye|stor)[ \t]{1,3}\Z")
_AMOUNT = (r"(?:inntil[ \t]{1,3}|ca\.?[ \t]{1,3}|rundt[ \t]{1,3}|omtrent[ \t]{1,3}|about[ \t]{1,3}|up to[ \t]{1,3})?"
           r"(?:kr\.?[ \t]{0,2}|NOK[ \t]{0,2})?\d[\d,.]{0,9}(?:[ \u00a0]\d{3}){0,3}"
           r"(?:[ \t]{1,2}(?:mill\.|mill|millioner|million|mrd\.|milliarder|kroner|kr\.?|NOK)(?![\w]))?")
_COMPLEMENT = re.compile(
    # amount: "på 4,8 mill.", "of NOK 2.1 million", "up to NOK 1.2 million"
    rf"\s{{1,3}}(?:på|of|for|opp til|up to)\s{{1,3}}{_AMOUNT}"
    rf"|\s{{1,3}}(?=up to|inntil){_AMOUNT}"
    # lender: "fra Storebrand", "i Handelsbanken", "hos namsmannen", "with Sbanken", "fra Sparebank 1"
    r"|\s{1,3}(?:fra|i|hos|from|with|by)\s{1,3}(?:banken|namsmannen|namsfogden|lånekassen|"
    r"[A-ZÆØÅ][\wæøå]{1,20}(?:[ \t](?:1|[A-ZÆØÅ][\wæøå]{1,20}))?)(?![\w])"
    # the loan it is for: "lånetilsagn på byggelånet"
    r"|[ \t]{1,3}på[ \t]{1,3}(?:byggelånet|boliglånet|lånet)(?![\w])"
)
# A form's value: "Kredittscore 38/100", "Kredittscore: 72 av 100", "Betalingsanmerkning: 2",
# "Betalingsanmerkninger: ingen", "Forbruksgjeld: kr 140 000".
_FIELD_VALUE = re.compile(
    r"[ \t]{0,3}:?[ \t]{0,3}(?:\d{1,3}[ \t]{0,2}(?:/|av|of|out of)[ \t]{0,2}\d{1,3}(?![\d])"
    r"|(?<=:)[ \t]{0,3}(?:ingen|nei|ja|none|no|yes)(?![\w])"
    rf"|(?<=[: \t])(?:kr\.?[ \t]{{0,2}}|NOK[ \t]{{0,2}})\d[\d,.]{{0,9}}(?:[ \u00a0]\d{{3}}){{0,3}}(?:,-)?"
    r"|(?<=[: \t])\d{1,3}(?![\d/.,]))"
)
_FIELD_HEADS = re.compile(r"(?i)kredittscore|betalingsanmerkning|gjeld|forbruksgjeld|credit score|payment remark")
# Words that say nothing without an amount, a value or a modifier ("gjelden er nedbetalt").
_NEEDS_MORE = frozenset({"gjeld", "gjelden"})
_UTLEGG_VERBS = frozenset("tatt tok fått fikk begjært".split())
# Fees and threats in a dunning letter are a template, not a statement about anyone's credit.
_DUNNING_FEES = re.compile(r"(?i)inkasso(?:salær|gebyr|kostnad|kostnader|varselgebyr)")
_THREAT_BEFORE = re.compile(
    r"(?i)(?:sendes|oversendes|oversendt|overføres|overført|overlates|vil bli|blir|will be|will register|"
    r"will pass|pass the claim|transferred|forwarded|referred)(?![\w])"
)
_SENTENCE_START = re.compile(r"[.!?]|\n[ \t]*\n")
# A firm's own credit: "kredittvurdering av Byggmester Aas AS", "… av entreprenøren".
_OF_A_FIRM = re.compile(
    r"[ \t]{1,3}(?:av|of)[ \t]{1,3}(?:entreprenøren|firmaet|selskapet|leverandøren|foretaket|the company|"
    r"the contractor|[^\n.]{0,40}?(?<![\w])(?:AS|ASA|AB|Ltd|ANS|DA|SA)(?![\w]))"
)
_AMOUNT_OR_VALUE = re.compile(r"\d")


class CreditInfoRecognizer(PatternRecognizer):
    name = "credit_info"
    label = "CREDIT_INFO"
    patterns = (Pattern("credit_term", words_regex(*_TERMS), 0.85),)

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        word = match.group().lower()
        if is_newsletter(text) or _DUNNING_FEES.fullmatch(word) or _OF_A_FIRM.match(text, match.end()):
            return None
        if word == "utlegg":
            before = previous_word(text, match.start())
            if before is None or before[0].lower() not in _UTLEGG_VERBS:
                return None
        start, end = self.span(text, match, pattern)
        grown = text[start:end]
        if word in _NEEDS_MORE and grown.lower() == word:
            return None
        if _is_threat(text, match.start()):
            return None
        if field_label(text, match.start()) is not None and _FIELD_HEADS.match(word):
            return pattern.score
        if _AMOUNT_OR_VALUE.search(text, match.end(), end):
            return pattern.score
        if _is_header_line(text, match.start()):
            return pattern.score if mentions_person(text[_line_start(text, match.start()):end], 0, 0) else None
        return pattern.score if mentions_person(text, match.start(), match.end()) else None

    def span(self, text: str, match: re.Match, pattern: Pattern) -> tuple[int, int]:
        start, end = match.span()
        # Credit facts are often a form, one per line: a modifier is never taken from the line above.
        start = extend_left(text, start, _MODIFIERS, limit=2, cross_lines=False)
        too = _TOO.search(text, max(0, match.start() - 16), match.start())
        if too is not None:
            start = min(start, too.start())
        if _FIELD_HEADS.match(match.group()):
            value = _FIELD_VALUE.match(text, end)
            if value is not None and value.end() > end:
                return start, _trim(text, end, value.end())
        for _ in range(3):
            complement = _COMPLEMENT.match(text, end)
            if complement is None:
                break
            end = _trim(text, end, complement.end())
        return start, end


def _trim(text: str, start: int, end: int) -> int:
    """No trailing space, comma or sentence full stop (but "mill." keeps its dot)."""
    while end > start and (text[end - 1] in " \t\u00a0,"
                           or text[end - 1] == "." and not text[max(start, end - 5):end].lower().endswith(("mill.", "mrd.", "kr.", "ca."))):
        end -= 1
    return end


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _is_header_line(text: str, position: int) -> bool:
    line = text[_line_start(text, position):position].lower().lstrip(" >")
    return line.startswith(("emne:", "subject:", "re:", "sv:", "vs:", "fw:", "fwd:", "tittel:", "sak:"))


def _is_threat(text: str, position: int) -> bool:
    """The term stands in a dunning letter's conditional threat in the same sentence."""
    window_start = max(0, position - 80)
    window = text[window_start:position]
    sentence_starts = [m.end() for m in _SENTENCE_START.finditer(window)]
    sentence = window[sentence_starts[-1]:] if sentence_starts else window
    return _THREAT_BEFORE.search(sentence) is not None
