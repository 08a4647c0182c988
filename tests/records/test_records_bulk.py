"""The bulk records import on a real database (issues 13 and 15): what changed, batches that let lookups
through, a records manager's identity, and stored mail brought up to date with the new records."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from intake.database import open_engine
from intake.errors import PermissionDenied
from intake.ingest.pipeline import Pipeline
from intake.ingest.sources import IncomingMessage, MailboxKey
from intake.records import Counts, import_records_in_batches
from models import (
    AuditEntry, Customer, CustomerProperty, MessageCustomerLink, MessageProjectLink, MessagePropertyLink, Project,
    Property, RetentionRecord, StaffUser,
)
from models.audit import append_audit
from models.session import session_factory, transaction
from rules.records_csv import HEADER
from rules.retention import DEFAULT_POLICIES

HEAD = ",".join(HEADER)
HOUSE = "K1,Kari Holm,kari@example.no,,Lyngveien 3,1357,Bekkestua,3201,Bærum,27,9,,,P1,Tilbygg,pågår,"
CABIN = "K1,Kari Holm,kari@example.no,,Fjellvegen 9B,3580,Geilo,3330,Hol,55,12,,,P2,Hytte,Completed,2025-05-31"
OLA = "K2,Ola Berg,ola@example.no,,Skogveien 14,1390,Vollen,3203,Asker,57,212,,,P3,Carport,open,"


@pytest.fixture
def staff(sessions):
    with transaction(sessions) as session:
        session.add(StaffUser(username="rita", full_name="Rita Arkiv", role="records_manager",
                              confidentiality_signed_on=date(2026, 1, 1)))
        session.add(StaffUser(username="kari", full_name="Kari Hansen", role="staff",
                              confidentiality_signed_on=date(2026, 1, 1)))
    return "rita"


def write(tmp_path, *rows, name="records.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEAD, *rows]) + "\n", encoding="utf-8")
    return path


def many_customers(count: int) -> list[str]:
    return [f"K{n},Kunde {n},kunde{n}@example.no,,Veien {n},1357,Bekkestua,3201,Bærum,{n},1,,,P{n},Tiltak,open,"
            for n in range(1, count + 1)]


def test_the_summary_tells_new_changed_and_unchanged_for_each_kind(sessions, staff, tmp_path):
    first = import_records_in_batches(sessions, write(tmp_path, HOUSE, CABIN, OLA), DEFAULT_POLICIES, staff)
    assert (first.customer_counts, first.property_counts, first.project_counts) == (Counts(2), Counts(3), Counts(3))
    assert (first.customers, first.properties, first.projects, first.changed_customers) == (2, 3, 3, 2)

    again = import_records_in_batches(sessions, write(tmp_path, HOUSE, CABIN, OLA), DEFAULT_POLICIES, staff)
    assert (again.customer_counts, again.property_counts, again.project_counts) == (
        Counts(unchanged=2), Counts(unchanged=3), Counts(unchanged=3))
    assert again.changed_customers == 0

    closed = HOUSE.replace(",pågår,", ",Avsluttet,2026-01-15")
    renamed = OLA.replace("Ola Berg", "Ola Berg-Olsen").replace("Skogveien 14", "Skogveien 16")
    third = import_records_in_batches(sessions, write(tmp_path, closed, CABIN, renamed), DEFAULT_POLICIES, staff)
    assert (third.customer_counts, third.property_counts, third.project_counts) == (
        Counts(0, 1, 1), Counts(0, 1, 2), Counts(0, 1, 2))
    with sessions() as session:
        assert session.get(Project, "P1").closed_on == date(2026, 1, 15)
        assert session.get(Customer, "K2").name == "Ola Berg-Olsen"
        assert session.scalar(select(Property.street_address).where(Property.key == "3203-57/212")) == "Skogveien 16"


def test_a_large_import_commits_in_batches_and_each_customer_once(sessions, staff, tmp_path):
    rows = many_customers(25)
    # Two customers share a property in different batches: it is written once, with the first.
    rows.append("K24,Kunde 24,kunde24@example.no,,Veien 1,1357,Bekkestua,3201,Bærum,1,1,,,,,,")
    summary = import_records_in_batches(sessions, write(tmp_path, *rows), DEFAULT_POLICIES, staff, batch_customers=10)
    assert summary.batches == 3 and summary.customer_counts == Counts(25)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 25
        assert session.scalar(select(func.count()).select_from(Property)) == 25
        assert session.scalar(select(func.count()).select_from(CustomerProperty)) == 26
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "records.import")).all()
        assert (entry.actor, entry.details["batches"], entry.details["counts"]["customers"]) == ("rita", 3, [25, 0, 0])
    again = import_records_in_batches(sessions, write(tmp_path, *rows), DEFAULT_POLICIES, staff, batch_customers=7)
    assert again.customer_counts == Counts(unchanged=25) and again.changed_customers == 0


def test_a_lookup_gets_the_database_between_batches(sessions, staff, tmp_path, database_url):
    """Issue 15: a lookup writes its audit entry; during a large import it must not wait for the whole import.
    Another connection that gives up after half a second writes between every two batches."""
    impatient_url = database_url + ("?timeout=0.5" if database_url.startswith("sqlite") else "")
    impatient = open_engine(impatient_url)
    other = session_factory(impatient, audit_seal=sessions.kw["info"]["audit_seal"])
    written = []

    def between_batches(stage, done, total):
        if stage == "write" and done < total:
            with transaction(other) as session:
                append_audit(session, actor="kari", action="lookup", target_type="customer", target_id="K1")
            written.append(done)

    try:
        import_records_in_batches(sessions, write(tmp_path, *many_customers(30)), DEFAULT_POLICIES, staff,
                                  batch_customers=10, progress=between_batches)
    finally:
        impatient.dispose()
    assert written == [10, 20]
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 30


def test_only_a_records_manager_or_administrator_imports(sessions, staff, tmp_path):
    path = write(tmp_path, HOUSE, OLA)
    for who in ("kari", None, "nobody"):
        with pytest.raises(PermissionDenied):
            import_records_in_batches(sessions, path, DEFAULT_POLICIES, who)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
        refusals = session.scalars(select(AuditEntry.actor).where(AuditEntry.action == "refused",
                                                                  AuditEntry.target_id == "import_records")).all()
        assert refusals == ["kari", "unknown", "nobody"]


def test_a_bad_row_imports_nothing_even_in_batches(sessions, staff, tmp_path):
    from intake.errors import RecordsImportError

    rows = many_customers(30)
    rows[25] = rows[25].replace("Kunde 26", "Kunde\x1b]0;x\x07")
    with pytest.raises(RecordsImportError) as error:
        import_records_in_batches(sessions, write(tmp_path, *rows), DEFAULT_POLICIES, staff, batch_customers=10)
    assert error.value.bad_rows == [(27, "name inneholder et kontrolltegn")]
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def ingest(pipeline, name: str, sender: str, subject: str, body: str, date: str = "Wed, 18 Mar 2026 08:05:00 +0100") -> int:
    raw = (f"From: {sender}\r\nTo: post@proess.no\r\nSubject: {subject}\r\nDate: {date}\r\n"
           f"Message-ID: <{name}@example.no>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    return pipeline.ingest(IncomingMessage(MailboxKey("test", "acct", "INBOX", "1", name), len(raw), lambda: raw)).message_pk


def links(sessions, pk):
    with sessions() as session:
        customers = set(session.scalars(select(MessageCustomerLink.customer_id).where(MessageCustomerLink.message_pk == pk)))
        properties = {(link.property_key, link.property_id is not None) for link in session.scalars(
            select(MessagePropertyLink).where(MessagePropertyLink.message_pk == pk))}
        projects = set(session.scalars(select(MessageProjectLink.project_id).where(MessageProjectLink.message_pk == pk)))
        record = session.get(RetentionRecord, pk)
        return customers, properties, projects, (record.category, record.retain_until)


@pytest.mark.parametrize("search, written", [("database narrows", "Lyngveien 3"), ("every stored text", "Lyngvn. 3")])
def test_stored_mail_is_linked_to_a_property_the_records_bring_later(sessions, staff, analyzer, tmp_path, search,
                                                                      written, monkeypatch):
    """Mail about Lyngveien 3 and about gnr 27 bnr 9 came before the records knew the property; the import
    links both, and their retention follows the (closed) project. The body is sealed: with a few new addresses
    the database picks the messages by the keyed hash of the addresses detection found in them; with many, every
    stored text is opened and searched, and then an abbreviated form the detector does not know counts too."""
    if search == "every stored text":
        monkeypatch.setattr("intake.relink.PREFILTER_MAX_ADDRESSES", 0)
    import_records_in_batches(sessions, write(tmp_path, OLA), DEFAULT_POLICIES, staff)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    by_address = ingest(pipeline, "attest", "post@bærum.kommune.no", "Ferdigattest",
                        f"Ferdigattesten for tilbygget i {written}, 1357 Bekkestua er sendt i dag.")
    by_id = ingest(pipeline, "gnr", "saksbehandler@asker.kommune.no", "Ferdigattest for gnr. 27 bnr. 9 i Bærum",
                   "Vedlagt følger ferdigattest for gnr. 27 bnr. 9 i Bærum kommune.")
    about_ola = ingest(pipeline, "ola", "ola@example.no", "Carport", "Når kommer tegningene?")
    unrelated = ingest(pipeline, "annet", "post@leverandor.no", "Nyhetsbrev", "Nye priser på takstein.")
    assert links(sessions, by_address)[:3] == (set(), set(), set())
    assert links(sessions, by_id)[1] == {("3201-27/9", False)}  # written, but not a known property yet
    before_ola, before_unrelated = links(sessions, about_ola), links(sessions, unrelated)

    closed = HOUSE.replace(",pågår,", ",ferdig,2026-02-27")
    summary = import_records_in_batches(sessions, write(tmp_path, closed, OLA), DEFAULT_POLICIES, staff)

    assert summary.links_recomputed == 2 and summary.retention_recomputed == 2
    customers, properties, projects, retention = links(sessions, by_address)
    assert (customers, properties, projects) == ({"K1"}, {("3201-27/9", True)}, {"P1"})
    assert retention == ("customer_correspondence", date(2039, 2, 27))  # the project's end + 13 years
    customers, properties, projects, retention = links(sessions, by_id)
    assert (customers, properties, projects) == ({"K1"}, {("3201-27/9", True)}, {"P1"})
    assert links(sessions, about_ola) == before_ola and links(sessions, unrelated) == before_unrelated


def test_a_project_closing_moves_only_its_customers_mail(sessions, staff, analyzer, tmp_path):
    import_records_in_batches(sessions, write(tmp_path, HOUSE, CABIN, OLA), DEFAULT_POLICIES, staff)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    kari = ingest(pipeline, "kari", "kari@example.no", "Tilbygget – P1", "Hvordan går det med tegningene?")
    ola = ingest(pipeline, "ola", "ola@example.no", "Carport – P3", "Når kommer tegningene?")
    assert links(sessions, kari)[3] == ("customer_correspondence", None)  # P1 is still open
    with sessions() as session:
        ola_computed = session.get(RetentionRecord, ola).computed_at

    summary = import_records_in_batches(sessions, write(tmp_path, HOUSE.replace(",pågår,", ",done,2026-06-30"), CABIN, OLA),
                                        DEFAULT_POLICIES, staff)
    assert (summary.retention_recomputed, summary.links_recomputed) == (1, 0)
    assert links(sessions, kari)[3] == ("customer_correspondence", date(2039, 6, 30))
    with sessions() as session:
        assert session.get(RetentionRecord, ola).computed_at == ola_computed  # not touched


def test_mail_from_an_address_a_customer_gets_in_the_import_is_linked_to_them(sessions, staff, analyzer, tmp_path):
    import_records_in_batches(sessions, write(tmp_path, OLA), DEFAULT_POLICIES, staff)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    from_new_address = ingest(pipeline, "ny", "ola.berg@jobb.no", "Carporten", "Hei, dette er min nye adresse.")
    assert links(sessions, from_new_address)[0] == set()

    summary = import_records_in_batches(sessions, write(tmp_path, OLA.replace("ola@example.no", "ola.berg@jobb.no")),
                                        DEFAULT_POLICIES, staff)
    assert summary.customer_counts == Counts(changed=1) and summary.links_recomputed == 1
    customers, _, projects, retention = links(sessions, from_new_address)
    assert customers == {"K2"} and projects == {"P3"} and retention == ("customer_correspondence", None)
    with sessions() as session:
        [reasons] = session.scalars(select(MessageCustomerLink.reasons).where(
            MessageCustomerLink.message_pk == from_new_address)).all()
        assert "sender_address" in {reason["signal"] for reason in reasons}


def test_mail_naming_a_new_project_number_in_its_subject_is_linked_to_it(sessions, staff, analyzer, tmp_path):
    import_records_in_batches(sessions, write(tmp_path, OLA), DEFAULT_POLICIES, staff)
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    about_new = ingest(pipeline, "p77", "byggmester@firma.no", "Tegninger til P2026-077", "Se vedlagt skisse.")
    about_other = ingest(pipeline, "p78", "byggmester@firma.no", "Tegninger til P2026-078", "Se vedlagt skisse.")
    assert links(sessions, about_new)[0] == set()

    garage = OLA.replace(",P3,Carport,open,", ",P2026-077,Garasje,open,")
    summary = import_records_in_batches(sessions, write(tmp_path, OLA, garage), DEFAULT_POLICIES, staff)
    assert summary.project_counts == Counts(new=1, unchanged=1) and summary.links_recomputed == 1
    customers, _, projects, _ = links(sessions, about_new)
    assert customers == {"K2"} and projects == {"P2026-077"}
    assert links(sessions, about_other)[:3] == (set(), set(), set())
