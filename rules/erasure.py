"""What an erasure request may remove, and what the firm must keep (GDPR art. 17).

The right to erasure gives way where a law requires keeping the data (art. 17(3)(b):
accounting documentation under bokføringsloven § 13) and where the data is needed
for legal claims (art. 17(3)(e): the privacy policy keeps project material for 13
years after the design work ended). What is kept is restricted (art. 18), not left
in ordinary use; everything else is erased. Each item gets its own decision and
reason, because the answer to the person lists them item by item.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from rules.retention import ProjectState, add_months
from rules.vocabulary import ErasureAction, ErasureItemType, ProjectStatus, RetentionCategory
from rules.wording import counted, norwegian_date

LEGAL_OBLIGATION = "GDPR art. 17(3)(b)"
LEGAL_CLAIMS = "GDPR art. 17(3)(e)"
NO_EXCEPTION = "GDPR art. 17(1)"


def erased_message_id(message_id: str) -> str:
    """What an erased message keeps in place of its Message-ID.

    The Message-ID itself can hold a name or an address, so it goes; a digest of it
    stays, so that another copy of the same mail (the Sent copy, a re-delivery) is
    recognised as a duplicate of the erased message instead of being stored anew.
    """
    return f"<erased.{hashlib.sha256(message_id.encode('utf-8')).hexdigest()}>"


@dataclass(frozen=True)
class MessageErasureFacts:
    """What an erasure decision needs to know about one stored message."""

    message_pk: int
    category: str | None  # retention category, None when no retention record exists
    retain_until: date | None
    on_hold: bool
    has_projects: bool  # the customers the message is linked to have projects it may concern


@dataclass(frozen=True)
class ErasureDecision:
    item_type: ErasureItemType
    item_id: str
    action: ErasureAction
    legal_reference: str
    reason: str

    @property
    def kept(self) -> bool:
        return self.action == ErasureAction.RESTRICT


def _keep(item_type: ErasureItemType, item_id, reference: str, reason: str) -> ErasureDecision:
    return ErasureDecision(item_type, str(item_id), ErasureAction.RESTRICT, reference, reason)


def _erase(item_type: ErasureItemType, item_id, reason: str) -> ErasureDecision:
    return ErasureDecision(item_type, str(item_id), ErasureAction.REMOVE, NO_EXCEPTION, reason)


def decide_message(facts: MessageErasureFacts, today: date) -> ErasureDecision:
    pk = facts.message_pk
    if facts.on_hold:
        return _keep(ErasureItemType.MESSAGE, pk, LEGAL_CLAIMS, "underlagt rettslig bevaringsplikt i en tvist eller et krav")
    still_running = facts.retain_until is None or facts.retain_until > today
    if facts.category == RetentionCategory.ACCOUNTING_DOCUMENT and still_running:
        return _keep(ErasureItemType.MESSAGE, pk, LEGAL_OBLIGATION,
                     f"regnskapsdokumentasjon som bokføringsloven § 13 krever oppbevart; {_until(facts.retain_until)}")
    if facts.category == RetentionCategory.CUSTOMER_CORRESPONDENCE and facts.has_projects and still_running:
        return _keep(ErasureItemType.MESSAGE, pk, LEGAL_CLAIMS,
                     f"korrespondanse om et prosjekt, nødvendig for mulige rettskrav; {_until(facts.retain_until)}")
    if not still_running:
        return _erase(ErasureItemType.MESSAGE, pk, "oppbevaringstiden er ute")
    return _erase(ErasureItemType.MESSAGE, pk, "ingen lov krever at e-posten oppbevares")


def decide_project(project: ProjectState, today: date, claims_period_months: int, on_hold: bool = False) -> ErasureDecision:
    if on_hold:
        return _keep(ErasureItemType.PROJECT, project.project_id, LEGAL_CLAIMS, "underlagt rettslig bevaringsplikt i en tvist eller et krav")
    if project.status != ProjectStatus.CLOSED or project.closed_on is None:
        return _keep(ErasureItemType.PROJECT, project.project_id, LEGAL_CLAIMS,
                     "prosjektet pågår; opplysningene trengs for avtalen og mulige rettskrav")
    claims_until = add_months(project.closed_on, claims_period_months)
    if claims_until > today:
        return _keep(ErasureItemType.PROJECT, project.project_id, LEGAL_CLAIMS,
                     f"prosjektet ble avsluttet {norwegian_date(project.closed_on)}; mulige rettskrav til {norwegian_date(claims_until)}")
    return _erase(ErasureItemType.PROJECT, project.project_id, "fristen for rettskrav etter prosjektet er ute")


def decide_consent(consent_id: int, was_used_for_disclosure: bool) -> ErasureDecision:
    if was_used_for_disclosure:
        return _keep(ErasureItemType.CONSENT, consent_id, LEGAL_CLAIMS,
                     "samtykket ble brukt til deling og er dokumentasjon på at delingen var lovlig, jf. artikkel 7(1)")
    return _erase(ErasureItemType.CONSENT, consent_id, "samtykket ble aldri brukt til deling")


def decide_customer_record(customer_id: str, other_decisions: list[ErasureDecision]) -> ErasureDecision:
    """The customer record is kept (restricted) exactly as long as anything kept must be tied to the person."""
    kept = [d for d in other_decisions if d.kept]
    if kept:
        reference = LEGAL_OBLIGATION if all(d.legal_reference == LEGAL_OBLIGATION for d in kept) else LEGAL_CLAIMS
        return _keep(ErasureItemType.CUSTOMER, customer_id, reference,
                     f"kundeopplysningene trengs for å knytte {counted(len(kept), 'bevart opplysning')} til rett person")
    return _erase(ErasureItemType.CUSTOMER, customer_id, "ingen opplysninger om kunden må oppbevares")


def _until(day: date | None) -> str:
    return f"oppbevares til {norwegian_date(day)}" if day else "fristen settes når prosjektet er avsluttet"
