"""Ingest benchmark (`make bench`): full pipeline vs mail-parser alone, and memory as the mailbox grows.

    python scripts/bench_ingest.py [--sizes 1000 5000] [--out bench-out]

For each size it generates a Maildir (scripts/make_bench_maildir.py), then in a
fresh child process per measurement (so peak RSS is that run's own):
  parse  - mail-parser over every message, nothing else
  full   - records import + the daemon's poll over the Maildir into a new SQLite file
and prints messages/s, peak RSS, and full/parse as a ratio measured in the same run.
Goal (issue 3): full pipeline >= 1/3 of parse-only throughput; RSS flat from 1,000 to 5,000.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def child_parse(maildir: Path) -> dict:
    import mailparser

    files = sorted(p for sub in ("new", "cur") for p in (maildir / sub).iterdir())
    started = time.perf_counter()
    for file in files:
        try:
            mailparser.parse_from_bytes(file.read_bytes())
        except Exception:  # malformed samples: parsing them still counts as work done
            pass
    return {"messages": len(files), "seconds": time.perf_counter() - started}


def child_full(maildir: Path, database: Path) -> dict:
    from bench_database import sample_pipeline
    from intake.ingest.daemon import Daemon
    from intake.ingest.sources.maildir import MaildirSource

    sessions, pipeline = sample_pipeline(database)
    source = MaildirSource(maildir)
    daemon = Daemon(lambda: source, pipeline, sessions, poll_interval=1)
    started = time.perf_counter()
    summary = daemon.poll(source)
    return {"messages": summary.seen, "seconds": time.perf_counter() - started, "stored": summary.counts["stored"]}


def run_child(*args: str) -> dict:
    output = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--out", type=Path, default=REPO / "bench-out")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *paths = args.child
        result = child_parse(Path(paths[0])) if kind == "parse" else child_full(Path(paths[0]), Path(paths[1]))
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return

    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{'messages':>8} {'parse msg/s':>12} {'full msg/s':>11} {'full/parse':>10} {'parse RSS MB':>13} {'full RSS MB':>12}")
    for size in args.sizes:
        maildir = args.out / f"maildir-{size}"
        shutil.rmtree(maildir, ignore_errors=True)
        subprocess.run([sys.executable, str(REPO / "scripts" / "make_bench_maildir.py"), str(maildir), "--count", str(size)],
                       check=True, capture_output=True)
        parse = run_child("parse", str(maildir))
        database = args.out / f"bench-{size}.sqlite3"
        for stale in args.out.glob(f"bench-{size}.sqlite3*"):
            stale.unlink()
        full = run_child("full", str(maildir), str(database))
        parse_rate = parse["messages"] / parse["seconds"]
        full_rate = full["messages"] / full["seconds"]
        print(f"{size:>8} {parse_rate:>12.0f} {full_rate:>11.1f} {full_rate / parse_rate:>10.3f} "
              f"{parse['peak_rss_mb']:>13.0f} {full['peak_rss_mb']:>12.0f}")


if __name__ == "__main__":
    main()
