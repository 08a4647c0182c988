"""The form of a finding's value that a lookup compares, so sealed findings stay findable by a keyed hash.

A finding's value is sealed with the rest of its message (intake/crypto.py); what lookup needs of it is
equality on one form of it: a name as written (lookup tries each spelling of the person's name), the domain
of an e-mail address (to tell the firm's own addresses from the customer's), and the street and house
number of an address (to find mail about an address no property in the records has). Identifiers have
their own keyed hash already (``value_hash``); other labels are not searched by value.
"""

from __future__ import annotations

import re


_STREET_AND_NUMBER = re.compile(r"^(.*?\d+[a-z]?)(?![a-z0-9])")


def street_and_number(canonical: str) -> str | None:
    """``skogveien 14`` of ``skogveien 14, 1338 sandvika`` (a text already in ``street_form``)."""
    found = _STREET_AND_NUMBER.match(canonical.split(",")[0].strip())
    return found.group(1).strip() if found else None


def search_form(label: str, text: str) -> str | None:
    if label == "PERSON":
        return text
    if label == "EMAIL":
        domain = text.rpartition("@")[2].strip().lower()
        return domain or None
    if label == "ADDRESS":
        # Imported here: its patterns compile on import, and a lookup by name hashes only PERSON values.
        from rules.linking.places import street_form

        return street_and_number(street_form(text))
    return None
