"""Who may do what with personal data.

Every action that shows or changes personal data needs a known, active staff member
who has signed the confidentiality declaration (taushetserklæring, as the privacy
policy promises) and holds a role the action allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rules.labels import action_name, role_name
from rules.vocabulary import Role, StaffAction
from rules.wording import joined

ROLES = tuple(Role)

_EVERYONE = frozenset(ROLES)
ACTION_ROLES: dict[StaffAction, frozenset[Role]] = {
    StaffAction.LOOKUP: _EVERYONE,
    StaffAction.ACCESS_REQUEST: _EVERYONE,
    StaffAction.EXPORT: _EVERYONE,
    StaffAction.RECTIFY: _EVERYONE,
    StaffAction.CONSENT: _EVERYONE,
    StaffAction.REVIEW_LINKS: _EVERYONE,
    StaffAction.RETENTION_DUE: _EVERYONE,
    StaffAction.PROPOSE_DISPOSAL: _EVERYONE,
    # Irreversible or archive-wide decisions belong to the records manager (Noark 5: arkivansvarlig).
    StaffAction.APPROVE_DISPOSAL: frozenset({Role.RECORDS_MANAGER}),
    StaffAction.ERASE_SUBJECT: frozenset({Role.RECORDS_MANAGER, Role.ADMINISTRATOR}),
    StaffAction.LEGAL_HOLD: frozenset({Role.RECORDS_MANAGER, Role.ADMINISTRATOR}),
    StaffAction.MINIMIZE: frozenset({Role.RECORDS_MANAGER, Role.ADMINISTRATOR}),
    StaffAction.MANAGE_STAFF: frozenset({Role.ADMINISTRATOR}),
    StaffAction.MANAGE_KEYS: frozenset({Role.ADMINISTRATOR}),
    StaffAction.IMPORT_RECORDS: frozenset({Role.RECORDS_MANAGER, Role.ADMINISTRATOR}),
}


@dataclass(frozen=True)
class StaffMember:
    username: str
    role: str
    confidentiality_signed_on: date | None
    active: bool = True
    service: bool = False  # a service account: acted for by an administrator, never a person of its own


@dataclass(frozen=True)
class Permission:
    allowed: bool
    reason: str


def may(member: StaffMember | None, action: StaffAction, today: date) -> Permission:
    """Whether this staff member may perform the action today, and if not, why."""
    roles = ACTION_ROLES[action]
    if member is None:
        return Permission(False, "ukjent ansatt: påloggingen din er ikke knyttet til en registrert ansatt "
                                 "(en administrator kjører `intake staff add BRUKER --os-user PÅLOGGING`)")
    if not member.active:
        return Permission(False, f"{member.username} er ikke lenger aktiv")
    if member.confidentiality_signed_on is None:
        return Permission(False, f"{member.username} har ikke signert taushetserklæring")
    if member.confidentiality_signed_on > today:
        return Permission(False, f"{member.username} sin taushetserklæring er datert frem i tid")
    if member.role not in roles:
        wanted = " eller ".join(sorted(role_name(role) for role in roles))
        return Permission(False, f"{member.username} har rollen {role_name(member.role)}; {action_name(action)} krever rollen {wanted}")
    return Permission(True, "ok")


def roles_allowed_text(action: StaffAction) -> str:
    """Who may take the action, as a page tells staff who may not: "en arkivansvarlig eller en administrator"."""
    return joined([f"en {role_name(role)}" for role in ROLES if role in ACTION_ROLES[action]], last="eller")


def may_act_for(actor: StaffMember | None, target: StaffMember | None) -> Permission:
    """Whether the staff member at the keyboard may act as ``target`` (``--as``): only an active
    administrator who has signed the declaration, and only for a service account. One person acting
    under another person's name would make the audit log, and the two-person rule, a fiction."""
    if actor is None:
        return Permission(False, "påloggingen din er ikke knyttet til noen ansatt, og --as kan bare brukes om din egen "
                                 "konto eller av en administrator for en tjenestekonto")
    if target is None or not target.service:
        return Permission(False, f"{actor.username} kan ikke opptre som en annen ansatt; --as kan bare brukes om din egen "
                                 "konto, eller av en administrator for en tjenestekonto")
    if actor.role != Role.ADMINISTRATOR or not actor.active or actor.confidentiality_signed_on is None:
        return Permission(False, f"bare en aktiv administrator kan opptre for tjenestekontoen {target.username}")
    return Permission(True, "ok")


def may_approve_disposal(approver: StaffMember | None, proposed_by: str, today: date,
                         sponsors: frozenset[str] = frozenset()) -> Permission:
    """Two-step disposal: the approver holds the records-manager role, is a person (not a service account),
    is not the proposer, and does not owe their account or role to the proposer (``sponsors``: everyone who
    created the approver's account or gave it its role, and who created or gave a role to them, and so on).
    Otherwise one administrator could propose, make a second account, and approve as it."""
    permission = may(approver, StaffAction.APPROVE_DISPOSAL, today)
    if not permission.allowed:
        return permission
    if approver.service:
        return Permission(False, "en tjenestekonto kan ikke godkjenne avhending; det må en person gjøre")
    if approver.username == proposed_by:
        return Permission(False, "forslaget må godkjennes av en annen enn den som foreslo det")
    if proposed_by in sponsors:
        return Permission(False, f"{approver.username} fikk kontoen eller rollen sin av {proposed_by}, som foreslo "
                                 "avhendingen; en annen arkivansvarlig må godkjenne")
    return permission


def may_register_first_staff(existing_staff: int, role: str) -> Permission:
    """An empty staff register can only be started by registering an administrator."""
    if existing_staff:
        return Permission(False, "ansattregisteret er ikke tomt: en administrator må registrere nye ansatte")
    if role != Role.ADMINISTRATOR:
        return Permission(False, "den første ansatte som registreres må være administrator")
    return Permission(True, "ok")

