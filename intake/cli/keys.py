"""`intake keys`: the master key and the sealing of stored mail (README: Sealed at rest)."""

from __future__ import annotations

import click

from intake.cli.root import Context, cli, pass_context, staff_option
from rules.wording import counted


@cli.group()
def keys() -> None:
    """Nøklene som forsegler e-posten: hovednøkkelen og nøkkelen til hver registrerte."""


@keys.command("rotate")
@staff_option
@pass_context
def keys_rotate(context: Context, staff: str | None) -> None:
    """Bytt hovednøkkelen: alle registrertes nøkler pakkes inn på nytt under en ny hovednøkkel (administrator)."""
    from intake.services import keys as service

    done = service.rotate(context.app, staff)
    click.echo(f"ny hovednøkkel {done.new_master_id} (var {done.old_master_id}); {done.subject_keys} nøkler pakket inn på nytt")


@keys.command("seal")
@staff_option
@pass_context
def keys_seal(context: Context, staff: str | None) -> None:
    """Forsegl e-post som ble lagret før forsegling fantes (administrator). Trygt å kjøre flere ganger."""
    from intake.services import keys as service

    done = service.seal_existing(context.app, staff)
    click.echo(f"{counted(done.messages, 'e-post')} forseglet; {done.left} igjen")
