"""Benchmark `intake records import` on a large register (goal: 100,000 rows in under a minute).

    .venv/bin/python scripts/bench_records.py                 # SQLite in a temporary folder
    .venv/bin/python scripts/bench_records.py --postgres      # a fresh schema on the test PostgreSQL server
    .venv/bin/python scripts/bench_records.py --rows 20000

Times the whole import the CLI makes (as a records manager: read and check every row, compare
with the database, audit, write in batches of 2,000 customers, bring stored mail up to date)
three times on one database: into an empty database, the same file
again (nothing changed: the worst case for comparing), and a file where one row in ten
changed (a project closed). The database holds no mail, so nothing is linked again. Reports seconds and rows/s for each and
the re-import's ratio to the first import; next to the wall-clock time, the CPU time of this
process, which a machine shared with other work does not inflate.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_database import POSTGRES_ADMIN_URL, scratch_database  # noqa: E402

from intake.records import import_records_in_batches  # noqa: E402
from models import StaffUser  # noqa: E402
from models.audit import AuditSeal  # noqa: E402
from models.session import make_engine, migrate, session_factory, transaction  # noqa: E402
from rules.records_csv import HEADER, OPTIONAL_COLUMNS  # noqa: E402
from rules.retention import DEFAULT_POLICIES  # noqa: E402

FIRST = ["Ingrid", "Magnus", "Eirik", "Nora", "Lars", "Hanne", "Anders", "Marte", "Jonas", "Kristin", "Per", "Silje"]
LAST = ["Solberg", "Haugen", "Bakke", "Kristiansen", "Johansen", "Berntsen", "Nilsen", "Olsen", "Pedersen", "Dahl"]
STREETS = ["Lyngveien", "Skogveien", "Storgata", "Kirkeveien", "Bekkestuveien", "Fjellvegen", "Elvegata", "Parkveien"]
KOMMUNER = [("3201", "Bærum"), ("3203", "Asker"), ("0301", "Oslo"), ("3205", "Lillestrøm"), ("3301", "Drammen")]


def register(rows: int, rng: random.Random, changed_share: float = 0.0) -> str:
    """Rows for customers with one to three properties each; ``changed_share`` of them altered."""
    lines = [",".join(HEADER + OPTIONAL_COLUMNS)]
    changes = random.Random(rng.random())
    customer = 0
    while len(lines) <= rows:
        customer += 1
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        email = f"kunde{customer}@example.no"
        phone = f"9{customer:07d}"
        private = f"Privatveien {customer % 300 + 1},0870,Oslo"
        for n in range(min(rng.choice((1, 1, 1, 2, 3)), rows + 1 - len(lines))):
            kommunenr, kommune = KOMMUNER[(customer + n) % len(KOMMUNER)]
            gnr, bnr = customer // 500 + 1, (customer * 3 + n) % 5000 + 1
            street = f"{STREETS[(customer + n) % len(STREETS)]} {customer % 97 + 1}{'B' if n == 2 else ''}"
            status, closed = ("closed", "2025-06-30") if customer % 4 == 0 else ("open", "")
            if changes.random() < changed_share:
                status, closed = "avsluttet", "2026-11-30"
            lines.append(f"K{customer},{name},{email},{phone},{street},1357,Bekkestua,{kommunenr},{kommune},{gnr},{bnr},,,"
                         f"P{customer}-{n},Tiltak {n},{status},{closed},{private}")
    return "\n".join(lines) + "\n"


def timed_import(sessions, path: Path) -> tuple[float, float, object]:
    """The import as `intake records import` runs it: as a records manager, committing in batches.
    Wall-clock seconds (the goal), and this process's CPU seconds (on a shared machine, what the import
    itself cost; the database server's own work on PostgreSQL is not in it)."""
    started, cpu = time.perf_counter(), time.process_time()
    summary = import_records_in_batches(sessions, path, DEFAULT_POLICIES, IMPORTER)
    return time.perf_counter() - started, time.process_time() - cpu, summary


IMPORTER = "bench"


def add_importer(sessions) -> None:
    with transaction(sessions) as session:
        session.add(StaffUser(username=IMPORTER, full_name="Benchmark", role="records_manager",
                              confidentiality_signed_on=date(2026, 1, 1), active=True, service=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--postgres", action="store_true", help=f"use a fresh schema on {POSTGRES_ADMIN_URL}")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder, ExitStack() as scratch:
        first, changed = Path(folder) / "records.csv", Path(folder) / "records-changed.csv"
        first.write_text(register(args.rows, random.Random(args.seed)), encoding="utf-8")
        changed.write_text(register(args.rows, random.Random(args.seed), changed_share=0.1), encoding="utf-8")
        url = scratch.enter_context(scratch_database(Path(folder), args.postgres))
        engine = make_engine(url)
        try:
            migrate(engine)
            # The import writes an audit entry; only sealed sessions may (a key of the benchmark's own).
            sessions = session_factory(engine, audit_seal=AuditSeal(b"bench-audit-key"))
            add_importer(sessions)
            runs = [("empty database", first), ("same file again", first), ("one row in ten changed", changed)]
            seconds = []
            for label, path in runs:
                elapsed, cpu, summary = timed_import(sessions, path)
                seconds.append(elapsed)
                counts = "; ".join(f"{kind} {c.new:,} new {c.changed:,} changed {c.unchanged:,} unchanged" for kind, c in
                                   (("customers", summary.customer_counts), ("properties", summary.property_counts),
                                    ("projects", summary.project_counts)))
                print(f"{engine.dialect.name}: {args.rows:,} rows, {label:<24} {elapsed:6.1f} s "
                      f"(CPU {cpu:5.1f} s; {args.rows / elapsed:,.0f} rows/s; {summary.batches} batches; {counts})")
            print(f"re-import / first import: {seconds[1] / seconds[0]:.2f}; goal: every run under 60 s "
                  f"({'met' if max(seconds) < 60 else 'NOT met'})")
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
