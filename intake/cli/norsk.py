"""Click's own words in Norwegian: the usage line, the section headings, the help option and usage errors.

Click writes "Usage:", "Options:", "Commands:", "Show this message and exit." and messages such as
"Missing argument 'QUERY'." itself; staff read them as part of every command's help and every
mistyped command line, so the command classes here put them in bokmål.
"""

from __future__ import annotations

import re

import click

HELP_OPTION_TEXT = "Vis denne hjelpeteksten og avslutt."
VERSION_OPTION_TEXT = "Vis versjonen og avslutt."
VERSION_MESSAGE = "%(prog)s, versjon %(version)s"

# Click's usage-error messages, as (pattern, Norwegian); what a pattern does not cover is shown as click wrote it.
_USAGE_ERRORS = (
    (re.compile(r"^Missing argument '(.+)'\.$"), "Mangler argumentet {0}."),
    (re.compile(r"^Missing option '(.+)'\.$"), "Mangler valget {0}."),
    (re.compile(r"^No such option:? '?([^'\s]+)'?\.?$"), "Ukjent valg: {0}."),
    (re.compile(r"^No such option:? '?([^'\s]+)'?\.? Did you mean '?([^'\s?]+)'?\?$"), "Ukjent valg: {0}. Mente du {1}?"),
    (re.compile(r"^No such command '(.+)'\.$"), "Ukjent kommando: {0}."),
    (re.compile(r"^Got unexpected extra arguments? \((.+)\)$"), "Uventede ekstra argumenter: {0}"),
    (re.compile(r"^Option '(.+)' requires an argument\.$"), "Valget {0} trenger en verdi."),
    (re.compile(r"^Invalid value for '(.+?)': (.+)$", re.S), "Ugyldig verdi for {0}: {1}"),
    (re.compile(r"^'(.+)' is not one of (.+)\.$", re.S), "«{0}» er ikke én av {1}."),
    (re.compile(r"^'(.+)' does not match the format (.+)\.$", re.S), "«{0}» har ikke formatet {1}."),
    (re.compile(r"^'(.+)' is not a valid integer\.$"), "«{0}» er ikke et heltall."),
)


def usage_error_text(message: str) -> str:
    for pattern, norwegian in _USAGE_ERRORS:
        if match := pattern.match(message):
            *head, last = match.groups()
            return norwegian.format(*head, usage_error_text(last))  # "Invalid value for X: <why>" says why in Norwegian too
    return message


def show_usage_error(error: click.UsageError) -> None:
    """What click's ``UsageError.show`` prints, in Norwegian: the usage line, where to find help, the error."""
    ctx = error.ctx
    if ctx is not None:
        click.echo(ctx.get_usage(), err=True)
        if ctx.command.get_help_option(ctx) is not None:
            click.echo(f"Se «{ctx.command_path} {ctx.help_option_names[0]}» for hjelp.", err=True)
        click.echo("", err=True)
    click.echo(f"Feil: {usage_error_text(error.format_message())}", err=True)


class NorwegianCommand(click.Command):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[VALG]")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix="Bruk: ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = [record for parameter in self.get_params(ctx) if (record := parameter.get_help_record(ctx))]
        if records:
            with formatter.section("Valg"):
                formatter.write_dl(records)


class NorwegianGroup(NorwegianCommand, click.Group):
    command_class = NorwegianCommand

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("subcommand_metavar", "KOMMANDO [ARGUMENTER]...")
        super().__init__(*args, **kwargs)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        NorwegianCommand.format_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [(name, command) for name in self.list_commands(ctx)
                    if (command := self.get_command(ctx, name)) is not None and not command.hidden]
        if commands:
            width = formatter.width - 6 - max(len(name) for name, _ in commands)
            with formatter.section("Kommandoer"):
                formatter.write_dl([(name, command.get_short_help_str(width)) for name, command in commands])


NorwegianGroup.group_class = NorwegianGroup
