"""`intake web`: the staff web app."""

from __future__ import annotations

import click

from intake.cli.root import Context, cli, pass_context


@cli.command()
@click.option("--host", help="Address to listen on (default: web.host, 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port to listen on (default: web.port, 8470).")
@pass_context
def web(context: Context, host: str | None, port: int | None) -> None:
    """Serve the staff web app (search, person, message, review, requests, retention, overview).

    Prints the address. On first start, when no staff member has a password, it also prints a
    one-time setup link that lets the first administrator choose a password and sign the
    confidentiality declaration in the browser. Put it behind a reverse proxy for TLS and set
    web.secure_cookies. Ctrl-C stops it.
    """
    from intake.web.server import serve, setup_token_if_needed

    app = context.app
    host = host or app.config.web.host
    port = port or app.config.web.port
    app.engine  # refuse a database `intake init` has not brought to this version, before serving
    token = setup_token_if_needed(app)
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"intake web: http://{shown_host}:{port}/  (Ctrl-C stops it)")
    if token:
        click.echo("Første oppstart: ingen ansatt har passord ennå. Åpne denne lenken (den virker én gang) for å "
                   "opprette den første administratoren:")
        click.echo(f"    http://{shown_host}:{port}/oppsett?token={token}")
    serve(app, host, port, token)
