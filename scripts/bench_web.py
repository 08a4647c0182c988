"""Benchmark the staff web app's pages over a large store: p50/p95/max per page, over real HTTP.

    .venv/bin/python scripts/bench_web.py                 # SQLite in a temporary folder
    .venv/bin/python scripts/bench_web.py --postgres      # a fresh schema on the test PostgreSQL server
    .venv/bin/python scripts/bench_web.py --messages 20000 --requests 20

The store is built by scripts/bench_lookup.py's data builder (100,000 messages, 2,000 customers by
default), plus open review items, requests and messages past their retention date, so every page
has work to do. The app is served by uvicorn on 127.0.0.1 and a free port, and a signed-in client
times each page the way a browser asks for it (the whole request: session check, service call with
its audit entry, template). The goal is p95 under 100 ms for every page on both databases. The
baseline in the same run is the static stylesheet over the same connection: the cost of HTTP alone.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import sys
import tempfile
import time
from contextlib import ExitStack, closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from sqlalchemy import insert, text, update  # noqa: E402

from bench_database import POSTGRES_ADMIN_URL, scratch_database  # noqa: E402
from bench_lookup import percentile, seed  # noqa: E402
from intake.app import App  # noqa: E402
from intake.config import load_config  # noqa: E402
from intake.passwords import hash_password  # noqa: E402
from intake.web.server import BackgroundServer  # noqa: E402
from models import AccessRequest, RetentionRecord, ReviewItem, StaffPassword  # noqa: E402

GOAL_MS = 100.0
PASSWORD = "benk benk benk benk"


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def add_work(app: App, messages: int, people: list[dict], rng: random.Random) -> None:
    """Open review items, requests (some overdue), a few hundred messages past their date, and a password."""
    now = datetime.now(timezone.utc)
    today = date.today()
    with app.engine.begin() as connection:
        connection.execute(insert(ReviewItem.__table__), [
            {"message_pk": pk, "reason": "svak kobling", "state": "open", "created_at": now,
             "candidates": [{"customer_id": people[i]["customer_id"], "confidence": 0.5,
                             "reasons": [{"signal": "name", "weight": 0.5, "detail": "name"}]} for i in rng.sample(range(len(people)), 2)]}
            for pk in rng.sample(range(1, messages + 1), 40)])
        connection.execute(insert(AccessRequest.__table__), [
            {"kind": "access" if i % 3 else "erasure", "customer_id": people[i]["customer_id"], "subject_ref": people[i]["customer_id"],
             "requested_on": today - timedelta(days=i % 60), "deadline": today - timedelta(days=i % 60) + timedelta(days=30),
             "status": "open" if i % 4 else "answered", "registered_by": "bench"} for i in range(min(200, len(people)))])
        due = rng.sample(range(1, messages + 1), 300)
        connection.execute(update(RetentionRecord.__table__).where(RetentionRecord.message_pk.in_(due))
                           .values(retain_until=today - timedelta(days=10)))
        connection.execute(insert(StaffPassword.__table__), [{"username": "bench", "password_hash": hash_password(PASSWORD),
                                                              "set_at": now, "set_by": "bench"}])
        connection.execute(text("ANALYZE"))


def pages(people: list[dict], messages: int, count: int, rng: random.Random) -> list[tuple[str, str]]:
    def person_query(kind: str) -> str:
        p = rng.choice(people)
        return {"id": p["customer_id"], "email": p["email"], "phone": p["phone"], "name": p["name"]}[kind]

    makers = [
        ("oversikt", lambda: "/oversikt"),
        ("søk (navn)", lambda: "/sok?" + httpx.QueryParams({"q": rng.choice(people)["name"].split()[0]}).__str__()),
        ("person (kundenr.)", lambda: "/person?" + str(httpx.QueryParams({"q": person_query("id")}))),
        ("person (e-post)", lambda: "/person?" + str(httpx.QueryParams({"q": person_query("email")}))),
        ("e-post", lambda: f"/melding/{rng.randrange(1, messages + 1)}"),
        ("vurdering", lambda: "/vurdering"),
        ("begjæringer", lambda: "/begjaeringer"),
        ("oppbevaring", lambda: "/oppbevaring"),
    ]
    return [(name, make()) for _ in range(count) for name, make in makers]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=2_000)
    parser.add_argument("--requests", type=int, default=40, help="timed requests per page")
    parser.add_argument("--postgres", action="store_true", help=f"use a fresh schema on {POSTGRES_ADMIN_URL}")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.environ["INTAKE_HASH_KEY"] = "bench-key"  # the key bench_lookup's findings were hashed with

    with tempfile.TemporaryDirectory() as folder, ExitStack() as scratch:
        url = scratch.enter_context(scratch_database(Path(folder), args.postgres))
        config_file = Path(folder) / "config.toml"
        config_file.write_text(f"[database]\nurl = '{url}'\n[daemon]\ndata_dir = '{folder}'\n", encoding="utf-8")
        from intake.cli import main as intake_main

        if intake_main(["--config", str(config_file), "init"]) != 0:
            raise SystemExit("intake init failed")
        app = App(load_config(config_file, environ={}))
        server = None
        try:
            started = time.perf_counter()
            seeded = seed(app.engine, args.messages, args.customers, rng)
            add_work(app, args.messages, seeded["people"], rng)
            print(f"{app.engine.dialect.name}: seeded {seeded['rows']['messages']:,} messages, {args.customers:,} customers "
                  f"in {time.perf_counter() - started:.1f}s")
            port = free_port()
            server = BackgroundServer(app, "127.0.0.1", port)
            server.start()
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
                form = client.get("/logg-inn").text
                token = form.split('name="login_csrf" value="')[1].split('"')[0]
                signed = client.post("/logg-inn", data={"login_csrf": token, "username": "bench", "password": PASSWORD})
                assert signed.status_code == 303, signed.text
                for path in ("/oversikt", "/vurdering", "/oppbevaring"):  # warm up
                    client.get(path)
                baseline = []
                for _ in range(args.requests):
                    moment = time.perf_counter()
                    client.get("/static/style.css").raise_for_status()
                    baseline.append((time.perf_counter() - moment) * 1000)
                timings: dict[str, list[float]] = {}
                for name, path in pages(seeded["people"], args.messages, args.requests, rng):
                    moment = time.perf_counter()
                    response = client.get(path)
                    elapsed = (time.perf_counter() - moment) * 1000
                    if response.status_code != 200:
                        raise SystemExit(f"{path}: HTTP {response.status_code}")
                    timings.setdefault(name, []).append(elapsed)
            every = [t for values in timings.values() for t in values]
            base95 = percentile(baseline, 0.95)
            worst = max(percentile(values, 0.95) for values in timings.values())
            print(f"{len(every)} page requests: p50 {percentile(every, 0.5):.1f} ms, p95 {percentile(every, 0.95):.1f} ms, "
                  f"max {max(every):.1f} ms; baseline (static file) p95 {base95:.1f} ms")
            for name, values in timings.items():
                p95 = percentile(values, 0.95)
                print(f"  {name:<18} p50 {percentile(values, 0.5):6.1f} ms   p95 {p95:6.1f} ms   max {max(values):6.1f} ms   "
                      f"p95/baseline {p95 / base95:5.1f}")
            print(f"goal: every page p95 < {GOAL_MS:.0f} ms: {'met' if worst < GOAL_MS else 'NOT met'} (worst page p95 {worst:.1f} ms)")
        finally:
            if server is not None:
                server.stop()
            app.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
