"""`intake minimize due|run`: data minimization (issue 14), following ``[[minimization.policies]]``."""

from __future__ import annotations

import json
from datetime import date

import click

from intake.cli.root import DATE, Context, as_day, cli, pass_context, staff_option
from rules.labels import label_name
from rules.wording import counted, norwegian_date


@cli.group()
def minimize() -> None:
    """Dataminimering: masker opplysninger som er oppbevart lenger enn nødvendig (GDPR art. 5(1)(c)).

    Hvilke typer opplysninger, og etter hvor mange dager, settes per type i config.toml
    ([[minimization.policies]]); ingen er slått på som standard. E-post under rettslig bevaring maskeres aldri.
    """


def _policies(context: Context):
    policies = context.app.config.minimization.policies
    if not policies:
        click.echo("Ingen regler for dataminimering er slått på ([[minimization.policies]] i config.toml).")
    return policies


@minimize.command("due")
@click.option("--until", type=DATE, help="List det som forfaller innen denne dagen (standard: i dag).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: en lesbar liste på norsk; json: for skript.")
@staff_option
@pass_context
def minimize_due(context: Context, until, output_format: str, staff: str | None) -> None:
    """List e-postene med opplysninger som skal maskeres, per type. Endrer ingenting."""
    from intake.services import privacy

    day = as_day(until) or date.today()
    policies = context.app.config.minimization.policies
    items = privacy.minimization_due(context.app, staff, day)
    if output_format == "json":
        click.echo(json.dumps({"until": day.isoformat(), "policies": [{"label": p.label, "after_days": p.after_days} for p in policies],
                               "items": [{"message_pk": i.message_pk, "received_on": i.received_on.isoformat(),
                                          "values": i.values, "holds": list(i.held)} for i in items]},
                              ensure_ascii=False, indent=2))
        return
    if not _policies(context):
        return
    ready = [i for i in items if not i.held]
    click.echo(f"{counted(len(ready), 'e-post')} har opplysninger som skal maskeres innen {norwegian_date(day)}; "
               f"{len(items) - len(ready)} holdes tilbake av rettslig bevaring")
    for item in items:
        values = ", ".join(f"{label_name(label)} {n}" for label, n in item.values.items())
        held = f"  HOLDT: {'; '.join(item.held)}" if item.held else ""
        click.echo(f"  #{item.message_pk}  mottatt {norwegian_date(item.received_on)}  {values}{held}")


@minimize.command("run")
@click.option("--until", type=DATE, help="Masker det som forfaller innen denne dagen (standard: i dag).")
@staff_option
@pass_context
def minimize_run(context: Context, until, staff: str | None) -> None:
    """Masker alt som har forfalt (arkivansvarlig eller administrator); hver maskert e-post føres i revisjonsloggen."""
    from intake.services import privacy

    if not _policies(context):
        return
    result = privacy.minimization_run(context.app, staff, as_day(until) or date.today())
    values = ", ".join(f"{label_name(label)} {n}" for label, n in result.masked_values.items()) or "ingen"
    click.echo(f"maskert i {counted(result.masked_messages, 'e-post')}: {values}; {len(result.held)} holdt tilbake av rettslig bevaring")
