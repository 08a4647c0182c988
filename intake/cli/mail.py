"""Commands for the mail flow: set-up, the daemon, records, status, analysis, the mailbox, the review queue."""

from __future__ import annotations

import json
import sys

from pathlib import Path

import click

from intake.errors import RecordsImportError

from models.session import transaction

from intake.cli.root import Context, cli, pass_context, staff_option


@cli.command()
@pass_context
def init(context: Context) -> None:
    """Create or upgrade the database and the data folder. Safe to run again."""
    app = context.app
    app.engine  # migrates
    app.hash_key
    click.echo(f"database ready; data folder {app.config.daemon.data_dir}")


@cli.command()
@click.option("--once", is_flag=True, help="Work through the mailbox once and exit instead of polling.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar over the backlog (default: when stderr is a terminal).")
@pass_context
def run(context: Context, once: bool, progress: bool | None) -> None:
    """Run the mail daemon: store, link, scan and date every message in the mailbox.

    Stops cleanly after the message in hand on Ctrl-C or SIGTERM.
    """
    from intake.ingest.daemon import Daemon, single_instance
    from intake.reporting.job import report_delivery

    app = context.app
    show_progress = sys.stderr.isatty() if progress is None else progress
    reconnect = {"max_backoff": app.config.imap.reconnect_max_seconds} if app.config.mailbox.source == "imap" else {}
    daemon = Daemon(
        source_factory=app.mail_source,
        pipeline=app.pipeline(),
        factory=app.sessions,
        poll_interval=app.config.daemon.poll_interval_seconds,
        progress=_ClickProgress if show_progress else None,
        **reconnect,
    )
    with single_instance(Path(app.config.daemon.data_dir)), daemon.stop_on_signals(), \
            report_delivery(app.config, app.sessions, once):
        daemon.run(once=once)


class _ClickProgress:
    def __init__(self, total: int):
        self._bar = click.progressbar(length=total, label="backlog", file=sys.stderr, show_pos=True, show_eta=True)
        self._bar.__enter__()

    def advance(self) -> None:
        self._bar.update(1)

    def finish(self) -> None:
        self._bar.__exit__(None, None, None)


@cli.group()
def records() -> None:
    """The firm's customer, property and project records."""


@records.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--actor", default="cli", show_default=True, help="Who is importing (written to the audit log).")
@pass_context
def records_import(context: Context, file: Path, actor: str) -> None:
    """Import FILE (CSV with the records header); re-import updates in place.

    A file with any bad row imports nothing; every bad row is listed with its line number.
    """
    from intake.records import import_records_file

    app = context.app
    try:
        with transaction(app.sessions) as session:
            summary = import_records_file(session, file, app.config.retention.policies, actor)
    except RecordsImportError as error:
        for line, reason in error.bad_rows:
            click.echo(f"{error.path}:{line}: {reason}", err=True)
        raise
    click.echo(f"imported {summary.customers} customers, {summary.properties} properties, {summary.projects} projects "
               f"({summary.changed_customers} customers new or changed; retention recomputed for {summary.retention_recomputed} messages)")


@cli.command()
@pass_context
def status(context: Context) -> None:
    """Counts of stored mail, the last poll, and quarantined messages."""
    from intake.status import collect_status, render_status

    with context.app.sessions() as session:
        click.echo(render_status(collect_status(session)))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object per message.")
@pass_context
def analyze(context: Context, paths: tuple[Path, ...], output_format: str) -> None:
    """Link and scan message files (or folders of them) without storing anything.

    Prints one JSON line per message: file, message_id, customer_id, properties, entities.
    Uses the customers in the configured database.
    """
    from intake.ingest.analyze_files import analyze_files

    for line in analyze_files(context.app, paths):
        click.echo(json.dumps(line, ensure_ascii=False))


@cli.group()
def mailbox() -> None:
    """The mailbox intake reads from."""


@mailbox.command("check")
@pass_context
def mailbox_check(context: Context) -> None:
    """Connect and log in, then list the watched folders with their message counts.

    Exits non-zero with one line saying what is wrong when the server cannot be reached,
    the login is refused, the certificate is not trusted or a watched folder is missing.
    """
    from intake.errors import MailSourceError

    config = context.app.config
    if config.mailbox.source != "imap":
        click.echo(f"maildir {config.maildir.path}: {context.app.mail_source().count_pending()} messages waiting")
        return
    from intake.ingest.sources.imap import check_mailbox

    report = check_mailbox(config.imap, config.secret(config.imap.password_env))
    for line in report.lines():
        click.echo(line)
    if report.missing:
        raise MailSourceError(f"watched folder(s) missing on {report.server}: {', '.join(report.missing)}")


@cli.group(invoke_without_command=True)
@staff_option
@click.pass_context
def review(ctx: click.Context, staff: str | None) -> None:
    """Messages the linker would not link on its own: list them with their evidence, then settle each.

    Without a subcommand, lists the open items. Accepting or linking remembers the
    sender's address for that customer, so the next message from it links by itself.
    """
    if ctx.invoked_subcommand is not None:
        return
    from intake.ingest.review import open_items

    with transaction(ctx.find_object(Context).app.sessions) as session:
        items = open_items(session, staff)
    if not items:
        click.echo("Ingen meldinger venter på vurdering.")
    for item in items:
        when = item.sent_at.date().isoformat() if item.sent_at else "ukjent dato"
        click.echo(f"#{item.item_id}  melding {item.message_pk}  {when}  fra {item.from_address or '-'}  «{item.subject or ''}»")
        click.echo(f"    grunn: {item.reason}")
        for candidate in item.candidates:
            signals = ", ".join(f"{r['signal']} ({r['weight']:.2f})" for r in candidate["reasons"])
            click.echo(f"    kandidat {candidate['customer_id']}  {candidate['confidence']:.2f}: {signals}")


@review.command("accept")
@click.argument("item_id", type=int)
@click.option("--customer", "customer_id", help="Which candidate, when there are several (default: the strongest).")
@staff_option
@pass_context
def review_accept(context: Context, item_id: int, customer_id: str | None, staff: str | None) -> None:
    """Link the message of review item ITEM_ID to its strongest (or the named) candidate."""
    from intake.ingest.review import accept

    app = context.app
    with transaction(app.sessions) as session:
        linked = accept(session, staff, item_id, app.config.retention.policies, app.config.mailbox.own_domains, customer_id)
    click.echo(f"#{item_id} knyttet til {linked}")


@review.command("reject")
@click.argument("item_id", type=int)
@staff_option
@pass_context
def review_reject(context: Context, item_id: int, staff: str | None) -> None:
    """The message of review item ITEM_ID concerns none of the candidates: leave it unlinked."""
    from intake.ingest.review import reject

    with transaction(context.app.sessions) as session:
        reject(session, staff, item_id)
    click.echo(f"#{item_id} avvist; meldingen forblir uten kunde")


@review.command("link-to")
@click.argument("item_id", type=int)
@click.argument("customer_id")
@staff_option
@pass_context
def review_link_to(context: Context, item_id: int, customer_id: str, staff: str | None) -> None:
    """Link the message of review item ITEM_ID to CUSTOMER_ID, a candidate or not."""
    from intake.ingest.review import link_to

    app = context.app
    with transaction(app.sessions) as session:
        linked = link_to(session, staff, item_id, customer_id, app.config.retention.policies, app.config.mailbox.own_domains)
    click.echo(f"#{item_id} knyttet til {linked}")
