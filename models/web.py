"""Signing in to the web app: password hashes, server-side sessions and failed-attempt counters.

- ``staff_passwords``: one argon2 hash per staff member who may sign in to the web app
  (the hash only; the password is never stored).
- ``web_sessions``: one row per signed-in browser. The cookie carries a random token; the
  row is keyed by its SHA-256, so a copy of the database cannot be replayed as a cookie.
  Signing out sets ``ended_at``; a session is valid only while ``ended_at`` is NULL and
  neither its absolute nor its idle expiry has passed.
- ``sign_in_failures``: failed sign-ins per username (known or not, so the answer never
  reveals which usernames exist), for slowing down and temporary lockout.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The tables named by this module's foreign keys ("staff_users") are registered with it.
import models.privacy  # noqa: F401
from models.base import Base, UTCDateTime, utcnow


class StaffPassword(Base):
    __tablename__ = "staff_passwords"

    username: Mapped[str] = mapped_column(ForeignKey("staff_users.username", ondelete="CASCADE"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(Text)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    set_by: Mapped[str] = mapped_column(String(64))


class WebSession(Base):
    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SignInFailures(Base):
    __tablename__ = "sign_in_failures"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
