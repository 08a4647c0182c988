"""Every error intake raises on purpose, in one tree.

    IntakeError                      exit code 1 unless a subclass says otherwise
    ├── ConfigError                  bad or unreadable config.toml / environment (exit 2)
    ├── InputError                   bad input from the user: a file, a query, an argument (exit 3)
    │   ├── RecordsImportError       a records CSV with bad rows; carries every bad row
    │   ├── OutputPathError          an --out path that cannot be written (checked before anything changes)
    │   └── NotConfirmed             a destructive command was not confirmed (no --yes, no terminal, or "nei")
    ├── DatabaseError                the database cannot be reached or is not migrated (exit 4)
    │   └── DatabaseBusy             another writer holds the database past the busy wait: try again
    ├── MailSourceError              the mailbox cannot be read (exit 5)
    │   ├── MailServerUnreachable    network-level failure; the daemon retries these
    │   ├── MailAuthenticationError  wrong credentials; the daemon stops on these
    │   └── WatchedFolderMissing     `mailbox check`: a watched folder is missing; carries the check's lines
    ├── AuditChainBroken             `audit verify`: an entry was edited, deleted or reordered; carries each break
    ├── DeliveryError                the SMTP server refused or could not be reached (exit 6)
    └── PermissionDenied             the staff identity may not do this (exit 7)

The CLI prints ``str(error)`` as one line and exits with ``error.exit_code``;
messages therefore never contain personal data or secrets.
"""

from __future__ import annotations


class IntakeError(Exception):
    exit_code = 1


class ConfigError(IntakeError):
    exit_code = 2


class InputError(IntakeError):
    exit_code = 3


class RecordsImportError(InputError):
    def __init__(self, path: str, bad_rows: list[tuple[int, str]]):
        self.path = path
        self.bad_rows = bad_rows
        super().__init__(f"{path}: {len(bad_rows)} feil rad(er); ingenting er importert")


class OutputPathError(InputError):
    pass


class NotConfirmed(InputError):
    pass


class DatabaseError(IntakeError):
    exit_code = 4


class DatabaseBusy(DatabaseError):
    pass


def database_error(error: BaseException) -> DatabaseError | None:
    """The error tree's word for a database driver's failure: busy (another writer holds the lock past the wait),
    unreachable, or None when ``error`` is not the database's. sqlalchemy is imported only when one happened."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(error, OperationalError):
        return None
    text = str(error.orig).lower()
    if "database is locked" in text or "database is busy" in text or "lock timeout" in text \
            or getattr(error.orig, "sqlstate", None) in ("55P03", "40P01"):
        return DatabaseBusy("databasen er opptatt (en annen prosess skriver til den, f.eks. en stor import); "
                            "prøv igjen om litt")
    return DatabaseError(f"databasen kan ikke nås ({type(error.orig).__name__})")


class MailSourceError(IntakeError):
    exit_code = 5


class MailServerUnreachable(MailSourceError):
    pass


class MailAuthenticationError(MailSourceError):
    pass


class WatchedFolderMissing(MailSourceError):
    def __init__(self, message: str, lines: tuple[str, ...]):
        self.lines = lines
        super().__init__(message)


class AuditChainBroken(IntakeError):
    def __init__(self, breaks: tuple):
        self.breaks = breaks  # models.audit.ChainBreak: entry_id and a problem code
        super().__init__(f"revisjonsloggen er brutt {len(breaks)} sted(er)")


class DeliveryError(IntakeError):
    exit_code = 6


class PermissionDenied(IntakeError):
    exit_code = 7
