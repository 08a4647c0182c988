"""`intake lookup` by property: any written form of its ID or its street address, on both databases."""

from __future__ import annotations

import json
from datetime import date

import pytest

from intake.ingest.pipeline import Pipeline
from intake.ingest.sources import IncomingMessage, MailboxKey
from intake.privacy.lookup import lookup
from intake.privacy.lookup_view import render_json, render_text
from intake.records import import_records_file
from models import StaffUser
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from rules.records_csv import HEADER
from rules.retention import DEFAULT_POLICIES

KEY = b"test-key"
ROWS = [
    "K1,Hilde Aas,hilde@example.no,,Lyngveien 3,1357,Bekkestua,3201,Bærum,27,9,,,P1,Tilbygg,open,",
    "K2,Ida Kvam,ida@example.no,,Konglungveien 31,1392,Vettre,3203,Asker,70,88,,,P2,Tilbygg,open,",
    "K3,Kjell Rustad,kjell@example.no,,Konglungveien 33,1392,Vettre,3203,Asker,70,89,,,P3,Terrasse,open,",
]
MAIL = {
    "house": ("hilde@example.no", "Ferdigattest", "Ferdigattesten for tilbygget i Lyngvn. 3 kom i dag.", "12 Jan 2026"),
    "kommune": ("byggesak@baerum.kommune.no", "Vedtak – saksnr. 26/04512", "Eiendom: gnr. 27 bnr. 9. Tillatelse gis.",
                "16 Feb 2026"),
    "case": ("byggesak@baerum.kommune.no", "Deres sak 26/04512", "Vi viser til sak 26/04512 og ber om sluttrapport.",
             "9 Mar 2026"),
    "neighbour": ("ida@example.no", "Utsikten", "Naboen i Konglungveien 33 spør om utsikten.", "11 Mar 2026"),
    "unknown": ("selger@example.org", "Tomt til salgs", "Tomten gnr 99 bnr 1 i Asker er til salgs.", "12 Mar 2026"),
    "supplier": ("ordre@example.org", "Levering", "Vi leverer til Lyngveien 30 neste uke.", "13 Mar 2026"),
}


@pytest.fixture
def stored(sessions, analyzer, tmp_path):
    path = tmp_path / "records.csv"
    path.write_text("\n".join([",".join(HEADER), *ROWS]) + "\n", encoding="utf-8")
    with transaction(sessions) as session:
        import_records_file(session, path, DEFAULT_POLICIES, actor="test")
        session.add(StaffUser(username="kari", full_name="Kari", role="staff", confidentiality_signed_on=date(2026, 1, 1)))
    pipeline = Pipeline(sessions, analyzer, DEFAULT_POLICIES, ("proess.no",))
    pks = {}
    for name, (sender, subject, body, day) in MAIL.items():
        raw = (f"From: {sender}\r\nTo: post@proess.no\r\nSubject: {subject}\r\nDate: Mon, {day} 10:00:00 +0100\r\n"
               f"Message-ID: <{name}@example.no>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
        pks[name] = pipeline.ingest(IncomingMessage(MailboxKey("t", "a", "INBOX", "1", name), len(raw), lambda r=raw: r)).message_pk
    return pks


def run(sessions, query):
    with transaction(sessions) as session:
        return lookup(session, query, "kari", KEY, DEFAULT_ACTIVITIES, ("proess.no",))


@pytest.mark.parametrize("query", ["Lyngveien 3", "lyngvn. 3", "Lyngvegen 3, 1357 Bekkestua", "gnr 27 bnr 9",
                                   "3201-27/9", "27/9 i Bærum", "gnr. 27, bnr. 9 i Bærum kommune"])
def test_every_written_form_finds_the_property_its_people_and_all_its_mail(sessions, stored, query):
    place = run(sessions, query).property
    assert place.keys == ("3201-27/9",)
    assert {m.message_pk for m in place.messages} == {stored["house"], stored["kommune"], stored["case"]}
    assert place.records[0]["street_address"] == "Lyngveien 3" and place.records[0]["projects"][0]["project_id"] == "P1"
    assert [p["customer_id"] for p in place.people] == ["K1"]
    signals = {m.message_pk: [r["signal"] for r in m.reasons] for m in place.messages}
    assert signals[stored["house"]] == ["street_address"]
    assert signals[stored["case"]] == ["case_number"]  # tied to the property by the municipality's first letter


def test_an_address_with_another_house_number_or_postcode_is_another_place(sessions, stored):
    assert run(sessions, "Lyngveien 30").property.keys == ()
    assert run(sessions, "Lyngveien 3, 0150 Oslo").property.keys == ()


def test_a_neighbours_property_lists_the_mail_naming_it_but_not_the_writer_as_tied_to_it(sessions, stored):
    place = run(sessions, "Konglungveien 33").property
    assert [(m.message_pk, m.role) for m in place.messages] == [(stored["neighbour"], "neighbour")]
    assert [p["customer_id"] for p in place.people] == ["K3"]  # the owner; Ida only mentioned it
    assert "nevnt som naboeiendom" in render_text(run(sessions, "Konglungveien 33"), "Konglungveien 33")


def test_a_property_not_in_the_records_is_found_through_the_mail(sessions, stored):
    place = run(sessions, "gnr 99 bnr 1 i Asker").property
    assert place.keys == ("3203-99/1",) and place.records[0]["in_records"] is False
    assert [m.message_pk for m in place.messages] == [stored["unknown"]]


def test_text_is_norwegian_and_json_keeps_codes(sessions, stored):
    result = run(sessions, "Lyngveien 3")
    text = render_text(result, "Lyngveien 3").split("\n\n")[0]  # the property view; K1's own report follows
    assert "Eiendom 3201-27/9 (Bærum): Lyngveien 3, 1357 Bekkestua" in text
    assert "K1  Hilde Aas – eier i kunderegisteret, knyttet til e-post om eiendommen" in text
    assert "saksnummer som et tidligere brev knyttet til eiendommen" in text
    assert "case_number" not in text and "street_address" not in text
    payload = json.loads(render_json(result))
    assert payload["query_kind"] == "address"
    assert {r["signal"] for m in payload["property"]["messages"] for r in m["reasons"]} >= {"case_number", "street_address"}
