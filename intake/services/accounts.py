"""Signing in to the web app: passwords, sessions, failed sign-ins, the first-start setup link.

Each function is one unit of work (its own transaction, its own audit entries), like the
service API the pages call for everything else. Sessions live in the database, so signing
out ends a session for good, whatever copy of the cookie is left in a browser.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from intake.config import WebConfig
from intake.errors import InputError
from intake.passwords import hash_password, needs_rehash, password_problem, verify_password
from models import StaffUser
from models.audit import append_audit
from models.base import utcnow
from models.session import transaction
from models.web import SignInFailures, StaffPassword, WebSession
from rules.staff import StaffMember, may
from rules.vocabulary import Role, StaffAction

SETUP_ACTOR = "setup-link"
# A successful sign-in only refreshes last_seen_at this often, so reading a page is not a write each time.
_TOUCH_EVERY = timedelta(minutes=1)
WRONG_CREDENTIALS = "Feil brukernavn eller passord."


@dataclass(frozen=True)
class SignedIn:
    username: str
    full_name: str
    role: str
    csrf_token: str
    # What this staff member may do today, by the permission table (rules.staff.may) the services check: a page
    # offers an action only when it is here, and never works it out from the role itself.
    allowed: frozenset[StaffAction] = frozenset()

    def may(self, action: StaffAction) -> bool:
        return action in self.allowed


@dataclass(frozen=True)
class SignInOutcome:
    token: str | None  # the new session's cookie value, when signed in
    refusal: str | None  # why not, in Norwegian (never says whether the username exists)
    delay_seconds: float  # how long to hold the answer back: repeated failures slow down


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def anyone_has_password(factory: sessionmaker[Session]) -> bool:
    with factory() as session:
        return session.scalar(select(StaffPassword.username).limit(1)) is not None


def set_password(factory: sessionmaker[Session], username: str, password: str, set_by: str) -> None:
    """Set (or replace) a staff member's web password; every open session of theirs ends."""
    problem = password_problem(password, username)
    if problem:
        raise InputError(problem)
    with transaction(factory) as session:
        user = session.get(StaffUser, username)
        if user is None:
            raise InputError(f"ingen ansatt {username!r}: registrer vedkommende med `intake staff add` først")
        _store_password(session, username, password, set_by)
        append_audit(session, actor=set_by[:64], action="staff.password_set", target_type="staff", target_id=username)


def _store_password(session: Session, username: str, password: str, set_by: str) -> None:
    record = session.get(StaffPassword, username)
    if record is None:
        record = StaffPassword(username=username)
        session.add(record)
    record.password_hash, record.set_at, record.set_by = hash_password(password), utcnow(), set_by[:64]
    session.execute(update(WebSession).where(WebSession.username == username, WebSession.ended_at.is_(None))
                    .values(ended_at=utcnow()))
    session.flush()


def sign_in(factory: sessionmaker[Session], web: WebConfig, username: str, password: str,
            now: datetime | None = None) -> SignInOutcome:
    now = now or utcnow()
    username = username.strip()[:64]
    with transaction(factory) as session:
        failures = session.get(SignInFailures, username)
        if failures is not None and failures.locked_until is not None:
            if failures.locked_until > now:
                minutes = max(1, round((failures.locked_until - now).total_seconds() / 60))
                append_audit(session, actor=username or "unknown", action="web.sign_in_locked", target_type="staff",
                             target_id=username or "-")
                return SignInOutcome(None, f"For mange mislykte forsøk. Prøv igjen om {minutes} minutter.", 0.0)
            failures.failures, failures.locked_until = 0, None
        user = session.get(StaffUser, username) if username else None
        stored = session.get(StaffPassword, username) if user is not None and user.active else None
        if not verify_password(stored.password_hash if stored else None, password):
            return _failed(session, web, username, failures, now)
        if needs_rehash(stored.password_hash):
            stored.password_hash = hash_password(password)
        if failures is not None:
            session.delete(failures)
        token = secrets.token_urlsafe(32)
        session.add(WebSession(token_hash=token_digest(token), username=username, csrf_token=secrets.token_urlsafe(32),
                               created_at=now, last_seen_at=now, expires_at=now + timedelta(hours=web.session_hours)))
        append_audit(session, actor=username, action="web.sign_in", target_type="staff", target_id=username)
        return SignInOutcome(token, None, 0.0)


def _failed(session: Session, web: WebConfig, username: str, failures: SignInFailures | None,
            now: datetime) -> SignInOutcome:
    if failures is None:
        failures = SignInFailures(username=username, failures=0)
        session.add(failures)
    failures.failures += 1
    failures.last_failure_at = now
    locked = failures.failures >= web.max_failed_sign_ins
    if locked:
        failures.locked_until = now + timedelta(minutes=web.lockout_minutes)
    append_audit(session, actor=username or "unknown", action="web.sign_in_failed", target_type="staff",
                 target_id=username or "-", details={"failures": failures.failures, "locked": locked})
    message = WRONG_CREDENTIALS
    if locked:
        message += f" Innloggingen er sperret i {web.lockout_minutes:g} minutter etter {failures.failures} mislykte forsøk."
    return SignInOutcome(None, message, failure_delay(failures.failures))


def failure_delay(failures: int) -> float:
    """No pause after the first mistake; then 0.5, 1, 2, 4 seconds, at most 4."""
    return 0.0 if failures <= 1 else min(0.5 * 2 ** (failures - 2), 4.0)


def signed_in(factory: sessionmaker[Session], web: WebConfig, token: str | None,
              now: datetime | None = None) -> SignedIn | None:
    """The staff member a session cookie belongs to, or None when it is unknown, ended or expired."""
    if not token or len(token) > 128:
        return None
    now = now or utcnow()
    with factory() as session:
        record = session.get(WebSession, token_digest(token))
        if record is None or record.ended_at is not None or record.expires_at <= now \
                or record.last_seen_at + timedelta(minutes=web.idle_minutes) <= now:
            return None
        user = session.get(StaffUser, record.username)
        if user is None or not user.active:
            return None
        if now - record.last_seen_at >= _TOUCH_EVERY:
            record.last_seen_at = now
            session.commit()
        member = StaffMember(user.username, user.role, user.confidentiality_signed_on, user.active,
                             service=bool(user.service))
        # the day the services check permissions on (intake.privacy.staff.require)
        allowed = frozenset(action for action in StaffAction if may(member, action, date.today()).allowed)
        return SignedIn(user.username, user.full_name, user.role, record.csrf_token, allowed)


def sign_out(factory: sessionmaker[Session], token: str | None) -> None:
    if not token:
        return
    with transaction(factory) as session:
        record = session.get(WebSession, token_digest(token))
        if record is None or record.ended_at is not None:
            return
        record.ended_at = utcnow()
        append_audit(session, actor=record.username, action="web.sign_out", target_type="staff", target_id=record.username)


def set_up_first_administrator(factory: sessionmaker[Session], username: str, full_name: str, password: str,
                               declaration_signed: bool, today: date | None = None) -> None:
    """The one-time setup link: the first administrator chooses a password and signs the declaration.

    Allowed only while nobody has a password. An existing administrator may use it to set theirs;
    otherwise a new administrator is registered."""
    today = today or date.today()
    username = username.strip()
    if not username or len(username) > 64 or not username.replace("-", "").replace(".", "").replace("_", "").isalnum():
        raise InputError("Brukernavnet kan bare ha bokstaver, tall, punktum, bindestrek og understrek (høyst 64 tegn).")
    if not full_name.strip():
        raise InputError("Skriv inn fullt navn.")
    if not declaration_signed:
        raise InputError("Taushetserklæringen må signeres før du får tilgang til personopplysninger.")
    problem = password_problem(password, username)
    if problem:
        raise InputError(problem)
    with transaction(factory) as session:
        if session.scalar(select(StaffPassword.username).limit(1)) is not None:
            raise InputError("Oppsettet er allerede gjort: logg inn.")
        user = session.get(StaffUser, username)
        if user is None:
            user = StaffUser(username=username, full_name=full_name.strip(), role=Role.ADMINISTRATOR, active=True)
            session.add(user)
        elif user.role != Role.ADMINISTRATOR or not user.active:
            raise InputError(f"{username} finnes allerede og er ikke en aktiv administrator.")
        user.full_name = full_name.strip()
        user.confidentiality_signed_on = user.confidentiality_signed_on or today
        session.flush()
        _store_password(session, username, password, SETUP_ACTOR)
        append_audit(session, actor=SETUP_ACTOR, action="staff.set", target_type="staff", target_id=username,
                     details={"after": {"role": user.role, "signed_on": user.confidentiality_signed_on.isoformat(),
                                        "active": True}, "via": "web setup link"})
        append_audit(session, actor=SETUP_ACTOR, action="staff.password_set", target_type="staff", target_id=username)
