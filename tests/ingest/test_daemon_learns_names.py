"""The running daemon learns the names of customers imported after it started."""

from __future__ import annotations

from sqlalchemy import select

from intake.ingest.daemon import Daemon
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources.maildir import MaildirSource
from intake.crypto import open_text
from models import Message, StoredFinding
from models.session import transaction
from intake.records import import_records_file
from rules.records_csv import HEADER
from rules.retention import DEFAULT_POLICIES
from tests.ingest.helpers import write_maildir_message


def mail(name: str) -> bytes:
    return (f"From: naboen@example.org\r\nTo: post@proess.no\r\nSubject: Hei\r\nMessage-ID: <{name}@x>\r\n"
            f"Date: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\nJeg snakket med Sigvald Tverrlie i dag om gjerdet.\r\n").encode()


def known_person_findings(sessions) -> set[str]:
    with sessions() as session:
        return {open_text(session, key_id, value) for value, key_id in session.execute(
            select(StoredFinding.text, Message.key_id).join(Message, Message.id == StoredFinding.message_pk)
            .where(StoredFinding.recognizer == "person_known"))}


def test_names_of_customers_imported_after_start_are_recognized(sessions, analyzer, tmp_path):
    maildir = tmp_path / "maildir"
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    daemon = Daemon(lambda: MaildirSource(maildir), pipeline, sessions, poll_interval=1)
    try:
        write_maildir_message(maildir, "before", mail("before"))
        daemon.poll(MaildirSource(maildir))
        assert known_person_findings(sessions) == set()

        records = tmp_path / "records.csv"
        records.write_text(",".join(HEADER) + "\nK9,Sigvald Tverrlie,sigvald@example.no,,,,,,,,,,,,,,\n", encoding="utf-8")
        with transaction(sessions) as session:
            import_records_file(session, records, DEFAULT_POLICIES, actor="test")
        write_maildir_message(maildir, "after", mail("after"))
        daemon.poll(MaildirSource(maildir))
        assert known_person_findings(sessions) == {"Sigvald Tverrlie"}
    finally:
        analyzer.set_known_names(())  # the analyzer is shared by the whole test session
