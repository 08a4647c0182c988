"""Services for everything that shows or changes personal data, and for the staff register and the audit log.

Every call here checks the acting staff member (see ``rules.staff``) inside its own
transaction; a refusal is audited and raised as ``PermissionDenied``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Callable

from intake.app import App
from intake.errors import AuditChainBroken, InputError, PermissionDenied
from intake.lazy import lazy_module
from intake.privacy import holds, staff  # a lookup needs these two; the others load when first used
from intake.privacy.lookup import LookupResult, firm_identifier_pairs, lookup as find_and_gather
from models import AccessRequest, Consent, LegalHold, StaffUser
from models.session import transaction

if TYPE_CHECKING:
    from models import DisposalItem, DisposalProposal  # declared only by what disposes (models/disposal.py)
    from intake.services.results import (
        AccessPackage, AuditCheck, ConsentView, DueItem, DueReport, ErasureAnswer, ExportFile, HoldView,
        ProposalView, RequestView, StaffView,
    )

# The typed results of the operations other than lookup (whose result is intake.privacy.lookup's): some thirty
# dataclasses, made when first used rather than in every `intake lookup`.
results = lazy_module("intake.services.results")
access = lazy_module("intake.privacy.access")
consent = lazy_module("intake.privacy.consent")
disposal = lazy_module("intake.privacy.disposal")
erasure = lazy_module("intake.privacy.erasure")
rectification = lazy_module("intake.privacy.rectify")
requests = lazy_module("intake.privacy.requests")


# ------------------------------------------------------------------ who is acting

def identify(app: App, claimed: str | None, login: str | None = None) -> str | None:
    """The staff account acting on the command line: the one mapped to this operating-system login, or the service
    account its administrator names; anything else claimed is refused (``PermissionDenied``) and audited. None when
    the login is mapped to no account (the operation's own permission check then refuses)."""
    from intake.identity import identify as identify_login

    with transaction(app.sessions) as session:
        return identify_login(session, claimed, login).staff


# ------------------------------------------------------------------ lookup

def lookup(app: App, actor: str | None, query: str, choice: int | None = None) -> LookupResult:
    """Everything held about the person a query names (or the candidates, when several match); audited."""
    with transaction(app.sessions) as session:
        return find_and_gather(session, query, actor, app.hash_key, app.config.processing.activities,
                               app.config.mailbox.own_domains, choice, _firm(app))


def _firm(app: App) -> tuple[tuple[str, str], ...]:
    """The firm's own identifiers from ``[firm]``: counted apart from the subject's data (rules.whose)."""
    return firm_identifier_pairs(app.config.firm.org_numbers, app.config.firm.phones)


# ------------------------------------------------------------------ the request register and access

def register_access_request(app: App, actor: str | None, subject: str, received_on: date | None = None) -> RequestView:
    """The subject's open access request, or a new one received on ``received_on`` (default today)."""
    with transaction(app.sessions) as session:
        request = access.register(session, actor, subject, app.hash_key, received_on,
                                  own_domains=app.config.mailbox.own_domains)
        return request_view(request)


def answer_access_request(app: App, actor: str | None, subject: str, received_on: date | None = None,
                          deliver: Callable[[AccessPackage], None] | None = None) -> AccessPackage:
    """The access package for the subject's open access request (registered first if there is none); the request
    stays open until staff record that the answer was sent (issue 12). The caller writes the files and reads
    them through before they are sent (art. 15(4))."""
    today = date.today()
    with transaction(app.sessions) as session:
        request = access.register(session, actor, subject, app.hash_key, received_on,
                                  own_domains=app.config.mailbox.own_domains)
        folder, files = access.build_package(session, actor, subject, request, app.hash_key,
                                             access.controller_from(app.config.processing), app.config.processing.activities,
                                             app.config.mailbox.own_domains, today, _firm(app), app.config.letters)
        package = results.AccessPackage(request_view(request, today), folder, tuple(results.PackageFile(path, content) for path, content in files))
        if deliver is not None:
            deliver(package)  # inside the transaction: if the package cannot be written, the request stays open
        return package


def list_requests(app: App, actor: str | None, today: date | None = None) -> tuple[RequestView, ...]:
    """Every access and erasure request, soonest deadline first, with its state today."""
    today = today or date.today()
    with transaction(app.sessions) as session:
        return tuple(request_view(r, today, state) for r, state in requests.list_requests(session, actor, today))


def request_view(request: AccessRequest, today: date | None = None, state: str | None = None) -> RequestView:
    """``state``: as the register already read it (requests.state_of), else read here."""
    return results.RequestView(request.id, request.kind, request.subject_ref, request.requested_on, request.deadline, request.status,
                               state or requests.state_of(request, today or date.today()), request.answered_on)


# ------------------------------------------------------------------ export, rectification

def export_to_partner(app: App, actor: str | None, customer_id: str, partner: str, categories: list[str] | tuple[str, ...],
                      project_id: str | None = None, deliver: Callable[[ExportFile], None] | None = None) -> ExportFile:
    """The consented data for a partner, as a file's bytes; refused (and the refusal audited) unless one valid
    consent covers the partner, the project and every category."""
    with transaction(app.sessions) as session:
        outcome = consent.export_to_partner(session, actor, customer_id, partner, list(categories), project_id)
        exported = results.ExportFile(outcome.filename, outcome.content, outcome.consent_id, outcome.reason) if outcome.allowed else None
        if exported is not None and deliver is not None:
            deliver(exported)  # inside the transaction: no disclosure is recorded for a file that was not written
    if exported is None:  # raised after the commit, so the refusal stays in the audit log
        raise PermissionDenied(f"deling avvist: {outcome.reason}")
    return exported


def preview_rectification(app: App, actor: str | None, customer_id: str, changes: dict[str, str]) -> str:
    """Who would be corrected and how (the old and new values), for the person correcting to confirm."""
    with transaction(app.sessions) as session:
        return rectification.preview_rectification(session, actor, customer_id, changes)


# ------------------------------------------------------------------ erasure

def register_erasure(app: App, actor: str | None, subject: str, received_on: date | None = None) -> RequestView:
    """Register an erasure request and its one-month deadline without carrying it out."""
    with transaction(app.sessions) as session:
        return request_view(erasure.register_erasure(session, actor, subject, app.hash_key, received_on,
                                                     own_domains=app.config.mailbox.own_domains))


def erase(app: App, actor: str | None, subject: str, received_on: date | None = None, dry_run: bool = False,
          register_only: bool = False, notified: tuple[str, ...] = (),
          deliver: Callable[[ErasureAnswer], None] | None = None) -> ErasureAnswer | RequestView:
    """Carry out the subject's erasure request (``dry_run``: only say what would happen), or with
    ``register_only`` just register it. Registering only erases nothing, so it cannot be a dry run."""
    if register_only and dry_run:
        raise InputError("--register-only sletter ingenting og kan ikke kombineres med --dry-run")
    if register_only:
        return register_erasure(app, actor, subject, received_on)
    with transaction(app.sessions) as session:
        outcome = erasure.erase_subject(session, actor, subject, app.hash_key, app.config.retention.policies,
                                        app.config.processing.activities, dry_run=dry_run, received_on=received_on,
                                        notified=tuple(notified), own_domains=app.config.mailbox.own_domains)
        answer = results.ErasureAnswer(
            notices=tuple(outcome.notices),
            applied=outcome.applied,
            request=request_view(outcome.request) if outcome.request is not None else None,
            items=tuple(results.ErasureItem(d.item_type, d.item_id, d.action, d.legal_reference, d.reason) for d in outcome.decisions),
            answer=erasure.render_answer(outcome, app.config.letters, app.config.processing.controller_contact,
                                         app.config.processing.supervisory_authority),
            subject=f"{outcome.report.display} ({outcome.report.ref})",
        )
        if deliver is not None:
            deliver(answer)  # inside the transaction: an answer that cannot be written undoes the erasure
        return answer


# ------------------------------------------------------------------ consent

def grant_consent(app: App, actor: str | None, customer_id: str, partner: str, categories: list[str] | tuple[str, ...],
                  project_id: str | None = None, given_on: date | None = None, evidence: str | None = None) -> ConsentView:
    with transaction(app.sessions) as session:
        return consent_view(consent.grant(session, actor, customer_id, partner, list(categories), project_id,
                                          given_on or date.today(), evidence))


def list_consents(app: App, actor: str | None, customer_id: str | None = None) -> tuple[ConsentView, ...]:
    with transaction(app.sessions) as session:
        return tuple(consent_view(c) for c in consent.list_consents(session, actor, customer_id))


def consent_view(record: Consent) -> ConsentView:
    return results.ConsentView(record.id, record.customer_id, record.partner, tuple(record.data_categories), record.project_id,
                       record.given_on, record.withdrawn_on)


# ------------------------------------------------------------------ legal holds

def set_hold(app: App, actor: str | None, target_type: str, target_id: str, reason: str) -> HoldView:
    with transaction(app.sessions) as session:
        return hold_view(holds.set_hold(session, actor, target_type, target_id, reason))


def preview_lift(app: App, actor: str | None, hold_id: int) -> str:
    """The hold and how much it covers, for the person lifting it to confirm."""
    with transaction(app.sessions) as session:
        return holds.preview_lift(session, actor, hold_id)


def lift_hold(app: App, actor: str | None, hold_id: int) -> HoldView:
    with transaction(app.sessions) as session:
        return hold_view(holds.lift_hold(session, actor, hold_id))


def list_holds(app: App, actor: str | None) -> tuple[HoldView, ...]:
    """The active legal holds (their reasons can name a dispute, so this needs a staff identity too)."""
    with transaction(app.sessions) as session:
        return tuple(hold_view(h) for h in holds.list_active_holds(session, actor))


def hold_view(hold: LegalHold) -> HoldView:
    return results.HoldView(hold.id, hold.target_type, hold.target_id, hold.reason, hold.set_by, hold.set_at.date(),
                    hold.lifted_at is not None)


# ------------------------------------------------------------------ retention and disposal

def retention_due(app: App, actor: str | None, until: date | None = None) -> DueReport:
    """What is due for disposal by ``until`` (default today), what a hold keeps, and customer records past their
    period. A report only: nothing is disposed of."""
    day = until or date.today()
    with transaction(app.sessions) as session:
        listing = disposal.due(session, actor, day)
        records = disposal.expired_customer_records(session, actor, day, app.config.retention.policies)
    return results.DueReport(
        until=day,
        due=tuple(_due_item(i) for i in listing.due),
        held=tuple(_due_item(i) for i in listing.held),
        customer_records=tuple(results.ExpiredRecord(r.customer_id, r.expires, tuple(r.why_held)) for r in records.due + records.held),
    )


def _due_item(item) -> DueItem:
    return results.DueItem(item.message_pk, item.category, item.legal_basis, item.retain_until, tuple(item.why_held),
                   legal_hold=bool(item.hold_reasons), in_review=item.in_review)


def propose_disposal(app: App, actor: str | None, until: date | None = None) -> ProposalView:
    """Propose disposing of what is due by ``until``; a records manager other than the proposer must approve."""
    with transaction(app.sessions) as session:
        return _proposal_view(*disposal.propose(session, actor, until or date.today(), app.config.retention.policies))


def preview_approval(app: App, actor: str | None, proposal_id: int) -> str:
    """Who proposed what, for the approver to confirm (checked as approving is: refusals are audited)."""
    with transaction(app.sessions) as session:
        return disposal.preview_proposal(session, actor, proposal_id)


def approve_disposal(app: App, actor: str | None, proposal_id: int) -> ProposalView:
    """Approve a proposal (records manager, not the proposer): each item is checked again, then disposed or skipped."""
    with transaction(app.sessions) as session:
        return _proposal_view(*disposal.approve(session, actor, proposal_id, policies=app.config.retention.policies,
                                                hash_key=app.hash_key))


def reject_disposal(app: App, actor: str | None, proposal_id: int) -> ProposalView:
    with transaction(app.sessions) as session:
        return _proposal_view(*disposal.reject(session, actor, proposal_id))


def _proposal_view(proposal: DisposalProposal, items: list[DisposalItem]) -> ProposalView:
    items = tuple(results.ProposalItem(i.message_pk, i.category, i.retain_until, i.outcome, i.outcome_reason, i.customer_id)
                  for i in items)
    return results.ProposalView(proposal.id, proposal.until, proposal.status, proposal.proposed_by, proposal.decided_by, items)


# ------------------------------------------------------------------ staff and the audit log

def add_staff(app: App, actor: str | None, username: str, full_name: str, role: str, signed_on: date | None,
              active: bool = True, os_user: str | None = None, service: bool = False) -> StaffView:
    """Register or update a staff member (administrator; an empty register takes only its first administrator, mapped
    to the login running the command). The last active administrator cannot be demoted or made inactive."""
    with transaction(app.sessions) as session:
        return staff_view(staff.add_staff(session, actor, username, full_name, role, signed_on, active=active,
                                          os_user=os_user, service=service))


def whoami(app: App) -> StaffView:
    """The staff account this operating-system login acts as; PermissionDenied (how to map it) if none."""
    with transaction(app.sessions) as session:
        return staff_view(staff.whoami(session))


def list_staff(app: App, actor: str | None) -> tuple[StaffView, ...]:
    with transaction(app.sessions) as session:
        return tuple(staff_view(u) for u in staff.list_staff(session, actor))


def staff_view(user: StaffUser) -> StaffView:
    return results.StaffView(user.username, user.full_name, user.role, user.confidentiality_signed_on, user.active,
                     user.os_user, bool(user.service))


def verify_audit(app: App) -> AuditCheck:
    """Check every entry's MAC and the chain, and the log against the signed checkpoints outside the database;
    raises ``AuditChainBroken`` naming every place it is edited, deleted, reordered, cut short or replaced.
    Shows no personal data, so it needs no staff identity."""
    from intake.audit_log import verify

    with app.sessions() as session:
        verdict = verify(session, app.audit_checkpoints)
    if not verdict.intact:
        raise AuditChainBroken(verdict.breaks)
    return results.AuditCheck(verdict.entries, verdict.checkpoints, verdict.head)


__all__ = [
    "add_staff", "answer_access_request", "identify", "approve_disposal", "erase", "export_to_partner", "grant_consent", "lift_hold",
    "list_consents", "list_holds", "list_requests", "list_staff", "lookup", "preview_approval", "preview_lift",
    "preview_rectification", "propose_disposal", "register_access_request", "register_erasure",
    "reject_disposal", "retention_due", "set_hold", "verify_audit", "whoami",
    "minimization_due", "minimization_run",
]


# ------------------------------------------------------------------ data minimization (issue 14)

def minimization_due(app: App, actor: str | None, until: date | None = None):
    """Messages with values that a ``[[minimization.policies]]`` policy says are due for masking by ``until``
    (default today); those on legal hold are listed with the holds' reasons. Changes nothing."""
    from intake.privacy import minimize

    with transaction(app.sessions) as session:
        return tuple(minimize.due(session, actor, app.config.minimization.policies, until or date.today()))


def minimization_run(app: App, actor: str | None, until: date | None = None):
    """Mask every due value in every due message not on legal hold (records manager or administrator); each
    masked message is audited, its original raw blob deleted and its hash kept in a tombstone."""
    from intake.privacy import minimize

    with transaction(app.sessions) as session:
        return minimize.run(session, actor, app.config.minimization.policies, until or date.today())
