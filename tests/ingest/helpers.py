"""Small builders shared by the ingest tests."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date
from pathlib import Path

from intake.ingest.daemon import Daemon, PollSummary
from intake.ingest.pipeline import Pipeline
from intake.records import import_records_file
from intake.ingest.sources.maildir import MaildirSource
from intake.crypto import open_bytes
from models import Blob, StaffUser
from models.session import transaction
from rules.retention import DEFAULT_POLICIES

REPO = Path(__file__).resolve().parents[2]
RECORDS = REPO / "examples" / "records.csv"


IMPORTER = "test-import"


def import_sample_records(sessions, path: Path = RECORDS) -> None:
    """Import as a service account of the test's own (records import needs a records manager)."""
    with transaction(sessions) as session:
        session.merge(StaffUser(username=IMPORTER, full_name="Testimport", role="records_manager",
                                confidentiality_signed_on=date(2026, 1, 1), active=True, service=True))
        session.flush()
        import_records_file(session, path, DEFAULT_POLICIES, actor=IMPORTER)


def poll_maildir(sessions, analyzer, maildir: Path) -> PollSummary:
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    daemon = Daemon(lambda: MaildirSource(maildir), pipeline, sessions, poll_interval=1)
    return daemon.poll(MaildirSource(maildir))


def write_maildir_message(maildir: Path, name: str, raw: bytes) -> None:
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "new" / name).write_bytes(raw)


def generate_maildir(maildir: Path, count: int, seed: int) -> dict[str, bytes]:
    """A realistic Maildir from the benchmark generator; returns each file's bytes by name."""
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_bench_maildir.py"), str(maildir),
                    "--count", str(count), "--seed", str(seed)], check=True, capture_output=True)
    return {path.name: path.read_bytes() for path in (maildir / "new").iterdir()}


def acknowledged(maildir: Path) -> list[Path]:
    """Files the daemon has moved to the processed folder (only ever after commit)."""
    folder = maildir / ".processed" / "cur"
    return list(folder.iterdir()) if folder.exists() else []


def assert_stored_byte_exact(session, raw_by_name: dict[str, bytes]) -> None:
    for name, raw in raw_by_name.items():
        blob = session.get(Blob, hashlib.sha256(raw).hexdigest())
        assert blob is not None and open_bytes(session, blob.key_id, blob.content) == raw, name
