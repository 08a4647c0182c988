"""What the monthly retention report says, built from plain data (no database, no mail).

The caller fills ``ReportInputs`` from storage; ``build_report`` decides what is
due, what is overdue, which requests are late and what changed since the last
report. Items are named by internal ids (message number, customer id, staff id),
never by a person's name, and no message content enters the report.

A report covers one calendar month (the period). It is normally produced just
after the month ends; "coming" means from the day it is produced to the end of
the following month, when the next report takes over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rules.access import RequestCounts, count_requests, request_state
from rules.labels import NO_DATA_FOUND, data_label
from rules.retention import add_months
from rules.wording import MONTHS, norwegian_date

PERIOD_SHAPE = re.compile(r"^(\d{4})-(\d{2})$")

REVIEW = "review"
QUARANTINE = "quarantine"
QUEUES = (REVIEW, QUARANTINE)


@dataclass(frozen=True, order=True)
class Period:
    """One calendar month, written ``YYYY-MM``."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Period:
        match = PERIOD_SHAPE.match(text.strip())
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValueError(f"en måned skrives YYYY-MM (for eksempel 2026-11), ikke {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: date) -> Period:
        return cls(day.year, day.month)

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def name(self) -> str:
        return f"{MONTHS[self.month - 1]} {self.year}"

    @property
    def start(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def end(self) -> date:
        """The first day after the period."""
        return add_months(self.start, 1)

    def next(self) -> Period:
        return Period.containing(self.end)

    def previous(self) -> Period:
        return Period.containing(add_months(self.start, -1))


@dataclass(frozen=True)
class HeldItem:
    """One stored message under a retention policy."""

    message_pk: int
    category: str
    legal_basis: str
    data_categories: tuple[str, ...]
    retain_until: date | None
    legal_hold: bool


@dataclass(frozen=True)
class ActiveHold:
    """An active legal hold as the report lists it (the stored hold is ``models.LegalHold``)."""

    hold_id: str
    target: str  # e.g. "melding 42", "kunde K-1001", "prosjekt P-2024-07"
    placed_on: date | None
    placed_by: str | None


@dataclass(frozen=True)
class Disposal:
    disposal_id: str
    target: str
    category: str
    proposed_by: str
    approved_by: str
    disposed_on: date


@dataclass(frozen=True)
class SubjectRequest:
    """A data subject's request (access, erasure, rectification); the answer is due within one month (GDPR art. 12(3)).

    ``received_on`` and ``deadline`` are None where only the carried-out action is recorded (an erasure).
    """

    request_id: str
    kind: str
    subject_ref: str  # internal customer or subject id
    received_on: date | None
    deadline: date | None
    answered_on: date | None
    status: str = "open"  # suggested (found in a mail, not yet confirmed) | open | answered; dismissed ones are not listed
    extended_months: int = 0


def one_month_deadline(received_on: date) -> date:
    return add_months(received_on, 1)


@dataclass(frozen=True)
class WaitingMail:
    message_pk: int
    queue: str  # review | quarantine
    since: date


@dataclass(frozen=True)
class NoticeOwed:
    """A recipient still to be told of a correction, erasure, restriction or withdrawn consent (art. 19)."""

    notice_id: str
    subject_ref: str  # the customer number, or "slettet person"
    partner: str
    cause: str  # in Norwegian: "retting", "tilbaketrukket samtykke"
    since: date


@dataclass(frozen=True)
class ReportInputs:
    period: Period
    today: date
    held: tuple[HeldItem, ...]
    legal_holds: tuple[ActiveHold, ...]
    disposals: tuple[Disposal, ...]
    requests: tuple[SubjectRequest, ...]
    waiting: tuple[WaitingMail, ...]
    previous: PreviousReport | None
    restricted_customers: int = 0  # customers whose processing is restricted (art. 18)
    notices_owed: int = 0  # recipients still to be told of a correction, erasure or withdrawal (art. 19)
    # Messages in which the firm's own identifiers (org number, staff names and phones) were found, by label:
    # counted apart, because they are not the customers' personal data (HeldItem.data_categories leaves them out).
    firm_own: tuple[tuple[str, int], ...] = ()
    # Data minimization in the period: messages masked, and values masked by label.
    minimized_messages: int = 0
    minimized_values: tuple[tuple[str, int], ...] = ()
    audit: AuditCheckpoint | None = None
    notices: tuple[NoticeOwed, ...] = ()  # the art. 19 notices still owed, listed (notices_owed counts them)


@dataclass(frozen=True)
class AuditCheckpoint:
    """The audit log as the report was written: entry count and head MAC (an anchor outside the firm's
    systems: a log later cut short or rewritten no longer reaches it), and the places it is broken."""

    entries: int
    head: str
    breaks: int


@dataclass(frozen=True)
class PreviousReport:
    period: str
    figures: dict[str, int]


@dataclass(frozen=True)
class BasisRow:
    category: str
    legal_basis: str
    count: int
    undated: int  # waiting for the event the period runs from (e.g. an open project)


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


@dataclass(frozen=True)
class RequestLine:
    request: SubjectRequest
    status: str
    late: bool  # still to be answered and past its deadline: needs action now, the report's alarm
    answered_late: bool = False  # answered, but after the deadline: listed as "besvart for sent", no alarm


@dataclass(frozen=True)
class Change:
    key: str
    label: str
    previous: int
    current: int

    @property
    def delta(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True)
class RetentionReport:
    period: Period
    today: date
    due_until: date  # exclusive
    held_total: int
    by_basis: tuple[BasisRow, ...]
    by_data_category: tuple[CountRow, ...]
    due: tuple[HeldItem, ...]
    overdue: tuple[HeldItem, ...]
    legal_holds: tuple[ActiveHold, ...]
    held_back: tuple[HeldItem, ...]  # messages a legal hold keeps from disposal
    disposals: tuple[Disposal, ...]
    requests: tuple[RequestLine, ...]
    waiting: tuple[WaitingMail, ...]
    figures: dict[str, int]
    previous_period: str | None
    changes: tuple[Change, ...]
    by_firm_category: tuple[CountRow, ...] = ()
    minimized_values: tuple[CountRow, ...] = ()
    audit: AuditCheckpoint | None = None
    request_counts: RequestCounts = RequestCounts()  # unanswered requests today: suggested, open, overdue
    notices: tuple[NoticeOwed, ...] = ()  # art. 19 notices still owed

    @property
    def late_requests(self) -> tuple[RequestLine, ...]:
        return tuple(line for line in self.requests if line.late)

    def waiting_in(self, queue: str) -> tuple[WaitingMail, ...]:
        return tuple(item for item in self.waiting if item.queue == queue)


FIGURE_LABELS = {
    "held_total": "Meldinger som oppbevares",
    "held_undated": "Uten slettefrist (venter på hendelse)",
    "due": "Forfaller til sletting",
    "overdue": "Over slettefristen",
    "legal_holds": "Aktive rettslige pålegg om bevaring",
    "held_back": "Meldinger holdt tilbake av pålegg",
    "disposals": "Slettet i perioden",
    "requests_suggested": "Foreslåtte henvendelser (ikke bekreftet)",
    "requests_open": "Åpne henvendelser fra registrerte",
    "requests_late": "Henvendelser over fristen",
    "requests_answered_late": "Henvendelser besvart for sent",
    "review": "Venter i gjennomgangskøen",
    "quarantine": "I karantene",
    "restricted_customers": "Kunder med begrenset behandling (art. 18)",
    "notices_owed": "Mottakere som ennå ikke er varslet (art. 19)",
    "minimized": "Meldinger maskert ved dataminimering i perioden",
}


def build_report(inputs: ReportInputs) -> RetentionReport:
    today = inputs.today
    due_until = inputs.period.next().end
    active = [item for item in inputs.held if not item.legal_hold]
    overdue = tuple(sorted((i for i in active if i.retain_until and i.retain_until < today), key=_by_date))
    due = tuple(sorted((i for i in active if i.retain_until and today <= i.retain_until < due_until), key=_by_date))
    disposals = tuple(sorted(
        (d for d in inputs.disposals if inputs.period.start <= d.disposed_on < inputs.period.end),
        key=lambda d: (d.disposed_on, d.disposal_id),
    ))
    requests = tuple(_request_line(r, today) for r in sorted(
        (r for r in inputs.requests if _request_belongs(r, inputs.period)),
        key=lambda r: (r.received_on or r.answered_on or date.min, r.request_id),
    ))
    waiting = tuple(sorted(inputs.waiting, key=lambda w: (QUEUES.index(w.queue), w.since, w.message_pk)))
    holds = tuple(sorted(inputs.legal_holds, key=lambda h: (h.placed_on or date.min, h.hold_id)))
    held_back = tuple(item for item in inputs.held if item.legal_hold)
    request_counts = count_requests(_request_state(line.request, today) for line in requests
                                    if line.request.answered_on is None)
    figures = {
        "held_total": len(inputs.held),
        "held_undated": sum(1 for item in inputs.held if item.retain_until is None),
        "due": len(due),
        "overdue": len(overdue),
        "legal_holds": len(holds),
        "held_back": len(held_back),
        "disposals": len(disposals),
        "requests_suggested": request_counts.suggested,
        "requests_open": request_counts.open,
        "requests_late": sum(1 for line in requests if line.late),
        "requests_answered_late": sum(1 for line in requests if line.answered_late),
        "review": sum(1 for item in waiting if item.queue == REVIEW),
        "quarantine": sum(1 for item in waiting if item.queue == QUARANTINE),
        "restricted_customers": inputs.restricted_customers,
        "notices_owed": inputs.notices_owed,
        "minimized": inputs.minimized_messages,
    }
    return RetentionReport(
        period=inputs.period,
        today=today,
        due_until=due_until,
        held_total=len(inputs.held),
        by_basis=_by_basis(inputs.held),
        by_data_category=_by_data_category(inputs.held),
        due=due,
        overdue=overdue,
        legal_holds=holds,
        held_back=held_back,
        disposals=disposals,
        requests=requests,
        waiting=waiting,
        figures=figures,
        previous_period=inputs.previous.period if inputs.previous else None,
        changes=_changes(inputs.previous, figures),
        audit=inputs.audit,
        request_counts=request_counts,
        notices=tuple(sorted(inputs.notices, key=lambda n: (n.since, n.notice_id))),
        by_firm_category=tuple(CountRow(data_label(label).name, count) for label, count in
                               sorted(inputs.firm_own, key=lambda kv: (-kv[1], data_label(kv[0]).name))),
        minimized_values=tuple(CountRow(data_label(label).name, count) for label, count in
                               sorted(inputs.minimized_values, key=lambda kv: (-kv[1], data_label(kv[0]).name))),
    )


def _by_date(item: HeldItem) -> tuple:
    return (item.retain_until, item.message_pk)


def _by_basis(held: tuple[HeldItem, ...]) -> tuple[BasisRow, ...]:
    groups: dict[tuple[str, str], list[HeldItem]] = {}
    for item in held:
        groups.setdefault((item.category, item.legal_basis), []).append(item)
    rows = [
        BasisRow(category, basis, len(items), sum(1 for i in items if i.retain_until is None))
        for (category, basis), items in groups.items()
    ]
    return tuple(sorted(rows, key=lambda row: (-row.count, row.category, row.legal_basis)))


def _by_data_category(held: tuple[HeldItem, ...]) -> tuple[CountRow, ...]:
    counts: dict[str, int] = {}
    for item in held:
        for label in item.data_categories or (None,):
            name = data_label(label).name if label else NO_DATA_FOUND
            counts[name] = counts.get(name, 0) + 1
    return tuple(CountRow(label, count) for label, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _request_belongs(request: SubjectRequest, period: Period) -> bool:
    """Open requests always; answered ones when answered in the period or since."""
    return request.answered_on is None or request.answered_on >= period.start


def _request_state(request: SubjectRequest, today: date) -> str:
    """The request's state today, as the register and `intake status` tell it (an erasure carried out without a
    received date is open)."""
    if request.deadline is None:
        return request_state(request.status, today, today, request.extended_months)
    return request_state(request.status, request.deadline, today, request.extended_months)


def _request_line(request: SubjectRequest, today: date) -> RequestLine:
    deadline = request.deadline
    if request.answered_on is not None:
        # Answered is done: a late answer is reported as such, but nothing is left to do, so it raises no alarm.
        if deadline is not None and request.answered_on > deadline:
            return RequestLine(request, f"Besvart for sent, {norwegian_date(request.answered_on)}", False, answered_late=True)
        return RequestLine(request, f"Besvart {norwegian_date(request.answered_on)}", False)
    state = "Foreslått, ikke bekreftet" if request.status == "suggested" else "Åpen"
    if request.extended_months:
        state += f", fristen forlenget med {request.extended_months} {'måned' if request.extended_months == 1 else 'måneder'}"
    if deadline is None:
        return RequestLine(request, state, False)
    days_left = (deadline - today).days
    if days_left < 0:
        return RequestLine(request, f"{state} – fristen gikk ut for {-days_left} {'dag' if -days_left == 1 else 'dager'} siden", True)
    return RequestLine(request, f"{state} – {days_left} {'dag' if days_left == 1 else 'dager'} igjen", False)


def _changes(previous: PreviousReport | None, figures: dict[str, int]) -> tuple[Change, ...]:
    if previous is None:
        return ()
    return tuple(
        Change(key, FIGURE_LABELS[key], previous.figures.get(key, 0), value)
        for key, value in figures.items()
    )

