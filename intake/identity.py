"""Who is acting on the command line: known from the operating system, not claimed.

The acting staff member is the account mapped to the operating-system login of the real user
id running the command (``intake staff add USER --os-user LOGIN``). ``--as`` / ``INTAKE_STAFF``
is only a way to name that same account, or, for an administrator, a service account they act
for (a scheduled import, a script); then the entry in the audit log names both. Anything else
is refused and the refusal audited. Every audit entry written during the command records the
login (``models.audit.ACTING``).

The web app signs staff in with passwords and passes the signed-in account to the services;
it does not use this module.
"""

from __future__ import annotations

import os
import pwd
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.errors import PermissionDenied
from models import StaffUser
from models.audit import ACTING, append_audit, sibling_session
from rules.staff import StaffMember, may_act_for


def os_user() -> str:
    """The login name of the real user id running this process. ``$USER`` and ``$LOGNAME`` are not
    asked: anyone can set them. Tests replace this function to play another login."""
    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a uid with no passwd entry (some containers): its number is its name
        return f"uid{uid}"


@dataclass(frozen=True)
class Principal:
    """The staff account acting (``None`` when the login is mapped to none), the login, and the
    administrator's own account when they act for a service account."""

    staff: str | None
    os_user: str
    via: str | None = None


def identify(session: Session, claimed: str | None, login: str | None = None) -> Principal:
    """The principal for this login and the account it names, or PermissionDenied (audited). ``login`` is given
    only by a listener that learnt its caller's login from the kernel (intake/cli/resident.py)."""
    login = login or os_user()
    claimed = claimed.strip() if claimed else None
    if not session.scalar(select(func.count()).select_from(StaffUser)):
        return _acting(Principal(claimed, login))  # an empty register: only its first administrator can be added
    mapped = session.scalar(select(StaffUser).where(StaffUser.os_user == login))
    if claimed is None or (mapped is not None and claimed == mapped.username):
        return _acting(Principal(mapped.username if mapped else None, login))
    target = session.get(StaffUser, claimed)
    permission = may_act_for(_member(mapped), _member(target))
    if permission.allowed:
        return _acting(Principal(target.username, login, via=mapped.username))
    _refuse(session, login, mapped.username if mapped else None, claimed, permission.reason)


def unmapped_reason(login: str) -> str:
    return (f"påloggingen {login} er ikke knyttet til noen ansatt: en administrator kjører "
            f"`intake staff add BRUKER --os-user {login}`")


def _member(user: StaffUser | None) -> StaffMember | None:
    if user is None:
        return None
    return StaffMember(user.username, user.role, user.confidentiality_signed_on, user.active, service=user.service)


def _acting(principal: Principal) -> Principal:
    ACTING.set((principal.os_user, principal.via))
    return principal


def _refuse(session: Session, login: str, mapped: str | None, claimed: str, reason: str):
    """Audit the attempt in its own transaction (the caller's will roll back), then raise."""
    ACTING.set((login, None))
    with sibling_session(session) as audit_session, audit_session.begin():
        append_audit(audit_session, actor=(mapped or f"os:{login}")[:64], action="refused", target_type="identity",
                     target_id=claimed[:255], details={"reason": reason})
    raise PermissionDenied(f"avvist: {reason}")

