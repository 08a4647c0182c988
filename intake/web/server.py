"""Serving the web app: the one module that uses uvicorn."""

from __future__ import annotations

import secrets
import signal
import threading
from contextlib import contextmanager

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
    """Serve until Ctrl-C or SIGTERM; either way the caller's clean-up (`finally`) runs afterwards.
    The caller holds `sigterm_as_exit()` around whatever it must clean up (the lookup socket)."""
    make_server(intake_app, host, port, setup_token).run()


@contextmanager
def sigterm_as_exit():
    """While held, SIGTERM ends the process as an exception, with the exit code a process killed by SIGTERM
    has (143), so every `finally` inside runs.

    uvicorn catches the signal, stops serving, puts back the handler it found and raises the signal
    again. SIGTERM's default handler would then end the process on the spot, before any `finally`
    (the lookup socket was left behind). Held from before the socket is made, not only while serving:
    a SIGTERM between the two (systemd stopping a slow start) left the socket too."""
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


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
