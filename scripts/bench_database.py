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
