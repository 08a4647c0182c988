"""Import the firm's records CSV into the database: update in place, never duplicate.

Large files (the firm's whole register, 100,000 rows) import in seconds: what the
database holds is read once into dictionaries, compared in memory, and only new and
changed rows are written, each kind as one executemany.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from intake.errors import InputError, RecordsImportError
from intake.retention import recompute_retention
from models import Customer, CustomerAddress, CustomerProperty, Project, Property
from models.audit import append_audit
from models.base import utcnow
from rules.records_csv import Records, read_records
from rules.retention import Policy
from rules.vocabulary import AddressSource

CUSTOMER_COLUMNS = ("name", "email", "phone", "street_address", "postcode", "city")
PROPERTY_COLUMNS = ("kommunenr", "kommune", "gnr", "bnr", "fnr", "snr", "street_address", "postcode", "city")
PROJECT_COLUMNS = ("customer_id", "property_id", "title", "status", "closed_on")


@dataclass
class Counts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass
class ImportSummary:
    customer_counts: Counts = field(default_factory=Counts)
    property_counts: Counts = field(default_factory=Counts)
    project_counts: Counts = field(default_factory=Counts)
    retention_recomputed: int = 0
    changed_customer_ids: set[str] = field(default_factory=set)
    # Customers that had mail before this import and whose projects or properties changed.
    recompute_customer_ids: set[str] = field(default_factory=set)

    @property
    def customers(self) -> int:
        return self.customer_counts.new + self.customer_counts.changed + self.customer_counts.unchanged

    @property
    def properties(self) -> int:
        return self.property_counts.new + self.property_counts.changed + self.property_counts.unchanged

    @property
    def projects(self) -> int:
        return self.project_counts.new + self.project_counts.changed + self.project_counts.unchanged

    @property
    def changed_customers(self) -> int:
        return len(self.changed_customer_ids)


ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)


def import_records_file(session: Session, path: Path, policies: tuple[Policy, ...], actor: str,
                        progress: ProgressCallback | None = None) -> ImportSummary:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"kan ikke lese {path}: {error.strerror}") from None
    total_lines = max(data.count(b"\n"), 1)
    records = read_records(data, (lambda done: progress("read", done, total_lines)) if progress else None)
    if records.bad_rows:
        raise RecordsImportError(str(path), records.bad_rows)
    summary = ImportSummary()
    _apply(session, records, summary)
    if progress:
        progress("write", total_lines, total_lines)
    if summary.recompute_customer_ids:
        summary.retention_recomputed = recompute_retention(session, policies, sorted(summary.recompute_customer_ids))
    append_audit(session, actor=actor, action="records.import", target_type="records_file", target_id=Path(path).name,
                 details={"customers": summary.customers, "changed_customers": sorted(summary.changed_customer_ids)})
    return summary


def _apply(session: Session, records: Records, summary: ImportSummary) -> None:
    changed = summary.changed_customer_ids
    now = utcnow()

    stored_customers = {row[0]: tuple(row[1:]) for row in session.execute(
        select(Customer.customer_id, *(getattr(Customer, c) for c in CUSTOMER_COLUMNS)))}
    new_rows, changed_rows = [], []
    for row in records.customers.values():
        values = tuple(getattr(row, c) for c in CUSTOMER_COLUMNS)
        stored = stored_customers.get(row.customer_id)
        if stored is None:
            new_rows.append({"customer_id": row.customer_id, **dict(zip(CUSTOMER_COLUMNS, values)), "updated_at": now})
        elif stored != values:
            changed_rows.append({"customer_id": row.customer_id, **dict(zip(CUSTOMER_COLUMNS, values)), "updated_at": now})
        else:
            summary.customer_counts.unchanged += 1
    summary.customer_counts.new, summary.customer_counts.changed = len(new_rows), len(changed_rows)
    changed.update(r["customer_id"] for r in new_rows + changed_rows)
    _write(session, Customer, new_rows, changed_rows)

    stored_addresses = {(c, a) for c, a in session.execute(select(CustomerAddress.customer_id, CustomerAddress.address))}
    _write(session, CustomerAddress, [
        {"customer_id": row.customer_id, "address": row.email, "source": AddressSource.RECORDS}
        for row in records.customers.values() if row.email and (row.customer_id, row.email) not in stored_addresses
    ], [])

    stored_properties = {row[0]: (row[1], tuple(row[2:])) for row in session.execute(
        select(Property.key, Property.id, *(getattr(Property, c) for c in PROPERTY_COLUMNS)))}
    new_rows, changed_rows = [], []
    for row in records.properties.values():
        values = tuple(getattr(row, c) for c in PROPERTY_COLUMNS)
        stored = stored_properties.get(row.key)
        if stored is None:
            new_rows.append({"key": row.key, **dict(zip(PROPERTY_COLUMNS, values)), "updated_at": now})
        elif stored[1] != values:
            changed_rows.append({"id": stored[0], **dict(zip(PROPERTY_COLUMNS, values)), "updated_at": now})
        else:
            summary.property_counts.unchanged += 1
    summary.property_counts.new, summary.property_counts.changed = len(new_rows), len(changed_rows)
    _write(session, Property, new_rows, changed_rows)
    if new_rows:
        property_ids = {key: pk for key, pk in session.execute(select(Property.key, Property.id))}
    else:
        property_ids = {key: stored[0] for key, stored in stored_properties.items()}

    stored_owners = {(c, p) for c, p in session.execute(select(CustomerProperty.customer_id, CustomerProperty.property_id))}
    owner_rows = [{"customer_id": customer_id, "property_id": property_ids[key]}
                  for customer_id, key in records.customer_properties
                  if (customer_id, property_ids[key]) not in stored_owners]
    changed.update(r["customer_id"] for r in owner_rows)
    _write(session, CustomerProperty, owner_rows, [])

    stored_projects = {row[0]: tuple(row[1:]) for row in session.execute(
        select(Project.project_id, *(getattr(Project, c) for c in PROJECT_COLUMNS)))}
    new_rows, changed_rows = [], []
    for row in records.projects.values():
        values = (row.customer_id, property_ids.get(row.property_key) if row.property_key else None, row.title,
                  row.status, row.closed_on)
        stored = stored_projects.get(row.project_id)
        if stored is None:
            new_rows.append({"project_id": row.project_id, **dict(zip(PROJECT_COLUMNS, values)), "updated_at": now})
            changed.add(row.customer_id)
        elif stored != values:
            changed_rows.append({"project_id": row.project_id, **dict(zip(PROJECT_COLUMNS, values)), "updated_at": now})
            changed.update({stored[0], row.customer_id})
        else:
            summary.project_counts.unchanged += 1
    summary.project_counts.new, summary.project_counts.changed = len(new_rows), len(changed_rows)
    _write(session, Project, new_rows, changed_rows)
    # A customer first seen in this file has no mail linked to it yet: nothing to recompute.
    summary.recompute_customer_ids = changed & stored_customers.keys()
    session.expire_all()


def _write(session: Session, model, new_rows: list[dict], changed_rows: list[dict]) -> None:
    """New rows as one executemany INSERT, changed ones as one executemany UPDATE by primary key."""
    session.flush()
    if new_rows:
        # Core executemany on the table: the ORM's per-row bookkeeping would double the time of a large import.
        session.execute(insert(model.__table__), new_rows)
    if changed_rows:
        session.execute(update(model), changed_rows)
