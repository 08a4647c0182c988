"""Messages linked to the project they concern, and retention per project, on a real database."""

from __future__ import annotations

from sqlalchemy import select

from intake.ingest.pipeline import Pipeline
from intake.records import import_records_file
from intake.ingest.sources import IncomingMessage, MailboxKey
from models import MessageProjectLink, MessagePropertyLink, RetentionRecord
from models.session import transaction
from rules.records_csv import HEADER
from rules.retention import DEFAULT_POLICIES

ROWS = [
    # Two projects on one property: the bathroom closed, the garage still open.
    "K1,Geir Nygaard,geir@example.no,,Bjerkeveien 22,1410,Kolbotn,3207,Nordre Follo,120,301,,,P2025-304,Bad,Completed,2025-10-31",
    "K1,Geir Nygaard,geir@example.no,,Bjerkeveien 22,1410,Kolbotn,3207,Nordre Follo,120,301,,,P2026-305,Garasje,ongoing,",
    # Two closed projects on two properties.
    "K2,Berit Sand,berit@example.no,,Sandviksveien 40,1337,Sandvika,3201,Bærum,41,210,,,P2024-311,Kjeller,ferdig,2025-01-31",
    "K2,Berit Sand,berit@example.no,,Strandveien 50,1366,Lysaker,3201,Bærum,44,12,,,P2025-312,Enebolig,ferdig,2025-05-31",
    # A customer who has asked for an offer but has no project.
    "K3,Roar Fossum,roar@example.no,,,,,0301,Oslo,209,44,,,,,,",
]


def import_rows(sessions, tmp_path, rows):
    path = tmp_path / "records.csv"
    path.write_text("\n".join([",".join(HEADER), *rows]) + "\n", encoding="utf-8")
    with transaction(sessions) as session:
        import_records_file(session, path, DEFAULT_POLICIES, actor="test")


def ingest(pipeline, name: str, sender: str, subject: str, body: str, date: str) -> int:
    raw = (f"From: {sender}\r\nTo: post@proess.no\r\nSubject: {subject}\r\nDate: {date}\r\n"
           f"Message-ID: <{name}@example.no>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    return pipeline.ingest(IncomingMessage(MailboxKey("test", "acct", "INBOX", "1", name), len(raw), lambda: raw)).message_pk


def retention(sessions, pk):
    with sessions() as session:
        record = session.get(RetentionRecord, pk)
        return record.category, record.retain_until and record.retain_until.isoformat(), record.pending_reason


def projects_of(sessions, pk):
    with sessions() as session:
        return {(link.project_id, link.method) for link in
                session.scalars(select(MessageProjectLink).where(MessageProjectLink.message_pk == pk))}


def test_mail_about_a_closed_project_gets_its_date_while_another_project_is_open(sessions, analyzer, tmp_path):
    import_rows(sessions, tmp_path, ROWS)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    bathroom = ingest(pipeline, "bad", "geir@example.no", "Fukt på badet – P2025-304", "Det er fukt i hjørnet.",
                      "Wed, 18 Mar 2026 08:05:00 +0100")
    garage = ingest(pipeline, "garasje", "geir@example.no", "Garasjen", "Når kommer tegningene?",
                    "Wed, 18 Mar 2026 09:05:00 +0100")
    assert projects_of(sessions, bathroom) == {("P2025-304", "project_number")}
    assert retention(sessions, bathroom) == ("customer_correspondence", "2038-10-31", None)
    assert projects_of(sessions, garage) == {("P2026-305", "only_open_project")}
    category, until, pending = retention(sessions, garage)
    assert (category, until) == ("customer_correspondence", None) and "P2026-305" in pending
    with sessions() as session:  # the project number also reaches the property
        reasons = session.scalar(select(MessagePropertyLink.reasons).where(MessagePropertyLink.message_pk == bathroom))
        assert [r["signal"] for r in reasons] == ["project_number"]


def test_mail_linked_to_the_customer_but_no_project_follows_the_latest_project(sessions, analyzer, tmp_path):
    import_rows(sessions, tmp_path, ROWS)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    general = ingest(pipeline, "faktura", "berit@example.no", "Spørsmål", "Har dere sendt sluttfakturaen?",
                     "Wed, 20 May 2026 09:30:00 +0100")
    cellar = ingest(pipeline, "kjeller", "berit@example.no", "Takk", "Kjelleren i Sandviksveien 40 er fin.",
                    "Thu, 21 May 2026 09:30:00 +0100")
    assert projects_of(sessions, general) == set()  # two projects, neither named nor open: none chosen
    assert retention(sessions, general)[:2] == ("customer_correspondence", "2038-05-31")
    assert projects_of(sessions, cellar) == {("P2024-311", "property")}
    assert retention(sessions, cellar)[:2] == ("customer_correspondence", "2038-01-31")


def test_customer_without_project_is_kept_twelve_months_after_the_last_contact(sessions, analyzer, tmp_path):
    import_rows(sessions, tmp_path, ROWS)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    first = ingest(pipeline, "tilbud", "roar@example.no", "Tilbud?", "Kan dere gi et tilbud?",
                   "Wed, 1 Apr 2026 10:00:00 +0100")
    assert retention(sessions, first) == ("customer_without_project", "2027-04-01", None)
    ingest(pipeline, "purring", "roar@example.no", "Oppfølging", "Har dere sett på forespørselen?",
           "Fri, 4 Sep 2026 10:00:00 +0100")
    assert retention(sessions, first) == ("customer_without_project", "2027-09-04", None)  # the last contact moved

    # The customer gets a project: the next import moves the mail to customer correspondence.
    import_rows(sessions, tmp_path, [*ROWS[:4], "K3,Roar Fossum,roar@example.no,,,,,0301,Oslo,209,44,,,P2026-400,Ombygging,open,"])
    category, until, pending = retention(sessions, first)
    assert (category, until) == ("customer_correspondence", None) and "P2026-400" in pending
