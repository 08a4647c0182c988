"""Parsing and analysis of one message under a time and memory budget, in a worker process.

One hostile message (a decompression bomb, a pattern that backtracks, a library that hangs) must
never stall the daemon. The daemon therefore parses and analyses each message in a child process:

* the child is forked from the daemon after the NER model and the customer directory are loaded,
  so it starts in milliseconds and loads nothing per message (copy-on-write);
* its address space is capped (RLIMIT_AS: what it holds at start plus ``memory_mb``), so a bomb
  ends in a MemoryError inside the child, never in the kernel's OOM killer taking the daemon;
* the parent waits at most ``timeout_seconds`` per message (parse and analysis together) and kills
  the child when the time is up, when the daemon is told to stop, or when it was killed; a new child
  is forked for the next message.

``InProcessWorker`` does the same work without a child (``intake analyze`` and tests).
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
import time
from dataclasses import dataclass

from intake.config import ExtractionConfig
from intake.ingest.analysis import MessageAnalysis, analyze_message
from intake.ingest.attachment_text import DEFAULT_LIMITS
from intake.ingest.parsing import ParsedMessage, UnparseableMessage, parse_message

_POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Budget:
    timeout_seconds: float = 60.0
    memory_mb: int = 1024
    max_attempts: int = 3


class OverBudget(Exception):
    """The message needed more time or memory than the budget allows; ``reason`` is the quarantine reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class WorkerDied(Exception):
    """The worker process ended in the middle of a message (killed, crashed)."""


class StopRequested(Exception):
    """The daemon was told to stop while a message was being analysed; the message stays unacknowledged."""


# Recorded in English for the operator's log, like every quarantine reason; staff read them in Norwegian
# (rules/labels.py: quarantine_reason_text).
def over_time(budget: Budget) -> str:
    return f"analysis took longer than {budget.timeout_seconds:g} seconds"


def over_memory(budget: Budget) -> str:
    return f"analysis needed more than {budget.memory_mb} MB of memory"


def gave_up(attempts: int) -> str:
    return f"processing was cut off {attempts} times without finishing (the worker died or the daemon was stopped)"


class InProcessWorker:
    """Parse and analyse in this process, without a budget."""

    def __init__(self, analyzer, own_domains: tuple[str, ...], limits: ExtractionConfig = DEFAULT_LIMITS):
        self._analyzer = analyzer
        self._own_domains = own_domains
        self._limits = limits

    def start_message(self) -> None:
        pass

    def parse(self, raw: bytes) -> ParsedMessage:
        return parse_message(raw, self._limits)

    def analyze(self, parsed: ParsedMessage, directory, earlier) -> MessageAnalysis:
        return analyze_message(parsed, directory, self._analyzer, self._own_domains, earlier)

    def directory_changed(self) -> None:
        pass

    def close(self) -> None:
        pass


class ProcessWorker:
    """Parse and analyse in a forked child under ``budget``; see the module's docstring."""

    def __init__(self, analyzer, own_domains: tuple[str, ...], budget: Budget, directory,
                 stop_event: threading.Event | None = None, limits: ExtractionConfig = DEFAULT_LIMITS):
        self._limits = limits
        self._analyzer = analyzer
        self._own_domains = own_domains
        self._budget = budget
        self._directory = directory  # a callable giving the current CustomerDirectory, inherited by the child
        self._stop = stop_event or threading.Event()
        self._process = None
        self._connection = None
        self._deadline = None

    # -- the parent's side ------------------------------------------------------------------
    def start_message(self) -> None:
        """The budget runs from here over parse and analysis of one message."""
        self._deadline = time.monotonic() + self._budget.timeout_seconds

    def parse(self, raw: bytes) -> ParsedMessage:
        return self._call("parse", raw)

    def analyze(self, parsed: ParsedMessage, directory, earlier) -> MessageAnalysis:
        # The child kept the parsed message; only what earlier mail in the thread says travels.
        return self._call("analyze", earlier)

    def directory_changed(self) -> None:
        """The records changed: the next child is forked with the new directory."""
        self.close()

    def close(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
            self._connection.close()
        self._process = self._connection = None

    def _call(self, kind: str, payload):
        if self._deadline is None:
            self.start_message()
        self._ensure_child()
        try:
            self._connection.send((kind, payload))
        except (BrokenPipeError, OSError):
            self.close()
            raise WorkerDied("the worker process was gone") from None
        while True:
            if self._stop.is_set():
                self.close()
                raise StopRequested()
            remaining = self._deadline - time.monotonic()
            if remaining <= 0:
                self.close()
                raise OverBudget(over_time(self._budget))
            try:
                ready = self._connection.poll(min(_POLL_SECONDS, remaining))
                if ready:
                    status, value = self._connection.recv()
                    break
            except (EOFError, OSError):
                ready = None
            if ready is None or not self._process.is_alive():
                code = self._process.exitcode
                self.close()
                raise WorkerDied(f"the worker process ended (exit code {code})")
        if status == "ok":
            return value
        if status == "memory":
            self.close()  # a child that ran out of memory is not trusted with the next message
            raise OverBudget(over_memory(self._budget))
        if status == "unparseable":
            raise UnparseableMessage(value)
        raise value  # any other error, as raised in the child: the daemon quarantines with its type

    def _ensure_child(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self.close()
        # The directory is read in the parent so the child inherits it without pickling.
        self._directory()
        self._parent_pid = os.getpid()
        context = multiprocessing.get_context("fork")
        parent_end, child_end = context.Pipe()
        process = context.Process(target=self._serve, args=(child_end,), name="intake-analysis", daemon=True)
        process.start()
        child_end.close()
        self._process, self._connection = process, parent_end

    # -- the child's side -------------------------------------------------------------------
    def _serve(self, connection) -> None:
        # The parent decides about stopping; a Ctrl-C in the terminal reaches the whole process group.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _die_with_parent(self._parent_pid)
        _limit_memory(self._budget.memory_mb)
        directory = self._directory()
        parsed = None
        while True:
            try:
                kind, payload = connection.recv()
            except (EOFError, OSError):
                os._exit(0)
            try:
                if kind == "parse":
                    parsed = None
                    parsed = parse_message(payload, self._limits)
                    reply = ("ok", parsed)
                else:
                    reply = ("ok", analyze_message(parsed, directory, self._analyzer, self._own_domains, payload))
            except MemoryError:
                parsed = None
                reply = ("memory", None)
            except UnparseableMessage as problem:
                reply = ("unparseable", str(problem))
            except Exception as error:  # reported to the parent, which quarantines the message with its type
                reply = ("error", _portable(error))
            try:
                connection.send(reply)
            except MemoryError:
                connection.send(("memory", None))
            except (BrokenPipeError, OSError):
                os._exit(0)


def _die_with_parent(parent_pid: int) -> None:
    """A daemon killed with SIGKILL takes its worker along: an orphan would go on holding the daemon's lock
    file (inherited at the fork) and the next start would find "another daemon" running."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before the line above
        os._exit(0)


def _limit_memory(memory_mb: int) -> None:
    """Cap the address space at what the child holds now (the model, the directory) plus the budget."""
    try:
        with open("/proc/self/statm") as handle:
            held = int(handle.read().split()[0]) * resource.getpagesize()
    except OSError:
        held = 0
    limit = held + memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _portable(error: Exception) -> Exception:
    """An exception the parent can unpickle, keeping its type name for the quarantine reason."""
    try:
        import pickle

        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(type(error).__name__)
