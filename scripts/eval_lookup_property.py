"""Finding mail by property: store the property batch through the daemon's pipeline, then look up each property.

    .venv/bin/python scripts/eval_lookup_property.py [--errors]

Imports `tests/linking/devset/property_batch/records.csv`, stores every message of the batch
(`mail/`) through the same pipeline the daemon runs (SQLite in a temporary folder), and runs
`intake lookup` for each property in the records three ways: by its street address as the
records write it, by "gnr G bnr B", and by "kommunenr-gnr/bnr". A message is about a property
when the batch's gold (held out and tuning part) lists the property. Reports, per way of asking,
recall (share of the mail about the property that the lookup lists) and precision (share of
what it lists that is about the property). Goal: recall at least 0.95 and nothing about others.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from intake.ingest.pipeline import Pipeline  # noqa: E402
from intake.ingest.sources import IncomingMessage, MailboxKey  # noqa: E402
from intake.privacy.lookup import lookup  # noqa: E402
from intake.records import import_records_file  # noqa: E402
from models import Message, Property, StaffUser  # noqa: E402
from models.audit import AuditSeal  # noqa: E402
from models.session import make_engine, migrate, session_factory, transaction  # noqa: E402
from rules.detection import Analyzer  # noqa: E402
from rules.processing import DEFAULT_ACTIVITIES  # noqa: E402
from rules.retention import DEFAULT_POLICIES  # noqa: E402

BATCH = Path(__file__).resolve().parents[1] / "tests" / "linking" / "devset" / "property_batch"
HASH_KEY = b"eval-key"


def store_batch(sessions, mail: Path) -> dict[int, str]:
    pipeline = Pipeline(sessions, Analyzer(hash_key=HASH_KEY, known_names=()), DEFAULT_POLICIES, ("proess.no",))
    for file in sorted(mail.glob("*.eml")):  # stored in the order sent, as the daemon meets them
        raw = file.read_bytes()
        pipeline.ingest(IncomingMessage(MailboxKey("eval", "acct", "INBOX", "1", file.stem), len(raw), lambda raw=raw: raw))
    with sessions() as session:
        return {pk: header.strip("<>").split("@")[0] for pk, header in session.execute(select(Message.id, Message.message_id_header))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list each miss and each wrong hit")
    args = parser.parse_args()
    gold = {**json.loads((BATCH / "gold_heldout.json").read_text(encoding="utf-8")),
            **json.loads((BATCH / "gold_dev.json").read_text(encoding="utf-8"))}
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/eval.sqlite3")
        migrate(engine)
        sessions = session_factory(engine, audit_seal=AuditSeal(b"eval-audit-key"))  # imports and lookups write audit entries
        with transaction(sessions) as session:
            import_records_file(session, BATCH / "records.csv", DEFAULT_POLICIES, actor="eval")
            session.add(StaffUser(username="eval", full_name="Eval", role="staff", confidentiality_signed_on=date(2026, 1, 1)))
        stems = _ordered_store(sessions)
        with sessions() as session:
            properties = session.execute(select(Property.key, Property.street_address, Property.gnr, Property.bnr)).all()
        totals = {}
        for key, street, gnr, bnr in properties:
            about = {stem for stem, expected in gold.items() if key in expected["properties"]}
            for way, query in (("street address", street), ("gnr/bnr", f"gnr {gnr} bnr {bnr}"), ("key", key)):
                with transaction(sessions) as session:
                    result = lookup(session, query, "eval", HASH_KEY, DEFAULT_ACTIVITIES, ("proess.no",))
                listed = {stems[item.message_pk] for item in result.property.messages} if result.property else set()
                found, missed, wrong = len(listed & about), about - listed, listed - about
                t = totals.setdefault(way, [0, 0, 0])
                t[0] += found
                t[1] += len(wrong)
                t[2] += len(missed)
                if args.errors and (missed or wrong):
                    print(f"  {way} {query!r} ({key}): missed {sorted(missed)} wrong {sorted(wrong)}")
        engine.dispose()
    for way, (found, wrong, missed) in totals.items():
        recall = found / (found + missed) if found + missed else 1.0
        precision = found / (found + wrong) if found + wrong else 1.0
        print(f"lookup by {way:<15} recall={recall:.3f}  precision={precision:.3f}  (found {found}, missed {missed}, "
              f"about other properties {wrong})")
    return 0


def _ordered_store(sessions) -> dict[int, str]:
    """Store the batch in the order it was sent (replies after parents), as a mailbox would deliver it."""
    from email import message_from_bytes
    from email.utils import parsedate_to_datetime

    files = sorted(BATCH.glob("mail/*.eml"), key=lambda f: parsedate_to_datetime(message_from_bytes(f.read_bytes())["Date"]))
    with tempfile.TemporaryDirectory() as folder:
        for index, file in enumerate(files):
            shutil.copy(file, Path(folder) / f"{index:03d}-{file.name}")
        return store_batch(sessions, Path(folder))


if __name__ == "__main__":
    sys.exit(main())
