"""Import the firm's records CSV into the database: update in place, never duplicate.

The import is a bulk import, so the firm's whole register (100,000 rows) goes in well under a
minute: every row is read and checked first (``rules.records_csv``: a file with any bad row
imports nothing); what the database holds is read once, in a few queries, into dictionaries;
new, changed and unchanged rows are told apart in memory; and only new and changed rows are
written, each kind as one executemany per batch.

Two privacy decisions hold against every re-import (issue 12): a person who was erased is
left out, row by row, unless staff say they have become a customer again (``returning``);
a field staff corrected keeps its corrected value until the file carries it too. A customer
whose record was disposed of after its retention period is left out the same way, unless the
row shows new business (a project not disposed of that is open or still within its period):
then they are a returning customer and come back, audited. Disposed projects stay out.

``import_records_in_batches`` (the service's import, issue 15) needs a records manager or an
administrator and commits in batches of customers, so a lookup (which writes its audit entry)
never waits long for the write lock; ``import_records_file`` does the same work in the caller's
transaction (scripts and tests). Afterwards the stored mail the changes concern is brought up to
date: its links (``intake.relink``) and its retention dates (``intake.retention``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import ConfigError, InputError, RecordsImportError
from intake.privacy.staff import require
from intake.privacy.suppression import (
    SuppressionMatch, any_suppression, disposed_project_hashes, find_erased, readmit,
)
from intake.retention import messages_of_customers, recompute_retention_of_messages
from models import Customer, CustomerAddress, CustomerProperty, Project, Property, Rectification
from models.audit import append_audit
from models.base import utcnow
from models.session import transaction
from rules.lawful import (
    FIELD_WORDS, KIND_WORDS, HeldCorrection, Identity, new_business, norwegian_date, project_hash, settle_corrections,
)
from rules.records_csv import CUSTOMER_FIELDS, Records, normalize_id, read_records
from rules.retention import DEFAULT_POLICIES, Policy, ProjectState
from rules.vocabulary import AddressSource, RetentionCategory, StaffAction, TombstoneCause

PROPERTY_FIELDS = ("kommunenr", "kommune", "gnr", "bnr", "fnr", "snr", "street_address", "postcode", "city")
PROJECT_FIELDS = ("customer_id", "property_id", "title", "status", "closed_on")
# Customers per transaction in a batched import: each commit holds the write lock for a fraction of a
# second, so lookups and the daemon get their turn between batches.
BATCH_CUSTOMERS = 2000
OWN_DOMAINS = ("proess.no",)  # the firm's own mail domains, as configured in [mailbox] own_domains
_CHUNK = 500  # ids per IN (...) list, well under every backend's limit on bound parameters

# ``progress(stage, done, total)``: stage is "read" (rows checked), "write" (customers written) or
# "mail" (stored messages brought up to date).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RefusedRow:
    """A row left out because it identifies a person who was erased, or whose record was disposed of."""

    line: int
    customer_id: str
    kinds: tuple[str, ...]
    cause: str = TombstoneCause.ERASURE  # erasure: the person asked; disposal: the retention period ran out

    def describe(self) -> str:
        words = [KIND_WORDS[kind] for kind in self.kinds]
        matched = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} og {words[-1]}"
        if self.cause == TombstoneCause.DISPOSAL:
            return (f"{self.customer_id} er ikke importert: {matched} samsvarer med en kunde som er slettet etter endt "
                    f"oppbevaringstid. Raden tas med når den viser et nytt oppdrag (et pågående eller nylig avsluttet "
                    f"prosjekt); er kunden kommet tilbake uten det, importer med --returning {self.customer_id}.")
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
class Counts:
    """How many of one kind of record the file held that were new, changed or as before."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.new + self.changed + self.unchanged


@dataclass(frozen=True)
class ImportSummary:
    customers: int
    properties: int
    projects: int
    changed_customers: int  # customers new, or with a changed field, property or project
    retention_recomputed: int  # stored messages whose retention dates were computed again
    refused: tuple[RefusedRow, ...] = field(default=())
    conflicts: tuple[CorrectionConflict, ...] = field(default=())
    readmitted: tuple[str, ...] = field(default=())
    # Of ``readmitted``: disposed customers let back by new business, each with the projects that showed it.
    returned: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    disposed_projects_left_out: int = 0  # projects in the file that were disposed of with their customer's record
    customer_counts: Counts = field(default=Counts())
    property_counts: Counts = field(default=Counts())
    project_counts: Counts = field(default=Counts())
    links_recomputed: int = 0  # stored messages linked again against the new records
    batches: int = 1


def read_records_file(path: Path, progress: Progress | None = None) -> Records:
    """Read and check the whole file; ``RecordsImportError`` lists every bad row (nothing is imported)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"kan ikke lese {path}: {error.strerror}") from None
    total = max(data.count(b"\n"), 1)
    records = read_records(data, (lambda done: progress("read", min(done, total), total)) if progress else None)
    if records.bad_rows:
        raise RecordsImportError(str(path), records.bad_rows)
    return records


def import_records_file(session: Session, path: Path, policies: tuple[Policy, ...], actor: str,
                        hash_key: bytes | None = None, returning: tuple[str, ...] = (), staff: str | None = None,
                        today: date | None = None, progress: Progress | None = None,
                        own_domains: tuple[str, ...] = OWN_DOMAINS) -> ImportSummary:
    """Import the file in the caller's transaction. Rows for an erased person are left out (``refused``);
    ``returning`` names customer ids that staff (``staff``, a records manager) say have become customers
    again, which lets them back in and is audited."""
    records = read_records_file(path, progress)
    plan = _prepare(session, records, hash_key, returning, staff, today or date.today(), policies)
    _audit(session, staff or actor, path, plan, batches=1, note=None)
    for written in _write(session, plan, batch_customers=None):
        if progress:
            progress("write", written, len(plan.customer_order))
    links, retention = _update_mail(lambda: _same_session(session), plan, policies, progress, own_domains)
    session.expire_all()
    return plan.summary(links, retention, batches=1)


def import_records_in_batches(sessions: sessionmaker[Session], path: Path, policies: tuple[Policy, ...],
                              staff: str | None, hash_key: bytes | None = None, returning: tuple[str, ...] = (),
                              actor_note: str | None = None, today: date | None = None,
                              progress: Progress | None = None, batch_customers: int = BATCH_CUSTOMERS,
                              own_domains: tuple[str, ...] = OWN_DOMAINS) -> ImportSummary:
    """The records import as staff run it: ``staff`` must be a records manager or an administrator (refused and
    audited otherwise). The whole file is checked before anything is written. Then one transaction checks the
    permission, compares the file with the database, lets returning customers back in and writes the audit entry
    (what will change, and who asked); the changes follow in batches of ``batch_customers`` customers, one
    transaction each, so lookups keep working meanwhile; last, the stored mail the changes concern gets its links
    and retention dates computed again. ``actor_note`` is the old free-text ``--actor``: kept in the audit entry,
    never taken as an identity. An import cut short (a crash, a full disk) is completed by running it again."""
    records = read_records_file(path, progress)
    today = today or date.today()
    with transaction(sessions) as session:
        member = require(session, staff, StaffAction.IMPORT_RECORDS, today)
        plan = _prepare(session, records, hash_key, returning, member.username, today, policies)
        batches = max(1, -(-len(plan.customer_order) // batch_customers))
        _audit(session, member.username, path, plan, batches=batches, note=actor_note)
    written_batches = 0
    writer = _BatchWriter(sessions, plan, batch_customers)
    for written in writer:
        written_batches += 1
        if progress:
            progress("write", written, len(plan.customer_order))
    links, retention = _update_mail(lambda: transaction(sessions), plan, policies, progress, own_domains)
    return plan.summary(links, retention, batches=max(batches, written_batches))


class _same_session:
    """``transaction`` for the caller's own session: the work joins the caller's transaction."""

    def __init__(self, session: Session):
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *exc) -> None:
        self._session.flush()


class _BatchWriter:
    """Writes the plan batch by batch, each in a transaction of its own; yields customers written so far."""

    def __init__(self, sessions: sessionmaker[Session], plan: _Plan, batch_customers: int):
        self._sessions, self._plan, self._batch = sessions, plan, batch_customers

    def __iter__(self):
        batches = _split(self._plan, self._batch)
        done = 0
        for batch, customers in batches:
            with transaction(self._sessions) as session:
                _write_batch(session, self._plan, batch)
            done += customers
            yield done


# ------------------------------------------------------------------ comparing the file with the database

@dataclass
class _Batch:
    new_customers: list[dict] = field(default_factory=list)
    changed_customers: list[dict] = field(default_factory=list)
    addresses: list[dict] = field(default_factory=list)
    new_properties: list[dict] = field(default_factory=list)
    changed_properties: list[dict] = field(default_factory=list)
    owners: list[tuple[str, str]] = field(default_factory=list)  # (customer id, property key)
    new_projects: list[dict] = field(default_factory=list)  # with "property_key" instead of "property_id"
    changed_projects: list[dict] = field(default_factory=list)


@dataclass
class _Plan:
    """What the import will do, worked out in memory before anything is written."""

    records: Records
    customer_order: list[str]  # customer ids in the order of the file
    work: _Batch
    property_ids: dict[str, int]  # key -> id of the properties the database holds
    counts: dict[str, Counts]
    changed: set[str]  # customers new or changed (fields, a property, a project)
    project_changed_customers: set[str]  # existing customers whose projects changed: their mail's retention moves
    changed_project_ids: set[str]
    changed_property_keys: set[str]  # properties new or with a new address: mail may name them
    new_customer_ids: set[str]
    changed_addresses: set[str]  # e-mail addresses new to a customer: mail from them may now link
    refused: list[RefusedRow]
    readmitted: set[str]
    conflicts: list[CorrectionConflict]
    returned: dict[str, tuple[str, ...]] = field(default_factory=dict)
    disposed_projects_left_out: int = 0

    def summary(self, links: int, retention: int, batches: int) -> ImportSummary:
        return ImportSummary(
            len(self.records.customers), len(self.records.properties), len(self.records.projects), len(self.changed),
            retention, refused=tuple(sorted(self.refused, key=lambda r: r.line)),
            conflicts=tuple(sorted(self.conflicts, key=lambda c: (c.line, CUSTOMER_FIELDS.index(c.field)))),
            readmitted=tuple(sorted(self.readmitted)), returned=tuple(sorted(self.returned.items())),
            disposed_projects_left_out=self.disposed_projects_left_out, customer_counts=self.counts["customers"],
            property_counts=self.counts["properties"], project_counts=self.counts["projects"],
            links_recomputed=links, batches=batches)


def _prepare(session: Session, records: Records, hash_key: bytes | None, returning: tuple[str, ...],
             staff: str | None, today: date, policies: tuple[Policy, ...] = DEFAULT_POLICIES) -> _Plan:
    erased = _erased_rows(session, records, hash_key)
    readmitted = _readmit(session, records, erased, returning, staff, today)
    returned = _returning_customers(session, records, erased, readmitted, hash_key, staff, today, policies)
    readmitted |= set(returned)
    refused = [RefusedRow(line, customer_id, match.kinds,
                          TombstoneCause.ERASURE if match.erased else TombstoneCause.DISPOSAL)
               for customer_id, match in erased.items() if customer_id not in readmitted
               for line in records.customer_lines.get(customer_id, [])]
    _leave_out(records, {row.customer_id for row in refused})
    left_out = _leave_out_disposed_projects(session, records, hash_key)
    conflicts: list[CorrectionConflict] = []
    plan = _compare(session, records, conflicts, today)
    plan.refused, plan.readmitted, plan.returned, plan.disposed_projects_left_out = refused, readmitted, returned, left_out
    return plan


def _erased_rows(session: Session, records: Records, hash_key: bytes | None) -> dict[str, SuppressionMatch]:
    if not any_suppression(session):
        return {}
    if hash_key is None:
        raise ConfigError("hash-nøkkelen mangler: den trengs for å kjenne igjen slettede personer i en registerimport")
    identities = [Identity(row.customer_id, row.name, row.email, row.phone, row.street_address, row.postcode)
                  for row in records.customers.values()]
    return find_erased(session, identities, hash_key)


def _readmit(session: Session, records: Records, erased: dict[str, SuppressionMatch], returning: tuple[str, ...],
             staff: str | None, today: date | None) -> set[str]:
    if not returning:
        return set()
    member = require(session, staff, StaffAction.ERASE_SUBJECT, today)
    returning = tuple(normalize_id(customer_id) for customer_id in returning)
    for customer_id in returning:
        if customer_id not in records.customers:
            raise InputError(f"--returning {customer_id}: filen har ingen rad med det kundenummeret")
        if customer_id not in erased:
            raise InputError(f"--returning {customer_id}: raden samsvarer ikke med noen som er slettet, "
                             f"så den importeres uten --returning")
    for customer_id in returning:
        readmit(session, member.username, erased[customer_id])
    return set(returning)


def _returning_customers(session: Session, records: Records, erased: dict[str, SuppressionMatch], readmitted: set[str],
                         hash_key: bytes | None, staff: str | None, today: date,
                         policies: tuple[Policy, ...]) -> dict[str, tuple[str, ...]]:
    """Rows for customers whose record was disposed of (nobody asked to be erased) that show new business: let back
    in without staff naming them, audited with the projects that showed it. Returns {customer id: those projects}."""
    candidates = [match for customer_id, match in erased.items() if customer_id not in readmitted and not match.erased]
    if not candidates:
        return {}
    period = next(p for p in policies if p.category == RetentionCategory.CUSTOMER_CORRESPONDENCE).period_months
    projects: dict[str, list[ProjectState]] = defaultdict(list)
    for row in records.projects.values():
        projects[row.customer_id].append(ProjectState(row.project_id, row.status, row.closed_on))
    returned = {}
    for match in candidates:
        shown = new_business(tuple(projects[match.customer_id]), match.disposed_projects, hash_key, period, today)
        if shown:
            readmit(session, staff or "records import", match, new_business=shown)
            returned[match.customer_id] = shown
    return returned


def _leave_out_disposed_projects(session: Session, records: Records, hash_key: bytes | None) -> int:
    """Projects disposed of with their customer's record stay out, also once the customer is back: their retention
    period has run out. Returns how many projects in the file were left out."""
    disposed = disposed_project_hashes(session)
    if not disposed or not records.projects:
        return 0
    if hash_key is None:
        raise ConfigError("hash-nøkkelen mangler: den trengs for å kjenne igjen avhendede prosjekter i en registerimport")
    gone = [key for key, row in records.projects.items() if project_hash(row.project_id, hash_key) in disposed]
    for key in gone:
        del records.projects[key]
    return len(gone)


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


def _held_corrections(session: Session, customer_ids: set[str]) -> dict[str, list[tuple[HeldCorrection, list[Rectification]]]]:
    """Per customer: the latest correction of each field not yet confirmed by the source, with every row it settles."""
    by_customer: dict[str, dict[str, list[Rectification]]] = defaultdict(dict)
    for rectification in session.scalars(select(Rectification).where(Rectification.source_confirmed_on.is_(None))
                                         .order_by(Rectification.id)):
        if rectification.customer_id in customer_ids:
            by_customer[rectification.customer_id].setdefault(rectification.field, []).append(rectification)
    return {customer_id: [(HeldCorrection(name, rows[-1].new_value), rows) for name, rows in fields.items()]
            for customer_id, fields in by_customer.items()}


def _compare(session: Session, records: Records, conflicts: list[CorrectionConflict], today: date) -> _Plan:
    now = utcnow()
    work = _Batch()
    changed: set[str] = set()
    counts = {"customers": [0, 0, 0], "properties": [0, 0, 0], "projects": [0, 0, 0]}

    # Ids are compared case-insensitively: a customer stored as "k1" before ids were normalized is "K1".
    stored_customers = {normalize_id(row[0]): (row[0], tuple(row[1:])) for row in session.execute(
        select(Customer.customer_id, *(getattr(Customer, name) for name in CUSTOMER_FIELDS)))}
    stored_id = {key: stored[0] for key, stored in stored_customers.items()}
    held = _held_corrections(session, set(stored_id.values()) & set(stored_id.get(c, c) for c in records.customers))
    for row in records.customers.values():
        values = {name: getattr(row, name) for name in CUSTOMER_FIELDS}
        stored = stored_customers.get(row.customer_id)
        if stored is None:
            work.new_customers.append({"customer_id": row.customer_id, **values, "updated_at": now})
            changed.add(row.customer_id)
            counts["customers"][0] += 1
            continue
        customer_id, stored_values = stored
        current = dict(zip(CUSTOMER_FIELDS, stored_values))
        if customer_id in held:
            values = _keep_corrections(current, held[customer_id], values, customer_id,
                                       records.customer_lines.get(row.customer_id, [0])[0], conflicts, today)
        if any(current[name] != value for name, value in values.items()):
            work.changed_customers.append({"customer_id": customer_id, **values, "updated_at": now})
            changed.add(row.customer_id)
            counts["customers"][1] += 1
        else:
            counts["customers"][2] += 1

    stored_addresses = {tuple(row) for row in session.execute(select(CustomerAddress.customer_id, CustomerAddress.address))}
    new_addresses: set[str] = set()
    for row in records.customers.values():
        customer_id = stored_id.get(row.customer_id, row.customer_id)
        if row.email and (customer_id, row.email) not in stored_addresses:
            work.addresses.append({"customer_id": customer_id, "address": row.email, "source": AddressSource.RECORDS})
            new_addresses.add(row.email)

    stored_properties = {row[0]: (row[1], tuple(row[2:])) for row in session.execute(
        select(Property.key, Property.id, *(getattr(Property, name) for name in PROPERTY_FIELDS)))}
    changed_keys: set[str] = set()
    for row in records.properties.values():
        values = {name: getattr(row, name) for name in PROPERTY_FIELDS}
        stored = stored_properties.get(row.key)
        if stored is None:
            work.new_properties.append({"key": row.key, **values, "updated_at": now})
            changed_keys.add(row.key)
            counts["properties"][0] += 1
        elif stored[1] != tuple(values.values()):
            # The address columns describe the property (issue 13); a changed address changes what mail finds it.
            work.changed_properties.append({"id": stored[0], **values, "updated_at": now})
            changed_keys.add(row.key)
            counts["properties"][1] += 1
        else:
            counts["properties"][2] += 1
    property_ids = {key: stored[0] for key, stored in stored_properties.items()}

    stored_owners = {tuple(row) for row in session.execute(select(CustomerProperty.customer_id, CustomerProperty.property_id))}
    for customer_id, key in sorted(records.customer_properties):
        target = stored_id.get(customer_id, customer_id)
        if key not in property_ids or (target, property_ids[key]) not in stored_owners:
            work.owners.append((target, key))
            changed.add(customer_id)

    key_of_property = {pk: key for key, pk in property_ids.items()}
    stored_projects = {normalize_id(row[0]): (row[0], tuple(row[1:])) for row in session.execute(
        select(Project.project_id, *(getattr(Project, name) for name in PROJECT_FIELDS)))}
    project_changed: set[str] = set()
    changed_project_ids: set[str] = set()
    for row in records.projects.values():
        customer_id = stored_id.get(row.customer_id, row.customer_id)
        values = {"customer_id": customer_id, "property_key": row.property_key, "title": row.title, "status": row.status,
                  "closed_on": row.closed_on}
        stored = stored_projects.get(row.project_id)
        if stored is None:
            work.new_projects.append({"project_id": row.project_id, **values, "updated_at": now})
            changed.add(row.customer_id)
            project_changed.add(customer_id)
            changed_project_ids.add(row.project_id)
            counts["projects"][0] += 1
            continue
        project_id, (old_customer, old_property, *rest) = stored
        if (old_customer, key_of_property.get(old_property), *rest) != tuple(values.values()):
            work.changed_projects.append({"project_id": project_id, **values, "updated_at": now})
            changed.update({normalize_id(old_customer), row.customer_id})
            project_changed.update({old_customer, customer_id})
            changed_project_ids.add(project_id)
            counts["projects"][1] += 1
        else:
            counts["projects"][2] += 1

    existing = set(stored_id.values())
    return _Plan(
        records=records, customer_order=list(records.customers), work=work, property_ids=property_ids,
        counts={kind: Counts(*numbers) for kind, numbers in counts.items()}, changed=changed,
        # A customer first seen in this file has no mail linked to it yet: nothing to recompute for them.
        project_changed_customers=project_changed & existing, changed_project_ids=changed_project_ids,
        changed_property_keys=changed_keys, new_customer_ids={r["customer_id"] for r in work.new_customers},
        changed_addresses=new_addresses, refused=[], readmitted=set(), conflicts=conflicts)


def _keep_corrections(current: dict[str, str | None], held: list[tuple[HeldCorrection, list[Rectification]]],
                      values: dict[str, str | None], customer_id: str, line: int,
                      conflicts: list[CorrectionConflict], today: date) -> dict[str, str | None]:
    settled, conflicting = settle_corrections([correction for correction, _ in held], values)
    values = dict(values)
    for correction, rows in held:
        if correction.field in settled:
            for rectification in rows:
                rectification.source_confirmed_on = today
            values[correction.field] = current[correction.field]  # same value; keep the corrected spelling
        elif correction.field in conflicting:
            values[correction.field] = current[correction.field]
            conflicts.append(CorrectionConflict(line, customer_id, correction.field, rows[-1].rectified_at.date()))
    return values


def _audit(session: Session, actor: str, path: Path, plan: _Plan, batches: int, note: str | None) -> None:
    details = {"customers": len(plan.records.customers), "changed_customers": sorted(plan.changed),
               "refused_lines": [row.line for row in plan.refused], "readmitted": sorted(plan.readmitted),
               "returned_with_new_business": sorted(plan.returned),
               "disposed_projects_left_out": plan.disposed_projects_left_out,
               "correction_conflicts": [[c.customer_id, c.field] for c in plan.conflicts],
               "counts": {kind: [c.new, c.changed, c.unchanged] for kind, c in plan.counts.items()}, "batches": batches}
    if note and note != actor:
        details["actor_note"] = note[:64]  # the old free-text --actor: a note, not who acted
    append_audit(session, actor=actor, action="records.import", target_type="records_file", target_id=Path(path).name[:255],
                 details=details)


# ------------------------------------------------------------------ writing

def _split(plan: _Plan, batch_customers: int | None) -> list[tuple[_Batch, int]]:
    """The work in batches of customers (in the file's order). A property goes with the first customer who has it,
    so every batch finds the properties its owners and projects refer to written by then."""
    if batch_customers is None or len(plan.customer_order) <= batch_customers:
        return [(plan.work, len(plan.customer_order))]
    position = {customer_id: index // batch_customers for index, customer_id in enumerate(plan.customer_order)}
    count = max(position.values(), default=0) + 1
    batches = [_Batch() for _ in range(count)]

    def of(customer_id: str) -> int:
        return position.get(customer_id, position.get(normalize_id(customer_id), 0))

    first_owner: dict[str, int] = {}
    for customer_id, key in plan.records.customer_properties:
        first_owner[key] = min(first_owner.get(key, count), of(customer_id))
    work = plan.work
    for row in work.new_customers:
        batches[of(row["customer_id"])].new_customers.append(row)
    for row in work.changed_customers:
        batches[of(row["customer_id"])].changed_customers.append(row)
    for row in work.addresses:
        batches[of(row["customer_id"])].addresses.append(row)
    for row in work.new_properties:
        batches[first_owner.get(row["key"], 0)].new_properties.append(row)
    key_of_id = {pk: key for key, pk in plan.property_ids.items()}
    for row in work.changed_properties:
        batches[first_owner.get(key_of_id[row["id"]], 0)].changed_properties.append(row)
    for pair in work.owners:
        batches[of(pair[0])].owners.append(pair)
    for row in work.new_projects:
        batches[of(row["customer_id"])].new_projects.append(row)
    for row in work.changed_projects:
        batches[of(row["customer_id"])].changed_projects.append(row)
    sizes = [0] * count
    for customer_id in plan.customer_order:
        sizes[position[customer_id]] += 1
    return list(zip(batches, sizes))


def _write(session: Session, plan: _Plan, batch_customers: int | None):
    done = 0
    for batch, customers in _split(plan, batch_customers):
        _write_batch(session, plan, batch)
        done += customers
        yield done


def _write_batch(session: Session, plan: _Plan, batch: _Batch) -> None:
    """New rows as executemany INSERTs, changed ones as executemany UPDATEs by primary key (Core statements:
    the ORM's per-object bookkeeping would double the time of a large import)."""
    session.flush()  # corrections settled while comparing
    _insert(session, Customer, batch.new_customers)
    _update(session, Customer, batch.changed_customers)
    _insert(session, CustomerAddress, batch.addresses)
    _insert(session, Property, batch.new_properties)
    _update(session, Property, batch.changed_properties)
    new_keys = [row["key"] for row in batch.new_properties]
    for start in range(0, len(new_keys), _CHUNK):
        plan.property_ids.update(tuple(row) for row in session.execute(
            select(Property.key, Property.id).where(Property.key.in_(new_keys[start:start + _CHUNK]))))
    _insert(session, CustomerProperty, [{"customer_id": customer_id, "property_id": plan.property_ids[key]}
                                        for customer_id, key in batch.owners])

    def with_property_id(row: dict) -> dict:
        row = dict(row)
        key = row.pop("property_key")
        row["property_id"] = plan.property_ids.get(key) if key else None
        return row

    _insert(session, Project, [with_property_id(row) for row in batch.new_projects])
    _update(session, Project, [with_property_id(row) for row in batch.changed_projects])


def _insert(session: Session, model, rows: list[dict]) -> None:
    """Many new rows at once: SQLite's executemany (one prepared statement, run in C), PostgreSQL's COPY.
    psycopg's executemany sends one statement per row, and SQLAlchemy's multi-row VALUES pages spend longer
    in psycopg's parsing of the huge statement than the server spends storing it."""
    if not rows:
        return
    table = model.__table__
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        session.execute(insert(table), rows)
        return
    _copy(connection, table, rows)


def _copy(connection, table, rows: list[dict]) -> None:
    """``COPY table (columns) FROM STDIN`` in the session's own transaction, each value through its column's
    type (states as their codes, times as UTC) as SQLAlchemy would bind it."""
    dialect = connection.dialect
    names = list(rows[0])
    processors = [table.c[name].type.bind_processor(dialect) for name in names]
    quote = dialect.identifier_preparer
    statement = f"COPY {quote.format_table(table)} ({', '.join(quote.quote(name) for name in names)}) FROM STDIN"
    cursor = connection.connection.cursor()
    try:
        with cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([process(row[name]) if process else row[name] for name, process in zip(names, processors)])
    except Exception as error:
        # The same error tree as every other statement (intake.database): busy is busy, a lost server unreachable.
        from intake.database import is_busy, safe_url
        from intake.errors import DatabaseBusy, DatabaseUnreachable

        if is_busy(error):
            raise DatabaseBusy(safe_url(connection.engine.url), type(error).__name__) from error
        if type(error).__name__ == "OperationalError":
            raise DatabaseUnreachable(safe_url(connection.engine.url), type(error).__name__) from error
        raise
    finally:
        cursor.close()


def _update(session: Session, model, rows: list[dict]) -> None:
    if rows:
        session.execute(update(model), rows)


# ------------------------------------------------------------------ the stored mail the changes concern

def _update_mail(unit_of_work, plan: _Plan, policies: tuple[Policy, ...], progress: Progress | None,
                 own_domains: tuple[str, ...]) -> tuple[int, int]:
    """Link again the stored mail the new records may concern, then compute the retention dates of every message
    whose links changed or whose customer's projects changed. Returns (messages linked again, retention recomputed)."""
    from intake.relink import relink_messages

    relinked = relink_messages(unit_of_work, plan.changed_property_keys, plan.changed_addresses, progress, own_domains,
                               project_ids={row["project_id"] for row in plan.work.new_projects})
    with unit_of_work() as session:
        pks = set(messages_of_customers(session, plan.project_changed_customers, plan.changed_project_ids))
    pks = sorted(pks | set(relinked))
    for start in range(0, len(pks), _CHUNK):
        with unit_of_work() as session:
            recompute_retention_of_messages(session, policies, pks[start:start + _CHUNK])
        if progress:
            progress("mail", min(start + _CHUNK, len(pks)), len(pks))
    return len(relinked), len(pks)
