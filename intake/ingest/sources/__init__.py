"""Mail sources: where messages come from, and how a source is told a message is safe.

A source yields ``IncomingMessage``s that are not yet acknowledged. The daemon
stores each one (one database transaction with its ledger row) and only then
calls ``acknowledge``, which moves or flags it in the mailbox. A crash between
the two leaves the message unacknowledged; on restart the ledger already knows
it, so it is acknowledged without being stored again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Protocol


@dataclass(frozen=True)
class MailboxKey:
    """Identifies one message in one mailbox, as the ledger records it."""

    source: str
    account: str
    folder: str
    mailbox_identity: str
    message_key: str


@dataclass(frozen=True)
class IncomingMessage:
    key: MailboxKey
    size: int
    read: Callable[[], bytes]
    # Set by a source that could not fetch the whole message (e.g. over the size limit):
    # the message is recorded as quarantined with what was fetched.
    quarantine_reason: str | None = None
    # Where the source found it (a Maildir file's path), so that exactly this copy is acknowledged.
    location: str | None = None


class MailSource(Protocol):
    name: str

    def count_pending(self) -> int | None:
        """How many messages ``pending`` will yield, when the source can tell cheaply."""

    def pending(self) -> Iterator[IncomingMessage]:
        """Messages not yet acknowledged, oldest first."""

    def acknowledge(self, message: IncomingMessage) -> None:
        """Called after the message is committed: mark it done in the mailbox."""

    def close(self) -> None: ...
