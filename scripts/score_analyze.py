"""Score `intake analyze` output (JSON lines) against a gold file.

    .venv/bin/intake --config C analyze DIR > out.jsonl
    .venv/bin/python scripts/score_analyze.py out.jsonl GOLD.json [--errors]

GOLD.json maps a message file's stem to {"customer_ids": [...], "properties": [...],
"entities": [{"label", "text", "part"}, ...]}; "project_ids" (scored like properties) is optional,
and so is "entities" (a batch written to measure linking only leaves it out). Link accuracy counts a message right when the
linked customers are exactly the expected ones; a wrong link is any linked customer that is not
expected. Entities match on (part, label, text) as multisets, so a value written twice counts twice.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rules.detection import LABELS  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(results: dict[str, dict], gold: dict[str, dict], show_errors: bool) -> None:
    linked_right = wrong_links = 0
    properties, projects = Counter(), Counter()
    scored_projects = False
    entities = {label: Counter() for label in LABELS}
    for message_id, expected in sorted(gold.items()):
        result = results.get(message_id)
        if result is None:
            raise SystemExit(f"{message_id}: no analyze output")
        linked, wanted = set(result["customer_ids"]), set(expected["customer_ids"])
        linked_right += linked == wanted
        wrong_links += bool(linked - wanted)
        found_props, gold_props = set(result["properties"]), set(expected["properties"])
        properties.update(tp=len(found_props & gold_props), fp=len(found_props - gold_props), fn=len(gold_props - found_props))
        found_projects, gold_projects = set(result.get("project_ids", [])), set(expected.get("project_ids", []))
        if "project_ids" in expected:
            scored_projects = True
            projects.update(tp=len(found_projects & gold_projects), fp=len(found_projects - gold_projects),
                            fn=len(gold_projects - found_projects))
        found = Counter((e["part"], e["label"], e["text"]) for e in result["entities"]) if "entities" in expected else Counter()
        gold_entities = Counter((e["part"], e["label"], e["text"]) for e in expected.get("entities", []))
        for kind, items in (("tp", found & gold_entities), ("fp", found - gold_entities), ("fn", gold_entities - found)):
            for (part, label, text), count in items.items():
                entities[label][kind] += count
                if show_errors and kind != "tp":
                    print(f"  {kind.upper()} {message_id} {part} {label} {text!r}")
        if show_errors and (linked != wanted or found_props != gold_props
                            or ("project_ids" in expected and found_projects != gold_projects)):
            print(f"  LINK {message_id} customers {sorted(linked)} expected {sorted(wanted)}; "
                  f"properties {sorted(found_props)} expected {sorted(gold_props)}"
                  + (f"; projects {sorted(found_projects)} expected {sorted(gold_projects)}" if "project_ids" in expected else ""))
    total = len(gold)
    p, r, f = prf(properties["tp"], properties["fp"], properties["fn"])
    print(f"messages={total}  link_accuracy={linked_right / total:.3f}  wrong_link_rate={wrong_links / total:.3f}  "
          f"property_P={p:.3f} R={r:.3f} F1={f:.3f}")
    if scored_projects:
        p, r, f = prf(projects["tp"], projects["fp"], projects["fn"])
        print(f"projects: P={p:.3f} R={r:.3f} F1={f:.3f}")
    if not any(sum(c.values()) for c in entities.values()):
        return
    print(f"{'label':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'found':>7}")
    micro = Counter()
    for label in LABELS:
        c = entities[label]
        micro.update(c)
        if sum(c.values()):
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            print(f"{label:<16}{p:7.3f}{r:7.3f}{f:7.3f}{c['tp'] + c['fn']:6d}{c['tp'] + c['fp']:7d}")
    p, r, f = prf(micro["tp"], micro["fp"], micro["fn"])
    print(f"{'micro':<16}{p:7.3f}{r:7.3f}{f:7.3f}{micro['tp'] + micro['fn']:6d}{micro['tp'] + micro['fp']:7d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("analyze_output", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every entity and link mistake")
    args = parser.parse_args(argv)
    results = {}
    for line in args.analyze_output.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            results[Path(record["file"]).stem] = record
    score(results, json.loads(args.gold.read_text(encoding="utf-8")), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
