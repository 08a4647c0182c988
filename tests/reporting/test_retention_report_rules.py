"""The report's content rules: what is due, overdue, held, late, and what changed."""

from datetime import date

import pytest

from intake.reporting.render import render_text

from rules.retention_report import (
    QUARANTINE,
    REVIEW,
    Disposal,
    HeldItem,
    ActiveHold,
    Period,
    PreviousReport,
    ReportInputs,
    SubjectRequest,
    WaitingMail,
    build_report,
    one_month_deadline,
)

NOVEMBER = Period(2026, 11)
REPORT_DAY = date(2026, 12, 2)


def held(pk, retain_until=None, category="unlinked_mail", labels=("EMAIL",), hold=False, basis="grunnlag"):
    return HeldItem(pk, category, basis, labels, retain_until, hold)


def inputs(**overrides) -> ReportInputs:
    values = dict(period=NOVEMBER, today=REPORT_DAY, held=(), legal_holds=(), disposals=(), requests=(), waiting=(),
                  previous=None)
    values.update(overrides)
    return ReportInputs(**values)


@pytest.mark.parametrize("text, period", [
    ("2026-11", Period(2026, 11)),
    (" 2027-01 ", Period(2027, 1)),
])
def test_period_parses(text, period):
    assert Period.parse(text) == period


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "26-11", "november", "2026/11", ""])
def test_bad_period_is_refused(text):
    with pytest.raises(ValueError, match="YYYY-MM"):
        Period.parse(text)


@pytest.mark.parametrize("period, start, end, previous, following, name", [
    (Period(2026, 11), date(2026, 11, 1), date(2026, 12, 1), Period(2026, 10), Period(2026, 12), "november 2026"),
    (Period(2026, 12), date(2026, 12, 1), date(2027, 1, 1), Period(2026, 11), Period(2027, 1), "desember 2026"),
    (Period(2027, 1), date(2027, 1, 1), date(2027, 2, 1), Period(2026, 12), Period(2027, 2), "januar 2027"),
])
def test_period_arithmetic(period, start, end, previous, following, name):
    assert (period.start, period.end, period.previous(), period.next(), period.name) == (start, end, previous, following, name)


# retain_until -> where the item lands on 2 December for the November report (next report covers December)
@pytest.mark.parametrize("retain_until, hold, expected", [
    (date(2026, 10, 1), False, "overdue"),
    (date(2026, 12, 1), False, "overdue"),       # the day after the last day to keep it
    (date(2026, 12, 2), False, "due"),           # last day is today
    (date(2026, 12, 31), False, "due"),
    (date(2027, 1, 1), False, "later"),
    (None, False, "later"),                      # open project: no date yet
    (date(2026, 10, 1), True, "held"),           # a legal hold stops disposal: never overdue
    (date(2026, 12, 10), True, "held"),
])
def test_due_and_overdue_windows(retain_until, hold, expected):
    report = build_report(inputs(held=(held(7, retain_until, hold=hold),)))
    place = "overdue" if report.overdue else "due" if report.due else "held" if report.held_back else "later"
    assert place == expected
    assert report.figures["overdue"] == (expected == "overdue")
    assert report.figures["due"] == (expected == "due")


def test_holding_is_grouped_by_category_and_legal_basis_with_undated_counts():
    report = build_report(inputs(held=(
        held(1, None, "customer_correspondence", basis="avtale"),
        held(2, date(2040, 1, 1), "customer_correspondence", basis="avtale"),
        held(3, None, "customer_correspondence", basis="avtale"),
        held(4, date(2030, 1, 1), "accounting_document", basis="bokføringsloven"),
    )))
    assert [(r.category, r.legal_basis, r.count, r.undated) for r in report.by_basis] == [
        ("customer_correspondence", "avtale", 3, 2),
        ("accounting_document", "bokføringsloven", 1, 0),
    ]
    assert report.held_total == 4


def test_data_categories_count_each_message_once_per_category_and_name_messages_without_findings():
    report = build_report(inputs(held=(held(1, labels=("EMAIL", "PHONE")), held(2, labels=("EMAIL",)), held(3, labels=()))))
    assert {row.label: row.count for row in report.by_data_category} == {
        "E-postadresse": 2, "Telefonnummer": 1, "Ingen personopplysninger funnet": 1,
    }


def test_holds_are_listed_from_the_register_and_the_messages_they_keep_are_counted():
    register = (ActiveHold("H2", "prosjekt P-7", date(2026, 5, 1), "ark1"), ActiveHold("H1", "kunde K-1", date(2026, 6, 1), "ark1"))
    report = build_report(inputs(held=(held(5, hold=True), held(6, hold=True), held(8)), legal_holds=register))
    assert [h.hold_id for h in report.legal_holds] == ["H2", "H1"]
    assert [item.message_pk for item in report.held_back] == [5, 6]
    assert (report.figures["legal_holds"], report.figures["held_back"]) == (2, 2)


def test_only_disposals_inside_the_period_are_listed_with_proposer_and_approver():
    def disposal(disposal_id, day):
        return Disposal(disposal_id, "melding 9", "unlinked_mail", "ola", "kari-arkiv", day)

    report = build_report(inputs(disposals=(disposal("D1", date(2026, 10, 31)), disposal("D2", date(2026, 11, 1)),
                                            disposal("D3", date(2026, 11, 30)), disposal("D4", date(2026, 12, 1)))))
    assert [(d.disposal_id, d.proposed_by, d.approved_by) for d in report.disposals] == [
        ("D2", "ola", "kari-arkiv"), ("D3", "ola", "kari-arkiv")]


# received, answered -> (listed?, late: still owed past the deadline?, answered late?, status)
@pytest.mark.parametrize("received, answered, listed, late, answered_late, status", [
    (date(2026, 11, 20), None, True, False, False, "Åpen – 18 dager igjen"),
    (date(2026, 11, 2), None, True, False, False, "Åpen – 0 dager igjen"),          # deadline is today
    (date(2026, 10, 30), None, True, True, False, "Åpen – fristen gikk ut for 2 dager siden"),
    (date(2026, 10, 1), date(2026, 10, 20), False, False, False, ""),           # answered before the period
    (date(2026, 10, 20), date(2026, 11, 5), True, False, False, "Besvart 5. november 2026"),
    # Answered after the deadline: listed as answered late, but nothing is owed, so it is no alarm.
    (date(2026, 10, 1), date(2026, 11, 5), True, False, True, "Besvart for sent, 5. november 2026"),
])
def test_subject_requests_have_a_one_month_deadline(received, answered, listed, late, answered_late, status):
    request = SubjectRequest("R1", "access", "K-1001", received, one_month_deadline(received), answered,
                             status="answered" if answered else "open")
    report = build_report(inputs(requests=(request,)))
    assert bool(report.requests) == listed
    if listed:
        [line] = report.requests
        assert (line.late, line.answered_late, line.status) == (late, answered_late, status)
        assert report.figures["requests_late"] == int(late) == len(report.late_requests)
        assert report.figures["requests_answered_late"] == int(answered_late)
        assert report.request_counts.overdue == int(late)


def test_deadline_is_one_calendar_month_clamped_to_month_end():
    assert one_month_deadline(date(2027, 1, 31)) == date(2027, 2, 28)


def test_an_erasure_known_only_as_carried_out_is_answered_without_a_deadline():
    erasure = SubjectRequest("erasure-4", "erasure", "erasure-4", None, None, date(2026, 11, 12))
    [line] = build_report(inputs(requests=(erasure,))).requests
    assert (line.status, line.late) == ("Besvart 12. november 2026", False)


def test_waiting_mail_is_counted_per_queue():
    report = build_report(inputs(waiting=(WaitingMail(1, REVIEW, date(2026, 11, 1)), WaitingMail(2, QUARANTINE, date(2026, 11, 2)),
                                          WaitingMail(3, REVIEW, date(2026, 10, 1)))))
    assert (report.figures["review"], report.figures["quarantine"]) == (2, 1)
    assert [w.message_pk for w in report.waiting_in(REVIEW)] == [3, 1]


def test_changes_compare_every_figure_with_the_previous_report():
    previous = PreviousReport("2026-10", {"held_total": 5, "overdue": 2, "review": 1})
    report = build_report(inputs(held=(held(1), held(2), held(3, date(2026, 11, 1))), previous=previous))
    changes = {c.key: (c.previous, c.current, c.delta) for c in report.changes}
    assert changes["held_total"] == (5, 3, -2)
    assert changes["overdue"] == (2, 1, -1)
    assert changes["review"] == (1, 0, -1)
    assert changes["due"] == (0, 0, 0)            # a figure the previous report lacked counts from zero
    assert report.previous_period == "2026-10"


def test_first_report_has_no_changes():
    assert build_report(inputs()).changes == ()


def test_suggested_open_and_overdue_requests_are_counted_apart_in_agreement():
    """Issue 12: the report shows suggested, open and overdue requests, as `intake status` does."""
    def request(request_id, received, status="open", answered=None, extended=0):
        deadline = one_month_deadline(received)
        if extended:
            deadline = one_month_deadline(deadline)
        return SubjectRequest(request_id, "access", "K-1001", received, deadline, answered, status=status,
                              extended_months=extended)

    report = build_report(inputs(requests=(
        request("R1", date(2026, 11, 25), status="suggested"),            # found in a mail, not yet confirmed
        request("R2", date(2026, 11, 20)),                                  # confirmed
        request("R3", date(2026, 10, 20), extended=1),                      # confirmed, deadline extended: still open
        request("R4", date(2026, 10, 1), status="suggested"),             # never confirmed, past its deadline
        request("R5", date(2026, 11, 1), answered=date(2026, 11, 20)),     # answered: not counted
    )))
    assert (report.figures["requests_suggested"], report.figures["requests_open"]) == (1, 2)
    assert (report.request_counts.suggested, report.request_counts.open, report.request_counts.overdue) == (1, 2, 1)
    text = render_text(report)
    assert "Ubesvart nå: 1 foreslått (bekreft eller avvis), 2 åpne, 1 over fristen." in text.replace("\n", " ")
    assert "Foreslåtte henvendelser (ikke bekreftet)" in text

    one_each = build_report(inputs(requests=(request("R2", date(2026, 11, 20)),)))
    assert "Ubesvart nå: 0 foreslåtte (bekreft eller avvis), 1 åpent, 0 over fristen." in render_text(one_each).replace("\n", " ")
