"""`intake web`: the staff web app."""

from __future__ import annotations

import click

from intake.cli.root import Context, cli, pass_context


@cli.command()
@click.option("--host", help="Adressen det lyttes på (standard: web.host, 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Porten det lyttes på (standard: web.port, 8470).")
@pass_context
def web(context: Context, host: str | None, port: int | None) -> None:
    """Start nettappen for de ansatte (søk, person, e-post, vurdering, begjæringer, oppbevaring, oversikt).

    Skriver ut adressen. Ved første oppstart, når ingen ansatt har passord, skrives også en
    engangslenke der den første administratoren velger passord og signerer
    taushetserklæringen i nettleseren. Sett den bak en omvendt proxy for TLS, og sett
    web.secure_cookies. Mens den kjører, svarer den også på `intake lookup` (web.answer_lookups).
    Ctrl-C stopper den.
    """
    from intake.web.server import serve, setup_token_if_needed, sigterm_as_exit

    app = context.app
    host = host or app.config.web.host
    port = port or app.config.web.port
    app.engine  # refuse a database `intake init` has not brought to this version, before serving
    token = setup_token_if_needed(app)
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"intake web: http://{shown_host}:{port}/  (Ctrl-C stopper den)")
    if token:
        click.echo("Første oppstart: ingen ansatt har passord ennå. Åpne denne lenken (den virker én gang) for å "
                   "opprette den første administratoren:")
        click.echo(f"    http://{shown_host}:{port}/oppsett?token={token}")
    with sigterm_as_exit():
        listener = None
        try:
            if app.config.web.answer_lookups:
                from intake.cli.resident import LookupListener

                listener = LookupListener(app)
                if not listener.start():
                    listener = None
            serve(app, host, port, token)
        finally:
            if listener is not None:
                listener.stop()
