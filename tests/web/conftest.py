"""The web app served for real on 127.0.0.1 and a free port, over the privacy tests' known world.

Staff (from ``tests.privacy.seed``): admin (administrator), kari (staff), rita and ola (records
managers), nils (staff, has NOT signed the confidentiality declaration). Each has the password
``PASSWORD``. One review item waits on the neighbour's mail; one message has HTML in its subject
and body.
"""

from __future__ import annotations

import socket
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache

import httpx
import pytest
from sqlalchemy import select

from intake.app import App
from intake.config import load_config
from intake.passwords import hash_password
from intake.web.server import BackgroundServer
from models import AuditEntry, ReviewItem, StaffPassword
from models.session import transaction
from tests.privacy.seed import World, _message, seed

PASSWORD = "korrekt hest batteri stift"
STAFF = ("admin", "kari", "rita", "ola", "nils")
HTML_SUBJECT = "<script>alert('emne')</script><b>Fet tittel</b>"
HTML_BODY = "Se her: <img src=x onerror=\"alert('kropp')\"> og <a href=\"javascript:alert(3)\">klikk</a>"


class Client(httpx.Client):
    """An HTTP client that may be used in a with-block after its first request (signed in already)."""

    def __enter__(self):
        return self


@dataclass
class Site:
    base_url: str
    app: App
    world: World
    review_item: int
    html_message: int

    def client(self) -> Client:
        return Client(base_url=self.base_url, follow_redirects=False, timeout=30)

    def signed_in(self, username: str) -> Client:
        client = self.client()
        sign_in(client, username)
        return client

    def audit(self, action: str, actor: str | None = None) -> list[AuditEntry]:
        with self.app.sessions() as session:
            statement = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            if actor:
                statement = statement.where(AuditEntry.actor == actor)
            return list(session.scalars(statement))


@lru_cache(maxsize=1)
def password_hash() -> str:
    return hash_password(PASSWORD)


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def login_csrf(client: httpx.Client) -> str:
    page = client.get("/logg-inn")
    marker = 'name="login_csrf" value="'
    start = page.text.index(marker) + len(marker)
    return page.text[start:page.text.index('"', start)]


def sign_in(client: httpx.Client, username: str, password: str = PASSWORD, expect_success: bool | None = None) -> httpx.Response:
    response = client.post("/logg-inn", data={"login_csrf": login_csrf(client), "username": username, "password": password,
                                              "neste": "/oversikt"})
    if expect_success if expect_success is not None else (password == PASSWORD and username in STAFF):
        assert response.status_code == 303, response.text
    return response


def csrf_of(page_text: str) -> str:
    marker = 'name="csrf_token" value="'
    start = page_text.index(marker) + len(marker)
    return page_text[start:page_text.index('"', start)]


def write_config(database_url: str, tmp_path, web: str = "") -> "Path":
    config_file = tmp_path / "config.toml"
    config_file.write_text(f"[database]\nurl = '{database_url}'\n[daemon]\ndata_dir = '{tmp_path / 'var'}'\n"
                           f"[web]\n{web}\n", encoding="utf-8")
    return config_file


def initialise(config_file) -> None:
    """`intake init`, as staff would run it before `intake web` (only init and the daemon migrate)."""
    from intake.cli import main

    assert main(["--config", str(config_file), "init"]) == 0


def build_site(database_url: str, tmp_path, monkeypatch, web: str = "") -> tuple[App, World, int, int]:
    monkeypatch.setenv("INTAKE_HASH_KEY", "privacy-test-key")
    config_file = write_config(database_url, tmp_path, web)
    initialise(config_file)
    app = App(load_config(config_file, environ={}))
    world = seed(app.sessions)
    with transaction(app.sessions) as session:
        html_message = _message(session, "<html@x>", HTML_SUBJECT, HTML_BODY, "hacker@example.no", ["post@proess.no"],
                                days_ago=3, linked="K1001", retention=("customer_correspondence", None, "prosjektet pågår"))
        item = ReviewItem(message_pk=world.neighbour_mail, reason="svak kobling: bare telefonnummeret",
                          candidates=[{"customer_id": "K1001", "confidence": 0.55,
                                       "reasons": [{"signal": "phone", "weight": 0.55, "detail": "phone in text"}]},
                                      {"customer_id": "K1003", "confidence": 0.3,
                                       "reasons": [{"signal": "name", "weight": 0.3, "detail": "name"}]}])
        session.add(item)
        session.flush()
        review_item = item.id
    with transaction(app.sessions) as session:  # one argon2 hash per test run, not five per test
        session.add_all(StaffPassword(username=username, password_hash=password_hash(), set_by="test") for username in STAFF)
    return app, world, review_item, html_message


@pytest.fixture
def site(database_url, tmp_path, monkeypatch, request):
    marker = request.node.get_closest_marker("web_config")
    app, world, review_item, html_message = build_site(database_url, tmp_path, monkeypatch, marker.args[0] if marker else "")
    port = free_port()
    server = BackgroundServer(app, "127.0.0.1", port)
    server.start()
    try:
        yield Site(f"http://127.0.0.1:{port}", app, world, review_item, html_message)
    finally:
        server.stop()
        app.engine.dispose()
