"""Services that keep privacy decisions true over time (issue 12): the request register with
suggestions from the mailbox, restriction (art. 18), notices to recipients (art. 19), and the
corrections, erasures and withdrawals that owe such notices. One call per CLI operation;
each owns its transaction, and the privacy modules check the staff member and audit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from intake.app import App
from intake.privacy import consent, erasure, notices, rectify as rectification, requests, restriction
from intake.services.results import Correction
from models.session import transaction


@dataclass(frozen=True)
class NoticeOutcome:
    """What a change did, and the recipients it owes a notice (art. 19)."""

    changed: tuple
    notices: tuple  # intake.privacy.notices.NoticeView


def list_register(app: App, actor: str | None) -> tuple:
    with transaction(app.sessions) as session:
        return tuple(requests.list_register(session, actor))


def list_register_steps(app: App, actor: str | None) -> tuple:
    """The register as the web page lists it: each request with the step that takes it further for this actor."""
    with transaction(app.sessions) as session:
        return tuple(requests.list_register_steps(session, actor))


def get_register_row(app: App, actor: str | None, request_id: int):
    """One request as its page shows it: the register's row for it, with the same step for this actor as the list."""
    with transaction(app.sessions) as session:
        return requests.get_register_row(session, actor, request_id)


def confirm_request(app: App, actor: str | None, request_id: int, customer_id: str | None = None,
                    received_on: date | None = None):
    with transaction(app.sessions) as session:
        return requests.confirm(session, actor, request_id, customer_id, received_on)


def dismiss_request(app: App, actor: str | None, request_id: int, reason: str):
    with transaction(app.sessions) as session:
        return requests.dismiss(session, actor, request_id, reason)


@dataclass(frozen=True)
class Extension:
    """An extended deadline (art. 12(3)) and the letter that tells the person, with the reason."""

    request: requests.RegisterEntry
    letter: str


def extend_request(app: App, actor: str | None, request_id: int, months: int, reason: str) -> Extension:
    with transaction(app.sessions) as session:
        entry = requests.extend(session, actor, request_id, months, reason)
        letter = requests.extension_letter_text(session, request_id, app.config.letters,
                                                app.config.processing.controller_contact,
                                                app.config.processing.supervisory_authority)
        return Extension(entry, letter)


def answer_request(app: App, actor: str | None, request_id: int, sent_on: date):
    with transaction(app.sessions) as session:
        return requests.answer(session, actor, request_id, sent_on)


def correct_received(app: App, actor: str | None, request_id: int, received_on: date):
    with transaction(app.sessions) as session:
        return requests.correct_received(session, actor, request_id, received_on)


def restrict(app: App, actor: str | None, customer_id: str, reason: str, notified: tuple[str, ...] = ()) -> NoticeOutcome:
    with transaction(app.sessions) as session:
        row, owed = restriction.restrict(session, actor, customer_id, reason, notified=tuple(notified))
        return NoticeOutcome((row.id,), tuple(owed))


def unrestrict(app: App, actor: str | None, customer_id: str, notice_sent_on: date) -> None:
    with transaction(app.sessions) as session:
        restriction.unrestrict(session, actor, customer_id, notice_sent_on)


def list_notices(app: App, actor: str | None, owed_only: bool = True, customer_id: str | None = None) -> tuple:
    """The notices owed to partners (art. 19), for every customer or one."""
    with transaction(app.sessions) as session:
        return tuple(notices.list_notices(session, actor, owed_only, customer_id))


def notice_done(app: App, actor: str | None, notice_id: int, on: date | None = None):
    with transaction(app.sessions) as session:
        return notices.mark_notified(session, actor, notice_id, on)


def rectify(app: App, actor: str | None, customer_id: str, changes: dict[str, str], reason: str,
            notified: tuple[str, ...] = ()) -> NoticeOutcome:
    """Correct the record; every partner the data was disclosed to is owed a notice (art. 19)."""
    with transaction(app.sessions) as session:
        before = _notice_ids(session)
        done = rectification.rectify(session, actor, customer_id, changes, reason, tuple(notified), hash_key=app.hash_key)
        return NoticeOutcome(tuple(Correction(r.field, r.new_value) for r in done), _new_notices(session, before))


def withdraw_consent(app: App, actor: str | None, consent_id: int, withdrawn_on: date | None = None) -> NoticeOutcome:
    """Withdraw; a partner who received data under the consent is owed a notice."""
    with transaction(app.sessions) as session:
        before = _notice_ids(session)
        record = consent.withdraw(session, actor, consent_id, withdrawn_on or date.today())
        return NoticeOutcome((record.id,), _new_notices(session, before))


def _notice_ids(session) -> set[int]:
    from sqlalchemy import select

    from models import RecipientNotice

    return set(session.scalars(select(RecipientNotice.id)))


def _new_notices(session, before: set[int]) -> tuple:
    from sqlalchemy import select

    from models import RecipientNotice

    rows = session.scalars(select(RecipientNotice).where(RecipientNotice.id.not_in(before) if before else True)
                           .order_by(RecipientNotice.id))
    return tuple(notices.NoticeView(r.id, r.customer_id, r.partner, r.cause, r.created_at.date(), r.notified_on) for r in rows)


__all__ = ["NoticeOutcome", "erasure"]
