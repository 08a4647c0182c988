"""The retention report for management."""

from __future__ import annotations

from pathlib import Path

import click

from intake.cli.root import Context, cli, pass_context


@cli.group()
def report() -> None:
    """Rapporter til ledelsen: sendes etter en plan, eller lages og sendes ved behov."""


@report.command("retention")
@click.option("--period", help="Måneden rapporten gjelder, ÅÅÅÅ-MM (standard: den siste måneden som har forfalt rapport).")
@click.option("--send", is_flag=True, help="Send den til de oppsatte mottakerne, om ikke rapporten for måneden alt er sendt.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Skriv hele e-posten (.eml: HTML, tekst og CSV-vedlegg) til FIL.")
@pass_context
def report_retention(context: Context, period: str | None, send: bool, out: Path | None) -> None:
    """Lag eller send oppbevaringsrapporten for én måned.

    Uten --send og --out skrives tekstversjonen ut. En måned som alt er laget for
    sending, vises nøyaktig slik den er lagret.
    """
    from intake.files import check_output_file, write_private
    from intake.services import reports

    if out is not None:
        check_output_file(out)  # before anything is rendered, stored or sent
    message = reports.send_report(context.app, period) if send else reports.preview_report(context.app, period)
    if out is not None:
        write_private(out, message.content)
        click.echo(f"skrev {out}")
    elif not send:
        click.echo(message.plain_text, nl=False)
    if message.note:
        click.echo(message.note, err=not send)
