"""Privacy decisions that must stay true at every later step (issue 12): pure rules.

- **Erased stays erased.** An erased person is remembered only as keyed hashes of what
  identifies them in the firm's records (customer id, e-mail, phone, name with street
  address and postcode), so a later records import can recognise a row for them and
  leave it out without any plain-text copy of who they were.
- **Corrected stays corrected.** A field staff rectified keeps its corrected value against
  a re-import that carries another value, until the source file holds the corrected one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from datetime import date

from rules.detection.identifiers import normalize_identifier, value_hash
from rules.disposal import customer_record_expires
from rules.records_csv import normalize_id
from rules.retention import ProjectState
from rules.wording import norwegian_date  # noqa: F401  (callers import it from here too)

CUSTOMER_ID = "customer_id"
EMAIL = "email"
PHONE = "phone"
NAME_ADDRESS = "name_address"
IDENTITY_KINDS = (CUSTOMER_ID, EMAIL, PHONE, NAME_ADDRESS)
PROJECT_ID = "project_id"  # a disposed customer's projects, so new business can be told from the old export

# How staff read each kind, in the sentence "... samsvarer med en person som er slettet".
KIND_WORDS = {CUSTOMER_ID: "kundenummeret", EMAIL: "e-postadressen", PHONE: "telefonnummeret",
              NAME_ADDRESS: "navn og adresse"}


FIELD_WORDS = {"name": "navn", "email": "e-post", "phone": "telefon", "street_address": "adresse",
               "postcode": "postnummer", "city": "poststed"}


@dataclass(frozen=True)
class Identity:
    """What identifies a person in the records, as the records CSV or the database holds it."""

    customer_id: str
    name: str | None
    email: str | None
    phone: str | None
    street_address: str | None
    postcode: str | None


def _plain(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def identity_keys(identity: Identity) -> tuple[tuple[str, str], ...]:
    """(kind, canonical value) for each identifier the person has; the same person written
    differently ("+47 912 34 567" / "91234567", upper-case e-mail) gives the same values."""
    keys = [(CUSTOMER_ID, identity.customer_id.strip())]
    if identity.email and (email := normalize_identifier("EMAIL", identity.email) or _plain(identity.email)):
        keys.append((EMAIL, email))
    if identity.phone and (phone := normalize_identifier("PHONE", identity.phone) or re.sub(r"\D", "", identity.phone)):
        keys.append((PHONE, phone))
    if identity.name and identity.street_address:
        keys.append((NAME_ADDRESS, f"{_plain(identity.name)}|{_plain(identity.street_address)}|{_plain(identity.postcode)}"))
    return tuple(keys)


def keyed_hashes(identity: Identity, key: bytes) -> tuple[tuple[str, str], ...]:
    """(kind, keyed hash): what an erasure leaves behind. Labels differ from detection's, so a
    suppression hash never equals a finding's hash of the same value."""
    return tuple((kind, value_hash(f"SUPPRESSED_{kind.upper()}", value, key)) for kind, value in identity_keys(identity))


def project_hash(project_id: str, key: bytes) -> str:
    """The keyed hash a disposal keeps of each disposed project's id (ids as the records import normalizes them)."""
    return value_hash("SUPPRESSED_PROJECT_ID", normalize_id(project_id), key)


def new_business(projects: tuple[ProjectState, ...], disposed_projects: frozenset[str], key: bytes,
                 period_months: int, today: date) -> tuple[str, ...]:
    """The projects in a records row that show a disposed customer has come back: not among the projects disposed
    with the record, and open, or closed so recently that their retention period has not run out. A project
    closed long ago that the old export still carries, or one disposed of already, is no new business."""
    return tuple(project.project_id for project in projects
                 if project_hash(project.project_id, key) not in disposed_projects
                 and ((expires := customer_record_expires((project,), period_months)) is None or expires > today))


def same_value(field: str, left: str | None, right: str | None) -> bool:
    """Whether two spellings of a record field are the same value (phone and e-mail by canonical form)."""
    if field in ("phone", "email") and left and right:
        label = field.upper()
        canonical_left, canonical_right = normalize_identifier(label, left), normalize_identifier(label, right)
        if canonical_left and canonical_right:
            return canonical_left == canonical_right
    return _plain(left) == _plain(right)


@dataclass(frozen=True)
class HeldCorrection:
    field: str
    corrected_value: str | None


def settle_corrections(corrections: list[HeldCorrection], incoming: dict[str, str | None]
                       ) -> tuple[list[str], list[str]]:
    """For each correction still held against the source: does the incoming row now carry the
    corrected value (the source agrees: the correction is settled) or another one (a conflict:
    the corrected value is kept)? Returns (settled fields, conflicting fields)."""
    settled, conflicts = [], []
    for correction in corrections:
        if correction.field not in incoming:
            continue
        if same_value(correction.field, correction.corrected_value, incoming[correction.field]):
            settled.append(correction.field)
        else:
            conflicts.append(correction.field)
    return settled, conflicts
