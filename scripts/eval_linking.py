"""Measure the customer/property linker on the labelled development set.

    .venv/bin/python scripts/eval_linking.py [--errors dev|heldout|all] [--devset DIR]

Prints, for the tuning split, the held-out split and both together: link
accuracy (the linked customers are exactly the expected ones), wrong-link rate
(some linked customer is not an expected one) and property-ID precision, recall
and F1 over (message, normalized key) pairs.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rules.linking.linker import (  # noqa: E402
    CustomerDirectory,
    KnownCustomer,
    KnownProject,
    KnownProperty,
    LinkDecision,
    MessageFacts,
    link_message,
)
from rules.records_csv import read_records  # noqa: E402

DEFAULT_DEVSET = Path(__file__).resolve().parents[1] / "tests" / "linking" / "devset"
SPLITS = {
    "dev": ("messages_dev.txt", "messages_fresh.txt", "messages_fresh2.txt", "messages_fresh3.txt"),
    "heldout": ("messages_heldout.txt",),
}


@dataclass(frozen=True)
class LabelledMessage:
    message_id: str
    facts: MessageFacts
    expected_customers: frozenset[str]
    expected_properties: frozenset[str]


def load_directory(devset: Path) -> CustomerDirectory:
    """The customers as `intake records import` reads them (a property's address is the row's address)."""
    records = read_records((devset / "records.csv").read_bytes())
    if records.bad_rows:
        raise SystemExit(f"{devset / 'records.csv'}: {records.bad_rows}")
    confirmed: dict[str, list[str]] = defaultdict(list)
    with (devset / "confirmed.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            confirmed[row["customer_id"]].append(row["address"])
    properties: dict[str, list[KnownProperty]] = defaultdict(list)
    for customer_id, key in sorted(records.customer_properties):
        p = records.properties[key]
        properties[customer_id].append(KnownProperty(key, p.kommunenr, p.gnr, p.bnr, p.fnr, p.snr, p.street_address,
                                                     p.postcode, p.city))
    projects: dict[str, list[KnownProject]] = defaultdict(list)
    for project in records.projects.values():
        projects[project.customer_id].append(
            KnownProject(project.project_id, project.property_key, project.status, project.closed_on))
    customers = []
    for customer in records.customers.values():
        own = properties[customer.customer_id]
        customers.append(KnownCustomer(
            customer_id=customer.customer_id,
            name=customer.name,
            emails=(customer.email,) if customer.email else (),
            phones=(customer.phone,) if customer.phone else (),
            properties=tuple(own),
            project_ids=tuple(sorted(p.project_id for p in projects[customer.customer_id])),
            confirmed_addresses=tuple(confirmed[customer.customer_id]),
            street_addresses=tuple(sorted({customer.street_address} - {None} | {p.street_address for p in own if p.street_address})),
            projects=tuple(projects[customer.customer_id]),
        ))
    return CustomerDirectory(customers)


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.replace(",", " ").split() if part and part != "-")


def _parse_block(block: str) -> LabelledMessage:
    header_text, _, rest = block.partition("\n---\n")
    message_id, *header_lines = header_text.strip().splitlines()
    headers = dict(line.split(":", 1) for line in header_lines)
    headers = {key.strip(): value.strip() for key, value in headers.items()}
    body, *attachments = rest.split("\n--- attachment\n")
    facts = MessageFacts(
        subject=headers.get("subject", ""),
        body=body.strip("\n"),
        attachment_texts=tuple(text.strip("\n") for text in attachments),
        from_address=headers.get("from") or None,
        to_addresses=tuple(a.strip() for a in headers.get("to", "").split(",") if a.strip()),
        cc_addresses=tuple(a.strip() for a in headers.get("cc", "").split(",") if a.strip()),
        thread_customer_ids=_split_list(headers.get("thread", "")),
    )
    return LabelledMessage(message_id.strip(), facts, frozenset(_split_list(headers["expect"])),
                           frozenset(_split_list(headers.get("properties", ""))))


def load_messages(path: Path) -> list[LabelledMessage]:
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("# "))
    return [_parse_block(block) for block in text.split("\n=== ")[1:]]


@dataclass
class Scores:
    messages: int = 0
    correct: int = 0
    wrong_links: int = 0
    missed: int = 0
    true_properties: int = 0
    found_properties: int = 0
    expected_properties: int = 0

    def add(self, message: LabelledMessage, decision: LinkDecision) -> list[str]:
        linked = {link.customer_id for link in decision.customers}
        found = {link.key for link in decision.properties}
        self.messages += 1
        self.correct += linked == message.expected_customers
        self.wrong_links += bool(linked - message.expected_customers)
        self.missed += bool(message.expected_customers - linked)
        self.true_properties += len(found & message.expected_properties)
        self.found_properties += len(found)
        self.expected_properties += len(message.expected_properties)
        problems = []
        if linked != message.expected_customers:
            problems.append(f"customers {sorted(linked)} expected {sorted(message.expected_customers)}")
        if found != message.expected_properties:
            problems.append(f"properties {sorted(found)} expected {sorted(message.expected_properties)}")
        return problems

    def summary(self, name: str) -> str:
        precision = self.true_properties / self.found_properties if self.found_properties else 1.0
        recall = self.true_properties / self.expected_properties if self.expected_properties else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return (f"{name:8} messages={self.messages:4d}  link_accuracy={self.correct / self.messages:.3f}  "
                f"wrong_link_rate={self.wrong_links / self.messages:.3f}  "
                f"missed_rate={self.missed / self.messages:.3f}  "
                f"property_P={precision:.3f} R={recall:.3f} F1={f1:.3f}")


def evaluate(devset: Path, show_errors_in: str | None = None) -> dict[str, Scores]:
    directory = load_directory(devset)
    results: dict[str, Scores] = {}
    total = Scores()
    for split, filenames in SPLITS.items():
        scores = Scores()
        for message in (m for filename in filenames for m in load_messages(devset / filename)):
            decision = link_message(message.facts, directory)
            problems = scores.add(message, decision)
            total.add(message, decision)
            if show_errors_in in (split, "all") and problems:
                reasons = [(c.customer_id, c.confidence, [r.signal for r in c.reasons]) for c in decision.candidates]
                print(f"{message.message_id}: {'; '.join(problems)}  candidates={reasons}")
        results[split] = scores
    results["all"] = total
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--errors", choices=[*SPLITS, "all"], help="list the messages of a split the linker got wrong")
    args = parser.parse_args()
    for name, scores in evaluate(args.devset, args.errors).items():
        print(scores.summary(name))


if __name__ == "__main__":
    main()
