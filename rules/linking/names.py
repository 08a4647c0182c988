"""Finding customers' names in a message: accent-insensitive, with initials and double surnames.

A name counts for more where it says who writes (sender's display name,
signature) than where it merely occurs (body, quoted text).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from rules.linking.kommuner import fold

# How much a full-name match in each part of a message says about who the message concerns.
SECTION_WEIGHTS = {
    "display_name": 0.75,
    "address_name": 0.6,
    "signature": 0.8,
    "greeting": 0.6,
    "subject": 0.55,
    "body": 0.45,
    # Staff writing to staff about a customer ("Bjørn Kvalheim ringte i dag") name whom the note is about.
    "internal_note": 0.8,
    # "min kone, Synnøve Brekke", "mannen til Ragnhild Moe", "on behalf of my wife": a spouse or agent
    # writes about the customer's case, as the issue asks to link.
    "on_behalf_of": 0.8,
    "quoted": 0.4,
    "attachment": 0.4,
}
# How much a written form of the name is worth relative to the full name.
FULL, FIRST_LAST, REVERSED, OTHER_SURNAME, OTHER_FIRST_NAME = 1.0, 0.95, 0.9, 0.85, 0.8
# "P.O. Aasen" pins a person down almost as well as the full name; "P. Aasen" much less.
ALL_INITIALS, INITIAL_AND_SURNAMES, ONE_INITIAL = 0.95, 0.9, 0.8

_GREETING = re.compile(r"^\s*(hei|hallo|hi|hello|dear|kjære|god\s+(morgen|dag|kveld)|til|att:?)\b", re.IGNORECASE)
_CLOSING = re.compile(
    r"^\s*(mvh|m\.v\.h\.?|med\s+vennlig\s+hilsen|vennlig\s+hilsen|vh|hilsen|beste\s+hilsen|hilsen\s+fra"
    r"|(best|kind|warm)\s+regards|regards|best|cheers|sincerely|yours\s+(sincerely|faithfully)|takk|thanks"
    r"|thank\s+you|med\s+hilsen)\b[\s,!.]*",
    re.IGNORECASE,
)
# The leading white space is taken possessively and "… skrev …:" is checked apart (_is_quote_start):
# with backtracking, a long line of spaces or words would cost time in the square of its length.
_QUOTE_START = re.compile(
    r"\s*+(>|on\s.+wrote:|den\s.+skrev|-{2,}\s*(original|opprinnelig|forwarded|videresendt)"
    r"|(fra|from)\s*:)",
    re.IGNORECASE,
)
_WROTE = re.compile(r"\sskrev\s", re.IGNORECASE)


def _is_quote_start(line: str) -> bool:
    """A line opening quoted mail: "> …", "On … wrote:", "Den … skrev", "Kari skrev 3. mars kl. 10:", "Fra:"."""
    if _QUOTE_START.match(line):
        return True
    stripped = line.rstrip()
    return stripped.endswith(":") and _WROTE.search(stripped, 1, len(stripped) - 1) is not None
_ON_BEHALF_OF = re.compile(
    r"\b(?:på\s+vegne\s+av(?:\s+min\s+\w+)?|(?:min|mi)\s+(?:kone|kona|mann|ektefelle|samboer|klient)"
    r"|(?:mannen|kona|ektefellen|samboeren)\s+til|jeg\s+representerer|vår\s+klient"
    r"|on\s+behalf\s+of(?:\s+my\s+\w+)?|my\s+(?:wife|husband|spouse|partner|client)|our\s+client|i\s+represent)"
    r"[\s,:]+",
    re.IGNORECASE,
)
_ON_BEHALF_OF_WORDS = 4
_ON_BEHALF_OF_WINDOW = 400
_SIGNATURE_LINES = 5
_CLOSING_SEARCH_LINES = 8
_MAX_CLOSING_WORDS = 7
_ORGANISATION_SUFFIXES = {"as", "asa", "ans", "da", "sa", "ba", "ks", "nuf", "ltd", "inc", "gmbh", "ab", "sameie",
                          "borettslag", "brl"}
_ORGANISATION_PREFIXES = {"sameiet", "borettslaget", "stiftelsen", "dodsboet", "boet"}
_MIN_SINGLE_WORD_ORGANISATION = 6
_COUPLE_JOINERS = {"og", "and", "&"}


@dataclass(frozen=True)
class Section:
    kind: str
    text: str


@dataclass(frozen=True)
class NameMatch:
    customer_ids: frozenset[str]
    weight: float
    detail: str


def _tokens(text: str) -> list[str]:
    # ASCII spellings of æ/ø/å ("Saether", "Oeverby", "Aasen") meet the folded letters. Commas are kept
    # as tokens so that "Strand, Per" is a reversed name but "stranda per meter" is not.
    tokens = re.findall(r"[a-z0-9]+|&|,", fold(text))
    return [token.replace("aa", "a").replace("oe", "o").replace("ae", "e") for token in tokens]


def _is_organisation(tokens: tuple[str, ...]) -> bool:
    return (tokens[-1] in _ORGANISATION_SUFFIXES or tokens[0] in _ORGANISATION_PREFIXES
            or any(token.isdigit() for token in tokens))


def _organisation_variants(tokens: tuple[str, ...]) -> list[tuple[tuple[str, ...], float]]:
    """"Fjordbygg AS" is also written "Fjordbygg"; a company has no initials or reversed form."""
    variants = [(tokens, FULL)] if len(tokens) > 1 else []
    core = tokens[:-1] if tokens[-1] in _ORGANISATION_SUFFIXES else tokens
    if len(core) > 1 or (core and len(core[0]) >= _MIN_SINGLE_WORD_ORGANISATION):
        variants.append((core, FIRST_LAST))
    return variants


def _name_variants(name: str) -> list[tuple[tuple[str, ...], float]]:
    tokens = tuple(t for t in _tokens(name) if t != ",")
    if not tokens:
        return []
    if len(tokens) == 1 or _is_organisation(tokens):
        return _organisation_variants(tokens)
    first, last, middle = tokens[0], tokens[-1], tokens[1:-1]
    variants = [(tokens, FULL), ((first, last), FIRST_LAST), ((last, ",", first), REVERSED),
                ((first[0], last), ONE_INITIAL), ((first[0], *tokens[1:]), INITIAL_AND_SURNAMES)]
    if middle:
        # "Kari Nordmann Hansen" may write herself "Kari Nordmann"; "Ola Petter Berg" may go by "Petter Berg".
        variants += [((first, middle[-1]), OTHER_SURNAME), ((middle[0], last), OTHER_FIRST_NAME),
                     ((first[0], middle[0][0], last), ALL_INITIALS)]
    best: dict[tuple[str, ...], float] = {}
    for variant, factor in variants:
        best[variant] = max(factor, best.get(variant, 0.0))
    return list(best.items())


_CONTACT_SEPARATOR = re.compile(r"\s+(?:v/|c/o|ved|att:?)\s*", re.IGNORECASE)
_COUPLE_SEPARATOR = re.compile(r"\s+(?:og|and|&)\s+", re.IGNORECASE)


def people_in_record(name: str) -> list[str]:
    """The names one customer record stands for.

    "Solberg, Ingrid" -> Ingrid Solberg; "Kari og Ola Holm" -> Kari Holm, Ola Holm;
    "Fjordbygg AS v/ Vegard Lunde" -> the company and its contact person.
    """
    people = []
    for part in _CONTACT_SEPARATOR.split(name.strip()):
        last, comma, first = part.partition(",")
        part = f"{first.strip()} {last.strip()}" if comma and first.strip() else part
        members = [m.strip() for m in _COUPLE_SEPARATOR.split(part) if m.strip()]
        surname = members[-1].split()[-1] if len(members) > 1 and len(members[-1].split()) > 1 else ""
        people += [f"{m} {surname}" if surname and len(m.split()) == 1 else m for m in members]
    return people


class NameIndex:
    def __init__(self, customers: Iterable[tuple[str, str]]):
        self._by_first_token: dict[str, dict[tuple[str, ...], dict[str, float]]] = defaultdict(
            lambda: defaultdict(dict))
        for customer_id, record_name in customers:
            variants = [v for name in people_in_record(record_name) for v in _name_variants(name)]
            for variant, factor in variants:
                owners = self._by_first_token[variant[0]][variant]
                owners[customer_id] = max(factor, owners.get(customer_id, 0.0))

    def _scan(self, tokens: list[str], start: int) -> tuple[int, dict[str, float]] | None:
        """The longest name variant starting at `start`: its length and {customer: factor}."""
        best = None
        for variant, owners in self._by_first_token.get(tokens[start], {}).items():
            if tuple(tokens[start : start + len(variant)]) == variant and (best is None or len(variant) > best[0]):
                best = (len(variant), owners)
        return best

    def find(self, sections: Iterable[Section]) -> list[NameMatch]:
        matches = []
        for section in sections:
            tokens = _tokens(section.text)
            for start in range(len(tokens)):
                candidates = [(start, tokens)]
                # "Ola og Kari Hansen": Ola Hansen is named too.
                if start + 3 < len(tokens) and tokens[start + 1] in _COUPLE_JOINERS:
                    candidates.append((0, [tokens[start], *tokens[start + 3 :]]))
                for position, sequence in candidates:
                    found = self._scan(sequence, position)
                    if found:
                        length, owners = found
                        weight = SECTION_WEIGHTS[section.kind] * max(owners.values())
                        detail = f"name in {section.kind}"
                        matches.append(NameMatch(frozenset(owners), round(weight, 3), detail))
        return matches


def _on_behalf_of(text: str) -> list[Section]:
    """The few words after each proxy phrase, where the customer's name stands."""
    # Only a window after each phrase is split: splitting the rest of the text each time would cost
    # time in the square of its length when the phrase recurs.
    return [Section("on_behalf_of",
                    " ".join(text[match.end():match.end() + _ON_BEHALF_OF_WINDOW].split()[:_ON_BEHALF_OF_WORDS]))
            for match in _ON_BEHALF_OF.finditer(text)]


def _split_body(body: str, internal: bool = False) -> list[Section]:
    lines = body.splitlines()
    quote_at = next((i for i, line in enumerate(lines) if _is_quote_start(line)), len(lines))
    own, quoted = lines[:quote_at], lines[quote_at:]
    sections = []
    content_indexes = [i for i, line in enumerate(own) if line.strip()]
    if content_indexes and _GREETING.match(own[content_indexes[0]]):
        sections.append(Section("greeting", own[content_indexes[0]]))
        own = own[: content_indexes[0]] + own[content_indexes[0] + 1 :]
    content_lines = [i for i, line in enumerate(own) if line.strip()]
    # A closing ("Mvh", "Takk") is a short line near the end; "Takk for sist, ..." opening a letter is not one.
    closing_at = next(
        (i for i in reversed(content_lines[-_CLOSING_SEARCH_LINES:])
         if _CLOSING.match(own[i]) and len(own[i].split()) <= _MAX_CLOSING_WORDS),
        None,
    )
    if closing_at is not None:
        closing_line = _CLOSING.sub("", own[closing_at], count=1)
        signature = [closing_line, *own[closing_at + 1 : closing_at + 1 + _SIGNATURE_LINES]]
        sections.append(Section("signature", "\n".join(signature)))
        own = own[:closing_at] + own[closing_at + 1 + _SIGNATURE_LINES :]
    else:
        content = [i for i, line in enumerate(own) if line.strip()]
        if content and len(own[content[-1]].split()) <= 5:
            sections.append(Section("signature", own[content[-1]]))
            own = own[: content[-1]]
    own_text = "\n".join(own)
    sections.append(Section("internal_note" if internal else "body", own_text))
    sections += _on_behalf_of(own_text)
    if quoted:
        sections.append(Section("quoted", "\n".join(quoted)))
    return sections


def message_sections(subject: str, body: str, attachment_texts: Iterable[str], display_name: str,
                     written_by_staff: bool = False, sender_address: str = "",
                     internal: bool = False) -> list[Section]:
    """The parts of a message where a name may appear, each with its own weight.

    In the firm's own mail the signature and sender name are a staff member's,
    never a customer's, even when a customer shares the name. `internal`: staff wrote to staff only.
    """
    sections = [Section("subject", subject), *_split_body(body, internal)]
    if written_by_staff:
        sections = [section for section in sections if section.kind != "signature"]
    sections += [Section("attachment", text) for text in attachment_texts]
    if display_name and not written_by_staff:
        sections.append(Section("display_name", display_name))
    if sender_address and not written_by_staff:
        # "ingrid.solberg@newmail.no" names its owner even when the display name is lost.
        local_part = sender_address.rsplit("@", 1)[0]
        sections.append(Section("address_name", re.sub(r"[._+-]+|\d+", " ", local_part)))
    return sections
