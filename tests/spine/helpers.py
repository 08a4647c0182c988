"""Small builders shared by the spine tests."""

from __future__ import annotations

from pathlib import Path

from intake.daemon import Daemon, PollSummary
from intake.pipeline import Pipeline
from intake.records import import_records_file
from intake.sources.maildir import MaildirSource
from models.session import transaction
from rules.retention import DEFAULT_POLICIES

REPO = Path(__file__).resolve().parents[2]
RECORDS = REPO / "examples" / "records.csv"


def import_sample_records(sessions, path: Path = RECORDS) -> None:
    with transaction(sessions) as session:
        import_records_file(session, path, DEFAULT_POLICIES, actor="test")


def poll_maildir(sessions, analyzer, maildir: Path) -> PollSummary:
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    daemon = Daemon(lambda: MaildirSource(maildir), pipeline, sessions, poll_interval=1)
    return daemon.poll(MaildirSource(maildir))


def write_maildir_message(maildir: Path, name: str, raw: bytes) -> None:
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "new" / name).write_bytes(raw)
