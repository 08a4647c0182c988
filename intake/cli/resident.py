"""`intake lookup` answered by the running `intake web` process, over a local socket.

Why: a new process pays for importing SQLAlchemy, declaring every model and compiling its
queries before it can answer (about a second on the firm's server), while the web app has
all of that warm. So `intake web` also listens on ``<daemon.data_dir>/intake.sock`` and
``intake lookup`` asks it first; with no web app running, or one started from other code or
other settings, the command does the lookup itself, with the same output.

What stays the same either way:
- Identity. The listener learns the caller's real user id from the kernel (``SO_PEERCRED``),
  not from anything the caller sends, and resolves the acting staff member from that login
  exactly as a command would (``intake.identity``); ``--as`` is checked the same way.
- The service call. The listener calls the same ``intake.services.privacy.lookup`` (its
  permission check, audit entry and refusals) and the same renderer as the command.
- Access to the socket. It lives in the data folder (0700) and is made 0600: only the
  service's own login reaches it, as only it can open the SQLite file.

Protocol: one JSON request per connection, one JSON answer, each a single line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pwd
import socket
import socketserver
import struct
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from intake.config import Config
from intake.errors import IntakeError

if TYPE_CHECKING:
    from intake.app import App

log = logging.getLogger("intake.resident")

SOCKET_NAME = "intake.sock"
PROTOCOL = 1
MAX_REQUEST = 64 * 1024
CONNECT_TIMEOUT = 2.0  # a listener that does not take the call in this time is treated as absent
ANSWER_TIMEOUT = 120.0  # a lookup on a large register under load; the command then says so
CODE_PACKAGES = ("intake", "rules", "models")


def socket_path(config: Config) -> Path:
    return Path(config.daemon.data_dir) / SOCKET_NAME


def settings_fingerprint(config: Config) -> str:
    """Equal only when both processes read the same settings (the config holds no secrets)."""
    return hashlib.sha256(repr(config).encode("utf-8")).hexdigest()


def code_stamp() -> str:
    """The newest source file of the running code: a web app started before an upgrade answers nothing."""
    newest, count = 0, 0
    root = Path(__file__).resolve().parents[2]
    for package in CODE_PACKAGES:
        for folder, _, files in os.walk(root / package):
            for name in files:
                if name.endswith(".py"):
                    newest = max(newest, os.stat(os.path.join(folder, name)).st_mtime_ns)
                    count += 1
    return f"{root}:{count}:{newest}"


# ------------------------------------------------------------------ the command's side


class Answer:
    """What the listener said: the text to print, or an error in the error tree's terms."""

    def __init__(self, payload: dict):
        self.output: str | None = payload.get("output")
        self.error: str | None = payload.get("error")
        self.exit_code: int = int(payload.get("exit_code", 1))
        self.needs_choice: int = int(payload.get("needs_choice", 0))


def ask_lookup(config: Config, query: str, output_format: str, choice: int | None, claimed: str | None) -> Answer | None:
    """The listener's answer, or None when there is no listener for this code and these settings
    (the caller then looks up itself). Nothing is sent before the listener is known to be ours."""
    if not config.web.answer_lookups:
        return None
    path = socket_path(config)
    if not path.is_socket():
        return None
    request = {"protocol": PROTOCOL, "settings": settings_fingerprint(config), "code": code_stamp(),
               "command": "lookup", "query": query, "format": output_format, "choice": choice, "as": claimed}
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(CONNECT_TIMEOUT)
            connection.connect(str(path))
            connection.settimeout(ANSWER_TIMEOUT)
            connection.sendall(json.dumps(request).encode("utf-8") + b"\n")
            connection.shutdown(socket.SHUT_WR)
            payload = json.loads(_read_all(connection) or b"{}")
    except (OSError, ValueError):
        # Refused (a socket left by a web app that was killed), timed out, or cut off: ask nobody.
        return None
    if payload.get("fallback", True):
        return None
    return Answer(payload)


def _read_all(connection: socket.socket) -> bytes:
    chunks = []
    while chunk := connection.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


# ------------------------------------------------------------------ the listener's side


def peer_login(connection: socket.socket) -> str:
    """The login of the process at the other end, from the kernel (Linux ``SO_PEERCRED``)."""
    credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", credentials)
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # as intake.identity.os_user: a uid with no passwd entry is named by its number
        return f"uid{uid}"


class LookupListener:
    """Answers `intake lookup` for the processes that reach the socket; start(), then stop()."""

    def __init__(self, app: App):
        self.app = app
        self.path = socket_path(app.config)
        self.settings = settings_fingerprint(app.config)
        self.code = code_stamp()
        self.answered = 0  # lookups answered here (tests and the benchmark check the command came here)
        self._server: socketserver.ThreadingUnixStreamServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Listen, unless another live listener has the socket. False when not listening."""
        if self.path.is_socket():
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                try:
                    probe.connect(str(self.path))
                    log.warning("another intake web already answers lookups on %s; this one does not", self.path)
                    return False
                except OSError:
                    self.path.unlink(missing_ok=True)  # left by a web app that did not stop cleanly
        listener = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                self.wfile.write(json.dumps(listener.answer(self.connection, self.rfile)).encode("utf-8") + b"\n")

        previous = os.umask(0o177)  # the socket is created 0600 (no window where others may connect)
        try:
            self._server = socketserver.ThreadingUnixStreamServer(str(self.path), Handler)
        finally:
            os.umask(previous)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="intake-lookup-listener", daemon=True)
        self._thread.start()
        log.info("answering lookups on %s", self.path)
        return True

    def stop(self) -> None:
        if self._server is None:
            return
        if self._thread is not None and self._thread.is_alive():  # shutdown() waits for serve_forever to end
            self._server.shutdown()
        self._server.server_close()
        self.path.unlink(missing_ok=True)
        self._server = None

    def answer(self, connection: socket.socket, stream) -> dict:
        try:
            connection.settimeout(10.0)
            request = json.loads(stream.readline(MAX_REQUEST))
            if not isinstance(request, dict):
                raise ValueError("not an object")
        except (OSError, ValueError):
            return {"fallback": True}
        if (request.get("protocol") != PROTOCOL or request.get("command") != "lookup"
                or request.get("settings") != self.settings or request.get("code") != self.code):
            return {"fallback": True}  # other code or other settings: the command looks up itself
        try:
            return self._lookup(peer_login(connection), request)
        except IntakeError as error:
            return {"fallback": False, "error": str(error), "exit_code": error.exit_code}
        except Exception:  # a fault here must not cost staff their answer: the command tries itself
            log.exception("a lookup over the socket failed; the command looks up itself")
            return {"fallback": True}

    def _lookup(self, login: str, request: dict) -> dict:
        from intake.privacy.lookup_view import choices_offered, render_lookup
        from intake.services import privacy

        query, output_format, choice = str(request["query"]), request.get("format"), request.get("choice")
        claimed = request.get("as")
        choice = int(choice) if choice is not None else None
        staff = privacy.identify(self.app, str(claimed) if claimed is not None else None, login=login)
        result = privacy.lookup(self.app, staff, query, choice)
        self.answered += 1
        return {"fallback": False, "output": render_lookup(result, query, output_format),
                "needs_choice": choices_offered(result)}
