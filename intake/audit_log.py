"""The audit log's anchor outside the database: signed checkpoints, and the whole verification.

After every commit that wrote audit entries, one line is appended to ``audit.checkpoints`` in
the data folder (mode 0600, opened for appending only):

    <entry count>\t<head MAC>\t<UTC time>\t<HMAC-SHA256 of the three, under the audit key>

Entries cut off at the end, or a log deleted or replaced wholesale, no longer reach the newest
checkpoint; a checkpoint edited or made up without the key does not verify. The monthly report
quotes the newest checkpoint, so management's mailbox holds a copy nobody here can reach.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.orm import Session

from intake.files import PRIVATE_FILE
from models.audit import AuditSeal, ChainBreak, chain_state
from rules.vocabulary import AuditProblem

log = logging.getLogger(__name__)

CHECKPOINT_FILE = "audit.checkpoints"


@dataclass(frozen=True)
class Checkpoint:
    line: int
    count: int
    head: str
    at: str
    signed: bool


class Checkpoints:
    def __init__(self, path: Path, key: bytes):
        self.path = Path(path)
        self._key = key

    def seal(self) -> AuditSeal:
        return AuditSeal(self._key, self.append)

    def _signature(self, count: int, head: str, at: str) -> str:
        return hmac.new(self._key, f"intake-audit-checkpoint|{count}|{head}|{at}".encode(), hashlib.sha256).hexdigest()

    def append(self, count: int, head: str, at: datetime) -> None:
        """Called after the commit: the act is done whatever happens here, so a failure is logged, not raised;
        the next checkpoint covers this one."""
        stamp = at.astimezone(timezone.utc).isoformat(timespec="microseconds")
        line = f"{count}\t{head}\t{stamp}\t{self._signature(count, head, stamp)}\n".encode()
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
            try:
                os.write(descriptor, line)  # one write with O_APPEND: lines from two processes never interleave
            finally:
                os.close(descriptor)
        except OSError as error:
            log.error("could not write the audit checkpoint (%s); the next one covers it", error.strerror)

    def read(self) -> list[Checkpoint]:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        checkpoints = []
        for number, raw in enumerate(text.splitlines(), 1):
            fields = raw.split("\t")
            if len(fields) != 4 or not fields[0].isdigit():
                checkpoints.append(Checkpoint(number, -1, "", "", False))
                continue
            count, head, at, signature = int(fields[0]), fields[1], fields[2], fields[3]
            checkpoints.append(Checkpoint(number, count, head, at,
                                          hmac.compare_digest(self._signature(count, head, at), signature)))
        return checkpoints

    def newest(self) -> Checkpoint | None:
        signed = [c for c in self.read() if c.signed]
        return max(signed, key=lambda c: c.count, default=None)


def describe(problem: ChainBreak) -> str:
    """One line for staff: where, what, and the figures behind it."""
    from rules.labels import AUDIT_PROBLEM_NAMES, name_of

    text = f"{problem.where()}: {name_of(problem.problem, AUDIT_PROBLEM_NAMES)}"
    return f"{text} ({problem.detail})" if problem.detail else text


@dataclass(frozen=True)
class AuditVerdict:
    entries: int
    head: str
    checkpoints: int
    breaks: tuple[ChainBreak, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks


def verify(session: Session, checkpoints: Checkpoints) -> AuditVerdict:
    """The chain (edited, deleted, reordered entries) and the checkpoints (cut off, deleted, replaced)."""
    state = chain_state(session)
    breaks = list(state.breaks)
    found = checkpoints.read()
    for checkpoint in found:
        if not checkpoint.signed:
            breaks.append(ChainBreak(None, None, AuditProblem.CHECKPOINT_UNSIGNED,
                                     f"linje {checkpoint.line} i {checkpoints.path.name}"))
    signed = [c for c in found if c.signed]
    newest = max(signed, key=lambda c: c.count, default=None)
    top = max(state.macs, default=0)
    if newest is not None and newest.count > top:
        breaks.append(ChainBreak(None, top + 1, AuditProblem.TRUNCATED,
                                 f"sjekkpunktet fra {newest.at} viser {newest.count} oppføringer, loggen ender ved nr. {top}; "
                                 f"oppføring nr. {top + 1} til {newest.count} er slettet"))
    for checkpoint in signed:
        mac = state.macs.get(checkpoint.count)
        if mac is not None and not hmac.compare_digest(mac, checkpoint.head):
            breaks.append(ChainBreak(None, checkpoint.count, AuditProblem.CHECKPOINT_MISMATCH,
                                     f"sjekkpunktet fra {checkpoint.at}"))
    if not signed and state.count:
        breaks.append(ChainBreak(None, None, AuditProblem.NO_CHECKPOINTS,
                                 f"{checkpoints.path.name}; loggen har {state.count} oppføringer"))
    return AuditVerdict(state.count, state.head, len(signed), tuple(_unique(breaks)))


def _unique(breaks: list[ChainBreak]) -> list[ChainBreak]:
    seen, unique = set(), []
    for item in breaks:
        if item not in seen:
            seen.add(item)
            unique.append(item)
    return unique
