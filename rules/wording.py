"""Small pieces of Norwegian that letters and staff-facing text are built from: dates, numbers and counts.

Pure functions, no I/O. Everything a person or staff member reads writes a date as
"20. november 2026" (never 2026-11-20, which stays in JSON and the audit log) and makes
a count agree with its noun ("1 e-post", "2 e-poster"; "1 gang", "3 ganger").
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "desember")


def norwegian_date(day: date | str) -> str:
    """20. november 2026: how dates are written in text a person or staff member reads. Also takes the ISO date
    ("2026-11-20") that results shared with JSON carry."""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def norwegian_moment(moment: datetime, zone: tzinfo) -> str:
    """3. desember 2026 kl. 09.59.47, in the firm's time zone: a timestamp as staff read it."""
    local = moment.astimezone(zone)
    return f"{norwegian_date(local.date())} kl. {local:%H.%M.%S}"


def norwegian_number(value: float, decimals: int = 2) -> str:
    """0,55: a confidence, weight or score as staff read it, with a decimal comma (JSON keeps the number).
    The one place a decimal number becomes text staff read, on a page or in a command's output."""
    return f"{value:.{decimals}f}".replace(".", ",")


# An organisation number after "org.nr." (any spacing or case) or "organisasjonsnummer", written as digits.
_ORG_NUMBER = re.compile(r"(?i)\b(org\.?\s*nr\.?|organisasjonsnummer)(\s*)(\d{3})\s?(\d{3})\s?(\d{3})\b")


def org_numbers_grouped(text: str) -> str:
    """Configured text (the controller, a signature line) with each organisation number written as Norwegians
    write it in a letter, "org.nr. 914 775 493", so a letter never shows the same number two ways."""
    return _ORG_NUMBER.sub(lambda m: f"{m[1]}{m[2] or ' '}{m[3]} {m[4]} {m[5]}", text)


NOT_RECORDED = "ikke registrert"


def recorded(value: str | None) -> str:
    """A fact as staff read it, or "ikke registrert" when the register or the mail holds none: one wording for every
    missing value, never "-", "–" or "?" (which read as a value, or as a doubt about one)."""
    return value if value else NOT_RECORDED


# Nouns letters count, as (singular, plural). One table, so "e-post" is never pluralised two ways.
NOUNS = {
    "e-post": ("e-post", "e-poster"),
    "gang": ("gang", "ganger"),
    "vedlegg": ("vedlegg", "vedlegg"),
    "måned": ("måned", "måneder"),
    "opplysning": ("opplysning", "opplysninger"),
    "bevart opplysning": ("bevart opplysning", "bevarte opplysninger"),
    "krav": ("krav", "krav"),
    "kunde": ("kunde", "kunder"),
    "kunderegistrering": ("kunderegistrering", "kunderegistreringer"),
    "melding": ("melding", "meldinger"),
    "eiendom": ("eiendom", "eiendommer"),
    "prosjekt": ("prosjekt", "prosjekter"),
    "duplikat": ("duplikat", "duplikater"),
    # A review case ("sak") still waiting: "1 åpen sak", "2 åpne saker".
    "åpen sak": ("åpen sak", "åpne saker"),
    # Requests ("krav", neuter) counted by state after "Krav fra registrerte:": "1 åpent", "2 åpne".
    "foreslått": ("foreslått", "foreslåtte"),
    "åpent": ("åpent", "åpne"),
}


def plural(count: int, singular: str, plural_form: str) -> str:
    """The form that agrees with ``count``: only exactly one takes the singular ("0 e-poster", "1 e-post")."""
    return singular if count == 1 else plural_form


def counted(count: int, noun: str) -> str:
    """``count`` and the noun in agreement: counted(1, "e-post") == "1 e-post", counted(2, "gang") == "2 ganger".
    The noun is a key of ``NOUNS`` (singular form)."""
    singular, plural_form = NOUNS[noun]
    return f"{count} {plural(count, singular, plural_form)}"


def times(count: int) -> str:
    """How often something was found: "1 gang", "19 ganger"."""
    return counted(count, "gang")


def joined(items: list[str] | tuple[str, ...], last: str = "og") -> str:
    """"a", "a og b", "a, b og c": a list as a sentence says it."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def sentence(text: str) -> str:
    """Staff-written text (a reason) as a sentence in a letter: trimmed, capitalised, ending with a full stop."""
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."
