"""Import the firm's records CSV into the database: update in place, never duplicate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import InputError, RecordsImportError
from intake.retention import recompute_retention
from models import Customer, CustomerAddress, CustomerProperty, Project, Property
from models.audit import append_audit
from rules.records_csv import Records, read_records
from rules.retention import Policy
from rules.vocabulary import AddressSource


@dataclass(frozen=True)
class ImportSummary:
    customers: int
    properties: int
    projects: int
    changed_customers: int
    retention_recomputed: int


def import_records_file(session: Session, path: Path, policies: tuple[Policy, ...], actor: str) -> ImportSummary:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"kan ikke lese {path}: {error.strerror}") from None
    records = read_records(data)
    if records.bad_rows:
        raise RecordsImportError(str(path), records.bad_rows)
    changed = _apply(session, records)
    recomputed = recompute_retention(session, policies, sorted(changed)) if changed else 0
    append_audit(session, actor=actor, action="records.import", target_type="records_file", target_id=Path(path).name,
                 details={"customers": len(records.customers), "changed_customers": sorted(changed)})
    return ImportSummary(len(records.customers), len(records.properties), len(records.projects), len(changed), recomputed)


def _apply(session: Session, records: Records) -> set[str]:
    changed: set[str] = set()
    for row in records.customers.values():
        customer = session.get(Customer, row.customer_id)
        values = {name: getattr(row, name) for name in ("name", "email", "phone", "street_address", "postcode", "city")}
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
        prop.kommunenr, prop.kommune, prop.gnr, prop.bnr, prop.fnr, prop.snr = row.kommunenr, row.kommune, row.gnr, row.bnr, row.fnr, row.snr
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
