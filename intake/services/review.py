"""Services for the review queue: messages the linker would not link on its own, settled by staff.

Accepting or linking links the message; the sender's address is remembered only when staff
say the sender is the customer (issue 12). Every decision is audited.
"""

from __future__ import annotations

from intake.app import App
from intake.ingest import review as queue
from intake.services.results import LinkEvidence, ReviewCandidate, ReviewDecision, ReviewEntry
from models.session import transaction


def open_items(app: App, actor: str | None) -> tuple[ReviewEntry, ...]:
    """The open items, oldest first, each with its candidates and their evidence (the listing is audited)."""
    with transaction(app.sessions) as session:
        return tuple(
            ReviewEntry(item.item_id, item.message_pk, item.sent_at, item.from_address, item.subject, item.reason,
                        tuple(_candidate(c) for c in item.candidates))
            for item in queue.open_items(session, actor)
        )


def _candidate(candidate: dict) -> ReviewCandidate:
    return ReviewCandidate(candidate["customer_id"], float(candidate["confidence"]),
                           tuple(LinkEvidence(r["signal"], float(r["weight"])) for r in candidate.get("reasons", ())))


def accept(app: App, actor: str | None, item_id: int, customer_id: str | None = None,
           sender_is_customer: bool = False) -> ReviewDecision:
    """Link the item's message to its strongest candidate, or to the named one (which must be a candidate);
    remember the sender's address only when staff say the sender is the customer."""
    with transaction(app.sessions) as session:
        linked = queue.accept(session, actor, item_id, app.config.retention.policies, app.config.mailbox.own_domains,
                              customer_id, sender_is_customer)
    return ReviewDecision(item_id, linked)


def link_to(app: App, actor: str | None, item_id: int, customer_id: str, sender_is_customer: bool = False) -> ReviewDecision:
    """Link the item's message to any customer, a candidate or not."""
    with transaction(app.sessions) as session:
        linked = queue.link_to(session, actor, item_id, customer_id, app.config.retention.policies,
                               app.config.mailbox.own_domains, sender_is_customer)
    return ReviewDecision(item_id, linked)


def link_message(app: App, actor: str | None, message_pk: int, customer_id: str,
                 sender_is_customer: bool = False) -> ReviewDecision:
    """Staff confirm that a stored message (an uncertain match in a lookup) concerns the customer."""
    with transaction(app.sessions) as session:
        linked = queue.link_message(session, actor, message_pk, customer_id, app.config.retention.policies,
                                    app.config.mailbox.own_domains, sender_is_customer)
    return ReviewDecision(message_pk, linked)


def reject(app: App, actor: str | None, item_id: int) -> ReviewDecision:
    """The message concerns none of the candidates: it stays unlinked."""
    with transaction(app.sessions) as session:
        queue.reject(session, actor, item_id)
    return ReviewDecision(item_id, None)
