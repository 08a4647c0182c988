"""What a person's name looks like: gazetteers, known names, and what rules a span out (firms).

Gazetteers are in data/ (sources and licence in README.md). Names are compared case-folded.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rules.linking.kommuner import current_kommunenr

_DATA = Path(__file__).with_name("data")

NAME_WORD = r"[A-ZÆØÅÄÖÜÉ][a-zæøåäöüéèáóíçñšł'´]+(?:-[A-ZÆØÅa-zæøå][a-zæøåäöüé]+)?"
INITIAL = r"[A-ZÆØÅ]\."
NAME_TOKEN = re.compile(rf"{NAME_WORD}|{INITIAL}")
# Words that join a run of capitalized names without being names themselves.
PARTICLES = frozenset({"von", "van", "de", "af", "der", "den", "la", "le", "bin", "al"})

TITLES = r"(?:herr|fru|frøken|frk\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|advokat|arkitekt|saksbehandler)"

_LEGAL_FORM = re.compile(
    r"\s*(?:&\s*(?:Co\.?|Sønn(?:er)?|Partners?|[A-ZÆØÅ]\w+)\s*)?,?\s*"
    r"(?:AS|ASA|ANS|DA|SA|BA|NUF|KS|IKS|SF|HF|Ltd\.?|LLC|Inc\.?|GmbH|AB|Oy|ApS|Holding|Group|Gruppen)(?![\w])"
)
# Words that make a capitalized run an organisation, a place or a product rather than a person.
FIRM_WORDS = frozenset(w.lower() for w in """
    kommune fylkeskommune kommunes bank banken sparebank sparebanken eiendom eiendommer bygg byggmester
    arkitekt arkitekter arkitektkontor advokatfirma advokatfirmaet advokater entreprenør elektro rør
    rørlegger maler snekker tak vvs consult consulting holding gruppen group kartverket skatteetaten
    nav husbanken politiet tingretten lagmannsretten fylkesmannen statsforvalteren direktoratet
    tilsyn byggesak plan bygningsetaten etaten sykehus sykehuset skole skolen barnehage
    borettslag borettslaget sameie sameiet boligsameie boligsameiet stiftelse forening velforening klubb invest finans forsikring tryg gjensidige if
    storebrand dnb nordea obos usbl proess vann avløp energi avdeling avdelingen kundesenter kundesenteret
    kundeservice legal services solutions partner partners
    street road gate gata veien vei allé plass torg brygge senter senteret kjøpesenter
""".split())
# Capitalized words that start sentences and headers in mail but are not names.
NOT_NAMES = frozenset(w.lower() for w in """
    hei hallo hi hello dear kjære takk thanks mvh hilsen vennlig med beste best regards kind
    fra til kopi emne sendt dato date from to subject sent cc re sv vs fw fwd videresendt
    tlf telefon mobil mob e-post epost email adresse address org kontonr konto faktura tilbud
    prosjekt prosjektleder daglig leder saksbehandler avdeling kunde kunden gnr bnr snr fnr
    jeg vi du dere han hun de det den dette denne som og eller men i på av for med om
    mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli
    august september oktober november desember monday tuesday wednesday thursday friday
    angående ang vedlagt vedlegg se ser god godt ha har kan vil skal nå ny nye mer
    kommune vennlige hilsener sincerely yours team support post kontakt info sir madam
    please thank welcome dear all alle mr mrs ms dr cheers regards thanks sirs madams gentlemen colleagues
    regnskap økonomi styret salg ledelsen administrasjonen resepsjonen sentralbordet kundesenteret
    drift teknisk innkjøp prosjekt prosjektavdelingen familien oss
""".split())


def _read_list(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(names, ambiguous names): lines after '# AMBIGUOUS' are names that are also words."""
    plain, ambiguous, target = set(), set(), None
    target = plain
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() == "# AMBIGUOUS":
            target = ambiguous
        elif line.strip() and not line.startswith("#"):
            target.add(line.strip().lower())
    return frozenset(plain), frozenset(ambiguous)


@lru_cache(maxsize=1)
def gazetteers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, ambiguous first names, surnames), case-folded."""
    first, ambiguous = _read_list("first_names.txt")
    surnames, _ = _read_list("surnames.txt")
    return first, ambiguous, surnames


def is_first_name(word: str) -> bool:
    first, ambiguous, _ = gazetteers()
    folded = word.lower()
    return folded in first or folded in ambiguous or any(part in first for part in folded.split("-"))


def is_unambiguous_first_name(word: str) -> bool:
    first, _, _ = gazetteers()
    folded = word.lower()
    return folded in first or all(part in first for part in folded.split("-"))


def is_surname(word: str) -> bool:
    return word.lower() in gazetteers()[2]


def is_firm(text: str, start: int, end: int) -> bool:
    """The span names or starts an organisation: "Hansen Bygg AS", "Bærum kommune", "DNB"."""
    words = {w.lower() for w in re.findall(r"\w+", text[start:end])}
    if words & FIRM_WORDS or _LEGAL_FORM.search(text[start:end]):
        return True
    following = text[end:end + 40]
    if _LEGAL_FORM.match(following):
        return True
    next_word = re.match(r"[ \t]+(\w+)", following)
    return bool(next_word and next_word.group(1).lower() in FIRM_WORDS)


def looks_like_name(span: str) -> bool:
    """1 to 5 capitalized name words (initials and particles allowed), none a known non-name."""
    tokens = span.split()
    if not 1 <= len(tokens) <= 5:
        return False
    names = [t for t in tokens if t not in PARTICLES]
    return bool(names) and all(NAME_TOKEN.fullmatch(t) and t.lower().rstrip(".") not in NOT_NAMES for t in names)


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading titles and greeting words and trailing punctuation from a proposed name span."""
    while True:
        head = re.match(rf"(?i:{TITLES}|[^\W\d_]+)[ \t]+", text[start:end])
        if not head or (head.group().strip().lower().rstrip(".") not in NOT_NAMES
                        and not re.fullmatch(TITLES, head.group().strip(), re.IGNORECASE)):
            break
        start += head.end()
    while end > start and not (text[end - 1].isalpha() or text[end - 1] == "."):
        end -= 1
    if end > start and text[end - 1] == "." and not re.search(rf"(?:^|\s){INITIAL}$", text[start:end]):
        end -= 1
    return start, end


_PARTICLE = rf"(?:{'|'.join(PARTICLES)})(?=[ \t]+[A-ZÆØÅ])"
_RUN = re.compile(rf"(?:{NAME_WORD}|{INITIAL})(?:[ \t]+(?:{NAME_WORD}|{INITIAL}|{_PARTICLE}))*")
_TOKEN = re.compile(r"\S+")


def capitalized_runs(text: str):
    """Runs of capitalized words on one line, each as a list of (word, start, end)."""
    for run in _RUN.finditer(text):
        tokens = [(m.group(), run.start() + m.start(), run.start() + m.end()) for m in _TOKEN.finditer(run.group())]
        yield tokens


def normalize_known_names(names: Iterable[str]) -> dict[tuple[str, ...], str]:
    """Known full names by their case-folded tokens; single words are too ambiguous to keep."""
    known = {}
    for name in names:
        if name.count(",") == 1:
            surname, given = name.split(",")
            name = f"{given} {surname}"
        tokens = tuple(t.lower() for t in re.findall(r"[\w'.-]+", name))
        if len(tokens) >= 2:
            known[tokens] = name
    return known


def person_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The proposed span trimmed to the name, or None if what remains is not a person's name."""
    start, end = trim_name(text, start, end)
    if end <= start or not looks_like_name(text[start:end]) or is_firm(text, start, end):
        return None
    if _DEFINITE_NOUN.fullmatch(text[start:end]) and not (is_first_name(text[start:end]) or is_surname(text[start:end])):
        return None
    return start, end


# A long lone word in definite form ("Økonomiavdelingen", "Kundesenteret") is a noun, not a name.
_DEFINITE_NOUN = re.compile(
    r"\w{7,}(?:en|et|ene)|\w*(?:gruppa|gruppen|avdeling|avdelingen|teamet|kontoret|etaten|tjenesten|senteret)"
)


# Starts only where a word starts, and a run of capitals is read once (possessive): otherwise a long run of
# capitals is tried from each of its letters and read again from each, in time the square of its length.
_ORGANISATION = re.compile(
    rf"(?<!\w)(?:{NAME_WORD}[ \t]+|[A-ZÆØÅ]{{2,}}+[ \t]+){{1,4}}(?:&[ \t]+\w+[ \t]+)?"
    r"(?:AS|ASA|ANS|DA|SA|BA|NUF|Ltd\.?|LLC|Inc\.?|GmbH|AB|[Kk]ommune|[Bb]ank|Sparebank|Eiendom|Bygg)(?![\w])"
)


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """"Hansen Bygg AS", "Bærum kommune", "Nordea Bank": capitalized runs that end in a firm word."""
    return [match.span() for match in _ORGANISATION.finditer(text)]


@lru_cache(maxsize=4096)
def is_common_capitalized(word: str) -> bool:
    """A capitalized word that is not a person's name: greeting/header words, firm words, kommune names."""
    folded = word.lower()
    return folded in NOT_NAMES or folded in FIRM_WORDS or current_kommunenr(word) is not None
