"""A real Dovecot for the IMAP tests: configured from tests/dovecot/, on free loopback ports.

Dovecot's sockets live in ``base_dir``, whose path must stay short (about 80
characters), so the server gets its own directory under /tmp rather than a
pytest ``tmp_path``. Auth runs as the ``dovecot`` user, which needs the execute
bit on that directory (0711). Mail may not be accessed as root, so the test
user's mail home belongs to a plain numeric uid/gid.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import string
import subprocess
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

TEMPLATES = Path(__file__).resolve().parents[1] / "dovecot"
MAIL_UID = MAIL_GID = 5000


@dataclass(frozen=True)
class Account:
    username: str
    password: str


def install_hint() -> str | None:
    """Why Dovecot cannot run here, or None when it can (installing it with apt-get if missing)."""
    if shutil.which("dovecot") is None:
        if os.geteuid() != 0 or shutil.which("apt-get") is None:
            return "dovecot is not installed and cannot be installed here (needs root and apt-get)"
        for command in (["apt-get", "install", "-y", "-q", "dovecot-imapd"], ["apt-get", "update", "-q"],
                        ["apt-get", "install", "-y", "-q", "dovecot-imapd"]):
            result = subprocess.run(command, capture_output=True, timeout=600,
                                    env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
            if command[1] == "install" and result.returncode == 0:
                break
        if shutil.which("dovecot") is None:
            return "dovecot-imapd could not be installed with apt-get"
    if os.geteuid() != 0:
        return "the test Dovecot needs root (its mail home belongs to another uid)"
    if shutil.which("openssl") is None:
        return "openssl is needed to make the test certificate"
    return None


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class DovecotServer:
    def __init__(self, account: Account):
        self.account = account
        self.base_dir = Path(tempfile.mkdtemp(prefix="dc", dir="/tmp"))
        self.base_dir.chmod(0o711)
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.config_file = self.base_dir / "dovecot.conf"
        self.ca_file = self.base_dir / "tls" / "ca.crt"
        self.users_dir = self.base_dir / "users"
        self._process: subprocess.Popen | None = None
        self._write_files()

    def _write_files(self) -> None:
        subprocess.run([str(TEMPLATES / "make_certs.sh"), str(self.base_dir / "tls")], check=True)
        values = {"base_dir": str(self.base_dir), "imap_port": self.imap_port, "imaps_port": self.imaps_port}
        self.config_file.write_text(_fill("dovecot.conf.template", values), encoding="utf-8")
        self.users_dir.mkdir(mode=0o755)
        self.add_user(self.account)

    def add_user(self, account: Account) -> Account:
        """A user with an empty mail home of its own, and a passwd file of its own."""
        home = self.base_dir / "home" / account.username
        home.mkdir(parents=True)
        os.chown(home, MAIL_UID, MAIL_GID)
        self.set_password(account.username, account.password)
        return account

    def set_password(self, username: str, password: str) -> None:
        values = {"username": username, "password": password, "uid": MAIL_UID, "gid": MAIL_GID,
                  "home": str(self.base_dir / "home" / username)}
        passwd = self.users_dir / username
        existed = passwd.exists()
        passwd.write_text(_fill("passwd.template", values), encoding="utf-8")
        passwd.chmod(0o644)
        if existed:  # Dovecot rereads a changed passwd file, looking at most once a second
            time.sleep(1.1)

    def start(self) -> None:
        self._process = subprocess.Popen(["dovecot", "-F", "-c", str(self.config_file)], start_new_session=True,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self._process.stderr.read().decode(errors='replace')}"
                                   f"\n{self.log_tail()}")
            if self._greets():
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not greet within 15 s\n{self.log_tail()}")

    def _greets(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.imap_port), timeout=1) as connection:
                return connection.recv(100).startswith(b"* OK")
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server and every process it started, as a service manager does: open
        connections are closed too (Dovecot's own shutdown leaves them open for seconds)."""
        if self._process is None:
            return
        os.killpg(self._process.pid, signal.SIGTERM)
        try:
            self._process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None

    def restart(self, pause: float = 0.0) -> None:
        self.stop()
        time.sleep(pause)
        self.start()

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.base_dir, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        log = self.base_dir / "dovecot.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def client(self, account: Account | None = None) -> IMAPClient:
        """A plain loopback connection, logged in, for the tests' own APPENDs and checks."""
        account = account or self.account
        client = IMAPClient("127.0.0.1", port=self.imap_port, ssl=False, timeout=10)
        client.login(account.username, account.password)
        return client


def _fill(template: str, values: dict) -> str:
    return string.Template((TEMPLATES / template).read_text(encoding="utf-8")).substitute(values)
