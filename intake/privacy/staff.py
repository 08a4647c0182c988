"""Staff identity: who is acting, and whether the rules let them."""

from __future__ import annotations

from datetime import date
from typing import NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.errors import InputError, PermissionDenied
from models import StaffUser
from models.audit import append_audit, sibling_session
from rules.labels import role_name
from rules.staff import ROLES, Permission, StaffMember, may, may_register_first_staff
from rules.vocabulary import Role, StaffAction

BOOTSTRAP_ACTOR = "bootstrap"


def staff_member(session: Session, username: str | None) -> StaffMember | None:
    user = session.get(StaffUser, username) if username else None
    if user is None:
        return None
    return StaffMember(user.username, user.role, user.confidentiality_signed_on, user.active, service=bool(user.service))


def require(session: Session, username: str | None, action: StaffAction, today: date | None = None) -> StaffMember:
    """The acting staff member, or PermissionDenied saying why not (the refusal itself is audited)."""
    member = staff_member(session, username)
    permission = may(member, action, today or date.today())
    if not permission.allowed:
        refuse(session, username, action, permission.reason)
    return member


def refuse(session: Session, username: str | None, action: StaffAction, reason: str) -> NoReturn:
    """Audit a refused attempt in its own transaction (the caller's is about to roll back), then raise."""
    with sibling_session(session) as audit_session, audit_session.begin():
        append_audit(audit_session, actor=(username or "unknown")[:64], action="refused", target_type="action",
                     target_id=action, details={"reason": reason})
    raise PermissionDenied(f"avvist: {reason}")


def add_staff(session: Session, actor: str | None, username: str, full_name: str, role: str,
              signed_on: date | None, active: bool = True, today: date | None = None, *,
              os_user: str | None = None, service: bool = False) -> StaffUser:
    """Register or update a staff member.

    An empty register accepts only its first administrator, mapped to the login that runs the
    command (``os_user`` defaults to it and may not name another). Later, an administrator
    registers the others; an existing account keeps its login unless a new one is given. A
    service account has no login: an administrator acts for it. The last active administrator
    cannot be demoted or deactivated, or nobody could manage staff again.
    """
    from intake.identity import os_user as current_login

    username = username.strip()
    if role not in ROLES:
        known = ", ".join(f"{code} ({role_name(code)})" for code in ROLES)
        raise InputError(f"ukjent rolle {role!r} (kjente: {known})")
    if not username or not full_name.strip():
        raise InputError("en ansatt trenger brukernavn og navn")
    if service and os_user:
        raise InputError("en tjenestekonto har ingen pålogging av sin egen: en administrator opptrer for den")
    existing = session.scalar(select(func.count()).select_from(StaffUser)) or 0
    if existing == 0:
        permission = may_register_first_staff(existing, role)
        if permission.allowed and (service or (os_user and os_user != current_login())):
            permission = Permission(False, f"den første administratoren knyttes til påloggingen som kjører kommandoen "
                                           f"({current_login()})")
        if not permission.allowed:
            refuse(session, actor, StaffAction.MANAGE_STAFF, permission.reason)
        actor, os_user = BOOTSTRAP_ACTOR, current_login()
    else:
        actor = require(session, actor, StaffAction.MANAGE_STAFF, today).username
    user = session.get(StaffUser, username)
    if os_user:
        holder = session.scalar(select(StaffUser.username).where(StaffUser.os_user == os_user))
        if holder is not None and holder != username:
            raise InputError(f"påloggingen {os_user} er allerede knyttet til {holder}: én pålogging, én ansatt")
    before = None if user is None else _snapshot(user)
    if user is not None and user.role == Role.ADMINISTRATOR and user.active and (role != Role.ADMINISTRATOR or not active):
        others = session.scalar(select(func.count()).select_from(StaffUser).where(
            StaffUser.role == Role.ADMINISTRATOR, StaffUser.active.is_(True), StaffUser.username != username,
            StaffUser.confidentiality_signed_on.is_not(None), StaffUser.service.is_(False))) or 0
        if not others:
            refuse(session, actor, StaffAction.MANAGE_STAFF, f"{username} er den siste aktive administratoren og kan ikke fratas "
                                                 "rollen eller gjøres inaktiv; registrer en annen administrator først")
    if user is None:
        user = StaffUser(username=username, created_by=actor, role_set_by=actor)
        session.add(user)
    elif user.role != role:
        user.role_set_by = actor
    if service and user.os_user:
        raise InputError(f"{username} er knyttet til påloggingen {user.os_user} og kan ikke være en tjenestekonto")
    user.full_name, user.role, user.confidentiality_signed_on, user.active = full_name, role, signed_on, active
    user.service = service or bool(user.service and not os_user)
    if os_user:
        user.os_user = os_user
    session.flush()
    append_audit(session, actor=actor, action="staff.set", target_type="staff", target_id=username,
                 details={"before": before, "after": _snapshot(user)})
    return user


def _snapshot(user: StaffUser) -> dict:
    return {"role": user.role, "signed_on": _iso(user.confidentiality_signed_on), "active": user.active,
            "os_user": user.os_user, "service": bool(user.service)}


def whoami(session: Session) -> StaffUser:
    """The account this login acts as on the command line, or PermissionDenied saying how to map it."""
    from intake.identity import identify, unmapped_reason

    principal = identify(session, None)
    user = session.get(StaffUser, principal.staff) if principal.staff else None
    if user is None:
        raise PermissionDenied(unmapped_reason(principal.os_user))
    return user


def sponsors(session: Session, username: str | None) -> frozenset[str]:
    """Everyone the account owes its existence or role to: who created it or set its role, and theirs in turn."""
    found: set[str] = set()
    waiting = [username] if username else []
    while waiting:
        user = session.get(StaffUser, waiting.pop())
        if user is None:
            continue
        for sponsor in (user.created_by, user.role_set_by):
            if sponsor and sponsor != BOOTSTRAP_ACTOR and sponsor not in found:
                found.add(sponsor)
                waiting.append(sponsor)
    return frozenset(found)


def list_staff(session: Session, actor: str | None) -> list[StaffUser]:
    require(session, actor, StaffAction.LOOKUP)
    return list(session.scalars(select(StaffUser).order_by(StaffUser.username)))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
