"""The ``intake`` command group, its shared options, and ``main``: every expected failure is
an ``IntakeError`` and reaches the user as one line on stderr with the error's exit code,
never as a traceback.
"""

from __future__ import annotations

import atexit
import gc
import io
import os
import sys
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING

import click

from intake.cli.norsk import VERSION_MESSAGE, VERSION_OPTION_TEXT, NorwegianGroup, show_usage_error
from intake.config import Config, load_config
from intake.errors import IntakeError, NotConfirmed
from intake.logs import setup_logging
from rules.inert import visible

if TYPE_CHECKING:
    from intake.app import App


class Context:
    def __init__(self, config_path: str | None):
        self.config_path = config_path

    @property
    def config(self) -> Config:
        if not hasattr(self, "_config"):
            self._config = load_config(self.config_path)
            setup_logging(self._config.daemon.log_level)
        return self._config

    @property
    def app(self) -> App:
        if not hasattr(self, "_app"):
            from intake.app import App

            self._app = App(self.config)
        return self._app

    def close(self) -> None:
        """Close the App's connections as the command ends, not whenever the collector reaches them: a process
        ending after its command skips that last collection (``main``)."""
        if hasattr(self, "_app"):
            self._app.close()

    def identify(self, claimed: str | None) -> str | None:
        """The staff account acting (as the ``--as`` option's callback does for other commands)."""
        from intake.services import privacy

        return privacy.identify(self.app, claimed)


pass_context = click.make_pass_decorator(Context)


@click.group(cls=NorwegianGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="INTAKE_CONFIG",
              help="Innstillingsfilen (standard: ./config.toml, eller $INTAKE_CONFIG).")
@click.version_option(package_name="intake", help=VERSION_OPTION_TEXT, message=VERSION_MESSAGE)
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """intake: tar vare på proESS sin kundekorrespondanse – lagret, knyttet til riktig kunde og behandlet lovlig.

    Begynn med `intake init`, importer firmaets kunderegister med `intake records import`,
    og start tjenesten med `intake run`. Alle innstillinger står i README.md.
    """
    ctx.obj = Context(config_path)
    ctx.call_on_close(ctx.obj.close)


def identified(ctx: click.Context, _param, claimed: str | None) -> str | None:
    """The staff account acting, from the operating-system login (``intake.identity``); ``--as`` only
    names that same account, or a service account an administrator acts for."""
    from intake.errors import DatabaseNotReady
    from intake.services import privacy

    try:
        return privacy.identify(ctx.find_object(Context).app, claimed)
    except DatabaseNotReady:
        # Before `intake init` nobody is identified; the command itself stops with "Kjør «intake init» først"
        # when it opens the database, and `--help` or a mistyped argument are still answered.
        return None


STAFF_HELP = ("Hvem du er, er påloggingen din i operativsystemet, knyttet til en ansatt med `intake staff add BRUKER "
              "--os-user PÅLOGGING`. --as (eller $INTAKE_STAFF) kan nevne den kontoen, eller, for en administrator, en "
              "tjenestekonto å opptre for; begge føres i revisjonsloggen. Trengs for alt som viser eller endrer "
              "personopplysninger.")
staff_option = click.option("--as", "staff", envvar="INTAKE_STAFF", metavar="USER", callback=identified, help=STAFF_HELP)
# For `intake lookup`: the name as given, identified later, by the web app answering it or by the command itself.
claimed_staff_option = click.option("--as", "claimed", envvar="INTAKE_STAFF", metavar="USER", help=STAFF_HELP)
DATE = click.DateTime(formats=["%Y-%m-%d"])
yes_option = click.option(
    "--yes", is_flag=True,
    help="Utfør uten å spørre (for skript). I en terminal får du se hvem og hva først, og blir spurt.")


def confirm(preview: str, yes: bool) -> None:
    """Show what a destructive command is about to do and ask; without a terminal, only --yes goes on."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise NotConfirmed("ingen terminal å spørre på: bekreft med --yes; ingenting er endret")
    click.echo(preview)
    if not click.confirm("Utføre dette?", default=False):
        raise NotConfirmed("ikke bekreftet; ingenting er endret")


def as_day(value) -> date | None:
    return value.date() if value is not None else None


def when(moment: datetime | None) -> str:
    """A timestamp to the second, as staff read it: 3. desember 2026 kl. 09.59.47, Norwegian time."""
    from zoneinfo import ZoneInfo

    from rules.wording import norwegian_moment

    return norwegian_moment(moment, ZoneInfo("Europe/Oslo")) if moment else "-"


class InertOutput(io.TextIOBase):
    """Standard output as the commands see it: every control character in what they print is
    written out visibly (``rules.inert.visible``), so text from mail or records, a subject or a
    name, cannot steer the terminal of the person reading it. One choke point, so a new command
    cannot forget it."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")

    def fileno(self) -> int:
        return self._stream.fileno()


@contextmanager
def collector_paused():
    """A short command runs without the cyclic garbage collector. Importing SQLAlchemy and declaring the
    models makes a few hundred thousand objects that live as long as the process, and the collector walked
    them again and again while they were made: about a tenth of `intake lookup`'s time in a process of its
    own (scripts/bench_startup.py). What one short command leaves is freed by reference counting, or when
    it ends. Only for commands whose work is bounded: a daemon or an import needs the collector."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _final_collection_skipped:
            # The process ends after its command (main): what the command made lives until then, and the
            # collector resuming walked it all once more, a tenth of the lookup's CPU time. Frozen, it is not.
            gc.freeze()
        if was_enabled:
            gc.enable()


_final_collection_skipped = False


def _skip_final_collection() -> None:
    """The interpreter's last collections as the process ends walk every object the command left, SQLAlchemy's
    and the models' among them, only to free memory the operating system takes back anyway: a third of a
    second of CPU after `intake lookup` had printed its answer. Frozen, they are not walked; the database and
    key-store connections are closed before (``Context.close``), and the exit handlers (logging) still run."""
    global _final_collection_skipped
    if not _final_collection_skipped:
        atexit.register(gc.freeze)
        _final_collection_skipped = True


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the process's own command (the console script, `python -m intake`), not a caller's
        _skip_final_collection()
    # Everything this process creates (database, WAL, keys, packages, answers, exports) is its owner's
    # alone, whatever the shell's umask: files 0600, folders 0700.
    # (Put back afterwards: a caller that runs main() in-process, like the tests, keeps its own.)
    previous_umask = os.umask(0o077)
    real_stdout = sys.stdout
    sys.stdout = InertOutput(real_stdout)
    try:
        return _run(argv)
    finally:
        sys.stdout = real_stdout
        os.umask(previous_umask)


def _run(argv: list[str] | None) -> int:
    try:
        cli.main(args=argv, prog_name="intake", standalone_mode=False)
    except click.UsageError as error:
        show_usage_error(error)
        return error.exit_code
    except click.exceptions.Abort:
        click.echo("avbrutt", err=True)
        return 130
    except click.ClickException as error:
        error.message = visible(error.message)
        error.show()
        return error.exit_code
    except IntakeError as error:
        click.echo(visible(f"intake: {error}"), err=True)
        return error.exit_code
    return 0
