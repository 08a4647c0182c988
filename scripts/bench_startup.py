"""Benchmark how fast short commands answer, as whole processes, against `python -c pass`.

    .venv/bin/python scripts/bench_startup.py                  # 100,000 messages, 7 runs each
    .venv/bin/python scripts/bench_startup.py --runs 15 --messages 20000

Times, in the same run and interleaved so a busy machine slows every command alike:
`python -c pass` (the interpreter alone, the baseline), `intake --help`, and
`intake lookup QUERY` on a SQLite database of --messages messages (built once with the
bulk seeding of scripts/bench_lookup.py and kept in var/bench-startup/; a second run
reuses it), done by the command itself, and then the same lookup while `intake web` runs
and answers it over its socket (intake/cli/resident.py), as in production. Bytecode is cached under that folder, as after an ordinary install. Prints min/median/max wall-clock seconds, the ratio of each median to the
baseline's, and the goals: `intake --help` within 0.3 s and `intake lookup` within 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

GOALS = {"intake --help": 0.3, "intake lookup": 0.5, "lookup, web runs": 0.5}


def build_database(folder: Path, messages: int) -> tuple[Path, str]:
    """The benchmark database and its config, reused when it already holds `messages` messages."""
    from sqlalchemy import func, select

    import bench_lookup
    from models import Message
    from models.session import make_engine, migrate

    folder.mkdir(parents=True, exist_ok=True)
    database = folder / f"startup-{messages}.sqlite3"
    config = folder / f"config-{messages}.toml"
    config.write_text(f"[database]\nurl = 'sqlite:///{database}'\n[daemon]\ndata_dir = '{folder}'\n", encoding="utf-8")
    engine = make_engine(f"sqlite:///{database}")
    try:
        migrate(engine)
        with engine.connect() as connection:
            held = connection.scalar(select(func.count()).select_from(Message))
        if held != messages:
            engine.dispose()
            database.unlink()
            engine = make_engine(f"sqlite:///{database}")
            migrate(engine)
            started = time.perf_counter()
            bench_lookup.seed(engine, messages, 2_000, random.Random(7))
            print(f"seeded {messages:,} messages in {time.perf_counter() - started:.0f} s ({database})")
        else:
            print(f"reusing {database} ({messages:,} messages)")
    finally:
        engine.dispose()
    return config, "K100007"


def time_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run of the command as a new process.
    CPU time shows the work itself; wall-clock also counts waiting for a busy machine's cores."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def time_with_web_running(argv: list[str], env: dict[str, str], folder: Path, runs: int) -> tuple[list[float], list[float]]:
    """The lookup while `intake web` runs on the same settings and answers it over its socket."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    web = subprocess.Popen([sys.executable, "-m", "intake", "web", "--port", str(port)], cwd=REPO, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        listening = folder / "intake.sock"
        deadline = time.monotonic() + 120
        while not listening.is_socket():
            if web.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("intake web did not start listening for lookups")
            time.sleep(0.1)
        time_once(argv, env)  # the web app's first answer compiles its queries
        walls, used = [], []
        for _ in range(runs):
            wall, cpu_seconds = time_once(argv, env)
            walls.append(wall)
            used.append(cpu_seconds)
        return walls, used
    finally:
        web.terminate()
        web.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--folder", type=Path, default=REPO / "var" / "bench-startup")
    args = parser.parse_args()

    config, customer_id = build_database(args.folder, args.messages)
    # Compiled bytecode is cached as after an ordinary install (in the benchmark folder, so
    # the source tree stays untouched), even where the environment turns caching off.
    env = {**os.environ, "INTAKE_CONFIG": str(config), "INTAKE_STAFF": "bench",
           "PYTHONPYCACHEPREFIX": str(args.folder / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "intake --help": [sys.executable, "-m", "intake", "--help"],
        "intake lookup": [sys.executable, "-m", "intake", "lookup", customer_id],
    }
    for argv in commands.values():  # warm the file cache and check each command works
        time_once(argv, env)
    timings: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, argv in commands.items():
            wall, used = time_once(argv, env)
            timings[name].append(wall)
            cpu[name].append(used)

    web_timings, web_cpu = time_with_web_running(commands["intake lookup"], env, args.folder, args.runs)
    timings["lookup, web runs"], cpu["lookup, web runs"] = web_timings, web_cpu

    baseline = statistics.median(timings["python -c pass"])
    cpu_baseline = statistics.median(cpu["python -c pass"])
    print(f"start-up, {args.runs} runs each, seconds ({args.messages:,} messages, SQLite; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
    print(f"  {'command':<16} {'wall min':>8} {'median':>7} {'max':>6} {'× baseline':>11}   {'CPU median':>10} {'× baseline':>11}   goal (wall)")
    for name, values in timings.items():
        median, cpu_median = statistics.median(values), statistics.median(cpu[name])
        goal = GOALS.get(name)
        verdict = ""
        if goal is not None:
            verdict = f"{goal:.1f} s: {'met' if median <= goal else 'NOT met'}"
        print(f"  {name:<16} {min(values):8.3f} {median:7.3f} {max(values):6.3f} {median / baseline:10.1f}×   "
              f"{cpu_median:10.3f} {cpu_median / cpu_baseline:10.1f}×   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
