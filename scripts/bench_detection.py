"""Throughput and memory of the full personal-data detector on one core.

    .venv/bin/python scripts/bench_detection.py [--words 200000]

Analyses the dev-set messages over and over (each as its own text, as the pipeline does) until
--words words have been scanned, then the same texts joined into long documents (as attachments
are), and prints words/s (CPU time of this process) for each and the process's peak RSS with the
pipeline loaded and used. Run it alone: the figure is per core only when nothing else competes.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules.detection import Analyzer  # noqa: E402
from tests.detection.devset_loader import known_names, load  # noqa: E402


def report(title: str, analyzer: Analyzer, texts: list[str], target_words: int) -> None:
    words = findings = 0
    started = time.process_time()
    while words < target_words:
        for text in texts:
            findings += len(analyzer.analyze(text, "body"))
            words += len(text.split())
    seconds = time.process_time() - started
    print(f"{title}: {words / seconds:,.0f} words/s per core ({words:,} words, {findings:,} findings, "
          f"{seconds:.1f} s CPU)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000)
    args = parser.parse_args(argv)
    texts = [m.text for m in load("all")]
    analyzer = Analyzer(hash_key=b"bench", known_names=known_names())
    # Lazy initialisation (the model, the kommune-name patterns compiled on the first text that names a
    # property: ~2 s) is paid once per process, not per word: warm up on every text before timing.
    for text in texts:
        analyzer.analyze(text, "body")
    report("detector throughput, one message at a time", analyzer, texts, args.words)
    # Attachments are long texts: the per-call cost of the model is spread over more words.
    documents = ["\n\n".join(texts[i:i + 20]) for i in range(0, len(texts), 20)]
    report("detector throughput, long documents (~20 messages each)", analyzer, documents, args.words)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"detector peak memory: {peak_mb:.0f} MB RSS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
