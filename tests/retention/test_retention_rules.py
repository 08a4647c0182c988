"""The dates the default policies give (issue 3 and 7): closed project, open project, unlinked mail, accounting."""

from datetime import date

import pytest

from rules.retention import DEFAULT_POLICIES, ProjectState, RetentionFacts, add_months, decide_retention

CLOSED = ProjectState("P2020-001", "closed", date(2024, 6, 30))
OPEN = ProjectState("P2025-002", "open", None)


@pytest.mark.parametrize("facts, category, retain_until, pending", [
    (RetentionFacts(date(2023, 3, 1), ("K1",), (CLOSED,), False), "customer_correspondence", date(2037, 6, 30), False),
    (RetentionFacts(date(2025, 3, 1), ("K1",), (OPEN,), False), "customer_correspondence", None, True),
    (RetentionFacts(date(2025, 3, 1), ("K1",), (CLOSED, OPEN), False), "customer_correspondence", None, True),
    # Issue 13: a customer with no project at all is kept 12 months after the last contact, not forever.
    (RetentionFacts(date(2025, 3, 1), ("K1",), (), False), "customer_without_project", date(2026, 3, 1), False),
    (RetentionFacts(date(2025, 3, 1), ("K1",), (), False, last_contact=date(2025, 9, 2)), "customer_without_project",
     date(2026, 9, 2), False),
    # Issue 13: the project the message concerns decides, even while another project of the customer is open.
    (RetentionFacts(date(2025, 3, 1), ("K1",), (CLOSED, OPEN), False, linked_projects=(CLOSED,)),
     "customer_correspondence", date(2037, 6, 30), False),
    (RetentionFacts(date(2025, 3, 1), ("K1",), (CLOSED, OPEN), False, linked_projects=(OPEN,)),
     "customer_correspondence", None, True),
    (RetentionFacts(date(2025, 3, 14), (), (), False), "unlinked_mail", date(2026, 3, 14), False),
    (RetentionFacts(date(2025, 3, 14), (), (), True), "accounting_document", date(2030, 12, 31), False),
    # A customer's invoice: 13 years after the project beats 5 years after the fiscal year.
    (RetentionFacts(date(2024, 2, 1), ("K1",), (CLOSED,), True), "customer_correspondence", date(2037, 6, 30), False),
])
def test_default_policies_give_the_dates_the_privacy_policy_and_law_require(facts, category, retain_until, pending):
    decision = decide_retention(facts, DEFAULT_POLICIES)
    assert decision.category == category
    assert decision.retain_until == retain_until
    assert (decision.pending_reason is not None) == pending


@pytest.mark.parametrize("day, months, expected", [
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2024, 6, 30), 156, date(2037, 6, 30)),
    (date(2024, 11, 15), 2, date(2025, 1, 15)),
])
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(day, months) == expected
