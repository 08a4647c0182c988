"""Sharing with a third-party partner needs the customer's consent (the privacy policy).

A consent names one partner, the data categories it covers, and either one project
or all the customer's projects. It is valid from the day it was given until the day
it was withdrawn; an export is allowed only when one valid consent covers the
partner, the project and every category asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SHARABLE_CATEGORIES: dict[str, str] = {
    "name": "navn",
    "phone": "telefonnummer",
    "email": "e-postadresse",
    "address": "privatadresse",
    "property": "adresse og gårdsnr./bruksnr. for tiltaket",
    "project": "prosjektet (tittel og status)",
}


@dataclass(frozen=True)
class ConsentFacts:
    consent_id: int
    partner: str
    data_categories: frozenset[str]
    project_id: str | None  # None: every project of the customer
    given_on: date
    withdrawn_on: date | None


@dataclass(frozen=True)
class ConsentDecision:
    allowed: bool
    consent_id: int | None
    reason: str


def unknown_categories(categories: set[str] | frozenset[str]) -> list[str]:
    return sorted(set(categories) - set(SHARABLE_CATEGORIES))


def same_partner(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def is_valid_on(consent: ConsentFacts, day: date) -> bool:
    return consent.given_on <= day and (consent.withdrawn_on is None or consent.withdrawn_on > day)


def check_export(consents: list[ConsentFacts], partner: str, categories: frozenset[str], project_id: str | None,
                 day: date) -> ConsentDecision:
    """Whether data in these categories may go to this partner today, under which consent."""
    if not categories:
        return ConsentDecision(False, None, "ingen datakategorier er valgt")
    unknown = unknown_categories(categories)
    if unknown:
        return ConsentDecision(False, None, f"ukjente datakategorier: {', '.join(unknown)}")
    for_partner = [c for c in consents if same_partner(c.partner, partner)]
    if not for_partner:
        return ConsentDecision(False, None, "kunden har ikke samtykket til deling med denne samarbeidspartneren")
    valid = [c for c in for_partner if is_valid_on(c, day)]
    if not valid:
        return ConsentDecision(False, None, "samtykket til denne samarbeidspartneren er trukket tilbake eller ikke gyldig ennå")
    for_project = [c for c in valid if c.project_id is None or c.project_id == project_id]
    if not for_project:
        return ConsentDecision(False, None, "samtykket gjelder et annet prosjekt")
    for consent in for_project:
        if categories <= consent.data_categories:
            return ConsentDecision(True, consent.consent_id, f"samtykke nr. {consent.consent_id}")
    covered = set().union(*(c.data_categories for c in for_project))
    missing = sorted(categories - covered)
    if not missing:
        return ConsentDecision(False, None, "ingen enkelt samtykke dekker alle kategoriene samtidig")
    return ConsentDecision(False, None, f"samtykket dekker ikke: {', '.join(missing)}")
