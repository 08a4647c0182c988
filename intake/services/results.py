"""What the services return: frozen values, never database rows.

Codes (states, kinds, roles) are the ``rules.vocabulary`` enums, so ``--format json`` and a
web page can show the code or look up its Norwegian name in ``rules.labels``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rules.vocabulary import (
    DisposalOutcome, ErasureAction, ErasureItemType, HoldTarget, ProposalState, RequestKind, RequestState, RequestStatus,
    ReportState, Role,
)


# ------------------------------------------------------------------ mail, records, status

@dataclass(frozen=True)
class Ready:
    """``intake init``: the database is migrated and the data folder exists."""

    data_dir: str


@dataclass(frozen=True)
class PollView:
    source: str
    started_at: datetime
    finished_at: datetime | None
    seen: int
    stored: int
    duplicates: int
    quarantined: int


@dataclass(frozen=True)
class QuarantinedItem:
    message_pk: int
    size: int
    reason: str


@dataclass(frozen=True)
class ReportRunView:
    kind: str
    period: str
    state: ReportState
    message_id: str
    attempts: int
    sent_at: datetime | None
    next_attempt_at: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class Status:
    counts: dict[str, int]  # message state -> number of messages
    last_poll: PollView | None
    review_open: int
    quarantined: tuple[QuarantinedItem, ...]
    reports: tuple[ReportRunView, ...] = ()
    requests: tuple = ()  # intake.privacy.requests.RegisterEntry: requests from data subjects still to be answered

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class MailboxFolder:
    name: str
    exists: bool
    messages: int
    waiting: int


@dataclass(frozen=True)
class MailboxCheck:
    """``intake mailbox check``: the IMAP server's answer, or how many Maildir messages wait."""

    source: str  # maildir | imap
    lines: tuple[str, ...]  # the contract's lines, as documented in the README


# ------------------------------------------------------------------ review

@dataclass(frozen=True)
class LinkEvidence:
    signal: str  # a rules.vocabulary.LinkSignal value
    weight: float


@dataclass(frozen=True)
class ReviewCandidate:
    customer_id: str
    confidence: float
    evidence: tuple[LinkEvidence, ...]


@dataclass(frozen=True)
class ReviewEntry:
    item_id: int
    message_pk: int
    sent_at: datetime | None
    from_address: str | None
    subject: str | None
    reason: str
    candidates: tuple[ReviewCandidate, ...]


@dataclass(frozen=True)
class ReviewDecision:
    item_id: int
    customer_id: str | None  # None when rejected


# ------------------------------------------------------------------ requests, access, export, rectification

@dataclass(frozen=True)
class RequestView:
    request_id: int
    kind: RequestKind
    subject_ref: str
    requested_on: date
    deadline: date
    status: RequestStatus
    state: RequestState  # as of the day it was read: open, overdue or answered
    answered_on: date | None


@dataclass(frozen=True)
class PackageFile:
    path: str  # relative to the package folder, with "/" separators
    content: bytes


@dataclass(frozen=True)
class AccessPackage:
    """The answer to an access request: the caller writes ``files`` under ``folder`` (e.g. ``innsyn-12``)."""

    request: RequestView
    folder: str
    files: tuple[PackageFile, ...]


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content: bytes
    consent_id: int
    reason: str


@dataclass(frozen=True)
class Correction:
    field: str
    new_value: str | None


# ------------------------------------------------------------------ erasure

@dataclass(frozen=True)
class ErasureItem:
    item_type: ErasureItemType
    item_id: str
    action: ErasureAction
    legal_reference: str
    reason: str

    @property
    def kept(self) -> bool:
        return self.action == ErasureAction.RESTRICT


@dataclass(frozen=True)
class ErasureAnswer:
    """What an erasure did (or, for a dry run, would do), and the answer to the person as text."""

    applied: bool
    request: RequestView | None
    items: tuple[ErasureItem, ...]
    answer: str
    subject: str = ""  # who, as staff see it: "Ingrid Solberg (K1001)"

    @property
    def erased(self) -> tuple[ErasureItem, ...]:
        return tuple(i for i in self.items if not i.kept)

    @property
    def kept(self) -> tuple[ErasureItem, ...]:
        return tuple(i for i in self.items if i.kept)
    notices: tuple = ()  # art. 19: intake.privacy.notices.NoticeView per partner who received the data


# ------------------------------------------------------------------ consent, holds, staff

@dataclass(frozen=True)
class ConsentView:
    consent_id: int
    customer_id: str
    partner: str
    data_categories: tuple[str, ...]
    project_id: str | None
    given_on: date
    withdrawn_on: date | None


@dataclass(frozen=True)
class HoldView:
    hold_id: int
    target_type: HoldTarget
    target_id: str
    reason: str
    set_by: str
    set_on: date
    lifted: bool


@dataclass(frozen=True)
class StaffView:
    username: str
    full_name: str
    role: Role
    signed_on: date | None
    active: bool
    os_user: str | None = None  # the operating-system login that acts as this account on the command line
    service: bool = False  # a service account: an administrator acts for it


# ------------------------------------------------------------------ retention and disposal

@dataclass(frozen=True)
class DueItem:
    message_pk: int
    category: str
    legal_basis: str
    retain_until: date
    holds: tuple[str, ...] = ()  # why it is held back, in words (legal holds, the review queue)
    legal_hold: bool = False
    in_review: bool = False


@dataclass(frozen=True)
class ExpiredRecord:
    customer_id: str
    expired_on: date
    holds: tuple[str, ...] = ()  # why it is not proposed (legal holds, mail in review or still kept); empty: it is


@dataclass(frozen=True)
class DueReport:
    """``intake retention due``: a report only; nothing is disposed of."""

    until: date
    due: tuple[DueItem, ...]
    held: tuple[DueItem, ...]  # past their date, but a legal hold stops disposal
    customer_records: tuple[ExpiredRecord, ...]

    def as_json(self) -> dict:
        """The documented JSON shape of ``intake retention due --format json``."""
        return {
            "until": self.until.isoformat(),
            "items": [{"message_pk": i.message_pk, "category": i.category, "legal_basis": i.legal_basis,
                       "retain_until": i.retain_until.isoformat(), "holds": list(i.holds)} for i in self.due + self.held],
            "customer_records": [{"customer_id": r.customer_id, "expired_on": r.expired_on.isoformat(), "holds": list(r.holds)}
                                 for r in self.customer_records],
        }


@dataclass(frozen=True)
class ProposalItem:
    message_pk: int | None  # a message, or
    category: str
    retain_until: date | None
    outcome: DisposalOutcome
    outcome_reason: str | None
    customer_id: str | None = None  # a customer record (its tombstone once disposed of)


@dataclass(frozen=True)
class ProposalView:
    proposal_id: int
    until: date
    status: ProposalState
    proposed_by: str
    decided_by: str | None
    items: tuple[ProposalItem, ...] = field(default=())

    @property
    def disposed(self) -> tuple[ProposalItem, ...]:
        return tuple(i for i in self.items if i.outcome == DisposalOutcome.DISPOSED)

    @property
    def skipped(self) -> tuple[ProposalItem, ...]:
        return tuple(i for i in self.items if i.outcome == DisposalOutcome.SKIPPED)


# ------------------------------------------------------------------ audit, reports

@dataclass(frozen=True)
class AuditCheck:
    entries: int
    checkpoints: int = 0  # signed checkpoints the log agrees with
    head: str = ""  # the last entry's MAC, as the monthly report quotes it


@dataclass(frozen=True)
class ReportMessage:
    """One month's retention report: the whole message (.eml bytes), its plain-text part, and what happened."""

    period: str
    content: bytes
    plain_text: str
    sent: bool
    note: str
