"""How long a message is kept, and why: the firm's policy as data, applied to one message.

Policies name a category, a legal basis in words, a period in months and the
event the period runs from. A message may fall under several policies (an
invoice sent to a customer is both correspondence and accounting material); the
one that keeps it longest wins, and a policy whose event has not happened yet
(an open project) keeps it until further notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rules.vocabulary import ProjectStatus, RetentionAnchor, RetentionCategory

ANCHORS = tuple(RetentionAnchor)

ACCOUNTING_WORDS = re.compile(
    r"\b(faktura\w*|kreditnota\w*|invoice\w*|credit note|kvittering\w*|receipt|purring\w*|betalingspåminnelse)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Policy:
    category: str
    legal_basis: str
    period_months: int
    anchor: str


DEFAULT_POLICIES = (
    Policy(
        category=RetentionCategory.CUSTOMER_CORRESPONDENCE,
        legal_basis=(
            "Avtale med kunden om prosjektering (GDPR art. 6(1)(b)); oppbevares for mulige "
            "rettskrav i 13 år etter at prosjekteringen er avsluttet (personvernerklæringen)"
        ),
        period_months=13 * 12,
        anchor=RetentionAnchor.PROJECT_CLOSED,
    ),
    Policy(
        category=RetentionCategory.ACCOUNTING_DOCUMENT,
        legal_basis=(
            "Bokføringsloven § 13: regnskapsdokumentasjon oppbevares i 5 år etter "
            "regnskapsårets slutt (GDPR art. 6(1)(c))"
        ),
        period_months=5 * 12,
        anchor=RetentionAnchor.FISCAL_YEAR_END,
    ),
    Policy(
        category=RetentionCategory.CUSTOMER_WITHOUT_PROJECT,
        legal_basis=(
            "Berettiget interesse i å kunne svare en kunde som ennå ikke har et prosjekt (GDPR art. 6(1)(f)); "
            "slettes 12 måneder etter siste kontakt om ikke et prosjekt blir registrert"
        ),
        period_months=12,
        anchor=RetentionAnchor.LAST_CONTACT,
    ),
    Policy(
        category=RetentionCategory.UNLINKED_MAIL,
        legal_basis=(
            "Berettiget interesse i å kunne knytte innkommende e-post til en kunde "
            "(GDPR art. 6(1)(f)); slettes når fristen er ute om den ikke er knyttet"
        ),
        period_months=12,
        anchor=RetentionAnchor.RECEIVED,
    ),
)


@dataclass(frozen=True)
class ProjectState:
    project_id: str
    status: str  # a ProjectStatus
    closed_on: date | None


@dataclass(frozen=True)
class RetentionFacts:
    received_on: date
    linked_customer_ids: tuple[str, ...]
    projects: tuple[ProjectState, ...]  # the linked customers' projects
    is_accounting_material: bool
    # The projects the message itself is linked to: their end, not the customer's other projects', sets the date.
    linked_projects: tuple[ProjectState, ...] = ()
    # The latest mail with the linked customers (for a customer with no project at all).
    last_contact: date | None = None


@dataclass(frozen=True)
class RetentionDecision:
    category: str
    legal_basis: str
    anchor_event: str
    anchor_date: date | None
    retain_until: date | None
    pending_reason: str | None


def looks_like_accounting_material(subject: str, attachment_names: tuple[str, ...]) -> bool:
    return any(ACCOUNTING_WORDS.search(text or "") for text in (subject, *attachment_names))


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(day.day, last_day))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def decide_retention(facts: RetentionFacts, policies: tuple[Policy, ...]) -> RetentionDecision:
    by_category = {policy.category: policy for policy in policies}
    applicable = []
    if facts.linked_customer_ids and not facts.projects and not facts.linked_projects:
        # Not kept forever: a customer who never got a project is kept from the last contact (a config file
        # from before this policy existed gets the default one).
        fallback = next(p for p in DEFAULT_POLICIES if p.category == RetentionCategory.CUSTOMER_WITHOUT_PROJECT)
        applicable.append(_apply(by_category.get(RetentionCategory.CUSTOMER_WITHOUT_PROJECT, fallback), facts))
    elif facts.linked_customer_ids:
        applicable.append(_apply(by_category[RetentionCategory.CUSTOMER_CORRESPONDENCE], facts))
    else:
        applicable.append(_apply(by_category[RetentionCategory.UNLINKED_MAIL], facts))
    if facts.is_accounting_material and RetentionCategory.ACCOUNTING_DOCUMENT in by_category:
        applicable.append(_apply(by_category[RetentionCategory.ACCOUNTING_DOCUMENT], facts))
    return max(applicable, key=_keeps_longest)


def _keeps_longest(decision: RetentionDecision) -> date:
    return decision.retain_until or date.max


def _apply(policy: Policy, facts: RetentionFacts) -> RetentionDecision:
    anchor_date, pending = _anchor(policy.anchor, facts)
    return RetentionDecision(
        category=policy.category,
        legal_basis=policy.legal_basis,
        anchor_event=policy.anchor,
        anchor_date=anchor_date,
        retain_until=add_months(anchor_date, policy.period_months) if anchor_date else None,
        pending_reason=pending,
    )


def _anchor(anchor: str, facts: RetentionFacts) -> tuple[date | None, str | None]:
    if anchor == RetentionAnchor.RECEIVED:
        return facts.received_on, None
    if anchor == RetentionAnchor.FISCAL_YEAR_END:
        return date(facts.received_on.year, 12, 31), None
    if anchor == RetentionAnchor.LAST_CONTACT:
        return max(facts.last_contact or facts.received_on, facts.received_on), None
    if anchor == RetentionAnchor.PROJECT_CLOSED:
        # The project the message concerns; mail linked to the customer but to no project follows the
        # customer's latest project (open while any is open, else the last to close).
        projects = facts.linked_projects or facts.projects
        if not projects:
            return None, "kunden har ingen registrerte prosjekter; fristen settes når et prosjekt er avsluttet"
        open_projects = [project.project_id for project in projects if project.status != ProjectStatus.CLOSED or not project.closed_on]
        if open_projects:
            return None, f"prosjekt {', '.join(sorted(open_projects))} er ikke avsluttet; fristen settes når det avsluttes"
        return max(project.closed_on for project in projects), None
    raise ValueError(f"unknown retention anchor {anchor!r}")
