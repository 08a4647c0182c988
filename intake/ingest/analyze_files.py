"""`intake analyze`: message files in, one JSON object per message out, nothing stored.

Files are linked in the order they were sent, so a reply inherits the customers of
the earlier messages it refers to (In-Reply-To / References), as in the daemon;
the output keeps the order in which the files were given.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from intake.ingest.analysis import EarlierMail, MessageAnalysis, analyze_message, case_numbers
from intake.app import App
from intake.ingest.parsing import ParsedMessage, UnparseableMessage, parse_message
from intake.privacy.staff import require
from models.audit import append_audit
from models.queries import known_customers
from models.session import transaction
from rules.linking.linker import CONCERNS, CustomerDirectory, case_numbers_to_remember
from rules.vocabulary import StaffAction

EARLIEST = datetime.min.replace(tzinfo=timezone.utc)


def message_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders (a Maildir or any tree of .eml files) walked in name order."""
    for path in paths:
        if path.is_file():
            yield path
            continue
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            if not any(part.startswith(".") for part in file.relative_to(path).parts) and file.parent.name != "tmp":
                yield file


def analyze_files(app: App, paths: Iterable[Path], actor: str | None = None) -> Iterator[dict]:
    """Analyze the files against the customer register. Saying which customer a file belongs to
    reveals the register, so with customers registered it needs a staff identity and is audited."""
    paths = list(paths)
    with transaction(app.sessions) as session:
        customers = known_customers(session)
        if customers:
            member = require(session, actor, StaffAction.LOOKUP)
            append_audit(session, actor=member.username, action="analyze", target_type="files",
                         target_id=str(len(paths)), details={"paths": len(paths)})
    directory = CustomerDirectory(customers)
    analyzer = app.analyzer([customer.name for customer in customers])
    own_domains = app.config.mailbox.own_domains

    files = list(message_files(paths))
    parsed: dict[Path, ParsedMessage | UnparseableMessage] = {}
    for file in files:
        try:
            parsed[file] = parse_message(file.read_bytes(), app.config.extraction)
        except UnparseableMessage as problem:
            parsed[file] = problem

    analyses: dict[Path, MessageAnalysis] = {}
    # What each message linked to, by Message-ID, and the properties case numbers were tied to, as the daemon stores them.
    linked_by_message_id: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
    case_properties: dict[str, set[str]] = {}
    readable = [file for file in files if isinstance(parsed[file], ParsedMessage)]
    for file in sorted(readable, key=lambda f: parsed[f].sent_at or EARLIEST):
        message = parsed[file]
        parents = [linked_by_message_id[ref] for ref in (*message.references, message.in_reply_to) if ref in linked_by_message_id]
        earlier = EarlierMail(
            customer_ids=tuple(sorted({c for links in parents for c in links[0]})),
            property_keys=tuple(sorted({k for links in parents for k in links[1]})),
            project_ids=tuple(sorted({p for links in parents for p in links[2]})),
            case_properties=tuple((n, key) for n in case_numbers(message) for key in sorted(case_properties.get(n, ()))),
        )
        analysis = analyze_message(message, directory, analyzer, own_domains, earlier)
        analyses[file] = analysis
        links = analysis.links
        if message.message_id:
            linked_by_message_id[message.message_id] = (
                tuple(link.customer_id for link in links.customers),
                tuple(p.key for p in links.properties if p.role == CONCERNS),
                tuple(p.project_id for p in links.projects),
            )
        for number, key in case_numbers_to_remember(analysis.facts, links):
            case_properties.setdefault(number, set()).add(key)

    for file in files:
        if file not in analyses:
            yield {"file": str(file), "message_id": None, "customer_id": None, "customer_ids": [], "properties": [],
                   "project_ids": [], "entities": [], "error": str(parsed[file])}
            continue
        analysis = analyses[file]
        yield {
            "file": str(file),
            "message_id": parsed[file].message_id,
            "customer_id": analysis.primary_customer_id,
            "customer_ids": [link.customer_id for link in analysis.links.customers],
            "properties": [prop.key for prop in analysis.links.properties],
            "project_ids": list(dict.fromkeys(project.project_id for project in analysis.links.projects)),
            "entities": [
                {"label": f.label, "text": f.text, "start": f.start, "end": f.end, "part": f.part, "score": round(f.score, 3)}
                for f in analysis.findings
            ],
        }
