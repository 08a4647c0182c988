"""Norwegian kommune numbers, current and former, and the mapping between them.

The table (rules/data/kommuner.csv) lists every number with its name, its period of
validity and the number that succeeded it. Numbers were reassigned on
1 January 2020 and again on 1 January 2024 (Viken, Vestfold og Telemark and
Troms og Finnmark were split), so property references in older letters and
deeds carry numbers that no longer exist; they are mapped forward here.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).parent.parent / "data" / "kommuner.csv"


@dataclass(frozen=True)
class Kommune:
    number: str
    name: str
    valid_from: date | None
    valid_to: date | None
    successor: str | None


def fold(text: str) -> str:
    """Lower-case, accent-free form used to compare names ("Bærum" == "baerum" == "Barum")."""
    lowered = text.strip().lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("-", " ").split())


def _parse_day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=1)
def _table() -> dict[str, Kommune]:
    with _TABLE.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        return {
            row["kommunenr"]: Kommune(
                number=row["kommunenr"],
                name=row["name"],
                valid_from=_parse_day(row["valid_from"]),
                valid_to=_parse_day(row["valid_to"]),
                successor=row["successor"] or None,
            )
            for row in rows
        }


@lru_cache(maxsize=1)
def _numbers_by_name() -> dict[str, tuple[str, ...]]:
    """Folded name -> numbers; current numbers first so a reused name prefers today's kommune."""
    current: dict[str, list[str]] = {}
    former: dict[str, list[str]] = {}
    for kommune in _table().values():
        bucket = current if kommune.successor is None else former
        bucket.setdefault(fold(kommune.name), []).append(kommune.number)
    names = set(current) | set(former)
    return {name: tuple(current.get(name) or former.get(name, [])) for name in names}


def is_known_number(number: str) -> bool:
    return number in _table()


def _follow(number: str, on: date) -> str:
    seen = {number}
    kommune = _table()[number]
    while kommune.successor and kommune.successor not in seen:
        successor = _table().get(kommune.successor)
        if successor is None or (successor.valid_from and successor.valid_from > on):
            break
        seen.add(successor.number)
        kommune = successor
    return kommune.number


def current_kommunenr(number_or_name: str, on: date | None = None) -> str | None:
    """The kommune number in force on `on` (default today) for an old or new number or a name.

    Returns None for an unknown value and for a name shared by several kommuner
    (Våler, Herøy), which cannot be resolved without more context.
    """
    day = on or date.today()
    value = number_or_name.strip()
    if value.isdigit():
        number = value.zfill(4)
        return _follow(number, day) if number in _table() else None
    candidates = {_follow(number, day) for number in _numbers_by_name().get(fold(value), ())}
    return candidates.pop() if len(candidates) == 1 else None


def kommune_name(kommunenr: str) -> str | None:
    kommune = _table().get(kommunenr.strip().zfill(4))
    return kommune.name if kommune else None


# --- kommune references in free text -----------------------------------------------
@dataclass(frozen=True)
class KommuneRef:
    """A kommune as a text wrote it, and the current number it stands for (None if ambiguous)."""

    as_written: str
    current: str | None


# Kommune names that are also everyday words ("i time", "in time", "i hole", "gran", "strand"): these are
# recognised only when capitalised; other names also in lower case ("i bærum").
_NAMES_THAT_ARE_WORDS = frozenset({
    "alta", "alver", "aure", "bo", "fet", "fjord", "flå", "gol", "gran", "grane", "hamar", "heim", "hof", "hol",
    "hole", "kinn", "leka", "lier", "lom", "lund", "moss", "nes", "nome", "os", "rana", "re", "røst", "sande",
    "sel", "ski", "sola", "stad", "stange", "strand", "sula", "tana", "time", "tinn", "valle", "vang", "vega",
    "vik", "ål", "bø", "vinje", "åmot", "ås", "grue", "marker", "råde", "hvaler", "luster", "stranda",
})
_MIN_LOWER_CASE_NAME = 4


def _spellings(name: str) -> set[str]:
    ascii_simple = name.replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("Æ", "Ae").replace(
        "Ø", "O").replace("Å", "A")
    ascii_double = name.replace("ø", "oe").replace("å", "aa").replace("Ø", "Oe").replace("Å", "Aa")
    cases = [str.upper, lambda spelling: spelling]
    if name.lower() not in _NAMES_THAT_ARE_WORDS and len(name) >= _MIN_LOWER_CASE_NAME:
        cases.append(str.lower)
    return {case(base) for base in (name, ascii_simple, ascii_double) for case in cases}


@lru_cache(maxsize=1)
def _name_regex() -> str:
    spellings = {spelling for kommune in _table().values() for spelling in _spellings(kommune.name)}
    ordered = sorted(spellings, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(s).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") for s in ordered) + ")"


_KOMMUNE_WORD = r"(?:[Kk]ommune|KOMMUNE|[Mm]unicipality)"
_NUMBER_LABEL = r"(?:[Kk]ommune-?(?:nr|nummer)|[Kk]nr|KNR|[Kk]ommune\s+nr|[Mm]unicipality\s+(?:no|number))\.?"
_FILLER = r"[^.!?\n]{0,30}?"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[re.Pattern, ...]]:
    name = r"(?P<name>" + _name_regex() + r")(?![\wæøåÆØÅ])"
    number = r"(?P<num>\d{4})(?!\d)"
    label = r"(?:" + _NUMBER_LABEL + r"|" + _KOMMUNE_WORD + r")"
    lead = r"\A[\s,()\[\]–-]*(?:(?:i|in|på|ved)\s+)?(?:(?:the\s+)?municipality\s+of\s+)?"
    return {
        "after": (
            re.compile(lead + label + r"\s*:?\s*" + number + r"(?:\s+" + name + r")?"),
            re.compile(r"\A\s*\(\s*" + number + r"\s*\)"),
            re.compile(lead + r"(?:" + number + r"\s+)?" + name),
        ),
        "before": tuple(
            re.compile(form + _FILLER + r"\Z")
            for form in (
                name + r"\s+" + _KOMMUNE_WORD,
                label + r"\s*[:.]?\s*" + number + r"(?:\s+" + name + r")?",
                label + r"\s*[:.]?\s*" + name,
                number + r"\s+" + name,
                r"(?:\bi|\bin|[Mm]unicipality\s+of)\s+" + name,
            )
        ),
        "document": (
            re.compile(name + r"\s+" + _KOMMUNE_WORD + r"(?![\wæøå])"),
            re.compile(label + r"\s*[:.]?\s*" + number + r"(?:\s+" + name + r")?"),
            re.compile(r"(?:[Mm]unicipality\s+of|[Kk]ommune\s*:)\s*" + name),
        ),
    }


def _reference(match: re.Match | None) -> KommuneRef | None:
    if match is None:
        return None
    number, name = match.groupdict().get("num"), match.groupdict().get("name")
    by_number = current_kommunenr(number) if number else None
    by_name = current_kommunenr(name) if name else None
    if number and by_number and (not name or by_name == by_number):
        return KommuneRef(number, by_number)
    if name:
        # A number that disagrees with the name is a postcode ("3440 Røyken"): trust the name.
        return KommuneRef(" ".join(name.split()), by_name)
    return None


_WINDOW = 70


def find_kommune_after(text: str, position: int) -> KommuneRef | None:
    window = text[position : position + _WINDOW]
    return next(filter(None, (_reference(p.match(window)) for p in _patterns()["after"])), None)


def find_kommune_before(text: str, position: int) -> KommuneRef | None:
    window = text[max(0, position - _WINDOW) : position]
    matches = [m for m in (p.search(window) for p in _patterns()["before"]) if m]
    # The reference written closest to the property wins.
    return _reference(max(matches, key=_reference_end, default=None))


def _reference_end(match: re.Match) -> int:
    return max(match.end(group) for group, value in match.groupdict().items() if value)


def find_document_kommune(text: str) -> KommuneRef | None:
    """The one kommune a text names explicitly ("Bærum kommune", "kommunenr. 3201"), if exactly one."""
    matches = sorted((m for p in _patterns()["document"] for m in p.finditer(text)), key=lambda m: m.start())
    references = [ref for ref in map(_reference, matches) if ref and ref.current]
    currents = {ref.current for ref in references}
    return references[0] if len(currents) == 1 else None


def kommune_from_domain(address_or_domain: str) -> str | None:
    """Current number of the kommune behind an address like postmottak@baerum.kommune.no."""
    labels = address_or_domain.rsplit("@", 1)[-1].lower().split(".")
    if len(labels) < 3 or labels[-2:] != ["kommune", "no"]:
        return None
    slug = labels[-3]
    matches = {
        current_kommunenr(k.number)
        for k in _table().values()
        if slug in {_slug(k.name, double=False), _slug(k.name, double=True)}
    }
    return matches.pop() if len(matches) == 1 else None


def _slug(name: str, double: bool) -> str:
    lowered = name.lower()
    lowered = lowered.replace("æ", "ae").replace("ø", "oe" if double else "o").replace("å", "aa" if double else "a")
    return "-".join(lowered.split())
