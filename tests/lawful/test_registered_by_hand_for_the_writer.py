"""Staff register by hand the request of someone outside the register (``intake access-request ADDRESS``,
``intake erase ADDRESS --register-only``): the unanswered suggestion the pipeline made from that person's request is
that request, whoever's mail carried it. A request a staff member forwarded for its writer is the writer's; a
relative's letter a person passed on is the relative's, never the person's who passed it on (issue 12)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rules.wording import norwegian_date
from tests.lawful.days import Office, date_header, mail

TODAY = date.today()
WROTE = TODAY - timedelta(days=10)  # the writer's own mail
PASSED_ON = TODAY - timedelta(days=8)  # the forward that brought it to the firm
CALLED = TODAY - timedelta(days=2)  # the day a person rang the office with a request of their own


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch, with_examples=False)
    office.open_office()
    return office


def register(office: Office) -> list[dict]:
    return sorted(office.requests(), key=lambda r: r["request_id"])


def _staff_forward(writer: str, text: str) -> str:
    return (f"Hei Trine, se under. Hvem tar denne?\n/Ole\n\n-----Opprinnelig melding-----\nFra: {writer}\n"
            f"Sendt: {norwegian_date(WROTE)} 21:14\nTil: Ole Brekke <ole.brekke@proess.no>\nEmne: Tilbud tilbygg\n\n"
            f"{text}")


def _relay(own_text: str, relative: str, letter: str) -> str:
    return (f"Hei,\nVideresender fra faren min. Han skrev dette og ba meg sende det til dere.\n{own_text}Live\n\n"
            f"---------- Forwarded message ---------\nFrom: {relative}\n"
            f"Date: {WROTE.strftime('%a, %b %d, %Y')} at 9:14 PM\nSubject: Hytta\nTo: <live.berntsen@example.com>\n\n"
            f"Hei Live, kan du sende dette videre til arkitektene? {letter}\nPappa")


@pytest.mark.parametrize("kind, command", [
    ("erasure", ("erase", "synnove.lie@live.no", "--register-only")),
    ("erasure", ("erase", "synnove.lie@live.no")),  # carried out: her request is the one answered by it
    ("access", ("access-request", "synnove.lie@live.no")),
    ("access", ("access-request", "synnove.lie@live.no", "--out", "{out}")),  # the package made for that request
])
def test_a_request_staff_forwarded_is_taken_up_when_staff_register_its_writer(office, kind, command):
    """Synnøve is no customer; her request reached only Ole, who forwarded it to Trine. Registering her request by
    her address is that suggestion, confirmed and received the day she wrote; not a second request received today."""
    asks = {"erasure": "Siden det ikke blir noe oppdrag, vil jeg helst ikke at dere sitter på navnet mitt og telefonen "
                       "min. Kan dere fjerne det fra systemene deres?",
            "access": "Jeg ber om innsyn i hvilke personopplysninger dere har lagret om meg."}[kind]
    office.deliver(mail("Ole Brekke <ole.brekke@proess.no>", "VS: Tilbud tilbygg",
                        _staff_forward("Synnøve Lie <synnove.lie@live.no>", f"Hei Ole,\ntakk for tilbudet. {asks}\n"
                                                                              "Hilsen Synnøve"),
                        "<vs-1@proess.no>", date=date_header(PASSED_ON), to="trine@proess.no"))
    office.poll()
    [suggested] = register(office)
    assert (suggested["kind"], suggested["status"], suggested["customer_id"], suggested["received_on"]) == \
        (kind, "suggested", None, WROTE.isoformat())

    office.run(*(part.replace("{out}", str(office.tmp / "ut")) for part in command), staff="rita")
    assert [(r["request_id"], r["status"], r["received_on"]) for r in register(office)] == \
        [(suggested["request_id"], "open", WROTE.isoformat())]


def test_a_relatives_letter_passed_on_stays_the_relatives_when_staff_register_the_one_who_passed_it_on(office):
    """Live (no customer) asks for access in her own words and passes on her father's letter asking for erasure. Her
    access request taken up by hand is her suggestion; her erasure request, rung in later, is a new one of hers, not
    her father's; his, registered by his address, is the suggestion from her mail, received the day he wrote."""
    office.deliver(mail("Live Berntsen <live.berntsen@example.com>", "Fwd: Hytta",
                        _relay("Jeg vil også gjerne få en oversikt over hvilke personopplysninger dere har lagret "
                               "om meg.\n",
                               "Arne Berntsen <arne.berntsen@example.net>",
                               "Jeg vil at de sletter alle opplysninger de har om meg."),
                        "<live-fwd@example.com>", date=date_header(PASSED_ON)))
    office.poll()
    suggested = {r["kind"]: r for r in register(office)}
    assert {kind: (r["status"], r["customer_id"], r["received_on"]) for kind, r in suggested.items()} == {
        "access": ("suggested", None, PASSED_ON.isoformat()), "erasure": ("suggested", None, WROTE.isoformat())}

    office.run("access-request", "live.berntsen@example.com", staff="kari")
    office.run("erase", "live.berntsen@example.com", "--register-only", "--received", CALLED.isoformat(), staff="rita")
    after = register(office)
    assert [(r["request_id"], r["kind"], r["status"], r["received_on"]) for r in after] == [
        (suggested["access"]["request_id"], "access", "open", PASSED_ON.isoformat()),
        (suggested["erasure"]["request_id"], "erasure", "suggested", WROTE.isoformat()),
        (max(r["request_id"] for r in after), "erasure", "open", CALLED.isoformat())]

    office.run("erase", "arne.berntsen@example.net", "--register-only", staff="rita")
    assert [(r["request_id"], r["status"], r["received_on"]) for r in register(office) if r["kind"] == "erasure"] == [
        (suggested["erasure"]["request_id"], "open", WROTE.isoformat()),
        (max(r["request_id"] for r in after), "open", CALLED.isoformat())]


def test_carrying_out_the_erasure_of_the_one_who_passed_on_a_letter_leaves_the_relatives_request_alone(office):
    """`intake erase ADDRESS` (carried out, not only registered) answers the person's own erasure request: Live's
    relayed letter from her father is still his unanswered suggestion afterwards."""
    office.deliver(mail("Live Berntsen <live.berntsen@example.com>", "Fwd: Hytta",
                        _relay("", "Arne Berntsen <arne.berntsen@example.net>",
                               "Jeg vil at de sletter alle opplysninger de har om meg."),
                        "<live-fwd@example.com>", date=date_header(PASSED_ON)))
    office.poll()
    [fathers] = register(office)
    assert (fathers["kind"], fathers["status"], fathers["received_on"]) == ("erasure", "suggested", WROTE.isoformat())

    office.run("erase", "live.berntsen@example.com", "--received", CALLED.isoformat(), staff="rita")
    after = register(office)
    assert [(r["request_id"], r["status"], r["received_on"]) for r in after] == [
        (fathers["request_id"], "suggested", WROTE.isoformat()),
        (max(r["request_id"] for r in after), "open", CALLED.isoformat())]
