"""The cost of sealing at rest (`make bench`): ingest and lookup with encryption against without, in one run.

    .venv/bin/python scripts/bench_sealing.py [--messages 400] [--lookups 4] [--out bench-out]

One process holds two fresh SQLite databases: one written through sessions that carry a ``Sealer``
(AES-GCM under subject keys, what ``App.sessions`` always gives; intake/crypto.py), one through sessions
that carry none (the baseline: rows stored in clear). That switch is the benchmark's own; the product has
no setting that turns sealing off. Both share one detector, so the comparison is the storage alone.

Ingest: every message of a generated Maildir (scripts/make_bench_maildir.py) goes through each database's
pipeline in turn, the order alternating from message to message, so a busy moment on a shared machine falls
on both sides alike. Lookup: every customer in the sample records is looked up on each database, alternating
likewise, as the CLI's lookup does it (authorise, find, gather, audit, commit), and each found message's body,
attachment texts and attachment bytes are read as the web app and the access package read them.
Wall-clock and CPU seconds are summed per side; beside the totals, the median over back-to-back pairs (one message,
or one round of lookups, on each side), which a busy neighbour on a shared machine disturbs far less.
Goal (issue 15): sealed at most 15 % slower than the baseline.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RECORDS = REPO / "examples" / "records.csv"
HASH_KEY = b"bench-sealing"
SIDES = ("plain", "sealed")


def sessions_for(folder: Path, sealed: bool):
    from intake.audit_log import Checkpoints
    from intake.crypto import make_sealer
    from intake.database import open_engine
    from models.session import migrate, session_factory

    folder.mkdir(parents=True, exist_ok=True)
    engine = open_engine(f"sqlite:///{folder / 'bench.sqlite3'}")
    migrate(engine)
    sealer = make_sealer(folder / "var", None, search_key=HASH_KEY) if sealed else None
    audit = Checkpoints(folder / "audit.checkpoints", b"bench-audit-key").seal()
    return session_factory(engine, audit_seal=audit, sealer=sealer)


def prepare(sessions) -> None:
    from intake.records import import_records_file
    from models import StaffUser
    from models.session import transaction
    from rules.retention import DEFAULT_POLICIES

    with transaction(sessions) as session:
        session.merge(StaffUser(username="bench", full_name="Benchmark", role="records_manager",
                                confidentiality_signed_on=date(2026, 1, 1), service=True))
        session.flush()
        import_records_file(session, RECORDS, DEFAULT_POLICIES, actor="bench")


class Clock:
    """Wall-clock and CPU seconds per side, summed, and the pairs (the same work on both sides, back to back)."""

    def __init__(self):
        self.wall = {side: 0.0 for side in SIDES}
        self.cpu = {side: 0.0 for side in SIDES}
        self.pairs: list[dict[str, float]] = []

    def time(self, side: str, work):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        spent = time.perf_counter() - wall
        self.wall[side] += spent
        self.cpu[side] += time.process_time() - cpu
        if not self.pairs or side in self.pairs[-1]:
            self.pairs.append({})
        self.pairs[-1][side] = spent
        return result

    def slower(self, kind: dict) -> float:
        return 100 * (kind["sealed"] / kind["plain"] - 1)

    def median_pair(self) -> float:
        """The median of sealed/plain over back-to-back pairs: a busy moment on a shared machine mostly hits one pair."""
        return 100 * (statistics.median(pair["sealed"] / pair["plain"] for pair in self.pairs if len(pair) == 2) - 1)


def read_everything(sessions, customer_ids) -> int:
    """Each customer's lookup, then every found message's contents opened: the characters and bytes read."""
    from sqlalchemy import select

    from intake.crypto import open_bytes, open_text
    from intake.privacy.lookup import lookup
    from models import Attachment, Blob, Message
    from models.session import transaction
    from rules.processing import DEFAULT_ACTIVITIES

    read = 0
    for customer_id in customer_ids:
        with transaction(sessions) as session:
            result = lookup(session, customer_id, "bench", HASH_KEY, DEFAULT_ACTIVITIES, ("proess.no",))
            for item in (result.report.messages if result.report else ()):
                message = session.get(Message, item.message_pk)
                read += len(open_text(session, message.key_id, message.body_text) or "")
                for attachment in session.scalars(select(Attachment).where(Attachment.message_pk == message.id)):
                    read += len(open_text(session, message.key_id, attachment.text) or "")
                    blob = session.get(Blob, attachment.blob_sha256) if attachment.blob_sha256 else None
                    if blob is not None:
                        read += len(open_bytes(session, blob.key_id, blob.content) or b"")
    return read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--lookups", type=int, default=8, help="rounds of looking up every customer")
    parser.add_argument("--out", type=Path, default=REPO / "bench-out")
    args = parser.parse_args()

    from intake.ingest.pipeline import Pipeline
    from intake.ingest.sources import IncomingMessage, MailboxKey
    from models.queries import known_customers
    from rules.detection import Analyzer
    from rules.retention import DEFAULT_POLICIES

    out = args.out / "sealing"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    maildir = out / "maildir"
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_bench_maildir.py"), str(maildir), "--count",
                    str(args.messages)], check=True, capture_output=True)
    files = sorted(p for sub in ("new", "cur") for p in (maildir / sub).iterdir())
    sessions = {side: sessions_for(out / side, side == "sealed") for side in SIDES}
    for side in SIDES:
        prepare(sessions[side])
    with sessions["plain"]() as session:
        names = [customer.name for customer in known_customers(session)]
    analyzer = Analyzer(hash_key=HASH_KEY, known_names=names)
    pipelines = {side: Pipeline(sessions[side], analyzer, DEFAULT_POLICIES, ("proess.no",)) for side in SIDES}
    analyzer.analyze("Oppvarming av detektoren: Kari Nordmann, Storgata 1, 0155 Oslo.", "body")

    ingest, stored = Clock(), {side: 0 for side in SIDES}
    for number, path in enumerate(files):
        raw = path.read_bytes()
        for side in (SIDES if number % 2 == 0 else SIDES[::-1]):
            incoming = IncomingMessage(MailboxKey("maildir", "", "INBOX", "bench", path.name), len(raw), lambda raw=raw: raw)
            outcome = ingest.time(side, lambda: pipelines[side].ingest(incoming))
            stored[side] += outcome.state == "stored"

    with RECORDS.open(encoding="utf-8") as handle:
        customer_ids = [row["customer_id"] for row in csv.DictReader(handle)]
    read = {side: read_everything(sessions[side], customer_ids) for side in SIDES}  # warm-up, untimed
    lookups = Clock()
    for round_number in range(args.lookups):
        for side in (SIDES if round_number % 2 == 0 else SIDES[::-1]):
            read[side] = lookups.time(side, lambda: read_everything(sessions[side], customer_ids))
    count = args.lookups * len(customer_ids)

    print(f"sealing at rest: {len(files)} messages, {count} lookups per side, alternating, in one process (SQLite)")
    print(f"  ingest  plain {len(files) / ingest.wall['plain']:6.1f} msg/s   sealed {len(files) / ingest.wall['sealed']:6.1f} msg/s"
          f"   sealed is {ingest.slower(ingest.wall):+.1f} % slower (CPU {ingest.slower(ingest.cpu):+.1f} %;"
          f" median of {len(ingest.pairs)} message pairs {ingest.median_pair():+.1f} %)"
          f"   stored {stored['plain']} / {stored['sealed']}")
    print(f"  lookup  plain {1000 * lookups.wall['plain'] / count:6.1f} ms      sealed {1000 * lookups.wall['sealed'] / count:6.1f} ms"
          f"      sealed is {lookups.slower(lookups.wall):+.1f} % slower (CPU {lookups.slower(lookups.cpu):+.1f} %;"
          f" median of {len(lookups.pairs)} round pairs {lookups.median_pair():+.1f} %)"
          f"   {read['sealed']:,} characters and bytes read per round")
    if read["plain"] != read["sealed"] or stored["plain"] != stored["sealed"]:
        print("  WARNING: the two sides stored or read different contents")
    worst = max(ingest.slower(ingest.wall), lookups.slower(lookups.wall))
    robust = max(ingest.median_pair(), lookups.median_pair())
    print(f"  goal: under 15 % slower: {'met' if worst < 15 else 'NOT met'} on the totals (worst {worst:+.1f} %), "
          f"{'met' if robust < 15 else 'NOT met'} on the paired medians (worst {robust:+.1f} %)")


if __name__ == "__main__":
    main()
