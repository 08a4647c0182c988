"""The retention report for management."""

from __future__ import annotations

from pathlib import Path

import click

from intake.cli.root import Context, cli, pass_context


@cli.group()
def report() -> None:
    """Reports mailed to management on a schedule, or rendered and sent on demand."""


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
    from intake.reporting.job import deliver_on_demand, preview

    app = context.app
    content, note = deliver_on_demand(app.config, app.sessions, period) if send else preview(app.config, app.sessions, period)
    if out is not None:
        out.write_bytes(content)
        click.echo(f"wrote {out}")
    elif not send:
        from intake.reporting.render import body_part

        click.echo(body_part(content, "plain"), nl=False)
    if note:
        click.echo(note, err=not send)
