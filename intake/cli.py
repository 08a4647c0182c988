"""The ``intake`` command: a thin layer over the Python API (click is used only here).

Every expected failure is an ``IntakeError`` and reaches the user as one line on
stderr with the error's exit code, never as a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from sqlalchemy.exc import OperationalError

from intake.app import App
from intake.config import load_config
from intake.errors import IntakeError, RecordsImportError
from intake.logs import setup_logging
from models.session import transaction


class Context:
    def __init__(self, config_path: str | None):
        self.config_path = config_path

    @property
    def app(self) -> App:
        if not hasattr(self, "_app"):
            config = load_config(self.config_path)
            setup_logging(config.daemon.log_level)
            self._app = App(config)
        return self._app


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="INTAKE_CONFIG",
              help="Config file to use (default: ./config.toml, or $INTAKE_CONFIG).")
@click.version_option(package_name="intake")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """intake: keeps proESS's customer correspondence stored, linked, and lawful.

    Start with `intake init`, import the firm's records with `intake records import`,
    then run the daemon with `intake run`. See README.md for every setting.
    """
    ctx.obj = Context(config_path)


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
    from intake.daemon import Daemon, single_instance
    from intake.report_job import report_delivery

    app = context.app
    show_progress = sys.stderr.isatty() if progress is None else progress
    daemon = Daemon(
        source_factory=app.mail_source,
        pipeline=app.pipeline(),
        factory=app.sessions,
        poll_interval=app.config.daemon.poll_interval_seconds,
        progress=_ClickProgress if show_progress else None,
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
    from intake.analyze_files import analyze_files

    for line in analyze_files(context.app, paths):
        click.echo(json.dumps(line, ensure_ascii=False))


@cli.command()
@click.argument("query")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a readable view in Norwegian; json: for scripts.")
@pass_context
def lookup(context: Context, query: str, output_format: str) -> None:
    """Everything stored about a customer: give a customer id, an e-mail address or a name."""
    from intake.lookup import find_subjects, render_json, render_text

    with context.app.sessions() as session:
        results = find_subjects(session, query)
        click.echo(render_json(results) if output_format == "json" else render_text(results, query))


@cli.group()
def report() -> None:
    """Reports for management."""


@report.command("retention")
@click.option("--period", help="The month to report on, YYYY-MM (default: the latest month whose report is due).")
@click.option("--send", is_flag=True, help="Send it to the configured recipients unless that month's report was already sent.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the whole message (.eml: HTML, text and CSV attachment) to FILE.")
@pass_context
def report_retention(context: Context, period: str | None, send: bool, out: Path | None) -> None:
    """Render or send one month's retention report.

    Without --send and --out the plain-text version is printed. A month that was
    already rendered for sending shows exactly the stored message.
    """
    from intake.report_job import deliver_on_demand, preview

    app = context.app
    content, note = deliver_on_demand(app.config, app.sessions, period) if send else preview(app.config, app.sessions, period)
    if out is not None:
        out.write_bytes(content)
        click.echo(f"wrote {out}")
    elif not send:
        from intake.report_render import body_part

        click.echo(body_part(content, "plain"), nl=False)
    if note:
        click.echo(note, err=not send)


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="intake", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except IntakeError as error:
        click.echo(f"intake: {error}", err=True)
        return error.exit_code
    except OperationalError as error:
        click.echo(f"intake: the database cannot be reached ({type(error.orig).__name__})", err=True)
        return 4
    return 0


if __name__ == "__main__":
    sys.exit(main())
