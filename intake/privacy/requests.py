"""The register of data subjects' requests, access and erasure alike: each is due one month
after it came in (GDPR art. 12(3)) and stays open until answered.

A request is registered when it comes in, so its deadline runs from the day the person
asked, not from the day staff got round to it; registering is audited.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.privacy.lookup import audit_ref
from intake.privacy.staff import require
from intake.privacy.subjects import SubjectMatch
from models import AccessRequest
from models.audit import append_audit
from rules.access import access_deadline, request_state
from rules.vocabulary import RequestKind, RequestState, RequestStatus, StaffAction


def open_or_register(session: Session, actor: str, candidate: SubjectMatch, hash_key: bytes, kind: RequestKind,
                     received_on: date) -> AccessRequest:
    """The subject's open request of this kind, or a new one received on ``received_on``."""
    ref = audit_ref(candidate.ref, hash_key)
    subject = (AccessRequest.customer_id == candidate.customer_id) if candidate.customer_id else (AccessRequest.subject_ref == ref)
    request = session.scalar(select(AccessRequest).where(subject, AccessRequest.kind == kind, AccessRequest.status == RequestStatus.OPEN)
                             .order_by(AccessRequest.id))
    if request is not None:
        return request
    request = AccessRequest(kind=kind, customer_id=candidate.customer_id, subject_ref=ref, requested_on=received_on,
                            deadline=access_deadline(received_on), status=RequestStatus.OPEN, registered_by=actor)
    session.add(request)
    session.flush()
    append_audit(session, actor=actor, action=f"{kind}_request.register", target_type="subject", target_id=ref,
                 details={"request_id": request.id, "requested_on": received_on.isoformat(),
                          "deadline": request.deadline.isoformat()})
    return request


def mark_answered(session: Session, request: AccessRequest, actor: str, answered_on: date) -> None:
    request.status, request.answered_on, request.answered_by = RequestStatus.ANSWERED, answered_on, actor
    session.flush()


def list_requests(session: Session, actor: str | None, today: date | None = None) -> list[tuple[AccessRequest, RequestState]]:
    """Every request of every kind, soonest deadline first, with its state today (open, overdue or answered)."""
    today = today or date.today()
    require(session, actor, StaffAction.ACCESS_REQUEST, today)
    requests = session.scalars(select(AccessRequest).order_by(AccessRequest.deadline, AccessRequest.id))
    return [(r, request_state(r.status, r.deadline, today)) for r in requests]
