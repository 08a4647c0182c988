"""Storage: SQLAlchemy 2.0 models, sessions, queries and Alembic migrations.

A table is registered on ``Base.metadata`` when the module declaring it is imported, and
``from models import Customer`` imports that module on first use: declaring a mapped class
costs a few milliseconds, so a short command such as ``intake lookup`` declares the tables
it reads, not the web sessions, the ledger or the report runs. A module imports the modules
declaring the tables its foreign keys name. ``load_all()`` registers every table, for
whatever walks the whole schema (Alembic's autogenerate, the erasure tests).
"""

from __future__ import annotations

import importlib

from models.base import Base

# Each mapped class and the module that declares it.
_DECLARED_IN = {
    "AuditEntry": "models.audit",
    "ErasureSuppression": "models.lawful", "RecipientNotice": "models.lawful",
    "IngestAttempt": "models.ledger", "LedgerEntry": "models.ledger", "PollRun": "models.ledger",
    "MessageCustomerLink": "models.links", "MessageProjectLink": "models.links", "MessagePropertyLink": "models.links",
    "PropertyCaseNumber": "models.links", "ReviewItem": "models.links",
    "Attachment": "models.mail", "Blob": "models.mail", "StoredFinding": "models.mail", "Message": "models.mail",
    "Participant": "models.mail", "Thread": "models.mail",
    "MinimizationTombstone": "models.minimization",
    "AccessRequest": "models.privacy", "Consent": "models.privacy", "Disclosure": "models.privacy",
    "DisposalItem": "models.disposal", "DisposalLogEntry": "models.disposal", "DisposalProposal": "models.disposal",
    "LegalHold": "models.privacy", "Rectification": "models.privacy", "Restriction": "models.privacy",
    "StaffUser": "models.privacy", "Tombstone": "models.disposal",
    "Customer": "models.records", "CustomerAddress": "models.records", "CustomerProperty": "models.records",
    "Project": "models.records", "Property": "models.records",
    "ReportRun": "models.reports",
    "RetentionRecord": "models.retention",
    "SignInFailures": "models.web", "StaffPassword": "models.web", "WebSession": "models.web",
}


def __getattr__(name: str):
    module = _DECLARED_IN.get(name)
    if module is None:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def load_all() -> None:
    """Register every table on ``Base.metadata``."""
    for module in sorted(set(_DECLARED_IN.values())):
        importlib.import_module(module)


__all__ = ["Base", "load_all", *sorted(_DECLARED_IN)]
