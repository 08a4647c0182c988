"""Requests in the mailbox are caught: the daemon registers each as a suggestion, staff confirm,
extend, answer or dismiss it, and status and the monthly report say where each stands (issue 12)."""

from __future__ import annotations

from rules.wording import norwegian_date

import json
import re
from datetime import date, timedelta
from email.utils import format_datetime
from datetime import datetime, time, timezone

import pytest

from rules.retention import add_months
from tests.lawful.days import Office, mail

TODAY = date.today()
# Came in a month less three days ago: the deadline is three days away, inside status's one-week warning.
RECEIVED = add_months(TODAY, -1) + timedelta(days=3)
SENT_HEADER = format_datetime(datetime.combine(RECEIVED, time(10, 0), timezone.utc))


@pytest.fixture
def office(tmp_path, database_url, capsys, monkeypatch) -> Office:
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.open_office()
    return office


def register(office: Office) -> list[dict]:
    return json.loads(office.run("requests", "--format", "json", staff="kari"))


def test_a_request_in_the_mail_is_suggested_confirmed_extended_and_answered_only_when_sent(office):
    # Day one read the sample mailbox: its one access request (message 14, Hanne Berntsen) is suggested, nothing else.
    [hanne] = register(office)
    assert (hanne["kind"], hanne["state"], hanne["customer_id"]) == ("access", "overdue", "K1007")
    assert hanne["deadline"] == add_months(date.fromisoformat(hanne["received_on"]), 1).isoformat()

    # A new day's mail: one request and the mail that only looks like one.
    office.deliver(mail("Ingrid Solberg <ingrid.solberg@gmail.com>", "Personopplysninger",
                        "Hei,\nJeg ber om innsyn i hvilke personopplysninger dere har lagret om meg.\nHilsen Ingrid Solberg",
                        "<innsyn-1@gmail.com>", date=SENT_HEADER))
    office.deliver(mail("Bærum kommune <postmottak@baerum.kommune.no>", "Innsyn i sak 26/1234",
                        "Vi har mottatt begjæring om innsyn i saken og ber om deres merknader.", "<k-1@baerum.kommune.no>"))
    office.deliver(mail("Ingrid Solberg <ingrid.solberg@gmail.com>", "Oops",
                        "Hei Kari, slett forrige e-post, feil vedlegg. Ingrid", "<oops-1@gmail.com>"))
    office.deliver(mail("Kari Hansen <kari.hansen@proess.no>", "Re: Personopplysninger",
                        "Hei Ingrid, vi har mottatt kravet ditt om innsyn i personopplysningene vi har om deg.",
                        "<svar-1@proess.no>", to="ingrid.solberg@gmail.com"))
    office.deliver(mail("Magnus Haugen <magnus.haugen@online.no>", "Tegningen",
                        "Hei, kan dere rette målene på tegningen av garasjen?\nMagnus", "<teg-1@online.no>"))
    office.poll()
    new = [r for r in register(office) if r["request_id"] != hanne["request_id"]]
    assert [(r["kind"], r["state"], r["customer_id"], r["received_on"]) for r in new] == [
        ("access", "suggested", "K1001", RECEIVED.isoformat())]
    [ingrid] = new
    rid = str(ingrid["request_id"])

    status = office.run("status")
    assert "Krav fra registrerte: 1 foreslått (bekreft eller avvis), 0 åpne, 1 over fristen" in status
    assert f"fristen nærmer seg: krav #{rid} om innsyn må besvares innen {norwegian_date(date.fromisoformat(ingrid['deadline']))}" in status
    assert f"FORFALT: krav #{hanne['request_id']} om innsyn" in status

    office.run("requests", "answer", rid, "--sent", TODAY.isoformat(), staff="kari", code=3)  # confirm first
    office.run("requests", "confirm", rid, staff="kari")
    office.run("requests", "extend", rid, "--months", "3", "--reason", "mange e-poster", staff="kari", code=2)
    office.run("requests", "extend", rid, "--months", "2", "--reason", "", staff="kari", code=3)
    line = office.run("requests", "extend", rid, "--months", "2", "--reason", "mange e-poster å gå gjennom", staff="kari")
    assert "forlenget" in line and norwegian_date(add_months(RECEIVED, 3)) in line
    office.run("requests", "extend", rid, "--months", "1", "--reason", "enda mer", staff="kari", code=3)  # 2 months at most

    # Writing the access package is not answering: only staff saying it was sent is.
    office.run("access-request", "K1001", "--out", str(office.tmp / "ut"), staff="kari")
    assert next(r for r in register(office) if r["request_id"] == int(rid))["state"] == "extended"
    office.run("requests", "answer", rid, "--sent", (TODAY + timedelta(days=1)).isoformat(), staff="kari", code=3)
    office.run("requests", "answer", rid, "--sent", TODAY.isoformat(), staff="kari")
    answered = next(r for r in register(office) if r["request_id"] == int(rid))
    assert (answered["state"], answered["answered_on"]) == ("answered", TODAY.isoformat())

    office.run("requests", "dismiss", str(hanne["request_id"]), staff="kari", code=2)  # --reason is required
    office.run("requests", "dismiss", str(hanne["request_id"]), "--reason", "besvart på telefon før intake", staff="kari")
    assert {r["state"] for r in register(office)} == {"answered", "dismissed"}
    assert "Krav fra registrerte: 0 foreslåtte (bekreft eller avvis), 0 åpne, 0 over fristen" in office.run("status")
    actions = [a for (a,) in office.sql("SELECT action FROM audit_log WHERE action LIKE 'request.%' ORDER BY id")]
    assert actions == ["request.suggest", "request.suggest", "request.confirm", "request.extend", "request.answer",
                       "request.dismiss"]


def test_the_monthly_report_lists_suggested_requests_and_a_future_received_date_is_refused(office):
    [hanne] = register(office)
    report = office.run("report", "retention", "--period", TODAY.strftime("%Y-%m"))
    assert "Foreslått, ikke bekreftet – fristen gikk ut for" in report
    office.run("access-request", "K1002", "--received", (TODAY + timedelta(days=1)).isoformat(), staff="kari", code=3)
    office.run("requests", "received", str(hanne["request_id"]), (TODAY + timedelta(days=2)).isoformat(), staff="kari", code=3)
    corrected = (TODAY - timedelta(days=5)).isoformat()
    office.run("requests", "received", str(hanne["request_id"]), corrected, staff="kari")
    [moved] = register(office)
    assert (moved["received_on"], moved["state"]) == (corrected, "suggested")
    [(details,)] = office.sql("SELECT details FROM audit_log WHERE action = 'request.correct_received'")
    details = json.loads(details) if isinstance(details, str) else details
    assert details["old_received_on"] == hanne["received_on"] and details["received_on"] == corrected


def test_a_request_answered_after_its_deadline_is_done_not_overdue(office):
    """Magnus asked two months ago and was answered today, a month late: status and the monthly report no longer
    count it as due or overdue and raise no alarm; the report lists it as answered late."""
    [hanne] = register(office)
    office.run("requests", "dismiss", str(hanne["request_id"]), "--reason", "besvart på telefon før intake", staff="kari")
    office.run("access-request", "K1002", "--received", add_months(TODAY, -2).isoformat(), staff="kari")
    [magnus] = [r for r in register(office) if r["customer_id"] == "K1002"]
    assert magnus["state"] == "overdue"
    office.run("requests", "answer", str(magnus["request_id"]), "--sent", TODAY.isoformat(), staff="kari")

    status = office.run("status")
    assert "Krav fra registrerte: 0 foreslåtte (bekreft eller avvis), 0 åpne, 0 over fristen" in status
    assert "FORFALT" not in status and "fristen nærmer seg" not in status
    report = office.run("report", "retention", "--period", TODAY.strftime("%Y-%m"))
    assert "har passert svarfristen" not in report
    assert re.search(r"^Henvendelser over fristen +0$", report, re.M) and re.search(r"^Henvendelser besvart for sent +1$", report, re.M)
    assert "[!]" not in report.split("HENVENDELSER FRA REGISTRERTE")[1].split("\n\n")[0]
    assert f"Besvart for sent, {norwegian_date(TODAY)}" in report


def test_registering_the_access_request_of_someone_outside_the_register_takes_up_the_suggestion_from_their_mail(
        tmp_path, database_url, capsys, monkeypatch):
    """Kari is no customer; she asks by mail on 2 November. Answering her with `access-request ADDRESS` is that
    request, received 2 November (deadline 2 December), not a second one received today with a later deadline."""
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.deliver(mail("Kari Nordby <kari.nordby@example.net>", "Innsyn",
                        "Hei, jeg ber om innsyn i hvilke personopplysninger dere har lagret om meg.\nMvh Kari Nordby",
                        "<kn-1@example.net>", date="Mon, 02 Nov 2026 10:00:00 +0100"))
    office.open_office()
    [suggested] = [r for r in json.loads(office.run("requests", "--format", "json", staff="kari"))
                   if r["status"] == "suggested" and r["customer_id"] is None]
    assert suggested["received_on"] == "2026-11-02"
    office.run("access-request", "kari.nordby@example.net", "--out", str(tmp_path / "ut"), staff="kari")
    register = [r for r in json.loads(office.run("requests", "--format", "json", staff="kari")) if r["customer_id"] is None]
    assert [(r["request_id"], r["status"], r["received_on"], r["deadline"]) for r in register] == \
        [(suggested["request_id"], "open", "2026-11-02", "2026-12-02")]
    assert "Innsynsbegjæring" in office.run("lookup", "kari.nordby@example.net", staff="kari")


def test_a_received_date_given_for_an_open_request_corrects_it_and_is_audited(tmp_path, database_url, capsys, monkeypatch):
    """Ingrid's letter reached the office on 30 October; her mail of 2 November was suggested as the request.
    `access-request K1001 --received 2026-10-30` is that correction: applied with the deadline, audited,
    never silently ignored. The same for an erasure request registered twice."""
    office = Office(tmp_path, database_url, capsys, monkeypatch)
    office.deliver(mail("Ingrid Solberg <ingrid.solberg@gmail.com>", "Mine opplysninger",
                        "Hei, jeg ber om innsyn i hvilke personopplysninger dere har lagret om meg.\nHilsen Ingrid",
                        "<ingrid-innsyn-2@gmail.com>", date="Mon, 02 Nov 2026 09:00:00 +0100"))
    office.open_office()
    shown = office.run("access-request", "K1001", "--received", "2026-10-30", staff="kari")
    assert "mottatt 30. oktober 2026, frist 30. november 2026" in shown
    [access] = [r for r in json.loads(office.run("requests", "--format", "json", staff="kari")) if r["customer_id"] == "K1001"]
    assert (access["status"], access["received_on"], access["deadline"]) == ("open", "2026-10-30", "2026-11-30")
    assert office.sql("SELECT target_id FROM audit_log WHERE action = 'request.correct_received'") == \
        [(str(access["request_id"]),)]
    office.run("access-request", "K1001", staff="kari")  # no date given: nothing to correct
    assert [r["received_on"] for r in json.loads(office.run("requests", "--format", "json", staff="kari"))
            if r["customer_id"] == "K1001"] == ["2026-10-30"]

    office.run("erase", "K1003", "--register-only", "--received", "2026-11-20", staff="rita")
    office.run("erase", "K1003", "--register-only", "--received", "2026-11-18", staff="rita")
    [erasure] = [r for r in json.loads(office.run("requests", "--format", "json", staff="kari")) if r["customer_id"] == "K1003"]
    assert (erasure["received_on"], erasure["deadline"]) == ("2026-11-18", "2026-12-18")


def _silence_the_rules(monkeypatch) -> None:
    """Every hand-written reading finds nothing, so what is found the learned model alone read (as in
    tests/requests/test_request_model.py)."""
    from rules import subject_requests

    monkeypatch.setattr(subject_requests, "subject_request", lambda subject, body: set())
    monkeypatch.setattr(subject_requests, "_kinds_in", lambda *args, **kwargs: (set(), False))
    monkeypatch.setattr(subject_requests, "erasure_in_other_words", lambda subject, text, represents=False: None)


JSON_KEYS = ["request_id", "kind", "state", "status", "customer_id", "subject_ref", "received_on", "deadline",
             "extended_months", "extension_reason", "answered_on", "dismissal_reason", "source_message_pk", "due_soon",
             "reading"]


def test_the_register_says_which_suggestions_only_the_learned_model_made(office, monkeypatch):
    """Hanne's access request (sample mailbox) was read by the rules, Ingrid's erasure by the learned model alone,
    Magnus's access request registered by staff: the table notes only Ingrid's, in words; JSON gives every reading's
    code, and the audit entry still keeps it."""
    office.run("access-request", "K1002", staff="kari")
    with monkeypatch.context() as silenced:
        _silence_the_rules(silenced)
        office.deliver(mail("Ingrid Solberg <ingrid.solberg@gmail.com>", "Hytta",
                            "Hei. Vi bygde aldri hytta. Jeg vil at dere sletter opplysningene mine. Takk for hjelpen.",
                            "<hytta-1@gmail.com>", date=SENT_HEADER))
        office.poll()
    rows = register(office)
    assert {(r["customer_id"], r["kind"], r["status"], r["reading"]) for r in rows} == {
        ("K1007", "access", "suggested", "rules"), ("K1002", "access", "open", None),
        ("K1001", "erasure", "suggested", "learned")}
    assert all(list(r) == JSON_KEYS for r in rows)  # scripts' keys stay, in their order; the reading is one more
    ingrid = next(r for r in rows if r["reading"] == "learned")

    lines = {int(line.split()[0].lstrip("#")): line for line in office.run("requests", staff="kari").splitlines()}
    assert f"fra e-post #{ingrid['source_message_pk']}; ligner på tidligere slettekrav" in lines[ingrid["request_id"]]
    assert all("ligner på" not in line for rid, line in lines.items() if rid != ingrid["request_id"])
    assert all(code not in "\n".join(lines.values()) for code in ("learned", "rules", "None"))
    # Confirming it keeps the note: it tells how the request came in.
    confirmed = office.run("requests", "confirm", str(ingrid["request_id"]), staff="kari")
    assert "åpen" in confirmed and "ligner på tidligere slettekrav" in confirmed
    [(details,)] = office.sql("SELECT details FROM audit_log WHERE action = 'request.suggest' AND target_id = :mail",
                              mail=str(ingrid["source_message_pk"]))
    details = json.loads(details) if isinstance(details, str) else details
    assert (details["request_id"], details["reading"]) == (ingrid["request_id"], "learned")
