"""The ``intake`` command group, its shared options, and ``main``: every expected failure is
an ``IntakeError`` and reaches the user as one line on stderr with the error's exit code,
never as a traceback.
"""

from __future__ import annotations

from datetime import date, datetime

from typing import TYPE_CHECKING

import click

from intake.cli.norsk import VERSION_MESSAGE, VERSION_OPTION_TEXT, NorwegianGroup, show_usage_error
from intake.config import load_config
from intake.errors import IntakeError
from intake.logs import setup_logging

if TYPE_CHECKING:
    from intake.app import App


class Context:
    def __init__(self, config_path: str | None):
        self.config_path = config_path

    @property
    def app(self) -> App:
        if not hasattr(self, "_app"):
            from intake.app import App

            config = load_config(self.config_path)
            setup_logging(config.daemon.log_level)
            self._app = App(config)
        return self._app


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


staff_option = click.option(
    "--as", "staff", envvar="INTAKE_STAFF", metavar="USER",
    help="Ditt brukernavn som ansatt (standard: $INTAKE_STAFF). Trengs for alt som viser eller endrer personopplysninger.")
DATE = click.DateTime(formats=["%Y-%m-%d"])


def as_day(value) -> date | None:
    return value.date() if value is not None else None


def number(value: float) -> str:
    """A weight or confidence as Norwegians write it: 0,85."""
    return f"{value:.2f}".replace(".", ",")


def when(moment: datetime | None) -> str:
    """A timestamp to the second, as staff read it."""
    return moment.isoformat(timespec="seconds") if moment else "-"


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="intake", standalone_mode=False)
    except click.UsageError as error:
        show_usage_error(error)
        return error.exit_code
    except click.exceptions.Abort:
        click.echo("avbrutt", err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except IntakeError as error:
        click.echo(f"intake: {error}", err=True)
        return error.exit_code
    return 0
