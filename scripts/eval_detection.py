"""Precision, recall and F1 of the personal-data detector on the hand-labelled dev set.

    .venv/bin/python scripts/eval_detection.py [--split dev|heldout|all] [--file heldout_g.txt ...] [--errors]

A finding counts as correct only with the exact gold label and character span. Prints one row
per label and the micro average per split, then the NER model's scores on NorNE's test split.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules.detection import LABELS, Analyzer  # noqa: E402
from rules.detection.nlp import MODEL_DIR  # noqa: E402
from tests.detection.devset_loader import known_names, load  # noqa: E402


def evaluate(analyzer: Analyzer, messages, show_errors: bool) -> dict[str, Counter]:
    counts = {label: Counter() for label in LABELS}
    for message in messages:
        found = {(f.label, f.start, f.end) for f in analyzer.analyze(message.text, "body")}
        gold = set(message.gold)
        for label, start, end in found | gold:
            kind = "tp" if (label, start, end) in found and (label, start, end) in gold else (
                "fp" if (label, start, end) in found else "fn")
            counts[label][kind] += 1
            if show_errors and kind != "tp":
                print(f"  {kind.upper()} {message.source}:{message.id} {label} {message.text[start:end]!r}")
    return counts


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name: str, n_messages: int, counts: dict[str, Counter]) -> None:
    print(f"\n{name}: {n_messages} messages")
    print(f"{'label':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'found':>7}")
    total = Counter()
    for label in LABELS:
        c = counts[label]
        total.update(c)
        if c["tp"] + c["fn"] + c["fp"]:
            p, r, f = prf(c)
            print(f"{label:<16}{p:7.3f}{r:7.3f}{f:7.3f}{c['tp'] + c['fn']:6d}{c['tp'] + c['fp']:7d}")
    p, r, f = prf(total)
    print(f"{'micro':<16}{p:7.3f}{r:7.3f}{f:7.3f}{total['tp'] + total['fn']:6d}{total['tp'] + total['fp']:7d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "heldout", "all", "both"], default="both")
    parser.add_argument("--file", action="append", default=[], metavar="NAME",
                        help="score only these dev-set files (e.g. heldout_g.txt); repeatable")
    parser.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    args = parser.parse_args(argv)
    analyzer = Analyzer(hash_key=b"eval", known_names=known_names())
    if args.file:
        messages = [m for m in load("all") if m.source in args.file]
        if {m.source for m in messages} != set(args.file):
            parser.error(f"no such dev-set file: {sorted(set(args.file) - {m.source for m in messages})}")
        report(" + ".join(args.file), len(messages), evaluate(analyzer, messages, args.errors))
        return 0
    splits = ["dev", "heldout", "all"] if args.split == "both" else [args.split]
    for split in splits:
        messages = load(split)
        if messages:
            report(split, len(messages), evaluate(analyzer, messages, args.errors and split != "all"))
    scores = json.loads((MODEL_DIR / "scores.json").read_text())
    print(f"\nNER model on NorNE test ({scores['test_sentences']} sentences): "
          f"all types P={scores['test']['ents_p']:.3f} R={scores['test']['ents_r']:.3f} F1={scores['test']['ents_f']:.3f}")
    for entity_type, s in sorted(scores["test"]["per_type"].items()):
        print(f"  {entity_type:<5} P={s['p']:.3f} R={s['r']:.3f} F1={s['f']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
