"""Serving the web app: the one module that uses uvicorn."""

from __future__ import annotations

import secrets
import threading

import uvicorn

from intake.app import App
from intake.services.accounts import anyone_has_password
from intake.web.app import create_app


def setup_token_if_needed(intake_app: App) -> str | None:
    """A one-time token for the first administrator, when no staff member has a password yet."""
    return None if anyone_has_password(intake_app.sessions) else secrets.token_urlsafe(24)


def make_server(intake_app: App, host: str, port: int, setup_token: str | None) -> uvicorn.Server:
    config = uvicorn.Config(create_app(intake_app, setup_token), host=host, port=port, access_log=False, log_config=None,
                            server_header=False, proxy_headers=False, lifespan="off")
    return uvicorn.Server(config)


def serve(intake_app: App, host: str, port: int, setup_token: str | None) -> None:
    """Serve until Ctrl-C or SIGTERM."""
    make_server(intake_app, host, port, setup_token).run()


class BackgroundServer:
    """The app served from a thread (tests, screenshots, benchmarks): start(), then stop()."""

    def __init__(self, intake_app: App, host: str, port: int, setup_token: str | None = None):
        self.server = make_server(intake_app, host, port, setup_token)
        self.thread = threading.Thread(target=self.server.run, name="intake-web", daemon=True)

    def start(self, timeout: float = 30.0) -> None:
        self.thread.start()
        started = threading.Event()
        for _ in range(int(timeout * 20)):
            if self.server.started or not self.thread.is_alive():
                break
            started.wait(0.05)
        if not self.server.started:
            raise RuntimeError("the web app did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
