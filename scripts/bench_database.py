"""The scratch database a benchmark runs on: a fresh SQLite file, or a PostgreSQL schema of its own.

    with tempfile.TemporaryDirectory() as folder, scratch_database(Path(folder), postgres) as url:
        engine = make_engine(url)

The schema is dropped afterwards, whatever happened; the SQLite file goes with its folder.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@contextmanager
def scratch_database(folder: Path, postgres: bool) -> Iterator[str]:
    """The database URL to run on: ``folder/bench.sqlite3``, or a new schema on ``POSTGRES_ADMIN_URL``."""
    if not postgres:
        yield f"sqlite:///{folder}/bench.sqlite3"
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            yield f"{POSTGRES_ADMIN_URL}?options=-csearch_path%3D{schema}"
        finally:
            with admin.connect() as connection:
                connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    finally:
        admin.dispose()


def sample_database(database: Path):
    """Sessions on a fresh SQLite file at ``database`` holding the bundled sample records, imported by a
    records-manager service account as a scheduled import would be (audited, so the sessions carry an
    audit key of the benchmark's own)."""
    from datetime import date

    from intake.database import open_engine
    from intake.records import import_records_file
    from models import StaffUser
    from models.audit import AuditSeal
    from models.session import migrate, session_factory, transaction
    from rules.retention import DEFAULT_POLICIES

    repo = Path(__file__).resolve().parents[1]
    for stale in database.parent.glob(database.name + "*"):
        stale.unlink()
    engine = open_engine(f"sqlite:///{database}")
    migrate(engine)
    sessions = session_factory(engine, audit_seal=AuditSeal(b"bench-audit-key"))
    with transaction(sessions) as session:
        session.merge(StaffUser(username="bench", full_name="Benchmark", role="records_manager",
                                confidentiality_signed_on=date(2026, 1, 1), service=True))
        session.flush()
        import_records_file(session, repo / "examples" / "records.csv", DEFAULT_POLICIES, actor="bench")
    return sessions


def sample_pipeline(database: Path):
    """(sessions, pipeline) over ``sample_database(database)``, the analyzer knowing the customers' names."""
    from intake.ingest.pipeline import Pipeline
    from models.queries import known_customers
    from rules.detection import Analyzer
    from rules.retention import DEFAULT_POLICIES

    sessions = sample_database(database)
    with sessions() as session:
        names = [c.name for c in known_customers(session)]
    pipeline = Pipeline(sessions, Analyzer(hash_key=b"bench", known_names=names), DEFAULT_POLICIES, ("proess.no",))
    pipeline.refresh_records()
    return sessions, pipeline
