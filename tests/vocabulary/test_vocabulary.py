"""One vocabulary: every state is a StrEnum, every code staff can meet has one Norwegian name, in one registry."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

import pytest

import rules.labels as labels
import rules.vocabulary as vocabulary
from rules.detection.findings import IDENTIFIER_LABELS, LABELS
from rules.labels import DATA_LABELS, data_label, label_name
from rules.retention_report import HeldItem, Period, ReportInputs, build_report

REPO = Path(__file__).resolve().parents[2]

# Each enum whose codes staff can meet, and the registry table that names them.
NAMED = [
    (vocabulary.MessageState, labels.MESSAGE_STATE_NAMES),
    (vocabulary.ReviewState, labels.REVIEW_STATE_NAMES),
    (vocabulary.RequestKind, labels.REQUEST_KIND_NAMES),
    (vocabulary.RequestKind, labels.REQUEST_TITLES),
    (vocabulary.RequestState, labels.REQUEST_STATE_NAMES),
    (vocabulary.RequestReading, labels.REQUEST_READING_NAMES),
    (vocabulary.RequestStep, labels.REQUEST_STEP_NAMES),
    (vocabulary.NoticeCause, labels.NOTICE_CAUSE_NAMES),
    (vocabulary.ProposalState, labels.PROPOSAL_STATE_NAMES),
    (vocabulary.DisposalOutcome, labels.DISPOSAL_OUTCOME_NAMES),
    (vocabulary.ReportState, labels.REPORT_STATE_NAMES),
    (vocabulary.Role, labels.ROLE_NAMES),
    (vocabulary.StaffAction, labels.ACTION_NAMES),
    (vocabulary.HoldTarget, labels.HOLD_TARGET_NAMES),
    (vocabulary.ParticipantRole, labels.PARTICIPANT_ROLE_NAMES),
    (vocabulary.RetentionCategory, labels.RETENTION_CATEGORY_NAMES),
    (vocabulary.QueryKind, labels.QUERY_KIND_NAMES),
    (vocabulary.LinkSignal, labels.LINK_SIGNAL_NAMES),
    (vocabulary.LinkMethod, labels.LINK_SIGNAL_NAMES),
    (vocabulary.AuditProblem, labels.AUDIT_PROBLEM_NAMES),
]


@pytest.mark.parametrize(("enum", "names"), NAMED, ids=[f"{e.__name__}-{i}" for i, (e, _) in enumerate(NAMED)])
def test_every_code_staff_can_meet_has_a_norwegian_name(enum, names):
    assert set(enum) <= set(names), f"{enum.__name__} members without a Norwegian name"
    same_in_both_languages = {"administrator"}
    assert all(name and (name != code or code in same_in_both_languages) for code, name in names.items())


def test_every_state_is_a_str_enum_whose_values_are_stable_text():
    enums = [value for value in vars(vocabulary).values() if isinstance(value, type) and issubclass(value, StrEnum)
             and value is not StrEnum]
    assert len(enums) >= 20
    for enum in enums:
        assert all(re.fullmatch(r"[a-z_]+", member.value) for member in enum), enum.__name__
    assert vocabulary.MessageState.ERASED == "erased" and f"{vocabulary.ReviewState.ACCEPTED}" == "accepted"


def test_detection_takes_its_labels_and_identifiers_from_the_registry():
    assert LABELS == tuple(label.code for label in DATA_LABELS)
    assert IDENTIFIER_LABELS == {label.code for label in DATA_LABELS if label.identifier}
    assert {label.code for label in DATA_LABELS if label.special_category} == {"HEALTH"}


def test_lookup_letter_and_report_name_a_category_the_same_way():
    report = build_report(ReportInputs(
        period=Period(2026, 11), today=Period(2026, 12).start,
        held=(HeldItem(1, "customer_correspondence", "Avtale", ("PROPERTY_ID",), None, False),
              HeldItem(2, "customer_correspondence", "Avtale", ("HEALTH",), None, False)),
        legal_holds=(), disposals=(), requests=(), waiting=(), previous=None))
    in_report = {row.label for row in report.by_data_category}
    assert in_report == {data_label("PROPERTY_ID").name, data_label("HEALTH").name}
    assert label_name("PROPERTY_ID") == "Gårds- og bruksnummer" == data_label("PROPERTY_ID").in_letter
    assert label_name("HEALTH") == "Helseopplysninger (særlig kategori)"
    assert "art. 9" in data_label("HEALTH").in_letter


def test_no_other_module_keeps_its_own_label_table():
    """The old duplicate tables mapped detection labels to names; only the registry may do that now."""
    pattern = re.compile(r'"(PROPERTY_ID|NATIONAL_ID|BANK_ACCOUNT)"\s*:\s*"')
    offenders = [str(path.relative_to(REPO)) for folder in ("intake", "rules", "models")
                 for path in (REPO / folder).rglob("*.py") if pattern.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


@pytest.mark.parametrize("reason, shown", [
    ("damaged MIME structure: StartBoundaryNotFoundDefect", "ødelagt MIME-struktur: StartBoundaryNotFoundDefect"),
    ("empty message (zero bytes or only white space)", "tom e-post (null byte eller bare mellomrom)"),
    ("internal error while processing: KeyError", "intern feil under behandlingen: KeyError"),
    ("over the size limit: 60000000 bytes (imap.max_message_bytes = 52428800); only the header was fetched, "
     "the whole message stays on the server",
     "over størrelsesgrensen: 60000000 byte (imap.max_message_bytes = 52428800); bare hodet ble hentet, "
     "hele e-posten ligger fortsatt på serveren"),
    ("something new", "something new"),  # an unknown reason is shown as recorded, never lost
])
def test_quarantine_reasons_are_shown_to_staff_in_norwegian(reason, shown):
    assert labels.quarantine_reason_text(reason) == shown
