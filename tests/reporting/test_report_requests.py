"""The report reads erasure requests from the request register: received, deadline and status."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from intake.privacy.erasure import erase_subject, register_erasure
from intake.privacy.requests import answer
from intake.reporting.data import gather_inputs
from intake.reporting.render import render_csv, render_text
from models.session import transaction
from rules.processing import DEFAULT_ACTIVITIES
from rules.retention import DEFAULT_POLICIES
from rules.retention_report import Period, build_report
from rules.wording import norwegian_date
from tests.privacy.seed import HASH_KEY, seed

NOVEMBER = Period.parse("2026-11")
REPORT_DAY = date(2026, 11, 2)
OSLO = ZoneInfo("Europe/Oslo")


def report_for(sessions):
    with sessions() as session:
        return build_report(gather_inputs(session, NOVEMBER, REPORT_DAY, OSLO, previous=None))


@pytest.mark.parametrize("received, carried_out_on, deadline, status, late", [
    (date(2026, 10, 20), None, date(2026, 11, 20), "Åpen – 18 dager igjen", False),
    (date(2026, 9, 1), None, date(2026, 10, 1), "Åpen – fristen gikk ut for 32 dager siden", True),
    (date(2026, 10, 5), date(2026, 11, 1), date(2026, 11, 5), "Besvart 1. november 2026", False),
])
def test_an_erasure_request_is_reported_with_its_received_date_deadline_and_status(
        sessions, received, carried_out_on, deadline, status, late):
    seed(sessions)
    with transaction(sessions) as session:
        request = register_erasure(session, "rita", "K1001", HASH_KEY, received)
        if carried_out_on is not None:
            erase_subject(session, "rita", "K1001", HASH_KEY, DEFAULT_POLICIES, DEFAULT_ACTIVITIES, today=carried_out_on)
            answer(session, "rita", request.id, carried_out_on)  # answered when the letter was sent (issue 12)
    report = report_for(sessions)
    [line] = report.requests
    assert (line.request.request_id, line.request.kind, line.request.subject_ref) == (f"R{request.id}", "erasure", "K1001")
    assert (line.request.received_on, line.request.deadline, line.status, line.late) == (received, deadline, status, late)
    assert report.figures["requests_late"] == int(late)
    csv_text = render_csv(report).decode("utf-8")
    assert f"henvendelse;R{request.id};K1001;Sletting;{received:%d.%m.%Y};{deadline:%d.%m.%Y};{status}" in csv_text
    assert norwegian_date(deadline) in render_text(report)
