"""Read queries shared by the daemon, the CLI and the rules' callers."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.ledger import LedgerEntry, PollRun
from models.links import MessageCustomerLink, MessageProjectLink, MessagePropertyLink, PropertyCaseNumber, ReviewItem
from models.mail import Message, Thread
from models.minimization import MinimizationTombstone
from models.records import Customer, CustomerAddress, CustomerProperty, Project, Property
from rules.erasure import erased_message_id
from rules.linking.linker import KnownCustomer, KnownProject, KnownProperty
from rules.retention import ProjectState
from rules.vocabulary import MessageState, ReviewState


def ledger_entry(session: Session, *, source: str, account: str, folder: str, mailbox_identity: str, message_key: str) -> LedgerEntry | None:
    return session.scalar(
        select(LedgerEntry).where(
            LedgerEntry.source == source,
            LedgerEntry.account == account,
            LedgerEntry.folder == folder,
            LedgerEntry.mailbox_identity == mailbox_identity,
            LedgerEntry.message_key == message_key,
        )
    )


def message_by_raw_hash(session: Session, sha256: str) -> Message | None:
    """The message stored from these bytes, also when minimization has since replaced them by a masked copy."""
    found = session.scalar(select(Message).where(Message.raw_sha256 == sha256))
    if found is None:
        masked = session.scalar(select(MinimizationTombstone.message_pk)
                                .where(MinimizationTombstone.original_sha256 == sha256).limit(1))
        found = session.get(Message, masked) if masked is not None else None
    return found


def messages_by_message_id(session: Session, message_id: str) -> list[Message]:
    """The messages stored with this Message-ID (erased ones included), the first stored first."""
    candidates = (message_id, erased_message_id(message_id))
    return list(session.scalars(select(Message).where(Message.message_id_header.in_(candidates)).order_by(Message.id)))


def thread_for(session: Session, own_id: str | None, parent_ids: list[str], subject: str) -> Thread | None:
    """The thread of the first known parent, else a new thread rooted at the oldest reference."""
    if parent_ids:
        parent_thread = session.scalar(
            select(Message.thread_id).where(Message.message_id_header.in_(parent_ids), Message.thread_id.is_not(None)).limit(1)
        )
        if parent_thread is not None:
            return session.get(Thread, parent_thread)
    root = parent_ids[0] if parent_ids else own_id
    if root is None:
        return None
    thread = session.scalar(select(Thread).where(Thread.root_message_id == root))
    if thread is None:
        thread = Thread(root_message_id=root, subject=subject)
        session.add(thread)
        session.flush()
    return thread


def thread_customer_ids(session: Session, thread_id: int | None) -> tuple[str, ...]:
    if thread_id is None:
        return ()
    rows = session.scalars(
        select(MessageCustomerLink.customer_id)
        .join(Message, Message.id == MessageCustomerLink.message_pk)
        .where(Message.thread_id == thread_id)
        .distinct()
    )
    return tuple(sorted(rows))


def thread_links(session: Session, thread_id: int | None) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The customers, properties (concerned, not a neighbour's named in passing) and projects of a thread's messages."""
    if thread_id is None:
        return (), (), ()
    in_thread = select(Message.id).where(Message.thread_id == thread_id)
    properties = session.scalars(select(MessagePropertyLink.property_key).where(
        MessagePropertyLink.message_pk.in_(in_thread), MessagePropertyLink.role == "concerns").distinct())
    projects = session.scalars(select(MessageProjectLink.project_id).where(
        MessageProjectLink.message_pk.in_(in_thread)).distinct())
    return thread_customer_ids(session, thread_id), tuple(sorted(properties)), tuple(sorted(projects))


def case_properties(session: Session, case_numbers: list[str]) -> tuple[tuple[str, str], ...]:
    """(case number, property key) for the case numbers earlier mail tied to a property."""
    if not case_numbers:
        return ()
    rows = session.execute(select(PropertyCaseNumber.case_number, PropertyCaseNumber.property_key)
                           .where(PropertyCaseNumber.case_number.in_(case_numbers)).distinct())
    return tuple(sorted((number, key) for number, key in rows))


def known_customers(session: Session) -> list[KnownCustomer]:
    """Every customer with addresses, phones, properties and projects, for the linker."""
    addresses = defaultdict(lambda: {"records": set(), "confirmed": set()})
    for row in session.execute(select(CustomerAddress.customer_id, CustomerAddress.address, CustomerAddress.source)):
        addresses[row.customer_id][row.source].add(row.address)
    properties = defaultdict(list)
    for customer_id, prop in session.execute(
        select(CustomerProperty.customer_id, Property).join(Property, Property.id == CustomerProperty.property_id)
    ):
        properties[customer_id].append(
            KnownProperty(key=prop.key, kommunenr=prop.kommunenr, gnr=prop.gnr, bnr=prop.bnr, fnr=prop.fnr, snr=prop.snr,
                          street_address=prop.street_address, postcode=prop.postcode, city=prop.city)
        )
    projects = defaultdict(list)
    for project, property_key in session.execute(
        select(Project, Property.key).outerjoin(Property, Property.id == Project.property_id).order_by(Project.project_id)
    ):
        projects[project.customer_id].append(
            KnownProject(project.project_id, property_key, project.status, project.closed_on))
    customers = []
    for customer in session.scalars(select(Customer).order_by(Customer.customer_id)):
        emails = {customer.email} if customer.email else set()
        emails |= addresses[customer.customer_id]["records"]
        customers.append(
            KnownCustomer(
                customer_id=customer.customer_id,
                name=customer.name,
                emails=tuple(sorted(emails)),
                phones=(customer.phone,) if customer.phone else (),
                properties=tuple(sorted(properties[customer.customer_id], key=lambda p: p.key)),
                project_ids=tuple(p.project_id for p in projects[customer.customer_id]),
                projects=tuple(projects[customer.customer_id]),
                confirmed_addresses=tuple(sorted(addresses[customer.customer_id]["confirmed"])),
                # The customer's own address and the addresses of the customer's properties (where the tiltak is).
                street_addresses=tuple(sorted(
                    {customer.street_address} - {None}
                    | {p.street_address for p in properties[customer.customer_id] if p.street_address})),
            )
        )
    return customers


def property_ids_by_key(session: Session, keys: set[str]) -> dict[str, int]:
    if not keys:
        return {}
    return dict(session.execute(select(Property.key, Property.id).where(Property.key.in_(keys))).all())


def project_states(session: Session, customer_ids: list[str]) -> tuple[ProjectState, ...]:
    if not customer_ids:
        return ()
    rows = session.scalars(select(Project).where(Project.customer_id.in_(customer_ids)).order_by(Project.project_id))
    return tuple(ProjectState(project_id=p.project_id, status=p.status, closed_on=p.closed_on) for p in rows)


def project_states_by_id(session: Session, project_ids: list[str]) -> tuple[ProjectState, ...]:
    if not project_ids:
        return ()
    rows = session.scalars(select(Project).where(Project.project_id.in_(project_ids)).order_by(Project.project_id))
    return tuple(ProjectState(project_id=p.project_id, status=p.status, closed_on=p.closed_on) for p in rows)


def records_version(session: Session) -> tuple:
    """Changes whenever the records change, so cached directories know to reload."""
    return (
        session.scalar(select(func.count()).select_from(Customer)),
        session.scalar(select(func.max(Customer.updated_at))),
        session.scalar(select(func.count()).select_from(CustomerAddress)),
        session.scalar(select(func.count()).select_from(CustomerProperty)),
        session.scalar(select(func.count()).select_from(Property)),
        session.scalar(select(func.max(Property.updated_at))),
        session.scalar(select(func.count()).select_from(Project)),
        session.scalar(select(func.max(Project.updated_at))),
    )


def message_counts(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Message.state, func.count()).group_by(Message.state)).all())


def open_review_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ReviewItem).where(ReviewItem.state == ReviewState.OPEN)) or 0


def last_poll(session: Session) -> PollRun | None:
    return session.scalar(select(PollRun).order_by(PollRun.id.desc()).limit(1))


def quarantined_messages(session: Session, limit: int = 20) -> list[Message]:
    return list(
        session.scalars(select(Message).where(Message.state == MessageState.QUARANTINED).order_by(Message.id.desc()).limit(limit))
    )
