"""Nothing waiting in the review queue is proposed for disposal, or disposed at approval (issue 12)."""

from __future__ import annotations

from datetime import date

from models import ReviewItem
from models.session import transaction
from intake.privacy.disposal import approve, due, propose


def test_mail_in_the_review_queue_is_held_back_from_disposal(sessions, world):
    with transaction(sessions) as session:
        session.add(ReviewItem(message_pk=world.expired_unlinked, reason="svake signaler", candidates=[]))
    with transaction(sessions) as session:
        listing = due(session, "kari", date.today())
        assert world.expired_unlinked not in [i.message_pk for i in listing.due]
        [held] = [i for i in listing.held if i.message_pk == world.expired_unlinked]
        assert held.in_review and not held.hold_reasons  # not a legal hold
        assert any("venter i gjennomgangskøen" in why and "rettslig bevaring" not in why for why in held.why_held)
        proposal, items = propose(session, "kari", date.today())
        assert world.expired_unlinked not in [i.message_pk for i in items]
        # Put in review after the proposal: skipped at approval.
        session.add(ReviewItem(message_pk=world.expired_old_project, reason="svake signaler", candidates=[]))
    with transaction(sessions) as session:
        _, items = approve(session, "rita", proposal.id)
        outcome = {i.message_pk: (i.outcome, i.outcome_reason) for i in items}
    state, reason = outcome[world.expired_old_project]
    assert state == "skipped"
    # The review queue is not a legal hold: the reason says which it is.
    assert "gjennomgangskøen" in reason and "rettslig bevaring" not in reason
