"""`intake analyze`: message files in, one JSON object per message out, nothing stored."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from intake.analysis import analyze_message
from intake.app import App
from intake.parsing import UnparseableMessage, parse_message
from models.queries import known_customers
from rules.linking import CustomerDirectory


def message_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders (a Maildir or any tree of .eml files) walked in name order."""
    for path in paths:
        if path.is_file():
            yield path
            continue
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            if not any(part.startswith(".") for part in file.relative_to(path).parts) and file.parent.name != "tmp":
                yield file


def analyze_files(app: App, paths: Iterable[Path]) -> Iterator[dict]:
    with app.sessions() as session:
        customers = known_customers(session)
    directory = CustomerDirectory(customers)
    analyzer = app.analyzer([customer.name for customer in customers])
    own_domains = app.config.mailbox.own_domains
    for file in message_files(paths):
        try:
            parsed = parse_message(file.read_bytes())
        except UnparseableMessage as problem:
            yield {"file": str(file), "message_id": None, "customer_id": None, "customer_ids": [], "properties": [], "entities": [],
                   "error": str(problem)}
            continue
        analysis = analyze_message(parsed, directory, analyzer, own_domains)
        yield {
            "file": str(file),
            "message_id": parsed.message_id,
            "customer_id": analysis.primary_customer_id,
            "customer_ids": [link.customer_id for link in analysis.links.customers],
            "properties": [prop.key for prop in analysis.links.properties],
            "entities": [
                {"label": f.label, "text": f.text, "start": f.start, "end": f.end, "part": f.part, "score": round(f.score, 3)}
                for f in analysis.findings
            ],
        }
