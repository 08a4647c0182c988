"""Train and measure the learned third reading of access and erasure requests (rules/request_model.py).

    .venv/bin/pip install -e '.[train]'          # scikit-learn, for training only
    .venv/bin/python scripts/train_request_model.py --evaluate    # the leave-one-set-out table (about 20 minutes)
    .venv/bin/python scripts/train_request_model.py --write       # fit on everything, write the weights

The model is a logistic regression per kind (access vs not, erasure vs not) over the binary features
rules.request_model.features gives: the words of the subject and of the writer's own text (quoted mail dropped,
folded as the rules fold it), word pairs and five-letter stems. It is trained on the labelled request corpus
(tests/requests/corpus/*.jsonl, the splits registered in SPLITS) and on the ordinary messages scripts/eval_requests.py
reads (all of them not requests, apart from the few known ones), so that it learns what everyday project mail looks
like.

Measuring it honestly. Every blind set heldout4 and later was scored once by the rules at first sight; the mails the
rules then missed are listed in tests/requests/first_sight_misses.json (recomputed from the rules at the commit each
set was scored on, and equal to the figures in the comment above SPLITS in scripts/eval_requests.py). For each such
set the model is trained without it and without a share of the ordinary mail, its threshold chosen by an inner
leave-one-set-out over the remaining sets only (choose_threshold: the lowest at which none of their ordinary mail and
at most one of their look-alikes per kind is suggested), and then it reads the left-out set and the left-out ordinary
mail:
(a) how many of the rules' first-sight access and erasure misses it catches, (b) false suggestions on the set's
distractors, (c) false suggestions on the left-out ordinary mail; over all folds every ordinary message is read once
by a model that never saw it. The table ends with the totals for 0, 1 and 2 look-alikes allowed, from the same
fits. Everything is deterministic: no random state is drawn, folds follow the sorted ids.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_requests  # noqa: E402

from rules.request_model import WEIGHTS  # noqa: E402
from rules.subject_requests import find_requests, learned_features, learned_requests, own_words  # noqa: E402

KINDS = ("access", "erasure")
FIRST_SIGHT = ROOT / "tests" / "requests" / "first_sight_misses.json"
BLIND_SETS = tuple(f"heldout{n}" for n in range(4, 200))  # scored once at first sight; the older three were not blind


def corpus_splits(extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The labelled splits registered in SPLITS (scripts/eval_requests.py), and `extra` ones, in a stable order. A set
    on disk but not yet in SPLITS (its labels still to be settled, as heldout51's implied requests were) is not
    trained on; `--score` reads it as `extra`."""
    names = {*eval_requests.SPLITS, *extra}
    return sorted(names, key=lambda name: (re.sub(r"\d+$", "", name), int(re.search(r"(\d*)$", name).group(1) or 1)))


def mail_features(subject: str, body: str) -> set[str]:
    return learned_features(subject or "", own_words(body or ""))


def _silent_sender(address: str, automatic: bool) -> bool:
    sender = eval_requests.sender_of(address, automatic)
    return sender.own_staff or sender.municipality or sender.automatic


def load_examples(extra: list[str] | tuple[str, ...] = ()) -> list[dict]:
    """Corpus mail (SPLITS and `extra`) and ordinary mail as one list: id, group (split or "ordinary"), kinds,
    features, silent (a sender the detector never reads: the firm's own staff, a municipality, automatic mail)."""
    examples = []
    for split in corpus_splits(extra):
        for message in eval_requests.load_corpus(split):
            examples.append({"id": message["id"], "group": split, "kinds": set(message["kinds"]),
                             "features": mail_features(message["subject"], message["body"]),
                             "silent": _silent_sender(message["from"], message.get("automatic", False)),
                             "subject": message["subject"], "body": message["body"], "from": message["from"]})
    for source, identifier, sender, subject, body, automatic in eval_requests.ordinary_messages():
        examples.append({"id": f"{source}:{identifier}", "group": "ordinary",
                         "kinds": eval_requests.KNOWN_REQUESTS.get((source, identifier), set()),
                         "features": mail_features(subject, body), "silent": _silent_sender(sender, automatic),
                         "subject": subject, "body": body, "from": sender})
    return examples


def ordinary_fold(identifier: str, folds: int) -> int:
    """A fixed fold for each ordinary message, from a hash of its id (stable across runs and machines)."""
    return int(hashlib.sha256(identifier.encode()).hexdigest(), 16) % folds


# ---------------------------------------------------------------- fitting

C = 1.0  # inverse regularisation strength; 0.5-4 read the same in leave-one-set-out
MIN_MAILS = 2  # a feature counts only when at least two training mails have it: no one mail's names are memorised
DECIMALS = 3  # weights are stored rounded; every figure here is measured with the rounded weights
# A weight below this (in both kinds) is dropped with its feature. The weights file grows with every set (752 KB with
# held-out 50 and 52, past the size check); most features are one-off word pairs and stems the fit gives next to no
# weight. Measured on the fit through held-out 52 (3142 mails, corpus and ordinary, all read by the full fit): 0.01
# drops 4781 of 27091 features (734 -> 557 KB of weights) and moves no mail's probability by more than 0.0028, under a
# third of one threshold step (0.01); 0.005 saved less (645 KB, 0.0012), 0.02 moved a mail by 0.027. Applied in every
# fit, so leave-one-set-out and the thresholds are measured with the weights that are stored; --write prints the change
# again for the fit it writes.
MIN_WEIGHT = 0.01
THRESHOLDS = [round(0.20 + 0.01 * step, 2) for step in range(76)]  # 0.20 … 0.95


class Matrix:
    """All examples' features as one sparse matrix, so that each fit only selects rows and columns."""

    def __init__(self, examples: list[dict]):
        import numpy as np
        from scipy.sparse import csr_matrix

        self.names = sorted({feature for example in examples for feature in example["features"]})
        column = {name: index for index, name in enumerate(self.names)}
        rows, cols = [], []
        for row, example in enumerate(examples):
            for feature in example["features"]:
                rows.append(row)
                cols.append(column[feature])
        self.matrix = csr_matrix((np.ones(len(rows), dtype=np.float64), (np.array(rows, dtype=np.int32),
                                  np.array(cols, dtype=np.int32))), shape=(len(examples), len(self.names)))
        self.matrix.indices = self.matrix.indices.astype(np.int32)
        self.matrix.indptr = self.matrix.indptr.astype(np.int32)


def fit(examples: list[dict], matrix: Matrix, rows: list[int], kind: str,
        min_weight: float = MIN_WEIGHT) -> tuple[float, dict[str, float]]:
    """A logistic regression for `kind` on the given rows: bias and weights by feature name, rounded, those below
    `min_weight` dropped."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = np.array(sorted(rows), dtype=np.int32)
    part = matrix.matrix[rows]
    columns = np.where(np.asarray(part.sum(axis=0)).ravel() >= MIN_MAILS)[0]
    target = np.array([kind in examples[row]["kinds"] for row in rows])
    model = LogisticRegression(C=C, solver="liblinear", dual=True, random_state=0, max_iter=10_000)
    model.fit(part[:, columns], target)
    weights = {matrix.names[column]: round(float(weight), DECIMALS)
               for column, weight in zip(columns, model.coef_[0])
               if round(float(weight), DECIMALS) and abs(round(float(weight), DECIMALS)) >= min_weight}
    return round(float(model.intercept_[0]), DECIMALS), weights


def probability(bias: float, weights: dict[str, float], feature_set: set[str]) -> float:
    from rules.request_model import RequestModel, _Model

    return RequestModel({"k": _Model(bias, weights, 0.5)}).probability("k", feature_set)


# ---------------------------------------------------------------- the rules' first sight

# The commit of main each blind set was scored on at first sight (the comment above SPLITS in eval_requests.py).
SCORED_ON = {"heldout4": "161ecca", "heldout5": "68dff9a", "heldout6": "9bb0c48", "heldout7": "48fb3c5",
             "heldout8": "bdafcc1", "heldout9": "7297383", "heldout10": "3e1e92e", "heldout11": "3e1e92e",
             "heldout12": "bf5b0ea", "heldout13": "bf5b0ea", "heldout14": "9f3fbf8", "heldout15": "9f3fbf8",
             "heldout16": "97592d3", "heldout17": "97592d3", "heldout18": "e38eb20", "heldout19": "81f8a41",
             "heldout20": "81f8a41", "heldout21": "81f8a41", "heldout22": "81f8a41", "heldout23": "119335c",
             "heldout24": "e3da1e6", "heldout25": "e3da1e6",
             "heldout26": "e3da1e6", "heldout27": "929170b", "heldout29": "929170b", "heldout30": "929170b",
             "heldout28": "929170b", "heldout31": "929170b", "heldout32": "dd2287a", "heldout33": "dd2287a",
             "heldout34": "32ffd0e", "heldout35": "32ffd0e",
             "heldout36": "004aaae", "heldout37": "004aaae", "heldout38": "004aaae", "heldout40": "7252071",
             "heldout41": "7252071",
             "heldout39": "7252071", "heldout42": "82702a2", "heldout43": "82702a2",
             "heldout44": "aa044c3", "heldout45": "aa044c3", "heldout46": "fdbe57e",
             "heldout47": "fdbe57e", "heldout49": "489ef30",
             "heldout48": "489ef30", "heldout54": "670322f",
             "heldout50": "d0f2da2", "heldout52": "e01c523", "heldout51": "d0f2da2", "heldout55": "78c68e5",
             "heldout53": "8733de3", "heldout57": "8707c34", "heldout58": "8707c34",
             "heldout56": "8707c34"}  # from e3da1e6 on, the rules without the learned reading

_FIRST_SIGHT_READER = """
import inspect, json, sys
sys.path.insert(0, sys.argv[1])
from rules.subject_requests import Sender, find_requests, is_municipality
rules_only = {"learned": False} if "learned" in inspect.signature(find_requests).parameters else {}
found = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        m = json.loads(line)
        domain = (m["from"] or "").rpartition("@")[2].lower()
        sender = Sender(own_staff=domain == "proess.no", municipality=is_municipality(m["from"]),
                        automatic=m.get("automatic", False))
        found[m["id"]] = sorted({f.kind for f in find_requests(m["subject"], m["body"], sender, **rules_only)})
print(json.dumps(found))
"""


def first_sight() -> dict:
    """What the rules found in each blind set at the commit it was scored on, read again from git: the misses of
    access and erasure, and the false suggestions (mail with no request that got one)."""
    import subprocess
    import tempfile

    result = {}
    with tempfile.TemporaryDirectory() as scratch:
        for split, commit in SCORED_ON.items():
            rules_at = Path(scratch) / commit
            if not rules_at.exists():
                rules_at.mkdir()
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "rules"], check=True,
                                         capture_output=True).stdout
                subprocess.run(["tar", "-x", "-C", str(rules_at)], input=archive, check=True)
            found = json.loads(subprocess.run([sys.executable, "-c", _FIRST_SIGHT_READER, str(rules_at),
                                               str(eval_requests.CORPUS / f"{split}.jsonl")],
                                              check=True, capture_output=True, text=True).stdout)
            gold = {m["id"]: set(m["kinds"]) for m in eval_requests.load_corpus(split)}
            result[split] = {"scored_on": commit, "found": found,
                             **{kind: [i for i in gold if kind in gold[i] and kind not in found[i]] for kind in KINDS},
                             "false_suggestions": [i for i in gold if found[i] and not gold[i]]}
    return result


# ---------------------------------------------------------------- leave one set out

def blind_folds(examples: list[dict], blind: list[str]) -> list[int]:
    """Each example's fold: a blind set's mail its set's index, ordinary mail a fixed share of the folds,
    everything else (development sets) -1, always trained on."""
    folds = []
    for example in examples:
        if example["group"] in blind:
            folds.append(blind.index(example["group"]))
        elif example["group"] == "ordinary":
            folds.append(ordinary_fold(example["id"], len(blind)))
        else:
            folds.append(-1)
    return folds


def _false(example: dict) -> bool:
    """A mail no request should come from (the known requests in ordinary mail are requests)."""
    return not example["kinds"] and not example["silent"]


# Blind look-alikes per kind that may stay above the threshold out of fold (ordinary mail: none). See choose_threshold.
LOOK_ALIKES_ALLOWED = 1


def _counted(examples: list[dict], scores: dict[int, float], reachable: set[int] | None) -> list[int]:
    """The scored mails without a request that a threshold must keep silent (with `reachable`, only those the wired
    reading can reach)."""
    return [row for row in scores if _false(examples[row]) and (reachable is None or row in reachable)]


def choose_threshold(examples: list[dict], scores: dict[int, float], reachable: set[int] | None = None,
                     allowed: int = LOOK_ALIKES_ALLOWED) -> float:
    """The lowest threshold at which, out of fold, no ordinary message and at most `allowed` of the blind sets'
    look-alikes (their mails without a request) are suggested. With `reachable` (`reachable_rows`), only the mails
    the wired reading can reach count.

    Why ordinary mail gets no allowance and the look-alikes one. Ordinary mail is what the inbox is: a false
    suggestion there is the cost staff would pay every month, so none is allowed. The blind sets' look-alikes are
    the nearest misses each set's writer could think of (511 the wired reading can reach in held-out 4-49), and with
    no allowance the single highest of them sets the threshold for all mail to come. Held-out 47 brought a board
    asking for all its residents' data (h47-02, access 0.955 out of fold; the next look-alike 0.548) and held-out
    42 an applicant's consent to keep her CV (h42-28, erasure 0.896): counted, each alone put its kind at 0.95 (the
    top of the range, and still below h47-02) and 0.90, the access reading in effect off, though every other
    look-alike lies far below. One per kind is a bound, not a margin, and nothing is hidden: `--evaluate` counts
    every false suggestion it costs in the left-out sets and their ordinary mail (bare and as wired), and `--write`
    names the look-alikes left above the thresholds and stores them with the weights. Measured over held-out 4-49,
    as wired, one allowed caught 19 of the rules' 60 first-sight access misses and 47 of 114 erasure misses, against
    13 and 39 with none, with the same one false suggestion in 534 look-alikes (h42-28, read when its own set is
    left out under either rule) and none in 675 ordinary messages; two allowed caught one erasure more.

    Why not the rules' vetoes instead. Those vetoes were tuned on these very sets: counting them as a gate lets the
    thresholds fall to the floor. Counting only vetoes older than a set (the rules at its first-sight commit,
    SCORED_ON) would be honest, but moves neither threshold here: both mails pass the learned reading's vetoes as
    they stood at their sets' first sight (h47-02 on fdbe57e, h42-28 on 82702a2; OTHERS_DATA was written for h47-02
    afterwards, and h42-28 passes today's vetoes too, held back only by the threshold), so that rule alone still
    gives 0.95 and 0.90."""
    counted = _counted(examples, scores, reachable)
    ordinary = max((scores[row] for row in counted if examples[row]["group"] == "ordinary"), default=0.0)
    look_alikes = sorted((scores[row] for row in counted if examples[row]["group"] != "ordinary"), reverse=True)
    highest = max(ordinary, look_alikes[allowed] if len(look_alikes) > allowed else 0.0)
    return next((t for t in THRESHOLDS if t > highest), THRESHOLDS[-1])


def out_of_fold(examples, matrix, folds, kind, left_out: set[int], score_folds) -> dict[int, float]:
    """Scores for the mail of each fold in `score_folds`, from a model fitted without that fold and without `left_out`."""
    scores = {}
    for fold_index in score_folds:
        train = [row for row, f in enumerate(folds) if f != fold_index and f not in left_out]
        bias, weights = fit(examples, matrix, train, kind)
        for row, f in enumerate(folds):
            if f == fold_index:
                scores[row] = probability(bias, weights, examples[row]["features"])
    return scores


def _rules_read(example: dict, first: dict) -> set[str]:
    """What the rules found in a mail: at first sight for a blind set's mail, as they stand for ordinary mail."""
    if example["group"] in first:
        return set(first[example["group"]]["found"].get(example["id"], []))
    sender = eval_requests.sender_of(example["from"], example["silent"])
    return {f.kind for f in find_requests(example["subject"], example["body"], sender, learned=False)}


def learned_kinds(example: dict, first: dict, model) -> set[str]:
    """The kinds the learned reading adds to a mail, as find_requests adds them: only for a sender the detector reads,
    only when the rules found neither access, erasure nor portability, with the rules' vetoes
    (subject_requests.learned_requests)."""
    if example["silent"] or _rules_read(example, first) & {*KINDS, "portability"}:
        return set()
    return set(learned_requests(example["subject"] or "", own_words(example["body"] or ""), model))


def reachable_rows(examples: list[dict], first: dict) -> set[int]:
    """The mails without a request that the learned reading, as wired into find_requests, could reach: from a sender
    the detector reads, and the rules (at first sight, for a blind set's mail) found no access, erasure or
    portability there. A mail the rules already read never gets to the learned reading, whatever its score, so it
    must not hold the threshold up (held-out 28-35 brought several: access would have gone to 0.95, i.e. off).
    The rules' vetoes are not counted as a gate: they were tuned on these very sets, and would let the threshold
    fall to its floor."""
    return {row for row, example in enumerate(examples)
            if _false(example) and not example["silent"] and not _rules_read(example, first) & {*KINDS, "portability"}}


def fold_fits(examples: list[dict], matrix: Matrix, folds: list[int], blind: list[str], index: int) -> dict:
    """The fits leave-one-set-out needs for blind set `index`, per kind: the inner out-of-fold scores of every other
    set and the ordinary mail (from which a threshold is chosen) and the model trained without the set. This is the
    slow part (two fits per other set and kind); the threshold rule is applied afterwards."""
    fits = {}
    for kind in KINDS:
        others = [f for f in range(len(blind)) if f != index]
        train = [r for r, f in enumerate(folds) if f != index]
        bias, weights = fit(examples, matrix, train, kind)
        fits[kind] = {"inner": out_of_fold(examples, matrix, folds, kind, {index}, others),
                      "bias": bias, "weights": weights}
    return fits


def leave_one_set_out(examples: list[dict], first: dict, blind: list[str], fits: list[dict],
                      allowed: int = LOOK_ALIKES_ALLOWED) -> list[dict]:
    """Each blind set read by models trained without it (`fits`, from fold_fits), with thresholds chosen by
    `choose_threshold` (allowing `allowed` look-alikes) from the other sets only."""
    from rules.request_model import RequestModel, _Model

    folds = blind_folds(examples, blind)
    reachable = reachable_rows(examples, first)
    rows = []
    for index, split in enumerate(blind):
        row = {"split": split}
        fold_models = {}
        for kind in KINDS:
            bias, weights = fits[index][kind]["bias"], fits[index][kind]["weights"]
            threshold = choose_threshold(examples, fits[index][kind]["inner"], reachable, allowed)
            fold_models[kind] = _Model(bias, weights, threshold)
            scores = {r: probability(bias, weights, examples[r]["features"]) for r, f in enumerate(folds) if f == index}
            row[kind] = {"threshold": threshold, "scores": scores,
                         "fired": {r for r, s in scores.items() if s >= threshold and not examples[r]["silent"]}}
        model = RequestModel(fold_models)
        wired = {r: learned_kinds(examples[r], first, model) for r in row[KINDS[0]]["scores"]}
        for kind in KINDS:
            row[kind]["wired"] = {r for r, kinds in wired.items() if kind in kinds}
        rows.append(row)
    return rows


def summarise(examples: list[dict], first: dict, rows: list[dict], wired: bool = True) -> list[dict]:
    """Per blind set: first-sight misses caught, false suggestions on its distractors and on its ordinary mail, for
    "rules at first sight OR learned reading" (as wired, or the bare model above its threshold)."""
    table = []
    for row in rows:
        split = row["split"]
        fired = {kind: row[kind]["wired" if wired else "fired"] for kind in KINDS}
        in_set = [r for r in row[KINDS[0]]["scores"] if examples[r]["group"] == split]
        ordinary = [r for r in row[KINDS[0]]["scores"] if examples[r]["group"] == "ordinary"]
        line = {"split": split, "thresholds": {kind: row[kind]["threshold"] for kind in KINDS}}
        for kind in KINDS:
            misses = [r for r in in_set if examples[r]["id"] in first[split][kind]]
            wanted = [r for r in in_set if kind in examples[r]["kinds"]]
            line[kind] = {"requests": len(wanted), "model_found": sum(r in fired[kind] for r in wanted),
                          "rules_missed": len(misses), "caught": sum(r in fired[kind] for r in misses),
                          "still_missed": [examples[r]["id"] for r in misses if r not in fired[kind]],
                          "wrong_kind": [examples[r]["id"] for r in in_set
                                         if r in fired[kind] and examples[r]["kinds"] and kind not in examples[r]["kinds"]]}
        model_any = fired[KINDS[0]] | fired[KINDS[1]]
        distractors = [r for r in in_set if _false(examples[r])]
        line["distractors"] = len(distractors)
        line["model_false"] = sorted(examples[r]["id"] for r in distractors if r in model_any)
        line["rules_false"] = sorted(first[split]["false_suggestions"])
        line["combined_false"] = sorted(set(line["model_false"]) | set(line["rules_false"]))
        line["ordinary"] = sum(1 for r in ordinary if not examples[r]["silent"])
        line["ordinary_false"] = sorted(examples[r]["id"] for r in ordinary if _false(examples[r]) and r in model_any)
        table.append(line)
    return table


def table_totals(table: list[dict]) -> Counter:
    totals = Counter()
    for line in table:
        a, e = line["access"], line["erasure"]
        for key, value in (("a_caught", a["caught"]), ("a_missed", a["rules_missed"]), ("e_caught", e["caught"]),
                           ("e_missed", e["rules_missed"]), ("rules_false", len(line["rules_false"])),
                           ("combined_false", len(line["combined_false"])), ("distractors", line["distractors"]),
                           ("ordinary_false", len(line["ordinary_false"])), ("ordinary", line["ordinary"]),
                           ("a_req", a["requests"]), ("a_model", a["model_found"]), ("e_req", e["requests"]),
                           ("e_model", e["model_found"]),
                           ("wrong_kind", len(a["wrong_kind"]) + len(e["wrong_kind"]))):
            totals[key] += value
    return totals


def totals_line(label: str, t: Counter) -> str:
    return (f"{label:<20} {t['a_caught']:>5}/{t['a_missed']:<3} {t['e_caught']:>5}/{t['e_missed']:<3} "
            f"{t['rules_false']:>3}->{t['combined_false']:<3}/{t['distractors']:<4}{t['ordinary_false']:>5}/{t['ordinary']:<4}")


def print_table(table: list[dict], title: str) -> None:
    print(title)
    print(f"{'split':<10} {'thr A/E':>9} {'A caught':>9} {'E caught':>9} {'false in set':>16} {'ordinary':>10}  still missed")
    for line in table:
        a, e = line["access"], line["erasure"]
        print(f"{line['split']:<10} {line['thresholds']['access']:.2f}/{line['thresholds']['erasure']:.2f} "
              f"{a['caught']:>5}/{a['rules_missed']:<3} {e['caught']:>5}/{e['rules_missed']:<3} "
              f"{len(line['rules_false']):>3}->{len(line['combined_false']):<3}/{line['distractors']:<4}"
              f"{len(line['ordinary_false']):>5}/{line['ordinary']:<4}  "
              f"{' '.join(a['still_missed'] + e['still_missed'])}"
              + (f"  model false: {' '.join(line['model_false'])}" if line["model_false"] else "")
              + (f"  wrong kind: {' '.join(a['wrong_kind'] + e['wrong_kind'])}" if a['wrong_kind'] or e['wrong_kind'] else ""))
    t = table_totals(table)
    print(totals_line("all", t))
    print(f"model alone: access {t['a_model']}/{t['a_req']}, erasure {t['e_model']}/{t['e_req']} of the sets' requests; "
          f"access or erasure read in {t['wrong_kind']} requests of other kinds; ordinary mail "
          f"{200 * t['ordinary_false'] / max(1, t['ordinary']):.2f} false per 200")


def compare_allowances(examples: list[dict], first: dict, blind: list[str], fits: list[dict]) -> None:
    """The totals of leave-one-set-out for 0, 1 and 2 look-alikes allowed per kind, from the same fits: what the
    allowance buys in first-sight misses caught and what it costs in false suggestions."""
    print(f"{'look-alikes allowed':<20} {'A caught':>9} {'E caught':>9} {'false in set':>16} {'ordinary':>10}  "
          "thresholds A, E (median over folds); model false")
    for allowed in (0, 1, 2):
        rows = leave_one_set_out(examples, first, blind, fits, allowed)
        for wired in (False, True):
            table = summarise(examples, first, rows, wired)
            medians = {kind: sorted(line["thresholds"][kind] for line in table)[len(table) // 2] for kind in KINDS}
            print(totals_line(f"{allowed} ({'wired' if wired else 'bare'})", table_totals(table))
                  + f"  {medians['access']:.2f}, {medians['erasure']:.2f}; "
                  + " ".join(i for line in table for i in line["model_false"] + line["ordinary_false"]))


# ---------------------------------------------------------------- the committed model

def score_committed(examples: list[dict], first: dict, splits: list[str]) -> list[dict]:
    """The committed model read as it stands on new blind sets: the first sight of the model."""
    from rules.request_model import committed_model

    model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    seen = [split for split in splits if split in model["trained_on"]["corpus_splits"]]
    if seen:
        raise SystemExit(f"the committed weights were trained on {', '.join(seen)}: no first sight to score")
    learned = committed_model()
    rows = []
    for split in splits:
        row = {"split": split}
        scored = [r for r, e in enumerate(examples) if e["group"] == split]  # ordinary mail was trained on
        wired = {r: learned_kinds(examples[r], first, learned) for r in scored}
        for kind in KINDS:
            scores = {r: learned.probability(kind, examples[r]["features"]) for r in scored}
            row[kind] = {"threshold": learned.threshold(kind), "scores": scores,
                         "fired": {r for r, s in scores.items() if s >= learned.threshold(kind) and not examples[r]["silent"]},
                         "wired": {r for r, kinds in wired.items() if kind in kinds}}
        rows.append(row)
    return summarise(examples, first, rows)


def train_final(examples: list[dict], blind: list[str], first: dict) -> dict:
    """Fitted on every labelled and ordinary mail; each kind's threshold from the leave-one-set-out scores of all
    blind sets and all ordinary mail (`choose_threshold`: the lowest at which none of the ordinary mail and at most one
    look-alike without a request would be suggested by the reading as wired, `reachable_rows`). The look-alikes left
    above it are stored beside the threshold ("look_alikes_above"), so that what the allowance let through is read
    with the weights."""
    matrix = Matrix(examples)
    folds = blind_folds(examples, blind)
    reachable = reachable_rows(examples, first)
    model = fitted_model(examples, matrix)
    for kind in KINDS:
        scores = out_of_fold(examples, matrix, folds, kind, set(), range(len(blind)))
        threshold = choose_threshold(examples, scores, reachable)
        model["kinds"][kind]["threshold"] = threshold
        model["kinds"][kind]["look_alikes_above"] = {identifier: round(score, 3) for identifier, score in sorted(
            (examples[row]["id"], scores[row]) for row in _counted(examples, scores, reachable)
            if scores[row] >= threshold)}
    return model


def pruning_change(examples: list[dict], model: dict) -> float:
    """The largest change in any mail's probability, either kind, that dropping the weights below MIN_WEIGHT made to
    the fit on everything (the stored model against the same fit with every weight kept)."""
    matrix = Matrix(examples)
    everything = list(range(len(examples)))
    change = 0.0
    for index, kind in enumerate(KINDS):
        bias, full = fit(examples, matrix, everything, kind, min_weight=0.0)
        kept = {feature: pair[index] for feature, pair in model["weights"].items() if pair[index]}
        for example in examples:
            change = max(change, abs(probability(bias, full, example["features"]) -
                                     probability(model["kinds"][kind]["bias"], kept, example["features"])))
    return change


def fitted_model(examples: list[dict], matrix: Matrix | None = None, min_weight: float = MIN_WEIGHT) -> dict:
    """The stored form of a model fitted on `examples` (thresholds left at 0.5): every feature once, one weight per
    kind, and the ids of the mail it was fitted on and the smallest weight kept, so that tests can fit it again on the
    same mail."""
    matrix = matrix or Matrix(examples)
    kinds, weights = {}, {}
    for kind in KINDS:
        bias, weights[kind] = fit(examples, matrix, list(range(len(examples))), kind, min_weight)
        kinds[kind] = {"bias": bias, "threshold": 0.5}
    shared = {feature: [weights[kind].get(feature, 0) for kind in KINDS]
              for feature in sorted(set().union(*weights.values()))}
    return {"about": "Logistic regression per kind over rules.request_model.features; written by "
                     "scripts/train_request_model.py --write. Do not edit by hand.",
            "trained_on": {"corpus_splits": sorted({e["group"] for e in examples if e["group"] != "ordinary"}),
                           "C": C, "min_mails": MIN_MAILS, "decimals": DECIMALS, "min_weight": min_weight,
                           "mail": [e["id"] for e in examples]},
            "kinds": kinds, "weights": shared}


def examples_of(model: dict) -> list[dict]:
    """The mail a stored model was fitted on, in the order it was fitted (mail added since is left out)."""
    by_id = {e["id"]: e for e in load_examples(model["trained_on"]["corpus_splits"])}
    return [by_id[identifier] for identifier in model["trained_on"]["mail"]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--first-sight", action="store_true",
                        help=f"read the blind sets again with the rules of their first-sight commits, write {FIRST_SIGHT.name}")
    parser.add_argument("--evaluate", action="store_true", help="the leave-one-set-out table")
    parser.add_argument("--score", nargs="+", metavar="SPLIT",
                        help="score the committed weights, untouched, on blind sets written after they were trained")
    parser.add_argument("--write", action="store_true", help=f"fit on everything and write {WEIGHTS.relative_to(ROOT)}")
    args = parser.parse_args()
    if args.first_sight:
        found = first_sight()
        FIRST_SIGHT.write_text("{\n" + ",\n".join(f" {json.dumps(split)}: " + json.dumps(
            {**entry, "found": {i: kinds for i, kinds in entry["found"].items() if kinds}})
            for split, entry in found.items()) + "\n}\n", encoding="utf-8")
    first = json.loads(FIRST_SIGHT.read_text(encoding="utf-8"))
    blind = [split for split in corpus_splits() if split in first]
    examples = load_examples(args.score or ())
    if args.evaluate:
        matrix = Matrix(examples)
        folds = blind_folds(examples, blind)
        fits = [fold_fits(examples, matrix, folds, blind, index) for index in range(len(blind))]
        rows = leave_one_set_out(examples, first, blind, fits)
        print_table(summarise(examples, first, rows, wired=False), "Leave one blind set out, the bare model above its "
                    "threshold: rules at first sight OR model (false in set: rules -> combined / distractors)")
        print()
        print_table(summarise(examples, first, rows), "The same as wired into find_requests: only when the rules found "
                    "neither access nor erasure, beside an anchor word, with the rules' vetoes")
        print()
        compare_allowances(examples, first, blind, fits)
    if args.score:
        print_table(score_committed(examples, first, args.score), f"The committed model ({WEIGHTS.relative_to(ROOT)}) as "
                    "wired, on sets it was not trained on: rules at first sight OR learned reading")
    if args.write:
        model = train_final(examples, blind, first)
        WEIGHTS.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)} ({WEIGHTS.stat().st_size // 1024} KB); thresholds "
              + ", ".join(f"{kind} {entry['threshold']:.2f}" for kind, entry in model["kinds"].items())
              + "; look-alikes left above them out of fold: "
              + ", ".join(f"{kind} {identifier} {score:.3f}" for kind, entry in model["kinds"].items()
                          for identifier, score in entry["look_alikes_above"].items())
              + f"; weights below {MIN_WEIGHT} dropped, {len(model['weights'])} features kept, no mail's probability "
                f"moved by more than {pruning_change(examples, model):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
