"""IMAP benchmark: the IMAP source through a real Dovecot on loopback, against the Maildir source on the same mail.

    python scripts/bench_imap.py [--count 2000] [--samples 50] [--out bench-out]

Needs root and Dovecot (the test fixture's server, tests/imap/dovecot.py). In one run:
  fetch only    - every message read from the source, nothing stored (source cost alone)
  full pipeline - the daemon's poll over the backlog into a new SQLite file, marking each
                  message after its commit (keyword on IMAP, move on Maildir)
for both sources on the same generated messages (scripts/make_bench_maildir.py; for IMAP
they are APPENDed with CRLF line ends), then the time from APPEND to stored with the
daemon waiting in IDLE, as median and p95 over --samples messages appended one by one.
"""

from __future__ import annotations

import argparse
import queue
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from intake.config import ImapConfig  # noqa: E402
from intake.ingest.daemon import Daemon  # noqa: E402
from intake.ingest.pipeline import Pipeline  # noqa: E402
from intake.ingest.sources.imap import ImapSource  # noqa: E402
from intake.ingest.sources.maildir import MaildirSource  # noqa: E402
from models.queries import known_customers  # noqa: E402
from rules.retention import DEFAULT_POLICIES  # noqa: E402
from tests.imap.dovecot import Account, DovecotServer, install_hint  # noqa: E402

PASSWORD = "bench-Passord 1"


class TimedPipeline:
    """The real pipeline, telling when each message is committed."""

    def __init__(self, pipeline: Pipeline):
        self._pipeline = pipeline
        self.committed: queue.Queue[float] = queue.Queue()

    def ingest(self, incoming):
        outcome = self._pipeline.ingest(incoming)
        self.committed.put(time.perf_counter())
        return outcome

    def __getattr__(self, name):
        return getattr(self._pipeline, name)


def fresh_database(path: Path):
    from bench_database import sample_database

    return sample_database(path)


def load_analyzer(sessions):
    from rules.detection import Analyzer

    with sessions() as session:
        names = [customer.name for customer in known_customers(session)]
    return Analyzer(hash_key=b"bench", known_names=names)


def imap_config(server: DovecotServer, account: Account, **changes) -> ImapConfig:
    return ImapConfig(host="127.0.0.1", port=server.imap_port, tls="none", username=account.username,
                      folders=("INBOX",), **changes)


def fetch_only(source) -> tuple[int, float, float]:
    """Messages, wall seconds and CPU seconds of this process (which other load on the machine does not inflate)."""
    started, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for incoming in source.pending() if incoming.read() is not None)
    return count, time.perf_counter() - started, time.process_time() - cpu


def full_pipeline(source, sessions, analyzer) -> tuple[int, float, float]:
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    daemon = Daemon(lambda: source, pipeline, sessions, poll_interval=1)
    started, cpu = time.perf_counter(), time.process_time()
    summary = daemon.poll(source)
    return summary.seen, time.perf_counter() - started, time.process_time() - cpu


def idle_latencies(server: DovecotServer, messages: list[bytes], sessions, analyzer) -> list[float]:
    account = server.add_user(Account("latency@proess.test", PASSWORD))
    pipeline = TimedPipeline(Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",)))
    config = imap_config(server, account)
    daemon = Daemon(lambda: ImapSource(config, PASSWORD), pipeline, sessions, poll_interval=600)
    thread = threading.Thread(target=daemon.run, daemon=True)
    thread.start()
    client = server.client(account)
    latencies = []
    try:
        time.sleep(1.0)  # the daemon is connected and in IDLE
        for raw in messages:
            appended = time.perf_counter()
            client.append("INBOX", raw)
            latencies.append(pipeline.committed.get(timeout=60) - appended)
            time.sleep(0.2)  # back in IDLE before the next one
    finally:
        client.logout()
        daemon.request_stop()
        thread.join(timeout=30)
    return latencies


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--out", type=Path, default=REPO / "bench-out")
    args = parser.parse_args()
    reason = install_hint()
    if reason:
        sys.exit(f"bench_imap: {reason}")

    args.out.mkdir(parents=True, exist_ok=True)
    maildir = args.out / f"imap-maildir-{args.count}"
    shutil.rmtree(maildir, ignore_errors=True)
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_bench_maildir.py"), str(maildir), "--count",
                    str(args.count)], check=True, capture_output=True)
    messages = [file.read_bytes() for file in sorted((maildir / "new").iterdir())]

    server = DovecotServer(Account("backlog@proess.test", PASSWORD))
    server.start()
    try:
        client = server.client()
        started = time.perf_counter()
        for start in range(0, len(messages), 100):
            client.multiappend("INBOX", [crlf(raw) for raw in messages[start:start + 100]])
        append_seconds = time.perf_counter() - started
        client.logout()
        print(f"{len(messages)} messages APPENDed in {append_seconds:.1f} s "
              f"({sum(map(len, messages)) / 1e6:.1f} MB, Dovecot {server.imap_port} on loopback)")

        maildir_sessions = fresh_database(args.out / "bench-imap-maildir.sqlite3")
        analyzer = load_analyzer(maildir_sessions)
        imap_source = ImapSource(imap_config(server, server.account), PASSWORD)
        maildir_source = MaildirSource(maildir)
        rows = [("fetch only", fetch_only(maildir_source), fetch_only(imap_source)),
                ("full pipeline", full_pipeline(maildir_source, maildir_sessions, analyzer),
                 full_pipeline(imap_source, fresh_database(args.out / "bench-imap-imap.sqlite3"), analyzer))]
        imap_source.close()

        print(f"\n{'':<14} {'Maildir msg/s':>14} {'IMAP msg/s':>11} {'IMAP/Maildir':>13}"
              f" {'Maildir CPU ms/msg':>19} {'IMAP CPU ms/msg':>16}")
        for name, (m_count, m_seconds, m_cpu), (i_count, i_seconds, i_cpu) in rows:
            assert m_count == i_count == len(messages), (m_count, i_count)
            maildir_rate, imap_rate = m_count / m_seconds, i_count / i_seconds
            print(f"{name:<14} {maildir_rate:>14.1f} {imap_rate:>11.1f} {imap_rate / maildir_rate:>13.2f}"
                  f" {m_cpu / m_count * 1000:>19.2f} {i_cpu / i_count * 1000:>16.2f}")

        samples = [crlf(raw) for raw in messages[:args.samples]]
        latencies = sorted(idle_latencies(server, samples, fresh_database(args.out / "bench-imap-idle.sqlite3"), analyzer))
        p95 = latencies[min(len(latencies) - 1, round(0.95 * len(latencies)) - 1)]
        print(f"\nAPPEND -> stored with IDLE over {len(latencies)} messages: median {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
    finally:
        server.remove()


if __name__ == "__main__":
    main()
