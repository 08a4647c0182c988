"""Benchmark `intake lookup` over a large store: seed N messages with bulk inserts, then time lookups.

    .venv/bin/python scripts/bench_lookup.py                      # SQLite in a temporary folder
    .venv/bin/python scripts/bench_lookup.py --postgres           # a fresh schema on the test PostgreSQL server
    .venv/bin/python scripts/bench_lookup.py --messages 20000 --queries 100

Each timed lookup is the whole service call the CLI makes: authorise the staff member,
normalize the query, find the subject, gather every item with its retention and
findings, and append the audit entry, then commit. The goal is p95 < 200 ms at 100,000
messages on both databases.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text  # noqa: E402

from bench_database import POSTGRES_ADMIN_URL, scratch_database  # noqa: E402

from intake.identity import os_user  # noqa: E402
from intake.privacy.lookup import lookup  # noqa: E402
from models import (  # noqa: E402
    Attachment, Blob, Customer, CustomerAddress, CustomerProperty, StoredFinding, Message, MessageCustomerLink,
    MessagePropertyLink, Participant, Project, Property, RetentionRecord, StaffUser,
)
from models.audit import AuditSeal  # noqa: E402
from models.session import make_engine, migrate, session_factory, transaction  # noqa: E402
from rules.detection.identifiers import value_hash  # noqa: E402
from rules.processing import DEFAULT_ACTIVITIES  # noqa: E402
from rules.retention import DEFAULT_POLICIES  # noqa: E402

HASH_KEY = b"bench-key"
FIRST = ["Ingrid", "Magnus", "Eirik", "Nora", "Lars", "Hanne", "Anders", "Marte", "Jonas", "Kristin", "Per", "Silje",
         "Bjørn", "Thea", "Ola", "Kari", "Åse", "Øystein", "Sigrid", "Håkon", "Liv", "Tor", "Eli", "Knut"]
LAST = ["Solberg", "Haugen", "Bakke", "Kristiansen", "Johansen", "Berntsen", "Nilsen", "Olsen", "Pedersen", "Dahl",
        "Strand", "Moen", "Aasen", "Andersen", "Hansen", "Larsen", "Berg", "Lie", "Vik", "Ødegård", "Sæther", "Lund"]
BATCH = 10_000
LEGAL_BASIS = {policy.category: policy.legal_basis for policy in DEFAULT_POLICIES}  # as the pipeline writes it


def fnr_for(index: int) -> str:
    """A checksum-valid fødselsnummer, deterministic per index (born 1950-1999)."""
    birth = date(1950, 1, 1) + timedelta(days=index % 18000)
    serial = index % 500
    while True:
        digits = [int(c) for c in f"{birth:%d%m%y}{serial:03d}"]
        k1 = 11 - sum(w * d for w, d in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], digits)) % 11
        k1 = 0 if k1 == 11 else k1
        k2 = 11 - sum(w * d for w, d in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], digits + [k1])) % 11
        k2 = 0 if k2 == 11 else k2
        if k1 < 10 and k2 < 10:
            return "".join(map(str, digits)) + f"{k1}{k2}"
        serial = (serial + 1) % 500


def seed(engine, messages: int, customers: int, rng: random.Random) -> dict:
    today = date.today()
    people = []
    for i in range(customers):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        people.append({"customer_id": f"K{100000 + i}", "name": name, "email": f"kunde{i}@example.no",
                       "phone": f"+47 9{i // 10000 % 10}{i // 1000 % 10} {i // 100 % 10}{i // 10 % 10} {i % 10}{(i * 7) % 10}{(i * 3) % 10}",
                       "fnr": fnr_for(i), "property": f"3201-{i // 100 + 1}/{i % 100 + 1}"})
    now = datetime.now(timezone.utc)
    rows = {model: [] for model in (Customer, CustomerAddress, Property, CustomerProperty, Project, Blob, Message, Participant,
                                     StoredFinding, MessageCustomerLink, MessagePropertyLink, RetentionRecord, Attachment)}
    for i, person in enumerate(people):
        rows[Customer].append({"customer_id": person["customer_id"], "name": person["name"], "email": person["email"],
                               "phone": person["phone"], "street_address": f"Veien {i}", "postcode": "1338", "city": "Sandvika",
                               "updated_at": now})
        rows[CustomerAddress].append({"id": i + 1, "customer_id": person["customer_id"], "address": person["email"], "source": "records"})
        gnr, bnr = person["property"].split("-")[1].split("/")
        rows[Property].append({"id": i + 1, "key": person["property"], "kommunenr": "3201", "kommune": "Bærum", "gnr": int(gnr), "bnr": int(bnr)})
        rows[CustomerProperty].append({"id": i + 1, "customer_id": person["customer_id"], "property_id": i + 1})
        closed = i % 2 == 0
        rows[Project].append({"project_id": f"P{i}", "customer_id": person["customer_id"], "property_id": i + 1, "title": "Tilbygg",
                              "status": "closed" if closed else "open", "closed_on": today - timedelta(days=400) if closed else None})
    finding_id = participant_id = 0
    for pk in range(1, messages + 1):
        person_index = rng.randrange(customers)
        person = people[person_index]
        linked = rng.random() < 0.7
        sender = person["email"] if linked and rng.random() < 0.5 else f"avsender{rng.randrange(messages // 5)}@firma{pk % 300}.no"
        raw = f"Message-ID: <{pk}@bench>\n\nmelding {pk}".encode()
        sha = hashlib.sha256(raw).hexdigest()
        rows[Blob].append({"sha256": sha, "size": len(raw), "content": raw})
        rows[Message].append({"id": pk, "raw_sha256": sha, "message_id_header": f"<{pk}@bench>", "state": "stored",
                              "subject": f"Sak {pk}", "sent_at": now - timedelta(minutes=pk), "stored_at": now,
                              "from_address": sender, "body_text": f"Hei, dette gjelder {person['name']}.", "size": len(raw)})
        for role, address in (("from", sender), ("to", "post@proess.no" if sender != "post@proess.no" else person["email"])):
            participant_id += 1
            rows[Participant].append({"id": participant_id, "message_pk": pk, "role": role, "address": address,
                                      "display_name": person["name"] if address == person["email"] else None})
        mentions = [("PERSON", person["name"], None), ("PHONE", person["phone"], "+47" + person["phone"].replace(" ", "")[3:])]
        if rng.random() < 0.1:
            mentions.append(("NATIONAL_ID", person["fnr"], person["fnr"]))
        if rng.random() < 0.5:
            mentions.append(("EMAIL", person["email"], person["email"]))
        for label, mention, normalized in mentions:
            finding_id += 1
            rows[StoredFinding].append({"id": finding_id, "message_pk": pk, "part": "body", "label": label, "text": mention, "start": 0,
                                  "end": len(mention), "score": 0.9, "recognizer": "bench",
                                  "value_hash": value_hash(label, normalized, HASH_KEY) if normalized else None})
        if linked:
            rows[MessageCustomerLink].append({"id": pk, "message_pk": pk, "customer_id": person["customer_id"], "method": "sender_address",
                                              "confidence": 1.0, "reasons": [], "linked_at": now})
        if rng.random() < 0.2:
            rows[MessagePropertyLink].append({"id": pk, "message_pk": pk, "property_key": person["property"], "property_id": person_index + 1,
                                              "customer_id": person["customer_id"], "mention_text": person["property"]})
        if rng.random() < 0.1:
            rows[Attachment].append({"id": pk, "message_pk": pk, "filename": f"tegning-{pk}.pdf", "content_type": "application/pdf",
                                     "size": 10, "blob_sha256": sha, "text": None})
        category = "customer_correspondence" if linked else "unlinked_mail"
        rows[RetentionRecord].append({"message_pk": pk, "category": category, "legal_basis": LEGAL_BASIS[category], "data_categories": [],
                                      "anchor_event": "received", "anchor_date": today, "retain_until": today + timedelta(days=365),
                                      "pending_reason": None, "legal_hold": False, "computed_at": now})
    with engine.begin() as connection:
        for model, model_rows in rows.items():
            for start in range(0, len(model_rows), BATCH):
                connection.execute(insert(model.__table__), model_rows[start:start + BATCH])
        connection.execute(insert(StaffUser.__table__), [{"username": "bench", "full_name": "Bench", "role": "staff",
                                                          "confidentiality_signed_on": date(2025, 1, 1), "active": True,
                                                          "os_user": os_user(), "created_at": now}])
        connection.execute(text("ANALYZE"))
    return {"people": people, "rows": {model.__tablename__: len(r) for model, r in rows.items()}}


def queries(people: list[dict], count: int, rng: random.Random) -> list[tuple[str, str]]:
    kinds = [
        ("customer_id", lambda p: p["customer_id"]),
        ("email", lambda p: p["email"].upper()),
        ("phone", lambda p: p["phone"].replace(" ", "")),
        ("name", lambda p: p["name"]),
        ("fnr", lambda p: p["fnr"][:6] + " " + p["fnr"][6:]),
        ("property", lambda p: p["property"]),
    ]
    return [(kind, make(rng.choice(people))) for kind, make in (kinds[i % len(kinds)] for i in range(count))]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=2_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--postgres", action="store_true", help=f"use a fresh schema on {POSTGRES_ADMIN_URL}")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as folder, ExitStack() as scratch:
        url = scratch.enter_context(scratch_database(Path(folder), args.postgres))
        engine = make_engine(url)
        try:
            migrate(engine)
            started = time.perf_counter()
            seeded = seed(engine, args.messages, args.customers, rng)
            print(f"{engine.dialect.name}: seeded {seeded['rows']['messages']:,} messages, {seeded['rows']['findings']:,} findings, "
                  f"{seeded['rows']['participants']:,} participants, {args.customers:,} customers in {time.perf_counter() - started:.1f}s")
            sessions = session_factory(engine, audit_seal=AuditSeal(b"bench-audit-key"))  # lookups write audit entries
            timings: dict[str, list[float]] = {}
            found = 0
            for kind, query in queries(seeded["people"], args.queries, rng):
                started = time.perf_counter()
                with transaction(sessions) as session:
                    result = lookup(session, query, "bench", HASH_KEY, DEFAULT_ACTIVITIES, ("proess.no",))
                timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                found += result.report is not None and bool(result.report.messages)
            every = [t for values in timings.values() for t in values]
            print(f"{len(every)} lookups ({found} found a subject with mail): p50 {percentile(every, 0.5):.1f} ms, "
                  f"p95 {percentile(every, 0.95):.1f} ms, max {max(every):.1f} ms")
            for kind, values in timings.items():
                print(f"  {kind:<12} p50 {statistics.median(values):6.1f} ms   p95 {percentile(values, 0.95):6.1f} ms")
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
