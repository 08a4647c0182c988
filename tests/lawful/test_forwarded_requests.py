"""A customer's request that reached only one staff member's inbox, and came to the firm as that staff member's
internal forward, is registered for the customer (issue 12): the customer with that address, else unresolved;
received the day the customer wrote; once, however many copies of it the mailbox holds."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from rules.wording import norwegian_date
from tests.lawful.days import Office, date_header, mail

TODAY = date.today()
WROTE = TODAY - timedelta(days=10)  # the customer's mail
FORWARDED = TODAY - timedelta(days=8)  # the staff member's forward



def _outlook_forward(writer: str, written: str, text: str, subject: str = "Takoppløft") -> str:
    return (f"Hei Trine, se under. Hvem tar denne? Jeg er på befaring hele dagen.\n/Ole\n\n-----Opprinnelig melding-----\n"
            f"Fra: {writer}\nSendt: {written}\nTil: Ole Brekke <ole.brekke@proess.no>\nEmne: {subject}\n\n{text}")


NORA_ASKS = ("Hei Ole,\nvi lar takoppløftet vente. Siden det ikke blir noe oppdrag, vil jeg helst ikke at dere sitter på "
             "navnet mitt, adressen og bildene fra loftet. Kan dere fjerne det fra systemene deres?\nHilsen Nora")


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch, with_examples=False)
    office.open_office()
    return office


def _suggest_details(office: Office) -> list[dict]:
    rows = office.sql("SELECT details FROM audit_log WHERE action = 'request.suggest' ORDER BY id")
    return [json.loads(details) if isinstance(details, str) else details for (details,) in rows]


def test_a_customers_request_forwarded_by_staff_is_hers_from_the_day_she_wrote_and_registered_once(office):
    forward = _outlook_forward("Nora Kristiansen <nora.kristiansen@gmail.com>", f"{norwegian_date(WROTE)} 21:14", NORA_ASKS)
    office.deliver(mail("Ole Brekke <ole.brekke@proess.no>", "VS: Takoppløft", forward, "<vs-1@proess.no>",
                        date=date_header(FORWARDED), to="trine@proess.no"))
    # Kari's reply to Nora quotes the same request: a reply is never read for it
    office.deliver(mail("Kari Hansen <kari.hansen@proess.no>", "SV: Takoppløft",
                        _outlook_forward("Nora Kristiansen <nora.kristiansen@gmail.com>", f"{norwegian_date(WROTE)} 21:14",
                                         NORA_ASKS), "<sv-1@proess.no>", to="nora.kristiansen@gmail.com"))
    office.poll()
    [erasure] = office.requests()
    assert (erasure["kind"], erasure["status"], erasure["customer_id"], erasure["received_on"]) == \
        ("erasure", "suggested", "K1005", WROTE.isoformat())
    [details] = _suggest_details(office)
    assert (details["request_id"], details["forwarded"], details["original_dated"]) == (erasure["request_id"], True, True)
    assert "nora" not in json.dumps(details).lower()  # the audit log says it was a forward, not whose

    # Ole forwarded it to the post box as well, and Nora's own mail is in the mailbox too: still one request
    office.deliver(mail("Ole Brekke <ole.brekke@proess.no>", "VS: Takoppløft", forward, "<vs-2@proess.no>",
                        date=date_header(FORWARDED)))
    office.deliver(mail("Nora Kristiansen <nora.kristiansen@gmail.com>", "Takoppløft", NORA_ASKS, "<nora-1@gmail.com>",
                        date=date_header(WROTE), to="ole.brekke@proess.no"))
    office.poll()
    assert [r["request_id"] for r in office.requests()] == [erasure["request_id"]]


def test_an_unknown_writers_forwarded_request_is_unresolved_and_not_registered_again_from_her_own_mail(office):
    synnove = ("Hei Ole,\ntakk for tilbudet. Siden det ikke blir noe oppdrag, vil jeg helst ikke at dere sitter på navnet "
               "mitt og telefonen min. Kan dere fjerne det fra systemene deres?\nHilsen Synnøve")
    # Outlook left the year out of the header: the forward's own day is the day it came in
    office.deliver(mail("Ole Brekke <ole.brekke@proess.no>", "VS: Tilbud tilbygg",
                        _outlook_forward("Synnøve Lie <synnove.lie@live.no>", "fredag 4. april kl. 21:14", synnove),
                        "<vs-3@proess.no>", date=date_header(FORWARDED), to="trine@proess.no"))
    office.poll()
    [erasure] = office.requests()
    assert (erasure["kind"], erasure["customer_id"], erasure["received_on"]) == ("erasure", None, FORWARDED.isoformat())
    assert erasure["subject_ref"] == f"message-{erasure['source_message_pk']}"
    [details] = _suggest_details(office)
    assert (details["forwarded"], details["original_dated"]) == (True, False)

    # her own mail, stored after the forward, is the same request
    office.deliver(mail("Synnøve Lie <synnove.lie@live.no>", "Tilbud tilbygg", synnove, "<synnove-1@live.no>",
                        date=date_header(WROTE), to="ole.brekke@proess.no"))
    office.poll()
    assert [r["request_id"] for r in office.requests()] == [erasure["request_id"]]


def test_a_forward_of_mail_already_registered_adds_nothing_and_a_date_ahead_is_not_taken(office):
    tom = "Hi,\nwe've decided not to go ahead. Please delete all the personal data you hold about me.\nTom"
    office.deliver(mail("Tom Harris <tom.harris@example.org>", "Garage", tom, "<tom-1@example.org>", date=date_header(WROTE)))
    office.poll()
    [erasure] = office.requests()
    assert (erasure["customer_id"], erasure["received_on"]) == (None, WROTE.isoformat())
    gmail = (f"FYI\n\n---------- Forwarded message ---------\nFrom: Tom Harris <Tom.Harris@example.org>\n"
             f"Date: {WROTE.strftime('%a, %b %d, %Y')} at 9:14 PM\nSubject: Garage\nTo: <ole.brekke@proess.no>\n\n{tom}")
    office.deliver(mail("Ole Brekke <ole.brekke@proess.no>", "Fwd: Garage", gmail, "<fwd-1@proess.no>",
                        date=date_header(FORWARDED), to="kari@proess.no"))
    office.poll()
    assert [r["request_id"] for r in office.requests()] == [erasure["request_id"]]

    # a header dated after the forward (a wrong clock) is no day the request came in: the forward's own day is
    ahead = TODAY + timedelta(days=3)
    anna = "Hi,\nI'd like to know what personal information your company holds about me.\nAnna"
    office.deliver(mail("Ole Brekke <ole.brekke@proess.no>", "Fwd: Loft",
                        gmail.replace("Tom Harris <Tom.Harris@example.org>", "Anna Berg <anna.berg@example.org>")
                        .replace(WROTE.strftime("%a, %b %d, %Y"), ahead.strftime("%a, %b %d, %Y")).replace(tom, anna),
                        "<fwd-2@proess.no>", date=date_header(FORWARDED)))
    office.poll()
    [access] = [r for r in office.requests() if r["kind"] == "access"]
    assert (access["customer_id"], access["received_on"]) == (None, FORWARDED.isoformat())


def test_a_customers_own_request_and_the_letter_she_passed_on_are_two_persons_requests(office):
    """Nora asks for access in her own words and passes on her father's erasure: hers is K1005's, received the day
    she sent it; his is unresolved, from the day he wrote. Her own erasure later is hers, not a copy of his, and his
    own mail to the firm adds nothing."""
    gmail_day = WROTE.strftime("%a, %b %d, %Y")
    body = ("Hei,\nVideresender fra faren min. Han skrev dette og ba meg sende det til dere.\n"
            "Jeg vil også gjerne få en oversikt over hvilke personopplysninger dere har lagret om meg.\nNora\n\n"
            "---------- Forwarded message ---------\nFrom: Arne Kristiansen <arne.kristiansen@example.net>\n"
            f"Date: {gmail_day} at 9:14 PM\nSubject: Hytta\nTo: <nora.kristiansen@gmail.com>\n\n"
            "Hei Nora, kan du sende dette videre til arkitektene? Jeg vil at de sletter alle opplysninger de har om meg.\n"
            "Pappa")
    office.deliver(mail("Nora Kristiansen <nora.kristiansen@gmail.com>", "Fwd: Hytta", body, "<nora-fwd@gmail.com>",
                        date=date_header(FORWARDED)))
    office.poll()
    requests = {r["kind"]: r for r in office.requests()}
    assert {kind: (r["customer_id"], r["received_on"]) for kind, r in requests.items()} == {
        "access": ("K1005", FORWARDED.isoformat()), "erasure": (None, WROTE.isoformat())}
    assert [d.get("forwarded", False) for d in _suggest_details(office)] == [False, True]

    office.deliver(mail("Arne Kristiansen <arne.kristiansen@example.net>", "Hytta",
                        "Hei, jeg vil at dere sletter alle opplysninger dere har om meg. Arne", "<arne-1@example.net>",
                        date=date_header(FORWARDED)))
    office.deliver(mail("Nora Kristiansen <nora.kristiansen@gmail.com>", "Meg også",
                        "Hei, jeg vil at dere sletter alle opplysninger dere har om meg også. Nora", "<nora-2@gmail.com>",
                        date=date_header(FORWARDED)))
    office.poll()
    erasures = [(r["customer_id"], r["request_id"]) for r in office.requests() if r["kind"] == "erasure"]
    assert sorted(erasures, key=lambda pair: pair[1]) == [(None, requests["erasure"]["request_id"]),
                                                         ("K1005", max(pair[1] for pair in erasures))]


def _portal(customer: str, text: str) -> str:
    return (f"Det har kommet en ny melding på Min side.\n\nKunde: {customer}\nSak: 2025-001 Tilbygg\n\nMelding:\n{text}\n\n"
            "Logg inn i Min side admin for å svare: https://minside.proess.no")


def test_two_customers_requests_relayed_by_the_portal_are_two_requests(office):
    """The portal sends every customer's message from its one address: that address is nobody's, so the second
    customer's erasure is not taken for the first's (it once was, and the second request was never registered)."""
    for number, (customer, message_id) in enumerate((("Per Dahl (kundenr. 10001)", "<portal-1@proess.no>"),
                                                     ("Eva Lund (kundenr. 10002)", "<portal-2@proess.no>"))):
        office.deliver(mail("Min side <minside@varsling.proess.no>", "Ny melding fra kunde via Min side",
                            _portal(customer, "Hei. Vi har bestemt oss for å ikke bygge. Jeg vil at dere sletter alle "
                                              "opplysningene dere har om meg."),
                            message_id, date=date_header(WROTE + timedelta(days=number))))
    office.poll()
    erasures = [r for r in office.requests() if r["kind"] == "erasure"]
    assert sorted(r["received_on"] for r in erasures) == [WROTE.isoformat(), (WROTE + timedelta(days=1)).isoformat()]
    assert {r["source_message_pk"] for r in erasures} == set(r[0] for r in office.sql("SELECT id FROM messages"))
    assert [ref for (ref,) in office.sql("SELECT asker_ref FROM access_requests")] == ["", ""]


def test_who_asked_is_kept_as_a_keyed_hash_and_a_request_from_before_it_is_read_once(office, monkeypatch):
    """The register keeps who asked a suggestion as a keyed hash of their address, never the address: a second mail
    from the same writer is matched by it, without opening the first request's mail again. A suggestion made before
    the hash was kept (NULL) has its mail read once, and keeps the hash from then on."""
    import intake.privacy.requests as requests_module

    tom = "Hi,\nwe've decided not to go ahead. Please delete all the personal data you hold about me.\nTom"
    office.deliver(mail("Tom Harris <tom.harris@example.org>", "Garage", tom, "<tom-1@example.org>", date=date_header(WROTE)))
    office.poll()
    [(ref,)] = office.sql("SELECT asker_ref FROM access_requests")
    assert ref and len(ref) == 32 and "tom" not in ref

    office.sql_update("UPDATE access_requests SET asker_ref = NULL")  # as made before the column
    reads = []
    real = requests_module._asked_by
    monkeypatch.setattr(requests_module, "_asked_by", lambda *args: reads.append(args[1].id) or real(*args))
    for number in (2, 3):
        office.deliver(mail("Tom Harris <tom.harris@example.org>", "Garage", tom, f"<tom-{number}@example.org>",
                            date=date_header(FORWARDED)))
        office.poll()
    assert len(office.requests()) == 1 and len(reads) == 1  # read once, then matched by the kept hash
    assert office.sql("SELECT asker_ref FROM access_requests") == [(ref,)]


def test_a_request_the_switchboard_relayed_by_sms_is_the_customers_with_that_phone_number(office):
    """The SMS relay gives only the sender's number: the request is the customer's whose number it is, however the
    register writes it (K1002 has 48123456; the relay writes +47 481 23 456), received the day the SMS came."""
    sms = ("SMS mottatt på sentralbordet\n\nFra: +47 481 23 456\nTid: 02.11.2026 18:42\n\n"
           "Hei, dette er Magnus. Vi er ferdige med garasjen. Vil at dere sletter alt dere har om meg nå. Mvh Magnus\n\n"
           "--\nVideresendt automatisk av sentralbordet")
    office.deliver(mail("Sentralbord <sms@varsling.proess.no>", "SMS fra +47 481 23 456", sms, "<sms-1@proess.no>",
                        date=date_header(WROTE)))
    # a number nobody in the register has: unresolved, as any unknown sender's request
    office.deliver(mail("Sentralbord <sms@varsling.proess.no>", "SMS fra +47 999 88 777",
                        sms.replace("+47 481 23 456", "+47 999 88 777").replace("Magnus", "Ola"), "<sms-2@proess.no>",
                        date=date_header(WROTE)))
    office.poll()
    erasures = sorted((r["customer_id"] or "", r["received_on"]) for r in office.requests() if r["kind"] == "erasure")
    assert erasures == [("", WROTE.isoformat()), ("K1002", WROTE.isoformat())]
