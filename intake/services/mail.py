"""Services for the mail flow: set-up, the daemon, the records import, status, analysis and the mailbox.

Status shows no personal data to a person (counts, ids and parse reasons), so it takes no
staff identity; the records import changes the register, so it needs a records manager or an
administrator and is audited; analysis needs an identity once customers are registered.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Iterable, Iterator

from intake.app import App
from intake.errors import WatchedFolderMissing
from intake.services.results import MailboxCheck, PollView, QuarantinedItem, Ready, ReportRunView, Status
from rules.wording import counted, joined


def init(app: App) -> Ready:
    """Create or upgrade the database (migrations) and the data folder, with the embedded hash key. Safe to repeat."""
    app.migrate()  # the only commands that change the schema: init and the daemon
    app.hash_key
    app.sealer  # the master key (0600) and the key store, made once
    return Ready(str(app.config.daemon.data_dir))


def build_daemon(app: App, progress=None):
    """The daemon as configured: its mail source, pipeline, poll interval and (IMAP) reconnect limit.

    ``progress`` is a factory ``(total) -> object with advance() and finish()`` the front end draws with.
    """
    from intake.ingest.daemon import Daemon

    from intake.ingest.worker import Budget

    config = app.config
    reconnect = {"max_backoff": config.imap.reconnect_max_seconds} if config.mailbox.source == "imap" else {}
    pipeline = app.pipeline()
    daemon = Daemon(source_factory=app.mail_source, pipeline=pipeline, factory=app.sessions,
                    poll_interval=config.daemon.poll_interval_seconds, progress=progress, **reconnect)
    # One message must never stall the daemon: parsing and analysis run in a worker under the budget,
    # and a stop reaches the worker too.
    pipeline.isolate(Budget(config.budget.timeout_seconds, config.budget.memory_mb, config.budget.max_attempts),
                     daemon.stop_requested)
    return daemon


def run_daemon(app: App, once: bool = False, progress=None) -> None:
    """Run the daemon until stopped (SIGINT/SIGTERM, within a second, leaving the message in hand unacknowledged),
    or through the mailbox once.

    Only one daemon runs per data folder; when ``[report]`` is enabled the retention report goes out on its schedule
    (after a ``once`` run: any report that is due).
    """
    from intake.ingest.daemon import single_instance
    from intake.reporting.job import report_delivery

    app.migrate()
    daemon = build_daemon(app, progress)
    with ExitStack() as stack:
        stack.enter_context(single_instance(Path(app.config.daemon.data_dir)))
        stack.enter_context(daemon.stop_on_signals())
        stack.enter_context(report_delivery(app.config, app.sessions, once))
        daemon.run(once=once)


def import_records(app: App, path: Path, actor: str = "cli", returning: tuple[str, ...] = (), staff: str | None = None,
                   progress=None):
    """Import the firm's records CSV as ``staff`` (a records manager or an administrator; refused and audited
    otherwise). A file with any bad row imports nothing (``RecordsImportError`` lists them). Rows for an erased
    person are left out (``refused``) unless named in ``returning``; corrected fields keep their corrected value
    (``conflicts``). Commits in batches, so lookups keep working during a large import; the stored mail the
    changes concern gets its links and retention dates computed again. ``actor`` is the old free-text
    ``--actor``: noted in the audit entry, never taken as the identity. ``progress(stage, done, total)`` is
    called as rows are read, customers written and stored mail brought up to date (for a progress bar).
    Returns ``intake.records.ImportSummary``: new, changed and unchanged customers, properties and projects."""
    from intake.records import import_records_in_batches

    return import_records_in_batches(app.sessions, Path(path), app.config.retention.policies, staff,
                                     hash_key=app.hash_key, returning=tuple(returning), actor_note=actor,
                                     progress=progress, own_domains=app.config.mailbox.own_domains)


def status(app: App) -> Status:
    """Counts by message state, the last poll, the review queue, quarantined messages and the reports' delivery."""
    with app.sessions() as session:
        return collect_status(session)


def collect_status(session) -> Status:
    """``status`` inside a session the caller holds (shows no personal data: counts, ids, parse reasons)."""
    from models.queries import last_poll, message_counts, open_review_count, quarantined_messages
    from models.reports import runs_for_status

    poll = last_poll(session)
    return Status(
        counts=dict(message_counts(session)),
        last_poll=PollView(poll.source, poll.started_at, poll.finished_at, poll.seen, poll.stored, poll.duplicates,
                           poll.quarantined) if poll else None,
        review_open=open_review_count(session),
        quarantined=tuple(QuarantinedItem(m.id, m.size, m.quarantine_reason or "") for m in quarantined_messages(session)),
        reports=tuple(ReportRunView(r.kind, r.period, r.state, r.message_id, r.attempts, r.sent_at, r.next_attempt_at,
                                    r.last_error) for r in runs_for_status(session)),
        requests=unanswered_requests(session),
    )


def unanswered_requests(session, today=None) -> tuple:
    """Requests from data subjects still to be answered: suggested, open, extended, overdue (issue 12)."""
    from datetime import date

    from intake.privacy.requests import register_views

    return tuple(r for r in register_views(session, today or date.today()) if r.state not in ("answered", "dismissed"))


def analyze(app: App, paths: Iterable[Path], actor: str | None = None) -> Iterator[dict]:
    """Link and scan message files (or folders of them) without storing anything: one JSON-ready dict per message.
    With customers registered it tells which customer a file belongs to, so it needs a staff identity and is audited."""
    from intake.ingest.analyze_files import analyze_files

    return analyze_files(app, paths, actor)


def check_mailbox(app: App) -> MailboxCheck:
    """Log in and count the watched folders (IMAP), or count the waiting messages (Maildir).

    A watched folder that is missing raises ``WatchedFolderMissing``, which carries the lines to show first."""
    config = app.config
    if config.mailbox.source != "imap":
        return MailboxCheck("maildir", (f"Maildir {config.maildir.path}: {counted(app.mail_source().count_pending(), 'e-post')} venter",))
    from intake.ingest.sources.imap import check_mailbox as imap_check

    report = imap_check(config.imap, config.secret(config.imap.password_env))
    lines = tuple(report.lines())
    if report.missing:
        folders = "mappen" if len(report.missing) == 1 else "mappene"
        raise WatchedFolderMissing(f"fant ikke {folders} {joined(report.missing)} på {report.server}", lines)
    return MailboxCheck("imap", lines)
