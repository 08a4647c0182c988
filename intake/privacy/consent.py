"""The consent register and exports to partners: no valid consent, no export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.privacy.notices import withdrawal_notices
from intake.privacy.restriction import restriction_reason
from intake.privacy.staff import require
from models import Consent, Customer, CustomerProperty, Disclosure, Project, Property
from models.audit import append_audit
from rules.consent import ConsentFacts, check_export, unknown_categories
from rules.vocabulary import StaffAction


def grant(session: Session, actor: str | None, customer_id: str, partner: str, categories: list[str],
          project_id: str | None, given_on: date, evidence: str | None) -> Consent:
    member = require(session, actor, StaffAction.CONSENT)
    _check_customer_and_project(session, customer_id, project_id)
    unknown = unknown_categories(set(categories))
    if unknown or not categories:
        raise InputError(f"ukjente eller manglende kategorier: {', '.join(unknown) or '(ingen oppgitt)'}")
    if not partner.strip():
        raise InputError("et samtykke må nevne samarbeidspartneren det tillater deling med")
    if not (evidence or "").strip():  # art. 7(1): the firm must be able to show that the person consented
        raise InputError("et samtykke trenger --evidence: hvordan det ble gitt (f.eks. «signert skjema», «e-post 1. mars 2026»)")
    if given_on > date.today():
        raise InputError("et samtykke kan ikke være gitt frem i tid")
    consent = Consent(customer_id=customer_id, partner=" ".join(partner.split()), data_categories=sorted(set(categories)),
                      project_id=project_id, given_on=given_on, evidence=evidence, recorded_by=member.username)
    session.add(consent)
    session.flush()
    append_audit(session, actor=member.username, action="consent.grant", target_type="customer", target_id=customer_id,
                 details={"consent_id": consent.id, "partner": consent.partner, "categories": consent.data_categories,
                          "project_id": project_id, "given_on": given_on.isoformat()})
    return consent


def withdraw(session: Session, actor: str | None, consent_id: int, withdrawn_on: date) -> Consent:
    member = require(session, actor, StaffAction.CONSENT)
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise InputError(f"fant ikke samtykke #{consent_id}")
    if consent.withdrawn_on is not None:
        raise InputError(f"samtykke #{consent_id} er allerede trukket tilbake")
    if withdrawn_on < consent.given_on:
        raise InputError("et samtykke kan ikke trekkes tilbake før det ble gitt")
    consent.withdrawn_on, consent.withdrawn_by = withdrawn_on, member.username
    session.flush()
    append_audit(session, actor=member.username, action="consent.withdraw", target_type="customer",
                 target_id=consent.customer_id, details={"consent_id": consent.id, "withdrawn_on": withdrawn_on.isoformat()})
    # Art. 19 / 7(3): a partner who already received data under the consent must be told it is withdrawn.
    withdrawal_notices(session, member.username, consent)
    return consent


def list_consents(session: Session, actor: str | None, customer_id: str | None) -> list[Consent]:
    require(session, actor, StaffAction.CONSENT)
    statement = select(Consent).order_by(Consent.id)
    if customer_id:
        statement = statement.where(Consent.customer_id == customer_id)
    return list(session.scalars(statement))


@dataclass(frozen=True)
class ExportOutcome:
    allowed: bool
    reason: str
    consent_id: int | None = None
    filename: str | None = None
    content: bytes | None = None  # the file for the partner (JSON), when allowed


def export_to_partner(session: Session, actor: str | None, customer_id: str, partner: str, categories: list[str],
                      project_id: str | None, today: date | None = None) -> ExportOutcome:
    """The consented data for a partner as a file's bytes, or a refusal; either way the attempt is audited.

    A refusal is returned, not raised, so the caller can commit its audit entry before reporting it.
    """
    today = today or date.today()
    member = require(session, actor, StaffAction.EXPORT, today)
    _check_customer_and_project(session, customer_id, project_id)
    wanted = frozenset(categories)
    restricted = restriction_reason(session, customer_id)
    if restricted:  # art. 18: restricted data is only stored, whatever consent exists
        reason = f"behandlingen av kundens opplysninger er begrenset: {restricted}"
        append_audit(session, actor=member.username, action="export.refused", target_type="customer", target_id=customer_id,
                     # The restriction's reason is free text about the person: the audit log gets the code only.
                     details={"partner": partner, "categories": sorted(wanted), "project_id": project_id, "reason": "restricted"})
        return ExportOutcome(False, reason, None)
    consents = [ConsentFacts(c.id, c.partner, frozenset(c.data_categories), c.project_id, c.given_on, c.withdrawn_on)
                for c in session.scalars(select(Consent).where(Consent.customer_id == customer_id))]
    decision = check_export(consents, partner, wanted, project_id, today)
    details = {"partner": partner, "categories": sorted(wanted), "project_id": project_id, "consent_id": decision.consent_id}
    if not decision.allowed:
        append_audit(session, actor=member.username, action="export.refused", target_type="customer",
                     target_id=customer_id, details={**details, "reason": decision.reason})
        return ExportOutcome(False, decision.reason)
    content = json.dumps(_partner_data(session, customer_id, wanted, project_id), ensure_ascii=False, indent=2).encode("utf-8")
    session.add(Disclosure(customer_id=customer_id, partner=partner, consent_id=decision.consent_id, project_id=project_id,
                           data_categories=sorted(wanted), disclosed_by=member.username))
    append_audit(session, actor=member.username, action="export", target_type="customer", target_id=customer_id, details=details)
    return ExportOutcome(True, decision.reason, decision.consent_id, f"deling-{customer_id}-{today.isoformat()}.json", content)


def _partner_data(session: Session, customer_id: str, categories: frozenset[str], project_id: str | None) -> dict:
    """Only the consented categories; nothing else about the customer leaves the firm."""
    customer = session.get(Customer, customer_id)
    data: dict = {"customer_id": customer_id}
    if "name" in categories:
        data["name"] = customer.name
    if "phone" in categories:
        data["phone"] = customer.phone
    if "email" in categories:
        data["email"] = customer.email
    if "address" in categories:
        data["address"] = {"street_address": customer.street_address, "postcode": customer.postcode, "city": customer.city}
    projects = select(Project).where(Project.customer_id == customer_id)
    if project_id:
        projects = projects.where(Project.project_id == project_id)
    chosen = list(session.scalars(projects.order_by(Project.project_id)))
    if "project" in categories:
        data["projects"] = [{"project_id": p.project_id, "title": p.title, "status": p.status} for p in chosen]
    if "property" in categories:
        property_ids = {p.property_id for p in chosen if p.property_id} if project_id else set(session.scalars(
            select(CustomerProperty.property_id).where(CustomerProperty.customer_id == customer_id)))
        data["properties"] = sorted(session.scalars(select(Property.key).where(Property.id.in_(property_ids))))
    return data


def _check_customer_and_project(session: Session, customer_id: str, project_id: str | None) -> None:
    if session.get(Customer, customer_id) is None:
        raise InputError("fant ingen kunde med det kundenummeret")
    if project_id is not None:
        project = session.get(Project, project_id)
        if project is None or project.customer_id != customer_id:
            raise InputError("kunden har ikke noe prosjekt med det nummeret")
