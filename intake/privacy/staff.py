"""Staff identity: who is acting, and whether the rules let them."""

from __future__ import annotations

from datetime import date
from typing import NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.errors import InputError, PermissionDenied
from models import StaffUser
from models.audit import append_audit
from rules.labels import role_name
from rules.staff import ROLES, StaffMember, may, may_register_first_staff
from rules.vocabulary import StaffAction

BOOTSTRAP_ACTOR = "bootstrap"


def staff_member(session: Session, username: str | None) -> StaffMember | None:
    user = session.get(StaffUser, username) if username else None
    if user is None:
        return None
    return StaffMember(user.username, user.role, user.confidentiality_signed_on, user.active)


def require(session: Session, username: str | None, action: StaffAction, today: date | None = None) -> StaffMember:
    """The acting staff member, or PermissionDenied saying why not (the refusal itself is audited)."""
    member = staff_member(session, username)
    permission = may(member, action, today or date.today())
    if not permission.allowed:
        refuse(session, username, action, permission.reason)
    return member


def refuse(session: Session, username: str | None, action: StaffAction, reason: str) -> NoReturn:
    """Audit a refused attempt in its own transaction (the caller's is about to roll back), then raise."""
    with Session(bind=session.get_bind()) as audit_session, audit_session.begin():
        append_audit(audit_session, actor=(username or "unknown")[:64], action="refused", target_type="action",
                     target_id=action, details={"reason": reason})
    raise PermissionDenied(f"avvist: {reason}")


def add_staff(session: Session, actor: str | None, username: str, full_name: str, role: str,
              signed_on: date | None, active: bool = True, today: date | None = None) -> StaffUser:
    """Register or update a staff member; an empty register accepts its first administrator from anyone."""
    if role not in ROLES:
        known = ", ".join(f"{code} ({role_name(code)})" for code in ROLES)
        raise InputError(f"ukjent rolle {role!r} (kjente: {known})")
    existing = session.scalar(select(func.count()).select_from(StaffUser)) or 0
    if existing == 0:
        permission = may_register_first_staff(existing, role)
        if not permission.allowed:
            refuse(session, actor, StaffAction.MANAGE_STAFF, permission.reason)
        actor = BOOTSTRAP_ACTOR
    else:
        actor = require(session, actor, StaffAction.MANAGE_STAFF, today).username
    user = session.get(StaffUser, username)
    before = None if user is None else {"role": user.role, "signed_on": _iso(user.confidentiality_signed_on), "active": user.active}
    if user is None:
        user = StaffUser(username=username)
        session.add(user)
    user.full_name, user.role, user.confidentiality_signed_on, user.active = full_name, role, signed_on, active
    session.flush()
    append_audit(session, actor=actor, action="staff.set", target_type="staff", target_id=username,
                 details={"before": before, "after": {"role": role, "signed_on": _iso(signed_on), "active": active}})
    return user


def list_staff(session: Session, actor: str | None) -> list[StaffUser]:
    require(session, actor, StaffAction.LOOKUP)
    return list(session.scalars(select(StaffUser).order_by(StaffUser.username)))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
