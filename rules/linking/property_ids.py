"""Find and normalise Norwegian matrikkel references (gnr/bnr/fnr/snr) in free text.

A matrikkel unit is identified by kommune number, gårdsnummer (gnr), bruksnummer
(bnr) and optionally festenummer (fnr) and seksjonsnummer (snr). People write them
in many ways ("gnr. 12 bnr. 345", "gnr/bnr 12/345", "3201-12/345", "eiendommen
12/345"); a bare "a/b" is only taken next to a property word, because the same
shape is used for dates, fractions, invoice, case and page numbers.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache

from rules.linking.kommuner import (
    KommuneRef,
    current_kommunenr,
    find_document_kommune,
    find_kommune_after,
    find_kommune_before,
    is_known_number,
)

UNKNOWN_KOMMUNE = "????"
_MAX_RANGE = 30


@dataclass(frozen=True)
class PropertyId:
    kommunenr: str | None
    gnr: int
    bnr: int
    fnr: int | None = None
    snr: int | None = None

    def key(self) -> str:
        parts = [str(self.gnr), str(self.bnr)]
        if self.fnr or self.snr:
            parts.append(str(self.fnr or 0))
        if self.snr:
            parts.append(str(self.snr))
        return f"{self.kommunenr or UNKNOWN_KOMMUNE}-{'/'.join(parts)}"

    def with_kommune(self, kommunenr: str | None) -> PropertyId:
        return PropertyId(kommunenr, self.gnr, self.bnr, self.fnr, self.snr)

    def unit(self) -> tuple[int, int, int, int]:
        """The matrikkel unit without kommune, for matching when the kommune is unknown."""
        return (self.gnr, self.bnr, self.fnr or 0, self.snr or 0)


@dataclass(frozen=True)
class PropertyMention:
    start: int
    end: int
    text: str
    property_id: PropertyId
    kommune_as_written: str | None

    @property
    def normalized(self) -> str:
        return self.property_id.key()


# --- label vocabulary -------------------------------------------------------------
_NO = r"(?:no|nr|number|num)\.?"
_GNR = (
    r"(?:g(?:å|aa|a)rds?\s?-?\s?(?:nr|nummer)\.?|g\s?\.?\s?nr\.?|land\s+" + _NO + r"|farm\s+" + _NO + r")"
)
_BNR = (
    r"(?:bruk(?:s|et)?\s?-?\s?(?:nr|nummer)\.?|b\s?\.?\s?nr\.?|title\s+" + _NO + r"|holding\s+" + _NO
    + r"|plot\s+" + _NO + r"|unit\s+" + _NO + r")"
)
_FNR = r"(?:feste?\s?-?\s?(?:nr|nummer)\.?|f\s?\.?\s?nr\.?|leasehold\s+" + _NO + r")"
_SNR = r"(?:seksjon(?:s)?\s?-?\s?(?:nr|nummer)\.?|seksjon|seksj\.|s\s?\.?\s?nr\.?|section(?:\s+" + _NO + r")?)"
_COMBINED = (
    r"(?:g\s?\.?\s?nr\.?\s?/\s?b\s?\.?\s?nr\.?(?:\s?/\s?f\s?\.?\s?nr\.?)?(?:\s?/\s?s\s?\.?\s?nr\.?)?"
    r"|g\s?/\s?b\s?\.?\s?nr\.?|g\.?\s?b\.?\s?nr\.?|gbnr\.?|gnr\.?\s?(?:og|\+|&)\s?bnr\.?"
    r"|g(?:å|aa|a)rds-?\s+og\s+bruks(?:nr|nummer)\.?"
    r"|matr(?:ikkel)?(?:\.|-?nr\.?|-?nummer|enhet(?:en)?)?|eiendomsnr\.?|eiendomsnummer"
    r"|cadastral\s+(?:" + _NO + r"|unit|reference|ref\.?)|land\s?/\s?title\s+" + _NO + r")"
)
# A number in a list must not be a count or an amount ("og 2 etasjer", "345 kr").
_UNIT_STOP = (
    r"(?!\s*(?:etasj|etg|stk|andre|others?|m2|m²|kvm|%|prosent|år\b|dager|uker|boenhet|leilighet|units?\b"
    r"|floors?|kr\b|nok\b|,-|timer|mnd|måned|sider|pages?))"
)
_NUMBER_END = r"(?!\d)(?!\s?/\s?\d)(?![.,]\d)"
# Separators take their white space possessively (what follows them never starts with white space): with
# two or three adjacent "\s*" a cue word followed by a long run of spaces was re-read for every split of
# the run, in time growing with its square or cube.
_LIST_SEP = r"\s*+(?:,|og|and|&|\+|samt)\s*+"
_RANGE_SEP = r"\s*+(?:-|–|til|to)\s*+"
# A bnr may carry its fnr/snr after slashes ("bnr 345/2"), so only digits and decimals end it.
_BNR_END = r"(?!\d)(?![.,]\d)"
_BNR_ITEM = r"\d{1,5}" + _BNR_END + r"(?:" + _RANGE_SEP + r"\d{1,5}" + _BNR_END + r")?" + _UNIT_STOP
_BNR_LIST = _BNR_ITEM + r"(?:" + _LIST_SEP + r"(?!(?:" + _GNR + r"|" + _FNR + r"|" + _SNR + r")\b)" + _BNR_ITEM + r")*"
_VALUE_SEP = r"\s*+[:.=]?\s*+(?:nr\.?\s*+)?"
_PART_SEP = r"\s*+[,;/–-]?\s*+(?:og\s++|and\s++)?"
_B = r"(?<![\w.])"

_LABELLED = re.compile(
    _B + _GNR + _VALUE_SEP + r"(?P<gnr>\d{1,4})" + _NUMBER_END
    + _PART_SEP + _BNR + _VALUE_SEP + r"(?P<bnrs>" + _BNR_LIST + r")"
    + r"(?:\s?/\s?(?P<fnr_slash>\d{1,4})(?:\s?/\s?(?P<snr_slash>\d{1,4}))?" + _NUMBER_END + r")?"
    + r"(?:" + _PART_SEP + _FNR + _VALUE_SEP + r"(?P<fnr>\d{1,4})" + _NUMBER_END + r")?"
    + r"(?:" + _PART_SEP + _SNR + _VALUE_SEP + r"(?P<snr>\d{1,4})" + _NUMBER_END + r")?",
    re.IGNORECASE,
)
_PAIR = (
    r"(?P<gnr>\d{1,4})\s?/\s?(?P<bnr>\d{1,5})(?:\s?/\s?(?P<fnr>\d{1,4}))?(?:\s?/\s?(?P<snr>\d{1,4}))?"
    + _NUMBER_END
)
_COMBINED_PAIR = re.compile(_B + _COMBINED + _VALUE_SEP + _PAIR, re.IGNORECASE)
_PREFIXED_PAIR = re.compile(r"(?<![\d/.,-])(?P<knr>\d{4})(?P<sep>\s?[-–:]\s?|\s+)" + _PAIR)
_BARE_PAIR = re.compile(r"(?<![\d/.,:-])" + _PAIR)
# Used as .match(text, pos), which anchors at pos ("\A" would only ever match at the start of the text),
# rather than on a slice, which would copy the rest of the text for every listed pair.
_CONTINUATION = re.compile(_LIST_SEP + _PAIR + _UNIT_STOP, re.IGNORECASE)
# Also used as .match(text, pos).
_TRAILING_SNR = re.compile(
    r"\s*+[,;]?\s*+(?:og\s++)?" + _SNR + _VALUE_SEP + r"(?P<snr>\d{1,4})" + _NUMBER_END, re.IGNORECASE
)
_NUMBER = re.compile(r"\d{1,5}")

# Bare "a/b" needs one of these shortly before it, and none of the distractor words nearer. The weak ones
# name things that also have dates ("naboen kommer 12/5"), so they do not lift a pair that reads as a date.
_PROPERTY_WORDS = re.compile(
    r"(?<!\w)(?:eiendom\w*|\w*eiendom(?:men|mene)?|tomt\w*|\w+tomt(?:en)?|matr\w*|parsell\w*"
    r"|property|properties|plot|parcel|lot|gnr|bnr|g/bnr|gbnr)(?!\w)",
    re.IGNORECASE,
)
_WEAK_PROPERTY_WORDS = re.compile(
    r"(?<!\w)(?:hytt\w*|seksjon\w*|kart|kartet|situasjonskart\w*|site|nabo\w*|neighbou?r\w*|byggeplass\w*"
    r"|bolig\w*|hus|huset|garasje\w*|uthus\w*|anneks\w*|naust\w*|building|house|home)(?!\w)",
    re.IGNORECASE,
)
_DISTRACTOR_WORDS = re.compile(
    r"(?<!\w)(?:faktura\w*|invoice\w*|fakt|saks?\w*|case|arkiv\w*|ref\w*|journal\w*|dok\w*|side|sidene|page|pages|s\."
    r"|ordre\w*|order|tilbud\w*|kontrakt\w*|avtale\w*|løpenr|dato|date|datert|kl|klokken|tlf|telefon|tel|mob\w*"
    r"|konto\w*|kr|(?-i:NOK)|pris\w*|beløp|versjon|version|rev|tegning\w*|drawing|j\.?\s?nr|lnr|målestokk|skala|scale"
    r"|mål|uke|week)(?!\w)\.?",
    re.IGNORECASE,
)
_NON_PROPERTY_FOLLOWERS = re.compile(  # also .match(text, pos)
    r"\s*(?:etasj|etg|del\b|deler|dels|andel|part|av\b|of\b|floor|storey|kr\b|nok|,-|%|timer|mnd|kl\b|-?\s?dels)",
    re.IGNORECASE,
)
_DATE_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:den|dato|datert|fra|til|innen|frist|siden|per|pr|uke|mandag|tirsdag|onsdag|torsdag|fredag|lørdag"
    r"|søndag|on|by|before|after|until|since|from|date[d]?|deadline)\.?\s*\Z",
    re.IGNORECASE,
)
_STREET_BEFORE = re.compile(
    r"[A-ZÆØÅ][\wæøå.-]*(?:veien|vei|vegen|veg|gata|gate|gt\.?|stien|sti|bakken|lia|åsen|torg|torget|plass|plassen"
    r"|ringen|ring|allé|alle|brygge|kaia|tunet|grenda|haugen|jordet|løkka|svingen|stranda|kroken|road|street|lane)"
    r"\s+\d{1,4}\s?[A-Za-z]?\s*[,(]?\s*\Z"
)
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
_YEAR_AFTER = re.compile(r"\s?[-.]\s?(?:\d{2}|\d{4})(?!\d)")
_STREET_JUST_BEFORE = re.compile(
    r"(?:veien|vei|vegen|veg|gata|gate|gt\.?|stien|sti|bakken|torg|plass|allé|alle|road|street)\s*\Z", re.IGNORECASE
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÆØÅ]|\n\s*\n")
_CONTEXT_WINDOW = 40
# "Matrikkelnummer? Det er 12/345": a property word just before a sentence break still counts.
_ACROSS_SENTENCE_WINDOW = 25


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    gnr: int
    bnr: int
    fnr: int | None
    snr: int | None
    written_kommune: KommuneRef | None = None
    # End of the whole written expression: "gnr 12 bnr 345 og 346 i Asker" names Asker for both.
    context_end: int = -1

    @property
    def expression_end(self) -> int:
        return max(self.end, self.context_end)


def _optional_int(value: str | None) -> int | None:
    return int(value) if value else None


_LIST_ITEM = re.compile(r"\d{1,5}(?:" + _RANGE_SEP + r"\d{1,5})?", re.IGNORECASE)


def _bnr_items(match: re.Match) -> list[tuple[int, int, list[int]]]:
    """(start, end, bnrs) per written item of the bnr list; a range item expands to several bnrs."""
    offset = match.start("bnrs")
    items = []
    for item in _LIST_ITEM.finditer(match["bnrs"]):
        bounds = [int(n) for n in _NUMBER.findall(item.group())]
        if len(bounds) == 2 and 0 < bounds[1] - bounds[0] <= _MAX_RANGE:
            numbers = list(range(bounds[0], bounds[1] + 1))
        else:
            numbers = bounds[:1]  # "345-2" is no range; its tail is not a second bnr
        items.append((offset + item.start(), offset + item.end(), numbers))
    return items


def _labelled(text: str) -> list[_Candidate]:
    found = []
    for match in _LABELLED.finditer(text):
        gnr = int(match["gnr"])
        fnr = _optional_int(match["fnr"] or match["fnr_slash"])
        snr = _optional_int(match["snr"] or match["snr_slash"])
        items = _bnr_items(match)
        for index, (item_start, item_end, bnrs) in enumerate(items):
            last_item = index == len(items) - 1
            start = match.start() if index == 0 else item_start
            end = match.end() if last_item and len(items) == 1 else item_end
            for bnr in bnrs:
                # fnr/snr written after a list belong to its last element only.
                last = last_item and bnr == bnrs[-1]
                found.append(_Candidate(start, end, gnr, bnr, fnr if last else None, snr if last else None,
                                        context_end=match.end()))
    return found


def _pair_candidate(match: re.Match, start: int | None = None) -> _Candidate:
    return _Candidate(
        match.start() if start is None else start,
        match.end(),
        int(match["gnr"]),
        int(match["bnr"]),
        _optional_int(match["fnr"]),
        _optional_int(match["snr"]),
    )


def _prefixed(text: str) -> list[_Candidate]:
    found = []
    for match in _PREFIXED_PAIR.finditer(text):
        if not is_known_number(match["knr"]):
            continue
        # "matrikkel 3201 12/345": a space alone joins kommune and gnr only after a property word.
        if not match["sep"].strip() and not _has_property_context(text, match.start()):
            continue
        written = KommuneRef(match["knr"], current_kommunenr(match["knr"]))
        found.append(_with_kommune(_pair_candidate(match), written))
    return found


def _with_kommune(candidate: _Candidate, written: KommuneRef | None) -> _Candidate:
    return replace(candidate, written_kommune=written)


def _text_before(match: re.Match, width: int = 20) -> str:
    return match.string[max(0, match.start() - width) : match.start()]


def _looks_like_date(match: re.Match) -> bool:
    """Dates ("12/05", "12/5/24", "12/5-2024", "den 12/5") and years ("2024/117") are not gnr/bnr."""
    parts = [match["gnr"], match["bnr"], match["fnr"], match["snr"]]
    if any(part and len(part) > 1 and part.startswith("0") for part in parts):
        return True
    if _YEAR.fullmatch(match["gnr"]):
        return True
    day, month, year = int(match["gnr"]), int(match["bnr"]), match["fnr"]
    if not (day <= 31 and month <= 12):
        return False
    if year and match["snr"] is None and len(year) in (2, 4):
        return True
    return bool(_YEAR_AFTER.match(match.string, match.end())) or bool(_DATE_WORD_BEFORE.search(_text_before(match)))


def _has_property_context(text: str, start: int, words: re.Pattern = _PROPERTY_WORDS) -> bool:
    window_start = max(0, start - _CONTEXT_WINDOW)
    before = text[window_start:start]
    breaks = [b for b in _SENTENCE_BREAK.finditer(before) if len(before) - b.start() > _ACROSS_SENTENCE_WINDOW]
    if breaks:
        before = before[breaks[-1].end() - 1 :]
    property_hits = [m.end() for m in words.finditer(before)]
    if not property_hits:
        return False
    distractor_hits = [m.end() for m in _DISTRACTOR_WORDS.finditer(before)]
    return not distractor_hits or max(property_hits) > max(distractor_hits)


def _date_plausible(match: re.Match) -> bool:
    return match["fnr"] is None and int(match["gnr"]) <= 31 and int(match["bnr"]) <= 12


def _after_street_address(text: str, start: int) -> bool:
    return bool(_STREET_BEFORE.search(text[max(0, start - _CONTEXT_WINDOW) : start]))


def _bare_verdict(text: str, match: re.Match) -> bool | None:
    """Whether a bare "a/b" is a property: True or False when the text decides, None when only the
    caller's known properties can (the pair is a property exactly when (gnr, bnr) is a known unit)."""
    if _STREET_JUST_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return False  # house numbers "Storgata 12/14"
    if _has_property_context(text, match.start()):
        return True
    if _DISTRACTOR_WORDS.search(text[max(0, match.start() - _CONTEXT_WINDOW) : match.start()]):
        return False
    weak_context = _has_property_context(text, match.start(), _WEAK_PROPERTY_WORDS)
    if _date_plausible(match):
        # "12/5 i Asker" is as likely a date as a property: a property word (above) decides, or
        # a weaker one ("hytta (12/3)") when the pair is a property the caller knows.
        return None if weak_context else False
    if weak_context and match["gnr"] != match["bnr"]:
        return True  # but "huset eies 50/50" is a share
    if find_kommune_after(text, match.end()) is not None or _after_street_address(text, match.start()):
        return True
    return None


def _bare(text: str) -> list[tuple[_Candidate, bool | None]]:
    found = []
    for match in _BARE_PAIR.finditer(text):
        if _looks_like_date(match) or _NON_PROPERTY_FOLLOWERS.match(text, match.end()):
            continue
        if int(match["gnr"]) == 0 or int(match["bnr"]) == 0:
            continue
        verdict = _bare_verdict(text, match)
        if verdict is not False:
            found.append((_pair_candidate(match), verdict))
    return found


def _continuations(text: str, anchors: list[_Candidate]) -> list[_Candidate]:
    """Pairs listed after an accepted reference ("gnr/bnr 12/345 og 12/346") share its context."""
    found = []
    for anchor in anchors:
        position = anchor.expression_end
        listed = []
        while match := _CONTINUATION.match(text, position):
            listed.append(_Candidate(match.start("gnr"), match.end(), int(match["gnr"]),
                                     int(match["bnr"]), _optional_int(match["fnr"]), _optional_int(match["snr"]),
                                     anchor.written_kommune))
            position = match.end()
        if listed:
            found.extend(replace(c, context_end=position) for c in [anchor, *listed])
    return found


def _with_trailing_section(text: str, candidate: _Candidate) -> _Candidate:
    if candidate.snr is not None:
        return candidate
    match = _TRAILING_SNR.match(text, candidate.end)
    if not match:
        return candidate
    return replace(candidate, end=match.end(), snr=int(match["snr"]))


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Earlier patterns win; a later candidate overlapping an accepted one is dropped."""
    accepted: list[_Candidate] = []
    # Accepted spans that differ never overlap, so each character belongs to at most one of them:
    # checking a candidate costs its length, not the number accepted so far.
    span_at: dict[int, tuple[int, int]] = {}
    seen: set[tuple[int, int, int, int]] = set()
    for candidate in candidates:
        span = (candidate.start, candidate.end)
        clashes = any(span_at.get(position, span) != span for position in range(*span))
        identity = (candidate.start, candidate.end, candidate.gnr, candidate.bnr)
        if not clashes and identity not in seen:
            accepted.append(candidate)
            seen.add(identity)
            span_at.update(dict.fromkeys(range(*span), span))
    return accepted


def _resolve_kommune(text: str, candidate: _Candidate, document: KommuneRef | None,
                     default_kommunenr: str | None) -> tuple[str | None, str | None]:
    written = candidate.written_kommune or find_kommune_after(text, candidate.expression_end) or find_kommune_before(
        text, candidate.start
    )
    if written is None:
        written = document
    if written is not None and written.current:
        return written.current, written.as_written
    default = current_kommunenr(default_kommunenr) if default_kommunenr else None
    return default, written.as_written if written else None


def find_property_ids(
    text: str, default_kommunenr: str | None = None, known_units: Collection[tuple[int, int]] = ()
) -> list[PropertyMention]:
    """Every matrikkel reference in `text`, in order of appearance.

    A bare "a/b" is taken next to a property word, before a kommune name
    ("41/112 i Bærum"), after a street address ("Skogveien 14 (12/345)"), or when
    (gnr, bnr) is in `known_units` (the caller's known properties), unless it
    reads as a date, fraction or case/invoice/page number.

    The kommune comes from the text next to the reference, else from a single
    kommune named in the text, else from `default_kommunenr` (the caller's
    customer or thread), else it stays unknown ("????").
    """
    strong, bare = _scan(text)
    accepted_bare = [c for c, verdict in bare if verdict or (verdict is None and (c.gnr, c.bnr) in known_units)]
    candidates = _without_overlaps([*strong, *accepted_bare])
    candidates = [_with_trailing_section(text, c) for c in candidates if c.gnr > 0 and c.bnr > 0]
    # Scanning the whole text for kommune names is the costly part: only when there is a property to place.
    document = _document_kommune(text) if candidates else None
    mentions = []
    for candidate in sorted(candidates, key=lambda c: (c.start, c.bnr)):
        kommunenr, as_written = _resolve_kommune(text, candidate, document, default_kommunenr)
        property_id = PropertyId(kommunenr, candidate.gnr, candidate.bnr, candidate.fnr, candidate.snr)
        mentions.append(
            PropertyMention(candidate.start, candidate.end, text[candidate.start : candidate.end], property_id,
                            as_written)
        )
    return mentions


# The linker and the PROPERTY_ID recognizer read the same texts of a message one after the other,
# so the argument-independent scan is kept for the texts of the last few messages.
_CACHED_TEXTS = 64


@lru_cache(maxsize=_CACHED_TEXTS)
def _scan(text: str) -> tuple[tuple[_Candidate, ...], tuple[tuple[_Candidate, bool | None], ...]]:
    """The labelled references and the bare pairs with their verdicts (see _bare_verdict) of `text`."""
    strong = _labelled(text) + _prefixed(text) + [_pair_candidate(m) for m in _COMBINED_PAIR.finditer(text)]
    strong = _without_overlaps(strong)
    strong = _without_overlaps(_continuations(text, strong) + strong)
    return tuple(strong), tuple(_bare(text))


@lru_cache(maxsize=_CACHED_TEXTS)
def _document_kommune(text: str) -> KommuneRef | None:
    return find_document_kommune(text)


_QUERY_PAIR = re.compile(r"(?<![\d/])" + _PAIR)


def parse_property_id(query: str) -> PropertyId | None:
    """Read one property reference typed as a lookup query ("3201-12/345", "gnr 12 bnr 345 Bærum", "12/345")."""
    mentions = find_property_ids(query)
    if mentions:
        return mentions[0].property_id
    match = _QUERY_PAIR.search(query)
    if not match or int(match["gnr"]) == 0 or int(match["bnr"]) == 0:
        return None
    candidate = _pair_candidate(match)
    kommunenr, _ = _resolve_kommune(query, candidate, find_document_kommune(query), None)
    if kommunenr is None:
        rest = (query[: match.start()] + " " + query[match.end() :]).strip(" ,-")
        kommunenr = current_kommunenr(rest) if rest else None
    return PropertyId(kommunenr, candidate.gnr, candidate.bnr, candidate.fnr, candidate.snr)
