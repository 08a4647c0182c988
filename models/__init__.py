"""Storage: SQLAlchemy 2.0 models, sessions, queries and Alembic migrations.

Importing this package registers every table on ``Base.metadata``.
"""

from models.base import Base
from models.audit import AuditEntry
from models.lawful import ErasureSuppression, RecipientNotice
from models.ledger import IngestAttempt, LedgerEntry, PollRun
from models.links import MessageCustomerLink, MessageProjectLink, MessagePropertyLink, PropertyCaseNumber, ReviewItem
from models.mail import Attachment, Blob, StoredFinding, Message, Participant, Thread
from models.minimization import MinimizationTombstone
from models.privacy import AccessRequest, Consent, Disclosure, DisposalItem, DisposalLogEntry, DisposalProposal, LegalHold, Rectification, Restriction, StaffUser, Tombstone
from models.records import Customer, CustomerAddress, CustomerProperty, Project, Property
from models.reports import ReportRun
from models.retention import RetentionRecord
from models.web import SignInFailures, StaffPassword, WebSession

__all__ = [
    "Attachment", "AuditEntry", "ErasureSuppression", "RecipientNotice", "Base", "Blob", "Customer", "CustomerAddress", "CustomerProperty",
    "StoredFinding", "IngestAttempt", "LedgerEntry", "Message", "MessageCustomerLink", "MessageProjectLink", "MessagePropertyLink",
    "PropertyCaseNumber", "Participant",
    "PollRun", "Project", "Property", "ReportRun", "RetentionRecord", "ReviewItem", "Thread",
    "AccessRequest", "Consent", "Disclosure", "DisposalItem", "DisposalLogEntry", "DisposalProposal", "LegalHold",
    "Rectification", "Restriction", "StaffUser", "Tombstone", "MinimizationTombstone",
    "SignInFailures", "StaffPassword", "WebSession",
]
