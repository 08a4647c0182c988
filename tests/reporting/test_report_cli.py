"""The daemon and the CLI as a user runs them: `intake run --once` restarted, `status`, `report retention`."""

import subprocess
import sys
from datetime import datetime, timezone
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from tests.reporting.conftest import REPORT, make_job

REPO = Path(__file__).resolve().parents[2]


def intake(config: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "intake", "--config", str(config), *args], cwd=REPO,
                          capture_output=True, text=True, timeout=180)


def write_config(tmp_path: Path, database_url: str, smtp_port: int) -> Path:
    maildir = tmp_path / "maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(f"""
[database]
url = "{database_url}"
[daemon]
data_dir = "{tmp_path / 'var'}"
[maildir]
path = "{maildir}"
[report]
enabled = true
recipients = {list(REPORT.recipients)!r}
[smtp]
host = "127.0.0.1"
port = {smtp_port}
tls = "none"
timeout_seconds = 5
""".replace("'", '"'), encoding="utf-8")
    return config


def test_restarted_daemon_sends_the_due_report_once_and_the_cli_shows_and_keeps_it(tmp_path, database_url, smtp_server, sessions):
    handler, port = smtp_server
    config = write_config(tmp_path, database_url, port)
    for _ in range(2):  # a restart after the report went out must not send it again
        result = intake(config, "run", "--once")
        assert result.returncode == 0, result.stderr
    due = make_job(sessions, port).latest_due_period(datetime.now(timezone.utc))
    [received] = handler.accepted
    assert message_from_bytes(received.content, policy=default)["Message-ID"] == f"<retention-{due.label}@intake.proess.no>"

    status = intake(config, "status").stdout
    assert f"Oppbevaringsrapport {due.label}: sendt" in status

    eml = tmp_path / "report.eml"
    assert intake(config, "report", "retention", "--period", due.label, "--out", str(eml)).returncode == 0
    assert eml.read_bytes().rstrip(b"\r\n") == received.content.rstrip(b"\r\n")

    again = intake(config, "report", "retention", "--period", due.label, "--send")
    assert again.returncode == 0 and "er allerede sendt" in again.stdout
    assert len(handler.accepted) == 1


def test_report_command_refuses_to_send_a_month_that_is_not_over(tmp_path, database_url, smtp_server):
    _, port = smtp_server
    config = write_config(tmp_path, database_url, port)
    current = datetime.now(timezone.utc).strftime("%Y-%m")
    assert intake(config, "init").returncode == 0
    result = intake(config, "report", "retention", "--period", current, "--send")
    assert result.returncode == 3 and "er ikke over ennå" in result.stderr
    preview = intake(config, "report", "retention", "--period", current)
    assert preview.returncode == 0 and "Oppbevaringsrapport for" in preview.stdout
