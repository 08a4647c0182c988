"""Data-subject requests in the mailbox: access, erasure, rectification, restriction, objection,
portability and consent withdrawal (GDPR art. 15-18, 20, 21, 7(3)), in Norwegian and English.

A request found here is only ever a *suggestion*: staff confirm or dismiss it. Finding one
is cheap to check and costly to miss (the one-month deadline runs from the day the mail
came in), so the rules aim at every real request while keeping false suggestions rare.

How a sentence is read. Text is cut into sentences; a sentence asks for something of a
kind when it has that kind's *action* words, an *object* that is the person's own data,
and the writer speaking for themselves (jeg/meg/min, I/me/my). "Du har rett til innsyn i
dine personopplysninger" (a newsletter's footer) is nobody's request; "innsyn i saken"
(a municipality's case access) and "slett forrige e-post" have no personal-data object;
"rette tegningen" corrects a drawing, not data about a person.

Who is not asking. The firm's own staff (their replies and internal notes), municipalities
(``*.kommune.no``), automatic replies and bulk mail are never data subjects asking; the
caller says which of these a message is. Quoted text (lines starting with ">", or after
"… skrev:" / "… wrote:") is the earlier mail, not the sender's words.

Every pattern is a plain alternation of words and short phrases with bounded gaps, run once
per sentence over text capped in length: time grows linearly with the mail's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACCESS = "access"
ERASURE = "erasure"
RECTIFICATION = "rectification"
RESTRICTION = "restriction"
OBJECTION = "objection"
PORTABILITY = "portability"
CONSENT_WITHDRAWAL = "consent_withdrawal"
KINDS = (ACCESS, ERASURE, RECTIFICATION, RESTRICTION, OBJECTION, PORTABILITY, CONSENT_WITHDRAWAL)

MAX_TEXT = 20_000  # characters read per mail: requests are stated near the top, and time stays bounded

# ---------------------------------------------------------------- vocabulary


def _words(*alternatives: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


# The writer speaks for themselves (matched on casefolded text; English "I" separately, below).
FIRST_PERSON = _words("jeg", "meg", "min", "mitt", "mine", "vi", "oss", "vår", "vårt", "våre",
                      "me", "my", "mine", "we", "us", "our", "i'd", "i'm", "i've")
ENGLISH_I = re.compile(r"(?<![\w'])I(?![\w])")

_RECORD_NOUN = r"(?:telefonnummer|mobilnummer|adresse|navn|opplysning|korrespondanse|kontaktinformasjon|kontaktopplysning)\w*"
_DATA_NOUN = r"(?:e-post\w*|epost\w*|" + _RECORD_NOUN + ")"

# Data that is the writer's own: personal data, information about me, my contact details.
OWN_DATA = _words(
    r"personopplysning\w*", r"personinformasjon\w*", r"personvernopplysning\w*", r"personlige opplysning\w*",
    r"(?:opplysning\w*|informasjon\w*|data) (?:dere har |som dere har |dere har lagret |dere lagrer |som er lagret )?"
    r"(?:om|på|av) (?:meg|oss)",
    r"(?:mine|mitt|min|våre|vår) (?:kunde|kontakt|person)?(?:opplysning\w*|data|informasjon)",
    r"(?:opplysning|informasjon|data)\w* (?:mine|mitt|min|våre)",
    r"(?:e-postadressen|epostadressen|telefonnummeret|mobilnummeret|adressen|navnet|kontaktinformasjonen) (?:mitt|min|mine|vår|vårt)",
    r"(?:min|mitt|vår) (?:e-postadresse|epostadresse|telefonnummer|mobilnummer|adresse|navn|bostedsadresse)",
    r"(?:adresse|telefonnummer|e-postadresse|navn|opplysning|informasjon)\w* (?:på|om) (?:meg|oss)",
    r"fødselsnummer\w*",
    r"personal (?:data|information|details)", r"my (?:personal )?(?:data|information|details|records?)",
    r"(?:data|information|details) (?:you )?(?:have|hold|keep|store|stored|held|kept)? ?(?:about|on|of) (?:me|us)",
    r"my (?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|address|name|contact details)",
    # A list of personal-data nouns owned at its end: "telefonnummeret, adressen og e-postene mine".
    # "E-posten min" alone is a mail ("slett den forrige e-posten min"), so the list starts with another noun.
    _RECORD_NOUN + r"(?:(?:, | og | eller |, og )" + _DATA_NOUN + r"){0,4} (?:mine|mitt|min|våre|vårt|vår)",
    # What the firm holds about the writer, named by what it is not: "alt dere har lagret om meg",
    # "det som er registrert på meg", "everything you hold about me".
    r"(?:alt|alle|det|everything|anything)(?: som)? (?:dere|du|de|you)(?: \w+){0,3} (?:om|på|about|on) (?:meg|oss|me|us)",
    r"(?:alt|det) som er (?:lagret|registrert)(?: \w+){0,2} (?:om|på) (?:meg|oss)",
)

# The writer themself as the object of erasure: "fjernet fra kundelisten", "remove me from".
SELF_REMOVAL = _words(
    r"(?:slett\w*|fjern\w*) meg", r"(?:slettet|fjernet) fra (?:\w+ ){0,2}(?:register\w*|kunde\w*|system\w*|database\w*|liste\w*|arkiv\w*)",
    r"(?:delete|remove|erase) me", r"(?:deleted|removed|erased) from (?:\w+ ){0,2}(?:system|database|records|list|register)\w*",
    r"(?:retten til å bli glemt|right to be forgotten|right to erasure)",
)

ACTION = {
    ACCESS: _words(r"innsyn\w*", r"kopi av", r"kopi", r"utskrift", r"oversikt over", r"hvilke", r"hva dere har",
                   r"hva slags", r"artikkel 15", r"art\. 15", r"access", r"copy", r"what (?:personal )?(?:data|information)",
                   r"which (?:personal )?(?:data|information)", r"subject access", r"article 15", r"art\. 15", r"know what",
                   r"send (?:me|us|meg|oss)", r"få (?:tilsendt|utlevert|se)", r"provide (?:me|us)"),
    ERASURE: _words(r"slett\w*", r"fjern\w*", r"makuler\w*", r"artikkel 17", r"art\. 17", r"delete\w*", r"deletion",
                    r"erase\w*", r"erasure", r"remove\w*", r"article 17"),
    RECTIFICATION: _words(r"rett(?:e|er|es|et)?(?: opp)?", r"retting", r"korriger\w*", r"feil\w*", r"uriktig\w*",
                          r"ukorrekt\w*", r"artikkel 16", r"art\. 16", r"rectif\w*", r"correct(?:ed|ion|ing)?", r"wrong",
                          r"incorrect\w*", r"inaccurate", r"out of date", r"article 16"),
    RESTRICTION: _words(r"begrens\w*", r"artikkel 18", r"art\. 18", r"restrict\w*", r"article 18"),
    OBJECTION: _words(r"protest\w*", r"motsett\w*", r"reserver\w*", r"artikkel 21", r"art\. 21", r"object(?:s|ing)? to",
                      r"objection", r"article 21"),
    PORTABILITY: _words(r"dataportabilitet", r"portabilitet", r"maskinlesbar\w*", r"artikkel 20", r"art\. 20",
                        r"portability", r"machine[- ]readable", r"article 20"),
    CONSENT_WITHDRAWAL: _words(r"trekk\w* (?:\w+ ){0,2}tilbake", r"trekk\w* (?:\w+ )?samtykk\w*", r"tilbakekall\w*", r"tilbaketrekk\w*",
                               r"ikke lenger (?:\w+ ){0,2}samtykke\w*", r"withdraw\w*", r"revok\w*",
                               r"no longer consent"),
}

# "Update"/"change" correct data only when the data is their direct object ("oppdater adressen min",
# "update my address"); "a quick update", "oppdater tegningen med mitt navn" are about something else.
UPDATE_OWN_DATA = _words(
    r"(?:oppdater\w*|endre\w*|update|change)(?: opp)? (?:min|mitt|mine|adressen|telefonnummeret|mobilnummeret|"
    r"e-postadressen|epostadressen|navnet|kontaktinformasjonen|kontaktopplysningene|my)")

# A later sentence may point back at the data named before it: "… sletter alt", "Kan dere rette det?"
BACK_REFERENCE = _words(r"alt", r"alle", r"dem", r"det", r"disse", r"dette", r"them", r"it", r"everything", r"all of it",
                        r"this", r"that")

# What the action must be about, beyond the writer's own data, for some kinds.
RESTRICTION_OBJECT = _words(r"behandling\w*", r"bruk\w*", r"processing", r"use")
OBJECTION_OBJECT = _words(r"behandling\w*", r"markedsføring\w*", r"profilering\w*", r"direkte\w*", r"processing",
                          r"marketing", r"profiling", r"nyhetsbrev\w*", r"newsletter\w*")
CONSENT = _words(r"samtykk\w*", r"consent\w*")
PORTABILITY_TRANSFER = _words(r"overfør\w* (?:\w+ ){0,4}til (?:en |et )?(?:annen|annet|ny|nytt)",
                              r"transfer\w* (?:\w+ ){0,4}to (?:another|a new)")

# "Du kan når som helst be om innsyn i dine personopplysninger": a statement of rights (a footer,
# a privacy notice), even when it goes on "ved å kontakte oss".
RIGHTS_STATEMENT = _words(r"(?:du|dere|you) (?:kan|har|may|can|have|are entitled)(?: \w+){0,6} (?:rett\w*|right\w*|be om|"
                          r"request|ask|kreve)")

_QUOTE_INTRO = re.compile(r"^(?:(?:on|den|man|tir|ons|tor|fre|lør|søn)\b.{0,200}\b(?:wrote|skrev)|-{2,} ?(?:original|opprinnelig)\w*"
                          r"|-+ ?forwarded|-+ ?videresendt|from:|fra:)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*[-*•]\s)")


@dataclass(frozen=True)
class RequestFinding:
    kind: str
    sentence: str  # the sentence that asks, for staff to read when they confirm


@dataclass(frozen=True)
class Sender:
    """What the caller knows about who sent the mail."""

    own_staff: bool = False  # from one of the firm's own domains: a reply or an internal note
    municipality: bool = False  # from a kommune: case access (offentleglova), not a data subject
    automatic: bool = False  # auto-reply, bulk or list mail


def is_municipality(address: str | None) -> bool:
    domain = (address or "").rpartition("@")[2].lower()
    return domain == "kommune.no" or domain.endswith(".kommune.no")


def own_words(body: str) -> str:
    """The sender's own text: quoted lines and everything after a reply/forward header dropped."""
    kept = []
    for line in body[:MAX_TEXT].splitlines():
        stripped = line.strip()
        if stripped.startswith(">"):
            continue
        if _QUOTE_INTRO.match(stripped):
            break
        kept.append(line)
    return "\n".join(kept)


def sentences(text: str) -> list[str]:
    parts = []
    for chunk in _SENTENCE_END.split(text):
        sentence = " ".join(chunk.split())
        if sentence:
            parts.append(sentence)
    return parts


def _speaks_for_self(original: str, folded: str) -> bool:
    return bool(FIRST_PERSON.search(folded) or ENGLISH_I.search(original))


def _kinds_in(sentence: str, own_data_before: bool) -> tuple[set[str], bool]:
    """The kinds a sentence asks for, and whether it names the writer's own data (for the next one)."""
    folded = sentence.casefold()
    named = bool(OWN_DATA.search(folded))
    if not _speaks_for_self(sentence, folded) or RIGHTS_STATEMENT.search(folded):
        return set(), named
    own = named or (own_data_before and bool(BACK_REFERENCE.search(folded)))
    found = set()
    if own and ACTION[ACCESS].search(folded):
        found.add(ACCESS)
    if (own and ACTION[ERASURE].search(folded)) or SELF_REMOVAL.search(folded):
        found.add(ERASURE)
    if (own and ACTION[RECTIFICATION].search(folded)) or UPDATE_OWN_DATA.search(folded):
        found.add(RECTIFICATION)
    if ACTION[RESTRICTION].search(folded) and (own or RESTRICTION_OBJECT.search(folded)) and \
            (own or "personopplysning" in folded or "personal data" in folded):
        found.add(RESTRICTION)
    if ACTION[OBJECTION].search(folded) and OBJECTION_OBJECT.search(folded):
        found.add(OBJECTION)
    if ACTION[PORTABILITY].search(folded) or (own and PORTABILITY_TRANSFER.search(folded)):
        found.add(PORTABILITY)
    if CONSENT.search(folded) and ACTION[CONSENT_WITHDRAWAL].search(folded):
        found.add(CONSENT_WITHDRAWAL)
    if PORTABILITY in found:
        found.discard(ACCESS)  # "få utlevert … i et maskinlesbart format" asks for portability, which includes the copy
    return found, named


def find_requests(subject: str | None, body: str | None, sender: Sender = Sender()) -> tuple[RequestFinding, ...]:
    """The data-subject requests a mail makes, one finding per kind (first sentence that asks it)."""
    if sender.own_staff or sender.municipality or sender.automatic:
        return ()
    text = own_words(body or "")
    found: dict[str, RequestFinding] = {}
    own_data_before = False
    for sentence in [*sentences(subject or ""), *sentences(text)]:
        kinds, own_data_before = _kinds_in(sentence, own_data_before)
        for kind in sorted(kinds):
            found.setdefault(kind, RequestFinding(kind, sentence[:300]))
    return tuple(found[kind] for kind in KINDS if kind in found)
