"""Every error intake raises on purpose, in one tree.

    IntakeError                      exit code 1 unless a subclass says otherwise
    ├── ConfigError                  bad or unreadable config.toml / environment (exit 2)
    ├── InputError                   bad input from the user: a file, a query, an argument (exit 3)
    │   ├── RecordsImportError       a records CSV with bad rows; carries every bad row
    │   ├── OutputPathError          an --out path that cannot be written (checked before anything changes)
    │   └── NotConfirmed             a destructive command was not confirmed (no --yes, no terminal, or "nei")
    ├── DatabaseError                the database cannot be used (exit 4)
    │   ├── DatabaseUnavailable      for now: the daemon retries these
    │   │   ├── DatabaseUnreachable  no connection, or it was lost
    │   │   └── DatabaseBusy         another process or transaction holds a lock
    │   └── DatabaseNotReady         the schema is not this version's: run `intake init`
    ├── MailSourceError              the mailbox cannot be read (exit 5)
    │   ├── MailServerUnreachable    network-level failure; the daemon retries these
    │   ├── MailAuthenticationError  wrong credentials; the daemon stops on these
    │   └── WatchedFolderMissing     `mailbox check`: a watched folder is missing; carries the check's lines
    ├── AuditChainBroken             `audit verify`: an entry was edited, deleted or reordered; carries each break
    ├── DeliveryError                the SMTP server refused or could not be reached (exit 6)
    ├── PermissionDenied             the staff identity may not do this (exit 7)
    └── AnsweredElsewhere            an error the running web app met answering for the command: its message and code

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


class DatabaseUnavailable(DatabaseError):
    """Raised for the driver's failures by ``intake.database`` (the one place that maps them)."""

    def __init__(self, where: str, cause: str):
        self.where = where  # the database URL without its password
        self.cause = cause  # the driver's exception type: its text may quote personal data
        super().__init__(self.describe())

    def describe(self) -> str:
        return f"databasen kan ikke brukes nå ({self.where}): {self.cause}"


class DatabaseUnreachable(DatabaseUnavailable):
    def describe(self) -> str:
        return f"får ikke kontakt med databasen ({self.where}): {self.cause}"


class DatabaseBusy(DatabaseUnavailable):
    def describe(self) -> str:
        return f"databasen er opptatt: en annen prosess holder på med den ({self.where}). Prøv igjen om litt."


class DatabaseNotReady(DatabaseError):
    def __init__(self, where: str):
        self.where = where
        super().__init__(f"databasen er ikke klargjort for denne versjonen av intake ({where}). Kjør «intake init» først.")


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


class AnsweredElsewhere(IntakeError):
    """An error the running `intake web` met while answering for a command (intake/cli/resident.py): the
    command shows the same line and exits with the same code as if it had met the error itself."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code
