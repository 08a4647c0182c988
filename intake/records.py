"""Import the firm's records CSV into the database: update in place, never duplicate.

Two privacy decisions hold against every re-import (issue 12): a person who was erased is
left out, row by row, unless staff say they have become a customer again (``returning``);
a field staff corrected keeps its corrected value until the file carries it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import ConfigError, InputError, RecordsImportError
from intake.privacy.staff import require
from intake.privacy.suppression import SuppressionMatch, any_suppression, find_erased, readmit
from intake.retention import recompute_retention
from models import Customer, CustomerAddress, CustomerProperty, Project, Property, Rectification
from models.audit import append_audit
from models.base import utcnow
from rules.lawful import FIELD_WORDS, KIND_WORDS, HeldCorrection, Identity, norwegian_date, settle_corrections
from rules.records_csv import CUSTOMER_FIELDS, Records, read_records
from rules.retention import Policy
from rules.vocabulary import AddressSource, StaffAction


@dataclass(frozen=True)
class RefusedRow:
    """A row left out because it identifies a person who was erased."""

    line: int
    customer_id: str
    kinds: tuple[str, ...]

    def describe(self) -> str:
        words = [KIND_WORDS[kind] for kind in self.kinds]
        matched = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} og {words[-1]}"
        return (f"{self.customer_id} er ikke importert: {matched} samsvarer med en person som er slettet etter eget krav. "
                f"Er personen blitt kunde igjen, importer med --returning {self.customer_id}.")


@dataclass(frozen=True)
class CorrectionConflict:
    """A row whose value differs from a correction staff made: the corrected value is kept."""

    line: int
    customer_id: str
    field: str
    corrected_on: date

    def describe(self) -> str:
        return (f"{self.customer_id}: {FIELD_WORDS[self.field]} ble rettet {norwegian_date(self.corrected_on)}, men filen har "
                f"fortsatt en annen verdi; den rettede verdien beholdes. Rett opplysningen i kildesystemet.")


@dataclass(frozen=True)
class ImportSummary:
    customers: int
    properties: int
    projects: int
    changed_customers: int
    retention_recomputed: int
    refused: tuple[RefusedRow, ...] = field(default=())
    conflicts: tuple[CorrectionConflict, ...] = field(default=())
    readmitted: tuple[str, ...] = field(default=())


def import_records_file(session: Session, path: Path, policies: tuple[Policy, ...], actor: str,
                        hash_key: bytes | None = None, returning: tuple[str, ...] = (), staff: str | None = None,
                        today: date | None = None) -> ImportSummary:
    """Import the file. Rows for an erased person are left out (``refused``); ``returning``
    names customer ids that staff (``staff``, a records manager) say have become customers
    again, which lets them back in and is audited."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"kan ikke lese {path}: {error.strerror}") from None
    records = read_records(data)
    if records.bad_rows:
        raise RecordsImportError(str(path), records.bad_rows)
    erased = _erased_rows(session, records, hash_key)
    readmitted = _readmit(session, records, erased, returning, staff, today)
    refused = tuple(RefusedRow(line, customer_id, match.kinds)
                    for customer_id, match in erased.items() if customer_id not in readmitted
                    for line in records.customer_lines.get(customer_id, []))
    _leave_out(records, {row.customer_id for row in refused})
    conflicts: list[CorrectionConflict] = []
    changed = _apply(session, records, conflicts, today or date.today())
    recomputed = recompute_retention(session, policies, sorted(changed)) if changed else 0
    append_audit(session, actor=staff or actor, action="records.import", target_type="records_file", target_id=Path(path).name,
                 details={"customers": len(records.customers), "changed_customers": sorted(changed),
                          "refused_lines": [row.line for row in refused], "readmitted": sorted(readmitted),
                          "correction_conflicts": [[c.customer_id, c.field] for c in conflicts]})
    return ImportSummary(len(records.customers), len(records.properties), len(records.projects), len(changed), recomputed,
                         refused=tuple(sorted(refused, key=lambda r: r.line)),
                         conflicts=tuple(sorted(conflicts, key=lambda c: (c.line, CUSTOMER_FIELDS.index(c.field)))), readmitted=tuple(sorted(readmitted)))


def _erased_rows(session: Session, records: Records, hash_key: bytes | None) -> dict[str, SuppressionMatch]:
    if not any_suppression(session):
        return {}
    if hash_key is None:
        raise ConfigError("the hash key is needed to recognise erased people in a records import")
    identities = [Identity(row.customer_id, row.name, row.email, row.phone, row.street_address, row.postcode)
                  for row in records.customers.values()]
    return find_erased(session, identities, hash_key)


def _readmit(session: Session, records: Records, erased: dict[str, SuppressionMatch], returning: tuple[str, ...],
             staff: str | None, today: date | None) -> set[str]:
    if not returning:
        return set()
    member = require(session, staff, StaffAction.ERASE_SUBJECT, today)
    for customer_id in returning:
        if customer_id not in records.customers:
            raise InputError(f"--returning {customer_id}: the file has no row for that customer id")
        if customer_id not in erased:
            raise InputError(f"--returning {customer_id}: nobody erased matches that row, so it imports without --returning")
    for customer_id in returning:
        readmit(session, member.username, erased[customer_id])
    return set(returning)


def _leave_out(records: Records, customer_ids: set[str]) -> None:
    """Drop the customers, their projects and property links, and properties nobody else in the file has."""
    if not customer_ids:
        return
    for customer_id in customer_ids:
        records.customers.pop(customer_id, None)
    records.customer_properties = {pair for pair in records.customer_properties if pair[0] not in customer_ids}
    records.projects = {key: row for key, row in records.projects.items() if row.customer_id not in customer_ids}
    still_used = {key for _, key in records.customer_properties}
    records.properties = {key: row for key, row in records.properties.items() if key in still_used}


def _held_corrections(session: Session, customer_id: str) -> list[tuple[HeldCorrection, list[Rectification]]]:
    """The latest correction of each field not yet confirmed by the source, with every row it settles."""
    by_field: dict[str, list[Rectification]] = {}
    for rectification in session.scalars(select(Rectification).where(Rectification.customer_id == customer_id,
                                                                       Rectification.source_confirmed_on.is_(None))
                                         .order_by(Rectification.id)):
        by_field.setdefault(rectification.field, []).append(rectification)
    return [(HeldCorrection(name, rows[-1].new_value), rows) for name, rows in by_field.items()]


def _apply(session: Session, records: Records, conflicts: list[CorrectionConflict], today: date) -> set[str]:
    changed: set[str] = set()
    for row in records.customers.values():
        customer = session.get(Customer, row.customer_id)
        values = {name: getattr(row, name) for name in CUSTOMER_FIELDS}
        if customer is not None:
            values = _keep_corrections(session, customer, values, records.customer_lines.get(row.customer_id, [0])[0],
                                       conflicts, today)
        if customer is None:
            session.add(Customer(customer_id=row.customer_id, **values))
            changed.add(row.customer_id)
        elif any(getattr(customer, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(customer, name, value)
            changed.add(row.customer_id)
        if row.email and session.scalar(select(CustomerAddress).where(
                CustomerAddress.customer_id == row.customer_id, CustomerAddress.address == row.email)) is None:
            session.add(CustomerAddress(customer_id=row.customer_id, address=row.email, source=AddressSource.RECORDS))
    session.flush()

    property_ids = {}
    for row in records.properties.values():
        prop = session.scalar(select(Property).where(Property.key == row.key))
        if prop is None:
            prop = Property(key=row.key)
            session.add(prop)
        values = {"kommunenr": row.kommunenr, "kommune": row.kommune, "gnr": row.gnr, "bnr": row.bnr, "fnr": row.fnr,
                  "snr": row.snr, "street_address": row.street_address, "postcode": row.postcode, "city": row.city}
        if any(getattr(prop, name) != value for name, value in values.items()):
            # The address columns describe the property (issue 13); a changed address changes what mail finds it.
            for name, value in values.items():
                setattr(prop, name, value)
            prop.updated_at = utcnow()
        session.flush()
        property_ids[row.key] = prop.id
    for customer_id, key in records.customer_properties:
        link = select(CustomerProperty).where(CustomerProperty.customer_id == customer_id, CustomerProperty.property_id == property_ids[key])
        if session.scalar(link) is None:
            session.add(CustomerProperty(customer_id=customer_id, property_id=property_ids[key]))
            changed.add(customer_id)

    for row in records.projects.values():
        project = session.get(Project, row.project_id)
        values = {"customer_id": row.customer_id, "property_id": property_ids.get(row.property_key) if row.property_key else None,
                  "title": row.title, "status": row.status, "closed_on": row.closed_on}
        if project is None:
            session.add(Project(project_id=row.project_id, **values))
            changed.add(row.customer_id)
        elif any(getattr(project, name) != value for name, value in values.items()):
            changed.update({project.customer_id, row.customer_id})
            for name, value in values.items():
                setattr(project, name, value)
    session.flush()
    return changed


def _keep_corrections(session: Session, customer: Customer, values: dict[str, str | None], line: int,
                      conflicts: list[CorrectionConflict], today: date) -> dict[str, str | None]:
    held = _held_corrections(session, customer.customer_id)
    if not held:
        return values
    settled, conflicting = settle_corrections([correction for correction, _ in held], values)
    values = dict(values)
    for correction, rows in held:
        if correction.field in settled:
            for rectification in rows:
                rectification.source_confirmed_on = today
            values[correction.field] = getattr(customer, correction.field)  # same value; keep the corrected spelling
        elif correction.field in conflicting:
            values[correction.field] = getattr(customer, correction.field)
            conflicts.append(CorrectionConflict(line, customer.customer_id, correction.field, rows[-1].rectified_at.date()))
    return values
