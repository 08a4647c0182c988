"""The cost of sealing at rest (`make bench`): ingest and lookup with encryption against without, in one run.

    .venv/bin/python scripts/bench_sealing.py [--messages 400] [--rounds 2] [--lookups 60] [--out bench-out]

The same generated Maildir (scripts/make_bench_maildir.py) goes through the daemon's poll into a fresh
SQLite database twice per round, in a fresh child process each time: once with sessions that carry a
``Sealer`` (what ``App.sessions`` always does: AES-GCM under subject keys, intake/crypto.py), once with
sessions that carry none (the baseline: rows stored in clear). That switch is the benchmark's own; the
product has no setting that turns sealing off. Rounds alternate the order and the best of each is kept.

Then each database answers the same lookups (every customer in the records, as the CLI's lookup does it:
authorise, find, gather, audit, commit) followed by reading each found message's body and attachments the
way the web app and the access package do (opened through intake/crypto.py when sealed).
Goal (issue 15): sealed at most 15 % slower than the baseline for ingest and for lookup. Wall-clock time decides;
CPU seconds are printed beside it because on a shared machine they vary far less from run to run.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RECORDS = REPO / "examples" / "records.csv"
HASH_KEY = b"bench-sealing"


def _sessions(database: Path, sealed: bool, keys: Path):
    from intake.audit_log import Checkpoints
    from intake.crypto import make_sealer
    from intake.database import open_engine
    from models.session import migrate, session_factory

    engine = open_engine(f"sqlite:///{database}")
    migrate(engine)
    sealer = make_sealer(keys, None, search_key=HASH_KEY) if sealed else None
    keys.mkdir(parents=True, exist_ok=True)
    audit = Checkpoints(keys / "audit.checkpoints", b"bench-audit-key").seal()
    return session_factory(engine, audit_seal=audit, sealer=sealer)


def child_ingest(maildir: Path, database: Path, keys: Path, sealed: bool) -> dict:
    from datetime import date

    from intake.ingest.daemon import Daemon
    from intake.ingest.pipeline import Pipeline
    from intake.ingest.sources.maildir import MaildirSource
    from intake.records import import_records_file
    from models import StaffUser
    from models.queries import known_customers
    from models.session import transaction
    from rules.detection import Analyzer
    from rules.retention import DEFAULT_POLICIES

    sessions = _sessions(database, sealed, keys)
    with transaction(sessions) as session:
        session.merge(StaffUser(username="bench", full_name="Benchmark", role="records_manager",
                                confidentiality_signed_on=date(2026, 1, 1), service=True))
        session.flush()
        import_records_file(session, RECORDS, DEFAULT_POLICIES, actor="bench")
    with sessions() as session:
        names = [c.name for c in known_customers(session)]
    pipeline = Pipeline(sessions, Analyzer(hash_key=HASH_KEY, known_names=names), DEFAULT_POLICIES, ("proess.no",))
    source = MaildirSource(maildir)
    daemon = Daemon(lambda: source, pipeline, sessions, poll_interval=1)
    started, cpu = time.perf_counter(), time.process_time()
    summary = daemon.poll(source)
    return {"messages": summary.seen, "seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "stored": summary.counts["stored"]}


def child_lookup(database: Path, keys: Path, sealed: bool, repeat: int) -> dict:
    from sqlalchemy import select

    from intake.crypto import open_bytes, open_text
    from intake.privacy.lookup import lookup
    from models import Attachment, Blob, Message
    from models.session import transaction
    from rules.processing import DEFAULT_ACTIVITIES

    sessions = _sessions(database, sealed, keys)
    with RECORDS.open(encoding="utf-8") as handle:
        customer_ids = [row["customer_id"] for row in csv.DictReader(handle)]
    timings, opened = [], 0
    for warm_up in (True, False):  # one untimed pass first: lazy imports and caches are not what is measured
        cpu = time.process_time()
        timings, opened = [], 0
        for customer_id in customer_ids * (1 if warm_up else repeat):
            started = time.perf_counter()
            with transaction(sessions) as session:
                result = lookup(session, customer_id, "bench", HASH_KEY, DEFAULT_ACTIVITIES, ("proess.no",))
                for item in (result.report.messages if result.report else ()):
                    message = session.get(Message, item.message_pk)
                    opened += len(open_text(session, message.key_id, message.body_text) or "")
                    for attachment in session.scalars(select(Attachment).where(Attachment.message_pk == message.id)):
                        opened += len(open_text(session, message.key_id, attachment.text) or "")
                        blob = session.get(Blob, attachment.blob_sha256) if attachment.blob_sha256 else None
                        if blob is not None:
                            opened += len(open_bytes(session, blob.key_id, blob.content) or b"")
            timings.append(time.perf_counter() - started)
    return {"lookups": len(timings), "seconds": sum(timings), "cpu": time.process_time() - cpu,
            "p50_ms": statistics.median(timings) * 1000,
            "p95_ms": sorted(timings)[int(0.95 * (len(timings) - 1))] * 1000, "characters_read": opened}


def run_child(*args: str) -> dict:
    output = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--lookups", type=int, default=3, help="times each customer is looked up per measurement")
    parser.add_argument("--out", type=Path, default=REPO / "bench-out")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, mode, *paths = args.child
        sealed = mode == "sealed"
        if kind == "ingest":
            result = child_ingest(Path(paths[0]), Path(paths[1]), Path(paths[2]), sealed)
        else:
            result = child_lookup(Path(paths[0]), Path(paths[1]), sealed, int(paths[2]))
        print(json.dumps(result))
        return

    out = args.out / "sealing"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    maildir = out / "maildir"
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_bench_maildir.py"), str(maildir), "--count",
                    str(args.messages)], check=True, capture_output=True)
    best: dict[tuple[str, str], dict] = {}
    for round_number in range(args.rounds):
        modes = ("plain", "sealed") if round_number % 2 == 0 else ("sealed", "plain")
        for mode in modes:
            folder = out / f"{mode}-{round_number}"
            folder.mkdir()
            copy = folder / "maildir"
            shutil.copytree(maildir, copy)
            database, keys = folder / "bench.sqlite3", folder / "var"
            ingest = run_child("ingest", mode, str(copy), str(database), str(keys))
            lookups = run_child("lookup", mode, str(database), str(keys), str(args.lookups))
            for kind, result in (("ingest", ingest), ("lookup", lookups)):
                if (kind, mode) not in best or result["seconds"] < best[(kind, mode)]["seconds"]:
                    best[(kind, mode)] = result
    plain, sealed = best[("ingest", "plain")], best[("ingest", "sealed")]
    plain_rate, sealed_rate = plain["messages"] / plain["seconds"], sealed["messages"] / sealed["seconds"]
    print(f"sealing at rest, {args.messages} messages, best of {args.rounds} rounds per mode (SQLite)")
    print(f"  ingest  plain {plain_rate:7.1f} msg/s   sealed {sealed_rate:7.1f} msg/s   "
          f"sealed is {100 * (plain_rate / sealed_rate - 1):+.1f} % slower   "
          f"(CPU {plain['cpu']:.1f} / {sealed['cpu']:.1f} s: {100 * (sealed['cpu'] / plain['cpu'] - 1):+.1f} %; "
          f"{sealed['stored']} stored)")
    plain, sealed = best[("lookup", "plain")], best[("lookup", "sealed")]
    print(f"  lookup  plain {plain['seconds'] / plain['lookups'] * 1000:7.2f} ms    sealed "
          f"{sealed['seconds'] / sealed['lookups'] * 1000:7.2f} ms    sealed is "
          f"{100 * (sealed['seconds'] / plain['seconds'] - 1):+.1f} % slower   "
          f"(CPU {100 * (sealed['cpu'] / plain['cpu'] - 1):+.1f} %; p95 {plain['p95_ms']:.2f} / {sealed['p95_ms']:.2f} ms; {sealed['lookups']} lookups, "
          f"{sealed['characters_read']:,} characters and bytes opened)")
    if plain["characters_read"] != sealed["characters_read"]:
        print("  WARNING: the sealed and the plain run read different contents")


if __name__ == "__main__":
    main()
