"""Every state and kind the product stores or decides, as one ``StrEnum`` each.

The values are what the database columns, the audit log and ``--format json`` hold, so
they never change once released; what staff read comes from ``rules.labels``. A
``StrEnum`` member is a ``str``: it compares equal to the stored text and serializes as it.
"""

from __future__ import annotations

from enum import StrEnum


class MessageState(StrEnum):
    """``messages.state``: what became of a stored message."""

    STORED = "stored"
    QUARANTINED = "quarantined"  # kept raw (byte-exact), not parsed; the reason is on the row
    ERASED = "erased"  # erased or disposed of: a tombstone row with no personal data


class LedgerState(StrEnum):
    """``ingest_ledger.state``: proof that a mailbox item is safe, and how."""

    STORED = "stored"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


class IngestState(StrEnum):
    """What one ingest call did with a mailbox item (the ledger states, plus a repeat of a finished item)."""

    STORED = "stored"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"
    ALREADY_DONE = "already"


class ReviewState(StrEnum):
    """``review_items.state``."""

    OPEN = "open"
    ACCEPTED = "accepted"  # linked to a candidate
    LINKED = "linked"  # linked to a customer staff named, candidate or not
    REJECTED = "rejected"  # concerns none of the candidates: stays unlinked


class LinkSignal(StrEnum):
    """Evidence the linker weighs; the strongest one is a link's method (``message_customer_links.method``)."""

    SENDER_ADDRESS = "sender_address"
    RECIPIENT_ADDRESS = "recipient_address"
    CONFIRMED_ADDRESS = "confirmed_address"
    THREAD = "thread"
    NAME = "name"
    PROPERTY = "property"
    PROPERTY_UNKNOWN_KOMMUNE = "property_unknown_kommune"
    NEIGHBOURING_PROPERTY = "neighbouring_property"
    ID_IN_SUBJECT = "id_in_subject"
    ID_IN_TEXT = "id_in_text"
    STREET_ADDRESS = "street_address"
    PHONE = "phone"
    ADDRESS_IN_TEXT = "address_in_text"
    STAFF_DECISION = "staff_decision"
    # Issue 13: how a message reaches a property or a project.
    CASE_NUMBER = "case_number"
    PROPERTY_ID = "property_id"
    PROJECT_NUMBER = "project_number"
    ONLY_OPEN_PROJECT = "only_open_project"
    ONLY_PROJECT = "only_project"


class LinkMethod(StrEnum):
    """How a link was made when it was not the linker's strongest signal."""

    STAFF_REVIEW = "staff_review"


class AddressSource(StrEnum):
    """``customer_addresses.source``: where a customer's address is known from."""

    RECORDS = "records"
    CONFIRMED = "confirmed"  # staff linked mail from it in review


class ProjectStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class RequestKind(StrEnum):
    """The kinds of data-subject request the register holds; each is due one month after it came in."""

    ACCESS = "access"
    ERASURE = "erasure"
    RECTIFICATION = "rectification"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"
    CONSENT_WITHDRAWAL = "consent_withdrawal"


class RequestReading(StrEnum):
    """How a request was recognised in a mail: by the hand-written rules, or by the learned model alone
    (rules/request_model.py), which staff should read with more care."""

    RULES = "rules"
    LEARNED = "learned"


class RequestStatus(StrEnum):
    """``access_requests.status``, as stored. A request the pipeline recognised in a mail is
    ``suggested`` until staff confirm it (``open``) or dismiss it."""

    SUGGESTED = "suggested"
    OPEN = "open"
    ANSWERED = "answered"
    DISMISSED = "dismissed"


class RequestStep(StrEnum):
    """The one step that takes an unanswered request further, as the register page offers it: a suggestion is read
    and confirmed before anything is answered; a confirmed request is answered by the action for its kind where the
    staff member may take it (``rules.access.request_step``), else worked on from the request's own page."""

    READ_AND_CONFIRM = "read_and_confirm"
    ACCESS_PACKAGE = "access_package"
    ERASURE_PLAN = "erasure_plan"
    RECTIFY = "rectify"
    RESTRICT = "restrict"
    WITHDRAW_CONSENT = "withdraw_consent"
    OPEN_REQUEST = "open_request"


class RequestState(StrEnum):
    """A request's state on a given day: the stored status, with an open request past its deadline overdue."""

    SUGGESTED = "suggested"
    OPEN = "open"
    EXTENDED = "extended"
    OVERDUE = "overdue"
    ANSWERED = "answered"
    DISMISSED = "dismissed"


class ProposalState(StrEnum):
    """``disposal_proposals.status``."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"


class DisposalOutcome(StrEnum):
    """``disposal_items.outcome``."""

    PENDING = "pending"
    DISPOSED = "disposed"
    SKIPPED = "skipped"


class ApprovalAction(StrEnum):
    """What the second check at approval decides for one proposed item."""

    DISPOSE = "dispose"
    SKIP = "skip"


class ErasureAction(StrEnum):
    """What an erasure request does to one item: remove it, or keep it restricted (art. 18)."""

    REMOVE = "erase"
    RESTRICT = "restrict"


class ErasureItemType(StrEnum):
    CUSTOMER = "customer"
    PROJECT = "project"
    MESSAGE = "message"
    CONSENT = "consent"


class HoldTarget(StrEnum):
    """What a legal hold can be set on (``legal_holds.target_type``)."""

    CUSTOMER = "customer"
    PROPERTY = "property"
    PROJECT = "project"
    MESSAGE = "message"


class NoticeCause(StrEnum):
    """``recipient_notices.cause``: the change a partner who received the data must be told of (art. 19)."""

    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    CONSENT_WITHDRAWAL = "consent_withdrawal"


class TombstoneCause(StrEnum):
    ERASURE = "erasure"
    DISPOSAL = "disposal"


class ReportState(StrEnum):
    """``report_runs.state``."""

    PENDING = "pending"
    SENT = "sent"


class Role(StrEnum):
    """Staff roles (``staff_users.role``)."""

    STAFF = "staff"
    RECORDS_MANAGER = "records_manager"
    ADMINISTRATOR = "administrator"


class StaffAction(StrEnum):
    """What a staff member asks to do; ``rules.staff`` says which roles may."""

    LOOKUP = "lookup"
    ACCESS_REQUEST = "access_request"
    EXPORT = "export"
    RECTIFY = "rectify"
    CONSENT = "consent"
    REVIEW_LINKS = "review_links"
    RETENTION_DUE = "retention_due"
    PROPOSE_DISPOSAL = "propose_disposal"
    APPROVE_DISPOSAL = "approve_disposal"
    ERASE_SUBJECT = "erase"
    LEGAL_HOLD = "legal_hold"
    MANAGE_STAFF = "manage_staff"
    IMPORT_RECORDS = "import_records"
    MINIMIZE = "minimize"  # mask values kept longer than needed (data minimization, issue 14)
    MANAGE_KEYS = "manage_keys"  # rotate the master key, seal rows stored before sealing (issue 15)


class RetentionCategory(StrEnum):
    """The retention categories the code itself relies on (configuration may add others)."""

    CUSTOMER_CORRESPONDENCE = "customer_correspondence"
    ACCOUNTING_DOCUMENT = "accounting_document"
    UNLINKED_MAIL = "unlinked_mail"
    CUSTOMER_WITHOUT_PROJECT = "customer_without_project"


class RetentionAnchor(StrEnum):
    """The event a retention period runs from."""

    PROJECT_CLOSED = "project_closed"
    RECEIVED = "received"
    FISCAL_YEAR_END = "fiscal_year_end"
    LAST_CONTACT = "last_contact"  # the latest mail linked to the customer


class QueryKind(StrEnum):
    """What a lookup query was read as."""

    CUSTOMER_ID = "customer_id"
    EMAIL = "email"
    PHONE = "phone"
    NATIONAL_ID = "national_id"
    PROPERTY = "property"
    ADDRESS = "address"  # a street address: the property at it
    NAME = "name"


class PropertyLinkRole(StrEnum):
    """``message_property_links.role``: whether the message concerns the property or names a neighbour's in passing."""

    CONCERNS = "concerns"
    NEIGHBOUR = "neighbour"


class ParticipantRole(StrEnum):
    FROM = "from"
    TO = "to"
    CC = "cc"
    BCC = "bcc"
    REPLY_TO = "reply_to"


class AuditProblem(StrEnum):
    """Where ``intake audit verify`` finds the hash chain broken."""

    OUT_OF_ORDER = "out_of_order"  # does not follow the previous entry: one was deleted or reordered
    EDITED = "edited"  # the content does not match its hash
    UNSEALED = "unsealed"  # has no sequence number: written outside intake
    TRUNCATED = "truncated"  # the newest checkpoint counts more entries than the log holds: cut short or deleted
    CHECKPOINT_MISMATCH = "checkpoint_mismatch"  # the entry a checkpoint was written for is not the one there now
    CHECKPOINT_UNSIGNED = "checkpoint_unsigned"  # a checkpoint line without a valid signature: edited or forged
    NO_CHECKPOINTS = "no_checkpoints"  # the log has entries but no valid checkpoint: the file is gone
