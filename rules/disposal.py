"""Disposal when retention runs out, Noark 5 style: listed, proposed, approved, logged.

What is due is a report, never an action. A proposal freezes the list; at approval
each item is checked again, because a legal hold may have been set or a record may
have changed (a project reopened) since it was proposed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rules.retention import ProjectState, add_months
from rules.vocabulary import ApprovalAction, ProjectStatus
from rules.wording import counted, norwegian_date


@dataclass(frozen=True)
class RetentionItem:
    message_pk: int
    category: str
    legal_basis: str
    retain_until: date | None
    hold_reasons: tuple[str, ...] = ()  # legal holds (rettslig bevaring) on the message, its customer, property or project
    in_review: bool = False  # waiting in the review queue: whose mail it is, and so how long it is kept, is not settled

    @property
    def held(self) -> bool:
        return bool(self.hold_reasons) or self.in_review

    @property
    def why_held(self) -> tuple[str, ...]:
        """Why it is held back, in words staff read: each legal hold, and the review queue (which is not a hold)."""
        return legal_hold_words(self.hold_reasons) + ((IN_REVIEW,) if self.in_review else ())


def legal_hold_words(reasons: tuple[str, ...]) -> tuple[str, ...]:
    """Each hold reason says it is a legal hold (the holds' own reasons already start "rettslig bevaring #N")."""
    return tuple(reason if "rettslig bevaring" in reason else f"rettslig bevaring: {reason}" for reason in reasons)


IN_REVIEW = "venter i gjennomgangskøen: hvilken kunde e-posten gjelder, og dermed hvor lenge den skal oppbevares, er ikke avgjort"


@dataclass(frozen=True)
class DueList:
    due: tuple[RetentionItem, ...]
    held: tuple[RetentionItem, ...]  # past their date, but a legal hold stops disposal


@dataclass(frozen=True)
class ApprovalCheck:
    action: ApprovalAction
    reason: str


def is_past(item: RetentionItem, day: date) -> bool:
    return item.retain_until is not None and item.retain_until <= day


def due_for_disposal(items: list[RetentionItem], until: date) -> DueList:
    past = sorted((item for item in items if is_past(item, until)), key=lambda i: (i.retain_until, i.message_pk))
    return DueList(due=tuple(i for i in past if not i.held), held=tuple(i for i in past if i.held))


def check_at_approval(current: RetentionItem | None, today: date) -> ApprovalCheck:
    """Dispose only what is still stored, still past its date today, and under no hold."""
    if current is None:
        return ApprovalCheck(ApprovalAction.SKIP, "allerede slettet eller ikke lenger lagret")
    if current.held:
        return ApprovalCheck(ApprovalAction.SKIP, "; ".join(current.why_held))
    if not is_past(current, today):
        until = norwegian_date(current.retain_until) if current.retain_until else "ikke satt"
        return ApprovalCheck(ApprovalAction.SKIP, f"oppbevaringsfristen er endret (nå: {until})")
    return ApprovalCheck(ApprovalAction.DISPOSE, f"oppbevaringstiden gikk ut {norwegian_date(current.retain_until)}")


def customer_record_expires(projects: tuple[ProjectState, ...], period_months: int) -> date | None:
    """When a customer record has served its purpose: the policy's period after the last project closed.
    None while any project is open, or when there is no project to run from (staff decide those)."""
    if not projects or any(p.status != ProjectStatus.CLOSED or p.closed_on is None for p in projects):
        return None
    return add_months(max(p.closed_on for p in projects), period_months)


# ---------------------------------------------------------------- customer records (issue 12: disposal is not a request)

@dataclass(frozen=True)
class CustomerRecordItem:
    """A customer record whose retention period has run out: the policy's period after the last project closed.
    It is disposed of by proposal and approval, like mail, never by ``intake erase`` (nobody asked)."""

    customer_id: str
    expires: date | None  # None: a project is open again, or there is none to run from
    legal_basis: str
    hold_reasons: tuple[str, ...] = ()
    in_review: int = 0  # the customer's mail (or mail naming them as a candidate) waiting in the review queue
    kept_messages: int = 0  # the customer's mail that is still kept (not due, held, or in review)

    @property
    def held(self) -> bool:
        return bool(self.hold_reasons) or bool(self.in_review) or bool(self.kept_messages)

    @property
    def why_held(self) -> tuple[str, ...]:
        reasons = legal_hold_words(self.hold_reasons)
        if self.in_review:
            reasons += (f"{counted(self.in_review, 'e-post')} om kunden venter i gjennomgangskøen",)
        if self.kept_messages:
            reasons += (f"{counted(self.kept_messages, 'e-post')} knyttet til kunden oppbevares fortsatt, og "
                        "kundeopplysningene trengs for å knytte dem til rett person",)
        return reasons


@dataclass(frozen=True)
class RecordDueList:
    due: tuple[CustomerRecordItem, ...]
    held: tuple[CustomerRecordItem, ...]


def records_due(items: list[CustomerRecordItem], until: date) -> RecordDueList:
    past = sorted((i for i in items if i.expires is not None and i.expires <= until), key=lambda i: (i.expires, i.customer_id))
    return RecordDueList(due=tuple(i for i in past if not i.held), held=tuple(i for i in past if i.held))


def check_record_at_approval(current: CustomerRecordItem | None, today: date) -> ApprovalCheck:
    """Dispose of the record only if it is still there, still past its date today, and nothing keeps it."""
    if current is None:
        return ApprovalCheck(ApprovalAction.SKIP, "kundeopplysningene er allerede fjernet")
    if current.expires is None or current.expires > today:
        until = norwegian_date(current.expires) if current.expires else "ikke satt (et prosjekt er åpent)"
        return ApprovalCheck(ApprovalAction.SKIP, f"oppbevaringsfristen er endret (nå: {until})")
    if current.held:
        return ApprovalCheck(ApprovalAction.SKIP, "; ".join(current.why_held))
    return ApprovalCheck(ApprovalAction.DISPOSE, f"oppbevaringstiden gikk ut {norwegian_date(current.expires)}")
